"""What the chat holds, read before anything reaches the model.

No way around the checks: every user turn of the chat and the text of every
attached file is checked before anything reaches the model, not only the last
message; a non-streamed request gets a reply that says to use the chat, because
Open WebUI returns a non-streamed answer to the caller before any filter sees it.
"""

from __future__ import annotations

from typing import Optional

from .text import _blank
from .transcripts import find_transcript
from .requests import find_diagnosis_requests
from .replies import (
    DIAGNOSIS_REPLY, EARLIER_TRANSCRIPT_REPLY, FILE_TRANSCRIPT_REPLY, PROMPT_SETTINGS_REPLY, TRANSCRIPT_REPLY,
)
from .contract import CLINICIAN_PROMPT_KEY


def _message_text(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return content if isinstance(content, str) else ""


def _user_texts(messages: list[dict]) -> list[str]:
    return [_message_text(m) for m in messages if isinstance(m, dict) and m.get("role") == "user"]


async def _file_texts(files: list, user: Optional[dict]) -> list[str]:
    """The extracted text of each attached file, as Open WebUI stored it, of the files this user may read."""
    texts = []
    for item in files or []:
        if not isinstance(item, dict):
            continue
        file = item.get("file") if isinstance(item.get("file"), dict) else {}
        content = (file.get("data") or {}).get("content") if isinstance(file.get("data"), dict) else None
        if not content and item.get("id") and item.get("type", "file") == "file":
            content = await _stored_file_text(str(item["id"]), user)
        if isinstance(content, str) and content.strip():
            texts.append(content)
    return texts


async def _stored_file_text(file_id: str, user: Optional[dict]) -> str:
    """A stored file's text when Open WebUI's own rule lets this user read it (theirs, shared with them, or an
    administrator's request). Any other file reads as absent, exactly like a missing one: the reply must not
    tell a clinician that another clinician's file exists, let alone what it holds."""
    try:
        from open_webui.models.files import Files
        from open_webui.models.users import Users
        from open_webui.utils.access_control.files import has_access_to_file
    except ImportError:  # outside Open WebUI (unit tests): nothing stored to read
        return ""
    stored = await Files.get_file_by_id(file_id)
    reader = await Users.get_user_by_id(str((user or {}).get("id") or ""))
    if not stored or reader is None:
        return ""
    if not (stored.user_id == reader.id or reader.role == "admin" or await has_access_to_file(file_id, "read", reader)):
        return ""
    return (stored.data or {}).get("content") or ""


def refusal_for(user_texts: list[str], file_texts: list[str], prompt: Optional[dict] = None) -> Optional[str]:
    """The pack's own answer when the chat holds what must not reach the model, else None. ``prompt``: what the
    clinician set that goes into the system prompt (prompt_texts_to_check)."""
    *earlier, last = user_texts or [""]
    if find_transcript(last, "request"):
        return TRANSCRIPT_REPLY
    if find_diagnosis_requests(last, "request", "\n".join(earlier)):
        return DIAGNOSIS_REPLY
    if any(find_transcript(text, "request") for text in earlier):
        return EARLIER_TRANSCRIPT_REPLY
    if any(find_transcript(text, "bullets") for text in file_texts):
        return FILE_TRANSCRIPT_REPLY
    if any(find_diagnosis_requests(text, "bullets") for text in file_texts):
        return DIAGNOSIS_REPLY
    instructions, examples = (prompt or {}).get("instructions") or [], (prompt or {}).get("examples") or []
    if (any(find_transcript(text, "bullets") for text in instructions + examples)
            or any(find_diagnosis_requests(text, "bullets", instructions=True) for text in instructions)
            or any(find_diagnosis_requests(text, "bullets") for text in examples)):
        return PROMPT_SETTINGS_REPLY
    return None


def prompt_texts_to_check(messages: list[dict], metadata: dict) -> dict:
    """What the clinician controls in the system prompt: "instructions" (said to the model) and "examples" (a note
    of theirs to imitate, where a diagnosis they documented is no request). The note filter lists them for a
    preset, without the pack's own prompt; anywhere else every system message is someone's own instruction.
    Open WebUI builds the metadata itself, so a caller cannot set the list. A system prompt sent as the request's
    params.system (which Open WebUI puts back before the rest when a tool call is answered) is read from there."""
    listed = metadata.get(CLINICIAN_PROMPT_KEY)
    if isinstance(listed, dict):
        found = {kind: [t for t in listed.get(kind) or [] if isinstance(t, str)] for kind in ("instructions", "examples")}
    else:
        found = {"instructions": [_message_text(m) for m in messages if isinstance(m, dict) and m.get("role") == "system"], "examples": []}
    sent = (((metadata.get("chat_context") or {}).get("params") or {}).get("system"))
    if isinstance(sent, str) and sent.strip():
        found["instructions"].append(sent)
    return found


def without_earlier_requests(messages: list[dict]) -> None:
    """Blank the sentences of earlier turns that asked for a diagnosis: the pack declined them, so the model never reads them."""
    users = [m for m in messages if isinstance(m, dict) and m.get("role") == "user"]
    for message in users[:-1]:
        content = message.get("content")
        if isinstance(content, str):
            message["content"] = _without_declined(content)
        elif isinstance(content, list):
            for part in content:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    part["text"] = _without_declined(part["text"])


def _without_declined(text: str) -> str:
    asked = find_diagnosis_requests(text)
    return (_blank(text, [(f.start, f.end) for f in asked]).strip() or "(request declined by the pack)") if asked else text
