"""Omissions: a must-carry fact in the clinician's notes that the draft does not carry in any wording.

The must-carry facts, and nothing else: a risk screen and its result, a safety plan or a crisis
resource; a standardised measure's score; a medication (with the dose written beside it); homework
assigned; a referral or coordination step; a mandated report or duty to warn. Each fact becomes its
key - what one sentence of the draft must name, in any wording, order or language the vocabulary
knows: the measure and its number, the medication (and dose), the risk topic and its result, the
homework's activity, the referral's target with an action, the report. The words are data
(prompt_presets/guardrails/must_carry_terms.yaml, generated into vocabulary.py).

Omissions need the whole draft, so a streamed draft gets them once it is finished.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from .findings import Finding
from .terms import _Hit, _hits, _Pair, _Token
from .text import _sentences, _tokens
from .quantities import values_in, word_value


OMISSION_HEADING = "In your notes but not in the draft"



@dataclass(frozen=True)
class _Fact:
    what: str  # for the message: "a medication"
    needs: frozenset[_Pair]  # what one sentence of the draft must name together
    numbers: frozenset[float] = frozenset()  # and one of these values (a score, a dose: "50 -> 100mg", 0.5 mg as 500 mcg)
    words: frozenset[str] = frozenset()  # or, for homework the vocabulary does not know, half of these words
    by_letter: bool = False  # "letter to GP": a draft that is the letter carries it


def _number(word: str) -> float | None:
    """A word's number by value ("14", "50mg", "three"), or None."""
    digits = re.match(r"\d+", word)
    return float(digits.group()) if digits else word_value(word)


def _within(tokens: tuple[_Token, ...], start: int, end: int) -> tuple[_Token, ...]:
    return tokens[bisect.bisect_left(tokens, (start,)):bisect.bisect_left(tokens, (end,))]


# ----------------------------------------------------------------- the facts in the clinician's words

_NEGATION: _Pair = ("risk_negations", "risk_negations")
_ACTION: _Pair = ("referral_actions", "referral_actions")
# What a draft sentence names of a kind at all, for a fact whose words it cannot compare.
_ANY_HOMEWORK: _Pair = ("any", "homework")
_ANY_REPORT: _Pair = ("any", "report")
_KIND_OF_SECTION = {"homework_triggers": _ANY_HOMEWORK, "homework_lead_verbs": _ANY_HOMEWORK, "homework_activities": _ANY_HOMEWORK,
                    "mandated_reports": _ANY_REPORT, "mandated_report_words": _ANY_REPORT}
# Function words and how often: what an activity is lies in its other words ("practice TIPP daily" is TIPP).
_NOT_THE_ACTIVITY = frozenset(
    "the a an to of for and or with on in at by each every per this that next week day daily night nightly times time "
    "before after his her their them client pt min minute mins session sessions was were is are will be has have".split())


def _by_section(hits: list[_Hit]) -> dict[str, list[_Hit]]:
    found: dict[str, list[_Hit]] = {}
    for h in hits:
        found.setdefault(h.section, []).append(h)
    return found


def _values_after(text: str, tokens: tuple[_Token, ...], first: int, count: int) -> frozenset[float]:
    """The values written in the ``count`` words from ``first`` on, by every way they may be restated."""
    if first >= len(tokens):
        return frozenset()
    return values_in(text[tokens[first][0]:tokens[min(first + count, len(tokens)) - 1][1]])


def _score_facts(found: dict[str, list[_Hit]], text: str, tokens: tuple[_Token, ...]) -> list[_Fact]:
    """A measure and the numbers just after it ("PHQ-9 = 14", "GAD7 of 9", "PHQ-9 from 18 to 14")."""
    scored = [(h, _values_after(text, tokens, h.last, 5)) for h in found.get("measures", ())]
    return [_Fact("a measure's score", frozenset({h.pair}), numbers) for h, numbers in scored if numbers]


def _medication_facts(found: dict[str, list[_Hit]], text: str, tokens: tuple[_Token, ...]) -> list[_Fact]:
    """A medication, with the dose written just after it ("sertraline 50mg", "lamotrigine up 50 -> 100")."""
    return [_Fact("a medication", frozenset({h.pair}), _values_after(text, tokens, h.last, 3)) for h in found.get("medications", ())]


def _risk_facts(found: dict[str, list[_Hit]]) -> list[_Fact]:
    """A risk topic with its result in the clause ("SI screen neg", "C-SSRS low risk"); risk itself only with a level."""
    level = {h.pair for h in found.get("risk_levels", ())[:1]}
    negations = [h.first for h in found.get("risk_negations", ())]

    def result(topic: _Hit) -> set[_Pair]:
        # A result stands just before its topic or just after it ("denies any SI", "SI screen neg"), not
        # anywhere in the clause ("urge to self-harm, used TIPP, did not act").
        negated = any(topic.first - 4 <= n < topic.first or topic.last <= n < topic.last + 2 for n in negations)
        return level | ({_NEGATION} if negated else set())

    facts = [_Fact("risk information", frozenset({h.pair} | result(h))) for h in found.get("risk_topics", ())]
    return facts + [_Fact("risk information", frozenset({h.pair} | level)) for h in found.get("risk_screens", ()) if level]


def _homework_facts(found: dict[str, list[_Hit]], text: str, tokens: tuple[_Token, ...], clause_start: int) -> list[_Fact]:
    """The activity after a homework word; an item that reviews homework already done is not one."""
    reviews = [h.first for h in found.get("homework_review_words", ())]
    # "practice TIPP daily" assigns only at the start of an item, not in "in private practice".
    leads = [h for h in found.get("homework_lead_verbs", ())
             if text[clause_start:tokens[h.first][0]].rstrip()[-1:] in ("", ":", "-", "•", "*")]
    triggers = found.get("homework_triggers", []) + leads
    facts = []
    for trigger in triggers:
        if any(abs(r - trigger.first) <= 3 for r in reviews):
            continue
        activities = [h for h in found.get("homework_activities", ()) if h.first >= trigger.last]
        if activities:
            facts += [_Fact("homework", frozenset({h.pair})) for h in activities]
        elif trigger.group == "other language":  # its words cannot be compared with an English draft's
            facts.append(_Fact("homework", frozenset({_ANY_HOMEWORK})))
        else:
            words = _activity_words(tokens, trigger.last, {i for h in triggers for i in range(h.first, h.last)})
            facts += [_Fact("homework", frozenset(), words=words)] if words else []
    return facts


def _activity_words(tokens: tuple[_Token, ...], start: int, skipped: set[int]) -> frozenset[str]:
    """The words and numbers (by value) that say what an activity the vocabulary does not know is."""
    words = (w for i, (_, _, w) in enumerate(tokens) if i >= start and i not in skipped)
    return frozenset(_number(w) or w for w in words if _number(w) or (len(w) > 2 and w not in _NOT_THE_ACTIVITY))


def _referral_facts(found: dict[str, list[_Hit]]) -> list[_Fact]:
    """A referral or coordination action and who it is with ("ref psych", "ROI signed to speak with school")."""
    by_letter = not found.get("referral_actions")
    if by_letter and not found.get("letter_actions"):
        return []
    return [_Fact("a referral or coordination step", frozenset({h.pair, _ACTION}), by_letter=by_letter)
            for h in found.get("referral_targets", ())]


def _report_facts(found: dict[str, list[_Hit]]) -> list[_Fact]:
    """Each report named ("CPS report filed"), or that a report was made when none is named."""
    named = [frozenset({h.pair}) for h in found.get("mandated_reports", ())]
    general = [frozenset({_ANY_REPORT})] if found.get("mandated_report_words") and not named else []
    return [_Fact("a mandated report or duty to warn", needs) for needs in named + general]


def _clause_facts(text: str, start: int, end: int) -> list[_Fact]:
    tokens = _within(_tokens(text), start, end)
    found = _by_section(_hits(text, tokens))
    return (_score_facts(found, text, tokens) + _medication_facts(found, text, tokens) + _risk_facts(found) + _homework_facts(found, text, tokens, start)
            + _referral_facts(found) + _report_facts(found))


_LIST_MARK = re.compile(r"(?:[-*•·–]|\d{1,2}[.)])\s+")


@functools.lru_cache(maxsize=8)
def _must_carry(bullets: str) -> tuple[tuple[int, int, tuple[_Fact, ...]], ...]:
    """(start, end, facts) of each sentence or line of the clinician's notes that holds a must-carry fact."""
    out = []
    for start, end in _sentences(bullets):
        # ';' ends a clause: "denies SI; cut last week" are two results.
        cuts = [start] + [start + m.end() for m in re.finditer(";", bullets[start:end])] + [end]
        facts = {f for a, b in zip(cuts, cuts[1:]) for f in _clause_facts(bullets, a, b)}
        if facts:
            mark = _LIST_MARK.match(bullets, start, end)
            out.append((mark.end() if mark else start, end, tuple(sorted(facts, key=lambda f: f.what))))
    return tuple(out)


# ------------------------------------------------------------------------------ what the draft carries

_Sentences = tuple[tuple[frozenset[_Pair], frozenset[str]], ...]


@functools.lru_cache(maxsize=8)
def _draft(note: str) -> tuple[_Sentences, bool]:
    """Per pair of neighbouring sentences (a restatement may run over two): the terms named, and the words and
    numbers; and whether the draft is a letter."""
    tokens = _tokens(note)
    sentences = []
    for start, end in _sentences(note):
        within = _within(tokens, start, end)
        words = [w for _, _, w in within]
        pairs = {h.pair for h in _hits(note, within)}
        pairs |= {_KIND_OF_SECTION[section] for section, _ in pairs if section in _KIND_OF_SECTION}
        sentences.append((frozenset(pairs), frozenset(words) | values_in(note[start:end])))
    following = sentences[1:] + [(frozenset(), frozenset())]
    letter = any(h.first == 0 and h.section == "letter_openings" for h in _hits(note, tokens[:6]))
    return tuple((a[0] | b[0], a[1] | b[1]) for a, b in zip(sentences, following)), letter


def _carried(fact: _Fact, draft: tuple[_Sentences, bool]) -> bool:
    sentences, letter = draft
    return (fact.by_letter and letter) or any(
        fact.needs <= pairs and (not fact.numbers or fact.numbers & words) and 2 * len(fact.words & words) >= len(fact.words)
        for pairs, words in sentences)


def find_omissions(bullets: str, note: str) -> list[Finding]:
    """Each sentence of the clinician's notes holding a must-carry fact that no sentence of the draft carries."""
    if not note:
        return []  # no draft was written, so nothing was left out of one
    draft = _draft(note)
    findings = []
    for start, end, facts in _must_carry(bullets):
        missing = sorted({f.what for f in facts if not _carried(f, draft)})
        if missing:
            findings.append(Finding("omission", bullets[start:end], start, end, "bullets",
                                    f"Your notes record {' and '.join(missing)} that the draft leaves out."))
    return findings
