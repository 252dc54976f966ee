"""Where the IFS parts maps are kept, and whether a key opens them: for provisioning, the doctor and key rotation.

The maps' own code is tools/ifs_parts_map.py (uploaded to Open WebUI as a tool);
this reads the same store from outside Open WebUI.
"""

from __future__ import annotations

from pathlib import Path

from therapy_pack.paths import TOOLS_DIR, standalone_module

_tool = standalone_module(TOOLS_DIR / "ifs_parts_map.py")
Cipher, PartsMapError, Store, maps_exist = _tool.Cipher, _tool.PartsMapError, _tool.Store, _tool.maps_exist


TOOL_ID = "ifs_parts_map"  # the tool's id in Open WebUI


def default_url(open_webui_data: Path) -> str:
    return f"sqlite:///{open_webui_data / _tool.PARTS_MAP_FILE}"


def sealed_maps_exist(tool_valves: dict, open_webui_data: Path) -> bool:
    """Whether the tool's store holds maps, or a key check, sealed with a key: then a new key must never be made.

    The store is the database the tool's settings name, else the file in Open WebUI's data folder. One that cannot
    be reached from here counts as holding them: a key made over maps that exist could never open them."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return maps_exist(tool_valves.get("database_url") or default_url(open_webui_data), or_a_key_check=True)
    except SQLAlchemyError:
        return True


def key_problem(url: str, key: str) -> str | None:
    """Why this key does not open the maps stored at ``url``, or None when it does (or there are none yet)."""
    if not maps_exist(url, or_a_key_check=True):
        return None
    if not key:
        return "Parts maps exist, but the IFS Parts Map tool has no key in its settings, so clinicians cannot open them."
    try:
        Store(url, Cipher(key)).engine.dispose()
    except PartsMapError:
        return "The key in the IFS Parts Map tool's settings does not open the parts maps stored on this computer."
    return None
