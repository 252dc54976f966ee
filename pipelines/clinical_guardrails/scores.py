"""A measure's score in the draft ("her PHQ-9 score was 12") is the notes' only as one of the values they write
beside that measure, not any number of theirs: a PHQ-9 the notes never name has no score to restate."""

from __future__ import annotations

import bisect
import functools
import re

from .quantities import stated_values
from .terms import _terms_in
from .text import _line_end, _tokens


# Between a measure and its score: "PHQ-9 score today was 12", "GAD-7: 15"; "Questionnaire-9" is the name's own number.
_SCORE_LEAD = re.compile(r"(?:[ \t]+(?:today|now|currently|this|week|session|total|global|overall|raw|score|scores|was|is|of|at|came|to|in"
                         r"|reduced|decreased|dropped|fell|rose|increased|went|down|up|from|had|has)\b)*"
                         r"[ \t]*(?:[=:][ \t]*|(?<=[ \t])-[ \t]*)?$", re.I)


def _measure_before(text: str, start: int) -> str:
    """The measure whose score the number at ``start`` is ("PHQ-9 score was 12", "GAD-7: 15"), or ""."""
    ends, groups = _measure_ends(text)
    k = bisect.bisect_right(ends, start) - 1
    return groups[k] if k >= 0 and start - ends[k] <= 24 and _SCORE_LEAD.match(text, ends[k], start) else ""


@functools.lru_cache(maxsize=8)
def _measure_ends(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Where each measure the text names ends, in order, and which measure it is."""
    tokens = _tokens(text)
    found = sorted((tokens[h.last - 1][1], h.group) for h in _terms_in(text, "measures"))
    return tuple(e for e, _ in found), tuple(g for _, g in found)


@functools.lru_cache(maxsize=32)
def _measure_values(clinician_text: str, group: str) -> frozenset:
    """The values the notes write beside the measure, between the measures before and after it on its line ("PHQ-9 14
    (was 17), GAD-7 9": 14 and 17 for the PHQ-9; "scored 14 on the PHQ-9"); its line and the next where there are none
    ("PHQ-9/GAD-7: 14/9"); none where the notes do not name it."""
    tokens = _tokens(clinician_text)
    hits = sorted((tokens[h.first][0], tokens[h.last - 1][1], h.group) for h in _terms_in(clinician_text, "measures"))
    pieces = []
    for k, (start, end, name) in enumerate(hits):
        if name != group:
            continue
        line_start = clinician_text.rfind("\n", 0, start) + 1
        line_end = _line_end(clinician_text, end)
        before = max([line_start] + [e for _, e, _ in hits[:k] if e <= start])
        after = min([line_end] + [b for b, _, _ in hits[k + 1:] if b >= end])
        values = stated_values(clinician_text[before:start] + " " + clinician_text[end:after])
        if not values:
            values = stated_values(clinician_text[line_start:_line_end(clinician_text, line_end + 1)])
        pieces.append(values)
    return frozenset().union(*pieces)
