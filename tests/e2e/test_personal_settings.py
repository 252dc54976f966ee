"""A clinician's own settings, end to end: saved through Open WebUI's per-user valves endpoint (what the Controls
panel calls), read by the note filter in the real server, honoured by the demo model's real drafts."""

from __future__ import annotations

import re

import pytest

from support.stack import stream_chat
from therapy_pack.local_stack import DEMO_SECTION_CHARS

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


def test_a_brief_note_is_shorter_than_a_standard_one(admin_api, my_settings, model_server):
    headings = ["SUBJECTIVE", "OBJECTIVE", "ASSESSMENT", "PLAN"]
    # A fixed seed: the demo model samples, and one short sample must not decide the comparison.
    request = {"model": "session-note-cbt", "seed": 11, "messages": [{"role": "user", "content": BULLETS}]}
    my_settings(note_length="standard")
    standard = stream_chat(admin_api, request)
    my_settings(note_length="brief")
    brief = stream_chat(admin_api, request)
    assert model_server.received()[-1]["body"]["seed"] == 11  # the same sampling for both drafts
    assert len(sections(brief, headings)) == 4 and len(sections(standard, headings)) == 4, (standard, brief)
    # The demo model ignores a prompt's wishes; the section cap, scaled by the setting, holds it.
    assert all(len(part) <= DEMO_SECTION_CHARS // 2 for part in sections(brief, headings)), brief
    words = {"standard": len(document(standard).split()), "brief": len(document(brief).split())}
    assert words["brief"] < words["standard"], (words, standard, brief)


def test_a_letter_is_signed_with_the_clinicians_name(admin_api, my_settings):
    my_settings(name_and_credentials="Jane Doe, PhD, LMFT")
    letter = stream_chat(admin_api, {"model": "letter-medical-necessity", "messages": [{
        "role": "user", "content": "Letter to Acme Health: client AB needs weekly CBT sessions for panic attacks."}]})
    assert "\nName and credentials: Jane Doe, PhD, LMFT\n" in document(letter) + "\n", letter
