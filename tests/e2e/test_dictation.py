"""Dictation offline, for real: the speech model provisioning fetches, Open WebUI's own transcription endpoint,
and espeak-ng reading the seed's bullets aloud. Nothing is downloaded: the servers run with the hub switched off."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from therapy_pack import speech_model
from support.speech import speak

pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is not installed (scripts/run_tests.sh installs it)")]

BULLETS = ("Client identified worry as a protector. Accessed exile's fear of abandonment from age 7. "
           "Some unburdening occurred. Assigned Self-energy journaling homework.")


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



def test_a_dictation_leaves_no_audio_or_transcript_behind(admin_api, dictation, stack_dir, tmp_path):
    """Open WebUI keeps each dictation's audio and its transcript in its cache; the pack deletes both as soon as
    the text is returned, and clears any older leftover on the next request. The page lists the models first,
    which loads the pack's functions, as a clinician's browser does before the microphone can be used."""
    audio = stack_dir / "open-webui-data" / "cache" / "audio"
    leftover = audio / "transcriptions" / "from-before.wav"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(b"RIFF old dictation")
    os.utime(leftover, (time.time() - 3600, time.time() - 3600))
    admin_api.get("/api/models")
    wav = speak(BULLETS, tmp_path / "bullets.wav")
    result = admin_api.request("POST", "/api/v1/audio/transcriptions",
                               files={"file": ("dictation.wav", wav.read_bytes(), "audio/wav")})
    assert "worry" in result["text"].lower()
    kept = [p for p in audio.rglob("*") if p.is_file()]
    assert not kept, f"kept after dictation: {kept}"
