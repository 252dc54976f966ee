"""Open WebUI, started so that a clinician reaches a model only through the pack's guardrails.

The guardrails are a global filter: Open WebUI runs them in its chat pipeline (/api/chat/completions and
what calls it), and nowhere else. Open WebUI 0.12 also has routes that send text to a model without that
pipeline: its pass-through to each connection (/ollama/..., /openai/...), its task routes (/api/v1/tasks/
.../completions: moa, emoji, image prompt, titles...), the Anthropic-style /api/message, /api/embeddings,
and a chat's compaction. Some of them no setting turns off (moa, emoji, image prompt, the pass-through).

How they are closed. Open WebUI is started through this module (``python -m therapy_pack.model_routes
--host H --port P``, or this file run as a script), which imports Open WebUI's own app and puts one check
in front of it: a request to a route in CLOSED_TO_CLINICIANS is refused with 403 unless its token is an
administrator's. The route is found by Open WebUI's own route table (the same matching Starlette uses to
dispatch it), so no spelling of a path slips past. Why this and not a patch applied by the pack's Function
when it loads: Open WebUI loads Functions lazily, on the first chat, so routes would be open from every
start until then; this check holds from the first request, and nothing in Open WebUI's code is changed.
Where Open WebUI has its own switch (title, tags, follow-up, query and autocomplete tasks, memories, image
generation, message rating), the hardened settings turn it off as well (hardening.py), so a practice that starts
Open WebUI otherwise still keeps those closed.

ROUTES is the one list: every route of Open WebUI that can reach a model (tests/unit/test_model_routes.py
reads Open WebUI's route table and its code, and fails on a route that reaches a model and is not here), and
the rating route, which keeps a copy of the chat for the administrator; with how each is handled for a clinician:

- "guardrails": it reaches the model only through Open WebUI's chat pipeline, where the guardrails run.
- "closed": refused for non-administrators here (a key that ends in "/" closes every route under it).
- "embeds": the text goes to the embedding model, which turns it into numbers for search; nothing a model
  writes comes back to anyone, so there is nothing for the guardrails to check.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if __name__ == "__main__":
    # Run as a file, Python puts this folder first on the path, where pack modules would shadow packages of the
    # same name that Open WebUI imports; the folder above it holds the therapy_pack package instead.
    sys.path[0] = str(Path(__file__).resolve().parent.parent)

ROUTES: dict[str, str] = {
    # The chat pipeline, with every global filter.
    "/api/chat/completions": "guardrails",
    "/api/v1/chat/completions": "guardrails",
    "/api/v1/chats/{id}/messages/{message_id}/resolve": "guardrails",  # resumes a tool call through the chat pipeline
    # Open WebUI's pass-through to each connection: the raw engine, no filters.
    "/ollama/": "closed",
    "/openai/": "closed",
    # Each task sends the text it is given to the task model, no filters (moa, emoji and image prompt have no switch).
    "/api/v1/tasks/title/completions": "closed",
    "/api/v1/tasks/follow_up/completions": "closed",
    "/api/v1/tasks/tags/completions": "closed",
    "/api/v1/tasks/image_prompt/completions": "closed",
    "/api/v1/tasks/queries/completions": "closed",
    "/api/v1/tasks/auto/completions": "closed",
    "/api/v1/tasks/emoji/completions": "closed",
    "/api/v1/tasks/moa/completions": "closed",
    "/api/v1/chats/{id}/compact": "closed",  # the whole chat to a model for a summary
    "/api/message": "closed",  # Anthropic-style messages, sent straight to a connection
    "/api/v1/messages": "closed",
    "/api/message/count_tokens": "closed",
    "/api/v1/messages/count_tokens": "closed",
    "/api/embeddings": "closed",  # any text to the engine, its vectors back
    "/api/v1/embeddings": "closed",
    "/api/v1/images/": "closed",  # a prompt to the image model (image generation is off in the pack, hardening.py)
    "/api/v1/channels/{id}/messages/post": "closed",  # a model named in a channel answers; the pack uses no channels
    "/api/v1/automations/{id}/run": "closed",  # a stored prompt run on a schedule
    # Rating a draft stores a snapshot of the whole chat, which the administrator's feedback export returns.
    "/api/v1/evaluations/feedback": "closed",
    "/api/v1/evaluations/feedback/{id}": "closed",
    # Embeddings for search.
    "/api/v1/retrieval/query/doc": "embeds",
    "/api/v1/retrieval/query/collection": "embeds",
    "/api/v1/retrieval/embedding/update": "embeds",  # the administrator's check of a new embedding model
    "/api/v1/evaluations/leaderboard": "embeds",
    "/api/v1/knowledge/": "embeds",  # a knowledge base's name and description, for finding it
    "/api/v1/memories/": "embeds",  # memories are off in the pack (hardening.py)
    "/api/v1/files/": "embeds",  # an attached file's text, for the chat to search; the guardrails read the file
    "/api/v1/retrieval/process/": "embeds",
    "/api/v1/models/import": "embeds",  # a model's picture, stored as a file (administrators only: hardening.py)
    "/api/chat/actions/{action_id}": "embeds",  # a picture an action returns, stored as a file
}

CLOSED_MESSAGE = ("This part of Open WebUI is closed for clinicians in this practice: it would send text to the model "
                  "without the pack's checks. Please write in the chat with one of the pack's presets.")


def verdict(path: str) -> str | None:
    """How a route (its path as Open WebUI declares it) is handled for a clinician, or None when it is not listed."""
    if path in ROUTES:
        return ROUTES[path]
    under = [key for key in ROUTES if key.endswith("/") and path.startswith(key)]
    return ROUTES[max(under, key=len)] if under else None


async def _is_admin(scope) -> bool:
    """Whether the request carries an administrator's session or key, read where Open WebUI reads it (the
    Authorization header, then the token cookie, then its API-key header). Anything unreadable is not."""
    from starlette.requests import HTTPConnection

    from open_webui.env import CUSTOM_API_KEY_HEADER
    from open_webui.models.users import Users
    from open_webui.utils.auth import decode_token, get_http_authorization_cred

    connection = HTTPConnection(scope)
    credentials = get_http_authorization_cred(connection.headers.get("Authorization"))
    token = credentials.credentials if credentials else connection.cookies.get("token") or connection.headers.get(CUSTOM_API_KEY_HEADER)
    if not token:
        return False
    try:
        if token.startswith("sk-"):
            user = await Users.get_user_by_api_key(token)
        else:
            decoded = decode_token(token) or {}
            user = await Users.get_user_by_id(decoded["id"]) if decoded.get("id") else None
    except Exception:  # a database that does not answer: refuse rather than guess
        return False
    return getattr(user, "role", None) == "admin"


class ClosedToClinicians:
    """ASGI: a request to a closed route goes on to Open WebUI only with an administrator's token."""

    def __init__(self, app):
        from starlette.routing import BaseRoute

        self.app = app
        self.closed = [r for r in app.routes if isinstance(r, BaseRoute) and verdict(getattr(r, "path", "")) == "closed"]

    async def __call__(self, scope, receive, send):
        if scope["type"] in ("http", "websocket") and self._closed(scope) and not await _is_admin(scope):
            await self._refuse(scope, send)
            return
        await self.app(scope, receive, send)

    def _closed(self, scope) -> bool:
        from starlette.routing import Match

        return any(route.matches(scope)[0] != Match.NONE for route in self.closed)

    @staticmethod
    async def _refuse(scope, send) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        from starlette.responses import JSONResponse

        await JSONResponse({"detail": CLOSED_MESSAGE}, status_code=403)(scope, None, send)


def guarded_app():
    # Open WebUI finds its web pages this way when `open-webui serve` starts it.
    os.environ.setdefault("FROM_INIT_PY", "true")
    from open_webui.main import app as open_webui_app

    return ClosedToClinicians(open_webui_app)


def __getattr__(name: str):
    # uvicorn imports "therapy_pack.model_routes:app" in each worker; Open WebUI is imported only then.
    if name == "app":
        globals()["app"] = guarded_app()
        return globals()["app"]
    raise AttributeError(name)


def serve(host: str, port: int) -> None:
    """What `open-webui serve` does, with the closed routes in front of Open WebUI's app."""
    if not os.environ.get("WEBUI_SECRET_KEY"):
        raise SystemExit("WEBUI_SECRET_KEY is not set: Open WebUI needs it to sign sessions (provisioning sets it).")
    os.environ.setdefault("FROM_INIT_PY", "true")
    import uvicorn

    from open_webui.env import UVICORN_WORKERS, UVICORN_WS_PER_MESSAGE_DEFLATE

    uvicorn.run("therapy_pack.model_routes:app", host=host, port=port, forwarded_allow_ips=os.getenv("FORWARDED_ALLOW_IPS", "*"),
                workers=UVICORN_WORKERS, ws_per_message_deflate=UVICORN_WS_PER_MESSAGE_DEFLATE,
                loop="none" if sys.platform == "win32" else "auto")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    arguments = parser.parse_args()
    serve(arguments.host, arguments.port)
