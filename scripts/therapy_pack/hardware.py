"""What this machine can run, and which model to use on it (the README's table).

MODEL_TABLE is the one copy of that table: the README's rows are its ``machine``
and ``shown`` columns (tests/unit/test_hardware.py keeps them the same), and
choose_model reads it. Detection is a thin adapter (psutil, nvidia-smi, sysctl);
the choice is a pure function tested as a table.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Callable


@dataclass(frozen=True)
class Machine:
    memory_gb: float  # system RAM as the system reports it (GiB), or unified memory on Apple Silicon
    gpu_memory_gb: float = 0.0  # largest NVIDIA GPU's memory
    apple_chip: str = ""  # e.g. "Apple M4 Pro"; empty elsewhere
    free_disk_gb: float = 0.0


@dataclass(frozen=True)
class Choice:
    model: str
    download_gb: float
    why: str


# A machine sold with 24 GB reports a little less (23.5 GiB is common): the firmware, the kernel and an
# integrated GPU keep some, and a 24 GB graphics card reports 23.99. It counts as the size it was sold as.
SOLD_AS_SHARE = 0.95  # 22.8 GB still counts as 24; a 22 GB machine or card does not


def has(reported_gb: float, sold_gb: float) -> bool:
    """Whether memory reported as ``reported_gb`` is a machine (or card) sold with ``sold_gb``."""
    return reported_gb >= sold_gb * SOLD_AS_SHARE


def _pro_apple(machine: Machine) -> bool:
    return any(word in machine.apple_chip for word in ("M4 Pro", "Max", "Ultra"))


def shown_gb(reported_gb: float, sold_gb: int) -> int:
    """The size to name for memory that meets a row of ``sold_gb``: 23.5 GiB is "24 GB", 64 GiB is "64 GB"."""
    return max(sold_gb, round(reported_gb))


@dataclass(frozen=True)
class Row:
    machine: str  # the README's "This machine" column
    model: str  # the Ollama model
    shown: str  # the README's "Model" column
    download_gb: float
    fits: Callable[[Machine], bool]
    why: Callable[[Machine], str]  # what provisioning says when it picks this row


def _q6_machine(m: Machine) -> str:
    if has(m.gpu_memory_gb, 24):
        return f"a GPU with {shown_gb(m.gpu_memory_gb, 24)} GB"
    return f"an {m.apple_chip} with {shown_gb(m.memory_gb, 24)} GB"


# Best first: the first row a machine fits is its model.
MODEL_TABLE = (
    Row("a GPU with 24 GB, or an M4 Pro, Max or Ultra Mac with 24 GB", "qwen3.5:27b-q6_K", "qwen3.5:27b at Q6", 22.0,
        lambda m: has(m.gpu_memory_gb, 24) or (_pro_apple(m) and has(m.memory_gb, 24)),
        lambda m: f"{_q6_machine(m)} runs the 27B model at Q6, the best clinical language"),
    Row("24 GB of memory", "qwen3.5:27b", "qwen3.5:27b", 17.0,
        lambda m: has(m.memory_gb, 24),
        lambda m: f"{shown_gb(m.memory_gb, 24)} GB of memory runs the 27B model, for a group practice or heavy use"),
    Row("Apple Silicon with 16 GB", "qwen3.5:9b-q8_0", "qwen3.5:9b at Q8", 10.0,
        lambda m: bool(m.apple_chip) and has(m.memory_gb, 16),
        lambda m: f"Apple Silicon with {shown_gb(m.memory_gb, 16)} GB runs the 9B model at Q8, better quality"),
    Row("16 GB of memory", "qwen3.5:9b", "qwen3.5:9b", 6.6,
        lambda m: has(m.memory_gb, 16),
        lambda m: f"{shown_gb(m.memory_gb, 16)} GB of memory runs the 9B model, which handles session notes well"),
)
SMALLEST_GB = 16
SPARE_DISK_GB = 2.0


class CannotRun(Exception):
    """This machine cannot hold any recommended model; the message says why and what would."""


def readme_rows() -> list[str]:
    """The README's table rows, smallest machine first."""
    return [f"| {row.machine} | {row.shown} |" for row in reversed(MODEL_TABLE)]


def choose_model(machine: Machine) -> Choice:
    row = next((row for row in MODEL_TABLE if row.fits(machine)), None)
    if row is None:
        raise CannotRun(
            f"This machine has {machine.memory_gb:.0f} GB of memory; the smallest recommended model (qwen3.5:9b) needs "
            f"{SMALLEST_GB} GB. Use a computer with at least {SMALLEST_GB} GB of memory, or choose a smaller model yourself with --model."
        )
    choice = Choice(row.model, row.download_gb, row.why(machine))
    if machine.free_disk_gb and machine.free_disk_gb < choice.download_gb + SPARE_DISK_GB:
        raise CannotRun(
            f"{choice.model} needs about {choice.download_gb + SPARE_DISK_GB:.0f} GB of free disk and there are "
            f"{machine.free_disk_gb:.0f} GB. Free some space and run this again."
        )
    return choice


def command_output(command: list[str]) -> str | None:
    """What a system command prints, or None where it is not installed or cannot run."""
    if not shutil.which(command[0]):
        return None
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=15).stdout
    except (OSError, subprocess.SubprocessError):
        return None


def detect(data_dir: Path) -> Machine:
    import psutil

    memory = psutil.virtual_memory().total / 2**30
    sizes = [float(x) for x in (command_output(["nvidia-smi", "--query-gpu=memory.total", "--format=csv,noheader,nounits"]) or "").split() if x.replace(".", "").isdigit()]
    gpu = max(sizes, default=0.0) / 1024
    chip = ""
    if platform.system() == "Darwin" and platform.machine() == "arm64":
        chip = (command_output(["sysctl", "-n", "machdep.cpu.brand_string"]) or "").strip() or "Apple Silicon"
    existing = next((p for p in [data_dir, *data_dir.parents] if p.exists()), Path("/"))
    return Machine(memory, gpu, chip, shutil.disk_usage(existing).free / 2**30)
