"""A note is one model call, for every preset, as the browser sends it; counted at the model server."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest

from support.stack import ModelServer
from support.installed_presets import preset_forms
from therapy_pack.recording_engine import chat_requests
from support.tool_choice import a_model_that_chooses_tools

pytestmark = pytest.mark.e2e

BULLETS = "Client identified worry as a protector. Some unburdening occurred. Assigned Self-energy journaling homework."


def scripted_note(model_server: ModelServer, form: dict) -> str:
    """A marker that makes the model server answer at once with a note in the preset's sections."""
    spec = form["meta"]["therapy_pack"]
    sections = spec["formats"][spec["default_format"]]["sections"]
    draft = json.dumps({s["key"]: "Client identified worry as a protector." for s in sections})
    return model_server.script(f"one-call-{form['id']}-{uuid.uuid4().hex[:6]}", draft)


@pytest.mark.parametrize("form", preset_forms().values(), ids=lambda form: form["id"])
def test_a_typed_note_is_one_model_call_and_the_chat_gets_a_neutral_title(admin_api, installed, model_server, form):
    before = len(model_server.received())
    text = f"{scripted_note(model_server, form)}\n{BULLETS}"
    chat_id, _, reply = admin_api.chat_as_browser(form["id"], [{"role": "user", "content": text}], form["meta"]["toolIds"])
    [note_call] = chat_requests(model_server.record, before, settle=2.0)
    assert "response_format" in note_call and "tools" not in note_call
    assert "Client identified worry as a protector." in reply
    title = admin_api.get(f"/api/v1/chats/{chat_id}")["title"]
    assert title.endswith(date.today().isoformat()) and "worry" not in title and "SCRIPTED" not in title


def test_a_note_after_a_parts_map_exchange_is_one_model_call(admin_api, installed, model_server):
    form = preset_forms()["session-note-ifs"]
    tools = form["meta"]["toolIds"]
    before = len(model_server.received())
    marker = model_server.script_tools(f"map-{uuid.uuid4().hex[:6]}", [{"name": "list_clients", "parameters": {}}],
                                       "Here are your clients.")
    asked = [{"role": "user", "content": f"{marker}\nWhich clients have parts maps?"}]
    with a_model_that_chooses_tools(admin_api):
        chat_id, reply_id, answer = admin_api.chat_as_browser(form["id"], asked, tools)
    map_calls = chat_requests(model_server.record, before, settle=2.0)
    # Asking for the map is what costs the tool choice: the choice, then the answer.
    assert len(map_calls) == 2 and map_calls[0]["messages"][0]["content"].startswith("Available Tools:")
    assert answer == "Here are your clients."

    before = len(model_server.received())
    history = asked + [{"role": "assistant", "content": answer}]
    note = [{"role": "user", "content": f"{scripted_note(model_server, form)}\n{BULLETS}"}]
    admin_api.chat_as_browser(form["id"], history + note, tools, chat_id=chat_id, parent_id=reply_id)
    [note_call] = chat_requests(model_server.record, before, settle=2.0)
    assert "response_format" in note_call and not note_call["messages"][0]["content"].startswith("Available Tools:")


def test_a_presets_rules_reach_the_engine_as_the_same_bytes_for_every_note(admin_api, installed, model_server):
    """Nothing varies at the top of the prompt, so the engine reuses what it read for the previous note."""
    form = preset_forms()["session-note-ifs"]
    firsts = []
    for bullets in (BULLETS, "Client practised unblending from the Critic. No unburdening today."):
        before = len(model_server.received())
        text = f"{bullets}\n{scripted_note(model_server, form)}"
        admin_api.chat_as_browser(form["id"], [{"role": "user", "content": text}], form["meta"]["toolIds"])
        [note_call] = chat_requests(model_server.record, before, settle=2.0)
        firsts.append(note_call["messages"][0])
    assert firsts[0]["role"] == "system" and firsts[0] == firsts[1]
