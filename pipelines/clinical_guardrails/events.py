"""Events a draft reports that the clinician's notes never mention: the police called, a visit to an emergency
department, an admission to hospital, an arrest, an overdose. A draft may name these as what to do in a crisis
("she knows to go to A&E if she feels unsafe"); it may not report one as having happened."""

from __future__ import annotations

import functools
import re

from .text import _sentences

# Each kind of event, by the words that name it in the draft and in notes of any language the pack reads.
_EVENT_KINDS = {
    "police": re.compile(r"\b(?:police|cops?|polic[ií]a|polizei)\b|(?<![\d,.])(?:911|999)(?![\d,])", re.I),
    "emergency visit": re.compile(
        r"(?<![\w&])(?:A&E|ER|ED)(?![\w&])|(?i:\b(?:emergency\s+(?:room|department|services)|casualty|ambulance|paramedics?|urgencias?|urgences|notaufnahme|guardia)\b)"),
    "admission": re.compile(r"\b(?:hospitali[sz](?:ed|ation)|admitted|admission|inpatient|psych(?:iatric)?\s+ward|ingreso|hospitalisation|stationär)\b", re.I),
    "arrest": re.compile(r"\b(?:arrest(?:ed)?|police\s+custody|detenid[oa]|festgenommen)\b", re.I),
    "overdose": re.compile(r"(?i:\b(?:overdos(?:e|ed|ing)|sobredosis|surdose)\b)|\bOD(?:'d)?\b"),
}
# What any of them starts with, as plain text: most drafts hold none, and a look for these costs a small part of a
# search with the patterns above.
_EVENT_STARTS = ("polic", "cop", "911", "999", "emergenc", "casualt", "ambulanc", "paramedic", "urgenc", "notaufnahme", "guardia", "hospital",
                 "admi", "inpatient", "ward", "ingreso", "station", "arrest", "custody", "detenid", "festgenommen", "overdos",
                 "sobredosis", "surdose")
_EVENT_ACRONYMS = ("A&E", "ER", "ED", "OD")
# Wording that reports the event as having happened: "attended A&E", "police were called", "was taken to the ER".
_HAPPENED = re.compile(
    r"\b(?:attended|went|was\s+taken|were\s+taken|taken|called|calling|came|visited|presented|brought|ended\s+up|spent"
    r"|was\s+admitted|were\s+called|was\s+arrested|got\s+arrested|involved|after\s+an?|following\s+an?)\b", re.I)
# Wording that makes it a plan, a possibility or a question: "knows to call 999 if", "would go to A&E".
_NOT_HAPPENED = re.compile(
    r"\b(?:if|should|would|could|can|may|might|will|knows?|aware|advised|encouraged|reminded|instructed|agreed|plan|"
    r"crisis|unsafe|consider(?:ed|ing)?|no|not|never|denies|denied|without)\b", re.I)


EVENT_MESSAGE = "An event your notes do not record (the police, an emergency visit, an admission, an arrest or an overdose)."


def find_events(note: str, clinician_text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) of each sentence reporting an event of a kind the notes never name."""
    theirs = _kinds_named(clinician_text)
    lowered = note.lower()
    if len(theirs) == len(_EVENT_KINDS) or not (any(a in note for a in _EVENT_ACRONYMS) or any(w in lowered for w in _EVENT_STARTS)):
        return []  # most drafts name none: one search instead of one per sentence and kind
    found = []
    for start, end in _sentences(note):
        sentence = note[start:end]
        for kind, words in _EVENT_KINDS.items():
            if kind in theirs or not words.search(sentence):
                continue
            if _HAPPENED.search(sentence) and not _NOT_HAPPENED.search(sentence):
                found.append((start, end, EVENT_MESSAGE))
                break
    return found


@functools.lru_cache(maxsize=8)
def _kinds_named(clinician_text: str) -> frozenset[str]:
    return frozenset(kind for kind, words in _EVENT_KINDS.items() if words.search(clinician_text))
