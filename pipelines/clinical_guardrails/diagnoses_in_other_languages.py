"""Diagnoses in notes written in Spanish, French or German: a name that starts with the language's word for
"disorder" ("trastorno depresivo persistente", "trouble de stress post-traumatique"), and whether notes in another
language name, in their spelling, the condition an English draft names ("trastorno bipolar II" for "bipolar II
disorder")."""

from __future__ import annotations

import functools
import re
from typing import Optional

from .text import _in_another_language, _line_end, _NOTES_IN_ANOTHER_LANGUAGE, _spelling_key, _words_by_sound
from .diagnoses import _Term


_FOREIGN_CONNECTORS = frozenset("de del la l d du des le los las".split())
_FOREIGN_STOP = frozenset("y et und con avec mit que qui en a à es est ist por pour sans sin ohne pero mais aber o ou oder porque selon según".split())
_FRENCH_ADJECTIVE = re.compile(r"(?:if|ive|aux|eux|euse|ique|aire|al|el|elle|ant|é|ée|e)$")


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
    # "troubles du comportement en classe", "trastornos del sueño": problems of a kind, in the plural, describe what
    # is seen; they are a diagnosis only where wording claims one
    plural = text[tokens[i][0]:tokens[i][1]].lower().endswith(("troubles", "trastornos", "disturbi", "transtornos", "störungen"))
    described = plural and tokens[i + 1][2] in _FOREIGN_CONNECTORS
    return _Term(tokens[i][0], tokens[last][1], (), " ".join(t[2] for t in tokens[i:last + 1]), descriptive=described)


# What names a kind of condition in every language, which the words that say which condition it is go with.
_KIND_WORDS = frozenset("disorder disease syndrome condition".split())


def _translates(name: str, clinician_phrase: str) -> bool:
    """Whether notes in another language name the condition in their spelling: "bipolar II disorder" for "trastorno
    bipolar II", "hypomania" for "hipomanía"."""
    keys = _foreign_keys(clinician_phrase)
    words = [w for w in name.split() if w not in _KIND_WORDS]
    if not keys:  # notes the language check calls English may still spell a condition their way ("moeder met dementie")
        spellings = _words_by_sound(frozenset(clinician_phrase.split()))
        return bool(words) and all(spellings.get(_spelling_key(w), frozenset()) - {w} for w in words)
    return bool(words) and all(_spelling_key(w) in keys for w in words)


@functools.lru_cache(maxsize=8)
def _foreign_keys(clinician_phrase: str) -> frozenset[str]:
    """The spelling keys of the words of notes in another language; none for notes in English."""
    if not _in_another_language(clinician_phrase, _NOTES_IN_ANOTHER_LANGUAGE):
        return frozenset()
    return frozenset(_spelling_key(w) for w in clinician_phrase.split())


# A code of another edition beside a name: ICD-11's "6C51.0", "6A70", "QE84" (ICD-10-CM's are in the vocabulary).
_OTHER_EDITION_CODE = re.compile(r"\b(?:\d[A-Z]|[A-Z]{2})\d[0-9A-Z](?:\.[0-9A-Z]{1,2})?\b")


def _coded_as_theirs(note: str, end: int, clinician_text: str) -> bool:
    """Whether the name ending at ``end`` is written with a code of another edition that the notes give too:
    "Gaming disorder (ICD-11 6C51.0)" restates "Computerspielstörung (ICD-11 6C51.0)", whatever its language."""
    code = _OTHER_EDITION_CODE.search(note, end, _line_end(note, end))
    return bool(code) and bool(_BEFORE_A_CODE.fullmatch(note, end, code.start())) and code.group() in clinician_text


_BEFORE_A_CODE = re.compile(r"[\s(\[:,–-]*(?:ICD-?\s?11[\s:,-]*)?", re.I)  # " (ICD-11 ", ", "
