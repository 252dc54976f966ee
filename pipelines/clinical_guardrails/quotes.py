"""Quotations: a quotation in the draft is the clinician's when it restates one of their words.

Compared by what is said, not how it is spelt: case, punctuation and apostrophes ("im" is "I'm"),
numbers by value ("at nine" is "at 9"), word endings ("failing" is "failed"), short forms ("kinda",
"w/o"), a word or two in four reworded and words that only carry grammar added. A quotation the
clinician recorded in another language (or in notes written in one) may stand in English in the
draft, whole or in part: it is then taken as a translation when its length fits and its numbers are
the notes'.
The words that show a quotation's language are data (prompt_presets/guardrails/language_words.yaml).
"""

from __future__ import annotations

import functools
import re

from .quantities import spoken_numbers, stated_values, states
from .text import FUNCTION_WORDS, _in_another_language, _NOTES_IN_ANOTHER_LANGUAGE, _QUOTE, _stem, _without_accents
from .vocabulary import VOCABULARY_SHORT_FORMS


_WORD = re.compile(r"[^\W_]+")
_APOSTROPHE = re.compile(r"['’]")


@functools.lru_cache(maxsize=1)
def _short_forms() -> tuple[re.Pattern, dict[str, str]]:
    forms = dict(line.split("|") for line in VOCABULARY_SHORT_FORMS.strip().splitlines())
    keys = "|".join(re.escape(k) for k in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{keys})(?![^\W_])"), forms


_CURRENCY = {"$": "dollars", "£": "pounds", "€": "euros"}
_MERIDIEM = re.compile(r"(?<=\d)\s?([ap])\.\s?m\.?(?!\w)")
# An article the draft adds to a short quotation changes nothing it says: "the truck story" for "truck story".
_ARTICLES = frozenset({"a", "an", "the"})


def _said(text: str) -> tuple[str, ...]:
    """The words of a quotation as compared: short forms in full, no apostrophes, numbers as digits apart from
    their units ("8h" is "8 h"), endings off."""
    pattern, forms = _short_forms()
    text = re.sub(r"[$£€](?=\d)", lambda m: _CURRENCY[m.group()] + " ", text)  # "$80" is "80 dollars"
    text = _MERIDIEM.sub(r"\1m", _without_accents(text.lower()))  # "6 p.m." is "6pm"
    text = re.sub(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)", " ", text)
    text = _APOSTROPHE.sub("", pattern.sub(lambda m: f" {forms[m.group()]} ", text))
    for start, end, value in reversed(spoken_numbers(text)):
        text = f"{text[:start]} {value:g} {text[end:]}"
    return tuple(_stem(w) for w in _WORD.findall(text))


@functools.lru_cache(maxsize=8)
def _clinician_said(clinician_text: str) -> tuple[str, tuple[frozenset, ...], tuple[int, ...], tuple[frozenset, ...]]:
    """The clinician's words as compared, joined; the words of each of their lines and quotations;
    the lengths of their quotations in another language; and those of the units that give the client's own words
    (a quotation, a line holding one or in the first person)."""
    raw_lines = clinician_text.splitlines()
    lines = [_said(line) for line in raw_lines]
    quoted = [m.group()[1:-1] for m in _QUOTE.finditer(clinician_text)]
    # Notes written in another language quote in it too, though a quotation's own few words may not show it.
    in_another = _in_another_language(clinician_text, _NOTES_IN_ANOTHER_LANGUAGE)
    foreign = tuple(_length_in_words(q) for q in quoted if in_another or _in_another_language(q))
    quotations = tuple(frozenset(words) for words in map(_said, quoted) if words)
    units = tuple(frozenset(words) for words in lines if words) + quotations
    speech = quotations + tuple(frozenset(words) for line, words in zip(raw_lines, lines)
                                if words and (_QUOTE.search(line) or not _first_person().isdisjoint(words)))
    return " " + " ".join(w for words in lines for w in words if w not in _ARTICLES) + " ", units, foreign, speech


def _their_gloss(quote: str, clinician_text: str) -> bool:
    """Whether the notes translate the quotation themselves, in a few words in brackets after it: '"ek is moeg" (tired)';
    not '"autisme en werk" (6 bijeenkomsten)', a remark ("said in German, then laughed") or one in the notes' language."""
    said = set(_said(quote))
    for m in _QUOTE.finditer(clinician_text):
        after = _ORIGINAL_AFTER.match(clinician_text, m.end())
        if after and said <= set(_said(m.group()[1:-1])):
            gloss = after.group(1)
            return len(gloss.split()) <= _GLOSS_WORDS and not re.search(r"\d", gloss) and not _in_another_language(gloss)
    return False


_GLOSS_WORDS = 4


def _length_in_words(quote: str) -> int:
    """How many words a quotation says; Japanese and Chinese write no spaces, and a word there is about two characters."""
    return max(len(_said(quote)), len(_CJK.findall(quote)) // 2)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_GLOSS_IN_QUOTE = re.compile(r"\s*[(\[][^()\[\]\n]{1,80}[)\]]")


def recorded(quote: str, clinician_text: str) -> bool:
    """Whether the words inside a quotation of the draft restate words of the clinician's text; a gloss the draft puts
    in brackets inside it is the draft's, not the quotation's ("压力好大 (the pressure is so big), I can't ...")."""
    unglossed = _GLOSS_IN_QUOTE.sub(" ", quote)
    said = _said(unglossed if unglossed.strip(" ,.;:!?-") else quote)
    if not said:
        return True
    shortened = _with_their_acronyms(said, clinician_text)
    return _said_in_their_words(said, clinician_text) or shortened != said and _said_in_their_words(shortened, clinician_text)


def _said_in_their_words(said: tuple[str, ...], clinician_text: str) -> bool:
    """Whether a quotation's words, as compared, are words of the clinician's text."""
    joined, units, foreign, speech = _clinician_said(clinician_text)
    if f" {' '.join(w for w in said if w not in _ARTICLES)} " in joined:
        return True
    # Reworded: most of its words in one line or quotation of the clinician's, a word or two in four not; words
    # that only carry grammar ("but", "of them") may be added. Words said in the first person ("I just want to go
    # home") restate a quotation of theirs or a line in the first person, not what the notes report of the client
    # ("talked re: wanting to go home to mum").
    content = set(said) - _grammar_words()
    spoken = not _first_person().isdisjoint(said)
    if len(said) >= 4 and any(len(content - unit) <= max(1, len(content) // 4)
                              and (not spoken or unit in speech) for unit in units):
        return True
    # A few of the words of one of their quotations, in the order another language puts them ("oft träumt")
    # (a word of grammar added: "not been herself" for "she's not herself")
    few = set(said) - _grammar_words() or set(said)
    if len(said) <= 3 and any(few <= set(_said(q.group()[1:-1])) for q in _QUOTE.finditer(clinician_text)):
        return True
    # A term of a word or two quoted from notes in another language is the draft's translation of it ("red light" for
    # the notes' level "feu rouge"), its numbers theirs.
    if len(said) <= 2 and _in_another_language(clinician_text, _NOTES_IN_ANOTHER_LANGUAGE) and not any(w.isdigit() for w in said):
        return True
    # Translated: a quotation the clinician recorded in another language, in full or in part, its numbers theirs
    # (each as written: "ten minutes" is 10, whatever else it may be restated as).
    numbers = {float(w) for w in said if w.isdigit()}
    return any(n // 3 <= len(said) <= 2 * n + 3 for n in foreign) and all(states(stated_values(clinician_text), {n}) for n in numbers)


def _with_their_acronyms(said: tuple[str, ...], clinician_text: str) -> tuple[str, ...]:
    """The quotation's words with each run whose initials spell an acronym of the notes read as it: "the rules of
    engagement I was given" restates "the ROE I was given"."""
    acronyms = _acronyms(clinician_text)
    if not acronyms:
        return said
    out, i = [], 0
    while i < len(said):
        # a run of two words of content at least ("rules of engagement"), not of grammar ("if I" is no "II")
        run = next((n for n in range(5, 1, -1) if i + n <= len(said) and "".join(w[0] for w in said[i:i + n]) in acronyms
                    and len(set(said[i:i + n]) - _grammar_words()) >= 2), 1)
        out.append("".join(w[0] for w in said[i:i + run]) if run > 1 else said[i])
        i += run
    return tuple(out)


@functools.lru_cache(maxsize=8)
def _acronyms(clinician_text: str) -> frozenset[str]:
    """The notes' acronyms of two to five capitals, in lower case as a quotation's words are compared."""
    return frozenset(m.group(1).lower() for m in re.finditer(r"\b([A-Z]{2,5})s?\b", clinician_text))


def _glosses(note: str, match: re.Match, after_recorded: int, clinician_text: str) -> bool:
    """'"ek is moeg" ("I am tired")': a quotation in brackets right after a recorded one is its translation, where
    the words it says are the notes' own gloss of it ("(tired)")."""
    if after_recorded < 0 or note[after_recorded:match.start()].strip(" ("):
        return False
    content = set(_said(match.group()[1:-1])) - _grammar_words()
    joined = _clinician_said(clinician_text)[0]
    return bool(content) and all(f" {w} " in joined for w in content)


# A quotation's original in brackets right after it: '"I'm not good enough" (jag är inte tillräcklig)'.
_ORIGINAL_AFTER = re.compile(r"[ \t]*\(([^()\n]{3,200})\)")


def _translation_of_original(note: str, match: re.Match, clinician_text: str) -> bool:
    """Whether the quotation is the translation of words the clinician quoted, given in brackets right after it: of
    a like length, in other words (another language)."""
    original = _ORIGINAL_AFTER.match(note, match.end())
    if not original:
        return False
    said, theirs = _said(match.group()[1:-1]), _said(original.group(1).strip("'‘’\"“”"))
    return (len(theirs) // 3 <= len(said) <= 2 * len(theirs) + 3 and 4 * len(set(said) & set(theirs)) <= len(set(theirs))
            and any(set(theirs) <= set(_said(q.group()[1:-1])) for q in _QUOTE.finditer(clinician_text)))


@functools.lru_cache(maxsize=1)
def _first_person() -> frozenset[str]:
    return frozenset(_said("I me my mine myself we us our ours I'm I've I'll I'd"))


@functools.lru_cache(maxsize=1)
def _grammar_words() -> frozenset[str]:
    return frozenset(_said(FUNCTION_WORDS))


@functools.lru_cache(maxsize=8)
def _without_recorded_quotes(note: str, clinician_text: str) -> str:
    """The note with the client's words blanked where the clinician recorded them ("I'm so OCD about it")."""
    return _QUOTE.sub(lambda m: " " * len(m.group()) if recorded(m.group()[1:-1], clinician_text) else m.group(), note)
