"""The IFS parts map through the real Open WebUI: installed, attached, called from chat, private, encrypted."""

from __future__ import annotations

import json
import threading
import uuid

import pytest

import ifs_parts_map as pm
from support.stack import chat_requests_since, stream_chat
from therapy_pack.pack_installer import WouldLoseDataError, desired_state, install, key_fingerprint
from therapy_pack.local_stack import DEMO_MODEL_ALIAS
from therapy_pack.openwebui_api import OpenWebUI
from support.browser_socket import BrowserSocket
from support.installed_presets import fill_form
from therapy_pack.recording_engine import chat_requests
from support.tool_choice import a_model_that_chooses_tools

pytestmark = pytest.mark.e2e

TOOL, PRESET = "ifs_parts_map", "session-note-ifs"
AB_WORDS = ("The Critic showed up strongly when we approached the exile holding the abandonment wound from age 7. "
            "Some unburdening occurred.")
EVERYONE = [{"principal_type": "user", "principal_id": "*", "permission": "read"}]


@pytest.fixture(scope="module")
def clinicians(admin_api, installed, open_webui):
    """Two clinician accounts that may use the preset and the tool (as a practice's group would)."""
    for model_id in (PRESET, DEMO_MODEL_ALIAS, "pack_reply"):
        admin_api.post("/api/v1/models/model/access/update", {"id": model_id, "name": model_id, "access_grants": EVERYONE})
    admin_api.share_tool(TOOL, EVERYONE)
    admin_api.available_models()
    accounts = []
    for n in (1, 2):
        email, password = f"clinician{n}@practice.test", f"clinician {n} long password"
        admin_api.post("/api/v1/auths/add", {"name": f"Clinician {n}", "email": email, "password": password, "role": "user"})
        api = OpenWebUI(open_webui.url)
        user = api.sign_in(email, password)
        accounts.append((api, user["id"]))
    yield accounts
    for api, _ in accounts:
        api.close()


@pytest.fixture
def model_chooses_tools(admin_api):
    """The scripted tool calls below play a model that chooses tools, which the demo model under the preset cannot."""
    with a_model_that_chooses_tools(admin_api):
        yield


@pytest.fixture(scope="module")
def store(admin_api, stack_dir, installed) -> pm.Store:
    """The test reads the map file directly, with the key the installer generated."""
    key = admin_api.get_valves("tools", TOOL)["encryption_key"]
    return pm.Store(f"sqlite:///{stack_dir / 'open-webui-data' / 'therapy_pack_parts_map.db'}", pm.Cipher(key))


def tool_chat(api, model_server, text: str, calls: list[dict], reply: str) -> str:
    marker = model_server.script_tools(uuid.uuid4().hex[:8], calls, reply)
    return stream_chat(api, {"model": PRESET, "tool_ids": [TOOL], "messages": [{"role": "user", "content": f"{marker}\n{text}"}]})


def confirmed_tool_chat(api, model_server, text: str, calls: list[dict], reply: str, click: bool = True) -> tuple[str, list[dict]]:
    """A chat from a browser tab whose clinician answers the pack's dialog with ``click``: (the reply, the dialogs shown)."""
    marker = model_server.script_tools(uuid.uuid4().hex[:8], calls, reply)
    tab = BrowserSocket(api.base_url, api.token, answer=click)
    try:
        _, _, answer = api.chat_as_browser(PRESET, [{"role": "user", "content": f"{marker}\n{text}"}], [TOOL], session_id=tab.session_id)
        return answer, tab.asked
    finally:
        tab.close()


def test_the_tool_is_installed_attached_and_keyed(admin_api, installed):
    tool = admin_api.get_module("tools", TOOL)
    names = {spec["name"] for spec in tool["specs"]}
    assert {"record_session", "record_part", "show_parts_map", "part_history", "delete_client_map"} <= names
    model = admin_api.get_model(PRESET)
    assert model["meta"]["toolIds"] == [TOOL] and model["params"]["function_calling"] == "legacy"
    valves = admin_api.get_valves("tools", TOOL)
    pm.Cipher(valves["encryption_key"])  # a valid generated key
    assert valves["key_fingerprint"] == key_fingerprint(valves["encryption_key"])


def test_the_key_is_not_readable_from_the_database(stack_dir, installed, admin_api):
    import sqlite3

    key = admin_api.get_valves("tools", TOOL)["encryption_key"]
    with sqlite3.connect(stack_dir / "open-webui-data" / "webui.db") as db:
        (stored,) = db.execute("SELECT valves FROM tool WHERE id = ?", (TOOL,)).fetchone()
    assert stored and key not in stored and "encryption_key" not in stored


def test_a_cleared_key_stops_the_installer_instead_of_being_replaced(admin_api, installed):
    valves = admin_api.get_valves("tools", TOOL)
    admin_api.update_valves("tools", TOOL, {**valves, "encryption_key": None})  # the form's "Default" toggle
    try:
        with pytest.raises(WouldLoseDataError, match=valves["key_fingerprint"]):
            install(admin_api, desired_state(base_model=DEMO_MODEL_ALIAS), say=lambda _: None)
        assert not admin_api.get_valves("tools", TOOL).get("encryption_key")  # nothing was written
    finally:
        admin_api.update_valves("tools", TOOL, valves)


def test_a_chat_updates_the_map_through_the_tool_and_the_file_holds_no_plain_text(clinicians, model_server, store, stack_dir,
                                                                                   model_chooses_tools):
    (c1, c1_id), _ = clinicians
    record = [{"name": "record_session", "parameters": {
        "client_code": "AB", "session_date": "2026-03-01", "parts_present": "The Critic, Little One",
        "events": "unburdening", "clinician_words": AB_WORDS}}]
    answer, asked = confirmed_tool_chat(c1, model_server, AB_WORDS + " Please update AB's parts map.", record, "Not recorded.", click=False)
    assert asked and asked[0]["title"] == "Record the 2026-03-01 session in AB's parts map?"
    assert "parts: The Critic, Little One" in asked[0]["message"] and "unburdening" in asked[0]["message"]
    with pytest.raises(pm.PartsMapError):
        store.read(c1_id, "AB")  # "Cancel": nothing written
    answer, asked = confirmed_tool_chat(c1, model_server, AB_WORDS + " Please update AB's parts map.", record,
                                        "I recorded the session in AB's parts map.")
    assert answer == "I recorded the session in AB's parts map." and len(asked) == 1
    state, events = store.read(c1_id, "AB")
    assert {p["name"] for p in state["parts"].values()} == {"The Critic", "Little One"}
    assert state["sessions"][0]["clinician_words"] == AB_WORDS and len(events) == 1
    raw = (stack_dir / "open-webui-data" / "therapy_pack_parts_map.db").read_bytes()
    for text in (b"Critic", b"Little One", b"abandonment", b"unburdening"):
        assert text not in raw


def test_another_clinician_can_neither_see_nor_change_the_map(clinicians, model_server, store, model_chooses_tools):
    (_, c1_id), (c2, c2_id) = clinicians
    before = len(model_server.received())
    tool_chat(c2, model_server, "Show AB's parts map.", [{"name": "show_parts_map", "parameters": {"client_code": "AB"}}],
              "Here is what the tool said.")
    final = chat_requests_since(model_server, before)[-1]
    assert "There is no parts map for client AB" in json.dumps(final["messages"])
    confirmed_tool_chat(c2, model_server, "Add a part to AB's map.", [{"name": "record_part", "parameters": {"client_code": "AB", "part_name": "Intruder"}}], "Done.")
    mine, _ = store.read(c1_id, "AB")
    assert "Intruder" not in {p["name"] for p in mine["parts"].values()}
    theirs, _ = store.read(c2_id, "AB")
    assert {p["name"] for p in theirs["parts"].values()} == {"Intruder"}


def test_concurrent_chats_lose_no_update(clinicians, model_server, store, model_chooses_tools):
    (c1, c1_id), _ = clinicians
    names = [f"Helper {n}" for n in range(6)]
    threads = [threading.Thread(target=confirmed_tool_chat, args=(c1, model_server, f"Add {name} to CD's map.", [
        {"name": "record_part", "parameters": {"client_code": "CD", "part_name": name, "part_type": "manager"}}], "Added."))
        for name in names]
    [t.start() for t in threads]
    [t.join() for t in threads]
    state, events = store.read(c1_id, "CD")
    assert {p["name"] for p in state["parts"].values()} == set(names) and len(events) == len(names)


def filled_button(api, title: str, **values: str) -> str:
    """What the first-screen button ``title``, as installed, puts in the message box once its form is filled in."""
    [template] = [b["content"] for b in api.get_model(PRESET)["meta"]["suggestion_prompts"] if b["title"][0] == title]
    return fill_form(template, **values)


def button_chat(api, text: str, click: bool) -> tuple[str, list[dict], str]:
    """The clinician sends the button's text from a browser tab and answers its dialog with ``click``:
    (the reply, the dialogs, the chat's title)."""
    tab = BrowserSocket(api.base_url, api.token, answer=click)
    try:
        chat_id, _, answer = api.chat_as_browser(PRESET, [{"role": "user", "content": text}], [TOOL], session_id=tab.session_id)
        return answer, tab.asked, api.get(f"/api/v1/chats/{chat_id}")["title"]
    finally:
        tab.close()


def test_the_button_records_the_session_after_the_click_with_no_model_choosing_a_tool(clinicians, model_server, store):
    """On the demo model, which cannot choose a tool: the form's fields reach the tool, and no request reaches the model."""
    (c1, c1_id), _ = clinicians
    text = filled_button(c1, "Update a client's parts map", client_code="EF", session_date="2026-04-02",
                         parts_present="The Critic, Little One", events="unblending, unburdening", self_energy="calm, curious",
                         clinician_words=AB_WORDS + "\nThe client thanked Little One.")
    before = len(model_server.received())
    answer, asked, _ = button_chat(c1, text, click=False)
    assert [a["title"] for a in asked] == ["Record the 2026-04-02 session in EF's parts map?"]
    assert "parts: The Critic, Little One; what happened: unblending, unburdening; Self-energy: calm, curious" in asked[0]["message"]
    assert answer.startswith("Nothing was changed") and "Confirm" in answer
    with pytest.raises(pm.PartsMapError):
        store.read(c1_id, "EF")  # "Cancel": nothing written

    answer, asked, title = button_chat(c1, text, click=True)
    assert answer == "Recorded the 2026-04-02 session for EF: 2 part(s), unblending, unburdening." and len(asked) == 1
    assert title == "Update a client's parts map · IFS · EF · 2026-04-02"  # named after the button, never the clinician's words
    state, events = store.read(c1_id, "EF")
    [session] = state["sessions"]
    assert session["parts"] == ["The Critic", "Little One"] and session["events"] == ["unblending", "unburdening"]
    assert session["self_energy"] == "calm, curious" and session["clinician_words"] == AB_WORDS + "\nThe client thanked Little One."
    assert len(events) == 1
    assert chat_requests(model_server.record, before, settle=2.0) == []  # no tool choice, no note: the model was never asked


def test_a_typed_request_for_the_map_on_the_demo_model_says_what_to_do_and_changes_nothing(clinicians, model_server, store):
    from clinical_note_filter import NEEDS_A_MODEL_THAT_CHOOSES_TOOLS

    (c1, c1_id), _ = clinicians
    before = len(model_server.received())
    answer, asked, _ = button_chat(c1, "Update GH's parts map: " + AB_WORDS, click=True)
    assert answer == NEEDS_A_MODEL_THAT_CHOOSES_TOOLS and asked == []
    assert chat_requests(model_server.record, before, settle=2.0) == []
    with pytest.raises(pm.PartsMapError):
        store.read(c1_id, "GH")


def test_a_clinician_cannot_reach_admin_only_features(clinicians):
    from therapy_pack.openwebui_api import OpenWebUIError

    (c1, _), _ = clinicians
    for method, path, body in (
        ("GET", f"/api/v1/tools/id/{TOOL}/valves", None),  # the parts map's encryption key
        ("GET", "/api/v1/functions/id/clinical_guardrails/valves", None),
        ("POST", "/api/v1/functions/id/clinical_guardrails/valves/update", {"diagnosis_action": "flag"}),
        ("GET", "/api/v1/configs/export", None),
        ("POST", "/api/v1/functions/create", {"id": "x", "name": "x", "content": "class Filter: pass", "meta": {"description": "x"}}),
    ):
        with pytest.raises(OpenWebUIError) as refused:
            c1.request(method, path, json=body)
        assert refused.value.status in (401, 403), path


def test_pages_show_pictures_only_from_open_webui_itself(open_webui):
    import httpx

    policy = httpx.get(f"{open_webui.url}/", timeout=30, trust_env=False).headers.get("content-security-policy", "")
    assert "img-src 'self' data: blob:" in policy
