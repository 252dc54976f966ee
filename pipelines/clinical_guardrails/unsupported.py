"""Unsupported specifics: what the note states that the clinician's text does not.

Specifics the model may not add: quotations (any quote style), numbers with what
they count ("session 8", "3 times daily", "17 March"), medications and doses, people's
names (names.py), and risk statements where the clinician recorded no risk assessment at all.
"""

from __future__ import annotations

import functools
import re

from .findings import Finding
from .names import find_names
from .text import _canon, _clinician_phrase, _mentions, _phrase, _QUOTE, _sentences, _tokens, _without_recorded_quotes


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
    r"\b(?:SI|HI|suicid\w*|homicid\w*|self[- ]?harm\w*|safety\s+plan|risk|crisis|overdose|lethal|kill\w*|cutting|C-SSRS|PHQ-9\s+item\s+9)\b", re.I
)

_MEDICATION_NAMES = frozenset(_canon(name) for name in (
    "sertraline zoloft fluoxetine prozac escitalopram lexapro citalopram celexa paroxetine paxil fluvoxamine luvox "
    "venlafaxine effexor desvenlafaxine pristiq duloxetine cymbalta bupropion wellbutrin mirtazapine remeron "
    "trazodone vortioxetine trintellix vilazodone amitriptyline nortriptyline imipramine clomipramine doxepin "
    "phenelzine lithium lamotrigine lamictal valproate divalproex depakote carbamazepine tegretol oxcarbazepine "
    "topiramate gabapentin neurontin pregabalin lyrica quetiapine seroquel aripiprazole abilify olanzapine zyprexa "
    "risperidone risperdal ziprasidone lurasidone latuda clozapine haloperidol cariprazine vraylar brexpiprazole "
    "rexulti clonazepam klonopin lorazepam ativan alprazolam xanax diazepam valium temazepam zolpidem ambien "
    "eszopiclone buspirone buspar hydroxyzine vistaril atarax propranolol inderal prazosin clonidine guanfacine "
    "intuniv methylphenidate ritalin concerta amphetamine adderall lisdexamfetamine vyvanse dexmethylphenidate "
    "focalin atomoxetine strattera modafinil naltrexone vivitrol buprenorphine suboxone methadone disulfiram "
    "antabuse acamprosate varenicline chantix ketamine esketamine spravato melatonin ibuprofen advil motrin "
    "acetaminophen tylenol paracetamol aspirin naproxen aleve levothyroxine synthroid prednisone metformin insulin "
    "semaglutide ozempic wegovy zopiclone zaleplon promethazine phenergan agomelatine dexamfetamine elvanse "
    "equasym medikinet chlordiazepoxide librium antidepressant ssri snri benzodiazepine benzo stimulant antipsychotic").split())
_MEDICATION_SUFFIXES = ("zepam", "zolam", "oxetine", "pramine", "triptyline", "apine", "idone", "afaxine", "profen")
_MEDICATION_PAIRS = frozenset((_canon(a), _canon(b)) for a, b in (
    ("birth", "control"), ("oral", "contraceptive"), ("mood", "stabiliser"), ("sleeping", "pill"), ("sleeping", "tablet")))

_NUMBER = re.compile(r"\d(?<![\w.]\d)\d*(?:[.,:/]\d+)*(?:st|nd|rd|th)?(?![\d])")
_ANY_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "ninety": 90, "hundred": 100, "twice": 2, "thrice": 3, "half": 0.5, "dozen": 12,
    # "first" and "second" are ordinary words too often to count.
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "twentieth": 20,
}
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# What a number counts, either side of it: the finding quotes the whole quantity.
_QUANTITY_BEFORE = re.compile(
    rf"(?:\b(?:about|approximately|approx\.?|around|roughly|nearly|almost|over|under|at\s+least|up\s+to|session|visit|week|day|age|aged"
    rf"|score|scored|rated|rating|level|voc|suds|phq-9|gad-7|no\.|number|{_MONTHS})\s*|[~#]\s*)$",
    re.I,
)
_QUANTITY_AFTER = re.compile(
    rf"(?:\s*-?\s*(?:years?|yrs?|year-old|years?-old|yo|y/o|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|times?|x|mg|mcg|ml|kg|lbs?"
    rf"|pounds?|%|percent|sessions?|nights?|drinks?|units?|points?|pints?|glasses|bottles?|cans?|shots?|beers?|cigarettes?|cigs?|joints?"
    rf"|cups?|pills?|tablets?|puffs?|packs?|{_MONTHS})\b(?:\s+(?:daily|weekly|a\s+day|a\s+week|per\s+(?:day|week)|ago|old|of\s+treatment)|\s*/\s*(?:d|days?|wks?|weeks?|mos?|months?|nights?|sessions?|hrs?|hours?|yrs?|years?)\b)?"
    rf"|\s*%)",
    re.I,
)


# A frequency is a number too ("weekly sessions"): each word, and the words that show the clinician gave it.
_FREQUENCIES = {
    "daily": "day daily qd bid tid morning evening", "nightly": "night nightly qhs", "weekly": "week weekly wk wkly",
    "biweekly": "biweekly fortnight fortnightly", "fortnightly": "fortnight fortnightly biweekly", "monthly": "month monthly mo",
    "bimonthly": "bimonthly month", "quarterly": "quarter quarterly", "yearly": "year yearly annual annually yr",
    "annually": "year yearly annual annually yr",
}
# "daily life", "daily routines" describe ordinary life, not how often.
_ORDINARY_LIFE = ("life", "live", "living", "activit", "routine", "functioning", "task", "moment", "stressor", "hassle", "chore",
                  "parenting", "experience", "world", "rhythm")


def _frequencies(note: str, clinician_phrase: str) -> list[tuple[int, int]]:
    tokens = _tokens(note)
    found = []
    for i, (start, end, word) in enumerate(tokens):
        if word in _FREQUENCIES and not any(_mentions(w, clinician_phrase) for w in _FREQUENCIES[word].split()):
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if not (following and not note[end:following[0]].strip() and following[2].startswith(_ORDINARY_LIFE)):
                found.append((start, end))
    return found


def _number_words(text: str) -> list[tuple[int, int, str]]:
    return [token for token in _tokens(text) if token[2] in _NUMBER_WORDS]


@functools.lru_cache(maxsize=8)
def _numbers_in(text: str) -> frozenset[str]:
    """Every number the clinician's text states, as digit strings: '5 of 7', '50mg', 'x3', '12:30-6:30', 'two'."""
    found: set[str] = set()
    for token in _ANY_NUMBER.findall(text):
        found.add(token)
        found.update(p for p in re.split(r"[.,:/]", token) if p)
    found.update(_fmt(_NUMBER_WORDS[word]) for _, _, word in _number_words(text))
    return frozenset(n.lstrip("0") or "0" for n in found)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _quantity(note: str, start: int, end: int) -> tuple[int, int]:
    before = _QUANTITY_BEFORE.search(note, max(0, start - 24), start)
    after = _QUANTITY_AFTER.match(note, end)
    return (before.start() if before else start), (after.end() if after else end)


def _medications(note: str) -> list[tuple[int, int]]:
    tokens = _tokens(note)
    found = [(start, end) for start, end, word in tokens if word in _MEDICATION_NAMES or word.endswith(_MEDICATION_SUFFIXES)]
    found += [(a[0], b[1]) for a, b in zip(tokens, tokens[1:]) if (a[2], b[2]) in _MEDICATION_PAIRS]
    return sorted(found)


@functools.lru_cache(maxsize=8)
def _records_risk(clinician_text: str) -> bool:
    return bool(_RISK_CONTENT.search(clinician_text))


def find_unsupported(note: str, clinician_text: str) -> list[Finding]:
    clinician_phrase = _clinician_phrase(clinician_text)
    numbers = _numbers_in(clinician_text)
    spans: list[tuple[int, int, str]] = []
    for match in _QUOTE.finditer(note):
        inner = _phrase(match.group()[1:-1])
        if inner and not _mentions(inner, clinician_phrase):
            spans.append((*match.span(), "A quotation that is not in your notes. Keep only words you recorded."))
    if not _records_risk(clinician_text):
        # Only sentences that name a risk can hold a risk statement: the full pattern runs on those alone.
        for s, e in _sentences(note):
            if _RISK_WORD.search(note, s, e):
                spans += [(*m.span(), "A risk statement, but your notes contain no risk assessment.") for m in _RISK_STATEMENT.finditer(note, s, e)]
    # Words the clinician recorded in a quote are theirs: the word checks read the note without them.
    words = _without_recorded_quotes(note, clinician_text)
    for start, end in _medications(words):
        if not _mentions(_phrase(note[start:end]), clinician_phrase):
            dose = re.match(r"\s+\d+(?:\.\d+)?", note[end:])
            if dose:
                end = _quantity(note, end + dose.end(), end + dose.end())[1]
            spans.append((start, end, "A medication that is not in your notes."))
    for match in _NUMBER.finditer(note):
        token = re.sub(r"(?:st|nd|rd|th)$", "", match.group())
        parts = {p.lstrip("0") or "0" for p in re.split(r"[.,:/]", token) if p}
        whole = token.lstrip("0") or "0"
        if whole in numbers or (parts <= numbers and not re.search(r"[/:]", token)):
            continue
        spans.append((*_quantity(note, *match.span()), "A number (age, duration, frequency, dose, date or score) that is not in your notes."))
    for start, end, word in _number_words(words):
        if not _mentions(word, clinician_phrase) and _fmt(_NUMBER_WORDS[word]) not in numbers:
            spans.append((*_quantity(note, start, end), "A number that is not in your notes."))
    spans += [(start, end, "A frequency that is not in your notes.") for start, end in _frequencies(words, clinician_phrase)]
    spans += find_names(words, clinician_text)
    return _merged(note, spans)


def _merged(note: str, spans: list[tuple[int, int, str]]) -> list[Finding]:
    """One finding per place: overlapping spans, or a medication and its dose, are one thing to review."""
    findings: list[Finding] = []
    for start, end, message in sorted(spans):
        if findings and (start < findings[-1].end or not note[findings[-1].end:start].strip()):
            last = findings.pop()
            start, end, message = last.start, max(end, last.end), last.message
        findings.append(Finding("unsupported", note[start:end], start, end, "note", message))
    return findings
