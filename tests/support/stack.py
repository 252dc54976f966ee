"""What the end-to-end tests share: the admin account the fixtures create, the recording model server,
and a streamed chat as the clinician sees it. The fixtures themselves are in tests/e2e/conftest.py."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from therapy_pack.recording_engine import chat_requests, recorded
from therapy_pack.local_stack import Service
from therapy_pack.openwebui_api import OpenWebUI

ADMIN = {"name": "Dr Test Admin", "email": "admin@practice.test", "password": "correct horse battery staple"}


@dataclass
class ModelServer:
    service: Service
    record: Path
    scripts: Path

    def script(self, name: str, draft: str) -> str:
        """Make the server answer a message containing the returned marker with exactly ``draft``."""
        (self.scripts / f"{name}.txt").write_text(draft, encoding="utf-8")
        return f"SCRIPTED_DRAFT:{name}"

    def script_tools(self, name: str, tool_calls: list[dict], reply: str) -> str:
        """Make the server choose ``tool_calls`` for a message containing the returned marker, then say ``reply``."""
        (self.scripts / f"{name}.json").write_text(json.dumps({"tool_calls": tool_calls, "reply": reply}), encoding="utf-8")
        return f"SCRIPTED_TOOLS:{name}"

    @property
    def url(self) -> str:
        return self.service.url

    def received(self) -> list[dict]:
        """Every request the model server has received so far, oldest first."""
        return recorded(self.record)


def stream_chat(api: OpenWebUI, body: dict) -> str:
    """Send a streamed chat completion and return the text the clinician would see."""
    return "".join(
        (choice.get("delta") or {}).get("content") or ""
        for event in api.stream_chat(body)
        for choice in event.get("choices") or []
    )


def chat_requests_since(model_server: ModelServer, before: int) -> list[dict]:
    return chat_requests(model_server.record, before)
