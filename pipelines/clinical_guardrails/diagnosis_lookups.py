"""The diagnosis vocabulary (vocabulary.py, generated from ICD-10-CM and DSM-5-TR names) read into lookups once:
names by their first word, abbreviations, codes and the words for "disorder" in other languages."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .vocabulary import (
    VOCABULARY_ABBREVIATIONS, VOCABULARY_CLINICIAN_ABBREVIATIONS, VOCABULARY_CODES, VOCABULARY_DISORDER_SUFFIXES, VOCABULARY_DISORDER_WORDS_AFTER,
    VOCABULARY_LOWERCASE_ABBREVIATIONS, VOCABULARY_NAMES, VOCABULARY_SYMPTOM_COMPOUNDS, VOCABULARY_SYMPTOM_NAMES,
)


@dataclass(frozen=True)
class _Vocab:
    names: dict  # first canonical word -> [(words, codes, whether a symptom's name)], longest first
    abbreviations: dict  # "PTSD" -> codes
    abbreviation_re: re.Pattern
    clinician_abbreviation_re: re.Pattern  # with those clinicians type in lower case, and those only clinicians write ("AN")
    codes: frozenset  # every chapter F code, without its dot
    disorder_after: frozenset  # "trastorno", "trouble"
    disorder_suffixes: tuple  # "störung"
    symptom_compounds: frozenset  # "einschlafstörung": a symptom, not a disorder


@functools.lru_cache(maxsize=1)
def _vocabulary() -> _Vocab:
    names: dict = {}
    symptom_names = frozenset(VOCABULARY_SYMPTOM_NAMES.split("|"))
    for line in VOCABULARY_NAMES.strip().splitlines():
        phrase, codes = line.split("|")
        words = tuple(phrase.split())
        names.setdefault(words[0], []).append((words, tuple(codes.split()), phrase in symptom_names))
    for entries in names.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    abbreviations, clinicians_only = (
        {a: tuple(c.split()) for a, c in (line.split("|") for line in lines.strip().splitlines())}
        for lines in (VOCABULARY_ABBREVIATIONS, VOCABULARY_CLINICIAN_ABBREVIATIONS))
    lowercase = {a.lower(): abbreviations[a] for a in abbreviations if a.lower() in VOCABULARY_LOWERCASE_ABBREVIATIONS.split()}
    return _Vocab(
        names=names,
        abbreviations={**lowercase, **clinicians_only, **abbreviations},
        abbreviation_re=_abbreviations_re(abbreviations),
        clinician_abbreviation_re=_abbreviations_re({**lowercase, **clinicians_only, **abbreviations}, _SUBTYPE_AFTER),
        codes=frozenset(VOCABULARY_CODES.split()),
        disorder_after=frozenset(VOCABULARY_DISORDER_WORDS_AFTER.split()),
        disorder_suffixes=tuple(VOCABULARY_DISORDER_SUFFIXES.split()),
        symptom_compounds=frozenset(VOCABULARY_SYMPTOM_COMPOUNDS.split()),
    )


# A subtype joined to a diagnosis's letters in the notes: "AN-restricting type", "ADHD-combined".
_SUBTYPE_AFTER = r"(?=-(?:restricting|binge|purging|combined|inattentive|hyperactive|impulsive|predominantly)\b)"


def _abbreviations_re(abbreviations, or_before: str = "(?!)") -> re.Pattern:
    """Whole-word abbreviations (or followed by ``or_before``: a subtype); what comes before one is checked by the
    caller, as a look-behind in front of the alternatives would be tried at every character and cost more than the
    rest of the search."""
    alternatives = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})(?:['’]s)?(?:(?![\w-])|{or_before})")
