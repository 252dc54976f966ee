"""Referrals and coordination, the must-carry facts of omissions.py: each step the clinician took with someone
("ref psych", "ROI signed to speak with school", "referred to physio for neck pain") and who it is with, and what
is no step of theirs: a referral the client came with ("referred by GP", "court referred"), an option ("can
re-refer via GP"), a discharge ("sent home"), the consultation the session itself is.
"""

from __future__ import annotations

import functools
import re

from .terms import _Hit, _Token
from .text import _line_end
from .names import _name_words
from .names_vocabulary import NAMES_PROFESSIONAL_ROLES
from .omissions import _ACTION, _activity_words, _Fact, _PSYCH


_REFERRAL = "a referral or coordination step"


def _referral_facts(found: dict[str, list[_Hit]], text: str, tokens: tuple[_Token, ...], letter: bool = False) -> list[_Fact]:
    """A referral or coordination action and who it is with ("ref psych", "ROI signed to speak with school");
    a referral to someone the vocabulary does not name is the words after its verb ("referred to physio");
    ``letter``: the item asks for a letter, which a draft that is the letter carries with all the item's steps."""
    # A letter from someone is one the clinician received, and a referral by someone one the client came with
    # ("referred by EAP", "self-referred"), not a step the clinician took; "ref #24-118" is a reference number.
    letters = [h for h in found.get("letter_actions", ()) if not _received(h, tokens)]
    actions = [h for h in found.get("referral_actions", ()) if not _no_step_taken(h, text, tokens)]
    # An item about a letter is carried by a draft that is that letter, whatever else the item says of it.
    by_letter = letter or bool(letters) or not actions
    if not actions and not letters:
        return []
    targets = found.get("referral_targets", ())
    # Who a step is with follows it, or stands with it before the last comma: in "school counselor check-in, 10yo, grief
    # group referral" the school is the setting, the group the referral's.
    steps = actions + letters
    targets = [t for t in targets if any(s.first <= t.first or not re.search(r"[,;]", text[tokens[t.last - 1][1]:tokens[s.first][0]])
                                         for s in steps)] or targets
    facts = [_Fact(_REFERRAL, frozenset({_PSYCH if h.last - h.first == 1 and tokens[h.first][2] == "psych" else h.pair, _ACTION}),
                   by_letter=by_letter) for h in targets]
    for verb in found.get("referral_verbs", ()) if not targets else ():
        if verb.group == "other language":  # its words cannot be compared with an English draft's
            facts.append(_Fact(_REFERRAL, frozenset({_ACTION})))
            continue
        # Who it is to runs to the next comma, bracket or dash: "referred to physio for neck pain, letter sent".
        to = next((k for k in range(verb.last + 1, len(tokens)) if re.search(r"[,;(]|\s[-–—]\s", text[tokens[k - 1][1]:tokens[k][0]])), len(tokens))
        words = _activity_words(text, tokens[:min(to, verb.last + 6)], verb.last, set())
        # or the words before it where none follow but how far it got ("IPS employment worker referral done")
        words = words or _activity_words(text, tokens[:verb.first], _clause_start(text, tokens, verb.first), set())
        facts += [_Fact(_REFERRAL, frozenset({_ACTION}), words=words)] if words else []
    return facts


def _clause_start(text: str, tokens: tuple[_Token, ...], before: int) -> int:
    """The first token of the clause that token ``before`` is in: after the last comma, semicolon or dash before it."""
    return next((k for k in range(before, 0, -1) if re.search(r"[,;]|\s[-–—]\s", text[tokens[k - 1][1]:tokens[k][0]])), 0)


# "referred by", "referral source: ED": a referral that came to the clinician
_FROM = ("from", "by", "via", "source", "de", "por", "par", "von", "durch")
# Who refers a client to the clinician, written before "referred": "court referred", "GP-referred"
_REFERRERS = frozenset("court judge probation parole gp pcp doctor physician psychiatrist school employer eap hospital ed er "
                       "insurer lawyer attorney cps".split())
_THE_CLIENT = ("her", "him", "them", "pt", "client", "cl")
_ONWARD = ("to", "for", "into", "onto", "on", "back", "a", "an", "the")
_MODALS = ("can", "could", "may", "might")
_OPEN_TO = ("welcome", "possible", "available", "open", "anytime", "any", "if", "prn", "whenever")


def _received(hit: _Hit, tokens: tuple[_Token, ...]) -> bool:
    """"referred by", "referral from", "derivado x MAP", "self-referred", "self re-refer", "seen x4 since referral": a
    referral that came to the clinician; not "consulted by text"."""
    after, then = (tokens[k][2] if k < len(tokens) else "" for k in (hit.last, hit.last + 1))
    before = [tokens[k][2] for k in (hit.first - 1, hit.first - 2) if k >= 0]
    return ((after in _FROM or after == "x") and then not in ("text", "phone", "email", "letter", "fax", "video", "telephone")
            # "dx PTSD per GP referral", "presenting issue (from referral)": as the referral says
            or tokens[hit.first][2] == "referral" and ("per" in before or before[:1] == ["from"])
            or bool(before) and (before[0] in ("self", "since") or before[0] == "re" and before[1:2] == ["self"]
                                 or before[0] in _REFERRERS and tokens[hit.first][2] == "referred"))


def _no_step_taken(hit: _Hit, text: str, tokens: tuple[_Token, ...]) -> bool:
    """A referral received, an option ("can re-refer via GP"), someone at hand ("sponsor on call"), a reference
    number ("ref #24-118", "Authorisation ref:"), a session's number ("consult #3") or an approach ("trauma-informed")."""
    before = hit.first - 1 - (hit.first > 1 and tokens[hit.first - 1][2] == "re")
    after = tokens[hit.last][2] if hit.last < len(tokens) else ""
    return (_received(hit, tokens) or (before >= 0 and tokens[before][2] in _MODALS + ("on",))
            or after == "home" and tokens[hit.first][2] == "sent"  # discharged: "medically cleared, sent home"
            or _by_whom_referred(hit, text, tokens) or _sent_here(hit, text, tokens)
            or _the_visit_itself(hit, text, tokens)
            or before >= 0 and tokens[before][2] in _clients_people()  # "sponsor contact weekly", "mom called the school"
            or hit.last < len(tokens) and tokens[hit.last][2] in _OPEN_TO  # "re-referral welcome if needed"
            or tokens[hit.first][2] == "ref" and bool(re.match(r"\s*(?:#|no\b|\d|:)", text[tokens[hit.last - 1][1]:]))
            # "psych consult #3", "consultation 2": a session's number, no step taken
            or tokens[hit.first][2].startswith("consult") and bool(re.match(r"\s*#?\d", text[tokens[hit.last - 1][1]:]))
            or _named_as_a_source(hit, text, tokens) or _how_the_client_came(hit, text, tokens)
            # "trauma-informed", "CBT/12-step informed": what an approach draws on, no one informed
            or tokens[hit.first][2] == "informed" and bool(re.search(r"(?:-|\w-\w+\s)$", text[:tokens[hit.first][0]])))


def _sent_here(hit: _Hit, text: str, tokens: tuple[_Token, ...]) -> bool:
    """ "peer support referred her": someone sent the client to the clinician, to no one named after; "referred her to
    the trauma clinic" is a step taken."""
    k = hit.last
    if tokens[hit.first][2] != "referred" or k >= len(tokens) or tokens[k][2] not in _THE_CLIENT or text[tokens[k - 1][1]:tokens[k][0]].strip():
        return False
    return k + 1 == len(tokens) or tokens[k + 1][2] not in _ONWARD or bool(re.search(r"[,.;:()\n]|\s-\s", text[tokens[k][1]:tokens[k + 1][0]]))


def _named_as_a_source(hit: _Hit, text: str, tokens: tuple[_Token, ...]) -> bool:
    """"F51.0 insomnia (HA-Überweisung)", "(GP referral)": a referral in brackets by itself, with at most who made
    it, is where what the line says came from."""
    opened, closed = text.rfind("(", 0, tokens[hit.first][0]), text[tokens[hit.last - 1][1]:].lstrip()
    return (closed.startswith(")") and opened >= 0 and "\n" not in text[opened:tokens[hit.first][0]]
            and len(text[opened + 1:tokens[hit.first][0]].replace("-", " ").split()) <= 2)


# A client's age and sex, as the line that introduces them gives it: "72F", "61 M", "15yo", "8-year-old".
_AGE_AND_SEX = re.compile(r"\b\d{1,3}\s?(?:[MF]|yo|y/o|yrs?|-?years?[- ]old)\b")


def _how_the_client_came(hit: _Hit, text: str, tokens: tuple[_Token, ...]) -> bool:
    """ "Polyclinic psych referral - 61F, T2DM 15 yrs", "72F, lives alone. GP ref for insomnia": on the notes' opening
    line, the one that gives the client's age and sex, a referral named before them, or made by a professional, is how
    the client came; "referred to" is a step, and so is one after them ("10yo, grief group referral")."""
    line_start = text.rfind("\n", 0, tokens[hit.first][0]) + 1
    age = _AGE_AND_SEX.search(text, line_start, _line_end(text, line_start))
    if text[:line_start].strip() or not age or hit.last < len(tokens) and tokens[hit.last][2] in ("to", "into", "onto"):
        return False
    by = tokens[hit.first - 1][2] if hit.first else ""
    return tokens[hit.first][0] < age.start() or by in _REFERRERS or by in _professionals()


def _by_whom_referred(hit: _Hit, text: str, tokens: tuple[_Token, ...]) -> bool:
    """"referred via A and E liaison": the service that referred the client, named after a referral received."""
    for k in range(max(1, hit.first - 4), hit.first):
        if tokens[k][2] in _FROM and tokens[k - 1][2].startswith("refer") and not re.search(r"[,;.]", text[tokens[k][0]:tokens[hit.first][0]]):
            return True
    return False


def _the_visit_itself(hit: _Hit, text: str, tokens: tuple[_Token, ...]) -> bool:
    """ "IBH consult, peds primary care", "CR program psych consult - 63M", "Reason for consult:": the consultation
    this session is, named after the service's words the notes open with, or as what it is for, not a step the
    clinician took ("consult w/ PCP re labs" is one)."""
    if tokens[hit.first][2] not in ("consult", "consultation"):
        return False
    opening = text[:tokens[hit.first][0]]
    return (hit.first > 0 and tokens[hit.first - 1][2] == "for" and text[tokens[hit.last - 1][1]:].lstrip().startswith(":")
            or opening.strip(" \t*#") and "\n" not in opening.strip() and not re.search(r"[,;:.]|\s[-–—]\s", opening))


@functools.lru_cache(maxsize=1)
def _professionals() -> frozenset[str]:
    return frozenset(NAMES_PROFESSIONAL_ROLES.split())


@functools.lru_cache(maxsize=1)
def _clients_people() -> frozenset[str]:
    """The people in a client's life named by their role (mom, sponsor, roommate): a step they take is not the clinician's.
    Professionals (GP, therapist, caseworker) are not among them."""
    return _name_words().roles - _professionals()
