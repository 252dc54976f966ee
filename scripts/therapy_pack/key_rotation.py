"""Re-encrypting every IFS parts map with a new key, in one transaction (scripts/rotate_parts_key.py is the command)."""

from __future__ import annotations

from pathlib import Path

from therapy_pack.backup import in_use, open_webui_answers
from therapy_pack.parts_maps import Cipher, PartsMapError, Store, maps_exist


def refusal(url: str, open_webui_url: str) -> str | None:
    """Why rotating now would be unsafe, or None."""
    if not maps_exist(url):
        return "There are no parts maps at that address: check --db. Nothing was changed."
    if open_webui_answers(open_webui_url):
        return f"Open WebUI is running at {open_webui_url}: stop it first, or a map it writes meanwhile keeps the old key. Nothing was changed."
    if url.startswith("sqlite:///"):
        busy = in_use(Path(url.removeprefix("sqlite:///")).parent)
        if busy:
            return f"The parts maps are open in {', '.join(busy)}: stop Open WebUI first. Nothing was changed."
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
