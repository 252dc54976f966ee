"""Omissions: a must-carry fact in the clinician's notes that the draft does not carry in any wording.

The must-carry facts, and nothing else: a risk screen and its result, a safety plan or a crisis
resource; a standardised measure's score; a medication (with the dose written beside it); homework
assigned; a referral or coordination step; a mandated report or duty to warn. Each fact becomes its
key - what one sentence of the draft must name, in any wording, order or language the vocabulary
knows: the measure and its number, the medication (and dose), the risk topic and its result, the
homework's activity, the referral's target with an action, the report. The words are data
(prompt_presets/guardrails/must_carry_terms.yaml, generated into vocabulary.py).

Omissions need the whole draft: a streamed draft's sentences are read as they complete, and its omissions
found once it is finished.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from .terms import _ed_names_a_disorder, _Hit, _hits, _Pair, _terms_in, _Token, _with_drugs_by_stem
from .names import _name_continues
from .text import _blank, FUNCTION_WORDS, _in_another_language, _NOTES_IN_ANOTHER_LANGUAGE, _tokens, _without_quotes
from .dictation import clauses
from .quantities import numeral_values, values_in, word_value
from .diagnosis_lookups import _vocabulary
from .measure_forms import _a_date, _ACRONYMS, _ACRONYM_SCORE, _acronym_key
from .referrals import _received, _referral_facts


OMISSION_HEADING = "In your notes but not in the draft"


@dataclass(frozen=True)
class _Fact:
    what: str  # for the message: "a medication"
    needs: frozenset[_Pair]  # what one sentence of the draft must name together
    numbers: frozenset[float] = frozenset()  # and one of these values (a score, a dose: "50 -> 100mg", 0.5 mg as 500 mcg)
    words: frozenset[str] = frozenset()  # and half of these words (what an activity or a referral's target is)
    marked: bool = False  # or, instead of those words, a word that makes the sentence about homework
    by_letter: bool = False  # "letter to GP": a draft that is the letter carries it
    # or one of these named instead: a measure's acronym, which its name written out in full carries
    or_named: frozenset[_Pair] = frozenset()


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
# "psych" in notes is a psychiatrist or a psychologist: a draft may name either.
_PSYCH: _Pair = ("any", "psych")
_PSYCH_TARGETS = frozenset({("referral_targets", "psychiatry"), ("referral_targets", "psychology")})
_HOMEWORK_MARK: _Pair = ("homework_markers", "homework_markers")
_SCORE_WORD: _Pair = ("score_words", "score_words")
_MARKS_HOMEWORK = ("homework_markers", "homework_triggers", "homework_lead_verbs")
_KIND_OF_SECTION = {"homework_triggers": _ANY_HOMEWORK, "homework_lead_verbs": _ANY_HOMEWORK, "homework_activities": _ANY_HOMEWORK,
                    "homework_labels": _ANY_HOMEWORK,
                    "mandated_reports": _ANY_REPORT, "mandated_report_words": _ANY_REPORT,
                    "letter_actions": _ACTION}  # "Letter to GP." is a step taken with the GP
# Function words and how often: what an activity is lies in its other words ("practice TIPP daily" is TIPP).
_NOT_THE_ACTIVITY = frozenset(FUNCTION_WORDS.split()) | frozenset(
    "next week day daily night nightly times time client pt min minute mins session sessions "
    # how far a step got says nothing of what it is: "IPS referral done"
    "completed complete sent submitted placed pending today now yet pls please plz "
    # what a contraction leaves before its "t" ("hasn't been yet"), and how a step is taken, not with whom ("liaised by phone")
    "hasn hadn haven isn wasn weren aren don doesn didn won wouldn couldn shouldn "
    "phone phoned telephone telephoned tel email emailed mail call calls called text texted fax faxed "
    # which day says when, not what: "homework club tues/thurs" is the club, on Tuesdays and Thursdays
    "mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday sun sunday weekend".split())


def _by_section(hits: list[_Hit]) -> dict[str, list[_Hit]]:
    found: dict[str, list[_Hit]] = {}
    for h in hits:
        found.setdefault(h.section, []).append(h)
    return found


def _values_after(text: str, tokens: tuple[_Token, ...], first: int, count: int) -> frozenset[float]:
    """The values written in the ``count`` words from ``first`` on, by every way they may be restated."""
    if first >= len(tokens):
        return frozenset()
    # from where the word before ends: what stands between them ("C-SSRS @1300") says what the number is
    written = text[tokens[first - 1][1] if first else tokens[first][0]:tokens[min(first + count, len(tokens)) - 1][1]]
    return values_in(_DAY_MONTH.sub(_unless_a_score, _AGE.sub(" ", _ITEM.sub(" ", _AT_A_TIME.sub(" ", written)))))


# A client's age and sex in a line's heading ("SUD intake - 47yo M", "cl F 35 años") is no measure's score, nor is
# a date ("faxed 4/1", "on 14/03/24"): a score is never over its maximum.
_AGE = re.compile(r"\b\d{1,3}(?:\s*(?:yo|y/o|y\.o\.?|yrs?\s+old|years?\s+old|-?years?-old|ans|años)\b|\s?[MF](?=[\s,;)]|$)|(?:a|J\.?)(?=[\s,;)]|$))")
# An item's number is no score either: "C-SSRS: Q1 yes, Q2 no", "PHQ-9 item 9: 1" (its answer is).
_ITEM = re.compile(r"(?<![\w-])(?:[Qq]|[Ii]tems?\s?|#)\d{1,2}\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})/(\d{1,2})(/\d{2,4})?\b")
_AT_A_TIME = re.compile(r"@\s?\d{1,2}:?\d{2}\b")  # "C-SSRS @1300": when it was done


def _unless_a_score(m: re.Match) -> str:
    return " " if m.group(3) or int(m.group(1)) > int(m.group(2)) else m.group()


_SERVICE_WORDS_AFTER = frozenset("assessment treatment tx program programme service clinic team group counseling counselling use".split())


def _a_disorders_service(text: str, tokens: tuple[_Token, ...], hit: _Hit) -> bool:
    """"SUD assessment", "SUD tx": a measure's letters that are also a disorder's abbreviation, right before a
    service's word, name the disorder's service (substance use, not units of distress)."""
    return (hit.last < len(tokens) and tokens[hit.last][2] in _SERVICE_WORDS_AFTER
            and not text[tokens[hit.last - 1][1]:tokens[hit.last][0]].strip()
            and text[tokens[hit.first][0]:tokens[hit.last - 1][1]].lower() in _vocabulary().abbreviations)


def _score_facts(found: dict[str, list[_Hit]], text: str, tokens: tuple[_Token, ...]) -> list[_Fact]:
    """A measure and the numbers just after it ("PHQ-9 = 14", "GAD7 of 9", "PHQ-9 from 18 to 14")."""
    # Its numbers come before the next measure ("SUD hx (AUDIT-C 2)": the 2 is the AUDIT-C's), unless that measure is
    # right after it ("PHQ-9/GAD-7: 14/9").
    starts = sorted(h.first for h in found.get("measures", ()))
    # and the number in another measure's name is none of its scores ("PHQ-9 ____  GAD-7 ____" gives the PHQ-9 no 7)
    unnamed = _blank(text, [(tokens[h.first][0], tokens[h.last - 1][1]) for h in found.get("measures", ())])
    scored = [(h, _values_after(unnamed, tokens, h.last, min(5, next((s for s in starts if s >= h.last), h.last + 5) - h.last) or 5))
              for h in found.get("measures", ()) if not _a_disorders_service(text, tokens, h)]
    return [_Fact("a measure's score", frozenset({h.pair}), numbers,
                  or_named=frozenset({_acronym_key(text[tokens[h.first][0]:tokens[h.last - 1][1]])}))
            for h, numbers in scored if numbers]


def _medication_facts(found: dict[str, list[_Hit]], text: str, tokens: tuple[_Token, ...]) -> list[_Fact]:
    """A medication, with the dose written just after it ("sertraline 50mg", "lamotrigine up 50 -> 100"); one the
    vocabulary does not name by the dose after it ("Biphentin increased 20->30mg"), carried by its name and dose."""
    facts = [_Fact("a medication", frozenset({h.pair}), _values_after(text, tokens, h.last, 3)) for h in found.get("medications", ())]
    if not tokens:
        return facts
    named = {tokens[i][0] for hits in found.values() for h in hits for i in range(h.first, h.last)}
    starts = [t[0] for t in tokens]
    for m in _DRUG_BEFORE_DOSE.finditer(text, tokens[0][0], tokens[-1][1]):
        if m.start(1) not in named and m.start(1) in starts and m.group(1).lower() not in _NO_DRUG_BEFORE_DOSE:
            k = starts.index(m.start(1))
            facts.append(_Fact("a medication", frozenset(), _values_after(text, tokens, k + 1, 5), words=frozenset({tokens[k][2]})))
    return facts


# A brand the vocabulary does not know, by the dose written after it, a change between them: "Biphentin increased
# 20->30mg", "Foquest 25 mg".
_DOSE_CHANGES = "increased decreased reduced raised lowered started stopped titrated tapered incr decr up down from to at now".split()
_NO_DRUG_BEFORE_DOSE = frozenset(_DOSE_CHANGES + ["dose", "total", "daily"])  # "Increased 20mg", "Total 300mg"
_DRUG_BEFORE_DOSE = re.compile(
    rf"\b([A-Z][a-z]{{3,}})\s+(?:(?:{'|'.join(_DOSE_CHANGES)})\s+)*"
    r"\d+(?:\.\d+)?\s?(?:(?:->|→|-|to)\s?\d+(?:\.\d+)?\s?)?(?:mg|mcg|µg|ml)\b")


def _risk_facts(found: dict[str, list[_Hit]], text: str, tokens: tuple[_Token, ...]) -> list[_Fact]:
    """A risk topic with its result in the clause ("SI screen neg", "C-SSRS low risk"); risk itself only with a level."""
    # "niega IS/IH al alta", "dada de alta": Spanish "alta" after an article or "dado" is a discharge, not a high level
    level = {h.pair for h in [h for h in found.get("risk_levels", ()) if not (
        tokens[h.first][2] == "alta" and h.first and tokens[h.first - 1][2] in ("al", "el", "de", "dado", "dada", "tras")
        or tokens[h.first][2] == "bajo" and h.last < len(tokens) and tokens[h.last][2] == "llave")][:1]}  # "bajo llave": locked
    # "crisis line no. on her card", "Samaritans no. + out of hours line": a "no." that the line goes on after, with no
    # sentence of its own starting, is a number, not a "no".
    negations = [h.first for h in found.get("risk_negations", ())
                 if not re.match(r"\.[ \t]+[^\sA-Z]", text[tokens[h.first][1]:tokens[h.first][1] + 3])]
    topic_hits = [h for section in ("risk_topics", "risk_screens") for h in found.get(section, ())]
    topics = [h.first for h in topic_hits]
    # "SI screen neg, NSSI 6 wks ago": a result just after a topic is that topic's, not the next one's ("denies SI, no
    # HI" denies both).
    results_of_earlier = {n for n in negations for t in topic_hits
                          if t.last <= n < t.last + 2 and not re.search(r"[,;]", text[tokens[t.last - 1][1]:tokens[n][0]])}

    # "no thoughts of harm to self/others, risk low": a level beside the word "risk" is that screen's, not each topic's
    topic_level = set() if any(h.group == "risk" for h in found.get("risk_screens", ())) else level

    def result(topic: _Hit) -> set[_Pair]:
        # A result stands just before its topic or just after it ("denies any SI", "SI screen neg"), not
        # anywhere in the clause ("urge to self-harm, used TIPP, did not act"); one before a nearer topic is
        # that topic's ("no plan/intent, safety plan reviewed"), and one with its own object before a comma is
        # that object's ("no plan, safety plan reviewed"), while "denies SI, HI" denies both.
        negated = any(topic.first - 4 <= n < topic.first and n not in results_of_earlier and not any(n < t < topic.first for t in topics)
                      and not (n + 1 not in topics and re.search(r"[,;]", text[tokens[n][1]:tokens[topic.first][0]]))
                      or topic.last <= n < topic.last + 2 for n in negations)
        return topic_level | ({_NEGATION} if negated else set())

    facts = [_Fact("risk information", frozenset({h.pair} | result(h))) for h in found.get("risk_topics", ())
             if not (h.group == "emergency care" and tokens[h.first][2] == "ed" and _ed_names_a_disorder(text))]
    # "Risk: denies SI" is a label, its result the topic's; a screen of another kind has a result of its own.
    screens = [(h, level if h.group == "risk" else result(h)) for h in found.get("risk_screens", ())]
    return facts + [_Fact("risk information", frozenset({h.pair} | got)) for h, got in screens if got]


def _homework_facts(found: dict[str, list[_Hit]], text: str, tokens: tuple[_Token, ...], clause_start: int) -> list[_Fact]:
    """The activity after a homework word; an item that reviews homework already done is not one."""
    reviews = [h.first for h in found.get("homework_review_words", ())]
    # "practice TIPP daily" assigns only at the start of an item, not in "in private practice".
    leads = [h for h in found.get("homework_lead_verbs", ())
             if text[clause_start:tokens[h.first][0]].rstrip()[-1:] in ("", ":", "-", "•", "*")]
    labels = [h for h in found.get("homework_labels", ()) if re.match(r"[.\s]*:", text[tokens[h.last - 1][1]:])
              and text[clause_start:tokens[h.first][0]].rstrip()[-1:] in ("", "-", "•", "*")]
    triggers = found.get("homework_triggers", []) + leads + labels
    facts = []
    for trigger in triggers:
        if any(abs(r - trigger.first) <= 3 and not _denies_something_else(tokens, r, trigger.first) for r in reviews):
            continue
        activities = [h for h in found.get("homework_activities", ()) if h.first >= trigger.last]
        if activities:
            # What the item says besides its activity ("door handles at work") is carried by those words, or
            # by a sentence about homework: "Continue ERP" does not carry "hw: exposure touching door handles".
            named = {i for h in triggers + activities for i in range(h.first, h.last)}
            words = _activity_words(text, tokens, trigger.last, named)
            facts += [_Fact("homework", frozenset({h.pair}), words=words, marked=True) for h in activities]
        elif trigger.group == "other language":  # its words cannot be compared with an English draft's
            facts.append(_Fact("homework", frozenset({_ANY_HOMEWORK})))
        else:
            skipped = {i for h in triggers for i in range(h.first, h.last)}
            # "3 NA mtgs this wk (hw), f/u tues": a homework label in brackets names what comes before it.
            label = text[tokens[trigger.first][0] - 1:tokens[trigger.first][0]] == "(" and trigger.first
            words = _activity_words(text, tokens, 0, skipped, label) if label else _activity_words(text, tokens, trigger.last, skipped)
            facts += [_Fact("homework", frozenset(), words=words)] if words else []
    return facts


_NEGATIONS = frozenset("no not none nada rien keine".split())
_FUNCTION_WORDS = frozenset(FUNCTION_WORDS.split())


def _denies_something_else(tokens: tuple[_Token, ...], review: int, trigger: int) -> bool:
    """ "no change homework write ...": a "no" before the homework word with a word of its own between denies that
    word ("no change" in the medication), not the homework ("no hw", "not the homework")."""
    return (review < trigger and tokens[review][2] in _NEGATIONS
            and any(w not in _FUNCTION_WORDS for _, _, w in tokens[review + 1:trigger]))


# Words clinicians cut short with a full stop, which ends no sentence: "hw: cont. anger log".
_ABBREVIATED = frozenset("cont incl approx eg ie etc vs wk wks hr hrs min mins pt cl no re".split())
_TITLES = frozenset("dr mr mrs ms prof st".split())  # before a name, which starts with a capital


def _cut_short_before(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` ends a word cut short ("cont. anger log"), not a sentence ("30 min. Discussed")."""
    word = re.search(r"(\w+)$", text[max(0, at - 8):at])
    following = re.match(r"\.\s*(\S)", text[at:at + 4])
    cut = word.group(1).lower() if word else ""
    return cut in _TITLES or cut in _ABBREVIATED and bool(following) and not following.group(1).isupper()


_RUN_ON = 60  # words in an item that is a paragraph typed as one sentence


def _activity_words(text: str, tokens: tuple[_Token, ...], start: int, skipped: set[int], end: int = 0) -> frozenset:
    """The words, and numbers by value, that say what an activity is, to the end of its sentence (or to ``end``)."""
    # in a paragraph typed as one sentence, to the end of its clause ("..., homework both write one thing in the book at
    # each handover, next session in three weeks")
    stop = r"[.;!?,]\s" if len(tokens) > _RUN_ON else r"[.;!?]\s"
    end = end or next((k for k in range(start + 1, len(tokens)) if re.search(stop, text[tokens[k - 1][1]:tokens[k][0] + 1])
                       and not _cut_short_before(text, tokens[k - 1][1])), len(tokens))
    kept = [w for i, (_, _, w) in enumerate(tokens[:end]) if i >= start and i not in skipped and not w[0].isdigit()]
    words = {w for w in kept if _number(w) is None and len(w) > 2 and w not in _NOT_THE_ACTIVITY}
    numbers = {_number(w) for w in kept if _number(w) is not None}
    if start < end:  # "7.5h" is one number, though its digits are two tokens; a date ("21/05/24") says when, not what
        numbers |= {max(numeral_values(m.group())) for m in re.finditer(r"\d+(?:[.,]\d+)?", _FULL_DATE.sub(" ", text[tokens[start][0]:tokens[end - 1][1]]))}
    return frozenset(words | (numbers - {0.0}))


_FULL_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
def _report_facts(found: dict[str, list[_Hit]]) -> list[_Fact]:
    """Each report named ("CPS report filed"), or that a report was made when none is named; a service named
    without a report made ("per CPS guidance") is not one."""
    made = found.get("report_actions") or found.get("referral_actions") or found.get("mandated_report_words")
    named = [frozenset({h.pair}) for h in found.get("mandated_reports", ())] if made else []
    general = [frozenset({_ANY_REPORT})] if found.get("mandated_report_words") and not named else []
    return [_Fact("a mandated report or duty to warn", needs) for needs in named + general]


def _acronym_score_facts(found: dict[str, list[_Hit]], text: str, start: int, end: int, tokens: tuple[_Token, ...]) -> list[_Fact]:
    """Measures the vocabulary does not name, by their form; an acronym another section knows ("GP 2 wks") is not one."""
    known = [(tokens[h.first][0], tokens[h.last - 1][1]) for hits in found.values() for h in hits]
    return [_Fact("a measure's score", frozenset({_acronym_key(m.group("name"))}), values_in(m.group("score")))
            for m in _ACRONYM_SCORE.finditer(text, start, end)
            if not any(a < m.end("name") and m.start("name") < b for a, b in known) and not _a_date(text, m)]



def _clause_facts(text: str, start: int, end: int, letter: bool) -> list[_Fact]:
    tokens = _within(_tokens(text), start, end)
    found = _by_section(_with_drugs_by_stem(tokens, _hits(text, tokens)))
    # "HR 104" in the notes: "informed psychiatrist re HR" is the heart rate, not human resources (a target the
    # vocabulary also knows as a vital sign or a test, which the notes give a reading).
    read = {h.first for h in found.get("not_measures", ()) if re.search(rf"\b{re.escape(tokens[h.first][2])}\s*[:=]?\s*\d", text, re.I)}
    if read and "referral_targets" in found:
        found["referral_targets"] = [h for h in found["referral_targets"] if h.first not in read]
    return (_score_facts(found, text, tokens) + _acronym_score_facts(found, text, start, end, tokens)
            + _medication_facts(found, text, tokens) + _risk_facts(found, text, tokens) + _homework_facts(found, text, tokens, start)
            + _referral_facts(found, text, tokens, letter) + _report_facts(found) + _numbers_given(text, start, end))


# A telephone number the clinician gave the client is a resource for a crisis, whatever the service's name ("gave GBV
# Command Centre 0800 428 428"): a draft carries it by its number.
_GIVEN = re.compile(r"\b(?:gave|given|provided|shared|handed)\b", re.I)
_PHONE_NUMBER = re.compile(r"(?<![\w/.:,-])\+?\d{1,4}(?:[ -]\d{2,4}){2,3}(?![\w/:,-]|\.\d)|(?<![\w/.:,-])\d{7,12}(?![\w/:,-]|\.\d)")


def _numbers_given(text: str, start: int, end: int) -> list[_Fact]:
    if not _GIVEN.search(text, start, end):
        return []
    return [_Fact("risk information", frozenset(), frozenset({float(re.split(r"[ -]", m.group())[-1])}))
            for m in _PHONE_NUMBER.finditer(text, start, end) if len(re.sub(r"\D", "", m.group())) >= 6]


def _asks_for_a_letter(text: str, start: int, end: int) -> bool:
    """Whether an item asks for a letter ("letter to his PCP re: consult; ROI signed for PCP"), not one received."""
    tokens = _within(_tokens(text), start, end)
    return any(h.section == "letter_actions" and not _received(h, tokens) for h in _hits(text, tokens))


_LIST_MARK = re.compile(r"(?:[-*•·–]|\d{1,2}[.)])\s+")


_LONG_LINE = 300  # a line longer than this is prose: each of its sentences is an item


def _clinician_items(bullets: str) -> list[tuple[int, int]]:
    """The clinician's items: each line, or each sentence of a line of prose; an initial ("R.T.") ends none."""
    items = []
    for line in re.finditer(r"[^\n]+", bullets):
        if len(line.group()) <= _LONG_LINE:
            items.append(line.span())
            continue
        for start, end in clauses(line.group()):
            if items and items[-1][1] > line.start() and _name_continues(bullets, items[-1][1] - 1):
                items[-1] = (items[-1][0], line.start() + end)
            else:
                items.append((line.start() + start, line.start() + end))
    return items


@functools.lru_cache(maxsize=8)
def _must_carry(bullets: str) -> tuple[tuple[int, int, tuple[_Fact, ...]], ...]:
    """(start, end, facts) of each item of the clinician's notes that holds a must-carry fact; the client's
    quoted words are not the clinician's facts."""
    out = []
    # Notes in another language cannot be compared word for word with an English draft: a fact's own words
    # (an activity's, a referral's) are then carried by what the draft names and by its numbers.
    by_value_only = _in_another_language(bullets, _NOTES_IN_ANOTHER_LANGUAGE)
    bullets = _without_unticked_boxes(_without_quotes(bullets))
    for start, end in _clinician_items(bullets):
        while start < end and bullets[start].isspace():
            start += 1
        while end > start and bullets[end - 1].isspace():
            end -= 1
        # Each sentence, each ';' and each item of a list run on in one line ("Recs: 1) ... 2) ...") ends a clause:
        # "denies SI; cut last week" are two results.
        cuts = sorted({start, end} | {start + m.end() for m in re.finditer(r"[.!?]\s|;|\s(?=\d{1,2}\)\s)", bullets[start:end])
                                      if not _cut_short_before(bullets, start + m.start())})
        letter = _asks_for_a_letter(bullets, start, end)
        facts = {f for a, b in zip(cuts, cuts[1:]) for f in _clause_facts(bullets, a, b, letter)}
        if by_value_only:
            facts = {replace(f, words=frozenset(w for w in f.words if isinstance(w, float))) for f in facts}
        facts = _with_their_measure(facts, bullets[start:end])
        if facts:
            mark = _LIST_MARK.match(bullets, start, end)
            out.append((mark.end() if mark else start, end, tuple(sorted(facts, key=lambda f: f.what))))
    return tuple(out)


# A form's box left empty and what it offers, to the next box or the line's end: "[ ] Opioids [x] Alcohol" selects alcohol.
_UNTICKED_BOX = re.compile(r"(?:\[ ?\]|☐)[^\[☐☑☒\n]*")


def _without_unticked_boxes(text: str) -> str:
    """The text with each unticked option of a pasted form blanked, the same length: the clinician did not choose it."""
    return _UNTICKED_BOX.sub(lambda m: " " * len(m.group()), text) if "[" in text or "☐" in text else text


def _with_their_measure(facts: set[_Fact], item: str) -> set[_Fact]:
    """A subscale known by its letters alone is carried with the measure its item names: "DPICS: LP 6, QCN 11" is
    carried by "DPICS ... questions, commands and criticisms: 11", the letters written out."""
    named = {_acronym_key(m.group()) for m in _ACRONYMS.finditer(item)}
    return {replace(f, or_named=f.or_named | (named - f.needs)) if f.what == "a measure's score" and f.needs <= named else f
            for f in facts}
