"""install_pack.py never makes a new parts-map key over maps sealed with the old one, even when the key and its
fingerprint were both cleared from the tool's settings: it stops, says how to put the saved key back, and writes nothing."""

from __future__ import annotations

import contextlib

import pytest

import ifs_parts_map as pm
import install_pack
from support.dialogs import Confirming
from therapy_pack.pack_installer import desired_state
from therapy_pack.parts_maps import default_url

TOOL = "ifs_parts_map"


class InstalledPack:
    """Open WebUI with the pack installed as it is now, the parts-map tool's settings as given; every write is recorded."""

    def __init__(self, tool_valves: dict):
        self.desired, self.valves, self.writes = desired_state(), dict(tool_valves), []

    def available_models(self):
        return [{"id": m["base_model_id"]} for m in self.desired.models if m["base_model_id"]]

    def get_module(self, plural, item_id):
        module = next(m for m in self.desired.modules if m.id == item_id)
        return {"id": module.id, "name": module.name, "content": module.content, "meta": {"description": module.description},
                "is_active": True, "is_global": module.is_global}

    def get_valves_spec(self, plural, item_id):
        return pm.Tools.Valves.model_json_schema() if item_id == TOOL else {}

    def get_valves(self, plural, item_id):
        return dict(self.valves) if item_id == TOOL else {}

    def get_model(self, model_id):
        return None

    def list_prompts(self):
        return []

    def __getattr__(self, name):  # every other call is a write: create_module, update_valves, create_model...
        return lambda *args, **kwargs: self.writes.append(name)


def seal_maps(url: str) -> None:
    tool = pm.Tools()
    tool.valves = tool.Valves(encryption_key=pm.Cipher.new_key(), database_url=url)
    Confirming(tool).record_part("AB", "The Critic", "manager", __user__={"id": "clinician", "role": "user"})
    for store in pm._STORES.values():  # as a stopped Open WebUI would
        store.engine.dispose()


def install(monkeypatch, tmp_path, tool_valves: dict) -> tuple[int, InstalledPack]:
    running = InstalledPack(tool_valves)
    monkeypatch.setattr(install_pack, "admin_api", lambda url: contextlib.nullcontext(running))
    monkeypatch.setenv("THERAPY_PACK_DATA", str(tmp_path))  # the practice's data folder: Open WebUI's is open-webui in it
    return install_pack.main([]), running


@pytest.mark.parametrize("where", ["the data folder's file", "the database the tool's settings name"])
def test_a_cleared_key_and_fingerprint_over_existing_maps_stop_the_installer_and_change_nothing(tmp_path, monkeypatch, capsys, where):
    (tmp_path / "open-webui").mkdir()
    if where == "the data folder's file":
        url, valves = default_url(tmp_path / "open-webui"), {}
    else:
        url = f"sqlite:///{tmp_path / 'practice-maps.db'}"
        valves = {"database_url": url}
    seal_maps(url)
    code, running = install(monkeypatch, tmp_path, valves)
    said = capsys.readouterr()
    assert code != 0 and running.writes == [], running.writes
    assert "Put the key you saved back" in said.err and "Workspace - Tools" in said.err and "nothing was changed" in said.err


def test_without_maps_a_first_key_is_still_made(tmp_path, monkeypatch):
    (tmp_path / "open-webui").mkdir()
    code, running = install(monkeypatch, tmp_path, {})
    assert code == 0 and "update_valves" in running.writes
