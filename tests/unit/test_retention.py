"""What the pack does not keep: a dictation's files go once it is transcribed, old audio leftovers are cleared, and
a refused transcript's stand-in replaces it on the page too."""

from __future__ import annotations

import asyncio
import os
import time
import types

import pytest

from retention import (AUDIO_FOLDERS, FORGOTTEN_FLAG, FORGOTTEN_TRANSCRIPT, clear_leftovers, forget_dictations,
                       forgotten_ids, with_forgotten_replaced, without_message)


def _audio_module(tmp_path, fails: bool = False):
    """Stands in for open_webui.routers.audio: writes what Open WebUI writes for a dictation."""
    async def transcribe(request, file_path, metadata=None, user=None):
        base = os.path.splitext(file_path)[0]
        for made in (f"{base}.json", f"{base}.mp3", f"{base}_chunk_0.wav"):
            open(made, "w").write("Client A.B. reported panic attacks")
        if fails:
            raise RuntimeError("transcription failed")
        return {"text": "Client A.B. reported panic attacks"}
    return types.SimpleNamespace(transcribe=transcribe)


@pytest.mark.parametrize("fails", [False, True], ids=["transcribed", "failed"])
def test_a_dictation_and_everything_made_from_it_is_deleted_once_transcribed(tmp_path, fails):
    folder = tmp_path / "cache" / "audio" / "transcriptions"
    folder.mkdir(parents=True)
    other = folder / "another-dictation-in-progress.wav"
    other.write_bytes(b"RIFF")
    audio = _audio_module(tmp_path, fails)
    forget_dictations(audio)
    forget_dictations(audio)  # loading the module again wraps once
    dictation = folder / "7f3c.wav"
    dictation.write_bytes(b"RIFF")
    try:
        asyncio.run(audio.transcribe(None, str(dictation), None, None))
    except RuntimeError:
        assert fails
    assert sorted(p.name for p in folder.iterdir()) == [other.name]  # another clinician's dictation is left alone


def test_old_audio_and_transcripts_are_cleared_and_recent_ones_left(tmp_path):
    now = time.time()
    for folder in AUDIO_FOLDERS:
        (tmp_path / folder).mkdir(parents=True)
        for name, age in (("old.wav", 3600), ("old.json", 3600), ("recent.wav", 30)):
            path = tmp_path / folder / name
            path.write_text("client words")
            os.utime(path, (now - age, now - age))
    assert clear_leftovers(tmp_path, 600, now) == 2 * len(AUDIO_FOLDERS)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["recent.wav"] * len(AUDIO_FOLDERS)
    assert clear_leftovers(tmp_path / "no-cache-yet", 600, now) == 0


def test_a_removed_message_is_replaced_on_the_page_with_its_stand_in():
    stored = {"u1": {"role": "user", "content": FORGOTTEN_TRANSCRIPT, FORGOTTEN_FLAG: True},
              "a1": {"role": "assistant", "content": "It looks like this is a transcript"},
              "u0": {"role": "user", "content": "earlier bullets"}}
    page = [{"id": "u0", "role": "user", "content": "earlier bullets"},
            {"id": "u1", "role": "user", "content": "Therapist: How are you?\nClient: Not great."},
            {"id": "a1", "role": "assistant", "content": "It looks like this is a transcript"}]
    replaced = with_forgotten_replaced(page, forgotten_ids(stored))
    assert replaced[1] == {"id": "u1", "role": "user", "content": FORGOTTEN_TRANSCRIPT, "originalContent": FORGOTTEN_TRANSCRIPT}
    assert replaced[0] == page[0] and replaced[2] == page[2]
    assert not any("Client: Not great" in str(m) for m in replaced)


def test_the_chats_flat_list_loses_the_refused_message_by_id_or_by_its_text():
    listed = [{"role": "user", "content": "Therapist: Hi\nClient: Hello"}, {"role": "assistant", "content": "refusal"},
              {"id": "u2", "role": "user", "content": "later words"}, {"role": "user", "content": "other bullets"}]
    by_text = without_message(listed, "u1", "Therapist: Hi\nClient: Hello")
    assert [m["content"] for m in by_text] == [FORGOTTEN_TRANSCRIPT, "refusal", "later words", "other bullets"]
    by_id = without_message(listed, "u2", "not in the list")
    assert [m["content"] for m in by_id] == ["Therapist: Hi\nClient: Hello", "refusal", FORGOTTEN_TRANSCRIPT, "other bullets"]
