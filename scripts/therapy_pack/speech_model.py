"""Dictation that works offline: Open WebUI's local speech-to-text model, fetched once at setup.

Open WebUI transcribes the microphone with faster-whisper on this machine, but it
downloads the model the first time someone dictates, which fails on a practice
machine with no network. Provisioning runs while the machine is online: it puts
the model in Open WebUI's data folder and points Open WebUI at that folder, so
the microphone works from then on with nothing fetched.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from therapy_pack.openwebui_api import OpenWebUI
from therapy_pack.plain_words import cause, note_details

MODEL_FILES = ("config.json", "model.bin", "tokenizer.json", "vocabulary.txt")


class SpeechModelError(Exception):
    """The speech model could not be fetched or used; the message says what to do."""


def model_folder(webui_data: Path, size: str) -> Path:
    return webui_data / "speech" / f"faster-whisper-{size}"


def is_complete(folder: Path) -> bool:
    return all((folder / name).is_file() and (folder / name).stat().st_size > 0 for name in MODEL_FILES)


def fetch(size: str, folder: Path, source: Path | None = None) -> bool:
    """Put the model in ``folder``: copied from ``source`` (a faster-whisper model folder), else
    downloaded. Whether anything was fetched; a half-finished fetch never takes the folder's place."""
    if is_complete(folder):
        return False
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    if source is not None:
        if not is_complete(source):
            raise SpeechModelError(f"{source} is not a faster-whisper model folder: it needs {', '.join(MODEL_FILES)}.")
        for name in MODEL_FILES:
            shutil.copyfile(source / name, partial / name)
    else:
        try:
            from faster_whisper import download_model

            download_model(size, output_dir=str(partial))
        except Exception as exc:  # network errors come from several libraries
            shutil.rmtree(partial, ignore_errors=True)
            note_details(f"The speech model '{size}' could not be downloaded", exc)
            raise SpeechModelError(
                f"Could not download the speech model '{size}' ({cause(exc)}). Dictation needs it once, while the "
                "machine is online: connect and run this again, or pass --speech-model-from with a copied model folder."
            ) from None
        if not is_complete(partial):
            raise SpeechModelError(f"The download of the speech model '{size}' is incomplete; run this again.")
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(partial, folder)
    return True


def use(api: OpenWebUI, folder: Path) -> bool:
    """Point Open WebUI's speech-to-text at the model in ``folder``, on this machine; whether it changed.

    Open WebUI loads the model as it saves the setting, so a model it cannot read is reported here."""
    current = api.get("/api/v1/audio/config")
    stt = current["stt"]
    if stt.get("ENGINE") == "" and stt.get("WHISPER_MODEL") == str(folder):
        return False
    api.post("/api/v1/audio/config/update", {"tts": current["tts"], "stt": {**stt, "ENGINE": "", "WHISPER_MODEL": str(folder)}})
    return True
