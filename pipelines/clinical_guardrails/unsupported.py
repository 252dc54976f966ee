"""Unsupported specifics: what the note states that the clinician's text does not.

Specifics the model may not add: quotations (any quote style), numbers with what
they count ("session 8", "3 times daily", "17 March"), medications and doses, people's
names (names.py), and risk statements where the clinician recorded no risk assessment at all.
"""

from __future__ import annotations

import difflib
import functools
import re

from .findings import Finding
from .dates import date_stated, day_of_a_month
from .events import EVENT_MESSAGE, find_events
from .risk_statements import RISK_STATEMENT_MESSAGE, risks_not_recorded
from .names import find_names
from .frequencies import _frequencies
from .quantities import _DIGITS_APART, dose_count, numeral_values, scale_after, spoken_numbers, stated_times, stated_values, states, word_value
from .clock_times import _CLOCK_AFTER, clock_stated, spoken_clock_times
from .quotes import _acronyms, _glosses, _their_gloss, _translation_of_original, _without_recorded_quotes, recorded
from .scores import _measure_before, _measure_values
from .terms import _class_members, _named_by_stem, _terms_in
from .text import _clinician_phrase, _in_latin_letters, _JOINING_WORDS, _LETTER_RUN, _mentions, _phrase, _QUOTE, _spelling_key, _stem, _TOKEN, _tokens



# A drug the vocabulary does not name is known by its family's ending (INN stems).

# A number in the draft; an amount may stand right after its currency's letters ("R25,000", "Rs 40,000").
_NUMBER = re.compile(r"\d(?:(?<![\w.,'’]\d)|(?<=\bR\d)|(?<=\bRs\d))\d*(?:[.,:/]\d+|['’]\d{3})*(?:st|nd|rd|th)?(?![\d])")
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# What a number counts, either side of it: the finding quotes the whole quantity.
_QUANTITY_BEFORE = re.compile(
    rf"(?:\b(?:about|approximately|approx\.?|around|roughly|nearly|almost|over|under|at\s+least|up\s+to|from|session|visit|week|day|age|aged"
    rf"|score|scored|rated|rating|level|voc|suds|phq-9|gad-7|no\.|number|{_MONTHS})\s*|[~#]\s*)$",
    re.I,
)
_QUANTITY_AFTER = re.compile(
    rf"(?:(?:\s*-?\s*(?:years?|yrs?|year-old|years?-old|yo|y/o|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|times?|x|mg|mcg|ml|kg|lbs?"
    rf"|pounds?|%|percent|sessions?|nights?|drinks?|units?|points?|pints?|glasses|bottles?|cans?|shots?|beers?|cigarettes?|cigs?|joints?"
    rf"|cups?|pills?|tablets?|puffs?|packs?|{_MONTHS})\b(?:\s+(?:daily|weekly|a\s+day|a\s+week|per\s+(?:day|week)|ago|old|of\s+treatment)|\s*/\s*(?:d|days?|wks?|weeks?|mos?|months?|nights?|sessions?|hrs?|hours?|yrs?|years?)\b)?"
    rf"|\s*%))?"
    # The point it is measured from is part of the claim: "from 14 at the last session".
    r"(?:\s+(?:at|since)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:last|previous|first|initial|most\s+recent)\s+(?:session|visit|appointment|assessment|review))?",
    re.I,
)


def _quantity(note: str, start: int, end: int) -> tuple[int, int]:
    before = _QUANTITY_BEFORE.search(note, max(0, start - 24), start)
    after = _QUANTITY_AFTER.match(note, end)
    return (before.start() if before else start), (after.end() if after else end)


# The number after a name's hyphen is part of the name: "DSM-5", "PHQ-9", "COVID-19".
_NAMED_BEFORE = re.compile(r"[A-Z]{2,}-$")
# A session or week one on from the notes' is the next one: "wk 4 of 12" -> "Week 5 will build on ...".
_COUNTED_BEFORE = re.compile(r"\b(?:session|sess|week|wk|visit|appointment|module|class|day)\.?\s*#?\s*$", re.I)
# A plan's own numbering labels its parts and states nothing: "Goal 1", "Objective 2.1", "Step 3".
_LABEL_BEFORE = re.compile(r"\b(?:goal|objective|step|problem|intervention|target|item|stage|part)\s*#?\s*$", re.I)


_LIST_NUMBER = re.compile(r"\d{1,2}[.)](?:\s|$)")


def _number_stated(note: str, match: re.Match, values: frozenset, clinician_text: str, words: str) -> bool:
    token = re.sub(r"(?:st|nd|rd|th)$", "", match.group())
    before = note[max(0, match.start() - 16):match.start()]
    if _LIST_NUMBER.match(note, match.start()) and not note[note.rfind("\n", 0, match.start()) + 1:match.start()].strip(" \t*_#>"):
        return True  # "2. Reduce restriction", "**3. Plan**": a numbered list's or heading's own numbering
    if _NAMED_BEFORE.search(before) or _LABEL_BEFORE.search(before) and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", token):
        return True
    date = day_of_a_month(note, match.start(), match.start() + len(token))
    if date:  # "March 12": that day of that month, not a 12 and a March apart
        return date_stated(*date, clinician_text)
    if _top_of_a_stated_rating(note, match.start(), float(token) if token.isdigit() else None, values):
        return True
    if "/" in token:  # a date or a rating ("3/5") is stated as written, or a rating on a scale the notes rate on
        return token.lstrip("0") in _numerals(clinician_text) or _rated_on_their_scale(token, values, clinician_text)
    if re.fullmatch(r"\d:\d", token):  # "1:1 observation", "a 2:1 ratio": a ratio, not a time
        return token in _numerals(clinician_text) or all(states(values, {float(p)}) for p in token.split(":"))
    if ":" in token:
        return clock_stated(token, values | stated_times(clinician_text), clinician_text)
    if _CLOCK_AFTER.match(note, match.end()):  # "8 a.m.", "22 h": a time of day, which the notes may give as "0800"
        values = values | stated_times(clinician_text)
    candidates = numeral_values(token)
    if re.match(r"\s?[kK]\b", note[match.end():match.end() + 3]):
        candidates = {v * 1000 for v in candidates}
    else:  # "3,5 millones", "4 lakh", "60 mil"
        candidates |= {v * scale_after(note, match.end()) for v in candidates}
    if _DOSE_UNIT.match(note, match.end()):  # a dose is the notes' only as one of their doses, not any number of theirs
        values = _dose_values(clinician_text)
    measure = _measure_before(words, match.start())  # the text whose measures the other checks read already
    if measure:  # and a measure's score only as one of their values for that measure ("her PHQ-9 score was 12")
        values = _measure_values(clinician_text, measure)
    # A date's or a sum's parts may each be the notes' ("03.02.25", "2,400"); a decimal's one digit after its point
    # is no number of its own ("up 1.4 pounds" is not a 1 and a 4).
    parts = set() if re.fullmatch(r"\d+[.,]\d", token) else {float(p) for p in re.split(r"[.,'’]", token) if p}
    return (states(values, candidates) or bool(parts) and all(states(values, {p}) for p in parts)
            or bool(_COUNTED_BEFORE.search(before)) and states(values, {v - 1 for v in candidates}))


_DOSE_UNIT = re.compile(r"\s?(?:mg|mcg|µg|micrograms?|milligrams?|ml)\b", re.I)
_DOSE_CHANGE = re.compile(r"\b(?:up|down|increas\w*|decreas\w*|rais\w*|reduc\w*|titrat\w*|taper\w*|previously|prev)\b", re.I)


@functools.lru_cache(maxsize=8)
def _dose_values(clinician_text: str) -> frozenset:
    """The values of the notes' items about medication (a line or clause naming a drug or a dose unit), as doses may
    be restated: "sertraline 50 -> 100" gives 50 mg, 100 mg and the change between them; 0.5 mg is 500 mcg."""
    lines = []
    for line in re.split(r"[\n;]", clinician_text):
        dose_before = False
        for item in re.split(r",\s", line):
            dose = bool(_DOSE_UNIT.search(item) or _medications(item))
            # "fluvoxamine 100mg, went up from 50 last month": the clause after a dose that says how it changed
            if dose or dose_before and _DOSE_CHANGE.search(item):
                lines.append(item)
            dose_before = dose
    values = stated_values("\n".join(lines))
    # and a day's total: "gabapentin 300mg tid" is 900 mg a day
    values |= {v * c for item in lines for c in _doses_a_day(item) for v in stated_values(item)}
    return values | {v * 1000 for v in values} | {v / 1000 for v in values}


def _doses_a_day(item: str) -> set[float]:
    return {dose_count(w) for _, _, w in _tokens(item) if dose_count(w)}


def _rated_on_their_scale(token: str, values: frozenset, clinician_text: str) -> bool:
    """"5-7/10" for "week avg 5-7" in notes that rate out of 10 elsewhere ("pain 6/10")."""
    parts = token.split("/")
    return (len(parts) == 2 and parts[0].isdigit() and states(values, {float(parts[0])})
            and any(n.endswith(f"/{parts[1]}") for n in _numerals(clinician_text)))


# "importance 7 out of 10", "SUDS sixty out of a hundred": the rating before it and the top of its scale.
_OUT_OF_BEFORE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?|[a-z]+)\s+out\s+of\s+(?:a\s+)?$", re.I)


def _top_of_a_stated_rating(note: str, start: int, top: float | None, values: frozenset) -> bool:
    """Whether the number at ``start`` tops the 0-10 or 0-100 scale of a rating the notes give ("importance 7" restated
    as "7 out of 10"): the scale is the rating's, not a fact of its own."""
    rating = _OUT_OF_BEFORE.search(note, max(0, start - 24), start) if top in (10.0, 100.0) else None
    if not rating:
        return False
    said = rating.group(1)
    value = float(said) if said[0].isdigit() else word_value(said.lower())
    return value is not None and value <= top and states(values, {value})


@functools.lru_cache(maxsize=8)
def _numerals(clinician_text: str) -> frozenset[str]:
    """The notes' numbers as written; a rating said in words ("an eight out of ten") as it is written ("8/10")."""
    said = {f"{a:g}/{b:g}" for a, b in ((word_value(m.group(1).lower()), word_value(m.group(2).lower()))
                                         for m in _OUT_OF.finditer(clinician_text)) if a is not None and b}
    return frozenset(t.lstrip("0") for t in re.findall(r"\d+(?:[.,:/]\d+)*", clinician_text)) | said


_OUT_OF = re.compile(r"\b(\w+) out of (\w+)\b", re.I)


@functools.lru_cache(maxsize=8)  # read for the medications and for their doses
def _medications(note: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, group) of each medication: a name the must-carry vocabulary knows, or a drug family's stem."""
    tokens = _tokens(note)
    found = [(tokens[h.first][0], tokens[h.last - 1][1], h.group) for h in _terms_in(note, "medications")]
    named = {start for start, _, _ in found}
    found += [(start, end, word) for start, end, word in tokens if start not in named and _named_by_stem(word)]
    return tuple(sorted(found))


def _spelt_from_initials(note: str, medications: tuple[tuple[int, int, str], ...], clinician_text: str) -> frozenset[int]:
    """Where the drugs start that stand among words whose initials are an acronym of three letters or more the notes write
    in capitals, the words that join them counted or not: "tenofovir, lamivudine and dolutegravir" for "TLD",
    "amphetamine-type stimulants" for "ATS"."""
    acronyms = [a for a in _acronyms(clinician_text) if len(a) >= 3]
    spelt = set()
    for line in re.finditer(r"[^\n]+", note if acronyms else ""):
        words = list(_LETTER_RUN.finditer(line.group()))
        for kept in (words, [w for w in words if w.group().lower() not in _JOINING_WORDS]):
            initials = "".join([w.group()[0].lower() for w in kept])
            for acronym in acronyms:
                for m in re.finditer(acronym, initials):
                    first, last = line.start() + kept[m.start()].start(), line.start() + kept[m.end() - 1].end()
                    spelt |= {start for start, end, _ in medications if first <= start and end <= last}
    return frozenset(spelt)


# A drug the notes write in short: a word before its dose ("dex 20mg", "loraz 0.5mg") or paired by a slash ("len/dex",
# "nivo/ipi"), or any word of five letters or more ("phenobarb taper", "benzos"), which the draft writes in full
# ("dexamethasone", "phenobarbital").
_SHORT_BEFORE_DOSE = re.compile(r"\b([a-z]{3,6})\.?\s?\d+(?:\.\d+)?\s?(?:mg|mcg|g|units?|u)\b", re.I)
_SHORT_PAIR = re.compile(r"\b([a-z]{3,6})/([a-z]{3,6})\b", re.I)
_SHORT_BEFORE_CHANGE = re.compile(r"\b([A-Z]{3,4})\s+(?:taper\w*|titrat\w*|wean\w*|level|dose)\b")  # "LEV taper" is levetiracetam's


@functools.lru_cache(maxsize=8)
def _drug_short_forms(clinician_text: str) -> tuple[str, ...]:
    short = {m.group(1) for pattern in (_SHORT_BEFORE_DOSE, _SHORT_BEFORE_CHANGE) for m in pattern.finditer(clinician_text)}
    short |= {w for m in _SHORT_PAIR.finditer(clinician_text) for w in m.groups()}
    short |= {w for _, _, w in _tokens(clinician_text) if len(w) >= _SHORTEST_CUT_DRUG and w.isalpha()}
    return tuple(sorted(w.lower() for w in short))


_SHORTEST_CUT_DRUG = 5


# "three core fears", "two values": a count of things is the notes' when a line or bracket of theirs names those
# things and lists that many ("core fears: rejection, failure, being alone").
_PLURAL_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+([\w-]{3,})s\b")
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;+/&]|\band\b|\bor\b|->|→)\s*")


def _counts_a_list(note: str, end: int, value: float, clinician_text: str) -> bool:
    counted = _PLURAL_AFTER.match(note, end)
    if not (counted and value.is_integer() and value >= 2):
        return False
    thing = _stem(counted.group(1))
    if thing in _NOT_LISTED:
        return False  # "three times a day", "two weeks": how often or how long, which the notes must give
    return any(items >= value and thing in stems for items, stems in _lists(clinician_text))


_NOT_LISTED = frozenset(_stem(w) for w in "time occasion minute hour day night week month year session".split())


@functools.lru_cache(maxsize=8)
def _lists(clinician_text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """Per line or bracket of the notes: how many things it lists, and its words."""
    pieces = [p for p in re.split(r"[\n()]", clinician_text) if p.strip()]
    return tuple((len([i for i in _LIST_SEPARATOR.split(p) if i.strip()]), frozenset(_stem(w) for w in _TOKEN.findall(p)))
                 for p in pieces)


# Drug names are often misspelt in quick notes ("mirtazipine"): a name the notes spell nearly alike, from the same
# beginning, is theirs. Other drugs differ in their beginning ("lorazepam", "clonazepam"; "duloxetine",
# "fluoxetine") or in more than a letter or two.
_ALIKE = 0.85


def _spelt_alike(name: str, clinician_text: str) -> bool:
    return len(name) >= 6 and (_spelling_key(name) in _clinician_spelling_keys(clinician_text) or any(
        w[:4] == name[:4] for w in difflib.get_close_matches(name, _clinician_long_words(clinician_text), n=3, cutoff=_ALIKE)))


@functools.lru_cache(maxsize=8)
def _clinician_long_words(clinician_text: str) -> tuple[str, ...]:
    return tuple({v for _, _, w in _tokens(clinician_text) if len(w) >= 5 for v in (w, _in_latin_letters(w))})  # "litio" is lithium


@functools.lru_cache(maxsize=8)
def _clinician_spelling_keys(clinician_text: str) -> frozenset[str]:
    return frozenset(_spelling_key(w) for w in _clinician_long_words(clinician_text))


@functools.lru_cache(maxsize=8)
def _clinician_medications(clinician_text: str) -> frozenset[str]:
    return frozenset(h.group for h in _terms_in(clinician_text, "medications"))


def find_unsupported(note: str, clinician_text: str, section: str = "") -> list[Finding]:
    """What the note states that the clinician's text does not; ``section``: the heading a streamed part is under."""
    clinician_phrase = _clinician_phrase(clinician_text)
    spans: list[tuple[int, int, str]] = []
    after_recorded, last_recorded = -1, ""  # where the last recorded quotation ends, and what it says
    for match in _QUOTE.finditer(note):
        # a translation in brackets right after a recorded quotation that the notes translate themselves is theirs only
        # in their words
        glossing = after_recorded >= 0 and not note[after_recorded:match.start()].strip(" (") and _their_gloss(last_recorded, clinician_text)
        if (_glosses(note, match, after_recorded, clinician_text) if glossing else
                recorded(match.group()[1:-1], clinician_text) or _glosses(note, match, after_recorded, clinician_text)
                or _translation_of_original(note, match, clinician_text)):
            after_recorded, last_recorded = match.end(), match.group()[1:-1]
        else:
            spans.append((*match.span(), _QUOTATION))
    # Words the clinician recorded in a quote are theirs: the word checks read the note without them.
    words = _without_recorded_quotes(note, clinician_text)
    spans += risks_not_recorded(note, words, clinician_text)
    theirs = _clinician_medications(clinician_text)
    unknown = tuple(m for m in _medications(words) if m[2] not in theirs and _class_members(m[2]).isdisjoint(theirs))
    spelt = _spelt_from_initials(words, unknown, clinician_text) if unknown else frozenset()
    for start, end, group in unknown:
        # "stimulant-induced", "opioid-related": what a condition comes from, no medication taken; a drug spelt out from
        # the notes' initials is theirs
        if _A_CAUSE.match(note, end) or start in spelt:
            continue
        if (not _mentions(_phrase(note[start:end]), clinician_phrase)
                and not _spelt_alike(_phrase(note[start:end]), clinician_text)
                and not _phrase(note[start:end]).startswith(_drug_short_forms(clinician_text))):
            dose = re.match(r"\s+\d+(?:\.\d+)?", note[end:])
            if dose:
                end = _quantity(note, end + dose.end(), end + dose.end())[1]
            spans.append((start, end, "A medication that is not in your notes."))
    values = stated_values(clinician_text)
    # A dose is reviewed with its medication: "sertraline 50 mg".
    medication_at = {end: start for start, end, _ in _medications(words)}
    # a number said digit by digit ("9-8-8"), or written in groups ("116 123"), is the notes' as the whole number it spells
    spelt = {m.start() + k for pattern in (_DIGITS_APART, _DIGIT_GROUPS) for m in pattern.finditer(note)
             if states(values, {float(re.sub(r"[ -]", "", m.group()))})
             for k in range(len(m.group()))}
    for match in _NUMBER.finditer(note):
        if match.start() not in spelt and not _number_stated(note, match, values, clinician_text, words):
            start, end = _quantity(note, *match.span())
            before = re.search(r"(?:\s+(?:at|of))?\s+$", note[max(0, start - 8):start])
            start = medication_at.get(start - len(before.group()) if before else start, start)
            spans.append((start, end, "A number (age, duration, frequency, dose, date or score) that is not in your notes."))
    for start, end, value in spoken_numbers(words):
        if (value not in (0, 1) and not states(values, {value}) and not _mentions(_phrase(note[start:end]), clinician_phrase)
                and not _counts_a_list(note, end, value, clinician_text) and not _top_of_a_stated_rating(note, start, value, values)
                and not _COMPOUND_AFTER.match(note, end) and not _COMPOUND_BEFORE.search(note, max(0, start - 8), start)):
            spans.append((*_quantity(note, start, end), "A number that is not in your notes."))
    for start, end, hour, minute in spoken_clock_times(words):
        if not clock_stated(f"{hour:g}:{minute:g}", values | stated_times(clinician_text), clinician_text):
            spans.append((start, end, "A time that is not in your notes."))
    spans += [(start, end, "A frequency that is not in your notes.") for start, end in _frequencies(words, clinician_phrase, section)]
    # Events by the draft's own sentences, as draft_sentence_facts reads them (a recorded quote's events are the notes').
    spans += find_names(words, clinician_text) + find_events(note, clinician_text)
    return _merged(note, [(*_clause(note, start, end), _naming(message, note[start:end])) if message not in _WHOLE_CLAIMS else (start, end, message)
                          for start, end, message in spans])


# A number word in a compound names a kind of thing, not a count: "five-a-side football", "a nine-to-five job".
_COMPOUND_AFTER = re.compile(r"-(?:a|an|on|to|by|in|of)-[^\W\d_]")
_COMPOUND_BEFORE = re.compile(r"[^\W\d_]-(?:a|an|on|to|by|in|of)-$")
_DIGIT_GROUPS = re.compile(r"(?=\d)(?<![\d.,-])\d{2,4}(?:[ -]\d{2,4}){1,3}(?![\d,-]|\.\d)")  # "Samaritans, 116 123."
_A_CAUSE = re.compile(r"[-‐]\s?(?:induced|related|associated)\b", re.I)
# A quotation, and a risk statement (its sentence), are claims whole; any other specific is reviewed in the
# clause that makes the claim ("her score was 11", "She continues on fluoxetine"), the specific named.
_QUOTATION = "A quotation that is not in your notes. Keep only words you recorded."
_WHOLE_CLAIMS = (_QUOTATION, RISK_STATEMENT_MESSAGE, EVENT_MESSAGE)
_CLAUSE_BOUND = re.compile(r"[.!?][\"”’')\]]*(?=\s|$)|[;:,](?=\s)|\n|\s[-–—]\s")


def _clause(note: str, start: int, end: int) -> tuple[int, int]:
    """The clause around start:end: from the last mark before it to the next, a full stop kept ("at 3 a.m.")."""
    clause_start = max([m.end() for m in _CLAUSE_BOUND.finditer(note, max(0, start - 200), start)], default=max(0, start - 200))
    after = _CLAUSE_BOUND.search(note, end)
    clause_end = (after.end() if after.group()[0] in ".!?" else after.start()) if after else len(note)
    if clause_start and note[clause_start - 1] == ":":  # a field's label is part of its value's claim: "PHQ-9: 10"
        # from where its line or sentence starts (a streamed piece starts where a sentence does)
        line_start = note.rfind("\n", 0, clause_start) + 1
        line_start += max([m.end() for m in _SENTENCE_STOP.finditer(note[line_start:clause_start - 1])], default=0)
        label_start = line_start + re.match(r"[\s>*•·-]*", note[line_start:clause_start]).end()
        label = note[label_start:clause_start - 1]
        if label and len(label.split()) <= 4 and not re.search(r"[;,.!?]", label):
            clause_start = label_start
    while clause_start < start and note[clause_start].isspace():
        clause_start += 1
    weekday = _WEEKDAY_BEFORE.search(note, max(0, clause_start - 14), clause_start)  # "Tuesday, April 9" is one date
    return weekday.start() if weekday else clause_start, max(end, clause_end)


_SENTENCE_STOP = re.compile(r"[.!?][\"”’')\]]*(?=\s)")
_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*$")


def _naming(message: str, specific: str) -> str:
    return f"{message[:-1]}: \u201c{specific.strip()}\u201d."


def _merged(note: str, spans: list[tuple[int, int, str]]) -> list[Finding]:
    """One finding per place: overlapping spans (a medication and its dose, two specifics of one clause) are one
    thing to review."""
    findings: list[Finding] = []
    for start, end, message in sorted(spans):
        if findings and start < findings[-1].end:
            last = findings.pop()
            # Each specific in the place is named: "A medication ...: “lorazepam”. A number ...: “2 weeks”."
            joined = last.message if message in last.message else f"{last.message} {message}"
            start, end, message = last.start, max(end, last.end), joined
        findings.append(Finding("unsupported", note[start:end], start, end, "note", message))
    return findings
