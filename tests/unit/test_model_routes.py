"""Every route of the installed Open WebUI that can reach a model is classified in therapy_pack.model_routes, and
the classification is what the pack enforces: read from Open WebUI's own route table and code, so a route a
later Open WebUI adds fails here until it is classified. (That a clinician is refused on each closed route, and
checked on each guarded one, is tests/e2e/test_model_routes.py.)"""

from __future__ import annotations

import pytest

from support.model_reach import route_table
from therapy_pack.model_routes import ROUTES, verdict


@pytest.fixture(scope="module")
def table(tmp_path_factory) -> dict:
    return route_table(tmp_path_factory.mktemp("model-routes"))


def test_every_route_that_reaches_a_model_is_classified(table):
    reaching = [r for r in table["routes"] if r["reaches"]]
    assert len(reaching) > 50  # the walk sees Open WebUI's chat, tasks and pass-through
    assert {"/api/chat/completions", "/api/v1/tasks/moa/completions", "/openai/chat/completions", "/ollama/api/generate",
            "/api/v1/chats/{id}/compact"} <= {r["path"] for r in reaching if "writes" in r["reaches"]}
    assert any(r["methods"] == ["SOCKET"] for r in table["routes"])  # and the socket's events
    unclassified = [(r["path"], r["chains"]) for r in reaching if verdict(r["path"]) is None]
    assert unclassified == [], "classify these in therapy_pack/model_routes.py ROUTES"


def test_a_route_where_a_model_writes_is_either_guarded_or_closed(table):
    writing = {r["path"]: verdict(r["path"]) for r in table["routes"] if "writes" in r["reaches"]}
    assert {path for path, how in writing.items() if how not in ("guardrails", "closed")} == set()
    assert {path for path, how in writing.items() if how == "guardrails"} == {
        "/api/chat/completions", "/api/v1/chat/completions", "/api/v1/chats/{id}/messages/{message_id}/resolve"}


def test_the_guardrails_verdict_is_given_only_to_routes_that_run_the_chat_pipeline(table):
    pipeline = {r["path"] for r in table["routes"] if any(c.startswith("main.chat_completion") for c in r["chains"])}
    assert {path for path, how in ROUTES.items() if how == "guardrails"} <= pipeline


def test_every_listed_route_is_one_open_webui_has(table):
    paths = [r["path"] for r in table["routes"]]
    assert [key for key in ROUTES if not any(p == key or (key.endswith("/") and p.startswith(key)) for p in paths)] == []


def test_the_wrapper_closes_exactly_the_routes_listed_as_closed(table):
    closed = {r["path"] for r in table["routes"] if verdict(r["path"]) == "closed"}
    assert set(table["closed"]) == closed
    assert {"/api/v1/tasks/moa/completions", "/openai/chat/completions", "/ollama/api/chat", "/api/v1/evaluations/feedback"} <= closed


def test_the_wrapper_refuses_a_closed_route_to_anyone_but_an_administrator(monkeypatch):
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    import therapy_pack.model_routes as model_routes

    def reached(request):
        return PlainTextResponse("reached the model")

    open_webui = Starlette(routes=[Route(path, reached, methods=["GET", "POST"]) for path in
                                   ("/openai/{path:path}", "/api/v1/tasks/moa/completions", "/api/chat/completions")])
    admin = False

    async def is_admin(scope):
        return admin

    monkeypatch.setattr(model_routes, "_is_admin", is_admin)
    client = TestClient(model_routes.ClosedToClinicians(open_webui))
    for path in ("/openai/chat/completions", "/openai/v1/completions", "/api/v1/tasks/moa/completions"):
        refused = client.post(path, json={})
        assert (refused.status_code, refused.json()) == (403, {"detail": model_routes.CLOSED_MESSAGE}), path
    assert client.post("/api/chat/completions", json={}).text == "reached the model"  # guarded by the chat pipeline
    admin = True
    assert client.post("/openai/chat/completions", json={}).text == "reached the model"
