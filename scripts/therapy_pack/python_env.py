"""Create (once) and find the virtualenv the pack's commands run in. Standard library only.

    cd scripts && python3 -m therapy_pack.python_env server   # prints the venv's python
    cd scripts && python3 -m therapy_pack.python_env test     # the same with the test tools

provision.py and scripts/run_tests.sh use it before the venv exists.

The venv lives outside the checkout, under ~/.cache/therapy-notes-pack, keyed
by pyproject.toml and the engine's build for this CPU (engine_build), so a
fresh clone reuses it and a changed dependency list gets a new one. A
half-finished install is never reused.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import sys
import tomllib
from pathlib import Path

from therapy_pack import engine_build
from therapy_pack.paths import ROOT
from therapy_pack.progress import StepFailed, run_step

# CPU-only PyTorch for Open WebUI's optional local embeddings: installing it first
# stops pip from choosing a multi-gigabyte CUDA build.
TORCH = "torch==2.13.0"


def venv_dir(extra: str) -> Path:
    """Keyed by the dependency list, the Python and the engine's build for this CPU, so a
    natively tuned engine from before, or one built for another CPU family, is never reused."""
    engine = engine_build.cmake_args(platform.machine(), engine_build.cpu_flags())
    key = (ROOT / "pyproject.toml").read_bytes() + sys.version.encode() + " ".join(engine).encode()
    return venvs_home() / f"venv-{extra}-{hashlib.sha256(key).hexdigest()[:12]}"


def venvs_home() -> Path:
    return Path(os.environ.get("THERAPY_PACK_VENVS", Path.home() / ".cache" / "therapy-notes-pack"))


def requirements(extra: str) -> list[str]:
    """What pyproject.toml asks for with ``extra``, its own extras followed (test includes server).

    Only the dependencies go into the venv, never a copy of the pack: therapy_pack finds
    prompt_presets/, pipelines/ and tools/ beside itself, so it runs from the checkout, and
    clones share a venv."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted, extras, own = list(project["dependencies"]), [extra], f"{project['name']}["
    while extras:
        for requirement in project["optional-dependencies"][extras.pop()]:
            if requirement.startswith(own):
                extras += requirement[len(own):].rstrip("]").split(",")
            else:
                wanted.append(requirement)
    return wanted


def ensure_venv(extra: str) -> Path:
    """Return the python of a venv with the pack's ``extra`` installed, creating it if needed.

    Each step shows its stage and elapsed time; pip's own output goes to a log beside the
    venv and is shown only if a step fails (progress.StepFailed)."""
    venv = venv_dir(extra)
    python = venv / "bin" / "python"
    done = venv / ".install-complete"
    if done.exists():
        return python
    log = venv.with_name(venv.name + "-install.log")
    print(f"Setting up the pack's Python environment (first run only, about 10 minutes; details in {log})",
          file=sys.stderr, flush=True)
    shutil.rmtree(venv, ignore_errors=True)
    log.unlink(missing_ok=True)
    wanted = requirements(extra)
    engine = next(r for r in wanted if r.startswith(engine_build.ENGINE))
    wheels, build_engine, build_env = engine_build.engine_wheel_build(str(python), engine, venvs_home())
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
    steps = [
        ("Creating the environment", [sys.executable, "-m", "venv", str(venv)], None),
        ("Updating the installer", pip + ["--upgrade", "pip", "wheel"], None),
        ("Installing PyTorch (CPU)", pip + [TORCH], None),
    ]
    if not any(wheels.glob("*.whl")):
        steps.append(("Building the model engine for this processor", build_engine, build_env))
    steps.append(("Installing Open WebUI and the pack's libraries",
                  pip + ["--find-links", str(wheels), "--only-binary", engine_build.ENGINE, *wanted], None))
    for number, (stage, command, env) in enumerate(steps, 1):
        run_step(stage, command, log, env=env, step=number, steps=len(steps))
    done.write_text("ok\n", encoding="utf-8")
    return python


def ensure_venv_or_exit(extra: str) -> Path:
    """ensure_venv for a person at a terminal: a failed or interrupted step is said in words, never a traceback."""
    try:
        return ensure_venv(extra)
    except StepFailed as failure:
        sys.exit(f"{failure}\nCheck the internet connection and free disk space, then run this again.")
    except KeyboardInterrupt:
        sys.exit("\nStopped. Run this again to finish setting up; the steps already done are kept or redone.")


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("server", "test"):
        sys.exit("usage: python3 -m therapy_pack.python_env server|test")
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"The pack needs Python 3.11 (Open WebUI 0.12 does); this is {sys.version.split()[0]}.")
    print(ensure_venv_or_exit(sys.argv[1]))
