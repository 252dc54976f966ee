"""What this machine can run, and which model to use on it (the seed article's table).

Detection is a thin adapter (psutil, nvidia-smi, sysctl); the choice is a pure
function tested as a table.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Machine:
    memory_gb: float  # system RAM, or unified memory on Apple Silicon
    gpu_memory_gb: float = 0.0  # largest NVIDIA GPU's memory
    apple_chip: str = ""  # e.g. "Apple M4 Pro"; empty elsewhere
    free_disk_gb: float = 0.0


@dataclass(frozen=True)
class Choice:
    model: str
    download_gb: float
    why: str


# From the seed's hardware table, best first: (test, model, approximate download in GB, reason).
MODEL_TABLE = (
    (lambda m: m.gpu_memory_gb >= 24, "qwen3.5:27b-q6_K", 22.0, "a GPU with {gpu:.0f} GB runs the 27B model at Q6, the best clinical language"),
    (lambda m: _pro_apple(m) and m.memory_gb >= 24, "qwen3.5:27b-q6_K", 22.0, "an {chip} with {mem:.0f} GB runs the 27B model at Q6, the best clinical language"),
    (lambda m: m.memory_gb >= 24, "qwen3.5:27b", 17.0, "{mem:.0f} GB of memory runs the 27B model, for a group practice or heavy use"),
    (lambda m: bool(m.apple_chip) and m.memory_gb >= 16, "qwen3.5:9b-q8_0", 10.0, "Apple Silicon with {mem:.0f} GB runs the 9B model at Q8, better quality"),
    (lambda m: m.memory_gb >= 16, "qwen3.5:9b", 6.6, "{mem:.0f} GB of memory runs the 9B model, which handles session notes well"),
)
SPARE_DISK_GB = 2.0


class CannotRun(Exception):
    """This machine cannot hold any recommended model; the message says why and what would."""


def _pro_apple(machine: Machine) -> bool:
    return any(word in machine.apple_chip for word in ("M4 Pro", "M4 Max", "Max", "Ultra"))


def choose_model(machine: Machine) -> Choice:
    for test, model, size, why in MODEL_TABLE:
        if test(machine):
            choice = Choice(model, size, why.format(gpu=machine.gpu_memory_gb, chip=machine.apple_chip, mem=machine.memory_gb))
            break
    else:
        raise CannotRun(
            f"This machine has {machine.memory_gb:.0f} GB of memory; the smallest recommended model (qwen3.5:9b) needs "
            "16 GB. Use a computer with at least 16 GB of memory, or choose a smaller model yourself with --model."
        )
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
