"""Files only the service account can read: the practice's data folder and the secrets kept in it."""

from __future__ import annotations

import secrets
from pathlib import Path

# Everything the services write (database, parts maps, uploads, logs) is the service account's alone.
PRIVATE_UMASK = 0o077


def readable_by_others(folder: Path) -> list[Path]:
    """The folder itself and everything in it that another account on this computer could read or enter."""
    return [p for p in [folder, *folder.rglob("*")] if not p.is_symlink() and p.stat().st_mode & 0o077]


def make_private(folder: Path) -> list[Path]:
    """Make the folder and everything in it readable by this account only (0700 folders, 0600 files).

    Returns what other accounts could read before, so a re-run can say what it fixed."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    loosened = readable_by_others(folder)
    for path in loosened:
        path.chmod(path.stat().st_mode & 0o700)
    return loosened


def new_secret() -> str:
    """256 random bits, as URL-safe text."""
    return secrets.token_urlsafe(32)


def kept_secret(path: Path) -> str:
    """The secret in ``path``, made (readable only by this account) the first time it is asked for."""
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.write_text(new_secret(), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()
