"""Where the pack's files are, in the checkout and on the practice machine. Standard library only:
provisioning reads it before anything is installed."""

from __future__ import annotations

import importlib.util
import linecache
import os
import sys
from pathlib import Path
from types import ModuleType

from therapy_pack.joined_module import is_folder_module, joined_text

ROOT = Path(__file__).resolve().parent.parent.parent
PRESETS_DIR = ROOT / "prompt_presets"
PIPELINES_DIR = ROOT / "pipelines"
TOOLS_DIR = ROOT / "tools"
MODELFILES_DIR = ROOT / "modelfiles"
COMPOSE_FILES = sorted(ROOT.glob("compose*.yaml"))
# The ways a practice starts the stack with docker compose (the top of each file says so); a later file overrides an earlier one.
COMPOSE_STACKS = (["compose.yaml"], ["compose.yaml", "compose.gpu.yaml"], ["compose.yaml", "compose.group.yaml"])

DEFAULT_DATA_DIR = Path.home() / ".local" / "share" / "therapy-notes-pack"


def data_dir() -> Path:
    """The practice's data folder: THERAPY_PACK_DATA, else the default."""
    return Path(os.environ.get("THERAPY_PACK_DATA", DEFAULT_DATA_DIR))


def shown(path: Path) -> str:
    """A path as a person finds it: relative to the checkout when it is inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def standalone_module(path: Path) -> ModuleType:
    """A file from pipelines/ or tools/, imported the way the tests import it (by its own name, once). A folder
    module there (joined_module.py) is its joined text: exactly what Open WebUI receives, never the folder's files.

    Those files are uploaded to Open WebUI as source text, so they are not a package.
    """
    name = path.stem
    if name in sys.modules:
        return sys.modules[name]
    if is_folder_module(path):
        text, where = joined_text(path), f"{path} (joined)"
        linecache.cache[where] = (len(text), None, text.splitlines(keepends=True), where)  # tracebacks show its lines
        spec = importlib.util.spec_from_loader(name, loader=None, origin=where)
        run = lambda module: exec(compile(text, where, "exec"), module.__dict__)  # noqa: E731
    else:
        spec = importlib.util.spec_from_file_location(name, path)
        run = spec.loader.exec_module
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while it loads
    try:
        run(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module
