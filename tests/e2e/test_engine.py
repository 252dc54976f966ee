"""The engine on the machine the tests run on: built without AMX or native tuning, it really generates; and a
note sent while it is down gets the pack's plain answer and a neutral chat title, then works again once it is back."""

from __future__ import annotations

import platform
import signal

import pytest

from clinical_guardrails import ENGINE_RESTARTING_REPLY
from therapy_pack.engine_build import X86_MACHINES, cpu_flags
from therapy_pack.engine_check import first_answer
from therapy_pack.local_stack import DEMO_MODEL_ALIAS
from therapy_pack.openwebui_api import OpenWebUIError
from therapy_pack.recording_engine import chat_requests

pytestmark = pytest.mark.e2e

BULLETS = "Client identified worry as a protector. Accessed exile's fear of abandonment. Homework: Self-energy journaling."


def test_the_engine_is_built_for_any_cpu_and_really_generates_here(model_server):
    from llama_cpp import llama_cpp

    built = llama_cpp.llama_print_system_info().decode()
    assert "AMX" not in built and "AVX512" not in built, built
    if platform.machine().lower() in X86_MACHINES:
        assert ("AVX2 = 1" in built) == ("avx2" in cpu_flags()), built
    before = len(model_server.received())
    assert first_answer("demo", model_server.url, DEMO_MODEL_ALIAS, timeout=120) > 0
    [request] = chat_requests(model_server.record, before)
    assert request["model"] == DEMO_MODEL_ALIAS and "SCRIPTED" not in str(request)  # the real model answered


def test_a_note_while_the_engine_is_down_gets_a_plain_answer_and_a_neutral_title(admin_api, installed, model_server):
    model_server.service.stop()
    try:
        chat_id, _, reply = admin_api.chat_as_browser("session-note-ifs", [{"role": "user", "content": BULLETS}], [])
        assert reply.strip() == ENGINE_RESTARTING_REPLY
        title = admin_api.get(f"/api/v1/chats/{chat_id}")["title"]
        assert title.startswith("DAP note · IFS ·") and "worry" not in title, title
    finally:
        model_server.service.restart()
    _, _, note = admin_api.chat_as_browser("session-note-ifs", [{"role": "user", "content": BULLETS}], [], timeout=240)
    assert "DATA:" in note and ENGINE_RESTARTING_REPLY not in note


def test_an_engine_that_dies_mid_answer_leaves_a_neutral_title_and_the_next_message_a_plain_answer(admin_api, installed, model_server):
    """As llama.cpp died on an AMX fault: the answer starts, then the engine is gone. Open WebUI reports its own
    error for that answer; the chat is named by the pack, never by the bullets, and the clinician's next message
    gets the pack's plain answer until the engine is back."""
    before = {c["id"] for c in admin_api.get("/api/v1/chats/")}
    try:
        with pytest.raises(OpenWebUIError):
            admin_api.chat_as_browser("session-note-ifs", [{"role": "user", "content": f"{BULLETS} SCRIPTED_CRASH"}], [])
        assert model_server.service.process.wait(30) == -signal.SIGSEGV
        [chat] = [c for c in admin_api.get("/api/v1/chats/") if c["id"] not in before]
        assert chat["title"].startswith("DAP note · IFS ·") and "worry" not in chat["title"], chat["title"]
        _, _, reply = admin_api.chat_as_browser("session-note-ifs", [{"role": "user", "content": BULLETS}], [])
        assert reply.strip() == ENGINE_RESTARTING_REPLY
    finally:
        model_server.service.restart()
