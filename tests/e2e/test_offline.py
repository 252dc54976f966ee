"""Nothing a clinician does reaches another machine: a note, a refused transcript and the pack's settings pages,
with every server watched for a connection off this machine. (The session ends with the same check, for
everything every test did, in the stack_dir fixture in conftest.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from support.stack import stream_chat

pytestmark = pytest.mark.e2e

PRESET = "session-note-ifs"


def watched(pid: int) -> bool:
    """Whether the process runs under the egress watch (support/egress_watch), which records every connection off
    this machine."""
    environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    return any(line.startswith(b"THERAPY_PACK_EGRESS_LOG=") for line in environ) and \
        any(line.startswith(b"PYTHONPATH=") and b"egress_watch" in line for line in environ)


def test_a_note_and_a_refusal_connect_to_no_other_machine(stack_dir, open_webui, model_server, admin_api, installed):
    assert watched(open_webui.process.pid) and watched(model_server.service.process.pid)
    note = stream_chat(admin_api, {"model": PRESET, "max_tokens": 40, "messages": [
        {"role": "user", "content": "Client met the Critic; some unblending. Homework: journal daily."}]})
    refusal = stream_chat(admin_api, {"model": PRESET, "messages": [
        {"role": "user", "content": "Therapist: How was the week?\nClient: Hard.\nTherapist: Tell me more.\nClient: I slept badly."}]})
    assert note.strip() and refusal.strip()
    admin_api.get("/api/models")
    admin_api.get("/api/v1/configs/export")
    log = stack_dir / "egress.log"
    attempts = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    assert attempts == [], f"connections off this machine: {attempts[:20]}"
