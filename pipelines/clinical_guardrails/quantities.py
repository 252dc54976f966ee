"""Numbers by value: what a number in the draft is worth, and every value the clinician's words state.

A restatement is never a finding, so numbers compare by value, not by spelling: "22:00" is "10 p.m.",
"$12k" is "$12,000", "'98" is "1998" and "the 80s" the 1980s, "0.5mg" is "500 mcg", "90 min" is "1.5
hours", "one hundred and forty" is 140, "nine and a half" 9.5, "a year and a half" 18 months, "half past seven" 7:30, "bd" is twice, and the notes' number
words in Spanish, French or German count as their values. The words are data
(prompt_presets/guardrails/quantity_words.yaml, generated into vocabulary.py).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .text import _in_another_language, _NOTES_IN_ANOTHER_LANGUAGE, _tokens
from .vocabulary import VOCABULARY_FREQUENCIES, VOCABULARY_NUMBER_WORDS
from .clock_times import _after_an_at_sign, _CLOCK_AFTER, _clock_hours, spoken_clock_times


@dataclass(frozen=True)
class _Words:
    english: dict  # canonical word -> value, read in the draft and the notes
    other: dict  # other languages' words and dose abbreviations, read in the notes only
    english_too: dict  # other languages' words that are English words too ("once"): read in notes in that language
    frequencies: dict  # "weekly" -> the canonical words that show the clinician gave it
    dose_counts: dict  # "tid" -> 3: how many doses a day

    @functools.cached_property
    def other_and_shared(self) -> dict:
        return {**self.other, **self.english_too}

    @functools.cached_property
    def every(self) -> frozenset[str]:
        """Every number word of every language: a text with none of them has no number in words."""
        return frozenset(self.english) | frozenset(self.other) | frozenset(self.english_too)


@functools.lru_cache(maxsize=1)
def _words() -> _Words:
    english, other, english_too = {}, {}, {}
    dose_counts = {}
    for line in VOCABULARY_NUMBER_WORDS.strip().splitlines():
        word, value, language = line.replace("ß", "ss").split("|")  # as words are read (_canon)
        {"english": english, "english too": english_too}.get(language, other)[word] = float(value)
        if language == "dose_frequencies":
            dose_counts[word] = float(value)
    frequencies = {f: frozenset(e.split()) for f, e in (line.split("|") for line in VOCABULARY_FREQUENCIES.strip().splitlines())}
    return _Words(english, other, english_too, frequencies, dose_counts)


def _value_key(value: float) -> float:
    return round(value, 4)


def numeral_values(token: str) -> set[float]:
    """A written number's possible values: '12,000' is 12000, '0,5' a decimal comma, '1.100' either; none for
    a time, date or range, which are read part by part."""
    if token.isdigit():
        return {float(token)}
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3}){2,}|\d{1,3}(?:['’]\d{3})+", token):  # "1.250.000", Swiss "2'400"
        return {float(re.sub(r"[.,'’]", "", token))}
    m = re.fullmatch(r"(\d+)[.,](\d+)", token)
    if not m:
        return set()
    values = {float(f"{m.group(1)}.{m.group(2)}")}
    return values | {float(m.group(1) + m.group(2))} if len(m.group(2)) == 3 else values


# ------------------------------------------------------------------------- number words ("twenty-five")

_SCALES = {"hundred": 100.0, "thousand": 1000.0, "mil": 1000.0, "mille": 1000.0, "tausend": 1000.0}  # "dos mil veintidós" is 2022
_JOINING_TENS = ("y", "et", "e")  # Spanish, French and Portuguese join tens and units with a word


def spoken_numbers(text: str, words: dict | None = None) -> list[tuple[int, int, float]]:
    """(start, end, value) of each number written in words: "twenty-five", "one hundred and forty",
    "nine and a half", "a year and a half", "half". Units side by side ("five six times") are two numbers.
    A time of day in words ("half past seven") is no number here: see spoken_clock_times."""
    phrases: list[tuple[int, int, float]] = []
    if words is None:
        words = _words().english
        phrases = _unit_and_a_half(text)
    taken = [(start, end) for start, end, *_ in phrases + spoken_clock_times(text)]
    tokens = _tokens(text)
    found: list[tuple[int, int, float]] = []
    i = 0
    while i < len(tokens):
        first = _compound_value(tokens[i][2], words)
        if first is None or any(start <= tokens[i][0] < end for start, end in taken):
            i += 1
            continue
        start, end, value, last = tokens[i][0], tokens[i][1], first, tokens[i][2]
        j = i + 1
        while j < len(tokens):
            link = _link(text, tokens, j, last, value, words)
            if not link:
                break
            j += link
            word = tokens[j - 1][2]
            value = value * _SCALES[word] if word in _SCALES else value + words[word]
            last, end = word, tokens[j - 1][1]
        found.append((start, end, value))
        i = j
    return sorted(found + phrases)


_AND_A_HALF = re.compile(r"\b(?:(an?|[a-z]+|\d+)\s+)?([a-z]+)\s+and\s+a\s+half\b", re.I)
_A_HALF = re.compile(r"and\s+a\s+half")  # in the lower-cased text: the full pattern is scanned only where it is there


def _unit_and_a_half(text: str) -> list[tuple[int, int, float]]:
    """ "a year and a half" is 1.5 (years), "two hours and a half" 2.5 (hours), "time and a half" 1.5 (times)."""
    found = []
    lowered = text.lower()
    if "half" not in lowered or not _A_HALF.search(lowered):
        return found
    for m in _AND_A_HALF.finditer(text):
        count, unit = (m.group(1) or "a").lower(), m.group(2).lower()
        value = 1.0 if count in ("a", "an") else word_value(count)
        if word_value(unit) is None:  # "extra time and a half": a unit without its count is one of it
            found.append((m.start(), m.end(), value + 0.5) if value is not None else (m.start(2), m.end(), 1.5))
    return found


def _compound_value(word: str, words: dict) -> float | None:
    """A number word's value; German joins a unit and its tens in one word ("zweiundachtzig" is 82)."""
    if word in words:
        return words[word]
    unit, und, tens = word.partition("und")
    if und and words.get(unit, 10) < 10 and words.get(tens, 0) >= 20:
        return words[unit] + words[tens]
    return None


def _link(text: str, tokens: tuple, j: int, last: str, value: float, words: dict) -> int:
    """How many tokens from ``j`` on continue the number so far (0: it ends before ``j``)."""
    def joined(k: int) -> bool:
        return k < len(tokens) and not text[tokens[k - 1][1]:tokens[k][0]].strip(" -")

    if not joined(j):
        return 0
    word = tokens[j][2]
    if word in _SCALES and value < 1000:
        return 1  # "two hundred"
    if word in words and words[word] < 10 and words[word] >= 1 and value >= 20 and value % 10 == 0 and last not in _SCALES:
        return 1  # "twenty-five"
    if word in words and last in _SCALES and words[word] < 100:
        return 1  # "a hundred forty"
    if word in _JOINING_TENS and joined(j + 1) and last not in _SCALES and value >= 20 and value % 10 == 0:
        after = tokens[j + 1][2]
        if 1 <= words.get(after, 0) < 10:
            return 2  # "cincuenta y ocho", "vingt et un"
    if word == "and" and joined(j + 1):
        after = tokens[j + 1][2]
        if last in _SCALES and after in words and words[after] < 100:
            return 2  # "one hundred and forty"
        if after == "a" and joined(j + 2) and tokens[j + 2][2] == "half":
            return 3  # "nine and a half"
    return 0


# ------------------------------------------------------------------------------ the clinician's values

_NUMERAL = re.compile(r"\d+(?:[.,:/]\d+|['’]\d{3})*")
_NUMERAL_PARTS = re.compile(r"[.,:/'’]")
_DIGITS_APART = re.compile(r"(?=\d)(?<![\d.,-])\d(?:[ -]\d){2,}(?![\d.,-])")  # "W V 2 1 1", "9-8-8"
_WORD_OR_POINT = re.compile(r"[\w.,]")
# A time on a 24-hour clock without its colon: "1030h", "0800", "at 1300"; a four-digit number of 1900 to 2099
# is a year unless a clock's word follows it.
_HOURS_MINUTES = re.compile(r"(?<![\w.,:/])([01]\d|2[0-3])([0-5]\d)(?:\s?(h|hrs|hours|uhr)\b|(?!\w|[.,:/]\d))", re.I)
# What may follow a number, and the values it is also worth: 0.5 mg is 500 mcg, 90 min 1.5 hours.
_CONVERSIONS = (
    (re.compile(r"\s?(?:mg|milligrams?)\b", re.I), (1000, 0.001)),
    (re.compile(r"\s?(?:mcg|µg|micrograms?)\b", re.I), (0.001,)),
    (re.compile(r"\s?(?:g|grams?)\b", re.I), (1000,)),
    (re.compile(r"\s?(?:h|hrs?|hours?)\b", re.I), (60,)),
    (re.compile(r"\s?(?:m|mins?|minutes?)\b", re.I), (1 / 60,)),
    (re.compile(r"\s?(?:mos?|months?)\b", re.I), (1 / 12,)),
    (re.compile(r"\s?(?:yrs?|years?)\b", re.I), (12,)),
    (re.compile(r"\s?[kK]\b"), (1000,)),
)
# A number's scale in words: "3,5 millones", "4 lakh", "60 mil".
_SCALE_WORDS = (
    (re.compile(r"\s?(?:millions?|millones|mill[oó]n|millionen|mio\.?)(?!\w)", re.I), 1e6),
    (re.compile(r"\s?lakhs?\b", re.I), 1e5),
    (re.compile(r"\s?(?:mil|tausend)\b", re.I), 1000.0),
)
_CONVERSIONS += tuple((word, (scale,)) for word, scale in _SCALE_WORDS)
# All of them in one search (they never match at one place together): which one matched names its factors.
_UNIT_AFTER = re.compile("|".join(f"(?P<u{i}>{unit.pattern})" for i, (unit, _) in enumerate(_CONVERSIONS)), re.I)


def scale_after(text: str, end: int) -> float:
    """The scale written after the number that ends at ``end`` (1 where none is)."""
    return next((scale for word, scale in _SCALE_WORDS if word.match(text, end)), 1.0)


def _equivalents(text: str, start: int, end: int, values: set[float]) -> set[float]:
    """What the number at start:end is also worth, by what is written around it."""
    after, before = text[end:end + 12], text[max(0, start - 1):start]
    out = set()
    unit = _UNIT_AFTER.match(after)
    if unit:
        out |= {v * f for v in values for f in _CONVERSIONS[int(unit.lastgroup[1:])][1]}
    clock = _CLOCK_AFTER.match(after)
    if clock or ":" in text[start:end]:
        # "18h", "6h30" are read on a 24-hour clock, which gives the hour as it is: "sleep 6h" is no 6 p.m.
        on_24_hours = bool(clock) and clock.group().lstrip()[:1] in "hH"
        out |= {h for v in values if v > 12 or not on_24_hours for h in _clock_hours(v)}
    if after[:1] == "s" or before in ("'", "’"):  # "the 80s", "'98", "the 1990s"
        out |= {c + v for v in values if v < 100 for c in (1900, 2000)} | {v % 100 for v in values if v >= 1900}
    # A year is in its decade: 1995 is "the 90s", "the 1990s".
    out |= {d for v in values if 1900 <= v < 2100 and v.is_integer() for d in (v // 10 * 10, v % 100 // 10 * 10)}
    return out

# "un mes", "a week": one of a unit of time. Looked for only where the text has such a unit (a search for the article
# alone would stop at every "a").
_TIME_UNITS = frozenset("day week month year hour minute día dia semana mes año hora minuto jour semaine mois année heure "
                        "tag woche monat jahr stunde".split())
_ONE_UNIT = re.compile(r"\b(?:a|an|un|una|une|ein|eine|einen|einem|einer)\s+(?:" + "|".join(sorted(_TIME_UNITS)) + r")\b", re.I)
# It starts with its full stop, which the search then finds fast: ".14" is 0.14.
_BARE_DECIMAL = re.compile(r"\.(\d+)\b")
# A month and its year's last two digits, in the notes: "Nov. 24", "Okt. 23", "Dec '22" (not "Jan 15", a day).
_MONTHS_SHORT = r"(?:jan|janv|ene|feb|févr|fév|mar|mär|mrz|apr|abr|avr|may|mai|jun|juin|jul|juil|aug|ago|août|sep|sept|oct|okt|nov|dec|dic|déc|dez)"
_MONTH_AND_YEAR = re.compile(rf"\b{_MONTHS_SHORT}(?:\.\s?|\s?['’])(\d{{2}})(?![\d:./])", re.I)
_MONTH_AND_YEAR_LOOSE = re.compile(rf"\b{_MONTHS_SHORT}(?:\.\s?|\s?['’]|\s)(\d{{2}})(?![\d:./])", re.I)  # "Jan 24"
_SHORT_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2})?|\d{1,2}\.\d{1,2}\.\d{2}")  # "14/03/24", "08/23", "03.02.25"; not "7.25"
_YEAR_SPAN = re.compile(r"(?=[12])(?<![\d.,/])((?:19|20)\d\d)\s?[-–/]\s?(\d\d)(?!\d|[/.,:]\d)")
_FRACTION = re.compile(r"(?<![\w./])(\d{1,2})/(\d{1,2})(?![\w/])")


def values_in(text: str, canonical: frozenset[str] | None = None) -> frozenset[float]:
    """Every value the text states, by each way it may be restated; ``canonical``: its canonical words, where the
    caller has them."""
    found: set[float] = set()
    for m in _NUMERAL.finditer(text):
        parts = [p for p in _NUMERAL_PARTS.split(m.group()) if p]
        values = numeral_values(m.group()) | {float(p) for p in parts}
        if "/" in m.group():  # a score out of its maximum: "4.8/7" is 4.8
            values |= {v for side in m.group().split("/") for v in numeral_values(side)}
        # "14/03/24", "03.02.25" and "08/23" (a month and its year) are in 2024, 2025 and 2023 (or the 1900s)
        if len(parts[-1]) == 2 and _SHORT_DATE.fullmatch(m.group()):
            values |= {c + float(parts[-1]) for c in (1900, 2000)}
        # A time's hour is its first part: "18:00-18:15" is also 6 p.m.
        hours = {float(parts[0])} if ":" in m.group() else values
        found |= values | _equivalents(text, m.start(), m.end(), hours)
    # A share of a whole is its value and its percentage: "1/2 tab" is half, "4/5 days" 80%.
    if "/" in text:
        found |= {f * int(a) / int(b) for a, b in _FRACTION.findall(text) if 0 < int(a) <= int(b) for f in (1, 100)}
    # a number dictated digit by digit: "W V 2 1 1" is 211
    found |= {float(re.sub(r"[ -]", "", m.group())) for m in _DIGITS_APART.finditer(text)}
    if "." in text:  # "BAC .14" is 0.14
        found |= {float("0." + m.group(1)) for m in _BARE_DECIMAL.finditer(text) if not (m.start() and _WORD_OR_POINT.match(text[m.start() - 1]))}
    # "2014-17": a span of years ends in the first one's century, 2017
    found |= {float(m.group(1)[:2] + m.group(2)) for m in _YEAR_SPAN.finditer(text) if m.group(2) > m.group(1)[2:]}
    canonical = {w for _, _, w in _tokens(text)} if canonical is None else canonical
    if not _TIME_UNITS.isdisjoint(canonical) and _ONE_UNIT.search(text):  # "durante un mes", "for a week": one of it
        found.add(1.0)
    words = _words()
    if words.every.isdisjoint(canonical):
        return frozenset(map(_value_key, found))
    # English "once" is no eleven; in notes in another language its words make numbers with the others ("dos mil")
    foreign = not words.english_too.keys().isdisjoint(canonical) and _in_another_language(text, _NOTES_IN_ANOTHER_LANGUAGE)
    said = sorted(spoken_numbers(text) + spoken_numbers(text, words.other_and_shared if foreign else words.other))
    for start, end, value in said:
        found |= {value} | _equivalents(text, start, end, {value})
    found |= _said_in_parts(text, said)
    for _, _, hour, minute in spoken_clock_times(text):
        found |= {hour, minute} | _clock_hours(hour)
    return frozenset(map(_value_key, found))


@functools.lru_cache(maxsize=8)
def stated_times(clinician_text: str) -> frozenset[float]:
    """The hours and minutes of the times of day the notes write without a colon ("1030h", "alarm at 0800"): they
    state a time of day only, not any number ("1600" gives 4 p.m., not four times a week)."""
    found: set[float] = set()
    matches = list(_HOURS_MINUTES.finditer(clinician_text))
    # "PRN 1930" is half past seven in notes that write other times so ("shift 1430-2300"), or one after "@" ("@ 1905"),
    # not the year 1930
    on_the_clock = any(m.group(3) or m.group(1) not in ("19", "20") or _after_an_at_sign(clinician_text, m.start()) for m in matches)
    for m in matches:
        if m.group(3) or m.group(1) not in ("19", "20") or on_the_clock:
            hour = float(m.group(1))
            found |= {hour, float(m.group(2))} | _clock_hours(hour)
    # an evening hour on the 24-hour clock by itself: "no screens after 23", "dopo le 23", "om 23u"
    found |= {h for m in _EVENING_HOUR.finditer(clinician_text) for h in _clock_hours(float(m.group(1) or m.group(2)))}
    # an hour in Korean, Japanese or Chinese, whose afternoon ("오후 7시", "午後7時", "下午7点") the 24-hour clock writes 19
    found |= {h for m in _CJK_HOUR.finditer(clinician_text) for h in {float(m.group(1))} | _clock_hours(float(m.group(1)))}
    return frozenset(map(_value_key, found))


_CJK_HOUR = re.compile(r"(\d{1,2})\s?(?:시|時|点|點)")
_EVENING_HOUR = re.compile(
    r"(?:\b(?:after|before|until|till|by|dopo\s+le|prima\s+delle|alle|entro\s+le|a\s+las|despu[eé]s\s+de\s+las|antes\s+de\s+las"
    r"|hasta\s+las|um|nach|vor|bis|ab|apr[eè]s|avant|jusqu'[àa]|om|na|voor|tot|[àa]s|depois\s+das|antes\s+das|at[ée]\s+[àa]s)\s+"
    r"(1[3-9]|2[0-4])(?:\s?[uh])?|(?<![\w.,:/])(1[3-9]|2[0-4])u)\b(?![.,:/]\d|\s*(?:%|[^\W\d_]*(?:year|yr|month|week|wk|day|hour|hr|min|session"
    r"|mg|kg|ml|ann|año|ans|jahr|jaar|dia|giorn|semana|settiman|mes|mois|monat|maand|dag|tag|uur)))", re.I)


@functools.lru_cache(maxsize=8)
def stated_values(clinician_text: str) -> frozenset[float]:
    """The values of the clinician's text, and the changes between them, read once per draft, not once per
    sentence checked."""
    # In notes in another language "Jan 24" is January 2024 too (in English it is the 24th of January).
    month_and_year = _MONTH_AND_YEAR if not _in_another_language(clinician_text, _NOTES_IN_ANOTHER_LANGUAGE) else _MONTH_AND_YEAR_LOOSE
    years = {c + float(y) for y in month_and_year.findall(clinician_text) for c in (1900, 2000)}
    return values_in(clinician_text) | _changes(clinician_text) | frozenset(years)


_POINTS = ("point", "coma", "komma", "virgule", "vírgula", "virgola")  # a decimal's point, said


def _said_in_parts(text: str, spoken: list[tuple[int, int, float]]) -> set[float]:
    """Numbers said as people say them in parts: a year or dose in pairs ("twenty eleven" is 2011, "one fifty"
    150), a phone number digit by digit ("nine eight eight" is 988, "one oh four" 104) and a decimal by its point ("three point six",
    "point one eight").
    ``spoken``: its numbers in words."""
    found: set[float] = set()
    digits: list[int] = []
    whole = [(start, end, int(value)) for start, end, value in spoken if value == int(value)]
    for (_, end, a), (start, _, b) in zip(whole, whole[1:]):
        joined = not text[end:start].strip(" -")
        if joined and 1 <= a <= 99 and 10 <= b <= 99:
            found.add(float(a * 100 + b))
        if text[end:start].strip().lower() in _POINTS:  # "three point six" is 3.6, "cuarenta y seis coma dos" 46.2
            found.add(float(f"{a}.{b}"))
        # digit by digit, "oh" a nought, the first maybe two ("fourteen four one six" is 14416, "one oh four" 104)
        nought = text[end:start].strip(" -").lower() == "oh"
        digits = (digits or [a]) + [0] * nought + [b] if (joined or nought) and b <= 9 and (a <= 9 or not digits and a <= 99) else []
        if len(digits) >= 3:
            found.add(float("".join(map(str, digits))))
    # the digits after a point said one by one: "point one eight" is 0.18, "three point one four" 3.14
    for k, (start, end, value) in enumerate(whole):
        if value > 9 or not text[:start].rstrip().lower().endswith(_POINTS):
            continue
        run, last = [value], end
        for next_start, next_end, digit in whole[k + 1:]:
            if digit > 9 or text[last:next_start].strip(" -"):
                break
            run, last = run + [digit], next_end
        integer = whole[k - 1][2] if k and text[whole[k - 1][1]:start].strip().lower() in _POINTS else 0
        found.add(float(f"{integer}.{''.join(map(str, run))}"))
    return found


# A line giving two values of one thing gives how far it moved: "PCL-5 58 -> 36" is a 22-point drop, "belief
# 80% -> 50%" a fall of 30 points. The number in a name ("PCL-5") is no value of it; a line of many numbers
# (a schedule, a list of scores) is not read for changes. A value counted two to four times gives its total
# ("acamprosate 333mg 2 tabs" is 666 mg). A value halved or doubled is cut in half or doubled ("6->3 beers").
_MOST_VALUES_TO_COMPARE = 4
_COUNTS = (2.0, 3.0, 4.0)


def _changes(clinician_text: str) -> frozenset[float]:
    changes = set()
    for line in clinician_text.splitlines():
        values = [float(m.group()) for m in _NUMERAL.finditer(line)
                  if re.fullmatch(r"\d+(?:\.\d+)?", m.group()) and not re.search(r"[A-Za-z]-$", line[:m.start()])]
        if 2 <= len(values) <= _MOST_VALUES_TO_COMPARE:
            changes |= {_value_key(abs(a - b)) for i, a in enumerate(values) for b in values[i + 1:] if a != b}
            # and how much a count of it makes: "333mg 2 tabs" is 666 mg
            changes |= {_value_key(a * b) for i, a in enumerate(values) for b in values[i + 1:] if min(a, b) in _COUNTS}
            changes |= {f for i, a in enumerate(values) for b in values[i + 1:] if a and b and a in (2 * b, b / 2) for f in (0.5, 2.0)}
    return frozenset(changes)


def states(values: frozenset[float], candidates: set[float]) -> bool:
    return any(_value_key(v) in values for v in candidates)


def word_value(word: str) -> float | None:
    """A canonical word's number ("14", "three", "tres"), or None."""
    if word.isdigit():
        return float(word)
    words = _words()
    return words.english.get(word, words.other.get(word))


def dose_count(word: str) -> float | None:
    """How many doses a day a prescription's abbreviation gives ("tid" is 3), or None."""
    return _words().dose_counts.get(word)


def frequency_evidence(word: str) -> frozenset[str] | None:
    """The words that show the clinician gave the frequency ``word``; None if it is no frequency."""
    return _words().frequencies.get(word)
