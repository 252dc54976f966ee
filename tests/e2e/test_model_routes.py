"""Every route of Open WebUI that can reach a model, called with a clinician's token on the real server the fixtures
start (through the pack's wrapper, as provisioning starts it): refused, or answered through the guardrails. Nothing
reaches the model either way. The routes come from Open WebUI's own route table (support/model_reach.py)."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from clinical_guardrails import TRANSCRIPT_REPLY
from support.clinicians import clinician
from support.model_reach import route_table
from support.stack import stream_chat
from therapy_pack.model_routes import CLOSED_MESSAGE, verdict

pytestmark = pytest.mark.e2e

PRESET = "session-note-ifs"
TRANSCRIPT = "Therapist: How was the week?\nClient: Rough, I didn't sleep.\nTherapist: What kept you up?\nClient: Work.\n"
# What a caller might send to any of them: a chat, a completion prompt, an embedding input, a task's messages.
BODY = {"model": PRESET, "stream": False, "prompt": TRANSCRIPT, "input": TRANSCRIPT, "text": TRANSCRIPT,
        "messages": [{"role": "user", "content": TRANSCRIPT}], "responses": ["a"], "chat_id": "x"}


@pytest.fixture(scope="module")
def reaching(tmp_path_factory) -> list[dict]:
    return [r for r in route_table(tmp_path_factory.mktemp("routes"))["routes"] if r["reaches"]]


@pytest.fixture(scope="module")
def therapist(admin_api, installed, open_webui):
    api = clinician(admin_api, open_webui.url, "Route Check")
    yield api
    api.close()


def concrete(path: str) -> str:
    """A path a caller could send for the route: each {parameter} filled in (0 is also a connection's index)."""
    return re.sub(r"\{(\w+)(:path)?\}", lambda m: "chat/completions" if m[2] else "0", path)


def detail(response) -> str:
    try:
        return response.json().get("detail")
    except (ValueError, AttributeError):
        return response.text[:200]


def streamed_text(api, path: str, body: dict) -> str:
    """What a clinician would read of a streamed answer from ``path``."""
    with api._http.stream("POST", path, json=body) as response:
        events = [json.loads(line[5:]) for line in response.iter_lines() if line.startswith("data:") and line[5:].strip() not in ("", "[DONE]")]
    return "".join((c.get("delta") or {}).get("content") or "" for event in events for c in event.get("choices") or [])


def test_every_closed_route_refuses_a_clinician_and_lets_the_administrator_through(reaching, therapist, admin_api, model_server):
    before = len(model_server.received())
    answers = {}
    for route in (r for r in reaching if verdict(r["path"]) == "closed"):
        for method in (m for m in route["methods"] if m not in ("HEAD", "WEBSOCKET")):
            try:
                response = therapist._http.request(method, concrete(route["path"]), json=None if method == "GET" else BODY)
                answers[f"{method} {route['path']}"] = (response.status_code, detail(response))
            except httpx.HTTPError as exc:  # an open route may answer in ways a refusal never does
                answers[f"{method} {route['path']}"] = ("no answer", type(exc).__name__)
    assert len(answers) > 40
    assert {call: answer for call, answer in answers.items() if answer != (403, CLOSED_MESSAGE)} == {}
    assert model_server.received()[before:] == []
    assert admin_api._http.get("/openai/config").status_code == 200


def test_every_guarded_route_answers_a_clinician_through_the_guardrails(reaching, therapist, model_server):
    before = len(model_server.received())
    guarded = [r["path"] for r in reaching if verdict(r["path"]) == "guardrails"]
    for path in guarded:
        if path.endswith("/chat/completions"):
            chat = {"model": PRESET, "stream": True, "messages": [{"role": "user", "content": TRANSCRIPT}]}
            assert streamed_text(therapist, path, chat).strip() == TRANSCRIPT_REPLY.strip(), path
        else:
            # A tool call is resumed only in the caller's own chat, through the chat pipeline (Open WebUI answers 401
            # for a chat that is not the caller's).
            resolved = therapist._http.post(concrete(path), json={"call_id": "not-a-call", "action": "reject"})
            assert resolved.status_code in (401, 403, 404), path
    assert len(guarded) == 3
    assert model_server.received()[before:] == []


def test_a_clinician_reaches_the_preset_as_before(therapist, model_server):
    marker = model_server.script("route-check", '{"data": "Client met the Critic.", "assessment": "Unblending.", "plan": "Continue."}')
    text = stream_chat(therapist, {"model": PRESET, "messages": [{"role": "user", "content": f"{marker}\nClient met the Critic."}]})
    assert text.startswith("DATA:")
