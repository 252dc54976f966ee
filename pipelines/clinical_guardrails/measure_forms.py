"""Measures known by their form, not by the vocabulary: an acronym and its number ("MADRS 22", "IES-R: 52"),
and a measure's name written out in full ("the Yale-Brown Obsessive Compulsive Scale" for the Y-BOCS)."""

from __future__ import annotations

import re

from .terms import _Pair
from .text import _JOINING_WORDS


# A measure by its form: an acronym, then its number ("MADRS 22", "IES-R: 52", "CPSS-5 = 22"), not a time
# ("TIB 12:30am") or dose.
_ACRONYM = r"(?=[A-Z])(?<![\w-])[A-Z][A-Z0-9]{2,7}(?:-[A-Z0-9]{1,4})*(?![\w-])"
_ACRONYMS = re.compile(_ACRONYM)
_ACRONYM_SCORE = re.compile(
    # who answered it, and which score, may stand between: "SCARED child 38 / parent 33", "SDQ teacher: 18", "CDI-2 SR T 71"
    rf"(?P<name>{_ACRONYM})\s*(?:(?:child|parent|teacher|self|youth|caregiver|carer|observer|partner|mother|father|mum|mom|dad|SR|PR|TR)(?:[- ]report)?\s*)?"
    r"(?:(?:T|raw|total)(?:[- ]?scores?)?\s+)?"
    r"(?:[:=]|\b(?:score|total|of|was|is|at)\b)?\s*(?P<score>\d{1,3}(?:\.\d+)?)"
    # "52F" is an age and a sex, not a score; "CHF 2'400" an amount
    r"(?![\d.:]|['’,.]\d{3}|/\d{1,2}/|[MFmf]\b|\+?\s*(?:mg|mcg|ml|min|mins|minutes|h|hrs?|hours?|wks?|weeks?|days?|d|mo|months?|yrs?|years?|y/?o|x|am|pm|%|th|st|nd|rd)\b)"
)


def _acronym_key(name: str) -> _Pair:
    """'CPSS-5', 'CPSS5' and 'CPSSs' are one measure."""
    key = re.sub(r"[^A-Z0-9]", "", name.upper())
    return "acronyms", key[:-1] if len(key) > 3 and key.endswith("S") else key


# A measure written out in full: "the Yale-Brown Obsessive Compulsive Scale" is the Y-BOCS.
_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:(?:\s+(?:of|for|and|in|the)\s+|[\s-]+)[A-Z][a-z]+){2,}")


def _spelled_out(text: str) -> set[_Pair]:
    """The acronym of every run of three or more capitalised words ("of", "for", "and" left out)."""
    keys = set()
    for m in _CAPITALISED_RUN.finditer(text):
        initials = "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", m.group()))
        keys |= {_acronym_key(initials[i:j]) for i in range(len(initials)) for j in range(i + 3, len(initials) + 1)}
    return keys


def _initials(words: list[str]) -> _Pair:
    """The initials of a sentence's words (a hyphen's parts are words), with the words that join them and without, as
    _named reads them: an acronym among them is spelt out ("time in range" is the TIR, "chronic kidney disease" the CKD,
    "post-exertional malaise" the PEM)."""
    every = "".join(w[0] for w in words)
    joined = "".join(w[0] for w in words if w not in _JOINING_WORDS)
    return _INITIALS, f"{every}|{joined}".upper()


_INITIALS = "initials"  # the section of a sentence's initials


def _a_date(text: str, m: re.Match) -> bool:
    """'DBT 2/27', 'MVA 7/18', 'IOP 27/2': after an acronym no measure is known by, a month and day, not a score out of
    a maximum (a score is never over its maximum, and 13 to 31 is no scale's); 'BKA 4/2024': a month and its year;
    'MVA 7/52 ago': a time in weeks (or months, days) as medical notes write it."""
    if re.match(r"/(?:19|20)\d\d(?!\d)", text[m.end("score"):]) and float(m.group("score")) <= 12:
        return True
    if re.match(r"/(?:52(?!\d)|(?:12|7)\s+ago\b)", text[m.end("score"):]):
        return True
    day = re.match(r"/(\d{1,2})(?!\d)", text[m.end("score"):])
    if not day:
        return False
    first, second = float(m.group("score")), int(day.group(1))
    return first > second or first <= 12 and 13 <= second <= 31
