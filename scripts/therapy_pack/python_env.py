"""Create (once) and find the virtualenv the pack's commands run in. Standard library only.

    cd scripts && python3 -m therapy_pack.python_env server   # prints the venv's python
    cd scripts && python3 -m therapy_pack.python_env test     # the same with the test tools

provision.py and scripts/run_tests.sh use it before the venv exists.

The venv lives outside the checkout, under ~/.cache/therapy-notes-pack, keyed
by pyproject.toml, so a fresh clone reuses it and a changed dependency list
gets a new one. A half-finished install is never reused.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from therapy_pack.paths import ROOT

# CPU-only PyTorch for Open WebUI's optional local embeddings: installing it first
# stops pip from choosing a multi-gigabyte CUDA build.
TORCH = "torch==2.13.0"


def venv_dir(extra: str) -> Path:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + sys.version.encode()).hexdigest()[:12]
    base = Path(os.environ.get("THERAPY_PACK_VENVS", Path.home() / ".cache" / "therapy-notes-pack"))
    return base / f"venv-{extra}-{digest}"


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


def ensure_venv(extra: str, quiet: bool = False) -> Path:
    """Return the python of a venv with the pack's ``extra`` installed, creating it if needed."""
    venv = venv_dir(extra)
    python = venv / "bin" / "python"
    done = venv / ".install-complete"
    if done.exists():
        return python
    say = (lambda *_: None) if quiet else (lambda text: print(text, file=sys.stderr, flush=True))
    say(f"Setting up the Python environment in {venv} (first run only; this can take a while)...")
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run(pip + ["--upgrade", "pip", "wheel"], check=True)
    subprocess.run(pip + [TORCH], check=True)
    subprocess.run(pip + requirements(extra), check=True)
    done.write_text("ok\n", encoding="utf-8")
    return python


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("server", "test"):
        sys.exit("usage: python3 -m therapy_pack.python_env server|test")
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"The pack needs Python 3.11 (Open WebUI 0.12 does); this is {sys.version.split()[0]}.")
    try:
        print(ensure_venv(sys.argv[1]))
    except subprocess.CalledProcessError as exc:
        sys.exit(f"Installing the pack's dependencies failed ({' '.join(exc.cmd[-2:])}); see the messages above.")
