"""No client text in any log or file the pack writes. (That nothing left the machine is checked when the
session ends, by the stack_dir fixture in conftest.py.)"""

import json

import pytest

from support.stack import stream_chat

pytestmark = pytest.mark.e2e


def test_no_client_text_in_any_log_or_file_the_pack_wrote(stack_dir, admin_api, installed, model_server):
    """A session with a marker string; the marker must not appear in plain form in any log or file."""
    marker = "PRIVACY-MARKER-5521"
    stream_chat(admin_api, {"model": "session-note-ifs", "max_tokens": 60, "messages": [
        {"role": "user", "content": f"Client {marker} talked about the Critic."}]})
    recorder = model_server.record  # the tests' own copy of what the model received, not the pack's
    found = []
    for path in stack_dir.rglob("*"):
        if path.is_file() and path != recorder and marker.encode() in path.read_bytes():
            found.append(str(path.relative_to(stack_dir)))
    # Open WebUI's own database stores the chat; everything else (logs, the parts map, caches) must not.
    assert [f for f in found if not f.endswith("webui.db") and not f.endswith(("-wal", "-shm"))] == []


def test_a_clinicians_rating_leaves_no_session_text_with_the_administrator(admin_api, installed, open_webui, model_server):
    """Rating a draft would store the whole chat with the rating, and the administrator's feedback export returns it:
    rating is off in the settings and its route refuses a clinician."""
    from support.clinicians import clinician

    marker = "RATED-SESSION-7731"
    assert admin_api.get("/api/v1/configs/export")["ui.enable_message_rating"] is False
    with clinician(admin_api, open_webui.url, "Rating Check") as therapist:
        chat = {"messages": {"m1": {"role": "user", "content": f"Client {marker} met the Critic."}}}
        response = therapist._http.post("/api/v1/evaluations/feedback", json={
            "type": "rating", "data": {"rating": 1, "model_id": "session-note-ifs"},
            "meta": {"chat_id": "c1", "message_id": "m2"}, "snapshot": {"chat": chat}})
        assert response.status_code == 403
    exported = admin_api.get("/api/v1/evaluations/feedbacks/all/export")
    assert marker not in json.dumps(exported)
