"""Build the demo engine (llama-cpp-python) so it runs on any CPU, never faulting on AMX.

llama-cpp-python ships only as source and compiles llama.cpp for the CPU it is built
on (``-march=native``). On Intel Xeons with AMX (Sapphire/Granite Rapids: AWS m7i,
GCP C4, new office servers) that build runs AMX tile instructions that the kernel
faults (general protection fault at ``ldtilecfg``, llama.cpp PR 26954), so the first
note kills the engine. The pack builds it without native tuning: the instruction
sets every machine of its family has, chosen from the CPU's flags, and never AMX.

The choice is a pure function of the machine and its CPU flags; reading the flags
and running pip are thin adapters. Standard library only: python_env uses it
before the venv exists.
"""

from __future__ import annotations

import hashlib
import os
import platform
import subprocess
import sys
from pathlib import Path

ENGINE = "llama-cpp-python"

# ggml's x86 options, each with the /proc/cpuinfo flag it needs. AVX-512 and AMX stay
# off: the demo model is tiny, and a wheel cached in ~/.cache may later run on another
# CPU of the same family (a cloud VM moved to other hardware).
X86_OPTIONS = (
    ("GGML_SSE42", "sse4_2"),
    ("GGML_AVX", "avx"),
    ("GGML_AVX2", "avx2"),
    ("GGML_BMI2", "bmi2"),
    ("GGML_FMA", "fma"),
    ("GGML_F16C", "f16c"),
)
ALWAYS_OFF = ("GGML_AVX512", "GGML_AVX_VNNI", "GGML_AMX_TILE", "GGML_AMX_INT8", "GGML_AMX_BF16")
X86_MACHINES = ("x86_64", "amd64", "i386", "i686")


def cmake_args(machine: str, cpu_flags: set[str]) -> list[str]:
    """The CMake options that build llama.cpp for ``machine`` without native tuning.

    On x86 every instruction set is named explicitly (on when the CPU has it), AMX and
    AVX-512 off. Elsewhere (ARM: Apple Silicon, Graviton, Raspberry Pi) the default
    build is already safe and stays as it is."""
    if machine.lower() not in X86_MACHINES:
        return []
    args = ["-DGGML_NATIVE=OFF"]
    args += [f"-D{option}={'ON' if flag in cpu_flags else 'OFF'}" for option, flag in X86_OPTIONS]
    args += [f"-D{option}=OFF" for option in ALWAYS_OFF]
    return args


def parse_cpuinfo_flags(cpuinfo: str) -> set[str]:
    """The flags of the first processor in a Linux /proc/cpuinfo text."""
    for line in cpuinfo.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("flags", "Features"):
            return set(value.split())
    return set()


def parse_sysctl_features(text: str) -> set[str]:
    """macOS ``sysctl machdep.cpu.features machdep.cpu.leaf7_features`` in /proc/cpuinfo spelling."""
    names = {"SSE4.2": "sse4_2", "AVX1.0": "avx", "AVX2": "avx2", "BMI2": "bmi2", "FMA": "fma", "F16C": "f16c"}
    return {names[word] for word in text.split() if word in names}


def cpu_flags() -> set[str]:
    """This CPU's instruction-set flags ({} where they cannot be read: the safest build)."""
    try:
        return parse_cpuinfo_flags(Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        pass
    if platform.system() == "Darwin":
        try:
            done = subprocess.run(["sysctl", "-n", "machdep.cpu.features", "machdep.cpu.leaf7_features"],
                                  capture_output=True, text=True, timeout=10)
            return parse_sysctl_features(done.stdout)
        except (OSError, subprocess.SubprocessError):
            pass
    return set()


def has_amx(flags: set[str]) -> bool:
    return any(flag.startswith("amx") for flag in flags)


def wheel_folder(cache: Path, requirement: str, args: list[str]) -> Path:
    """Where the engine built with ``args`` is kept: a new CPU family or version builds anew."""
    key = "\n".join([requirement, sys.version, platform.machine(), *args])
    return cache / "engine-wheels" / hashlib.sha256(key.encode()).hexdigest()[:12]


def engine_wheel_build(python: str, requirement: str, cache: Path) -> tuple[Path, list[str], dict]:
    """The folder the portable engine wheel goes in, the pip command that builds it, its environment.

    ``--no-cache-dir`` because pip's own cache keys a wheel by its source only and would
    hand back a natively tuned build made before."""
    args = cmake_args(platform.machine(), cpu_flags())
    folder = wheel_folder(cache, requirement, args)
    # pip moves the wheel into the folder only once it is built: a folder with a wheel is complete.
    command = [python, "-m", "pip", "wheel", "--disable-pip-version-check", "--no-deps", "--no-cache-dir",
               "--no-binary", ENGINE, "-w", str(folder), requirement]
    return folder, command, {**os.environ, "CMAKE_ARGS": " ".join(args), "FORCE_CMAKE": "1"}
