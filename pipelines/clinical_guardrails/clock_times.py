"""Times of day: in words ("half past seven", British "at half 7", "neuf heures et quart"), on either dial (22:00 is
10 p.m.), and whether a time in the draft is one the notes give, its hour with its minutes."""

from __future__ import annotations

import functools
import re

from .quantities import _words, spoken_numbers, states, word_value


_CLOCK_AFTER = re.compile(r"\s?(?:h\b|h\d|[ap]\.?m\b\.?|o'?clock|uhr\b|시|時|点|點)", re.I)  # "19시", "7時", "7点": Korean, Japanese, Chinese


def _after_an_at_sign(text: str, start: int) -> bool:
    """Whether what starts at ``start`` follows "@", as notes write a time of day: "MCT dispatch @ 1905"."""
    return text[max(0, start - 4):start].rstrip().endswith("@")


def _clock_hours(hour: float) -> set[float]:
    """An hour of the clock on a 12- and a 24-hour dial: 22:00 is 10 p.m."""
    if hour > 24 or not hour.is_integer():
        return set()
    return {hour - 12} if hour > 12 else {hour + 12}


_SPOKEN_CLOCK = re.compile(r"\b(half|quarter)\s+(past|after|to)\s+([a-z]+|\d{1,2})\b", re.I)
# British "at half 7" (7:30) after a word that sets a time; French "neuf heures et quart", "à 8 h et demie".
_HALF_HOUR = re.compile(r"\b(?:at|by|till|until|around|about|from|before|after)\s+(half)\s+(\d{1,2}|[a-z]+)\b(?!\s+(?:of|an?|the|hours?|days?|weeks?|months?|years?|times?|mins?|minutes?)\b)", re.I)
_FRENCH_CLOCK = re.compile(r"\b(\d{1,2}|[a-zé-]+)\s*(?:heures?|h)\s+et\s+(quart|demie)\b", re.I)
# Spanish, Italian and Portuguese: "a las nueve y media" 9:30, "alle nove e un quarto" 9:15, "às dez e meia", and toward
# the coming hour "las diez menos cuarto" 9:45.
_ROMANCE_CLOCK = re.compile(r"\b(\d{1,2}|[a-zéè]+)\s+(?:(?:y|e)\s+(media|mezza|mezzo|meia|cuarto|(?:un|um)\s+quarto)|(?:menos|meno)\s+(?:un\s+|um\s+)?(cuarto|quarto))\b", re.I)
_ROMANCE_MINUTES = {"media": 30.0, "mezza": 30.0, "mezzo": 30.0, "meia": 30.0, "cuarto": 15.0, "quarto": 15.0}
# German counts toward the coming hour: "halb acht" is 7:30, "Viertel nach acht" 8:15, "Viertel vor acht" and
# "dreiviertel acht" 7:45.
_GERMAN_CLOCK = re.compile(r"\b(halb|viertel\s+nach|viertel\s+vor|dreiviertel)\s+(\d{1,2}|[a-zäöüß]+)\b", re.I)
_GERMAN_MINUTES = {"halb": (-1, 30.0), "viertel nach": (0, 15.0), "viertel vor": (-1, 45.0), "dreiviertel": (-1, 45.0)}


# What each time in words needs, in the lower-cased text: a full pattern is scanned only where its words are.
_PAST_OR_TO = re.compile(r"(?:half|quarter)\s+(?:past|after|to)\b")
_ET_QUART = re.compile(r"et\s+(?:quart|demie)\b")
_Y_MEDIA = re.compile(r"\b(?:y|e|menos|meno)\s+(?:(?:un|um)\s+)?(?:media|mezza|mezzo|meia|cuarto|quarto)\b")
_TIME_WORD_BEFORE = re.compile(r"(?:at|by|till|until|around|about|from|before|after)\s+$")


def spoken_clock_times(text: str) -> list[tuple[int, int, float, float]]:
    """(start, end, hour, minute) of each time of day in words: "half past seven" is 7:30, "quarter to eight" 7:45,
    British "at half 7" 7:30, "neuf heures et quart" 9:15, German "halb acht" 7:30, "a las nueve y media" 9:30."""
    found = []
    lowered = text.lower()
    if "halb" in lowered or "viertel" in lowered:
        for m in _GERMAN_CLOCK.finditer(text):
            hour, (back, minute) = word_value(m.group(2).lower()), _GERMAN_MINUTES[" ".join(m.group(1).lower().split())]
            if hour is not None and 1 <= hour <= 12:
                found.append((m.start(), m.end(), (hour + back) or 12.0, minute))
    if _half_after_a_time_word(lowered):
        for m in _HALF_HOUR.finditer(text):
            hour = word_value(m.group(2).lower())
            if hour is not None and 1 <= hour <= 12:
                found.append((m.start(1), m.end(), hour, 30.0))
    if " et " in lowered and _ET_QUART.search(lowered):
        for m in _FRENCH_CLOCK.finditer(text):
            hour = word_value(m.group(1).lower())
            if hour is not None and 0 <= hour <= 24:
                found.append((m.start(), m.end(), hour, 15.0 if m.group(2).lower() == "quart" else 30.0))
    if any(word in lowered for word in ("medi", "mezz", "meia", "quart", "cuarto")) and _Y_MEDIA.search(lowered):
        for m in _ROMANCE_CLOCK.finditer(text):
            hour = word_value(m.group(1).lower())
            if hour is None or not 1 <= hour <= 24:
                continue
            if m.group(3):  # "menos cuarto": a quarter before the hour
                found.append((m.start(), m.end(), (hour - 1) or 12.0, 45.0))
            else:
                found.append((m.start(), m.end(), hour, _ROMANCE_MINUTES[m.group(2).split()[-1].lower()]))
    if ("half" in lowered or "quarter" in lowered) and _PAST_OR_TO.search(lowered):
        for m in _SPOKEN_CLOCK.finditer(text):
            hour, minute = word_value(m.group(3).lower()), 30.0 if m.group(1).lower() == "half" else 15.0
            if hour is None or not 1 <= hour <= 12 or (m.group(2).lower() == "to" and minute == 30):
                continue
            if m.group(2).lower() == "to":
                hour, minute = hour - 1 or 12.0, 45.0
            found.append((m.start(), m.end(), hour, minute))
    return found


def _half_after_a_time_word(lowered: str) -> bool:
    at = lowered.find("half")
    while at >= 0:
        if _TIME_WORD_BEFORE.search(lowered, max(0, at - 24), at):
            return True
        at = lowered.find("half", at + 4)
    return False


def clock_stated(token: str, values: frozenset[float], clinician_text: str) -> bool:
    """Whether a time in the draft ("6:15") is one the notes give, on either dial ("18:15"): its hour, and its
    minutes with that hour (a 6 and a 30 elsewhere in the notes are no 6:30)."""
    hour, minute = (float(p) for p in re.findall(r"\d+", token)[:2])
    if minute == 0:
        return states(values, {hour} | _clock_hours(hour))
    return any((h, minute) in _clock_times(clinician_text) for h in {hour} | _clock_hours(hour))


_CLOCK_WITH_MARK = re.compile(r"(?<!\d)(?<!\d/)(\d{1,2})\s?[:.h]\s?([0-5]\d)(?!\d)")  # "weeknights/10:30pm", not "3/10:30"
# Without a colon, a time has its clock's word ("630p", "1030h") or four digits that are no year ("0830", "1045").
_CLOCK_WITHOUT_MARK = re.compile(
    r"(?<![\w.,:/])(?:(\d{1,2})([0-5]\d)\s?(?:h|hrs|hours|uhr|am|pm|a|p)\b|(?!19\d\d|20\d\d)([01]\d|2[0-3])([0-5]\d)(?!\w|[.,:/]\d|\s?(?:mg|mcg|ml)\b))", re.I)


_EVENING_ON_THE_CLOCK = re.compile(r"(?<![\w.,:/])(19|20)([0-5]\d)(?!\w|[.,:/]\d|\s?(?:mg|mcg|ml)\b)")
_HOUR_WORDS = ("", "h", "heures", "heure", "uhr", "horas")  # "six thirty", "vingt-deux heures trente"


@functools.lru_cache(maxsize=8)
def _clock_times(clinician_text: str) -> frozenset[tuple[float, float]]:
    """(hour, minute) of each time the notes give, on both dials: "6:30", "6.30pm", "6h30", "630p", "1830", "half
    past six", "six thirty", "vingt-deux heures trente"."""
    found = {(float(h), float(m)) for h, m in _CLOCK_WITH_MARK.findall(clinician_text)}
    without_mark = _CLOCK_WITHOUT_MARK.findall(clinician_text)
    found |= {(float(h or h24), float(m or m24)) for h, m, h24, m24 in without_mark}
    # "PRN 1930" in notes that write "shift 1430-2300", or "@ 1905": half past seven, five past seven
    evening = list(_EVENING_ON_THE_CLOCK.finditer(clinician_text))
    if any(h24 for _, _, h24, _ in without_mark) or any(_after_an_at_sign(clinician_text, m.start()) for m in evening):
        found |= {(float(m.group(1)), float(m.group(2))) for m in evening}
    found |= {(h, m) for _, _, h, m in spoken_clock_times(clinician_text)}
    spoken = sorted(spoken_numbers(clinician_text) + spoken_numbers(clinician_text, _words().other))
    found |= {(a, b) for (_, end, a), (start, _, b) in zip(spoken, spoken[1:])
              if clinician_text[end:start].strip(" -").lower() in _HOUR_WORDS and a <= 23 and 0 < b < 60}
    return frozenset((h2, m) for h, m in found if h <= 24 for h2 in {h} | _clock_hours(h))
