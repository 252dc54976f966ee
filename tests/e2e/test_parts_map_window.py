"""A parts map asked for in a chat is shown in Open WebUI's window and kept out of everything Open WebUI stores:
the chat, its database and every other file of its data folder hold only the line saying it was shown."""

from __future__ import annotations

import json
import uuid

import pytest

import ifs_parts_map as pm
from support.browser_socket import BrowserSocket
from support.data_folder import holding
from support.dialogs import Confirming
from support.tool_choice import a_model_that_chooses_tools

pytestmark = pytest.mark.e2e

TOOL, PRESET = "ifs_parts_map", "session-note-ifs"
# Words only the map holds (recorded straight into the store, never typed into a chat).
PART, BURDEN = "Lantern Keeper", "shame from the flooded cellar"


def test_a_map_shown_from_a_chat_is_in_the_window_and_nowhere_open_webui_stores(admin_api, installed, model_server, stack_dir):
    data_dir = stack_dir / "open-webui-data"
    me = admin_api.get("/api/v1/auths/")
    tool = pm.Tools()
    tool.valves = tool.Valves(encryption_key=admin_api.get_valves("tools", TOOL)["encryption_key"],
                              database_url=f"sqlite:///{data_dir / 'therapy_pack_parts_map.db'}")
    maps = Confirming(tool)
    assert "Added" in maps.record_part("QZ", PART, "exile", burdens=BURDEN, __user__={"id": me["id"], "role": me["role"]})
    assert holding(data_dir, (PART, BURDEN)) == []  # the store holds them sealed

    marker = model_server.script_tools(f"show-{uuid.uuid4().hex[:6]}", [{"name": "show_parts_map", "parameters": {"client_code": "QZ"}}],
                                       "The map is open in the window.")
    tab = BrowserSocket(admin_api.base_url, admin_api.token, answer=True)
    try:
        with a_model_that_chooses_tools(admin_api):
            chat_id, _, answer = admin_api.chat_as_browser(PRESET, [{"role": "user", "content": f"{marker}\nShow QZ's parts map."}],
                                                           [TOOL], session_id=tab.session_id)
    finally:
        tab.close()
    [window] = tab.asked
    assert PART in window["message"] and BURDEN in window["message"]  # the clinician saw the map
    stored = json.dumps(admin_api.get(f"/api/v1/chats/{chat_id}"))
    assert PART not in stored and BURDEN not in stored and PART not in answer
    assert holding(data_dir, (PART, BURDEN)) == []
    assert holding(data_dir, ("Show QZ's parts map",))  # what was typed is stored with the chat: the search sees it
