"""Diagnoses in the note that the clinician did not make.

A diagnosis is any name or code of a mental disorder: ICD-10-CM chapter F (names,
inclusion terms, codes), DSM-5-TR names and abbreviations (the generated vocabulary),
any "<describing words> disorder", and the words for "disorder" in Spanish, French
and German. It is a finding unless the clinician's own words (outside quotes of the
client) name the same condition: the same code family, name or abbreviation.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Optional

from .findings import Finding
from .quotes import _without_recorded_quotes
from .text import _mentions, _phrase, _sentences, _tokens, _without_quotes
from .vocabulary import (
    VOCABULARY_ABBREVIATIONS, VOCABULARY_CODES, VOCABULARY_DISORDER_SUFFIXES, VOCABULARY_DISORDER_WORDS_AFTER,
    VOCABULARY_NAMES,
)


@dataclass(frozen=True)
class _Term:
    start: int
    end: int
    codes: tuple  # ICD-10-CM codes without the dot, or ("icd9:309.81",)
    key: str  # canonical words, for names outside the vocabulary
    is_code: bool = False  # written as a code ("F41.1"), not a name


def _same_condition(a: _Term, b: _Term) -> bool:
    if a.codes and b.codes:
        return any(x.startswith(y) or y.startswith(x) for x in a.codes for y in b.codes)
    return bool(a.key) and a.key == b.key


def _restates(term: _Term, mine: _Term) -> bool:
    """Whether a diagnosis in the note restates one in the clinician's words: the same condition named
    as specifically or more generally ("bipolar disorder" restates "bipolar II"; not the reverse),
    or coded (a code may add the specifics of the clinician's own diagnosis)."""
    if not (term.codes and mine.codes):
        return _same_condition(term, mine)
    if term.is_code:
        return _same_condition(term, mine)
    return any(c.startswith(t) for t in term.codes for c in mine.codes)


_F_CODE = re.compile(r"(?<![\w.])F\d{2}(?:\.?[0-9A-Z]{1,4})?(?![\w])")
_ICD9_CODE = re.compile(r"(?<![\w.])(?:29\d|30\d|31\d)\.\d{1,2}(?!\.?\d)")
_SPECIFIER = re.compile(
    r"(?:,?\s+with(?:out)?\s+(?:anxiety|depressed\s+mood|mixed\s+anxiety\s+and\s+depressed\s+mood|disturbance\s+of\s+conduct"
    r"|mixed\s+disturbance\s+of\s+emotions\s+and\s+conduct|(?:psychotic|mixed|melancholic|atypical|catatonic)\s+features"
    r"|anxious\s+distress|peripartum\s+onset|seasonal\s+pattern|agoraphobi[ac](?:\s+features)?|panic\s+attacks"
    r"|(?:good|fair|poor|absent)\s+insight|dissociative\s+symptoms|delayed\s+expression|rapid\s+cycling)"
    r"|,?\s*(?:mild|moderate|severe|recurrent|single\s+episode|in\s+(?:early\s+|sustained\s+|partial\s+|full\s+)?remission"
    r"|unspecified|chronic|acute|persistent|episodic|combined\s+(?:type|presentation)|predominantly\s+\w+(?:\s+(?:type|presentation))?)\b"
    r"|,?\s+(?:situational|animal|natural\s+environment|blood-injection-injury|combined|inattentive|hyperactive-impulsive)\s+(?:type|presentation)"
    r"|\s+(?:features|traits|tendencies|style|organi[sz]ation|type|presentation))*",
    re.I,
)
# Words that end a describing phrase before "disorder": they belong to the sentence, not the name.
_NOT_PART_OF_NAME = frozenset(
    "a an the of for with has have had is are was were be been and or to as in on by that this these possible probable likely "
    "presumed provisional criteria meets meet consistent fits fit suggests suggest suggestive indicates indicate reflects reflect "
    "rule out diagnosis diagnostic impression dx ddx client her his their comorbid co occurring features traits symptoms no not any "
    "history differential vs versus from about given current documented r o hx family mother father".split()
)
_GENERIC_NAME_WORDS = frozenset("mental psychiatric psychological thought major other unspecified specified this that a".split())
_FOREIGN_CONNECTORS = frozenset("de del la l d du des le los las".split())
_FOREIGN_STOP = frozenset("y et und con avec mit que qui en a à es est ist por pour sans sin ohne pero mais aber o ou oder porque selon según".split())
_FRENCH_ADJECTIVE = re.compile(r"(?:if|ive|aux|eux|euse|ique|aire|al|el|elle|ant|é|ée|e)$")


def _diagnosis_terms(text: str) -> list[_Term]:
    """Every diagnosis name or code in the text, the longest where they overlap."""
    vocab = _vocabulary()
    tokens = _tokens(text)
    terms: list[_Term] = []
    for m in _F_CODE.finditer(text):
        code = m.group().replace(".", "")
        if code in vocab.codes:
            terms.append(_Term(m.start(), m.end(), (code,), "", True))
    for m in _ICD9_CODE.finditer(text):
        terms.append(_Term(m.start(), m.end(), ("icd9:" + m.group(),), "", True))
    for m in vocab.abbreviation_re.finditer(text):
        abbreviation = re.sub(r"['’]s$", "", m.group())
        terms.append(_Term(m.start(), _with_specifier(text, m.start() + len(abbreviation)), vocab.abbreviations[abbreviation], ""))
    after_name = 0
    for i, (_, _, word) in enumerate(tokens):
        if i < after_name:
            continue
        found = _name_at(tokens, i, vocab) if word in vocab.names else None
        if found:
            length, codes = found
            terms.append(_Term(tokens[i][0], _with_specifier(text, tokens[i + length - 1][1]), codes, ""))
            after_name = i + length
        elif word in vocab.disorder_after:
            term = _foreign_name(text, tokens, i)
            if term:
                terms.append(term)
        elif word.endswith(vocab.disorder_suffixes):
            terms.append(_Term(tokens[i][0], tokens[i][1], (), word))
        elif word == "disorder":
            term = _described_disorder(text, tokens, i)
            if term:
                terms.append(term)
    terms.sort(key=lambda t: (t.start, -t.end))
    kept: list[_Term] = []
    for term in terms:
        if kept and term.start < kept[-1].end:
            if term.end > kept[-1].end and not term.codes:
                continue
            if term.end > kept[-1].end:
                kept[-1] = _Term(kept[-1].start, term.end, kept[-1].codes or term.codes, kept[-1].key, kept[-1].is_code)
            continue
        kept.append(term)
    return kept


def _name_at(tokens: list, i: int, vocab: "_Vocab") -> Optional[tuple[int, tuple]]:
    for words, codes in vocab.names.get(tokens[i][2], ()):
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k][2] == words[k] for k in range(1, n)):
            return n, codes
    return None


def _with_specifier(text: str, end: int) -> int:
    spec = _SPECIFIER.match(text, end)
    return spec.end() if spec else end


def _described_disorder(text: str, tokens: list, i: int) -> Optional[_Term]:
    """'<describing words> disorder' outside the vocabulary: the words before it up to the sentence's own."""
    first = i
    while first > 0 and i - first < 4 and tokens[first - 1][2] not in _NOT_PART_OF_NAME:
        between = text[tokens[first - 1][1]:tokens[first][0]]
        if between.strip(" -/") or "\n" in between:
            break
        first -= 1
    words = [t[2] for t in tokens[first:i]]
    if not words or all(w in _GENERIC_NAME_WORDS for w in words):
        return None
    return _Term(tokens[first][0], _with_specifier(text, tokens[i][1]), (), " ".join(words + ["disorder"]))


def _foreign_name(text: str, tokens: list, i: int) -> Optional[_Term]:
    """'trastorno depresivo persistente', 'trouble de stress post-traumatique': the word and what describes it."""
    following = []
    for k in range(i + 1, min(i + 7, len(tokens))):
        between = text[tokens[k - 1][1]:tokens[k][0]]
        if between.strip(" -'’") or tokens[k][2] in _FOREIGN_STOP:
            break
        following.append(k)
    content = [k for k in following if tokens[k][2] not in _FOREIGN_CONNECTORS]
    if not content:
        return None
    # English "trouble sleeping" is not the French "trouble": French names go on with "de" or an adjective.
    if tokens[i][2].startswith("trouble") and not (
        tokens[i + 1][2] in _FOREIGN_CONNECTORS or _FRENCH_ADJECTIVE.search(tokens[i + 1][2]) and len(tokens[i + 1][2]) > 3
        and not tokens[i + 1][2].endswith(("ing", "ed"))
    ):
        return None
    last = content[min(len(content), 3) - 1]
    return _Term(tokens[i][0], tokens[last][1], (), " ".join(t[2] for t in tokens[i:last + 1]))


# Diagnostic wording before a flagged name is part of what to review ("Diagnostic impression: ...",
# "meets criteria for ..."); it counts only with a disorder after it.
_DIAGNOSTIC_WORDING = re.compile(
    r"\b(?:meets?|met|meeting|fulfils?|fulfills?|satisf(?:y|ies|ied)|reach(?:es)?)\s+(?:\w+\s+){0,3}?(?:criteria|threshold|the\s+level)\b"
    r"|\b(?:diagnostic|clinical)\s+(?:impressions?|considerations?|formulation)\b|\b(?:differential|provisional|working|tentative)\s+(?:diagnos[ie]s|dx)\b"
    r"|\bddx\b|\bdifferentials?\b|\bdx\b|\bdiagnos[ie]s\b|\br/o\b|\brule\s+out\b|\bimpression\s*:",
    re.I,
)


@functools.lru_cache(maxsize=8)
def _clinician_diagnoses(clinician_text: str) -> tuple[list[_Term], str]:
    """The clinician's own diagnoses and words, outside quotes: read once per draft, not once per sentence checked."""
    unquoted = _without_quotes(clinician_text)
    return _diagnosis_terms(unquoted), _phrase(unquoted)


def find_diagnoses(note: str, clinician_text: str) -> list[Finding]:
    clinician_terms, clinician_phrase = _clinician_diagnoses(clinician_text)
    findings: list[Finding] = []
    sentence_starts = [s for s, _ in _sentences(note)] or [0]
    for term in _diagnosis_terms(_without_recorded_quotes(note, clinician_text)):
        if any(_restates(term, mine) for mine in clinician_terms):
            continue
        if not term.codes and _mentions(_phrase(note[term.start:term.end]), clinician_phrase):
            continue
        # The wording that introduces it in the same sentence is part of what to review.
        sentence_start = sentence_starts[max(0, bisect.bisect_right(sentence_starts, term.start) - 1)]
        lead = _DIAGNOSTIC_WORDING.search(note, sentence_start, term.start)
        start = lead.start() if lead else term.start
        if findings and start < findings[-1].end:
            start = findings.pop().start
        findings.append(Finding(
            "diagnosis", note[start:term.end], start, term.end, "note",
            f"Names {'a diagnostic code' if term.is_code else 'a diagnosis'} that is not in your notes. "
            "The pack does not diagnose: keep it only if it is your diagnosis.",
        ))
    return findings


# The generated vocabulary (vocabulary.py), read into lookups once.
@dataclass(frozen=True)
class _Vocab:
    names: dict  # first canonical word -> [(words, codes)], longest first
    abbreviations: dict  # "PTSD" -> codes
    abbreviation_re: re.Pattern
    codes: frozenset  # every chapter F code, without its dot
    disorder_after: frozenset  # "trastorno", "trouble"
    disorder_suffixes: tuple  # "störung"


@functools.lru_cache(maxsize=1)
def _vocabulary() -> _Vocab:
    names: dict = {}
    for line in VOCABULARY_NAMES.strip().splitlines():
        phrase, codes = line.split("|")
        words = tuple(phrase.split())
        names.setdefault(words[0], []).append((words, tuple(codes.split())))
    for entries in names.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    abbreviations = {a: tuple(c.split()) for a, c in (line.split("|") for line in VOCABULARY_ABBREVIATIONS.strip().splitlines())}
    alternatives = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    return _Vocab(
        names=names,
        abbreviations=abbreviations,
        abbreviation_re=re.compile(rf"(?<![\w-])(?:{alternatives})(?:['’]s)?(?![\w-])"),
        codes=frozenset(VOCABULARY_CODES.split()),
        disorder_after=frozenset(VOCABULARY_DISORDER_WORDS_AFTER.split()),
        disorder_suffixes=tuple(VOCABULARY_DISORDER_SUFFIXES.split()),
    )
