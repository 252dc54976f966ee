"""Where each sentence of the draft comes from: the clinician's words it rests on, or none.

One pass over the finished draft, never a model. The clinician's text is cut into units (a line, a
sentence, a clause between semicolons); a sentence of the draft rests on the one or two units that share
most of its content words - its words less function words and the words every note uses ("client",
"session"), compared without case, accents, plurals or -ing/-ed endings. A sentence whose best units
hold under a third of its content words rests on nothing: the clinician reads it against the notes.
A heading ("DATA:", "S:"), the pack's own notice (a line starting with a warning sign) and the model's
reasoning are not sentences of the draft.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .text import FUNCTION_WORDS, _sentences, _stem, _TOKEN
from .omissions import _LIST_MARK


@dataclass(frozen=True)
class Traced:
    sentence: str
    sources: tuple[str, ...]  # the clinician's words it rests on, in the notes' order; none: it rests on nothing


# Words nearly every sentence of a note uses, whatever the session held; and a letter's greeting and closing.
_NOTE_WORDS = ("client patient pt clt session therapist clinician counselor counsellor writer reported stated noted "
               "discussed described shared said today dear sincerely regards")
# A label before a line's text ("DATA:", "S:", "HW:", "Name and credentials:"): a heading, not content.
_HEADING_LABEL = re.compile(r"[^\W\d_][^\s:]*(?:[ /&-][^\s:]+){0,2}:(?=\s|$)")
# What in a draft is not the draft's own sentences: the model's reasoning, a fold, the pack's notice.
_NOT_THE_DRAFT = re.compile(r"<think>.*?(?:</think>|\Z)|<details[\s>].*?(?:</details>|\Z)|^\u26a0[^\n]*", re.S | re.M)
RESTS_ON_SHARE = 1 / 3


def has_more_than_sentences(note: str) -> bool:
    """Whether the draft holds more than its own sentences (reasoning, a fold, the pack's notice): then only the
    whole draft can be traced, not a streamed piece of it."""
    return _NOT_THE_DRAFT.search(note) is not None


_NOT_CONTENT = frozenset(map(_stem, (FUNCTION_WORDS + " " + _NOTE_WORDS).split()))


def _content_words(text: str, start: int, end: int) -> frozenset[str]:
    label = _HEADING_LABEL.match(text, start, end)
    words = map(_stem, _TOKEN.findall(text, label.end() if label else start, end))
    return frozenset(w for w in words if w not in _NOT_CONTENT and (len(w) > 1 or w.isdigit()))


@dataclass(frozen=True)
class _Units:
    texts: tuple[str, ...]
    words: tuple[frozenset[str], ...]
    holding: dict[str, list[int]]  # content word -> the units that hold it, in order


@functools.lru_cache(maxsize=8)
def _clinician_units(clinician_text: str) -> _Units:
    """The clinician's text as units to quote: each line, sentence or clause between semicolons with content words."""
    texts, words, holding = [], [], {}
    for start, end in _sentences(clinician_text):
        mark = _LIST_MARK.match(clinician_text, start, end)
        cuts = [mark.end() if mark else start] + [start + m.end() for m in re.finditer(";", clinician_text[start:end])] + [end]
        for a, b in zip(cuts, cuts[1:]):
            unit_words = _content_words(clinician_text, a, b)
            if unit_words:
                for w in unit_words:
                    holding.setdefault(w, []).append(len(texts))
                texts.append(clinician_text[a:b].strip(" \t;"))
                words.append(unit_words)
    return _Units(tuple(texts), tuple(words), holding)


def trace(note: str, clinician_text: str) -> list[Traced]:
    """Each sentence of the draft, with the clinician's words it rests on, or none."""
    units = _clinician_units(clinician_text)
    draft = _NOT_THE_DRAFT.sub(lambda m: " " * len(m.group()), note) if has_more_than_sentences(note) else note
    traced = []
    for start, end in _sentences(draft):
        if draft[start] == "#":
            continue  # a Markdown heading
        words = _content_words(draft, start, end)
        if words:
            traced.append(Traced(note[start:end], tuple(units.texts[u] for u in _resting_on(words, units))))
    return traced


def _resting_on(words: frozenset[str], units: _Units) -> list[int]:
    """The unit sharing most of ``words``, and the unit that adds most to it where it adds two words or is needed;
    none when together they share under RESTS_ON_SHARE of them."""
    shared: dict[int, int] = {}
    for w in words:
        for u in units.holding.get(w, ()):
            shared[u] = shared.get(u, 0) + 1
    if not shared:
        return []
    best = max(shared, key=lambda u: (shared[u], -u))
    needed = RESTS_ON_SHARE * len(words)
    adds = {u: len((words - units.words[best]) & units.words[u]) for u in shared if u != best}
    second = max(adds, key=lambda u: (adds[u], -u), default=None)
    if second is not None and (adds[second] >= 2 or (adds[second] and shared[best] < needed)):
        return sorted([best, second]) if shared[best] + adds[second] >= needed else []
    return [best] if shared[best] >= needed else []
