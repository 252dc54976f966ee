"""What a draft carries of the must-carry facts in the clinician's words (omissions.py), and the omission
findings: each item of the notes holding a fact that no sentence of the draft, or of two neighbouring sentences,
carries in any wording.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace
from typing import Callable, Optional

from .findings import Finding
from .terms import _hits, _Pair, _with_drugs_by_stem
from .text import _HEADING_LINE, _in_another_language, _NOTES_IN_ANOTHER_LANGUAGE, _sentences, _spelling_key, _stem, _tokens, _words_by_sound
from .quantities import values_in
from .measure_forms import _ACRONYMS, _acronym_key, _initials, _INITIALS, _spelled_out
from .referrals import _received, _REFERRAL
from .omissions import (
    _Fact, _HOMEWORK_MARK, _KIND_OF_SECTION, _MARKS_HOMEWORK, _must_carry, _PSYCH, _PSYCH_TARGETS, _SCORE_WORD, _within,
)


# Per sentence, or pair of neighbouring sentences, or block: the terms it names and its sentences (by index); and
# the words and numbers of a unit of sentences, read only for a fact its terms name (``by_value``: its numbers too).
_Sentences = tuple[tuple[frozenset[_Pair], tuple[int, ...]], ...]
_Draft = tuple[_Sentences, bool, Callable[[tuple[int, ...], bool], frozenset]]


def draft_sentence_facts(text: str) -> list[list]:
    """Per sentence of a draft, or of a streamed piece of one that ends where a sentence ends: the terms it
    names and its words and numbers, as plain lists (a streamed draft keeps them in the request's metadata)."""
    return [[sorted(pairs), sorted(words | values_in(text[start:end], words), key=str)]
            for pairs, words, (start, end) in _sentence_facts(text)]


def _sentence_facts(text: str) -> list[tuple[frozenset[_Pair], frozenset, tuple[int, int]]]:
    """Per sentence: the terms it names, its canonical words and its span."""
    tokens = _tokens(text)
    sentences = _sentences(text)
    # Per token, the end of its sentence: one pass over the draft finds each sentence's terms as if it stood alone.
    ends, spans = [0] * len(tokens), []
    for start, end in sentences:
        first, last = bisect.bisect_left(tokens, (start,)), bisect.bisect_left(tokens, (end,))
        ends[first:last] = [last] * (last - first)
        spans.append((first, last))
    # A referral the client came with ("referred by her GP") is no step the draft records.
    hits = [h for h in _with_drugs_by_stem(tokens, _hits(text, tokens, nested=("homework_activities",), ends=ends))
            if not (h.section == "referral_actions" and _received(h, tokens))]
    by_sentence: dict[int, set] = {}
    for h in hits:
        by_sentence.setdefault(ends[h.first], set()).add(h.pair)
    facts, line_end = [], 0
    for (start, end), (first, last) in zip(sentences, spans):
        pairs = set(by_sentence.get(last, ())) if last > first else set()
        pairs |= {_KIND_OF_SECTION[section] for section, _ in pairs if section in _KIND_OF_SECTION}
        pairs |= {_HOMEWORK_MARK for section, _ in pairs if section in _MARKS_HOMEWORK}
        if not _PSYCH_TARGETS.isdisjoint(pairs):
            pairs.add(_PSYCH)
        pairs |= {_acronym_key(m.group()) for m in _ACRONYMS.finditer(text, start, end)} | _spelled_out(text[start:end])
        if last > first:
            pairs.add(_initials([w for _, _, w in tokens[first:last]]))
        words = frozenset(w for _, _, w in tokens[first:last])
        # A sentence after another on its line (a piece of a streamed draft starts a line or after the space that
        # follows a sentence's end) is part of what that line is: "- Wake at 10:45 p.m. to 5:30 a.m." is one item.
        if start > line_end and "\n" not in text[line_end:start]:
            pairs.add(_CONTINUES)
        line_end = end
        if text[start:end].startswith("|"):
            pairs.add(_TABLE_ROW)
        elif _LIST_ITEM.match(text, start):  # "- Keep a diary.", and "1." before its item's sentence
            pairs.add(_LIST_ROW)
        elif text[start:end].rstrip("*_ ").endswith(":") or _HEADING_LINE.fullmatch(text, start, end):  # its list is its items
            pairs.add(_LEAD_IN)
        # a blank line is no sentence: the sentences on either side are neighbours (its values are none either: a
        # sentence without words has no digits)
        if pairs or words:
            facts.append((frozenset(pairs), words, (start, end)))
    return facts


_OPENING_LINES = 8  # a letter's salutation may follow its address block and subject line ("Re: Discharge summary")


def is_letter(note: str) -> bool:
    """Whether the draft opens as a letter does ("Dear …"), in one of its first lines."""
    head, tokens_of_head = note[:600], _tokens(note[:600])
    for line in list(re.finditer(r"[^\n]*\S[^\n]*", head))[:_OPENING_LINES]:
        tokens = _within(tokens_of_head, line.start(), line.end())[:6]
        opening = line.group().strip(" \t*")
        if (any(h.first == 0 and h.section == "letter_openings" for h in _hits(head, tokens)) or _SALUTATION.fullmatch(opening)
                or _ADDRESS_LINE.match(line.group().strip()) or _TO_ADDRESSEE.fullmatch(opening)):
            return True
    return False


# A letter's address line, as a memo opens: "To: School 504 Coordinator", "Attn: Dr. Lee".
_ADDRESS_LINE = re.compile(r"(?:\*\*)?(?:To|Attn|Attention|Para|À|An)(?:\*\*)?\s*:(?:\*\*)?\s*\S")
# A salutation to whom it is for, without "Dear": "To whom it may concern:", "To the client's legal counsel,".
_TO_ADDRESSEE = re.compile(r"To\s+(?:whom\s+it\s+may\s+concern\s*[,:]|(?:the|my|our|your)\s+[^,:\n]{2,60},)", re.I)
# A salutation that is the addressee alone: "Dr. Ramirez," ("Mr Chen:" is a label).
_SALUTATION = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*,")


def carried_facts(sentence_facts: list[list], letter: bool) -> _Draft:
    """Per pair of neighbouring sentences (a restatement may run over two): the terms named, and the words and
    numbers; and whether the draft is a letter. A streamed sentence's words hold its numbers."""
    @functools.lru_cache(maxsize=None)
    def words(sentence: int) -> frozenset:
        return frozenset(sentence_facts[sentence][1])

    return (_with_neighbours([frozenset(map(tuple, pairs)) for pairs, _ in sentence_facts]), letter,
            lambda unit, by_value: frozenset().union(*map(words, unit)))


def _with_neighbours(sentences: list[frozenset]) -> _Sentences:
    following, last = sentences[1:] + [frozenset()], len(sentences) - 1
    return tuple((a | b, (i, i + 1) if i < last else (i,)) for i, (a, b) in enumerate(zip(sentences, following))) + _blocks(sentences)


_TABLE_ROW = ("layout", "table row")
_LIST_ROW = ("layout", "list item")
_LEAD_IN = ("layout", "lead-in")  # a line ending in a colon, that a list follows
_CONTINUES = ("layout", "continues its line")
_LIST_ITEM = re.compile(r"(?:[-*•]|\d{1,2}[.)])(?:\s|\Z)")  # a streamed piece may end right after "1."


def _blocks(sentences: list[frozenset]) -> _Sentences:
    """Each Markdown table with the line before it, and each list with the line that leads into it, as one: "GAD-7"
    over rows of "| Intake | 14 |" and "| Today | 9 |"; "DPICS coding of mother:" over "- Reflections: 4"."""
    blocks, first, kind = [], None, None
    for i, pairs in enumerate(sentences + [frozenset()]):
        if first is not None and kind not in pairs and _CONTINUES not in pairs:
            blocks.append((frozenset().union(*sentences[first:i]), tuple(range(first, i))))
            first = None
        if first is None and i and (_TABLE_ROW in pairs or _LIST_ROW in pairs and _LEAD_IN in sentences[i - 1]):
            first, kind = i - 1, _TABLE_ROW if _TABLE_ROW in pairs else _LIST_ROW  # with the line before it
        elif first is None and not i and _TABLE_ROW in pairs:
            first, kind = 0, _TABLE_ROW
    return tuple(blocks)


@functools.lru_cache(maxsize=8)
def _draft(note: str) -> _Draft:
    facts = _sentence_facts(note)

    @functools.lru_cache(maxsize=None)
    def values(sentence: int) -> frozenset:
        start, end = facts[sentence][2]
        return values_in(note[start:end], facts[sentence][1])

    @functools.lru_cache(maxsize=None)
    def words(unit: tuple[int, ...], by_value: bool) -> frozenset:
        canonical = frozenset().union(*(facts[i][1] for i in unit))
        return canonical.union(*map(values, unit)) if by_value else canonical

    return _with_neighbours([pairs for pairs, _, _ in facts]), is_letter(note), words


def _carried(fact: _Fact, draft: _Draft) -> bool:
    """Named with its number and half its words, or named in a sentence about homework; homework is carried by
    a sentence about homework with half its words too ("logging SUDS every 15 minutes" for "log SUDS q15")."""
    sentences, letter, words_of = draft
    if fact.by_letter and letter:
        return True
    own_words = any(isinstance(w, str) for w in fact.words)
    by_value = bool(fact.numbers) or not all(isinstance(w, str) for w in fact.words)  # a number among its words
    for pairs, unit in sentences:
        named, about_homework = _named(fact, pairs), fact.marked and _HOMEWORK_MARK in pairs
        if not (named or about_homework and own_words):
            continue
        words = words_of(unit, by_value)
        if fact.numbers and not fact.numbers & words:
            continue
        if named and (about_homework or _half_carried(fact, words, pairs)) or about_homework and own_words and _half_carried(fact, words, pairs):
            return True
    return False


def _half_carried(fact: _Fact, words: frozenset, pairs: frozenset) -> bool:
    """Whether half the fact's words are the sentence's, a word counting in another form of it ("keep" in
    "keeping", "reading" in "read"); a word cut short in the notes is the whole word it begins ("psychoed" is
    psychoeducational), and so is a referral's target ("voc rehab" is vocational rehabilitation, "psych eval" a
    psychological evaluation); a word spelt another way is one too ("roopu" is "rōpū"), and an acronym its words
    spelt out in capitals (``pairs``: the sentence's, "MHTP" in "Mental Health Treatment Plan")."""
    shared = len(fact.words & words)
    if 2 * shared < len(fact.words):
        shortest = 3 if fact.what == _REFERRAL else _SHORTEST_CUT
        beginnings = _by_beginning(words)
        shared += sum(1 for w in fact.words - words if isinstance(w, str) and len(w) >= 3 and (any(
            _one_word(w, d, shortest) for d in beginnings.get(w[:3], ())) or len(w) >= 4 and _spelling_key(w) in _words_by_sound(words)
            or len(w) <= 6 and ("acronyms", w.upper()) in pairs))
    return 2 * shared >= len(fact.words)


@functools.lru_cache(maxsize=1024)
def _by_beginning(words: frozenset) -> dict[str, list[str]]:
    """A sentence's words by their first three letters: a word's other forms begin as it does."""
    out: dict[str, list[str]] = {}
    for d in words:
        if isinstance(d, str) and len(d) >= 3:
            out.setdefault(d[:3], []).append(d)
    return out


def _one_word(notes: str, draft: str, shortest_cut: int) -> bool:
    """The notes' word and the draft's are one: the draft's is the notes' with an ending, or the notes' is cut short or
    contracted; or the notes name an activity by its gerund ("reading" for "read"); or both are long words of one stem
    ("presenting", "presented")."""
    if len(draft) > len(notes) and draft.startswith(notes):
        return len(notes) >= shortest_cut or draft[len(notes):] in _ENDINGS
    if len(notes) <= 5 and len(draft) > len(notes) + 2 and notes[-1] == draft[-1] and _in_order(notes, draft):
        return True  # "dept" is department, "appt" appointment
    return (len(draft) >= 3 and notes == draft + "ing") or (min(len(notes), len(draft)) >= 6 and _stem(notes) == _stem(draft))


def _in_order(letters: str, word: str) -> bool:
    """Whether the letters stand in the word in their order."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


_SHORTEST_CUT = 5  # "psychoed", "behav": shorter beginnings begin too many words


_ENDINGS = frozenset(("ing", "ed", "d", "es", "er", "ly"))


def _named(fact: _Fact, pairs: frozenset[_Pair]) -> bool:
    """The sentence names what the fact needs, an acronym perhaps by its words spelt out; a measure known by its
    acronym may be named by a score word."""
    if fact.needs <= pairs or not fact.or_named.isdisjoint(pairs):
        return True
    missing = fact.needs - pairs
    return all(section == "acronyms" for section, _ in missing) and (
        all(_spelt_out_in(key, pairs) for _, key in missing)
        or bool(fact.numbers) and _SCORE_WORD in pairs and all(section == "acronyms" for section, _ in fact.needs))


def _spelt_out_in(acronym: str, pairs: frozenset[_Pair]) -> bool:
    """Whether the initials of a sentence's words spell the acronym (three letters or more; its plural's "S" too)."""
    return len(acronym) >= 3 and any(section == _INITIALS and (acronym in initials or f"{acronym}S" in initials) for section, initials in pairs)


def find_omissions(bullets: str, note: str, draft: Optional[_Draft] = None) -> list[Finding]:
    """Each sentence of the clinician's notes holding a must-carry fact that no sentence of the draft carries
    (``draft``: what it carries, where a stream has read it already)."""
    if not note:
        return []  # no draft was written, so nothing was left out of one
    draft = draft or _draft(note)
    # A draft in another language than the notes' (English notes, a letter in Spanish) cannot carry their words word for
    # word: a fact's own words are then carried by what the draft names and by its numbers, as for notes in another
    # language and an English draft.
    translated = _in_another_language(note, _NOTES_IN_ANOTHER_LANGUAGE) and not _in_another_language(bullets, _NOTES_IN_ANOTHER_LANGUAGE)
    findings = []
    for start, end, facts in _must_carry(bullets):
        if translated:
            facts = tuple(replace(f, words=frozenset(w for w in f.words if isinstance(w, float))) for f in facts)
        missing = sorted({f.what for f in facts if not _carried(f, draft)})
        if missing:
            findings.append(Finding("omission", bullets[start:end], start, end, "bullets",
                                    f"Your notes record {' and '.join(missing)} that the draft leaves out."))
    return findings
