"""
title: Therapy Pack Retention
author: therapy-notes-pack
version: 0.1.0
license: MIT
required_open_webui_version: 0.12.0
global: true
description: Keeps out of storage what the pack promises not to keep. A dictation's audio and its transcript are deleted as soon as the words are in the message box, and audio read aloud is not cached. A session transcript the pack refused is removed from the stored chat, in the database and on the page, and the chat says so.
"""

# Uploaded to Open WebUI as source text: standard library and pydantic only (Open WebUI's
# own modules are imported where they are used).
#
# Open WebUI keeps every dictation in <data>/cache/audio/transcriptions/<id>.<ext> with its
# transcript <id>.json, and every answer read aloud in <data>/cache/audio/speech, for ever.
# Loading this module (Open WebUI loads every active Function when the page lists its models,
# before the microphone can be used) wraps Open WebUI's transcription so that each dictation's
# files are deleted once its text is returned; each request also clears anything older than
# a few minutes that a crash or an earlier version left behind.

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, Field

# Set by the guardrails' inlet when the clinician's last message is a session transcript it refused.
FORGET_MESSAGE_KEY = "therapy_pack_forget_message"
FORGOTTEN_FLAG = "therapy_pack_forgotten"
FORGOTTEN_TRANSCRIPT = (
    "(Removed by the therapy notes pack: this message read as a transcript of a session, and the pack keeps no "
    "session transcripts. It is not stored in this chat. The answer below says what to write instead.)"
)
AUDIO_MODULE = "open_webui.routers.audio"
# Audio folders under Open WebUI's cache; the files in them carry client words (audio, or text as JSON).
AUDIO_FOLDERS = ("audio/transcriptions", "audio/speech")
# Leftovers older than this are cleared on each request: longer than any dictation takes to transcribe.
LEFTOVER_AGE_S = 600


def forget_dictation(audio_file: Path) -> None:
    """Delete a dictation's audio and everything Open WebUI made from it (transcript, converted audio, chunks):
    all are named by the dictation's random id."""
    for made in audio_file.parent.glob(f"{audio_file.stem}*"):
        made.unlink(missing_ok=True)


def clear_leftovers(cache_dir: Path, older_than_s: float = LEFTOVER_AGE_S, now: Optional[float] = None) -> int:
    """Delete audio files and transcripts older than ``older_than_s``; returns how many."""
    now = time.time() if now is None else now
    cleared = 0
    for folder in AUDIO_FOLDERS:
        for entry in (cache_dir / folder).glob("*"):
            try:
                if entry.is_file() and now - entry.stat().st_mtime > older_than_s:
                    entry.unlink()
                    cleared += 1
            except FileNotFoundError:  # deleted meanwhile by its own dictation
                continue
    return cleared


def forget_dictations(audio_module) -> None:
    """Wrap the audio module's ``transcribe`` so that each dictation is deleted once it is transcribed (or fails).
    The route looks ``transcribe`` up in its module at each call, so the wrapper holds from the next dictation."""
    transcribe = audio_module.transcribe
    if getattr(transcribe, "forgets_dictations", False):
        return

    async def transcribe_then_forget(request, file_path, metadata=None, user=None):
        try:
            return await transcribe(request, file_path, metadata, user)
        finally:
            forget_dictation(Path(file_path))
            _clear_cache_leftovers()

    transcribe_then_forget.forgets_dictations = True
    audio_module.transcribe = transcribe_then_forget


def _open_webui_cache() -> Optional[Path]:
    config = sys.modules.get("open_webui.config")
    return Path(config.CACHE_DIR) if config is not None else None


def _clear_cache_leftovers() -> None:
    cache = _open_webui_cache()
    if cache is not None:
        clear_leftovers(cache)


def _wrap_transcription() -> None:
    if AUDIO_MODULE in sys.modules:  # inside Open WebUI; a unit test imports this file without it
        forget_dictations(sys.modules[AUDIO_MODULE])


def forgotten_ids(stored_messages: dict) -> dict[str, str]:
    """The stored messages the pack removed, by id, with what stands in their place."""
    return {mid: m.get("content") or FORGOTTEN_TRANSCRIPT for mid, m in (stored_messages or {}).items()
            if isinstance(m, dict) and m.get(FORGOTTEN_FLAG)}


def with_forgotten_replaced(messages: list[dict], forgotten: dict[str, str]) -> list[dict]:
    """The page's messages with each removed one replaced. ``originalContent`` too: the page keeps the text an
    outlet replaced there, and saves it with the chat."""
    return [{**m, "content": forgotten[m["id"]], "originalContent": forgotten[m["id"]]}
            if isinstance(m, dict) and m.get("id") in forgotten else m for m in messages]


def without_message(listed: list, message_id: str, content) -> list:
    """The chat's flat list of messages (Open WebUI keeps one beside the history) with the refused one replaced,
    found by its id or, where the list carries no ids, by its text."""
    return [{**m, "content": FORGOTTEN_TRANSCRIPT}
            if isinstance(m, dict) and m.get("role") == "user" and (m.get("id") == message_id or m.get("content") == content)
            else m for m in listed]


class Filter:
    class Valves(BaseModel):
        priority: int = Field(default=30, description="Runs after the guardrails, which decide what is refused.")

    def __init__(self):
        self.valves = self.Valves()
        _wrap_transcription()
        _clear_cache_leftovers()

    async def inlet(self, body: dict, __metadata__: Optional[dict] = None) -> dict:
        _wrap_transcription()
        _clear_cache_leftovers()
        metadata = __metadata__ or body.get("metadata") or {}
        if metadata.get(FORGET_MESSAGE_KEY):
            await self._forget_stored_message(metadata, body)
        return body

    async def _forget_stored_message(self, metadata: dict, body: dict) -> None:
        """Replace the refused transcript in the stored chat (its history, its message row and the chat's flat
        list of messages) before anything else is saved; the refusal itself is stored as usual."""
        from open_webui.models.chats import Chats

        chat_id, message_id = metadata.get("chat_id"), metadata.get("user_message_id")
        if not chat_id or not message_id or str(chat_id).startswith("local:"):
            return
        await Chats.upsert_message_to_chat_by_id_and_message_id(
            chat_id, message_id, {"content": FORGOTTEN_TRANSCRIPT, FORGOTTEN_FLAG: True})
        users = [m for m in body.get("messages") or [] if isinstance(m, dict) and m.get("role") == "user"]
        chat = await Chats.get_chat_by_id(chat_id)
        listed = ((chat.chat if chat else None) or {}).get("messages")
        if users and isinstance(listed, list):
            cleaned = without_message(listed, message_id, users[-1].get("content"))
            if cleaned != listed:
                await Chats.update_chat_by_id(chat_id, {"messages": cleaned}, touch=False)

    async def outlet(self, body: dict) -> dict:
        """The page still holds the transcript it sent and saves it with the chat: give it the replacement."""
        chat_id = body.get("chat_id")
        if not chat_id or str(chat_id).startswith("local:"):
            return body
        from open_webui.models.chats import Chats

        chat = await Chats.get_chat_by_id(chat_id)
        forgotten = forgotten_ids(((chat.chat if chat else None) or {}).get("history", {}).get("messages", {}))
        if forgotten:
            body["messages"] = with_forgotten_replaced(body.get("messages") or [], forgotten)
        return body
