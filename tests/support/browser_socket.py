"""A signed-in page's socket to Open WebUI: the pack's confirmation dialogs reach it, and it clicks as told.

Open WebUI asks a tool's ``__event_call__`` question of the browser tab that sent the
message (its socket session); a chat sent with this session's id gets its dialogs here.
"""

from __future__ import annotations

import threading

import socketio


class BrowserSocket:
    def __init__(self, url: str, token: str, answer: bool = True):
        self.answer, self.asked = answer, []
        self.answer_streaming = threading.Event()  # set once an answer's text starts to arrive on this page
        self._sio = socketio.Client(reconnection=False)
        self._sio.on("events", self._event)
        self._sio.connect(url, socketio_path="/ws/socket.io", auth={"token": token}, transports=["websocket"], wait_timeout=10)

    def _event(self, event: dict):
        data = (event or {}).get("data") or {}
        answer = data.get("data") or {} if data.get("type") == "chat:completion" else {}
        if answer.get("content") or answer.get("output") or any((c.get("delta") or {}).get("content") for c in answer.get("choices") or []):
            self.answer_streaming.set()
        if data.get("type") == "confirmation":
            self.asked.append(event["data"]["data"])
            return self.answer  # the clinician's click: "Confirm" (True) or "Cancel" (False)
        return None

    @property
    def session_id(self) -> str:
        return self._sio.get_sid()

    def close(self) -> None:
        self._sio.disconnect()
