"""What the pack promises not to keep, looked for where Open WebUI keeps things: a refused session transcript is
gone from the stored chat and from the page's copy that the page saves, while the refusal stays."""

from __future__ import annotations

import sqlite3

import pytest

from clinical_guardrails import TRANSCRIPT_REPLY
from retention import FORGOTTEN_TRANSCRIPT

pytestmark = pytest.mark.e2e

PRESET = "session-note-ifs"
# Lines no note, prompt or setting of the pack contains: found anywhere, they came from this transcript.
TRANSCRIPT = (
    "Therapist: What kept you awake on Tuesday night?\n"
    "Client: Replaying the argument with Marguerite at the bakery, over and over.\n"
    "Therapist: What did your body do while you replayed it?\n"
    "Client: My jaw clenched until it ached, like the winter my father left.\n"
)
MARKERS = ("Marguerite at the bakery", "winter my father left")


def holding_client_words(data_dir) -> list[str]:
    """Every file under Open WebUI's data folder that holds the transcript's words, in any table of its
    database or as plain bytes in any other file."""
    found = []
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        if path.name in ("webui.db-wal", "webui.db-shm"):
            continue  # the database's journal: pages of it, read through the database below
        if path.name == "webui.db":
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
                tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
                for table in tables:
                    rows = db.execute(f'SELECT * FROM "{table}"').fetchall()
                    for row in rows:
                        if any(marker in str(row) for marker in MARKERS):
                            found.append(f"{path.name}: table {table}: {str(row)[:3000]}")
        elif any(marker.encode() in path.read_bytes() for marker in MARKERS):
            found.append(str(path.relative_to(data_dir)))
    return found


def test_a_refused_transcript_is_kept_nowhere_and_the_refusal_stays(admin_api, installed, stack_dir):
    data_dir = stack_dir / "open-webui-data"
    admin_api.get("/api/models")  # as the page does on opening
    chat_id, reply_id, reply = admin_api.chat_as_browser(PRESET, [{"role": "user", "content": TRANSCRIPT}], [])
    assert reply.strip() == TRANSCRIPT_REPLY
    messages = admin_api.get(f"/api/v1/chats/{chat_id}")["chat"]["history"]["messages"]
    [question] = [m for m in messages.values() if m["role"] == "user"]
    assert question["content"] == FORGOTTEN_TRANSCRIPT and messages[reply_id]["content"].strip() == TRANSCRIPT_REPLY

    # The page still holds what it sent; once the answer is done it asks the filters' outlets, then saves.
    page = [{"id": question["id"], "role": "user", "content": TRANSCRIPT},
            {"id": reply_id, "role": "assistant", "content": TRANSCRIPT_REPLY}]
    completed = admin_api.post("/api/chat/completed", {"model": PRESET, "messages": page, "chat_id": chat_id, "id": reply_id,
                                                                "session_id": "the-page"})
    [shown] = [m for m in completed["messages"] if m["id"] == question["id"]]
    assert shown["content"] == shown["originalContent"] == FORGOTTEN_TRANSCRIPT

    kept = holding_client_words(data_dir)
    assert not kept, "\n".join(kept)
