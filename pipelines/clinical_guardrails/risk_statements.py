"""Risk in a draft the notes do not record: a risk statement where the notes hold no risk assessment at all
("Client denied suicidal ideation" after notes that never asked), and a risk of a kind the notes, which record
risk, never name ("no access to firearms" after "SI screen neg")."""

from __future__ import annotations

import functools
import re

from .terms import _terms_in
from .text import _HEADING_LINE, _line_end, _sentences, _tokens
from .events import _kinds_named


_RISK_OBJECT = (
    r"(?:SI(?:\s*/\s*HI)?|HI|(?:suicidal|homicidal)(?:\s+(?:or|and|/)\s+(?:suicidal|homicidal))?(?:\s+(?:ideation|thoughts|intent|plans?|urges|behaviou?rs?))?"
    r"|self[- ]harm(?:\s+(?:urges|behaviou?rs?|ideation|thoughts))?"
    r"|(?:urges?|thoughts?|intent|plans?)\s+(?:to|of)\s+(?:self[- ]harm|harm(?:ing)?\s+(?:her|him|them|your|my)sel(?:f|ves)|suicide"
    r"|kill(?:ing)?\s+(?:her|him|them)sel(?:f|ves)|die|hurt(?:ing)?\s+(?:her|him|them)sel(?:f|ves)|harm(?:ing)?\s+others)"
    r"|safety\s+concerns|risk\s+(?:to\s+self|factors))"
)
_RISK_STATEMENT = re.compile(
    rf"\b(?:(?:the\s+)?client\s+|she\s+|he\s+|they\s+)?(?:denie[sd]|denying|den(?:y|ies)\s+any|no(?:\s+current|\s+active|\s+reported)?|negative\s+for|without)\s+"
    rf"(?:any\s+|current\s+|active\s+|passive\s+)*{_RISK_OBJECT}\b"
    r"(?:\s+(?:was\s+|were\s+)?(?:reported|endorsed|noted|present|indicated|identified))?"
    r"|\bsafety\s+plan\s+(?:was\s+|has\s+been\s+|is\s+)?(?:reviewed|updated|completed|revised|created|in\s+place|remains\s+(?:current|in\s+place))"
    r"|\b(?:reviewed|updated|completed|revised|created)\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+|client's\s+)?safety\s+plan\b"
    r"|\bcontracted\s+for\s+safety\b"
    r"|\b(?:low|moderate|high|no|minimal)\s+(?:suicide\s+|acute\s+|imminent\s+|current\s+|immediate\s+)?risk\b"
    r"(?:\s+(?:was|were|is)\s+(?:identified|noted|found|reported|indicated|present))?"
    r"|\brisk\s+assessment\s+(?:was\s+)?(?:completed|conducted|performed|done)\b"
    r"|(?:(?:the\s+)?client\s+|she\s+|he\s+|they\s+)?(?:is|was|are|were\s+)?\s*not\s+(?:a\s+|an\s+)?(?:danger|at\s+risk|imminent\s+risk)\s+to\s+(?:self|others|(?:her|him|them)sel(?:f|ves))"
    r"(?:\s+or\s+others)?",
    re.I,
)
_RISK_WORD = re.compile(r"\b(?:SI|HI|suicid|homicid|self[- ]?harm|harm|safety|safe|risk|danger|die|kill|hurt)", re.I)
_RISK_CONTENT = re.compile(
    r"\b(?:SI|HI|suicid\w*|homicid\w*|self[- ]?harm\w*|safety\s+plan|risk|crisis|overdose|lethal|kill\w*|cutting|C-SSRS)\b", re.I
)

RISK_STATEMENT_MESSAGE = "A risk statement, but your notes contain no risk assessment."


def risks_not_recorded(note: str, words: str, clinician_text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) of each risk the draft states that the notes do not record; ``words``: the draft with
    the quotations the clinician recorded blanked."""
    if not _records_risk(clinician_text):
        # Only sentences that name a risk can hold a risk statement: the full pattern runs on those alone.
        # The sentence is the claim to review ("Client denied suicidal and homicidal ideation.").
        return [(s, e, RISK_STATEMENT_MESSAGE) for s, e in _sentences(note)
                if _RISK_WORD.search(note, s, e) and _RISK_STATEMENT.search(note, s, e)]
    return _risks_not_recorded(words, clinician_text, note)


@functools.lru_cache(maxsize=8)
def _records_risk(clinician_text: str) -> bool:
    """Whether the notes hold any risk assessment, in English words or the vocabulary's risk terms of any language
    (a screen for violence at home among them: "both deny IPV")."""
    return bool(_RISK_CONTENT.search(clinician_text) or any(item.search(clinician_text) for item, _ in _RISK_ITEMS)
                or _terms_in(clinician_text, "risk_topics") or _terms_in(clinician_text, "risk_screens"))


# Risk the notes record of one kind says nothing of another: "no access to firearms" after "SI screen neg".
_RISKS_EVERY_DRAFT_MAY_NAME = frozenset({"safety plan", "crisis line", "emergency care", "safety concerns"})


# A measure's item that asks about a risk, recorded with its result: "EPDS 14, Q10 = 0" screens for self-harm.
_RISK_ITEMS = (
    (re.compile(r"\bEPDS\b[^\n]{0,40}?\b(?:q|item|question)\s*#?\s*10\b", re.I), ("self-harm",)),
    (re.compile(r"\bPHQ[- ]?(?:9|A)\b[^\n]{0,40}?\b(?:q|item|question)\s*#?\s*9\b", re.I), ("suicide", "self-harm")),
)


_CLAUSE_END = re.compile(r"[.;,][\"”’')\]]*[ \t]|\n")


def _risks_not_recorded(note: str, clinician_text: str, written: str) -> list[tuple[int, int, str]]:
    """The clause of each risk the draft names that the notes, which record risk, do not name at all; ``note``: the
    draft with the quotations the clinician recorded blanked, ``written``: as written, where its clauses end."""
    theirs = {h.group for h in _terms_in(clinician_text, "risk_topics")}
    theirs |= {topic for item, topics in _RISK_ITEMS if item.search(clinician_text) for topic in topics}
    if "overdose" in _kinds_named(clinician_text):  # "after od 2/10": the notes record an overdose, however short
        theirs.add("suicide")
    tokens = _tokens(note)
    found = []
    for h in _terms_in(note, "risk_topics"):
        if h.group in theirs or h.group in _RISKS_EVERY_DRAFT_MAY_NAME:
            continue
        start, end = tokens[h.first][0], tokens[h.last - 1][1]
        line_start = note.rfind("\n", 0, start) + 1
        if _HEADING_LINE.fullmatch(note, line_start, _line_end(note, start)):
            continue  # a section's title states nothing: "**Medication and Means Safety**"
        # after the last mark that ends a clause, a sentence's closing quotation mark with it ('"hardly ever." On ...')
        clause = max([0] + [m.end() for m in _CLAUSE_END.finditer(written, 0, start)])
        while note[clause].isspace():
            clause += 1
        found.append((clause, end, "A risk your notes do not record."))
    return found
