"""The pack's own answers: a declined request's reply, and a tool form's fields given to the tool itself."""

from __future__ import annotations

import asyncio
import inspect

import pytest

import ifs_parts_map as pm
import pack_reply
from clinical_note_filter import REPLY_KEY, TOOL_CALL_KEY, tool_form_call
from support.dialogs import Confirming, clicks
from support.installed_presets import button_text, fill_form, preset_forms

CLINICIAN = {"id": "clin-1", "role": "user"}
WORDS = "The Critic showed up strongly.\nSome unburdening occurred."


def form_call(**values) -> dict:
    spec = preset_forms()["session-note-ifs"]["meta"]["therapy_pack"]
    return tool_form_call(spec, fill_form(button_text("session-note-ifs", "Update a client's parts map"), **values))


@pytest.fixture
def parts_map(tmp_path) -> pm.Tools:
    tool = pm.Tools()
    tool.valves = tool.Valves(encryption_key=pm.Cipher.new_key(), database_url=f"sqlite:///{tmp_path / 'parts.db'}")
    return tool


def bound(tool: pm.Tools, **extra) -> dict:
    """The tool's functions as Open WebUI hands them to a caller (utils/tools.py): each a coroutine, the clinician and
    the dialog bound in, its signature the function's without them."""
    def bind(function):
        async def call(**arguments):
            result = function(**arguments, **extra)
            return await result if asyncio.iscoroutine(result) else result
        signature = inspect.signature(function)
        call.__signature__ = signature.replace(parameters=[p for p in signature.parameters.values() if p.name not in extra])
        return call

    names = ("record_session", "record_part", "show_parts_map", "delete_client_map")
    return {name: bind(getattr(tool, name)) for name in names}


CALL = dict(client_code="AB", session_date="2026-03-01", parts_present="The Critic, Little One", events="unburdening",
            clinician_words=WORDS)


def test_the_forms_call_records_the_session_only_once_the_clinician_confirms(parts_map):
    call = form_call(**CALL)
    cancelled = clicks(False)
    answer = asyncio.run(pack_reply.call_tool(call, bound(parts_map, __user__=CLINICIAN, __event_call__=cancelled)))
    assert answer.startswith("Nothing was changed") and cancelled.asked[0]["data"]["title"] == "Record the 2026-03-01 session in AB's parts map?"
    assert "no parts map for client AB" in Confirming(parts_map).show_parts_map("AB", __user__=CLINICIAN)

    answer = asyncio.run(pack_reply.call_tool(call, bound(parts_map, __user__=CLINICIAN, __event_call__=clicks(True))))
    assert answer == "Recorded the 2026-03-01 session for AB: 2 part(s), unburdening."
    assert "(2 parts, 1 session recorded)" in Confirming(parts_map).show_parts_map("AB", __user__=CLINICIAN)


def test_a_value_the_tool_cannot_use_is_its_own_plain_answer_and_nothing_is_asked(parts_map):
    dialog = clicks(True)
    answer = asyncio.run(pack_reply.call_tool(form_call(**{**CALL, "events": "hugging"}),
                                              bound(parts_map, __user__=CLINICIAN, __event_call__=dialog)))
    assert answer.startswith("Not done: 'hugging' is not a session event") and dialog.asked == []


def test_a_tool_the_clinician_cannot_use_or_that_breaks_is_said_plainly():
    assert asyncio.run(pack_reply.call_tool(form_call(**CALL), {})) == pack_reply.NO_TOOL.format(tool="ifs_parts_map")

    async def broken(**_):
        raise RuntimeError("database gone")

    answer = asyncio.run(pack_reply.call_tool(form_call(**CALL), {"record_session": broken}))
    assert answer == pack_reply.TOOL_FAILED.format(tool="ifs_parts_map") and "database gone" not in answer and "Error" not in answer


def test_a_form_line_the_clinician_deleted_is_named_and_nothing_is_asked(parts_map):
    dialog = clicks(True)
    call = form_call(**CALL)
    del call["arguments"]["client_code"]
    answer = asyncio.run(pack_reply.call_tool(call, bound(parts_map, __user__=CLINICIAN, __event_call__=dialog)))
    assert answer == pack_reply.FIELDS_MISSING.format(fields="client code", tool="ifs_parts_map") and dialog.asked == []


def test_the_pipe_gives_the_forms_call_to_the_tool_open_webui_loads_for_the_clinician(parts_map, monkeypatch):
    loaded = []

    async def tool_functions(request, user, tool_id, extra):
        loaded.append((user, tool_id))
        return bound(parts_map, __user__=user, __event_call__=extra["__event_call__"])

    monkeypatch.setattr(pack_reply, "tool_functions", tool_functions)
    answer = asyncio.run(pack_reply.Pipe().pipe({}, __metadata__={TOOL_CALL_KEY: form_call(**CALL)}, __user__=CLINICIAN,
                                                __event_call__=clicks(True)))
    assert answer.startswith("Recorded the 2026-03-01 session for AB") and loaded == [(CLINICIAN, "ifs_parts_map")]


def test_a_declined_message_is_answered_and_nothing_in_it_is_recorded(monkeypatch):
    async def tool_functions(*_):
        raise AssertionError("a declined message must never reach the tool")

    monkeypatch.setattr(pack_reply, "tool_functions", tool_functions)
    metadata = {REPLY_KEY: "This looks like a session transcript.", TOOL_CALL_KEY: form_call(**CALL)}
    assert asyncio.run(pack_reply.Pipe().pipe({}, __metadata__=metadata)) == "This looks like a session transcript."
    assert asyncio.run(pack_reply.Pipe().pipe({}, __metadata__={})) == pack_reply.NOTHING_TO_ANSWER
