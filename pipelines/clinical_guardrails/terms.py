"""The must-carry vocabulary's terms in a text: measures, medications, risk, homework, referrals, reports.

The words are data (prompt_presets/guardrails/must_carry_terms.yaml, generated into vocabulary.py);
the omission check reads every section, the unsupported check the medications and risk.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple, Optional

from .quantities import word_value
from .text import _other_language_words, _spelling_key, _tokens, _without_accents
from .vocabulary import VOCABULARY_MUST_CARRY


_Token = tuple[int, int, str]
_Pair = tuple[str, str]  # (section, group) of must_carry_terms.yaml


class _Hit(NamedTuple):  # a tuple: a draft makes hundreds
    first: int  # index of its first token in the clause
    last: int  # index after its last token
    section: str
    group: str

    @property
    def pair(self) -> _Pair:
        return self.section, self.group


# words beside a term, and the medications of a class: no terms themselves
_CONTEXT_SECTIONS = ("not_a_term_followed_by", "not_a_term_after", "medication_classes")


@functools.lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, list[tuple[tuple[str, ...], str, str]]], tuple[tuple[str, str, str], ...]]:
    """Terms by their first word, and the terms that match a word's beginning ("suicid*")."""
    by_first: dict[str, list] = {}
    prefixes = []
    for line in VOCABULARY_MUST_CARRY.strip().splitlines():
        section, group, words = line.split("|")
        if section in _CONTEXT_SECTIONS:
            continue
        words = _without_accents(words)
        if words.endswith("*"):
            prefixes.append((words[:-1], section, group))
        else:
            by_first.setdefault(words.split()[0], []).append((tuple(words.split()), section, group))
    return by_first, tuple(prefixes)


@functools.lru_cache(maxsize=8192)  # a draft's words recur: each is looked up once
def _entries(word: str) -> tuple[tuple, tuple[tuple[str, str], ...]]:
    """The terms that start with the word, and (section, group) of each term it begins with ("suicid*")."""
    by_first, prefixes = _lexicon()
    return by_first.get(word, ()), tuple((section, group) for prefix, section, group in prefixes if word.startswith(prefix))


# A term of several words is one phrase: "core hurt: her father" holds no "hurt her".
_CLAUSE_BREAK = re.compile(r"[:;!?()\[\]|\n]|\.\s")


def _hits(text: str, tokens: tuple[_Token, ...], nested: tuple[str, ...] = (), ends: Optional[list[int]] = None) -> list[_Hit]:
    """Every term in the tokens; where terms of one section overlap, the longest ("PHQ-9", not "PHQ"), except in
    the ``nested`` sections, where a term within a longer one counts too (a "sleep diary" is a diary).
    ``ends``: per token, the index after the last token of its sentence (0: in none), where each sentence is read
    on its own, as if alone, in one pass over the text."""
    words = tuple([w if w.isascii() else _without_accents(w) for _, _, w in tokens])
    ends = ends or [len(words)] * len(words)
    found = []
    for i, word in enumerate(words):
        if not ends[i]:
            continue
        starting, begun = _entries(word)
        for terms, section, group in starting:
            # Two letters are a word in some language ("si", "na", "hr"), as are some three-letter acronyms (French "cas"
            # for the CAS): as a name's abbreviation they count in capitals.
            short = len(terms) == 1 and (len(word) <= 2 or len(word) == 3 and word in _other_language_words()) and section in _NAMES
            if (i + len(terms) <= ends[i] and (words[i:i + len(terms)] == terms or _number_said(terms, words, i))
                    and (len(terms) == 1 or not _CLAUSE_BREAK.search(text, tokens[i][1], tokens[i + len(terms) - 1][0]))
                    and not (short and not text[tokens[i][0]:tokens[i][1]].isupper() and not _denied(text, tokens, words, i))):
                found.append(_Hit(i, i + len(terms), section, group))
        if begun:
            found += [_Hit(i, i + 1, section, group) for section, group in begun]
    found = [h for h in found if not _no_term_here(h, text, tokens, words, ends)]
    # "cut 1x on forearm sat", "cortes en el muslo": a cut on the body is self-harm, where "cut" alone is not ("cut class",
    # "la corte").
    if "cut" in words or "corte" in words:
        found += [_Hit(i, i + 1, "risk_topics", "self-harm") for i, word in enumerate(words)
                  if word in ("cut", "corte") and ends[i] and not _section_words("body_parts").isdisjoint(words[i + 1:min(i + 5, ends[i])])
                  and not _cutting_back(words[:ends[i]], i + 1)]
    # Only a term of two words or more can hold another: comparing with those alone keeps this linear in practice.
    longer = [o for o in found if o.last - o.first > 1]
    return [h for h in found if h.section in nested or not any(
        o.section == h.section and o.first <= h.first and h.last <= o.last and o.last - o.first > h.last - h.first for o in longer)]


def _no_term_here(h: _Hit, text: str, tokens: tuple[_Token, ...], words: tuple[str, ...], ends: list[int]) -> bool:
    """Where a term's words mean something else beside the words around them."""
    first, after = words[h.first], words[h.last] if h.last < len(words) else ""
    before = words[h.first - 1] if h.first else ""
    return bool(
        # "cutting down", "cutting weekdays to 3", "cutting his intake in half": cutting back on something, not self-harm
        h.group == "self-harm" and first.startswith("cut") and h.last - h.first == 1 and _cutting_back(words[:ends[h.first]], h.last)
        # "empagliflozin 10mg OD": once a day after a dose, not an overdose
        or first == "od" and _DOSE.fullmatch(before)
        # "guanfacine ER", "quetiapine XR": a drug's release form, not the emergency room
        or first in _RELEASE_FORMS and _a_drug(before)
        # "1 respite hr/wk", "2 hrs": hours, not human resources
        or first in ("hr", "hrs") and (text[tokens[h.first][1]:tokens[h.first][1] + 1] == "/" or before.isdigit())
        # French "référé(e)" without its accents is Portuguese "refere" ("esposa refere sono regular": she reports);
        # the French refers someone to someone: "référée au CLSC", "référé à la psychiatre"
        or first in ("refere", "referee") and after not in _FRENCH_REFERS_TO
        # "CPS officer", "British Columbia": beside these words a term is none
        or after in _unmaking("not_a_term_followed_by", words[h.last - 1])
        or before in _unmaking("not_a_term_after", first))


_FRENCH_REFERS_TO = frozenset("a au aux vers en".split())


def _denied(text: str, tokens: tuple[_Token, ...], words: tuple[str, ...], i: int) -> bool:
    """ "denies si", "no si/hi": a risk's letters in lower case after a denial, or before a slash, are its abbreviation."""
    return i > 0 and words[i - 1] in _denials_of_letters() or text[tokens[i][1]:tokens[i][1] + 1] == "/"


@functools.lru_cache(maxsize=1)
def _denials_of_letters() -> frozenset[str]:
    """The risk negations that may stand before a risk's letters; not "neither is", "nor is": English grammar, where
    "is" is no Spanish "ideación suicida"."""
    return _section_words("risk_negations") - {"neither", "nor"}


_DOSE = re.compile(r"(?:\d+(?:\.\d+)?)?(?:mg|mcg|g|ml|units?|u|tab|tabs|caps?)|\d+(?:\.\d+)?")


def _number_said(terms: tuple[str, ...], words: tuple[str, ...], i: int) -> bool:
    """A measure's name with its number in words, as dictated: "PHQ nine", "GAD sieben" for "phq 9", "gad 7"."""
    return (len(terms) == 2 and terms[1].isdigit() and words[i] == terms[0]
            and word_value(words[i + 1]) == float(terms[1]))


def _ed_names_a_disorder(text: str) -> bool:
    """Whether "ED" in the notes is the eating disorder or erectile dysfunction they are about, not the emergency
    department."""
    return bool(_terms_in(text, "eating_context") or _terms_in(text, "erectile_context"))


def _with_drugs_by_stem(tokens: tuple[_Token, ...], hits: list[_Hit]) -> list[_Hit]:
    """The hits, and each drug the vocabulary does not name, known by its family's ending (INN stems: "apixaban",
    "tramadol"); its group is its spelling, so "tacrolimo" in the notes is the draft's "tacrolimus"."""
    named = {i for h in hits if h.section == "medications" for i in range(h.first, h.last)}
    return hits + [_Hit(i, i + 1, "medications", _spelling_key(word)) for i, (_, _, word) in enumerate(tokens)
                   if i not in named and _named_by_stem(word)]


_RELEASE_FORMS = frozenset("er xr sr cr xl la ir dr".split())


def _a_drug(word: str) -> bool:
    """Whether a word names a medication on its own: a name the vocabulary knows, or a drug family's stem."""
    return _named_by_stem(word) or any(section == "medications" and len(terms) == 1 for terms, section, _ in _entries(word)[0])


@functools.lru_cache(maxsize=4096)  # a draft's words recur
def _named_by_stem(word: str) -> bool:
    stems = _medication_stems()
    return word.endswith(stems) and any(len(word) >= len(s) + 3 for s in stems if word.endswith(s))


@functools.lru_cache(maxsize=1)
def _medication_stems() -> tuple[str, ...]:
    return tuple(sorted(_section_words("medication_stems")))


def _unmaking(section: str, word: str) -> frozenset[str]:
    """The words beside which a term's word makes no term (must_carry_terms.yaml: not_a_term_followed_by, not_a_term_after)."""
    return _context_words().get((section, word), frozenset())


def _class_members(group: str) -> frozenset[str]:
    """The medications of a class ("antipsychotic"), by their groups; none for a medication that is no class."""
    return _context_words().get(("medication_classes", group), frozenset())


@functools.lru_cache(maxsize=1)
def _context_words() -> dict[tuple[str, str], frozenset[str]]:
    table: dict[tuple[str, str], set[str]] = {}
    for line in VOCABULARY_MUST_CARRY.strip().splitlines():
        section, group, word = line.split("|")
        if section in _CONTEXT_SECTIONS:
            table.setdefault((section, group), set()).add(word)
    return {key: frozenset(words) for key, words in table.items()}


@functools.lru_cache(maxsize=None)
def _section_words(section: str) -> frozenset[str]:
    """A plain word list of the vocabulary (body parts, what one cuts back on)."""
    return frozenset(line.split("|")[2] for line in VOCABULARY_MUST_CARRY.strip().splitlines() if line.startswith(section + "|"))


def _cutting_back(words: tuple[str, ...], after: int) -> bool:
    following = words[after:after + 5]
    objects = _section_words("cut_back_objects")
    return bool(following) and (following[0] in ("down", "back", "out", "off") or "to" in following[1:3]
                                or "half" in following[1:] or following[0] in objects
                                or following[0] == "to" and following[1:2] and following[1] in objects)  # "cutting to weekends"


# The sections that name things (the others are words for what was done: "no", "hw", "ref").
_NAMES = ("measures", "medications", "risk_topics", "risk_screens", "homework_activities", "referral_targets", "mandated_reports")


def _terms_in(text: str, section: str) -> list[_Hit]:
    """The terms of one section in a whole text."""
    return [h for h in _text_hits(text) if h.section == section]


@functools.lru_cache(maxsize=16)
def _text_hits(text: str) -> tuple[_Hit, ...]:
    """Every term in a whole text, read once for all the sections a draft's checks ask for."""
    return tuple(_hits(text, _tokens(text)))

