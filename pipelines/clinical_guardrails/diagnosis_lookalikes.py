"""Names in a draft that look like a diagnosis but name what the clinician wrote in short: a treatment spelt out from
its acronym ("Complicated Grief Treatment" for "CGT"), the eating disorder of eating-disorder notes' "ED"; a
condition the notes name but say is not diagnosed ("self-identifies as autistic ... no formal dx"); and what a
measure found, named after what it screens for ("his PTSD symptom burden")."""

from __future__ import annotations

import functools
import re

from .terms import _terms_in
from .text import _line_end, _phrase, _without_quotes
from .diagnoses import _clinician_diagnoses, _restates
from .diagnosis_lookups import _vocabulary
from .measure_forms import _a_date, _ACRONYM_SCORE


def _their_ed(note: str, start: int, end: int, clinician_text: str) -> bool:
    """"the eating disorder" for "externalized ED" in notes about eating-disorder work, where "ED" is the eating
    disorder (the emergency department elsewhere); not a named one such as anorexia nervosa, nor one the draft
    claims ("consistent with an eating disorder")."""
    return (_phrase(note[start:end]) in ("eating disorder", "eating disorders")
            and re.search(r"(?<![\w&])ED(?![\w&])", clinician_text) is not None and bool(_terms_in(clinician_text, "eating_context")))


# A name in capitals of more words than the diagnosis's: "Complicated Grief Treatment", "Trauma-Focused CBT".
_TITLE_CASE_RUN = re.compile(r"[A-Z][a-z]+(?:(?:\s+(?:of|for|and|in|the)\s+|[\s-]+)[A-Z][A-Za-z]+)+")


def _spells_out_their_acronym(note: str, start: int, end: int, clinician_text: str) -> bool:
    """"Complicated Grief Treatment-informed work" for the notes' "CGT-informed": a treatment's name, spelt out from
    the acronym the clinician wrote, names no diagnosis; nor does a name that is the acronym spelt out ("formal thought
    disorder" for "no FTD"): it is what they wrote."""
    for m in _TITLE_CASE_RUN.finditer(note, max(0, start - 60), min(len(note), end + 60)):
        if m.start() <= start and end < m.end():
            return _their_acronym(re.findall(r"[A-Z][A-Za-z]+", m.group()), clinician_text)
    own = re.findall(r"[^\W\d_]+", note[start:end])
    # with the words that qualify it: "treatment-resistant schizophrenia" for the notes' "TRS"
    before = re.findall(r"[^\W\d_]+", _QUALIFIERS.search(note, max(0, start - 40), start).group())
    return any(_their_acronym(before[len(before) - k:] + own, clinician_text) for k in range(len(before) + 1))


_QUALIFIERS = re.compile(r"(?:[^\W\d_]+[ -]){0,3}$")


def _their_acronym(words: list[str], clinician_text: str) -> bool:
    """Whether the words' initials are an acronym of the notes that names no diagnosis ("OCD" in "I'm so OCD" does)."""
    initials = "".join(w[0].upper() for w in words)
    return len(initials) >= 3 and initials not in _vocabulary().abbreviations and re.search(rf"(?<![A-Za-z]){initials}(?![A-Za-z])", clinician_text) is not None


_UNDIAGNOSED = re.compile(r"\b(?:no|not|never|without)\s+(?:a\s+)?(?:formal(?:ly)?\s+|official(?:ly)?\s+)?(?:dx|diagnos[ie]s|diagnosed)\b"
                          r"|\bundiagnosed\b|\bself[- ](?:identif|diagnos|dx)", re.I)


@functools.lru_cache(maxsize=8)
def _undiagnosed(clinician_text: str) -> tuple:
    """The conditions on a line of the notes that says none was diagnosed ("self-identifies as autistic, on waitlist for
    assessment. no formal dx"): read once per draft, as a streamed draft is checked sentence by sentence."""
    unquoted = _without_quotes(clinician_text)
    terms = _clinician_diagnoses(clinician_text)[0]
    unstated = [t for t in terms if _UNDIAGNOSED.search(unquoted, unquoted.rfind("\n", 0, t.start) + 1, _line_end(unquoted, t.end))]
    assessed = [t for t in terms if t not in unstated and (
        _TO_BE_ASSESSED_AFTER.match(unquoted, t.end) or _TO_BE_ASSESSED_BEFORE.search(unquoted, max(0, t.start - 30), t.start))]
    # a condition assessed that the notes also name as diagnosed ("ADHD assessment ... dx ADHD agreed") is theirs
    plain = [t for t in terms if t not in unstated and t not in assessed]
    return tuple(unstated + [t for t in assessed if not any(_restates(t, p) or _restates(p, t) for p in plain)])


# A condition named as what is to be assessed is not diagnosed: "adult autism assessment", "delirium workup",
# "r/o bipolar", "assessment for ADHD", "?PTSD".
_TO_BE_ASSESSED_AFTER = re.compile(r"[ \t-]+(?:assessment|evaluation|eval|work-?up|testing|screen(?:ing)?)\b", re.I)
_TO_BE_ASSESSED_BEFORE = re.compile(r"(?:\br/o|\brule[ \t-]+out|\b(?:assess(?:ment|ed|ing)?|evaluat(?:e|ion|ed)|screen(?:ed|ing)?|test(?:ed|ing)?)[ \t]+for"
                                    r"|\bquery|\bpossible|\bsuspected|\bprobable|\?)[ \t]*$", re.I)


# What a measure found, named after what it screens for: "her postnatal depression screening has improved" for "EPDS
# 15 (vs 17)", "his PTSD symptom burden" for "PCL-5 38", where the notes record a measure's score.
_MEASURED = re.compile(r"(?:\s+(?:and|or|&)\s+(?:[\w'-]+\s+){1,2}?|[ \t-]+)"  # "the Separation Anxiety and Social Phobia subscales"
                       r"(?:screening|screen|scores?|symptom\s+(?:burden|severity|scores?)|severity\s+scores?|cluster|sub-?scales?)\b", re.I)


@functools.lru_cache(maxsize=8)
def _records_a_measure(clinician_text: str) -> bool:
    """A measure the vocabulary knows, or one known by its form ("DSQIID 12")."""
    return bool(_terms_in(clinician_text, "measures")) or any(not _a_date(clinician_text, m) for m in _ACRONYM_SCORE.finditer(clinician_text))
