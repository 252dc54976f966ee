"""How often: a frequency the draft states ("weekly", "twice daily", "once a week") that the clinician's words never give,
where the draft reports it as a fact about the client, not as what is to come (a plan, homework)."""

from __future__ import annotations

import re

from .quantities import frequency_evidence
from .quotes import _CJK
from .text import _mentions, _sentences, _tokens


# "daily life", "daily routines" describe ordinary life, not how often.
_ORDINARY_LIFE = ("life", "live", "living", "activit", "routine", "functioning", "task", "moment", "stressor", "hassle", "chore",
                  "parenting", "experience", "world", "rhythm")


# A plan or homework names how often as what is to come, which is no fact about the client: the
# frequency words are facts only in what the draft reports, not under a plan's heading or in a
# sentence about what is to come.
_WHAT_IS_TO_COME = re.compile(
    r"\b(?:plan|plans|planned|homework|will|continue[sd]?|continuing|next|recommend\w*|agreed|going\s+forward|goals?"
    r"|practi[sc]e|between\s+sessions)\b",
    re.I,
)
_HEADING = re.compile(r"^[ \t#*]*([A-Za-z][A-Za-z /&-]{0,30}?)[ \t*]*:", re.M)
_PLAN_HEADINGS = frozenset("p plan plans homework hw goals goal recommendations next".split())


def last_heading(text: str) -> str:
    """The heading the end of a text is under ("plan"), or ""."""
    headings = [m.group(1).strip().lower() for m in _HEADING.finditer(text)]
    return headings[-1] if headings else ""


def _under_a_plan(note: str, sentence_start: int, section: str) -> bool:
    heading = last_heading(note[:sentence_start + 40]) or section
    return not _PLAN_HEADINGS.isdisjoint(heading.split())


# "calls q sunday", "group every Tues": a day of each week is a weekly rhythm (in the notes' canonical words).
_EVERY_WEEKDAY = re.compile(r"\b(?:q|every|each)\s+(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b")


_ONCE_A = re.compile(r"once\s+(?:a|an|per|every|each)\s+(day|night|week|fortnight|month|year)\b", re.I)
_PERIODICALLY = {"day": "daily", "night": "nightly", "week": "weekly", "fortnight": "fortnightly", "month": "monthly", "year": "yearly"}


def _frequencies(note: str, clinician_phrase: str, section: str) -> list[tuple[int, int]]:
    tokens = _tokens(note)
    found, sentence_starts = [], None
    for i, (start, end, word) in enumerate(tokens):
        # "once a week" is weekly, where the notes write words apart (not Japanese or Chinese: "週1回")
        once = _ONCE_A.match(note, start) if word == "once" and not _CJK.search(clinician_phrase) else None
        evidence = frequency_evidence(_PERIODICALLY[once.group(1).lower()]) if once else frequency_evidence(word)
        end = once.end() if once else end
        if evidence is None or any(_mentions(w, clinician_phrase) for w in evidence) or (
                word == "weekly" and _EVERY_WEEKDAY.search(clinician_phrase)):
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if following and not note[end:following[0]].strip() and following[2].startswith(_ORDINARY_LIFE):
            continue
        sentence_starts = sentence_starts or [s for s, _ in _sentences(note)]
        sentence_start = next((s for s in reversed(sentence_starts) if s <= start), 0)
        if not (_WHAT_IS_TO_COME.search(note, sentence_start, start) or _under_a_plan(note, sentence_start, section)):
            found.append((start, end))
    return found
