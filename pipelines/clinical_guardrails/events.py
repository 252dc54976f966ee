"""Events a draft reports that the clinician's notes never mention: the police called, an ambulance, a visit to an emergency
department, an admission to hospital, an arrest, an overdose. A draft may name these as what to do in a crisis
("she knows to go to A&E if she feels unsafe"); it may not report one as having happened."""

from __future__ import annotations

import functools
import re

from .terms import _ed_names_a_disorder
from .text import _sentences

# Each kind of event, by the words that name it in the draft and in notes of any language the pack reads.
_EVENT_KINDS = {
    "police": re.compile(r"\b(?:police|cops?|polic[ií]a|polizei|politie|polis|gard(?:a|aí|ai)|carabinieri|gendarmes?|gendarmerie)\b"
                         r"|(?-i:\b(?:SAPS|RCMP|PSNI|SAPOL|NYPD|LAPD)\b)|(?<![\d,.])(?:911|999)(?![\d,])|(?-i:\b(?:[A-Z][a-z]+\s+|[A-Z]{2,3})PD\b)", re.I),
    "emergency visit": re.compile(
        r"(?<![\w&])(?:A&E|ER|ED)(?![\w&])|(?i:\b(?:emergency\s+(?:room|department|services)|casualty|urgencias?|urgences|notaufnahme|guardia"
        r"|urgent\s+care|walk-in\s+(?:clinic|centre|center)|minor\s+injur(?:y|ies)\s+unit)\b)"),
    # a ride in an ambulance is its own event: "walked in to the ED" records no ambulance
    "ambulance": re.compile(r"(?<![\w&])EMS(?![\w&])|(?i:\b(?:ambulances?|paramedics?|ambulancia|notarzt|rettungswagen)\b)"),
    "admission": re.compile(r"\b(?:hospitali[sz](?:ed|ation)|admitted\s+to\s+(?:a\s+|the\s+)?(?:hospital|inpatient|psych\w*|ward|unit)"
                            r"|(?:hospital|psychiatric|inpatient)\s+admission|admission\s+to\s+(?:a\s+|the\s+)?(?:hospital|ward|unit)"
                            r"|inpatient\s+(?:admission|stay|unit)|psych(?:iatric)?\s+ward|ingreso|stationär)\b", re.I),
    "arrest": re.compile(r"\b(?:arrest(?:ed)?|police\s+custody|detenid[oa]|festgenommen)\b", re.I),
    "overdose": re.compile(r"\b(?:overdos(?:e|ed|ing)|sobredosis|surdose)\b", re.I),
}
# What each starts with as plain text (lower case; acronyms as written): a regular expression runs only on a sentence
# that has one, as most sentences of most drafts have none.
_EVENT_STARTS = {
    "police": ("polic", "cop", "911", "999", "PD"),
    "emergency visit": ("A&E", "ER", "ED", "emergenc", "casualt", "urgenc", "urgent", "walk-in", "minor injur", "notaufnahme", "guardia"),
    "ambulance": ("EMS", "ambulanc", "paramedic", "notarzt", "rettungswagen"),
    "admission": ("hospital", "admitted", "inpatient", "ward", "ingreso", "station"),
    "arrest": ("arrest", "custody", "detenid", "festgenommen"),
    "overdose": ("overdos", "sobredosis", "surdose"),
}
# How notes write them in short, which a draft's words do not ("sertraline 50 mg OD" is once daily): "OD on tylenol",
# "after od 2/10", "adm 3/12", "admitted Fri", "after inpt stay".
_SHORT_FORMS = {"overdose": re.compile(r"\bOD(?:'?d)?\b|(?i:\b(?:after|an|hx|s/p|prior|recent|intentional|accidental)\s+od\b)"), "admission": re.compile(r"\b(?:admitted|adm\.?|inpt|IP\s+stay)\b", re.I)}
# Wording that reports the event as having happened: "attended A&E", "police were called", "was taken to the ER", "an ER visit".
_HAPPENED = re.compile(
    r"\b(?:attended|went|was\s+taken|were\s+taken|taken|took|drove|rushed|called|calling|came|visited|presented|brought|ended\s+up|spent"
    r"|informed|notified|contacted|alerted"  # "police were informed": the police called
    r"|picked\s+up|stopped|detained|questioned|cautioned|charged|escorted"  # "was picked up by police"
    r"|was\s+admitted|were\s+called|was\s+arrested|got\s+arrested|involved|after\s+an?|following\s+an?"
    r"|seen|treated|discharged|kept|stayed|led\s+to|resulted\s+in|required"
    # the event as a noun: "an emergency room visit last week", "had a stay in hospital"
    r"|had|visit|visits|trip|trips|stay|attendance)\b", re.I)
# Wording that makes it a plan, a possibility or a question: "knows to call 999 if", "would go to A&E".
_NOT_HAPPENED = re.compile(
    r"\b(?:if|should|would|could|can|may|might|will|knows?|aware|advised|encouraged|reminded|instructed|agreed|plan|"
    r"crisis|unsafe|consider(?:ed|ing)?)\b", re.I)
# A label that opens a line's sentence ("- Crisis:", "**Risk history:**") names its topic: no plan or possibility.
_LINE_LABEL = re.compile(r"[\s*_#>•-]*[^\W\d_][\w ]{0,30}:[*_]*\s")
# Wording that denies it, in its own clause ("no ER visits", "an admission was not needed"; not "..., which was not cardiac").
_DENIED = re.compile(r"\b(?:no|not|never|denies|denied|without)\b", re.I)
# A clause that turns against the one before it starts anew: "There was no physical altercation, but the neighbor
# called the police" denies the altercation, not the call.
_CONTRAST = re.compile(r";|\b(?:but|although|though|yet|however|pero|mais|aber)\b", re.I)


EVENT_MESSAGE = "An event your notes do not record (the police, an ambulance, an emergency visit, an admission, an arrest or an overdose)."


def find_events(note: str, clinician_text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) of each sentence reporting an event of a kind the notes never name."""
    theirs = _kinds_named(clinician_text)
    lowered_note = note.lower()
    kinds = [kind for kind in _EVENT_KINDS if kind not in theirs
             and any(w in (note if w.isupper() else lowered_note) for w in _EVENT_STARTS[kind])]
    if not kinds:
        return []  # most drafts name none: a few plain looks at the whole draft, no search
    found = []
    for start, end in _sentences(note):
        sentence = note[start:end]
        lowered = lowered_note[start:end]
        for kind in kinds:
            words = _EVENT_KINDS[kind]
            if not any(w in (sentence if w.isupper() else lowered) for w in _EVENT_STARTS[kind]):
                continue
            event = words.search(sentence)
            label = _LINE_LABEL.match(sentence)  # "- Crisis: one A&E attendance after an overdose" reports one
            if event and _HAPPENED.search(sentence) and not _NOT_HAPPENED.search(sentence, label.end() if label else 0) and not _DENIED.search(
                    sentence, max((m.end() for m in _CONTRAST.finditer(sentence, 0, event.start())), default=0),
                    next((m.start() for m in re.finditer(r"[,;]", sentence[event.end():])), len(sentence)) + event.end()):
                found.append((start, end, EVENT_MESSAGE))
                break
    return found


@functools.lru_cache(maxsize=8)
def _kinds_named(clinician_text: str) -> frozenset[str]:
    """The kinds of event the notes name; in notes about eating-disorder or sexual-health work "ED" is the disorder,
    so an emergency visit is not looked for by that acronym there."""
    named = {kind for kind, words in _EVENT_KINDS.items() if words.search(clinician_text)}
    named |= {kind for kind, short in _SHORT_FORMS.items() if short.search(clinician_text)}
    return frozenset(named | ({"emergency visit"} if _ed_names_a_disorder(clinician_text) else set()))
