"""Dictation offline, for real: the speech model provisioning fetches, Open WebUI's own transcription endpoint,
and espeak-ng reading the seed's bullets aloud. Nothing is downloaded: the servers run with the hub switched off."""

from __future__ import annotations

import shutil

import pytest

from therapy_pack import speech_model
from support.speech import speak

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is not installed (scripts/run_tests.sh installs it)")]

BULLETS = ("Client identified worry as a protector. Accessed exile's fear of abandonment from age 7. "
           "Some unburdening occurred. Assigned Self-energy journaling homework.")


@pytest.fixture(scope="module")
def dictation(admin_api, installed, stack_dir, speech_model_source):
    """Open WebUI set up for dictation as provisioning sets it up."""
    folder = speech_model.model_folder(stack_dir / "open-webui-data", "base")
    assert speech_model.fetch("base", folder, speech_model_source) is True
    speech_model.use(admin_api, folder)
    return folder


def test_the_speech_model_lives_in_open_webuis_data_folder_and_is_used(admin_api, dictation):
    assert speech_model.is_complete(dictation)
    stt = admin_api.get("/api/v1/audio/config")["stt"]
    assert stt["ENGINE"] == "" and stt["WHISPER_MODEL"] == str(dictation)
    assert speech_model.use(admin_api, dictation) is False  # a re-run changes nothing
    assert speech_model.fetch("base", dictation) is False  # nor fetches anything


def test_dictated_bullets_come_back_as_text(admin_api, dictation, tmp_path):
    wav = speak(BULLETS, tmp_path / "bullets.wav")
    result = admin_api.request("POST", "/api/v1/audio/transcriptions",
                               files={"file": ("dictation.wav", wav.read_bytes(), "audio/wav")})
    text = result["text"].lower()
    for word in ("worry", "protector", "abandonment", "unburdening", "homework"):
        assert word in text, result["text"]

