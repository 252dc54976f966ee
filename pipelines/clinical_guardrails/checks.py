"""
title: Clinical Guardrails
author: therapy-notes-pack
version: 0.2.0
license: MIT
required_open_webui_version: 0.12.0
global: true
description: Enforces the pack's rules in code. Refuses session transcripts and requests to diagnose without calling the model, and lists under each draft what to review before signing - diagnoses the clinician did not make, invented quotes, names, numbers, risk statements and medications, unfilled placeholders, and must-carry facts of the notes the draft leaves out; and shows where each sentence of the draft comes from in the clinician's words.
"""

# Open WebUI receives this folder as one module: scripts/therapy_pack/joined_module.py joins its
# files in the order of join_order.txt, and the installer uploads that text as the Function
# clinical_guardrails. So: standard library and pydantic only, each name defined in one file,
# and a file takes a sibling's names only as `from .sibling import name` (the join drops those
# lines). A leading underscore means private to the Function, not to its file. scripts/check_note.py
# loads the same joined module, so the command line and the chat use the same rules.
#
# Reading order (join_order.txt): this file (check(), every check on one draft); findings.py (what a
# check reports) and text.py (the helpers the checks share); one file per kind of check (transcripts,
# requests to diagnose, diagnoses - with diagnosis_lookups.py, their vocabulary read once, and
# diagnoses_in_other_languages.py - people's names, events, measures' scores, unsupported specifics, placeholders, omissions - the
# notes' must-carry facts, with measure_forms.py and referrals.py, and what the draft carries of them, carried.py); what
# the clinician sees (trace, presentation,
# streaming, replies); the Filter and what it reads (contract, engine, chat, filter);
# vocabulary.py and names_vocabulary.py, generated from ICD-10-CM, Faker's given names and
# prompt_presets/guardrails/ by scripts/build_guardrail_vocabulary.py.

from __future__ import annotations

import functools

from .findings import Finding, in_review_order
from .text import _blank
from .dictation import undictated
from .transcripts import find_transcript
from .requests import find_diagnosis_requests
from .diagnoses import find_diagnoses
from .unsupported import find_unsupported
from .placeholders import find_empty_fields, find_placeholders
from .carried import find_omissions


def check(bullets: str = "", request: str = "", note: str = "") -> list[Finding]:
    """All findings for one draft: the clinician's request and bullets, and the note the model wrote."""
    requests, clinician_text = _requests_and_own_words(bullets, request)
    transcripts = find_transcript(bullets, "bullets") + find_transcript(request, "request")
    findings = transcripts + requests
    if note and transcripts:
        # A transcript is refused, not documented: what a draft of it says, or leaves out, is not reviewed against
        # it; only a slot left unfilled is the draft's own.
        findings += find_placeholders(note, clinician_text) + find_empty_fields(note, clinician_text)
    elif note:
        omissions = find_omissions(without_requests(bullets, request), note)
        findings += note_findings(note, clinician_text) + find_empty_fields(note, clinician_text) + omissions
    return in_review_order(findings)


@functools.lru_cache(maxsize=8)
def _requests_and_own_words(bullets: str, request: str) -> tuple[list[Finding], str]:
    """Requests for a diagnosis, and what a draft is checked against: the clinician's words without them
    (dictated punctuation read as its marks)."""
    bullets, request = undictated(bullets), undictated(request)
    requests = find_diagnosis_requests(request, "request", bullets) + find_diagnosis_requests(bullets, "bullets", request)
    # A condition the clinician only asks about ("could he have ADHD?") is not theirs to restate.
    asked = {source: [(f.start, f.end) for f in requests if f.source == source] for source in ("request", "bullets")}
    own = f"{_blank(request, asked['request'])}\n{_blank(bullets, asked['bullets'])}"
    return requests, own


def without_requests(bullets: str, request: str = "") -> str:
    """The bullets with each line that asks for a diagnosis blanked, same length: a question, and what the line
    says of it ("want to put something in the GP letter"), is no fact to carry."""
    bullets, lines = undictated(bullets), []
    for f in _requests_and_own_words(bullets, request)[0]:
        if f.source == "bullets":
            end = bullets.find("\n", f.end)
            lines.append((bullets.rfind("\n", 0, f.start) + 1, len(bullets) if end < 0 else end))
    return _blank(bullets, lines)


def note_findings(note: str, clinician_text: str, section: str = "") -> list[Finding]:
    """What the draft adds to the clinician's text: diagnoses, unsupported specifics, unfilled slots;
    ``section``: the heading a part of a streamed draft is under."""
    return find_diagnoses(note, clinician_text) + find_unsupported(note, clinician_text, section) + find_placeholders(note, clinician_text)
