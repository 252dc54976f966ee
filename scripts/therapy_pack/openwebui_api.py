"""A thin client for the parts of Open WebUI's REST API the pack uses.

Only HTTP lives here; what to install is decided in pack_installer.py. Every failure
becomes an OpenWebUIError whose message says what happened and what to do.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any, Iterator

import httpx

from therapy_pack.plain_words import cause


class OpenWebUIError(Exception):
    """Open WebUI could not be reached or refused a request; the message is for a person."""

    def __init__(self, message: str, status: int | None = None, detail: str = ""):
        super().__init__(message)
        self.status = status
        self.detail = detail


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:500]
    if isinstance(body, dict) and "detail" in body:
        detail = body["detail"]
        return detail if isinstance(detail, str) else str(detail)
    return str(body)[:500]


class OpenWebUI:
    def __init__(self, base_url: str, token: str | None = None, timeout: float = 120.0):
        self.base_url = base_url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout, trust_env=False)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "OpenWebUI":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------- plumbing

    def request(self, method: str, path: str, json: Any = None, params: dict | None = None, ok_missing: bool = False,
                files: dict | None = None) -> Any:
        try:
            response = self._http.request(method, path, json=json, params=params, files=files)
        except httpx.TimeoutException:
            raise OpenWebUIError(
                f"Open WebUI at {self.base_url} did not answer in time ({method} {path}). "
                "It may still be starting: wait a minute and run the command again."
            ) from None
        except httpx.TransportError as exc:
            raise OpenWebUIError(
                f"Could not reach Open WebUI at {self.base_url} ({cause(exc)}). "
                "Check that it is running and that the address is right."
            ) from None
        # Several Open WebUI routes answer 401 or 404 for an id that does not exist.
        if ok_missing and response.status_code in (401, 404):
            return None
        if response.status_code >= 400:
            detail = _detail(response)
            if response.status_code in (401, 403) and path.startswith("/api/v1/auths/signin"):
                message = "Open WebUI refused the sign-in: check the admin e-mail and password."
            elif response.status_code in (401, 403):
                message = f"Open WebUI refused {method} {path}: {detail or 'not allowed'}. Sign in with an admin account."
            else:
                message = f"Open WebUI rejected {method} {path} ({response.status_code}): {detail}"
            raise OpenWebUIError(message, response.status_code, detail)
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            return response.text

    def get(self, path: str, **kw: Any) -> Any:
        return self.request("GET", path, **kw)

    def post(self, path: str, json: Any = None, **kw: Any) -> Any:
        return self.request("POST", path, json=json, **kw)

    def upload_file(self, name: str, data: bytes) -> dict:
        """Upload a file as the chat's paperclip does, and wait until Open WebUI has extracted its text."""
        return self.request("POST", "/api/v1/files/", files={"file": (name, data, "text/plain")},
                            params={"process": "true", "process_in_background": "false"})

    # ----------------------------------------------------------------- auth

    @property
    def token(self) -> str:
        return self._http.headers.get("Authorization", "").removeprefix("Bearer ")

    def use_token(self, token: str) -> None:
        self._http.headers["Authorization"] = f"Bearer {token}"

    def sign_in(self, email: str, password: str) -> dict:
        user = self.post("/api/v1/auths/signin", {"email": email, "password": password})
        self.use_token(user["token"])
        return user

    def sign_up(self, name: str, email: str, password: str) -> dict:
        """Sign up; on a fresh instance the first account becomes the admin."""
        user = self.post("/api/v1/auths/signup", {"name": name, "email": email, "password": password})
        self.use_token(user["token"])
        return user

    # ------------------------------------------------- functions and tools
    # kind is "functions" or "tools": Open WebUI serves both from the same routes under their own prefix.

    def get_module(self, kind: str, item_id: str) -> dict | None:
        return self.get(f"/api/v1/{kind}/id/{item_id}", ok_missing=True)

    def create_module(self, kind: str, form: dict) -> dict:
        return self.post(f"/api/v1/{kind}/create", form)

    def update_module(self, kind: str, item_id: str, form: dict) -> dict:
        return self.post(f"/api/v1/{kind}/id/{item_id}/update", form)

    def toggle_function(self, function_id: str) -> dict:
        return self.post(f"/api/v1/functions/id/{function_id}/toggle")

    def toggle_function_global(self, function_id: str) -> dict:
        return self.post(f"/api/v1/functions/id/{function_id}/toggle/global")

    # An update replaces every valve, so send them all.
    def get_valves(self, kind: str, item_id: str) -> dict:
        return self.get(f"/api/v1/{kind}/id/{item_id}/valves") or {}

    def get_valves_spec(self, kind: str, item_id: str) -> dict:
        return self.get(f"/api/v1/{kind}/id/{item_id}/valves/spec") or {}

    def update_valves(self, kind: str, item_id: str, valves: dict) -> dict:
        return self.post(f"/api/v1/{kind}/id/{item_id}/valves/update", valves)

    def share_tool(self, tool_id: str, grants: list[dict]) -> dict:
        return self.post(f"/api/v1/tools/id/{tool_id}/access/update", {"access_grants": grants})

    # --------------------------------------------------------------- models

    def get_model(self, model_id: str) -> dict | None:
        return self.get("/api/v1/models/model", params={"id": model_id}, ok_missing=True)

    def create_model(self, form: dict) -> dict:
        return self.post("/api/v1/models/create", form)

    def update_model(self, form: dict) -> dict:
        return self.post("/api/v1/models/model/update", form)

    def available_models(self) -> list[dict]:
        """GET /api/models: also refreshes Open WebUI's model cache, so new presets work at once."""
        return (self.get("/api/models") or {}).get("data", [])

    # -------------------------------------------------------------- prompts

    def list_prompts(self) -> list[dict]:
        return self.get("/api/v1/prompts/") or []

    def create_prompt(self, form: dict) -> dict:
        return self.post("/api/v1/prompts/create", form)

    def update_prompt(self, prompt_id: str, form: dict) -> dict:
        return self.post(f"/api/v1/prompts/id/{prompt_id}/update", form)

    # ----------------------------------------------------------------- chat

    def stream_chat(self, body: dict) -> Iterator[dict]:
        """Yield the events of a streamed chat completion, as the browser receives them."""
        try:
            with self._http.stream("POST", "/api/chat/completions", json={**body, "stream": True}) as response:
                if response.status_code >= 400:
                    response.read()
                    raise OpenWebUIError(f"Open WebUI rejected the chat request ({response.status_code}): {_detail(response)}",
                                         response.status_code, _detail(response))
                for line in response.iter_lines():
                    payload = line.removeprefix("data:").strip()
                    if line.startswith("data:") and payload and payload != "[DONE]":
                        yield json.loads(payload)
        except httpx.TransportError as exc:
            raise OpenWebUIError(f"The connection to Open WebUI at {self.base_url} broke during a chat ({cause(exc)}).") from None

    def chat_as_browser(self, model: str, messages: list[dict], tool_ids: list[str], chat_id: str = "",
                        parent_id: str | None = None, session_id: str = "", timeout: float = 120, **extra: Any) -> tuple[str, str, str]:
        """One turn as Open WebUI's page sends it: a saved chat, the model's tools, and the background tasks the
        page asks for (titles, tags, follow-ups). With the page's socket ``session_id`` the answer (and any dialog)
        goes to that socket, as in the browser. Returns (chat id, reply id, the reply as stored once done)."""
        user_id, reply_id = str(uuid.uuid4()), str(uuid.uuid4())
        body = {"model": model, "messages": messages, "tool_ids": tool_ids, "id": reply_id, "parent_id": parent_id,
                "user_message": {"id": user_id, "role": "user", "content": messages[-1]["content"], "parentId": parent_id, "childrenIds": []},
                "background_tasks": {"title_generation": True, "tags_generation": True, "follow_up_generation": True},
                **({"chat_id": chat_id} if chat_id else {}), **({"session_id": session_id} if session_id else {}), **extra}
        for _ in self.stream_chat(body):
            pass
        deadline = time.monotonic() + timeout
        while True:
            if not chat_id:  # a new chat: Open WebUI made it
                chat_id = next((c["id"] for c in self.get("/api/v1/chats/")
                                if reply_id in self.get(f"/api/v1/chats/{c['id']}")["chat"]["history"]["messages"]), "")
            stored = self.get(f"/api/v1/chats/{chat_id}")["chat"]["history"]["messages"].get(reply_id, {}) if chat_id else {}
            if stored.get("done"):
                return chat_id, reply_id, stored.get("content", "")
            if time.monotonic() > deadline:
                raise OpenWebUIError(f"No finished answer to the chat message after {timeout:.0f} s.")
            time.sleep(0.2)

    # -------------------------------------------------------------- backends

    def set_openai_connection(self, base_url: str, api_key: str = "local") -> dict:
        return self.post(
            "/openai/config/update",
            {
                "ENABLE_OPENAI_API": True,
                "OPENAI_API_BASE_URLS": [base_url],
                "OPENAI_API_KEYS": [api_key],
                "OPENAI_API_CONFIGS": {"0": {"enable": True, "prefix_id": "", "model_ids": []}},
            },
        )
