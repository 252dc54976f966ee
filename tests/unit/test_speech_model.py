"""Fetching the dictation model into Open WebUI's data folder: all or nothing, once."""

import pytest

from therapy_pack import speech_model
from therapy_pack.speech_model import MODEL_FILES


def fake_model(path):
    path.mkdir(parents=True)
    for name in MODEL_FILES:
        (path / name).write_bytes(b"x")
    return path


def test_a_model_is_copied_once_and_then_left_alone(tmp_path):
    source, target = fake_model(tmp_path / "source"), tmp_path / "speech" / "faster-whisper-base"
    assert speech_model.fetch("base", target, source) is True
    assert speech_model.is_complete(target) and sorted(p.name for p in target.parent.iterdir()) == [target.name]
    (source / "model.bin").write_bytes(b"changed")
    assert speech_model.fetch("base", target, source) is False  # already there: nothing fetched again
    assert (target / "model.bin").read_bytes() == b"x"


def test_a_copied_folder_that_is_not_a_model_is_refused_and_changes_nothing(tmp_path):
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "config.json").write_text("{}")
    target = tmp_path / "speech" / "faster-whisper-base"
    with pytest.raises(speech_model.SpeechModelError, match="not a faster-whisper model folder"):
        speech_model.fetch("base", target, tmp_path / "source")
    assert not target.exists()
