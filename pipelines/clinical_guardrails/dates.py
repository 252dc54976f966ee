"""A day of a month in the draft ("March 12", "14 February") is the notes' only as a date they give: that day with
that month, however they write it ("3/12", "12.03.", "12 mar", "Tues 3/12"), not a 12 and a March apart."""

from __future__ import annotations

import functools
import re

from .quantities import spoken_numbers


# Month names of the languages the pack reads, by their first letters ("sept", "févr.", "Jänner" are their months).
_MONTH_STARTS = (("jan", "jän", "ene", "gen"), ("feb", "fév", "fev"), ("mar", "mär", "maa"), ("apr", "abr", "avr"),
                 ("may", "mai", "mag", "mei"), ("jun", "juin", "giu"), ("jul", "juil", "lug"), ("aug", "ago", "aoû", "aou"),
                 ("sep", "set"), ("oct", "okt", "ott", "out"), ("nov",), ("dec", "dic", "déc", "dez"))
_MONTH_WORDS = (
    "january february march april may june july august september october november december".split()
    + "jan feb mar apr jun jul aug sep sept oct nov dec".split()
    + "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre".split()
    + "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre".split()
    + "januar jänner februar märz april mai juni juli august september oktober november dezember sept janv févr juil".split()
    + "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
    + "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
    + "januari februari maart april mei juni juli augustus september oktober november december".split()
)
_MONTH = r"(?P<month>%s)\.?" % "|".join(sorted({re.escape(w) for w in _MONTH_WORDS}, key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
# "March 12", "Mar. 12th", "12 March", "12th of March", "12 de marzo", "12. März": the day beside its month.
# Each opens on what it starts with, which the search then skips to (a look-behind first would try every place), and a
# month's name is tried only before a number: most words are no month.
_MONTH_THEN_DAY = re.compile(rf"(?=[{''.join(sorted({w[0] for w in _MONTH_WORDS}))}])(?<![\w.])(?=[^\W\d_]+\.?\s+\d){_MONTH}\s+{_DAY}(?![\d:/.,]\d|\w)", re.I)
_DAY_THEN_MONTH = re.compile(rf"(?=\d)(?<![\w.,/:]){_DAY}\s+(?:of\s+|de\s+)?{_MONTH}(?!\w)", re.I)
_ISO_DATE = re.compile(r"(?<![\w.,/:])(?:19|20)\d\d[/.-]([01]?\d)[/.-]([0-3]?\d)(?!\w)")
_MONTH_BEFORE = re.compile(rf"{_MONTH}\s+(?:the\s+)?$", re.I)
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?{_MONTH}(?!\w)", re.I)
_HYPHENATED_DATE = re.compile(r"(?<![\w.,/:-])([0-3]?\d)-([0-3]?\d)-(?:\d{4}|\d{2})(?![\w-])")  # "12-03-2024", not a range "3-12"
_NUMERIC_DATE = re.compile(r"(?<![\w.,/:])([0-3]?\d)[/.]([0-3]?\d)(?:[/.](?:\d{4}|\d{2}))?(?![\w/]|[.,:]\d)")


def _month_number(word: str) -> int:
    word = word.lower()
    return next((i for i, starts in enumerate(_MONTH_STARTS, 1) if word.startswith(starts)), 0)


# English month names that are words too: a month only in capitals ("her PHQ-9 of 14 may reflect").
_ALSO_WORDS = ("may", "mar", "march")


def _as_a_date(m: re.Match) -> tuple[int, int] | None:
    month, day = _month_number(m.group("month")), int(m.group("day"))
    if m.group("month") in _ALSO_WORDS or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return month, day


def day_of_a_month(note: str, start: int, end: int) -> tuple[int, int] | None:
    """(month, day) where the number at ``start``:``end`` of the draft is a day beside its month's name."""
    m = _days_beside_months(note).get(start)
    return _as_a_date(m) if m else None


@functools.lru_cache(maxsize=8)
def _days_beside_months(note: str) -> dict[int, re.Match]:
    """Each day written beside its month's name, by where the day starts: read once per draft, not once per number."""
    found: dict[int, re.Match] = {}
    for pattern in (_MONTH_THEN_DAY, _DAY_THEN_MONTH):
        for m in pattern.finditer(note):
            found.setdefault(m.start("day"), m)
    return found


@functools.lru_cache(maxsize=8)
def stated_dates(clinician_text: str) -> frozenset[tuple[int, int]]:
    """(month, day) of each date the notes give, a numeric one read both ways (3/12 is March 12 or 3 December), an ISO
    one as it is (2025/03/11), one in words with its month's name ("january ninth")."""
    found = {(_month_number(m.group("month")), int(m.group("day")))
             for pattern in (_MONTH_THEN_DAY, _DAY_THEN_MONTH) for m in pattern.finditer(clinician_text)}
    for a, b in _NUMERIC_DATE.findall(clinician_text) + _HYPHENATED_DATE.findall(clinician_text):
        found |= {(int(a), int(b)), (int(b), int(a))}
    found |= {(int(month), int(day)) for month, day in _ISO_DATE.findall(clinician_text)}
    # said in words: "since january ninth", "the twelfth of june"
    for start, end, day in spoken_numbers(clinician_text):
        month = _MONTH_BEFORE.search(clinician_text[max(0, start - 16):start]) or _MONTH_AFTER.match(clinician_text, end)
        if month and day == int(day):
            found.add((_month_number(month.group("month")), int(day)))
    return frozenset((month, day) for month, day in found if 1 <= month <= 12 and 1 <= day <= 31)


def date_stated(month: int, day: int, clinician_text: str) -> bool:
    """Whether the notes give that day of that month, or the day alone as a date ("the 14th", "thurs 14th"; not "1st
    session")."""
    return (month, day) in stated_dates(clinician_text) or re.search(
        rf"\b(?:the|on|\w+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\s+{day}(?:st|nd|rd|th)\b", clinician_text, re.I) is not None
