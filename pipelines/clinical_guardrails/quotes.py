"""Quotations: a quotation in the draft is the clinician's when it restates one of their words.

Compared by what is said, not how it is spelt: case, punctuation and apostrophes ("im" is "I'm"),
numbers by value ("at nine" is "at 9"), word endings ("failing" is "failed"), and a word or two in
four reworded. A quotation the clinician recorded in another language may stand in English in the
draft: it is then taken as a translation when it is about as long and its numbers are the notes'.
The words that show a quotation's language are data (prompt_presets/guardrails/language_words.yaml).
"""

from __future__ import annotations

import functools
import re

from .quantities import spoken_numbers, stated_values, states, values_in
from .text import _QUOTE, _stem, _without_accents
from .vocabulary import VOCABULARY_OTHER_LANGUAGE_WORDS


_WORD = re.compile(r"[^\W_]+")
_APOSTROPHE = re.compile(r"['’]")


def _said(text: str) -> tuple[str, ...]:
    """The words of a quotation as compared: no apostrophes, numbers as digits, endings off."""
    text = _APOSTROPHE.sub("", _without_accents(text.lower()))
    for start, end, value in reversed(spoken_numbers(text)):
        text = f"{text[:start]} {value:g} {text[end:]}"
    return tuple(_stem(w) for w in _WORD.findall(text))


@functools.lru_cache(maxsize=8)
def _clinician_said(clinician_text: str) -> tuple[str, tuple[frozenset, ...], tuple[int, ...]]:
    """The clinician's words as compared, joined; the words of each of their lines and quotations;
    and the lengths of their quotations in another language."""
    lines = [_said(line) for line in clinician_text.splitlines()]
    quoted = [m.group()[1:-1] for m in _QUOTE.finditer(clinician_text)]
    foreign = tuple(len(_said(q)) for q in quoted if _in_another_language(q))
    units = tuple(frozenset(words) for words in lines + [_said(q) for q in quoted] if words)
    return " " + " ".join(w for words in lines for w in words) + " ", units, foreign


@functools.lru_cache(maxsize=1)
def _other_language_words() -> frozenset[str]:
    return frozenset(VOCABULARY_OTHER_LANGUAGE_WORDS.split())


def _in_another_language(quote: str) -> bool:
    """Whether a third of a quotation's words are words of another language and not of English."""
    words = _WORD.findall(_without_accents(quote.lower()))
    return bool(words) and 3 * sum(w in _other_language_words() for w in words) >= len(words)


def recorded(quote: str, clinician_text: str) -> bool:
    """Whether the words inside a quotation of the draft restate words of the clinician's text."""
    said = _said(quote)
    if not said:
        return True
    joined, units, foreign = _clinician_said(clinician_text)
    if f" {' '.join(said)} " in joined:
        return True
    # Reworded: most of its words in one line or quotation of the clinician's, a word or two in four not.
    if len(said) >= 4 and any(4 * len(set(said) - unit) <= len(set(said)) for unit in units):
        return True
    # Translated: about as long as a quotation the clinician recorded in another language, its numbers theirs.
    numbers = values_in(quote)
    return any(n // 2 <= len(said) <= 2 * n + 3 for n in foreign) and all(states(stated_values(clinician_text), {n}) for n in numbers)


@functools.lru_cache(maxsize=8)
def _without_recorded_quotes(note: str, clinician_text: str) -> str:
    """The note with the client's words blanked where the clinician recorded them ("I'm so OCD about it")."""
    return _QUOTE.sub(lambda m: " " * len(m.group()) if recorded(m.group()[1:-1], clinician_text) else m.group(), note)
