"""People's names the clinician did not give.

A name is a capitalised word after a title ("Dr. Okafor", "Nurse Patel") or right after a
role word ("her sister Maria", "her supervisor Okafor"), or a given name the generated
vocabulary knows ("Maria", anywhere); the capitalised words after it are its surname
("Maria Lopez"). It is restated, not invented, when each of its words is in the clinician's
text, whatever the case, accents or punctuation ("Dr A. Mensah" -> "Dr. Mensah", "José" ->
"Jose"). An initial is never a finding: it names no one the clinician could not have meant.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .names_vocabulary import NAMES_GIVEN, NAMES_NOT_NAMES, NAMES_PLACES, NAMES_ROLES, NAMES_TITLES
from .text import _in_another_language, _in_latin_letters, _other_language_words, _sentences, _spelling_key, _without_accents


_LETTERS = re.compile(r"[^\W\d_]+")
_CAPITALISED_WORD = re.compile(r"(?<![^\W\d_])[A-ZÀ-Ý][^\W\d_]{4,}")
_NOT_LOWER_CASE_WORD = re.compile(r"(?<![^\W\d_])(?![a-z])[^\W\d_]+")  # the words a name may start; the search skips the others
# What may stand between two words of one name: a space, a hyphen or apostrophe inside it
# ("Klaus-Dieter", "O'Brien"), or the full stop of a title or initial ("Dr. A. Mensah").
_WITHIN_NAME = re.compile(r"[ \t]|-|['’]|\.[ \t]?")
_MAX_NAME_WORDS = 3  # a first name, a middle name and a surname; more is a heading in title case


@dataclass(frozen=True)
class _NameWords:
    given: frozenset
    titles: frozenset
    roles: frozenset
    not_names: frozenset


@functools.lru_cache(maxsize=1)
def _name_words() -> _NameWords:
    return _NameWords(*(frozenset(words.split()) for words in (NAMES_GIVEN, NAMES_TITLES, NAMES_ROLES, NAMES_NOT_NAMES)))


@functools.lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    """'José' and 'Jose' are one name: lower case, without accents."""
    return _without_accents(word.lower())


def _capitalised(word: str) -> bool:
    """'Maria', 'McKenzie' or an initial 'A'; not 'DBT' or 'PHQ'."""
    return word[0].isupper() and (len(word) == 1 or not word.isupper())


def _is_abbreviation(word: str) -> bool:
    """A word whose full stop does not end the sentence: a title ("Dr.") or an initial ("A.")."""
    return len(word) == 1 or _folded(word) in _name_words().titles


def _name_continues(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` follows a title or an initial, so a name may go on after it."""
    word = re.search(r"[^\W\d_]+$", text[max(0, dot - 12):dot])
    return bool(word) and _capitalised(word.group()) and _is_abbreviation(word.group())


def _runs(note: str) -> list[list[re.Match]]:
    """Runs of capitalised words that may be one name: on one line, joined only as a name's words are."""
    runs: list[list[re.Match]] = []
    for m in _NOT_LOWER_CASE_WORD.finditer(note):
        if not _capitalised(m.group()):
            continue
        last = runs[-1][-1] if runs else None
        gap = note[last.end():m.start()] if last else ""
        if last and _WITHIN_NAME.fullmatch(gap) and ("." not in gap or _is_abbreviation(last.group())):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


_NUMBER_AFTER = re.compile(r"[ \t]+\d")
_ROLE_WORD_BEFORE = re.compile(r"((?:[^\W\d_]+-)?([^\W\d_]+)),? $")


def _role_before(note: str, start: int) -> int | None:
    """Where a role word in lower case starts, when it stands right before ``start``: "her sister Maria",
    "her father, Frank", "co-facilitator Mark"; None if none does."""
    if start < 2 or note[start - 1] != " " or not (note[start - 2].isalpha() or note[start - 2] == ","):
        return None  # no word just before: most capitalised words open a sentence or a line
    before = _ROLE_WORD_BEFORE.search(note[max(0, start - 40):start])
    if before and before.group(2).islower() and _folded(before.group(2)) in _name_words().roles:
        return max(0, start - 40) + before.start(1)
    return None


def _name_in(note: str, run: list[re.Match]) -> list[re.Match]:
    """The words of the name in a run, its title first; none if the run names no one."""
    words = _name_words()
    for i, m in enumerate(run):
        folded = _folded(m.group())
        titled = folded in words.titles and i + 1 < len(run)
        # after a role word, a word with a number is a label: "8-year-old son, Grade 3", "daughter, Year 9"
        named_by_role = i == 0 and _role_before(note, m.start()) is not None and not _NUMBER_AFTER.match(note, m.end())
        if titled or folded in words.given or named_by_role:
            name = []
            for word in run[i + titled:]:
                if _folded(word.group()) in words.not_names or len(name) == _MAX_NAME_WORDS:
                    break
                name.append(word)
            return run[i:i + titled] + name if name else []
    return []


@functools.lru_cache(maxsize=8)
def _clinician_words(clinician_text: str) -> frozenset:
    return frozenset(v for w in _LETTERS.findall(_folded(clinician_text)) for v in (w, _in_latin_letters(w)))


@functools.lru_cache(maxsize=8)
def _their_spellings(clinician_text: str) -> frozenset[str]:
    """How the notes' capitalised words that are no given name, month or day sound ("Milano" for the draft's "Milan"):
    a place in the notes' language is the draft's in English, while "Mario" is never "Maria"."""
    words = _name_words()
    return frozenset(_spelling_key(w) for w in map(_folded, _CAPITALISED_WORD.findall(clinician_text))
                     if w not in words.given and w not in words.not_names)


@functools.lru_cache(maxsize=8)
def _places_they_abbreviate(clinician_text: str) -> frozenset[str]:
    """The words of each place the notes write by its postal abbreviation: "Savannah GA" gives "georgia"."""
    return frozenset(word for line in NAMES_PLACES.strip().splitlines() for short, place in [line.split("|")]
                     if re.search(rf"\b{short}\b", clinician_text) for word in place.split())


def _spelt_out(run: list, name: list, new: list[str], clinician_text: str) -> bool:
    """ "Nova Scotia" for the notes' "NS Mental Health Crisis Line", "Los Angeles" for "LA", "São Paulo" for "SP": the
    new words are the first words of the name, and with the capitalised words before them in its run, if any, their
    initials are letters the notes write in capitals."""
    words = [_folded(m.group()) for m in name]
    first, at = len(new), run.index(name[0])
    if words[:first] != new:
        return False
    for before in range(at, max(-1, at - 3), -1):
        place = run[before:at] + name[:first]
        if len(place) > 1 and re.search(rf"\b{''.join(m.group()[0] for m in place).upper()}\b", clinician_text):
            return True
    return False


_AN_AGE_AFTER = re.compile(r",\s*\d{1,3}\s+[^\W\d_]+")


def _words_of_the_sentences_language(note: str, run: list, name: list, new: list[str]) -> bool:
    """"Centro de Salud Familiar": in a sentence in another language, given names that are common words of that language
    are the words where they stand in a capitalised phrase with other words (a service's name), or before an age ("Donna,
    45 anni"); not after a title or role, nor alone ("Rosa llegó tarde", "vive con su hermana Rosa")."""
    if not all(w in _other_language_words() for w in new) or _role_before(note, name[0].start()) is not None:
        return False
    # "Donna, 45 anni, insegnante": a line that describes the client by sex and age
    if len(run) <= len(name) and not _AN_AGE_AFTER.match(note, name[-1].end()):
        return False
    # The sentence's own words, as a streamed draft has them when the sentence is checked.
    return any(start <= name[0].start() < end and _in_another_language(note[start:end]) for start, end in _sentences(note))


def find_names(note: str, clinician_text: str) -> list[tuple[int, int, str]]:
    """(start, end, message) of each name in ``note`` with a word the clinician's text does not have."""
    theirs, titles = _clinician_words(clinician_text), _name_words().titles
    found = []
    for run in _runs(note):
        name = _name_in(note, run)
        own = [_folded(m.group()) for m in name if len(m.group()) > 1 and _folded(m.group()) not in titles]
        new = [word for word in own if word not in theirs and word not in _places_they_abbreviate(clinician_text)
               and _spelling_key(word) not in _their_spellings(clinician_text)]
        if new and not _words_of_the_sentences_language(note, run, name, new) and not _spelt_out(run, name, new, clinician_text):
            # A relative or colleague named by role and name is reviewed as both: "co-facilitator Mark".
            role = _role_before(note, name[0].start())
            start = role if role is not None and "," not in note[role:name[0].start()] else name[0].start()
            found.append((start, name[-1].end(), "A name that is not in your notes."))
    return found
