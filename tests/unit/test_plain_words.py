"""What a person reads during setup and from the doctor names no Python exception or warning class."""

from __future__ import annotations

import ast
import errno
import subprocess
import sys
import textwrap

import httpx
import pytest
from huggingface_hub.errors import LocalEntryNotFoundError

from therapy_pack import speech_model
from therapy_pack.paths import ROOT
from therapy_pack.plain_words import cause, has_class_name


def test_a_class_name_is_recognised_and_plain_words_are_not():
    assert has_class_name("Could not download it (LocalEntryNotFoundError).")
    assert has_class_name("UserWarning: something") and has_class_name("OSError: [Errno 28]")
    assert not has_class_name("Error: the disk is full. Warning: the model is small.")
    assert not has_class_name("Open WebUI rejected POST /x (500): Internal Server Error")


@pytest.mark.parametrize("exc, says", [
    (LocalEntryNotFoundError("Cannot find an appropriate cached snapshot folder"), "the download site could not be reached"),
    (httpx.ConnectError("[Errno 111] Connection refused"), "the connection failed"),
    (httpx.ReadTimeout("timed out"), "no answer came in time"),
    (ConnectionResetError(104, "Connection reset by peer"), "the connection failed"),
    (PermissionError(13, "Permission denied"), "permission was refused"),
    (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
    (FileNotFoundError(2, "No such file"), "a file it needs is missing"),
    (KeyError("stt"), "something unexpected went wrong"),
])
def test_the_cause_of_a_failure_is_said_in_plain_words(exc, says):
    assert cause(exc) == says and not has_class_name(cause(exc))


def test_a_speech_model_that_cannot_be_downloaded_is_told_without_the_hubs_class_name(tmp_path, monkeypatch):
    import faster_whisper

    def offline(*args, **kwargs):
        raise LocalEntryNotFoundError("outgoing traffic has been disabled")

    monkeypatch.setattr(faster_whisper, "download_model", offline)
    with pytest.raises(speech_model.SpeechModelError) as failed:
        speech_model.fetch("base", tmp_path / "faster-whisper-base")
    message = str(failed.value)
    assert "(the download site could not be reached)" in message and "--speech-model-from" in message
    assert not has_class_name(message)


SCRIPT = """
import logging, sys, warnings
sys.path.insert(0, {scripts!r})
from therapy_pack.plain_words import keep_in_log
keep_in_log({log!r})
warnings.warn("local_dir_use_symlinks is deprecated", UserWarning)
logging.getLogger("huggingface_hub").warning("Xet Storage is enabled but hf_xet is not installed")

class LocalEntryNotFoundError(FileNotFoundError):
    pass

print("Fetching the dictation model...")
raise LocalEntryNotFoundError("Cannot find the requested files in the disk cache")
"""


@pytest.mark.parametrize("logged", [True, False], ids=["run", "dry run"])
def test_warnings_and_an_unexpected_error_reach_the_log_not_the_screen(tmp_path, logged):
    log = tmp_path / "logs" / "provision.log"
    script = SCRIPT.format(scripts=str(ROOT / "scripts"), log=str(log) if logged else None)
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True, timeout=60)
    shown = result.stdout + result.stderr
    assert result.returncode == 1
    assert "Fetching the dictation model..." in result.stdout
    assert not has_class_name(shown), shown
    assert "Traceback" not in shown and "deprecated" not in shown and "hf_xet" not in shown
    assert "This stopped because the download site could not be reached." in result.stderr
    if logged:
        assert f"The details are in {log}." in result.stderr
        details = log.read_text(encoding="utf-8")
        for kept in ("UserWarning: local_dir_use_symlinks is deprecated", "hf_xet is not installed",
                     "LocalEntryNotFoundError: Cannot find the requested files", "Traceback"):
            assert kept in details
        assert oct(log.stat().st_mode & 0o777) == "0o600"
    else:
        assert not log.parent.exists()  # a dry run writes nothing


def messages_built_from_a_class_name(path) -> list[str]:
    """`type(exc).__name__` or `exc.__class__.__name__` inside an f-string: a class name shown to a person."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            for part in ast.walk(node):
                if isinstance(part, ast.Attribute) and part.attr == "__name__" and (
                        (isinstance(part.value, ast.Call) and getattr(part.value.func, "id", "") == "type")
                        or (isinstance(part.value, ast.Attribute) and part.value.attr == "__class__")):
                    found.append(f"{path.relative_to(ROOT)}:{part.lineno}")
    return found


def test_no_message_is_built_from_a_class_name():
    """The class of the fault: a message says the cause in words (plain_words.cause), never the exception's class."""
    files = [*(ROOT / "scripts").rglob("*.py"), *(ROOT / "pipelines").rglob("*.py"), *(ROOT / "tools").glob("*.py")]
    assert [where for path in files for where in messages_built_from_a_class_name(path)] == []
