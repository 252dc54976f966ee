"""Re-encrypting every IFS parts map with a new key, in one transaction (scripts/rotate_parts_key.py is the command)."""

from __future__ import annotations

from pathlib import Path

from therapy_pack.backup import open_webui_answers, running_open_webui
from therapy_pack.parts_maps import Cipher, PartsMapError, Store, maps_exist


def refusal(url: str, open_webui_url: str) -> str | None:
    """Why rotating now would be unsafe, or None."""
    if not maps_exist(url):
        return "There are no parts maps at that address: check --db. Nothing was changed."
    # A file store is watched through its folder's open files, a database through its other sessions.
    folder = Path(url.removeprefix("sqlite:///")).parent if url.startswith("sqlite:///") else None
    running = running_open_webui(folder, open_webui_url, None if folder else url, answers=open_webui_answers)
    if running:
        return f"{running}: stop Open WebUI first, or a map it writes meanwhile keeps the old key. Nothing was changed."
    return None


def rotate(url: str, old: str, new: str) -> tuple[int, int]:
    """(maps re-encrypted, maps already under the new key)."""
    old_cipher, new_cipher = Cipher(old), Cipher(new)
    try:
        store = Store(url, old_cipher)
    except PartsMapError:
        store = Store(url, new_cipher)  # a rotation ran before: its key check is under the new key already
    try:
        return store.reencrypt(old_cipher, new_cipher)
    finally:
        store.engine.dispose()
