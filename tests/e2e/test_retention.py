"""What the pack promises not to keep, looked for where Open WebUI keeps things: a refused session transcript is
gone from the stored chat and from the page's copy that the page saves, while the refusal stays; after a
dictation, a map shown from a chat and a refused transcript, no file of the data folder holds their words."""

from __future__ import annotations

import shutil
import uuid

import pytest

import ifs_parts_map as pm
from clinical_guardrails import TRANSCRIPT_REPLY
from retention import FORGOTTEN_TRANSCRIPT
from support.browser_socket import BrowserSocket
from support.data_folder import holding
from support.dialogs import Confirming
from support.speech import speak
from support.tool_choice import a_model_that_chooses_tools

pytestmark = pytest.mark.e2e

PRESET, TOOL = "session-note-ifs", "ifs_parts_map"
# Lines no note, prompt or setting of the pack contains: found anywhere, they came from this transcript.
TRANSCRIPT = (
    "Therapist: What kept you awake on Tuesday night?\n"
    "Client: Replaying the argument with Marguerite at the bakery, over and over.\n"
    "Therapist: What did your body do while you replayed it?\n"
    "Client: My jaw clenched until it ached, like the winter my father left.\n"
)
TRANSCRIPT_WORDS = ("Marguerite at the bakery", "winter my father left")


def refuse_a_transcript(api) -> tuple[str, str, str]:
    """A pasted transcript through the chat, as the page sends it; (chat id, the question's id, the reply's id)."""
    chat_id, reply_id, reply = api.chat_as_browser(PRESET, [{"role": "user", "content": TRANSCRIPT}], [])
    assert reply.strip() == TRANSCRIPT_REPLY
    messages = api.get(f"/api/v1/chats/{chat_id}")["chat"]["history"]["messages"]
    [question] = [m for m in messages.values() if m["role"] == "user"]
    return chat_id, question["id"], reply_id


def test_a_refused_transcript_is_kept_nowhere_and_the_refusal_stays(admin_api, installed, stack_dir):
    admin_api.get("/api/models")  # as the page does on opening
    chat_id, question_id, reply_id = refuse_a_transcript(admin_api)
    messages = admin_api.get(f"/api/v1/chats/{chat_id}")["chat"]["history"]["messages"]
    assert messages[question_id]["content"] == FORGOTTEN_TRANSCRIPT and messages[reply_id]["content"].strip() == TRANSCRIPT_REPLY

    # The page still holds what it sent; once the answer is done it asks the filters' outlets, then saves.
    page = [{"id": question_id, "role": "user", "content": TRANSCRIPT}, {"id": reply_id, "role": "assistant", "content": TRANSCRIPT_REPLY}]
    completed = admin_api.post("/api/chat/completed", {"model": PRESET, "messages": page, "chat_id": chat_id, "id": reply_id,
                                                       "session_id": "the-page"})
    [shown] = [m for m in completed["messages"] if m["id"] == question_id]
    assert shown["content"] == shown["originalContent"] == FORGOTTEN_TRANSCRIPT

    kept = holding(stack_dir / "open-webui-data", TRANSCRIPT_WORDS)
    assert not kept, "\n".join(kept)


@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is not installed (scripts/run_tests.sh installs it)")
def test_after_a_dictation_a_shown_map_and_a_refused_transcript_the_data_folder_holds_none_of_their_words(
        admin_api, installed, model_server, dictation, stack_dir, tmp_path):
    """The listing is made here, of every file under Open WebUI's data folder (every table of its database read
    as rows): the words dictated, those only the map holds and the refused transcript's are in none of them."""
    data_dir = stack_dir / "open-webui-data"
    admin_api.get("/api/models")  # the page lists the models before the microphone can be used

    dictated = admin_api.request("POST", "/api/v1/audio/transcriptions", files={"file": (
        "dictation.wav", speak("The client painted a purple giraffe under a yellow umbrella.", tmp_path / "d.wav").read_bytes(),
        "audio/wav")})["text"].lower()
    dictated_words = ("purple giraffe", "yellow umbrella")
    assert all(words in dictated for words in dictated_words), dictated

    me = admin_api.get("/api/v1/auths/")
    tool = pm.Tools()
    tool.valves = tool.Valves(encryption_key=admin_api.get_valves("tools", TOOL)["encryption_key"],
                              database_url=f"sqlite:///{data_dir / 'therapy_pack_parts_map.db'}")
    map_words = ("Glasshouse Warden", "the drowned orchard")
    Confirming(tool).record_part("RT", map_words[0], "manager", burdens=map_words[1], __user__={"id": me["id"], "role": me["role"]})
    marker = model_server.script_tools(f"show-{uuid.uuid4().hex[:6]}", [{"name": "show_parts_map", "parameters": {"client_code": "RT"}}],
                                       "The map is open in the window.")
    tab = BrowserSocket(admin_api.base_url, admin_api.token, answer=True)
    try:
        with a_model_that_chooses_tools(admin_api):
            admin_api.chat_as_browser(PRESET, [{"role": "user", "content": f"{marker}\nShow RT's parts map."}], [TOOL], session_id=tab.session_id)
    finally:
        tab.close()
    assert map_words[0] in tab.asked[-1]["message"]  # the clinician saw it

    refuse_a_transcript(admin_api)

    kept = holding(data_dir, dictated_words + map_words + TRANSCRIPT_WORDS)
    assert not kept, "\n".join(kept)
