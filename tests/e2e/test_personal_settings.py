"""A clinician's own settings, end to end: saved through Open WebUI's per-user valves endpoint (what the Controls
panel calls), read by the note filter in the real server, and carried in what reaches the model."""

from __future__ import annotations

import re

import pytest

from clinical_note_filter import UNREADABLE
from support.stack import stream_chat
from therapy_pack.local_stack import DEMO_SECTION_CHARS
from therapy_pack.presets import load_catalogue
from therapy_pack.recording_engine import chat_requests

pytestmark = pytest.mark.e2e

BULLETS = """- Client reported low mood most days this week, less energy at work and skipping lunch with colleagues.
- Described waking early and lying in bed going over mistakes from the previous day.
- Reviewed last week's thought records: completed three of seven, all about work emails.
- Practised a thought record in session on "my manager thinks I'm useless"; identified all-or-nothing thinking and mind reading.
- Client generated a balanced thought and rated belief in the original thought lower afterwards.
- Discussed behavioural activation: planned a short walk after work on three days and lunch with one colleague.
- Homework: one thought record a day and the three planned walks.
- Next session in one week; review thought records and activation plan."""
VALVES = "/api/v1/functions/id/clinical_note_filter/valves/user"


@pytest.fixture
def my_settings(admin_api, installed):
    def save(**values):
        admin_api.post(f"{VALVES}/update", values)
        assert {k: admin_api.get(VALVES)[k] for k in values} == values
    yield save
    admin_api.post(f"{VALVES}/update", {"note_length": "standard", "name_and_credentials": ""})


def document(text: str) -> str:
    """The draft without the review list under it."""
    return text.split("<details")[0].split("\n\n\u26a0")[0].strip()


def sections(text: str, headings: list[str]) -> list[str]:
    parts = re.split(r"^(?:%s):\n" % "|".join(headings), document(text), flags=re.M)
    return [p.strip() for p in parts[1:]]


def test_a_brief_note_asks_the_model_for_half_the_length_and_keeps_to_it(admin_api, my_settings, model_server):
    """What the pack controls, whatever the demo model's prose (which varies with the CPU build): the brief setting
    halves each section's cap and asks for brevity in the request, and the draft keeps to the cap."""
    headings = ["SUBJECTIVE", "OBJECTIVE", "ASSESSMENT", "PLAN"]
    request = {"model": "session-note-cbt", "seed": 11, "messages": [{"role": "user", "content": BULLETS}]}
    asked = {}
    for length in ("standard", "brief"):
        my_settings(note_length=length)
        before = len(model_server.received())
        draft = stream_chat(admin_api, request)
        [body] = chat_requests(model_server.record, before)
        asked[length] = ({section["maxLength"] for section in body["response_format"]["schema"]["properties"].values()},
                         body["messages"][0]["content"])
        if UNREADABLE not in draft:  # the pack's plain failure is the other outcome it allows
            assert len(sections(draft, headings)) == 4, draft
            assert all(len(part) <= min(asked[length][0]) for part in sections(draft, headings)), draft
    (standard_cap,), (brief_cap,) = asked["standard"][0], asked["brief"][0]
    assert standard_cap == DEMO_SECTION_CHARS and brief_cap == DEMO_SECTION_CHARS // 2
    brief_wording = load_catalogue().rules.personal.length["brief"]
    assert brief_wording in asked["brief"][1] and brief_wording not in asked["standard"][1]


def test_a_letter_is_signed_with_the_clinicians_name(admin_api, my_settings):
    my_settings(name_and_credentials="Jane Doe, PhD, LMFT")
    letter = stream_chat(admin_api, {"model": "letter-medical-necessity", "messages": [{
        "role": "user", "content": "Letter to Acme Health: client AB needs weekly CBT sessions for panic attacks."}]})
    assert "\nName and credentials: Jane Doe, PhD, LMFT\n" in document(letter) + "\n", letter
