"""A progress summary over sixteen ~400-word notes, through the real Open WebUI: every note is used."""

from __future__ import annotations

import random

import pytest

from support.stack import chat_requests_since, stream_chat
from context_fit import NOTICE
from therapy_pack.presets import load_catalogue
from support.note_structure import assert_structure

pytestmark = pytest.mark.e2e


def session_notes(count: int = 16, words: int = 400) -> list[str]:
    rng = random.Random(16)
    vocab = ("client reported sleep improved worry practised grounding homework goal progress mood panic exposure "
             "hierarchy step completed avoided work partner anxious calmer breathing thought record").split()
    return [f"Session {i}, week {i} (NOTE-{i:02d}-MARK): " + " ".join(rng.choice(vocab) for _ in range(words))
            for i in range(1, count + 1)]


def test_a_progress_summary_over_sixteen_notes_uses_every_note(admin_api, installed, model_server):
    notes = session_notes()
    assert 380 <= len(notes[0].split()) <= 420
    before = len(model_server.received())
    text = stream_chat(admin_api, {"model": "progress-summary-insurance", "messages": [
        {"role": "user", "content": "Progress summary for the insurer, January to April:\n\n" + "\n\n".join(notes)}]})

    requests = chat_requests_since(model_server, before)
    condensing, final = requests[:-1], requests[-1]
    assert len(condensing) >= 2, "the notes should have been condensed in parts"
    read = "\n".join(m["content"] for r in condensing for m in r["messages"] if m["role"] == "user")
    for i in range(1, 17):
        assert f"NOTE-{i:02d}-MARK" in read, f"note {i} never reached the model"
    assert final["messages"][-1]["content"].startswith("The clinician's notes were too long to read at once")
    assert text.endswith(NOTICE)
    assert_structure(text, load_catalogue().documents["progress-summary"])
