"""
title: Clinical Guardrails
author: therapy-notes-pack
version: 0.2.0
license: MIT
required_open_webui_version: 0.12.0
global: true
description: Enforces the pack's rules in code. Refuses session transcripts and requests to diagnose without calling the model, and lists under each draft what to review before signing - diagnoses the clinician did not make, invented quotes, numbers, risk statements and medications, and unfilled placeholders.
"""

# Uploaded to Open WebUI as source text: standard library and pydantic only.
# scripts/check_note.py imports check() from this file, so the command line and
# the chat use the same rules. The vocabulary at the end of this file is generated
# from ICD-10-CM and prompt_presets/guardrails/ by scripts/build_guardrail_vocabulary.py.
#
# Reading order: the Finding type and check(); one section per kind (transcripts,
# requests to diagnose, diagnoses in the note, unsupported specifics, placeholders);
# what the clinician sees; the Filter; the generated vocabulary.

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import asdict, dataclass
from typing import Literal, Optional

from pydantic import BaseModel, Field

# The pipelines' contract (who writes and who reads each key) is the table at the top of clinical_note_filter.py.
META_KEY = "therapy_pack"
REPLY_KEY = "therapy_pack_reply"
# Set with a transcript's refusal: pipelines/retention.py removes the message from the stored chat.
FORGET_MESSAGE_KEY = "therapy_pack_forget_message"
TOOL_ANSWER_KEY = "therapy_pack_tool_answer"
TOOL_CALL_KEY = "therapy_pack_tool_call"
FINDINGS_KEY = "therapy_pack_findings"
CLINICIAN_TEXT_KEY = "therapy_pack_clinician_text"
GUARDRAIL_STREAM_KEY = "therapy_pack_guardrail_stream"
CLINICIAN_PROMPT_KEY = "therapy_pack_clinician_prompt"
REPLY_MODEL = "pack_reply"
# What the note filter says in place of a draft it could not read as a note: there is no draft to check.
UNREADABLE = "The model's answer could not be read as a note"

def answered_without_a_draft(metadata: Optional[dict]) -> bool:
    """This turn's answer is not a draft to shape or check: the pack answers it itself (or through a tool), or it relays a tool's result."""
    return bool((metadata or {}).get(REPLY_KEY) or (metadata or {}).get(TOOL_CALL_KEY) or (metadata or {}).get(TOOL_ANSWER_KEY))


Kind = Literal["diagnosis", "diagnosis_request", "transcript", "unsupported", "placeholder"]


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str
    start: int
    end: int
    source: str  # "note", "request" or "bullets"
    message: str

    def as_dict(self) -> dict:
        return asdict(self)


def check(bullets: str = "", request: str = "", note: str = "") -> list[Finding]:
    """All findings for one draft: the clinician's request and bullets, and the note the model wrote."""
    requests, clinician_text = _requests_and_own_words(bullets, request)
    findings = find_transcript(bullets, "bullets") + find_transcript(request, "request") + requests
    if note:
        findings += note_findings(note, clinician_text)
    return in_review_order(findings)


@functools.lru_cache(maxsize=8)
def _requests_and_own_words(bullets: str, request: str) -> tuple[list[Finding], str]:
    """Requests for a diagnosis, and what a draft is checked against: the clinician's words without them."""
    requests = find_diagnosis_requests(request, "request", bullets) + find_diagnosis_requests(bullets, "bullets", request)
    # A condition the clinician only asks about ("could he have ADHD?") is not theirs to restate.
    own = f"{_blank(request, [f for f in requests if f.source == 'request'])}\n{_blank(bullets, [f for f in requests if f.source == 'bullets'])}"
    return requests, own


def note_findings(note: str, clinician_text: str) -> list[Finding]:
    """What the draft adds to the clinician's text: diagnoses, unsupported specifics, unfilled slots."""
    return find_diagnoses(note, clinician_text) + find_unsupported(note, clinician_text) + find_placeholders(note, clinician_text)


def in_review_order(findings: list[Finding]) -> list[Finding]:
    order = {"note": 0, "request": 1, "bullets": 2}
    return sorted(findings, key=lambda f: (order[f.source], f.start, f.kind))


# ---------------------------------------------------------------- text helpers


_TOKEN = re.compile(r"[^\W_]+")
_BRITISH_ISE = re.compile(r"is(e|ed|es|ing|ation|ations)$")
_BRITISH_IOUR = re.compile(r"iour$")


@functools.lru_cache(maxsize=65536)
def _canon(word: str) -> str:
    """One spelling per word, so 'behaviours', 'Behavior' and 'organised' meet their dictionary forms."""
    word = _BRITISH_IOUR.sub("ior", _BRITISH_ISE.sub(r"iz\1", word.lower())).replace("paed", "ped").replace("haem", "hem")
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=32)
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, canonical form) of each word; the 's' of a possessive is dropped."""
    found = [(m.start(), m.end(), _canon(m.group())) for m in _TOKEN.finditer(text)]
    return tuple(t for t in found if t[2] != "s" or not t[0] or text[t[0] - 1] not in "'’")


def _phrase(text: str) -> str:
    return " ".join(t for _, _, t in _tokens(text))


@functools.lru_cache(maxsize=8)
def _clinician_phrase(clinician_text: str) -> str:
    """The clinician's whole text in canonical words, made once: a streamed draft is checked against it per sentence."""
    return _phrase(clinician_text)


def _mentions(key: str, phrase: str) -> bool:
    """Whether the canonical words ``key`` occur, as whole words, in the canonical ``phrase``."""
    if not key:
        return False
    at = phrase.find(key)
    while at >= 0:
        if (at == 0 or phrase[at - 1] == " ") and (at + len(key) == len(phrase) or phrase[at + len(key)] == " "):
            return True
        at = phrase.find(key, at + 1)
    return False


_SENTENCE_END = re.compile(r"[.?!]+[\"'”’)]*(?=\s|$)|\n")


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or line; a full stop inside a code such as F40.10 does not end one."""
    spans, left = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((left, m.end()))
        left = m.end()
    spans.append((left, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


_QUOTE = re.compile(
    r"“[^”\n]{2,300}”|„[^“”\n]{2,300}[“”]|«\s?[^»\n]{2,300}»|\"[^\"\n]{2,300}\""
    r"|(?<!\w)‘(?:[^’\n]|’(?=\w)){2,300}’(?!\w)|(?<!\w)'(?:[^'\n]|'(?=\w)){2,300}'(?!\w)"
)


def _without_quotes(text: str) -> str:
    """The text with quoted words blanked: what the client said is not the clinician's own wording."""
    return _QUOTE.sub(lambda m: " " * len(m.group()), text)


@functools.lru_cache(maxsize=8)
def _without_recorded_quotes(note: str, clinician_text: str) -> str:
    """The note with the client's words blanked where the clinician recorded them ("I'm so OCD about it")."""
    clinician_phrase = _clinician_phrase(clinician_text)

    def blank(m: re.Match) -> str:
        return " " * len(m.group()) if _mentions(_phrase(m.group()[1:-1]), clinician_phrase) else m.group()

    return _QUOTE.sub(blank, note)


def _blank(text: str, findings: list[Finding]) -> str:
    for f in findings:
        text = text[: f.start] + " " * (f.end - f.start) + text[f.end :]
    return text


# ----------------------------------------------------------------- transcripts
#
# A transcript is structure, not vocabulary: lines that start with a speaker label,
# where the same labels come back and take turns, and what follows them is spoken
# ("I", "you", questions, fillers). Labelled bullet fields ("Mood: low", "S: / O:")
# name each field once; shorthand ("Client: reported low mood") is not speech.

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
_TURN_LINE = re.compile(
    rf"""^[ \t>*•·-]*
    (?:[\[(]?(?P<ts>{_TIME})[\])]?\s*)?
    (?:
        \[(?P<bracketed>[^\]\n]{{1,30}})\]\s*:?
      | <v\s+(?P<voice>[^>\n]{{1,30}})>
      | From\s+(?P<chat>[^\n]{{1,40}}?)\s+to\s+[^\n:]{{1,30}}:
      | \**(?P<label>[^\W\d_][\w.'’()/ -]{{0,28}}?)\**\s*(?:[\[(](?P<inline_ts>{_TIME})[\])]\s*)?\**(?::(?!\d)|：|—|–|\s-\s)\**
    )
    [ \t]*(?P<said>\S[^\n]*)$""",
    re.M | re.X,
)
# "Therapist  0:06" on a line of its own, the words on the next (auto-transcribers).
# "[10:02] Dana Smith" likewise (chat exports).
_HEADER_LINE = re.compile(
    rf"^[ \t]*(?:(?P<label>[^\W\d_][\w.'’ -]{{0,30}}?)[ \t]+[\[(]?{_TIME}[\])]?|[\[(]?{_TIME}[\])]?[ \t]+(?P<named>[^\W\d_][\w.'’() -]{{0,40}}?))"
    rf"[ \t]*\n[ \t]*(?P<said>\S[^\n]*)$",
    re.M,
)
_TIME_LINE = re.compile(rf"^[ \t]*[\[(]?{_TIME}[\])]?[ \t]*\n[ \t]*[^\s\d][^\n]*$", re.M)
_SUBTITLE_TIMING = re.compile(rf"^[ \t]*{_TIME}\s*-->\s*{_TIME}[^\n]*$", re.M)
_SPOKEN = re.compile(
    r"\?|¿|\.\.\.|…|\b(?:I|I'm|I've|I'd|I'll|me|my|you|you're|your|we|us|let's|okay|ok|yeah|yes|um|uh|hmm|mm|honestly"
    r"|yo|mi|tú|usted|te|je|j|tu|vous|moi|ich|du|mir|mich|dich|dir|wir|ja|nein)\b|\w(?:n't|'re|'ve|'ll|'m|’re|’ve|’ll|’m|n’t)\b",
    re.I,
)
_TRANSCRIPT_HEADER = re.compile(r"transcri|recording|caption|verbatim|export|webvtt|zoom|teams|google\s+meet|otter|whisper", re.I)
_NOT_A_SPEAKER = frozenset("note notes plan hw homework goal goals dx diagnosis session date time re subject".split())


@dataclass(frozen=True)
class _Turn:
    start: int
    end: int
    speaker: str
    said: str
    timed: bool = False


# "... told me. C: My sister ..." - a turn that starts mid-line, after a sentence.
_INLINE_TURN = re.compile(r"(?<=[.?!…\"”’)]) (?=(?:[A-Z][\w.'’-]{0,15}(?: [A-Z][\w.'’-]{0,15})?|\[[^\]\n]{1,15}\]):\s)")


def _turns(text: str) -> list[_Turn]:
    lines = _INLINE_TURN.sub("\n", text)  # same length, so positions still point into text
    turns = []
    for m in _TURN_LINE.finditer(lines):
        speaker = next(g for g in (m.group("bracketed"), m.group("voice"), m.group("chat"), m.group("label")) if g is not None)
        key = re.sub(r"\W+", "", speaker.lower())
        if key and key not in _NOT_A_SPEAKER and len(speaker.split()) <= 4:
            turns.append(_Turn(m.start(), m.end(), key, m.group("said"), bool(m.group("ts") or m.group("inline_ts"))))
    for m in _HEADER_LINE.finditer(lines):
        turns.append(_Turn(m.start(), m.end(), re.sub(r"\W+", "", (m.group("label") or m.group("named")).lower()), m.group("said"), True))
    return sorted(turns, key=lambda t: t.start)


def _is_dialogue(turns: list[_Turn]) -> bool:
    speakers = [t.speaker for t in turns]
    counts = {s: speakers.count(s) for s in set(speakers)}
    changes = sum(1 for a, b in zip(speakers, speakers[1:]) if a != b)
    timed = sum(1 for t in turns if t.timed)
    recurring = [t for t in turns if counts[t.speaker] >= 2]
    spoken = sum(1 for t in turns if _SPOKEN.search(t.said))
    return (len(turns) >= 3 and len(counts) >= 2 and changes >= 2 and len(recurring) * 2 >= len(turns)
            and (timed >= 3 or (spoken >= 2 and spoken * 3 >= len(turns))))


def find_transcript(text: str, source: str = "bullets") -> list[Finding]:
    """A verbatim session transcript, however its speakers are labelled or its times written."""
    turns = _turns(text)
    timings = [m.span() for m in _SUBTITLE_TIMING.finditer(text)]
    time_lines = [m.span() for m in _TIME_LINE.finditer(text)] if not timings else []
    if _is_dialogue(turns):
        spans = [(t.start, t.end) for t in turns]
    elif len(timings) >= 2 or len(time_lines) >= 3:
        spans = timings or time_lines
        # The words of the last cue run to the next blank line.
        cue_end = re.compile(r"\n[ \t]*\n|\Z").search(text, spans[-1][1])
        spans.append((spans[-1][1], cue_end.start()))
    else:
        return []
    start, end = spans[0][0], max(e for _, e in spans)
    # A title line naming the export ("Session transcript (Google Meet)") belongs to it.
    previous = text.rfind("\n", 0, max(0, start - 1)) + 1
    if start and _TRANSCRIPT_HEADER.search(text[previous:start]):
        start = previous
    while start < end and text[start].isspace():
        start += 1
    return [Finding("transcript", text[start:end], start, end, source,
                    f"{max(len(turns), len(spans))} speaker turns that read as a verbatim session transcript.")]


# ------------------------------------------------------- requests to diagnose
#
# A request to diagnose is a sentence that (1) is addressed to the assistant - a
# question, an imperative, "you", "please", or the same in Spanish, French or German -
# and (2) is about a diagnostic object - diagnosis, dx, differential, impression,
# criteria, ruling in or out, a disorder's name or code, choosing a code - and
# (3) is not the clinician stating, documenting or coding a diagnosis they made.

# Asking for something, which also opens a clause mid-line ("intake summary + pick the code", "... - need a code").
_ASKING_VERB = (
    r"(?:give|list|suggest|pick|choose|select|assign|confirm|add|include|insert|code|propose|recommend|provide"
    r"|(?:i\s+|we\s+)?(?:need|want|would\s+like|'d\s+like)\s+(?:a|an|the|some|your))\b"
)
_ADDRESSED = re.compile(
    r"\?|¿|\b(?:you|u|ya|your|ur|please|pls|plz|thoughts|agree|advise)\b|\b(?:tell|show|give|let)\s+me\b"
    rf"|(?:,|\s[-–—]|\b(?:and|then|also|plus))\s+{_ASKING_VERB}"
    # a question or an imperative, at the start of a line or after "+", ";" or "&"
    r"|(?:^|[+;&])[\W\d]*(?:(?:also|and|then|just|now|ok|okay|so|quick(?:ly)?|and\s+then|after\s+that|first)\W+)*"
    rf"(?:{_ASKING_VERB}|(?:rule|r/o|screen|check|tell|say|decide|determine|assess|put|diagnose|identify|name|offer|count|classify|guess"
    r"|evaluate|estimate|match|write|draft|document|state|mention|flag|make|use|figure|work\s+out|help|weigh\s+in"
    r"|what|what's|whats|which|how|is|are|does|do|could|would|should|can|might|may)\b)"
    r"|\bnote\s+to\s+(?:the\s+)?(?:assistant|ai|model|bot)\b|\bq(?:uestion)?\s+for\s+(?:the\s+)?(?:ai|assistant|model|bot)\b|^\W*(?:ai|assistant)\s*[:,]"
    # Spanish
    r"|\b(?:dime|dinos|d[ií]game|podr[ií]as|puedes|crees|pondr[ií]as|dar[ií]as|sugiere|sugi[eé]reme|indica|ind[ií]came|confirma|dame|escribe|a[ñn]ade|agrega|incluye)\b|\bpor\s+favor\b"
    # French
    r"|\b(?:peux|pouvez|pourrais|pourriez)[-\s](?:tu|vous)\b|\b(?:dis|dites)[-\s]moi\b|\bselon\s+(?:toi|vous)\b|\best[-\s]ce\s+qu|\b(?:penses|pensez|crois|croyez)[-\s](?:tu|vous)\b"
    r"|\b(?:tu|vous)\s+(?:penses|pensez|crois|croyez|mettrais|mettriez)\b|\b(?:donne|donnez|propose|proposez|ajoute|ajoutez|indique|indiquez|confirme|confirmez)[-\s]|s'il\s+(?:te|vous)\s+pla[iî]t"
    # German
    r"|\b(?:kannst|k[öo]nntest|w[üu]rdest|meinst|glaubst|denkst)\s+du\b|\b(?:k[öo]nnen|k[öo]nnten|w[üu]rden)\s+sie\b|\bsag\s+mir\b|\bbitte\b|\bwelche[rsnm]?\b|\bgib\b|\bf[üu]ge\b|\bnenne\b",
    re.I | re.M,
)
_DIAGNOSTIC_OBJECT = re.compile(
    r"diagnos\w*|\bdx\b|\bddx\b|\bdifferentials\b|\bdifferential\s+(?:diagnos\w*|dx|list)\b|\bdifferential\b(?=\s*[:?])|\bimpressions?\b"
    r"|\br/o\b|\brul(?:e|ing)\s+(?:out|in)\b"
    r"|(?<!step-down )(?<!discharge )(?<!admission )(?<!eligibility )(?<!program )(?<!programme )(?<!necessity )(?<!inclusion )(?<!exclusion )"
    r"\bcriteri(?:a|on)\b(?!\s+(?:for\s+)?(?:discharge|step-down|admission|the\s+program|the\s+programme|eligibility|inclusion|exclusion|medical\s+necessity|iop|php))"
    r"|(?<!section )(?<!heading )(?<!field )\blabel\b(?!\s+(?:the|each|every|all|these|those|them|it|sections?|headings?|fields?)\b)"
    r"|\b(?:something|anything)\s+(?:more\s+)?(?:clinical|diagnosable|pathological)\b"
    r"|\bmeets?\s+for\b|\b(?:icd|dsm)\b|\bcodes?\b|\bcoding\b|\bdisorders?\b|\bpsychopathology\b|\bsyndrome\b|\bpathologi[sz]\w*"
    r"|\bwhat\s+(?:would|do|does|should|might)\s+(?:you|u|a\s+\w+|someone|one|people|clinicians?|psychiatrists?|the\s+\w+)\s+call\s+(?:this|it|that|these|her|him|them)\b"
    r"|\bcalled\b[^.?!\n]{0,30}\bclinically\b|\bclinically\s+(?:depressed|anxious|significant\s+(?:depression|anxiety))\b|\bname\s+for\s+(?:this|it|that|what)\b"
    r"|\b(?:is|could|might|would|does|do|are)\s+(?:this|it|that|these|she|he|they|the\s+(?:client|kid|child|teen)|my\s+client|pt|client)\s+(?:\w+\s+){0,3}?"
    r"(?:depression|depressed|psychosis|psychotic|manic|mania|autistic|dissociative|personality|spectrum)\b"
    r"|diagn[oó]stic\w*|\bd[ée]pressi[oó]n\b|\btrastorno|störung",
    re.I,
)
_BILLING_ONLY = re.compile(
    r"\b(?:cpt|hcpcs|billing\s+code|session\s+code|procedure\s+code|add-?on|modifier|90\d{3}|99\d{3}"
    r"|codes?\s+for\s+(?:this|the|today'?s)\s+(?:session|visit|appointment|call|telehealth))\b",
    re.I,
)
_OWN_DIAGNOSIS = re.compile(
    r"\b(?:I|we)\s+(?:have\s+|'ve\s+|had\s+|already\s+)?(?:diagnosed|made\s+(?:a|the|my)\s+(?:dx|diagnosis)|gave\s+(?:a|the|her|him|them)\s+(?:dx|diagnosis)"
    r"|(?:have|'ve)\s+(?:her|him|them)\s+(?:as|at|with)|dx'?d)\b"
    r"|\bmy\s+(?:own\s+|working\s+|formal\s+)?(?:diagnosis|dx|intake|assessment|eval(?:uation)?)\b|\bas\s+my\s+(?:diagnosis|dx)\b|\b(?:dx|diagnosis)\s*\(\s*mine\b"
    r"|\b(?:dx|diagnosis|diagnosed)\s+(?:on\s+file|per\s+(?:me|my|intake|chart)|from\s+(?:my\s+)?intake|at\s+intake)\b|\bclinician(?:'s)?\s+(?:dx|diagnosis)\b"
    r"|\b(?:documented|existing|established|current|confirmed)\s+(?:diagnosis|dx)\b|\b(?:psychiatrist|doctor|physician|pcp|gp|neurologist|paediatrician|pediatrician)\s+(?:has\s+)?diagnosed\b"
    r"|\bdiagnosed\s+(?:by|with)\b|^[\W]*(?:dx|diagnos[ie]s)\s*:",
    re.I | re.M,
)
_UNDECIDED = re.compile(
    r"\b(?:haven't|have\s+not|hasn't|has\s+not|not\s+yet|still|no\s+formal|not\s+formally|without\s+a)\s+(?:\w+\s+)?(?:settled|decided|made|sure|assessing|diagnosed|determined|given|assigned|dx|diagnosis)"
    r"|\bnot\s+sure\s+(?:what|which|of)\b|\bundiagnosed\b|\b(?:not|never|n't)\s+(?:\w+\s+){0,2}(?:diagnosed|dx'?d|assessed)\b",
    re.I,
)
# Asking for an opinion even where the clinician has a diagnosis of their own.
_OPINION = re.compile(
    r"\b(?:think|agree|opinion|guess|hunch|gut|fits?|fitting|meets?|meet|criteria|likely|differential|ddx|r/o|rule|whether|might|closest"
    r"|sounds?\s+like|looks?\s+like|seems?|rather\s+than|instead|or\s+(?:is|just|more))\b|\bvs\.?\b|\bversus\b",
    re.I,
)
_FORBIDS_DIAGNOSIS = re.compile(
    r"\b(?:don'?t|do\s+not|never|no|not|without|avoid|leave\s+out|omit|remove|nothing|sin|sans|ohne|kein\w*|pas\s+de|ning[uú]n\w*)\b[^.?!\n]{0,40}"
    r"(?:diagnos(?!ed)|\bdx\b(?!'?d)|\blabel|impression|\bcode)"  # "she's not been diagnosed" is a status, not "do not diagnose"
    r"|\b(?:I|we)\s+(?:have\s+|'ve\s+|had\s+)?(?:not|never)\s+diagnosed\s+(?:that|this|it|those|these|him|her|them|any\w*)\b(?!\s+yet)",
    re.I,
)
# Documentation advice ("how do I word the assessment?") is about wording, not the client.
_WORDING_QUESTION = re.compile(
    r"\b(?:how|is\s+it\s+(?:ok|okay|appropriate|fine|acceptable|allowed)|should\s+i|can\s+i|may\s+i)\b[^.?!\n]{0,40}\b(?:word|phrase|write|document|say|put|describe|mention)\b",
    re.I,
)
# Session content, not a request: "Client asked whether she might have ADHD".
_SOMEONE_ELSE_ASKS = re.compile(
    r"\b(?:client|cl|pt|patient|she|he|they|mom|mum|mother|dad|father|parents?|partner|husband|wife|teacher|school|family)\s+(?:\w+\s+){0,2}"
    r"(?:asked|asks|asking|wants|wanted|requested|wondered|wonders|wondering|questioned|raised|brought\s+up|worried|worries|thinks|thought|believes|read|googled)\b",
    re.I,
)
# Family history the clinician supplies: "Mother has bipolar I; include family history."
_FAMILY_HISTORY = re.compile(
    r"\b(?:mother|mom|mum|father|dad|sister|brother|siblings?|aunt|uncle|grand\w+|cousin|parents?)(?:['’]s)?\s+(?:\w+\s+){0,2}"
    r"(?:has|had|have|with|dx'?d?|diagnosed)\b|\bfamily\s+(?:history|hx)\b|\bFHx?\b",
    re.I,
)
_CONFIRMATION = re.compile(r"^\W*(?:\w+\W*){0,3}\?\W*$")


def find_diagnosis_requests(text: str, source: str = "request", other_text: str = "", instructions: bool = False) -> list[Finding]:
    """Sentences asking the assistant to diagnose, judge criteria, rule a condition in or out, or pick its code.
    ``instructions``: the text is all said to the model (a system prompt), so every sentence is addressed to it."""
    context = f"{text}\n{other_text}"
    own = [text[s:e] for s, e in _sentences(text) if _OWN_DIAGNOSIS.search(text[s:e])]
    own += [other_text[s:e] for s, e in _sentences(other_text) if _OWN_DIAGNOSIS.search(other_text[s:e])]
    made = bool(own) and not _UNDECIDED.search(context)
    own_terms = _diagnosis_terms("\n".join(own)) if made else []
    findings: list[Finding] = []
    # Inside a transcript it is the client or therapist asking, not the clinician; the transcript is refused anyway.
    spoken = [(f.start, f.end) for f in find_transcript(text)]
    sentences = _sentences(text)
    for i, (s, e) in enumerate(sentences):
        if any(a <= s < b for a, b in spoken):
            continue
        sentence = text[s:e]
        terms = _diagnosis_terms(sentence)
        about = bool(terms) or bool(_DIAGNOSTIC_OBJECT.search(sentence))
        # "Agree?" asks about the sentence before it.
        if not about and i and _CONFIRMATION.match(sentence):
            ps, _ = sentences[i - 1]
            if _diagnosis_terms(text[ps:e]) or _DIAGNOSTIC_OBJECT.search(text[ps:s]):
                s, sentence, terms, about = ps, text[ps:e], _diagnosis_terms(text[ps:e]), True
        if not about or not (instructions or _ADDRESSED.search(sentence)):
            continue
        if _FORBIDS_DIAGNOSIS.search(sentence) or _SOMEONE_ELSE_ASKS.search(sentence):
            continue
        if _FAMILY_HISTORY.search(sentence) and "?" not in sentence and not _OPINION.search(sentence):
            continue
        if not terms and (_WORDING_QUESTION.search(sentence) or (_BILLING_ONLY.search(sentence) and not _names_diagnosis_besides_code(sentence))):
            continue
        if made and not _OPINION.search(sentence) and all(any(_same_condition(t, o) for o in own_terms) for t in terms):
            continue  # documenting or coding the clinician's own diagnosis
        # "dx??? - pls suggest": a short addressed fragment after the question belongs to it.
        if i + 1 < len(sentences):
            ns, ne = sentences[i + 1]
            if len(text[ns:ne].split()) <= 4 and _ADDRESSED.search(text[ns:ne]) and text[s:ns].count("\n") == 0:
                e, sentence = ne, text[s:ne]
        findings.append(Finding("diagnosis_request", sentence, s, e, source,
                                "Asks for a diagnostic opinion. The pack documents your diagnosis; it does not make one."))
    return findings


def _names_diagnosis_besides_code(sentence: str) -> bool:
    without_code = re.sub(r"\bcodes?\b", " ", sentence, flags=re.I)
    return bool(_DIAGNOSTIC_OBJECT.search(without_code))


TRANSCRIPT_REPLY = (
    "It looks like this is a transcript of the session itself, so I haven't drafted a note from it.\n\n"
    "This pack works only from your own notes written after the session. Recording or transcribing sessions "
    "needs your client's informed consent, and a verbatim record of what they said in the room is some of the most "
    "sensitive material there is: keeping it out of documentation tools protects their confidentiality and the trust "
    "your work rests on.\n\n"
    "Instead, please jot down a few bullet points in your own words - what you worked on, what you noticed, any "
    "interventions, and the plan - and I'll turn them into a note. Nothing you pasted has been stored in a note."
)
DIAGNOSIS_REPLY = (
    "I can't suggest or choose a diagnosis, or judge whether diagnostic criteria are met: diagnosis rests on your "
    "clinical judgment and your relationship with the client, which a documentation assistant doesn't have.\n\n"
    "What I can do: draft the note from your bullets in neutral, descriptive language (symptoms, behaviours, "
    "interventions, response), and document or code a diagnosis you have made yourself - just tell me what it is, "
    "for example \"Dx (mine, from intake): ...\"."
)


# ------------------------------------------------------- diagnoses in the note
#
# A diagnosis is any name or code of a mental disorder: ICD-10-CM chapter F (names,
# inclusion terms, codes), DSM-5-TR names and abbreviations (generated vocabulary),
# any "<describing words> disorder", and the words for "disorder" in Spanish, French
# and German. It is a finding unless the clinician's own words (outside quotes of the
# client) name the same condition: the same code family, name or abbreviation.


@dataclass(frozen=True)
class _Term:
    start: int
    end: int
    codes: tuple  # ICD-10-CM codes without the dot, or ("icd9:309.81",)
    key: str  # canonical words, for names outside the vocabulary
    is_code: bool = False  # written as a code ("F41.1"), not a name


def _same_condition(a: _Term, b: _Term) -> bool:
    if a.codes and b.codes:
        return any(x.startswith(y) or y.startswith(x) for x in a.codes for y in b.codes)
    return bool(a.key) and a.key == b.key


def _restates(term: _Term, mine: _Term) -> bool:
    """Whether a diagnosis in the note restates one in the clinician's words: the same condition named
    as specifically or more generally ("bipolar disorder" restates "bipolar II"; not the reverse),
    or coded (a code may add the specifics of the clinician's own diagnosis)."""
    if not (term.codes and mine.codes):
        return _same_condition(term, mine)
    if term.is_code:
        return _same_condition(term, mine)
    return any(c.startswith(t) for t in term.codes for c in mine.codes)


_F_CODE = re.compile(r"(?<![\w.])F\d{2}(?:\.?[0-9A-Z]{1,4})?(?![\w])")
_ICD9_CODE = re.compile(r"(?<![\w.])(?:29\d|30\d|31\d)\.\d{1,2}(?!\.?\d)")
_SPECIFIER = re.compile(
    r"(?:,?\s+with(?:out)?\s+(?:anxiety|depressed\s+mood|mixed\s+anxiety\s+and\s+depressed\s+mood|disturbance\s+of\s+conduct"
    r"|mixed\s+disturbance\s+of\s+emotions\s+and\s+conduct|(?:psychotic|mixed|melancholic|atypical|catatonic)\s+features"
    r"|anxious\s+distress|peripartum\s+onset|seasonal\s+pattern|agoraphobi[ac](?:\s+features)?|panic\s+attacks"
    r"|(?:good|fair|poor|absent)\s+insight|dissociative\s+symptoms|delayed\s+expression|rapid\s+cycling)"
    r"|,?\s*(?:mild|moderate|severe|recurrent|single\s+episode|in\s+(?:early\s+|sustained\s+|partial\s+|full\s+)?remission"
    r"|unspecified|chronic|acute|persistent|episodic|combined\s+(?:type|presentation)|predominantly\s+\w+(?:\s+(?:type|presentation))?)\b"
    r"|,?\s+(?:situational|animal|natural\s+environment|blood-injection-injury|combined|inattentive|hyperactive-impulsive)\s+(?:type|presentation)"
    r"|\s+(?:features|traits|tendencies|style|organi[sz]ation|type|presentation))*",
    re.I,
)
# Words that end a describing phrase before "disorder": they belong to the sentence, not the name.
_NOT_PART_OF_NAME = frozenset(
    "a an the of for with has have had is are was were be been and or to as in on by that this these possible probable likely "
    "presumed provisional criteria meets meet consistent fits fit suggests suggest suggestive indicates indicate reflects reflect "
    "rule out diagnosis diagnostic impression dx ddx client her his their comorbid co occurring features traits symptoms no not any "
    "history differential vs versus from about given current documented r o hx family mother father".split()
)
_GENERIC_NAME_WORDS = frozenset("mental psychiatric psychological thought major other unspecified specified this that a".split())
_FOREIGN_CONNECTORS = frozenset("de del la l d du des le los las".split())
_FOREIGN_STOP = frozenset("y et und con avec mit que qui en a à es est ist por pour sans sin ohne pero mais aber o ou oder porque selon según".split())
_FRENCH_ADJECTIVE = re.compile(r"(?:if|ive|aux|eux|euse|ique|aire|al|el|elle|ant|é|ée|e)$")


def _diagnosis_terms(text: str) -> list[_Term]:
    """Every diagnosis name or code in the text, the longest where they overlap."""
    vocab = _vocabulary()
    tokens = _tokens(text)
    terms: list[_Term] = []
    for m in _F_CODE.finditer(text):
        code = m.group().replace(".", "")
        if code in vocab.codes:
            terms.append(_Term(m.start(), m.end(), (code,), "", True))
    for m in _ICD9_CODE.finditer(text):
        terms.append(_Term(m.start(), m.end(), ("icd9:" + m.group(),), "", True))
    for m in vocab.abbreviation_re.finditer(text):
        abbreviation = re.sub(r"['’]s$", "", m.group())
        terms.append(_Term(m.start(), _with_specifier(text, m.start() + len(abbreviation)), vocab.abbreviations[abbreviation], ""))
    after_name = 0
    for i, (_, _, word) in enumerate(tokens):
        if i < after_name:
            continue
        found = _name_at(tokens, i, vocab) if word in vocab.names else None
        if found:
            length, codes = found
            terms.append(_Term(tokens[i][0], _with_specifier(text, tokens[i + length - 1][1]), codes, ""))
            after_name = i + length
        elif word in vocab.disorder_after:
            term = _foreign_name(text, tokens, i)
            if term:
                terms.append(term)
        elif word.endswith(vocab.disorder_suffixes):
            terms.append(_Term(tokens[i][0], tokens[i][1], (), word))
        elif word == "disorder":
            term = _described_disorder(text, tokens, i)
            if term:
                terms.append(term)
    terms.sort(key=lambda t: (t.start, -t.end))
    kept: list[_Term] = []
    for term in terms:
        if kept and term.start < kept[-1].end:
            if term.end > kept[-1].end and not term.codes:
                continue
            if term.end > kept[-1].end:
                kept[-1] = _Term(kept[-1].start, term.end, kept[-1].codes or term.codes, kept[-1].key, kept[-1].is_code)
            continue
        kept.append(term)
    return kept


def _name_at(tokens: list, i: int, vocab: "_Vocab") -> Optional[tuple[int, tuple]]:
    for words, codes in vocab.names.get(tokens[i][2], ()):
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k][2] == words[k] for k in range(1, n)):
            return n, codes
    return None


def _with_specifier(text: str, end: int) -> int:
    spec = _SPECIFIER.match(text, end)
    return spec.end() if spec else end


def _described_disorder(text: str, tokens: list, i: int) -> Optional[_Term]:
    """'<describing words> disorder' outside the vocabulary: the words before it up to the sentence's own."""
    first = i
    while first > 0 and i - first < 4 and tokens[first - 1][2] not in _NOT_PART_OF_NAME:
        between = text[tokens[first - 1][1]:tokens[first][0]]
        if between.strip(" -/") or "\n" in between:
            break
        first -= 1
    words = [t[2] for t in tokens[first:i]]
    if not words or all(w in _GENERIC_NAME_WORDS for w in words):
        return None
    return _Term(tokens[first][0], _with_specifier(text, tokens[i][1]), (), " ".join(words + ["disorder"]))


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
    return _Term(tokens[i][0], tokens[last][1], (), " ".join(t[2] for t in tokens[i:last + 1]))


# Diagnostic wording before a flagged name is part of what to review ("Diagnostic impression: ...",
# "meets criteria for ..."); it counts only with a disorder after it.
_DIAGNOSTIC_WORDING = re.compile(
    r"\b(?:meets?|met|meeting|fulfils?|fulfills?|satisf(?:y|ies|ied)|reach(?:es)?)\s+(?:\w+\s+){0,3}?(?:criteria|threshold|the\s+level)\b"
    r"|\b(?:diagnostic|clinical)\s+(?:impressions?|considerations?|formulation)\b|\b(?:differential|provisional|working|tentative)\s+(?:diagnos[ie]s|dx)\b"
    r"|\bddx\b|\bdifferentials?\b|\bdx\b|\bdiagnos[ie]s\b|\br/o\b|\brule\s+out\b|\bimpression\s*:",
    re.I,
)


@functools.lru_cache(maxsize=8)
def _clinician_diagnoses(clinician_text: str) -> tuple[list[_Term], str]:
    """The clinician's own diagnoses and words, outside quotes: read once per draft, not once per sentence checked."""
    unquoted = _without_quotes(clinician_text)
    return _diagnosis_terms(unquoted), _phrase(unquoted)


def find_diagnoses(note: str, clinician_text: str) -> list[Finding]:
    clinician_terms, clinician_phrase = _clinician_diagnoses(clinician_text)
    findings: list[Finding] = []
    sentence_starts = [s for s, _ in _sentences(note)] or [0]
    for term in _diagnosis_terms(_without_recorded_quotes(note, clinician_text)):
        if any(_restates(term, mine) for mine in clinician_terms):
            continue
        if not term.codes and _mentions(_phrase(note[term.start:term.end]), clinician_phrase):
            continue
        # The wording that introduces it in the same sentence is part of what to review.
        sentence_start = sentence_starts[max(0, bisect.bisect_right(sentence_starts, term.start) - 1)]
        lead = _DIAGNOSTIC_WORDING.search(note, sentence_start, term.start)
        start = lead.start() if lead else term.start
        if findings and start < findings[-1].end:
            start = findings.pop().start
        findings.append(Finding(
            "diagnosis", note[start:term.end], start, term.end, "note",
            f"Names {'a diagnostic code' if term.is_code else 'a diagnosis'} that is not in your notes. "
            "The pack does not diagnose: keep it only if it is your diagnosis.",
        ))
    return findings


# ------------------------------------------------------ unsupported specifics
#
# Specifics the model may not add: quotations (any quote style), numbers with what
# they count ("session 8", "3 times daily", "17 March"), medications and doses, and
# risk statements where the clinician recorded no risk assessment at all.

_RISK_OBJECT = (
    r"(?:SI(?:\s*/\s*HI)?|HI|(?:suicidal|homicidal)(?:\s+(?:or|and|/)\s+(?:suicidal|homicidal))?(?:\s+(?:ideation|thoughts|intent|plans?|urges|behaviou?rs?))?"
    r"|self[- ]harm(?:\s+(?:urges|behaviou?rs?|ideation|thoughts))?"
    r"|(?:urges?|thoughts?|intent|plans?)\s+(?:to|of)\s+(?:self[- ]harm|harm(?:ing)?\s+(?:her|him|them|your|my)sel(?:f|ves)|suicide"
    r"|kill(?:ing)?\s+(?:her|him|them)sel(?:f|ves)|die|hurt(?:ing)?\s+(?:her|him|them)sel(?:f|ves)|harm(?:ing)?\s+others)"
    r"|safety\s+concerns|risk\s+(?:to\s+self|factors))"
)
_RISK_STATEMENT = re.compile(
    rf"\b(?:(?:the\s+)?client\s+|she\s+|he\s+|they\s+)?(?:denie[sd]|denying|den(?:y|ies)\s+any|no(?:\s+current|\s+active|\s+reported)?|negative\s+for|without)\s+"
    rf"(?:any\s+|current\s+|active\s+|passive\s+)*{_RISK_OBJECT}\b"
    r"(?:\s+(?:was\s+|were\s+)?(?:reported|endorsed|noted|present|indicated|identified))?"
    r"|\bsafety\s+plan\s+(?:was\s+|has\s+been\s+|is\s+)?(?:reviewed|updated|completed|revised|created|in\s+place|remains\s+(?:current|in\s+place))"
    r"|\b(?:reviewed|updated|completed|revised|created)\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+|client's\s+)?safety\s+plan\b"
    r"|\bcontracted\s+for\s+safety\b"
    r"|\b(?:low|moderate|high|no|minimal)\s+(?:suicide\s+|acute\s+|imminent\s+|current\s+|immediate\s+)?risk\b"
    r"(?:\s+(?:was|were|is)\s+(?:identified|noted|found|reported|indicated|present))?"
    r"|\brisk\s+assessment\s+(?:was\s+)?(?:completed|conducted|performed|done)\b"
    r"|(?:(?:the\s+)?client\s+|she\s+|he\s+|they\s+)?(?:is|was|are|were\s+)?\s*not\s+(?:a\s+|an\s+)?(?:danger|at\s+risk|imminent\s+risk)\s+to\s+(?:self|others|(?:her|him|them)sel(?:f|ves))"
    r"(?:\s+or\s+others)?",
    re.I,
)
_RISK_WORD = re.compile(r"\b(?:SI|HI|suicid|homicid|self[- ]?harm|harm|safety|safe|risk|danger|die|kill|hurt)", re.I)
_RISK_CONTENT = re.compile(
    r"\b(?:SI|HI|suicid\w*|homicid\w*|self[- ]?harm\w*|safety\s+plan|risk|crisis|overdose|lethal|kill\w*|cutting|C-SSRS|PHQ-9\s+item\s+9)\b", re.I
)

_MEDICATION_NAMES = frozenset(_canon(name) for name in (
    "sertraline zoloft fluoxetine prozac escitalopram lexapro citalopram celexa paroxetine paxil fluvoxamine luvox "
    "venlafaxine effexor desvenlafaxine pristiq duloxetine cymbalta bupropion wellbutrin mirtazapine remeron "
    "trazodone vortioxetine trintellix vilazodone amitriptyline nortriptyline imipramine clomipramine doxepin "
    "phenelzine lithium lamotrigine lamictal valproate divalproex depakote carbamazepine tegretol oxcarbazepine "
    "topiramate gabapentin neurontin pregabalin lyrica quetiapine seroquel aripiprazole abilify olanzapine zyprexa "
    "risperidone risperdal ziprasidone lurasidone latuda clozapine haloperidol cariprazine vraylar brexpiprazole "
    "rexulti clonazepam klonopin lorazepam ativan alprazolam xanax diazepam valium temazepam zolpidem ambien "
    "eszopiclone buspirone buspar hydroxyzine vistaril atarax propranolol inderal prazosin clonidine guanfacine "
    "intuniv methylphenidate ritalin concerta amphetamine adderall lisdexamfetamine vyvanse dexmethylphenidate "
    "focalin atomoxetine strattera modafinil naltrexone vivitrol buprenorphine suboxone methadone disulfiram "
    "antabuse acamprosate varenicline chantix ketamine esketamine spravato melatonin ibuprofen advil motrin "
    "acetaminophen tylenol paracetamol aspirin naproxen aleve levothyroxine synthroid prednisone metformin insulin "
    "semaglutide ozempic wegovy zopiclone zaleplon promethazine phenergan agomelatine dexamfetamine elvanse "
    "equasym medikinet chlordiazepoxide librium antidepressant ssri snri benzodiazepine benzo stimulant antipsychotic").split())
_MEDICATION_SUFFIXES = ("zepam", "zolam", "oxetine", "pramine", "triptyline", "apine", "idone", "afaxine", "profen")
_MEDICATION_PAIRS = frozenset((_canon(a), _canon(b)) for a, b in (
    ("birth", "control"), ("oral", "contraceptive"), ("mood", "stabiliser"), ("sleeping", "pill"), ("sleeping", "tablet")))

_NUMBER = re.compile(r"\d(?<![\w.]\d)\d*(?:[.,:/]\d+)*(?:st|nd|rd|th)?(?![\d])")
_ANY_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "ninety": 90, "hundred": 100, "twice": 2, "thrice": 3, "half": 0.5, "dozen": 12,
    # "first" and "second" are ordinary words too often to count.
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "twentieth": 20,
}
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# What a number counts, either side of it: the finding quotes the whole quantity.
_QUANTITY_BEFORE = re.compile(
    rf"(?:\b(?:about|approximately|approx\.?|around|roughly|nearly|almost|over|under|at\s+least|up\s+to|session|visit|week|day|age|aged"
    rf"|score|scored|rated|rating|level|voc|suds|phq-9|gad-7|no\.|number|{_MONTHS})\s*|[~#]\s*)$",
    re.I,
)
_QUANTITY_AFTER = re.compile(
    rf"(?:\s*-?\s*(?:years?|yrs?|year-old|years?-old|yo|y/o|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|times?|x|mg|mcg|ml|kg|lbs?"
    rf"|pounds?|%|percent|sessions?|nights?|drinks?|units?|points?|pints?|glasses|bottles?|cans?|shots?|beers?|cigarettes?|cigs?|joints?"
    rf"|cups?|pills?|tablets?|puffs?|packs?|{_MONTHS})\b(?:\s+(?:daily|weekly|a\s+day|a\s+week|per\s+(?:day|week)|ago|old|of\s+treatment)|\s*/\s*(?:d|days?|wks?|weeks?|mos?|months?|nights?|sessions?|hrs?|hours?|yrs?|years?)\b)?"
    rf"|\s*%)",
    re.I,
)


# A frequency is a number too ("weekly sessions"): each word, and the words that show the clinician gave it.
_FREQUENCIES = {
    "daily": "day daily qd bid tid morning evening", "nightly": "night nightly qhs", "weekly": "week weekly wk wkly",
    "biweekly": "biweekly fortnight fortnightly", "fortnightly": "fortnight fortnightly biweekly", "monthly": "month monthly mo",
    "bimonthly": "bimonthly month", "quarterly": "quarter quarterly", "yearly": "year yearly annual annually yr",
    "annually": "year yearly annual annually yr",
}
# "daily life", "daily routines" describe ordinary life, not how often.
_ORDINARY_LIFE = ("life", "live", "living", "activit", "routine", "functioning", "task", "moment", "stressor", "hassle", "chore",
                  "parenting", "experience", "world", "rhythm")


def _frequencies(note: str, clinician_phrase: str) -> list[tuple[int, int]]:
    tokens = _tokens(note)
    found = []
    for i, (start, end, word) in enumerate(tokens):
        if word in _FREQUENCIES and not any(_mentions(w, clinician_phrase) for w in _FREQUENCIES[word].split()):
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if not (following and not note[end:following[0]].strip() and following[2].startswith(_ORDINARY_LIFE)):
                found.append((start, end))
    return found


def _number_words(text: str) -> list[tuple[int, int, str]]:
    return [token for token in _tokens(text) if token[2] in _NUMBER_WORDS]


@functools.lru_cache(maxsize=8)
def _numbers_in(text: str) -> frozenset[str]:
    """Every number the clinician's text states, as digit strings: '5 of 7', '50mg', 'x3', '12:30-6:30', 'two'."""
    found: set[str] = set()
    for token in _ANY_NUMBER.findall(text):
        found.add(token)
        found.update(p for p in re.split(r"[.,:/]", token) if p)
    found.update(_fmt(_NUMBER_WORDS[word]) for _, _, word in _number_words(text))
    return frozenset(n.lstrip("0") or "0" for n in found)


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _quantity(note: str, start: int, end: int) -> tuple[int, int]:
    before = _QUANTITY_BEFORE.search(note, max(0, start - 24), start)
    after = _QUANTITY_AFTER.match(note, end)
    return (before.start() if before else start), (after.end() if after else end)


def _medications(note: str) -> list[tuple[int, int]]:
    tokens = _tokens(note)
    found = [(start, end) for start, end, word in tokens if word in _MEDICATION_NAMES or word.endswith(_MEDICATION_SUFFIXES)]
    found += [(a[0], b[1]) for a, b in zip(tokens, tokens[1:]) if (a[2], b[2]) in _MEDICATION_PAIRS]
    return sorted(found)


@functools.lru_cache(maxsize=8)
def _records_risk(clinician_text: str) -> bool:
    return bool(_RISK_CONTENT.search(clinician_text))


def find_unsupported(note: str, clinician_text: str) -> list[Finding]:
    clinician_phrase = _clinician_phrase(clinician_text)
    numbers = _numbers_in(clinician_text)
    spans: list[tuple[int, int, str]] = []
    for match in _QUOTE.finditer(note):
        inner = _phrase(match.group()[1:-1])
        if inner and not _mentions(inner, clinician_phrase):
            spans.append((*match.span(), "A quotation that is not in your notes. Keep only words you recorded."))
    if not _records_risk(clinician_text):
        # Only sentences that name a risk can hold a risk statement: the full pattern runs on those alone.
        for s, e in _sentences(note):
            if _RISK_WORD.search(note, s, e):
                spans += [(*m.span(), "A risk statement, but your notes contain no risk assessment.") for m in _RISK_STATEMENT.finditer(note, s, e)]
    # Words the clinician recorded in a quote are theirs: the word checks read the note without them.
    words = _without_recorded_quotes(note, clinician_text)
    for start, end in _medications(words):
        if not _mentions(_phrase(note[start:end]), clinician_phrase):
            dose = re.match(r"\s+\d+(?:\.\d+)?", note[end:])
            if dose:
                end = _quantity(note, end + dose.end(), end + dose.end())[1]
            spans.append((start, end, "A medication that is not in your notes."))
    for match in _NUMBER.finditer(note):
        token = re.sub(r"(?:st|nd|rd|th)$", "", match.group())
        parts = {p.lstrip("0") or "0" for p in re.split(r"[.,:/]", token) if p}
        whole = token.lstrip("0") or "0"
        if whole in numbers or (parts <= numbers and not re.search(r"[/:]", token)):
            continue
        spans.append((*_quantity(note, *match.span()), "A number (age, duration, frequency, dose, date or score) that is not in your notes."))
    for start, end, word in _number_words(words):
        if not _mentions(word, clinician_phrase) and _fmt(_NUMBER_WORDS[word]) not in numbers:
            spans.append((*_quantity(note, start, end), "A number that is not in your notes."))
    spans += [(start, end, "A frequency that is not in your notes.") for start, end in _frequencies(words, clinician_phrase)]
    return _merged(note, spans)


def _merged(note: str, spans: list[tuple[int, int, str]]) -> list[Finding]:
    """One finding per place: overlapping spans, or a medication and its dose, are one thing to review."""
    findings: list[Finding] = []
    for start, end, message in sorted(spans):
        if findings and (start < findings[-1].end or not note[findings[-1].end:start].strip()):
            last = findings.pop()
            start, end, message = last.start, max(end, last.end), last.message
        findings.append(Finding("unsupported", note[start:end], start, end, "note", message))
    return findings


# ---------------------------------------------------------------- placeholders
#
# A template slot: bracketed slot text ([DATE], <client name>, {{date}}, <<Session #>>),
# a slot word in parentheses ("(name)"), a date mask (MM/DD/YYYY, __/__/____), XX for
# a number, a run of underscores, TBD - unless the clinician's own text has it.

_PLACEHOLDER = re.compile(
    r"(?=[\[{<(MDYXx_#T])"  # every form starts with one of these: other positions fail at once
    r"(?:\[\[?[A-Za-z#_ .][^\[\]\n]{0,59}\]\]?|\{\{?[A-Za-z#_ .][^{}\n]{0,59}\}\}?|<<?[A-Za-z#_][^<>\n]{0,59}>>?"
    r"|\((?:client'?s?\s+|insert\s+|enter\s+|add\s+|fill\s+in\s+)?(?:first\s+|last\s+|full\s+)?(?:name|date|dob|age|pronouns?|number|location|school|employer"
    r"|diagnosis|code|signature|credentials?|provider|clinician|therapist|time|x{2,}|\?{2,}|…|\.\.\.)\)"
    r"|(?<![\w/])(?:MM|DD|YYYY|YY|XX|xx|XXXX|xxxx|_{2,}|##)(?:[/.-](?:MM|DD|YYYY|YY|XX|xx|XXXX|xxxx|_{2,}|##))+(?![\w/])"
    r"|(?<![\w])(?:XX|xx|XXX|X{4})(?![\w])(?:[- ](?:years?[- ]old|year|yo|y/o|years|months?|weeks?|days?|sessions?|mg|%))?|_{3,}|\bTBD\b|\bTBA\b|\bTK\b)",
)


def find_placeholders(note: str, clinician_text: str) -> list[Finding]:
    clinician = clinician_text.lower()
    return [
        Finding("placeholder", m.group(), m.start(), m.end(), "note", "An unfilled placeholder: fill it in or remove it.")
        for m in _PLACEHOLDER.finditer(note)
        if m.group().lower() not in clinician
    ]


# ------------------------------------------------------------- what is shown


REVIEW_HEADING = "Review before signing"


def _items(count: int) -> str:
    return f"{count} item{'' if count == 1 else 's'}"


def review_list(findings: list[Finding]) -> str:
    """The "Review before signing" list shown under a draft.

    A <details> block: Open WebUI shows it under the draft, its summary saying how many items there are, and its
    copy button leaves it out, so what the clinician pastes into the EHR is the document alone."""
    shown = [f for f in findings if f.source == "note"]
    if not shown:
        return ""
    lines = ['<details type="therapy_pack_review">', f"<summary>\u26a0 {REVIEW_HEADING}: {_items(len(shown))} to check</summary>", ""]
    for f in shown:
        quoted = f.text if len(f.text) <= 120 else f.text[:117] + "..."
        lines.append(f"- \u201c{quoted}\u201d - {f.message}")
    return "\n".join(lines + ["</details>"])


def redact(note: str, findings: list[Finding]) -> str:
    out, last = [], 0
    for f in sorted((f for f in findings if f.kind == "diagnosis" and f.source == "note"), key=lambda f: f.start):
        if f.start < last:
            continue
        out.append(note[last:f.start])
        out.append("[diagnosis removed - not in your notes]")
        last = f.end
    out.append(note[last:])
    return "".join(out)


def apply_findings(note: str, findings: list[Finding], diagnosis_action: str) -> str:
    """The note as the clinician sees it, with the review list under it."""
    diagnoses = [f for f in findings if f.kind == "diagnosis" and f.source == "note"]
    if diagnoses and diagnosis_action == "block":
        return (
            "This draft was withheld because it names a diagnosis that is not in your notes "
            f"({', '.join(sorted({f.text for f in diagnoses}))}). Please regenerate it, or add the diagnosis to your "
            "notes if it is yours.\n\n" + review_list(findings)
        )
    if diagnoses and diagnosis_action == "redact":
        note = redact(note, findings)
    review = review_list(findings)
    return f"{note.rstrip()}\n\n{review}" if review else note


# ---------------------------------------------------- checking while it streams
#
# Every check on the draft reads a sentence or a line at a time, so a streamed draft
# is checked one sentence at a time as each completes: the work per chunk stays the
# size of a sentence however long the document grows, and the last chunk checks only
# the last sentence. A cut never falls inside a quotation.


def _complete_through(note: str, start: int) -> int:
    """The end of the last sentence or line after ``start`` that is certainly complete; ``start`` if none."""
    cut = start
    for m in _SENTENCE_END.finditer(note, start):
        if m.end() >= len(note) and m.group() != "\n":
            break  # "F40." may go on as "F40.10"
        # A quote mark no quotation closes may open one that runs on (quotations stay on one line, under 300 characters).
        unquoted = _without_quotes(note[max(cut, m.end() - 302):m.end()])
        if m.group() == "\n" or not any(q in unquoted for q in _QUOTE_MARKS):
            cut = m.end()
    return cut


_QUOTE_MARKS = ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb")


def check_streamed(state: dict, delta: str, clinician_text: str, finished: bool) -> Optional[list[Finding]]:
    """Add one streamed chunk of the draft and check what it completes; once ``finished``, the draft's findings.

    ``state`` holds plain values only (the draft so far, how far it is checked, the
    findings as dicts) so it can live in the request's metadata. The findings are
    exactly those of checking the whole draft at once.
    """
    note = state["note"] = state.get("note", "") + delta
    start = state.get("checked", 0)
    end = len(note) if finished else _complete_through(note, start)
    found = state.setdefault("findings", [])
    if end > start:
        for f in note_findings(note[start:end], _requests_and_own_words(clinician_text, "")[1]):
            found.append({**f.as_dict(), "start": f.start + start, "end": f.end + start})
        state["checked"] = end
    if not finished:
        return None
    findings = [Finding(**f) for f in found]
    # Specifics side by side across two sentences are one thing to review, as in a whole-draft check.
    unsupported = [(f.start, f.end, f.message) for f in findings if f.kind == "unsupported"]
    return in_review_order([f for f in findings if f.kind != "unsupported"] + _merged(note, unsupported))


# ------------------------------------------------------------------ the filter
#
# No way around the checks: every user turn of the chat and the text of every
# attached file is checked before anything reaches the model, not only the last
# message; a non-streamed request gets a reply that says to use the chat, because
# Open WebUI returns a non-streamed answer to the caller before any filter sees it.

EARLIER_TRANSCRIPT_REPLY = (
    "An earlier message in this chat reads as a transcript of the session, so I won't draft anything in this chat: "
    "whatever I write here would be read from that transcript.\n\n"
    "Please start a new chat with this preset and write a few bullets in your own words - what you worked on, what you "
    "noticed, interventions and the plan."
)
FILE_TRANSCRIPT_REPLY = (
    "The file attached to this chat reads as a transcript of the session, so I haven't drafted a note from it.\n\n"
    "This pack works only from your own notes written after the session. Please remove the file (or start a new chat) "
    "and write a few bullets in your own words instead."
)
PROMPT_SETTINGS_REPLY = (
    "A system prompt set for this chat or its folder, or one of your own settings for the notes (how they refer to "
    "the client, your style example), asks for a diagnosis or reads as a session transcript, so nothing was sent to "
    "the model.\n\n"
    "Please change it where it was set: Chat Controls > System Prompt, the folder's settings, Settings > General > "
    "System Prompt, or your settings of the Clinical Note function. Then send your bullets again."
)
RAW_MODEL_REPLY = (
    "This model has none of the practice's documentation rules, so it doesn't answer clinicians here.\n\n"
    "Please choose one of the pack's presets from the model list at the top (for example \"Session Note – IFS\" or "
    "\"Treatment Plan\") and write your bullets there. If no preset is listed, ask the practice's administrator."
)
NOT_STREAMED_REPLY = (
    "This preset answers only in the chat, where every draft is checked and gets its \"Review before signing\" list. "
    "Please open it in Open WebUI's chat (if you turned off Settings > Interface > \"Stream Chat Response\", turn it back on)."
)

ENGINE_RESTARTING_REPLY = (
    "The model has stopped and is restarting, so this message was not sent to it. Nothing is lost: your text is "
    "still here in the chat.\n\n"
    "Please send it again in a moment (a restart usually takes under a minute). If you see this again and again, "
    "ask whoever looks after this computer to run python3 scripts/doctor.py."
)


# ------------------------------------------------------------ is the engine there?
#
# A model engine that has stopped (a crash, a restart under provisioning's supervision) would
# otherwise show the clinician Open WebUI's own error ("Model not found", a connection error).
# Whether anything listens at the engine's address is one local connection: well under a millisecond.


def engine_urls(owned_by: str, ollama: tuple, openai: tuple) -> list[str]:
    """The addresses Open WebUI may send this model to: (enabled, urls) of its kind of connection."""
    enabled, urls = ollama if owned_by == "ollama" else openai if owned_by == "openai" else (False, [])
    return [u for u in urls or [] if isinstance(u, str) and u] if enabled else []


async def listens(url: str, timeout: float = 0.5) -> bool:
    """Whether something accepts a connection at ``url``'s host and port within ``timeout`` (without holding up
    Open WebUI's other requests while it waits)."""
    import asyncio
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        _, writer = await asyncio.wait_for(asyncio.open_connection(parts.hostname or "", port), timeout)
    except (OSError, ValueError, asyncio.TimeoutError):
        return False
    writer.close()
    return True


async def engine_stopped(model: Optional[dict]) -> bool:
    """Whether none of the engines this model runs on accepts a connection now. Anything unexpected (Open WebUI's
    settings unreadable for a moment) counts as running: the request then goes on as it would without the pack."""
    import sys

    # Open WebUI's own connection settings, from the modules the running server has loaded
    # (importing them anew would start a second Open WebUI's configuration).
    ollama, openai = sys.modules.get("open_webui.routers.ollama"), sys.modules.get("open_webui.routers.openai")
    if ollama is None or openai is None:
        return False
    try:
        ollama_enabled, ollama_urls, _ = await ollama.get_ollama_runtime_config()
        openai_enabled, openai_urls, _, _ = await openai.get_openai_runtime_config()
    except Exception:
        return False
    urls = engine_urls((model or {}).get("owned_by") or "", (ollama_enabled, ollama_urls), (openai_enabled, openai_urls))
    return bool(urls) and not any([await listens(u) for u in urls])


def _message_text(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return content if isinstance(content, str) else ""


def _user_texts(messages: list[dict]) -> list[str]:
    return [_message_text(m) for m in messages if isinstance(m, dict) and m.get("role") == "user"]


async def _file_texts(files: list, user: Optional[dict]) -> list[str]:
    """The extracted text of each attached file, as Open WebUI stored it, of the files this user may read."""
    texts = []
    for item in files or []:
        if not isinstance(item, dict):
            continue
        file = item.get("file") if isinstance(item.get("file"), dict) else {}
        content = (file.get("data") or {}).get("content") if isinstance(file.get("data"), dict) else None
        if not content and item.get("id") and item.get("type", "file") == "file":
            content = await _stored_file_text(str(item["id"]), user)
        if isinstance(content, str) and content.strip():
            texts.append(content)
    return texts


async def _stored_file_text(file_id: str, user: Optional[dict]) -> str:
    """A stored file's text when Open WebUI's own rule lets this user read it (theirs, shared with them, or an
    administrator's request). Any other file reads as absent, exactly like a missing one: the reply must not
    tell a clinician that another clinician's file exists, let alone what it holds."""
    try:
        from open_webui.models.files import Files
        from open_webui.models.users import Users
        from open_webui.utils.access_control.files import has_access_to_file
    except ImportError:  # outside Open WebUI (unit tests): nothing stored to read
        return ""
    stored = await Files.get_file_by_id(file_id)
    reader = await Users.get_user_by_id(str((user or {}).get("id") or ""))
    if not stored or reader is None:
        return ""
    if not (stored.user_id == reader.id or reader.role == "admin" or await has_access_to_file(file_id, "read", reader)):
        return ""
    return (stored.data or {}).get("content") or ""


def refusal_for(user_texts: list[str], file_texts: list[str], prompt: Optional[dict] = None) -> Optional[str]:
    """The pack's own answer when the chat holds what must not reach the model, else None. ``prompt``: what the
    clinician set that goes into the system prompt (prompt_texts_to_check)."""
    *earlier, last = user_texts or [""]
    if find_transcript(last, "request"):
        return TRANSCRIPT_REPLY
    if find_diagnosis_requests(last, "request", "\n".join(earlier)):
        return DIAGNOSIS_REPLY
    if any(find_transcript(text, "request") for text in earlier):
        return EARLIER_TRANSCRIPT_REPLY
    if any(find_transcript(text, "bullets") for text in file_texts):
        return FILE_TRANSCRIPT_REPLY
    if any(find_diagnosis_requests(text, "bullets") for text in file_texts):
        return DIAGNOSIS_REPLY
    instructions, examples = (prompt or {}).get("instructions") or [], (prompt or {}).get("examples") or []
    if (any(find_transcript(text, "bullets") for text in instructions + examples)
            or any(find_diagnosis_requests(text, "bullets", instructions=True) for text in instructions)
            or any(find_diagnosis_requests(text, "bullets") for text in examples)):
        return PROMPT_SETTINGS_REPLY
    return None


def prompt_texts_to_check(messages: list[dict], metadata: dict) -> dict:
    """What the clinician controls in the system prompt: "instructions" (said to the model) and "examples" (a note
    of theirs to imitate, where a diagnosis they documented is no request). The note filter lists them for a
    preset, without the pack's own prompt; anywhere else every system message is someone's own instruction.
    Open WebUI builds the metadata itself, so a caller cannot set the list. A system prompt sent as the request's
    params.system (which Open WebUI puts back before the rest when a tool call is answered) is read from there."""
    listed = metadata.get(CLINICIAN_PROMPT_KEY)
    if isinstance(listed, dict):
        found = {kind: [t for t in listed.get(kind) or [] if isinstance(t, str)] for kind in ("instructions", "examples")}
    else:
        found = {"instructions": [_message_text(m) for m in messages if isinstance(m, dict) and m.get("role") == "system"], "examples": []}
    sent = (((metadata.get("chat_context") or {}).get("params") or {}).get("system"))
    if isinstance(sent, str) and sent.strip():
        found["instructions"].append(sent)
    return found


def without_earlier_requests(messages: list[dict]) -> None:
    """Blank the sentences of earlier turns that asked for a diagnosis: the pack declined them, so the model never reads them."""
    users = [m for m in messages if isinstance(m, dict) and m.get("role") == "user"]
    for message in users[:-1]:
        content = message.get("content")
        if isinstance(content, str):
            message["content"] = _without_declined(content)
        elif isinstance(content, list):
            for part in content:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    part["text"] = _without_declined(part["text"])


def _without_declined(text: str) -> str:
    asked = find_diagnosis_requests(text)
    return (_blank(text, asked).strip() or "(request declined by the pack)") if asked else text


PACK_REPLIES = (TRANSCRIPT_REPLY, DIAGNOSIS_REPLY, EARLIER_TRANSCRIPT_REPLY, FILE_TRANSCRIPT_REPLY, NOT_STREAMED_REPLY, RAW_MODEL_REPLY,
                ENGINE_RESTARTING_REPLY, PROMPT_SETTINGS_REPLY)


def preset_spec(model: Optional[dict]) -> Optional[dict]:
    """The pack's data for a workspace model (written by the installer), or None when it is not one of our presets."""
    spec = (((model or {}).get("info") or {}).get("meta") or {}).get(META_KEY)
    return spec if isinstance(spec, dict) and isinstance(spec.get("formats"), dict) and spec.get("default_format") in spec["formats"] else None


def stream_chunk(choices: list) -> Optional[tuple[dict, str, bool]]:
    """(the streamed delta, its text, whether the answer ends here), or None when the event carries neither."""
    delta, finished = choices[0].get("delta") or {}, bool(choices[0].get("finish_reason"))
    return None if delta.get("content") is None and not finished else (delta, delta.get("content") or "", finished)


class Filter:
    class Valves(BaseModel):
        priority: int = Field(default=10, description="Runs after the note filter, on the rendered note.")
        diagnosis_action: Literal["flag", "redact", "block"] = Field(
            default="flag",
            description="What to do with a diagnosis the clinician did not give: flag it under the note, redact it from the note, or withhold the draft.",
        )

    def __init__(self):
        self.valves = self.Valves()

    async def _status(self, emitter, text: str, done: bool) -> None:
        if emitter:
            await emitter({"type": "status", "data": {"description": text, "done": done}})

    async def inlet(self, body: dict, __model__: Optional[dict] = None, __user__: Optional[dict] = None,
                    __event_emitter__=None) -> dict:
        # Installed as a global filter, so this runs for every model, not only the presets.
        if (__model__ or {}).get("id") == REPLY_MODEL:
            return body
        preset = preset_spec(__model__) is not None
        messages = body.get("messages") or []
        metadata = body.setdefault("metadata", {})
        files = await _file_texts(body.get("files") or metadata.get("files") or [], __user__)
        if not preset and (__user__ or {}).get("role") != "admin":
            reply = RAW_MODEL_REPLY  # a clinician on a raw model would get a draft with no rules and no checks
        elif body.get("stream") is False and preset:
            reply = NOT_STREAMED_REPLY
        else:
            # A tool form goes to the tool, not the model: it needs no engine.
            needs_engine = not metadata.get(TOOL_CALL_KEY)
            reply = refusal_for(_user_texts(messages), files, prompt_texts_to_check(messages, metadata)) or (
                ENGINE_RESTARTING_REPLY if needs_engine and await engine_stopped(__model__) else "")
        if not preset and not reply:
            return body
        await self._status(__event_emitter__, "Checking your notes...", False)
        if reply:
            # Answered here: the request goes to the pack's reply function, never to the model.
            metadata[REPLY_KEY] = reply
            if reply == TRANSCRIPT_REPLY:  # the retention filter removes it from the stored chat
                metadata[FORGET_MESSAGE_KEY] = True
            body["model"] = REPLY_MODEL
            await self._status(__event_emitter__, "Answered by the pack; nothing was sent to the model", True)
            return body
        without_earlier_requests(messages)
        # What the draft will be checked against once it is written.
        metadata[CLINICIAN_TEXT_KEY] = "\n".join(_user_texts(messages) + files)
        await self._status(__event_emitter__, "Notes checked", True)
        return body

    def _final(self, note: str, findings: list[Finding], metadata: Optional[dict]) -> str:
        if metadata is not None:
            metadata[FINDINGS_KEY] = [f.as_dict() for f in findings]
        return apply_findings(note, findings, self.valves.diagnosis_action)

    async def stream(self, event: dict, __model__: Optional[dict] = None, __metadata__: Optional[dict] = None,
                     __event_emitter__=None) -> dict:
        choices = event.get("choices") if isinstance(event, dict) else None
        if preset_spec(__model__) is None or __metadata__ is None or not choices or answered_without_a_draft(__metadata__):
            return event
        chunk = stream_chunk(choices)
        if chunk is None:
            return event
        delta, content, finished = chunk
        state = __metadata__.setdefault(GUARDRAIL_STREAM_KEY, {"sent": 0})
        findings = check_streamed(state, content, __metadata__.get(CLINICIAN_TEXT_KEY, ""), finished)
        if finished and UNREADABLE in state["note"]:
            full = state["note"]
            await self._status(__event_emitter__, "No draft to check: the model's answer could not be read as a note", True)
        elif finished:
            full = self._final(state["note"], findings, __metadata__)
            count = sum(1 for f in findings if f.source == "note")
            await self._status(__event_emitter__, f"Draft checked: {_items(count)} to review" if count else "Draft checked: nothing to review", True)
        if finished:
            sent = state["note"][: state["sent"]]
            # Flag mode has streamed the draft already; redact and block held it back until now.
            shown = full[len(sent):] if full.startswith(sent) else "\n\n" + full
        elif self.valves.diagnosis_action == "flag":
            shown = content
        else:
            shown = ""
        state["sent"] += len(shown)
        choices[0]["delta"] = {**delta, "content": shown}
        return event

    def outlet(self, body: dict, __model__: Optional[dict] = None, __metadata__: Optional[dict] = None) -> dict:
        messages = body.get("messages") or []
        if (preset_spec(__model__) is None or not messages or messages[-1].get("role") != "assistant"
                or answered_without_a_draft(__metadata__)):
            return body
        content = messages[-1].get("content") or ""
        # Like every outlet in the pack, it reads from the answer whether the stream already did its part.
        if (REVIEW_HEADING in content or content in PACK_REPLIES or content.startswith("This draft was withheld")
                or UNREADABLE in content):
            return body
        findings = check(bullets="\n".join(_user_texts(messages[:-1])), note=content)
        messages[-1]["content"] = self._final(content, findings, None)
        return body


# ------------------------------------------------------------------ vocabulary


@dataclass(frozen=True)
class _Vocab:
    names: dict  # first canonical word -> [(words, codes)], longest first
    abbreviations: dict  # "PTSD" -> codes
    abbreviation_re: re.Pattern
    codes: frozenset  # every chapter F code, without its dot
    disorder_after: frozenset  # "trastorno", "trouble"
    disorder_suffixes: tuple  # "störung"


@functools.lru_cache(maxsize=1)
def _vocabulary() -> _Vocab:
    names: dict = {}
    for line in VOCABULARY_NAMES.strip().splitlines():
        phrase, codes = line.split("|")
        words = tuple(phrase.split())
        names.setdefault(words[0], []).append((words, tuple(codes.split())))
    for entries in names.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    abbreviations = {a: tuple(c.split()) for a, c in (line.split("|") for line in VOCABULARY_ABBREVIATIONS.strip().splitlines())}
    alternatives = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    return _Vocab(
        names=names,
        abbreviations=abbreviations,
        abbreviation_re=re.compile(rf"(?<![\w-])(?:{alternatives})(?:['’]s)?(?![\w-])"),
        codes=frozenset(VOCABULARY_CODES.split()),
        disorder_after=frozenset(VOCABULARY_DISORDER_WORDS_AFTER.split()),
        disorder_suffixes=tuple(VOCABULARY_DISORDER_SUFFIXES.split()),
    )


# ------------------------------------------------ generated vocabulary (do not edit)
# scripts/build_guardrail_vocabulary.py wrote this from ICD-10-CM (simple-icd-10-cm 1.5.0)
# and prompt_presets/guardrails/diagnostic_terms.yaml. Edit those, then run the script.

VOCABULARY_NAMES = """
abuse of antacid|F550
abuse of herbal or folk remedie|F551
abuse of laxative|F552
abuse of non psychoactive substance|F55
abuse of other non psychoactive substance|F558
abuse of steroid or hormone|F553
abuse of vitamin|F554
acrophobia|F40241
acute crisis reaction|F430
acute drunkenness|F1022
acute or subacute brain syndrome|F05
acute or subacute confusional state|F05
acute or subacute infective psychosis|F05
acute or subacute organic reaction|F05
acute or subacute psycho organic syndrome|F05
acute reaction to stress|F430
acute stress|F430
acute stress disorder|F430
acute stress reaction|F430
adjustment disorder|F43 F432
adjustment insomnia|F5102
adult onset fluency|F985
adult onset fluency disorder|F985
affectionless psychopathy|F942
affective personality|F340
affective personality disorder|F340
affective psychosis|F39
aggressive personality|F603
agitated depression|F32
agorafobia|F400
agoraphobia|F40
agoraphobie|F400
alcohol abuse|F10
alcohol dependence|F10
alcohol induced anxiety|F10980
alcohol induced anxiety disorder|F10980
alcohol induced bipolar or related|F1094
alcohol induced bipolar or related disorder|F1094
alcohol induced depressive|F1094
alcohol induced depressive disorder|F1094
alcohol induced major neurocognitive|F10
alcohol induced major neurocognitive disorder|F10
alcohol induced mild neurocognitive|F10988
alcohol induced mild neurocognitive disorder|F10988
alcohol induced psychotic|F10959
alcohol induced psychotic disorder|F10959
alcohol induced sexual dysfunction|F10981
alcohol induced sleep|F10982
alcohol induced sleep disorder|F10982
alcohol related|F10
alcohol related disorder|F10
alcohol use disorder|F10
alcoholism|F102
amnestic disorder|F04
amoral personality|F602
amphetamine or other stimulant induced anxiety|F15980
amphetamine or other stimulant induced anxiety disorder|F15980
amphetamine or other stimulant induced bipolar or related|F1594
amphetamine or other stimulant induced bipolar or related disorder|F1594
amphetamine or other stimulant induced delirium|F15921
amphetamine or other stimulant induced depressive|F1594
amphetamine or other stimulant induced depressive disorder|F1594
amphetamine or other stimulant induced obsessive compulsive or related|F15988
amphetamine or other stimulant induced obsessive compulsive or related disorder|F15988
amphetamine or other stimulant induced psychotic|F15959
amphetamine or other stimulant induced psychotic disorder|F15959
amphetamine or other stimulant induced sexual dysfunction|F15981
amphetamine or other stimulant induced sleep|F15982
amphetamine or other stimulant induced sleep disorder|F15982
amphetamine or other stimulant use disorder|F15
amphetamine or other stimulant withdrawal|F1523
amphetamine type substance use disorder|F15
anancastic neurosis|F428
anankastic personality|F605
androphobia|F40290
animal type phobia|F40
anorexia|F500
anorexia nerviosa|F500
anorexia nervosa|F50
anorexie mentale|F500
anthropophobia|F401
antisocial personality|F602
antisocial personality disorder|F602
anxiety depression|F418
anxiety disorder|F064 F41 F419
anxiety hysteria|F418
anxiety neurosis|F411
anxiety reaction|F411
anxiety state|F411
anxious personality|F606
anxious personality disorder|F606
arachnophobia|F40210
arteriosclerotic dementia|F01
asocial personality|F602
asperger|F845
asperger disorder|F845
asperger syndrome|F845
asthenic personality|F607
attention deficit|F90
attention deficit disorder|F90
attention deficit hyperactivity|F90
attention deficit hyperactivity disorder|F90
attention deficit hyperactivity disorder of childhood or adolescence|F909
attention deficit syndrome|F90
atypical anorexia nervosa|F509
atypical autism|F849
atypical bulimia nervosa|F509
atypical depression|F3289
atypical schizophrenia|F203
autism|F840
autism spectrum|F840
autism spectrum disorder|F840
autisme|F840
autismo|F840
autismus|F840
autistic|F840
autistic disorder|F840
autistic psychopathy|F845
avoidant personality|F606
avoidant personality disorder|F606
avoidant restrictive food intake|F5082
avoidant restrictive food intake disorder|F5082
backward reading|F810
battle fatigue|F43
behavioral and emotional|F98
behavioral and emotional disorder|F98
behavioral disorder|F919
behavioral syndrome associated|F59
bigorexia|F4522
binge eating|F50 F5081
binge eating disorder|F50 F5081
bipolaire|F31
bipolar|F31
bipolar 1|F31
bipolar 2|F3181
bipolar and related|F06
bipolar and related disorder|F06
bipolar disorder|F30 F31 F318
bipolar i|F31
bipolar i disorder|F31
bipolar i disorder current or most recent episode depressed|F315
bipolar i disorder current or most recent episode manic|F312
bipolar ii|F3181
bipolar ii disorder|F3181
bipolar type 1|F31
bipolar type 2|F3181
bipolar type i|F31
bipolar type i disorder|F31
body dysmorphia|F4522
body dysmorphic|F4522
body dysmorphic disorder|F4522
borderline personality|F603
borderline personality disorder|F603
borderline schizophrenia|F21
boulimie|F502
brief psychotic|F23
brief psychotic disorder|F23
briquet disorder|F450
bulimia|F502
bulimia nervosa|F50
caffeine induced anxiety|F15980
caffeine induced anxiety disorder|F15980
caffeine induced sleep|F15982
caffeine induced sleep disorder|F15982
caffeine intoxication|F15929
caffeine withdrawal|F1593
cannabis abuse|F12
cannabis dependence|F12
cannabis induced anxiety|F12980
cannabis induced anxiety disorder|F12980
cannabis induced psychotic|F12959
cannabis induced psychotic disorder|F12959
cannabis induced sleep|F12988
cannabis induced sleep disorder|F12988
cannabis related|F12
cannabis related disorder|F12
cannabis use disorder|F12
catatonia|F061
catatonia associated|F061
catatonic disorder|F061
catatonic schizophrenia|F202
cenesthopathic schizophrenia|F2089
character disorder|F609
character neurosis|F609
childhood disintegrative|F843
childhood disintegrative disorder|F843
childhood disorder of social functioning|F948 F949
childhood emotional|F938 F939
childhood emotional disorder|F938 F939
childhood onset fluency|F8081
childhood onset fluency disorder|F8081
chronic hallucinatory psychosis|F28
chronic motor or vocal tic|F951
chronic motor or vocal tic disorder|F951
ciclotimia|F340
claustrophobia|F40240
clinical depression|F32 F33
clumsy child syndrome|F82
cluster a personality|F60
cluster b personality|F60
cluster b trait|F60
cluster c personality|F60
cluttering|F8081
cocaine abuse|F14
cocaine dependence|F14
cocaine induced anxiety|F14980
cocaine induced anxiety disorder|F14980
cocaine induced bipolar or related|F1494
cocaine induced bipolar or related disorder|F1494
cocaine induced depressive|F1494
cocaine induced depressive disorder|F1494
cocaine induced obsessive compulsive or related|F14988
cocaine induced obsessive compulsive or related disorder|F14988
cocaine induced psychotic|F14959
cocaine induced psychotic disorder|F14959
cocaine induced sexual dysfunction|F14981
cocaine induced sleep|F14982
cocaine induced sleep disorder|F14982
cocaine related|F14
cocaine related disorder|F14
cocaine use disorder|F14
combat and operational stress reaction|F430
combat fatigue|F430
combined vocal and multiple motor tic|F952
combined vocal and multiple motor tic disorder|F952
communication disorder|F809
compensation neurosis|F681
complex posttraumatic stress|F431
complex posttraumatic stress disorder|F431
complex ptsd|F431
complicated grief|F4381
complicated grief disorder|F4381
compulsive gambling|F630
compulsive personality|F605
conduct disorder|F91
conduct disorder confined to family context|F910
conversion disorder|F44 F444 F445 F446 F447
conversion hysteria|F44
conversion reaction|F44
cyclic schizophrenia|F250
cycloid personality|F340
cyclothymia|F340
cyclothymic disorder|F340
cyclothymic personality|F340
delayed ejaculation|F5232
delirium|F05
delirium of mixed etiology|F05
delirium superimposed on dementia|F05
delusional disorder|F22
delusional dysmorphophobia|F22
dementia|F02 F03
dementia infantilis|F843
dependent personality|F607
dependent personality disorder|F607
depersonalization derealization disorder|F481
depersonalization derealization syndrome|F481
depresión mayor|F32 F33
depressive disorder|F06 F32A
depressive episode|F32
depressive neurosis|F341
depressive personality|F341
depressive personality disorder|F341
depressive reaction|F32 F33
developmental acalculia|F812
developmental agnosia|F88
developmental arithmetical|F812
developmental arithmetical disorder|F812
developmental coordination|F82
developmental coordination disorder|F82
developmental disorder|F89
developmental disorder of scholastic skill|F81 F819
developmental disorder of speech and language|F80 F809
developmental dyslexia|F810
developmental dysphasia or aphasia|F80
developmental dyspraxia|F82
developmental gerstmann syndrome|F812
developmental wernicke aphasia|F802
dhat syndrome|F488
disinhibited attachment disorder of childhood|F942
disinhibited social engagement|F942
disinhibited social engagement disorder|F942
disintegrative psychosis|F843
disorder of adult personality and behavior|F68 F69
disorder of psychological development|F88 F89
disorder of social functioning|F94
disorder of written expression|F8181
disorganized schizophrenia|F201
disruptive behavior|F919
disruptive behavior disorder|F919
disruptive disorder|F91
disruptive mood dysregulation|F3481
disruptive mood dysregulation disorder|F3481
dissocial personality|F602
dissocial personality disorder|F602
dissociative amnesia|F44
dissociative and conversion|F44 F449
dissociative and conversion disorder|F44 F449
dissociative anesthesia and sensory loss|F446
dissociative convulsion|F445
dissociative disorder|F449
dissociative fugue|F441
dissociative identity|F4481
dissociative identity disorder|F4481
dissociative motor|F444
dissociative motor disorder|F444
dissociative stupor|F442
distimia|F341
dream anxiety|F515
dream anxiety disorder|F515
dual role transvestism|F641
dyscalculia|F812
dyslalia|F800
dyslexia|F810
dysmorphophobia|F4522
dyspareunia|F526
dysthymia|F341
dysthymic disorder|F341
dysthymie|F341
dépression majeure|F32 F33
eating disorder|F50
eccentric personality|F6089
eccentric personality disorder|F6089
elaboration of physical symptom for psychological reason|F681
emotional disorder|F93
emotional sleep|F519
emotional sleep disorder|F519
emotionally unstable personality|F603
emotionally unstable personality disorder|F603
encopresis|F981
endogenous depression|F33
enuresis|F980
enuresis of nonorganic origin|F980
epileptic psychosis|F068
episodio depresivo|F32
erectile disorder|F5221
esquizofrenia|F20
excessive masturbation|F988
excessive sexual drive|F528
excoriation disorder|F424
exhibitionism|F652
exhibitionistic disorder|F652
expansive paranoid personality|F600
explosive personality|F603
expressive language|F801
expressive language disorder|F801
factitious disorder by proxy|F68A
factitious disorder imposed on another|F68A
factitious disorder imposed on self|F68
failure of genital response|F522
fanatic personality|F600
fear of blood|F40230
fear of bridge|F40242
fear of flying|F40243
fear of injection and transfusion|F40231
fear of injury|F40233
fear of men|F40290
fear of other medical care|F40232
fear of spider|F40210
fear of thunderstorm|F40220
fear of women|F40291
feeding disorder|F509
feeding disorder of infancy and childhood|F982
feeding disorder of infancy and early childhood|F9829
feeding or eating|F509
feeding or eating disorder|F509
female orgasmic|F5231
female orgasmic disorder|F5231
female sexual arousal|F5222
female sexual arousal disorder|F5222
female sexual interest arousal|F5222
female sexual interest arousal disorder|F5222
fetishism|F650
fetishistic disorder|F650
fetishistic transvestism|F651
folie à deux|F24
frontal lobe syndrome|F070
frotteurism|F6581
frotteuristic disorder|F6581
functional encopresis|F981
functional enuresis|F980
functional neurological|F444 F445 F446 F447
functional neurological disorder|F444 F445 F446 F447
functional neurological symptom|F444 F445 F446 F447
functional neurological symptom disorder|F444 F445 F446 F447
functional speech articulation|F800
functional speech articulation disorder|F800
gambling disorder|F630
ganser syndrome|F4489
gender dysphoria|F64
gender dysphoria in adolescent and adult|F640
gender dysphoria in children|F642
gender identity|F64 F649
gender identity disorder|F64 F649
gender identity disorder in adolescence and adulthood|F640
gender identity disorder of childhood|F642
gender incongruence|F649
gender incongruence in adolescent and adult|F640
gender incongruence of childhood|F642
gender role disorder|F649
generalized anxiety|F411
generalized anxiety disorder|F411
genetic related intellectual disabilitie|F78A
genetic related intellectual disability|F78A9
genito pelvic pain penetration|F526
genito pelvic pain penetration disorder|F526
global developmental delay|F88
grief reaction|F432
gynephobia|F40291
hair plucking|F633
hair pulling disorder|F633
hallucinogen abuse|F16
hallucinogen dependence|F16
hallucinogen induced anxiety|F16980
hallucinogen induced anxiety disorder|F16980
hallucinogen induced bipolar or related|F1694
hallucinogen induced bipolar or related disorder|F1694
hallucinogen induced depressive|F1694
hallucinogen induced depressive disorder|F1694
hallucinogen induced psychotic|F16959
hallucinogen induced psychotic disorder|F16959
hallucinogen intoxication delirium|F16921
hallucinogen related|F16
hallucinogen related disorder|F16
hallucinogen use disorder|F16
haltlose type personality|F6089
haltlose type personality disorder|F6089
health anxiety|F4521
health anxiety disorder|F4521
hebephrenia|F201
hebephrenic schizophrenia|F201
heller syndrome|F843
histrionic personality|F604
histrionic personality disorder|F604
hoarding disorder|F423
hospital hopper syndrome|F681
hospitalism in children|F432
hyperorexia nervosa|F502
hypersomnia|F51
hypersomnolence disorder|F5111
hypoactive sexual desire|F520
hypoactive sexual desire disorder|F520
hypochondriacal disorder|F45 F4520
hypochondriacal neurosis|F4521
hypochondriasis|F4521
hypomania|F308
hysteria|F44
hysterical personality|F604
hysterical psychosis|F44
identity disorder|F938
idiopathic insomnia|F5101
illness anxiety|F4521
illness anxiety disorder|F4521
immature personality|F6089
immature personality disorder|F6089
impulse control|F639
impulse control disorder|F639
impulse disorder|F63 F639
inadequate personality|F607
incontinence of fece of nonorganic origin|F981
induced paranoid|F24
induced paranoid disorder|F24
induced psychotic|F24
induced psychotic disorder|F24
infantile autism|F840
infantile psychosis|F840
inhalant abuse|F18
inhalant dependence|F18
inhalant induced depressive|F1894
inhalant induced depressive disorder|F1894
inhalant induced major neurocognitive|F1897
inhalant induced major neurocognitive disorder|F1897
inhalant induced mild neurocognitive|F18988
inhalant induced mild neurocognitive disorder|F18988
inhalant related|F18
inhalant related disorder|F18
inhalant use disorder|F18
inhibited orgasm|F523
insomnia disorder|F5101
institutional syndrome|F942
insufficient sleep syndrome|F5112
intellectual developmental|F7
intellectual developmental disorder|F7
intellectual disabilitie|F70 F71 F72 F78 F79
intellectual disability|F7
intermittent explosive|F6381
intermittent explosive disorder|F6381
involuntary emotional expression|F482
involuntary emotional expression disorder|F482
involutional paranoid state|F22
iq 20 25 to 35 40|F72
iq level 35 40 to 50 55|F71
iq level 50 55 to approximately 70|F70
iq level below 20 25|F73
kanner syndrome|F840
kleptomania|F632
knowledge acquisition disability|F819
korsakov psychosis or syndrome|F04
lack or loss of sexual desire|F520
language disorder|F809
latent schizophrenia|F21
latent schizophrenic reaction|F21
learning disability|F81 F819
learning disorder|F819
limbic epilepsy personality syndrome|F070
lobotomy syndrome|F070
major depression|F32 F33
major depressive|F32 F33
major depressive disorder|F32 F33
major neurocognitive|F01 F02 F03
major neurocognitive disorder|F01 F02 F03
male erectile|F5221
male erectile disorder|F5221
male hypoactive sexual desire|F520
male hypoactive sexual desire disorder|F520
male orgasmic|F5232
male orgasmic disorder|F5232
manic depression|F31 F319
manic depressive illness|F31
manic depressive psychosis|F31
manic depressive reaction|F31
manic episode|F30 F308
manic episode in full remission|F304
manic episode in partial remission|F303
manic stupor|F302
masked depression|F3289
mathematic disorder|F812
mental and behavioral disorder associated|F53
mental deficiency|F79
mental disorder|F06
mental subnormality|F70 F71 F72 F79
mild neurocognitive|F067
mild neurocognitive disorder|F067
mixed affective episode|F30
mixed anxiety|F413
mixed anxiety and depressive|F418
mixed anxiety and depressive disorder|F418
mixed anxiety disorder|F413
mixed obsessional thought and acts|F422
mixed receptive expressive language|F802
mixed receptive expressive language disorder|F802
monopolar depression|F339
mood disorder|F06 F39
multi infarct dementia|F01
multiple personality|F4481
multiple personality disorder|F4481
multiple psychosomatic|F450
multiple psychosomatic disorder|F450
muscle dysmorphia|F4522
münchausen by proxy|F68A
münchausen syndrome|F681
nail biting|F988
narcissistic personality|F6081
narcissistic personality disorder|F6081
natural environment type phobia|F40
necrophilia|F6589
neurasthenia|F488
neurocognitive disorder|F06
neurocognitive impairment|F067
neurodevelopmental disorder|F88 F89
neurosis|F489
neurotic depression|F341
nicotine dependence|F17
nicotine dependence unspecified|F17203
nightmare disorder|F515
non rapid eye movement sleep arousal|F51
non rapid eye movement sleep arousal disorder|F51
nonpsychotic mental|F48 F489
nonpsychotic mental disorder|F48 F489
nose picking|F988
nosophobia|F4522
nymphomania|F528
obsessional personality|F605
obsessive compulsive and related|F068
obsessive compulsive and related disorder|F068
obsessive compulsive disorder|F42
obsessive compulsive neurosis|F428
obsessive compulsive personality|F605
obsessive compulsive personality disorder|F605
occupational neurosis|F488
on the autism spectrum|F840
on the spectrum|F840
opioid abuse|F11
opioid associated amnestic syndrome|F11
opioid dependence|F11
opioid induced anxiety|F11988
opioid induced anxiety disorder|F11988
opioid induced delirium|F11921
opioid induced depressive|F1194
opioid induced depressive disorder|F1194
opioid induced sexual dysfunction|F11981
opioid induced sleep|F11982
opioid induced sleep disorder|F11982
opioid related|F11
opioid related disorder|F11
opioid use disorder|F11
oppositional defiant|F913
oppositional defiant disorder|F913
or unknown substance induced psychotic|F19959
or unknown substance induced psychotic disorder|F19959
or unspecified stimulant use disorder|F15
organic brain syndrome|F09
organic dissociative|F068
organic dissociative disorder|F068
organic emotionally labile|F068
organic emotionally labile disorder|F068
organic hallucinatory state|F060
organic mental|F09
organic mental disorder|F09
organic personality|F070
organic personality disorder|F070
organic pseudopsychopathic personality|F070
organic pseudoretarded personality|F070
organic psychosis|F09
organic psychosyndrome|F079
orgasmic disorder|F523
other specified feeding or eating|F5089
other specified feeding or eating disorder|F5089
overactive disorder associated|F848
overanxious disorder|F411
pain disorder|F4542
pain disorder exclusively related to psychological factor|F4541
pain disorder related to psychological factor|F454
panic disorder|F4001 F410
panic state|F410
paradoxical insomnia|F5103
paranoia|F22
paranoia querulan|F22
paranoid and paranoid hallucinatory organic state|F062
paranoid personality|F600
paranoid personality disorder|F600
paranoid psychosis|F22
paranoid reaction|F23
paranoid schizophrenia|F200
paranoid state|F22
paraphilia|F65 F659
paraphilic disorder|F65
paraphrenia|F22
paraphrenic schizophrenia|F200
passive aggressive personality|F6089
passive aggressive personality disorder|F6089
passive personality|F607
pathological fire setting|F631
pathological gambling|F630
pathological personality|F609
pathological stealing|F632
pedophilia|F654
pedophilic disorder|F654
peregrinating patient|F681
perinatal depression|F530
peripartum depression|F530
persistent anxiety depression|F341
persistent complex bereavement|F4381
persistent complex bereavement disorder|F4381
persistent depressive|F341
persistent depressive disorder|F341
persistent mood|F34 F349
persistent mood disorder|F34 F349
persistent motor or vocal tic|F951
persistent motor or vocal tic disorder|F951
personality and behavioral|F07 F079
personality and behavioral disorder|F07 F079
personality change|F070
personality disorder|F60 F609
pervasive developmental|F84 F849
pervasive developmental disorder|F84 F849
phencyclidine induced anxiety|F16980
phencyclidine induced anxiety disorder|F16980
phencyclidine induced bipolar or related|F1694
phencyclidine induced bipolar or related disorder|F1694
phencyclidine induced depressive|F1694
phencyclidine induced depressive disorder|F1694
phencyclidine induced psychotic|F16959
phencyclidine induced psychotic disorder|F16959
phencyclidine use disorder|F16
phobic anxiety|F40 F409
phobic anxiety disorder|F40 F409
phobic anxiety disorder of childhood|F408
phobic state|F409
phonological developmental|F800
phonological developmental disorder|F800
phonological disorder|F800
pica in adult|F5083
pica in infancy or childhood|F983
pica of infancy and childhood|F983
post schizophrenic depression|F3289
post traumatic brain syndrome|F0781
post traumatic stress|F43
post traumatic stress disorder|F43
postconcussional syndrome|F0781
postcontusional syndrome|F0781
postencephalitic syndrome|F0789
postleucotomy syndrome|F070
postnatal depression|F530
postpartum depression|F530
postpartum psychosis|F531
posttraumatic stress|F431
posttraumatic stress disorder|F431
premature ejaculation|F524
premenstrual dysphoric|F3281
premenstrual dysphoric disorder|F3281
prepsychotic schizophrenia|F21
presenile dementia|F03
presenile psychosis|F03
primary degenerative dementia|F03
primary hypersomnia|F5111
primary insomnia|F5101
prodromal schizophrenia|F21
profound intellectual disabilitie|F73
profound mental subnormality|F73
prolonged grief|F4381
prolonged grief disorder|F4381
provisional tic|F950
provisional tic disorder|F950
pseudobulbar affect|F482
pseudoneurotic schizophrenia|F21
pseudopsychopathic schizophrenia|F21
psychasthenia|F488
psychasthenic neurosis|F488
psychic shock|F430
psychoactive substance abuse|F19
psychoactive substance dependence|F19
psychoactive substance related|F19
psychoactive substance related disorder|F19
psychogenic anorgasmy|F523
psychogenic aphonia|F444
psychogenic confusion|F4489
psychogenic deafness|F446
psychogenic depression|F32 F33
psychogenic depressive psychosis|F323
psychogenic dysmenorrhea|F458
psychogenic dyspareunia|F526
psychogenic dysphagia|F458
psychogenic dysphonia|F444
psychogenic encopresis|F981
psychogenic enuresis|F980
psychogenic impotence|F5221
psychogenic loss of appetite|F5089
psychogenic non epileptic seizure|F445
psychogenic paranoid psychosis|F23
psychogenic physiological dysfunction|F59
psychogenic pruritus|F458
psychogenic syncope|F488
psychogenic torticollis|F458
psychogenic twilight state|F4489
psychogenic vaginismus|F525
psychoinfantile personality|F604
psychological and behavioral factor associated|F54
psychological factor affecting physical condition|F54
psychoneurotic personality|F6089
psychoneurotic personality disorder|F6089
psychopathic personality|F602
psychopathy|F602
psychophysiologic insomnia|F5104
psychosomatic disorder|F459
psychotic depression|F323
psychotic disorder|F06 F28
puerperal psychosis|F531
pyromania|F631
querulant personality|F600
reaction to severe stress|F43 F439
reaction to severe stress and adjustment|F43
reaction to severe stress and adjustment disorder|F43
reactive attachment|F941
reactive attachment disorder|F941
reactive attachment disorder of childhood|F941
reactive depression|F32 F33
reactive depressive psychosis|F323
recurrent brief depressive episode|F338
recurrent depressive|F338
recurrent depressive disorder|F338
recurrent manic episode|F3189
recurrent severe episode of major depression|F333
recurrent severe episode of psychogenic depressive psychosis|F333
recurrent severe episode of psychotic depression|F333
recurrent severe episode of reactive depressive psychosis|F333
residual schizophrenia|F205
restzustand|F205
rett syndrome|F842
right hemispheric organic affective|F0789
right hemispheric organic affective disorder|F0789
rumination disorder|F5084 F9821
rumination disorder in adult|F5084
rumination disorder in infancy or childhood|F9821
rumination disorder of infancy and childhood|F9821
sadomasochism|F65
satyriasis|F528
schizoaffective disorder|F25
schizoaffective psychosis|F25
schizoid disorder of childhood|F845
schizoid personality|F601
schizoid personality disorder|F601
schizophrenia|F20
schizophrenia like psychosis in epilepsy|F062
schizophrenia spectrum and other psychotic|F28 F29
schizophrenia spectrum and other psychotic disorder|F28 F29
schizophrenic|F20
schizophrenic catalepsy|F202
schizophrenic catatonia|F202
schizophrenic flexibilita cerea|F202
schizophrenic residual state|F205
schizophrenie|F20
schizophreniform disorder|F2081
schizophreniform psychosis|F2081
schizophrénie|F20
schizotypal disorder|F21
schizotypal personality|F21
schizotypal personality disorder|F21
seasonal affective|F33
seasonal affective disorder|F33
seasonal bipolar|F31
seasonal bipolar disorder|F31
seasonal depressive|F33
seasonal depressive disorder|F33
sedative hypnotic or anxiolytic abuse|F13
sedative hypnotic or anxiolytic dependence|F13
sedative hypnotic or anxiolytic induced anxiety|F13980
sedative hypnotic or anxiolytic induced anxiety disorder|F13980
sedative hypnotic or anxiolytic induced bipolar or related|F1394
sedative hypnotic or anxiolytic induced bipolar or related disorder|F1394
sedative hypnotic or anxiolytic induced delirium|F13921
sedative hypnotic or anxiolytic induced depressive|F1394
sedative hypnotic or anxiolytic induced depressive disorder|F1394
sedative hypnotic or anxiolytic induced major neurocognitive|F1397
sedative hypnotic or anxiolytic induced major neurocognitive disorder|F1397
sedative hypnotic or anxiolytic induced mild neurocognitive|F13988
sedative hypnotic or anxiolytic induced mild neurocognitive disorder|F13988
sedative hypnotic or anxiolytic induced psychotic|F13959
sedative hypnotic or anxiolytic induced psychotic disorder|F13959
sedative hypnotic or anxiolytic induced sexual dysfunction|F13981
sedative hypnotic or anxiolytic induced sexual dysfunction disorder|F13981
sedative hypnotic or anxiolytic induced sleep|F13982
sedative hypnotic or anxiolytic induced sleep disorder|F13982
sedative hypnotic or anxiolytic related|F13
sedative hypnotic or anxiolytic related abuse|F131
sedative hypnotic or anxiolytic related dependence|F132
sedative hypnotic or anxiolytic related disorder|F13
sedative hypnotic or anxiolytic use disorder|F13
sedative hypnotic or anxiolytic withdrawal|F13
selective mutism|F940
self defeating personality|F6089
self defeating personality disorder|F6089
senile dementia|F03
senile dementia depressed or paranoid type|F03
senile psychosis|F03
sensitive paranoid personality|F600
sensitiver beziehungswahn|F22
separation anxiety|F930
separation anxiety disorder|F930
separation anxiety disorder of childhood|F930
sexual anhedonia|F520
sexual arousal|F522
sexual arousal disorder|F522
sexual aversion|F521
sexual aversion and lack of sexual enjoyment|F521
sexual aversion disorder|F521
sexual deviation|F659
sexual disorder|F66
sexual dysfunction|F52
sexual masochism|F6551
sexual masochism disorder|F6551
sexual maturation|F66
sexual maturation disorder|F66
sexual relationship|F66
sexual relationship disorder|F66
sexual sadism|F6552
sexual sadism disorder|F6552
shared psychotic|F24
shared psychotic disorder|F24
shell shock|F43
simple schizophrenia|F2089
situational type phobia|F40
skin picking disorder|F424
sleep disorder|F51 F519
sleep terror|F514
social anxiety|F401
social anxiety disorder|F401
social anxiety disorder of childhood|F401
social neurosis|F401
social phobia|F40 F401
social pragmatic communication|F8082
social pragmatic communication disorder|F8082
socialized conduct|F912
socialized conduct disorder|F912
sociopathic personality|F602
sociopathy|F602
somatic symptom|F451
somatic symptom disorder|F451
somatization disorder|F450
somatoform autonomic dysfunction|F458
somatoform disorder|F45 F459
somatoform pain|F4541
somatoform pain disorder|F4541
specific developmental disorder of motor function|F82
specific developmental disorder of scholastic skill|F81
specific developmental disorder of speech and language|F80
specific learning disorder|F81
specific personality disorder|F60
specific phobia|F402
specific reading disorder|F810
specific reading retardation|F810
specific spelling disorder|F8181
speech and language development delay|F804
speech articulation developmental|F800
speech articulation developmental disorder|F800
speech sound disorder|F800
stereotype habit disorder|F984
stereotyped movement|F984
stereotyped movement disorder|F984
stimulant abuse|F15
stimulant dependence|F15
stimulant related|F15
stimulant related disorder|F15
stimulant use disorder|F14 F15
substance induced anxiety|F19980
substance induced anxiety disorder|F19980
substance induced bipolar or related|F1994
substance induced bipolar or related disorder|F1994
substance induced delirium|F19921
substance induced depressive|F1994
substance induced depressive disorder|F1994
substance induced major neurocognitive|F1997
substance induced major neurocognitive disorder|F1997
substance induced mild neurocognitive|F19988
substance induced mild neurocognitive disorder|F19988
substance induced obsessive compulsive or related|F19988
substance induced obsessive compulsive or related disorder|F19988
substance induced sexual dysfunction|F19981
substance induced sleep|F19982
substance induced sleep disorder|F19982
substance use disorder|F1 F19
sundowning|F05
symbiotic psychosis|F843
symptomatic psychosis|F09
syngap1 related intellectual disability|F78A1
teeth grinding|F458
thumb sucking|F988
tic disorder|F95 F958
tobacco use disorder|F17
tobacco withdrawal|F17203
tourette|F952
tourette disorder|F952
tourette syndrome|F952
trance and possession|F4489
trance and possession disorder|F4489
transient tic|F950
transient tic disorder|F950
transsexualism|F640
transvestic disorder|F651
transvestic fetishism|F651
trauma and stressor related|F43
trauma and stressor related disorder|F43
traumatic neurosis|F431
trichotillomania|F633
undifferentiated psychosomatic|F451
undifferentiated psychosomatic disorder|F451
undifferentiated schizophrenia|F203
undifferentiated somatoform|F451
undifferentiated somatoform disorder|F451
unsocialized aggressive|F911
unsocialized aggressive disorder|F911
unsocialized conduct|F911
unsocialized conduct disorder|F911
urinary incontinence of nonorganic origin|F980
vaginismus|F525
vascular dementia|F01
vascular dementia as a result of infarction of the brain|F01
vital depression|F32 F33
voyeurism|F653
voyeuristic disorder|F653
war neurosis|F43
épisode dépressif|F32
"""
VOCABULARY_ABBREVIATIONS = """
ADD|F90
ADHD|F90
ADHS|F90
ARFID|F5082
ASD|F840 F430
ASPD|F602
AUD|F10
AvPD|F606
BD-I|F31
BD-II|F3181
BDD|F4522
BED|F5081
BP-I|F31
BP-II|F3181
BPD|F603 F31
BPI|F31
BPII|F3181
C-PTSD|F431
CPTSD|F431
CUD|F12
DID|F4481
DMDD|F3481
DPDR|F481
DSED|F942
ED-NOS|F509
EDNOS|F509
ESPT|F431
FND|F444 F445 F446 F447
GAD|F411
HPD|F604
IED|F6381
MDD|F32 F33
MDE|F32 F33
NCD|F01 F02 F03 F067
NPD|F6081
OCD|F42
OCPD|F605
ODD|F913
OSFED|F5089
OUD|F11
PD-NOS|F609
PDD|F341 F84
PGD|F4381
PMDD|F3281
PTBS|F431
PTSD|F431
RAD|F941
SAD|F401 F33
SSD|F451
SUD|F1
TAG|F411
TCA|F50
TDAH|F90
TDM|F32 F33
TEA|F840
TEPT|F431
TLP|F603
TOC|F42
TSA|F840
TSPT|F431
TTM|F633
UFED|F509
cPTSD|F431
"""
VOCABULARY_CODES = """
F01 F015 F0150 F0151 F01511 F01518 F0152 F0153 F0154 F01A F01A0 F01A1 F01A11 F01A18 F01A2 F01A3
F01A4 F01B F01B0 F01B1 F01B11 F01B18 F01B2 F01B3 F01B4 F01C F01C0 F01C1 F01C11 F01C18 F01C2 F01C3
F01C4 F02 F028 F0280 F0281 F02811 F02818 F0282 F0283 F0284 F02A F02A0 F02A1 F02A11 F02A18 F02A2
F02A3 F02A4 F02B F02B0 F02B1 F02B11 F02B18 F02B2 F02B3 F02B4 F02C F02C0 F02C1 F02C11 F02C18 F02C2
F02C3 F02C4 F03 F039 F0390 F0391 F03911 F03918 F0392 F0393 F0394 F03A F03A0 F03A1 F03A11 F03A18
F03A2 F03A3 F03A4 F03B F03B0 F03B1 F03B11 F03B18 F03B2 F03B3 F03B4 F03C F03C0 F03C1 F03C11 F03C18
F03C2 F03C3 F03C4 F04 F05 F06 F060 F061 F062 F063 F0630 F0631 F0632 F0633 F0634 F064
F067 F0670 F0671 F068 F07 F070 F078 F0781 F0789 F079 F09 F10 F101 F1010 F1011 F1012
F10120 F10121 F10129 F1013 F10130 F10131 F10132 F10139 F1014 F1015 F10150 F10151 F10159 F1018 F10180 F10181
F10182 F10188 F1019 F102 F1020 F1021 F1022 F10220 F10221 F10229 F1023 F10230 F10231 F10232 F10239 F1024
F1025 F10250 F10251 F10259 F1026 F1027 F1028 F10280 F10281 F10282 F10288 F1029 F109 F1090 F1091 F1092
F10920 F10921 F10929 F1093 F10930 F10931 F10932 F10939 F1094 F1095 F10950 F10951 F10959 F1096 F1097 F1098
F10980 F10981 F10982 F10988 F1099 F11 F111 F1110 F1111 F1112 F11120 F11121 F11122 F11129 F1113 F1114
F1115 F11150 F11151 F11159 F1118 F11181 F11182 F11188 F1119 F112 F1120 F1121 F1122 F11220 F11221 F11222
F11229 F1123 F1124 F1125 F11250 F11251 F11259 F1128 F11281 F11282 F11288 F1129 F119 F1190 F1191 F1192
F11920 F11921 F11922 F11929 F1193 F1194 F1195 F11950 F11951 F11959 F1198 F11981 F11982 F11988 F1199 F12
F121 F1210 F1211 F1212 F12120 F12121 F12122 F12129 F1213 F1215 F12150 F12151 F12159 F1218 F12180 F12188
F1219 F122 F1220 F1221 F1222 F12220 F12221 F12222 F12229 F1223 F1225 F12250 F12251 F12259 F1228 F12280
F12288 F1229 F129 F1290 F1291 F1292 F12920 F12921 F12922 F12929 F1293 F1295 F12950 F12951 F12959 F1298
F12980 F12988 F1299 F13 F131 F1310 F1311 F1312 F13120 F13121 F13129 F1313 F13130 F13131 F13132 F13139
F1314 F1315 F13150 F13151 F13159 F1318 F13180 F13181 F13182 F13188 F1319 F132 F1320 F1321 F1322 F13220
F13221 F13229 F1323 F13230 F13231 F13232 F13239 F1324 F1325 F13250 F13251 F13259 F1326 F1327 F1328 F13280
F13281 F13282 F13288 F1329 F139 F1390 F1391 F1392 F13920 F13921 F13929 F1393 F13930 F13931 F13932 F13939
F1394 F1395 F13950 F13951 F13959 F1396 F1397 F1398 F13980 F13981 F13982 F13988 F1399 F14 F141 F1410
F1411 F1412 F14120 F14121 F14122 F14129 F1413 F1414 F1415 F14150 F14151 F14159 F1418 F14180 F14181 F14182
F14188 F1419 F142 F1420 F1421 F1422 F14220 F14221 F14222 F14229 F1423 F1424 F1425 F14250 F14251 F14259
F1428 F14280 F14281 F14282 F14288 F1429 F149 F1490 F1491 F1492 F14920 F14921 F14922 F14929 F1493 F1494
F1495 F14950 F14951 F14959 F1498 F14980 F14981 F14982 F14988 F1499 F15 F151 F1510 F1511 F1512 F15120
F15121 F15122 F15129 F1513 F1514 F1515 F15150 F15151 F15159 F1518 F15180 F15181 F15182 F15188 F1519 F152
F1520 F1521 F1522 F15220 F15221 F15222 F15229 F1523 F1524 F1525 F15250 F15251 F15259 F1528 F15280 F15281
F15282 F15288 F1529 F159 F1590 F1591 F1592 F15920 F15921 F15922 F15929 F1593 F1594 F1595 F15950 F15951
F15959 F1598 F15980 F15981 F15982 F15988 F1599 F16 F161 F1610 F1611 F1612 F16120 F16121 F16122 F16129
F1614 F1615 F16150 F16151 F16159 F1618 F16180 F16183 F16188 F1619 F162 F1620 F1621 F1622 F16220 F16221
F16229 F1624 F1625 F16250 F16251 F16259 F1628 F16280 F16283 F16288 F1629 F169 F1690 F1691 F1692 F16920
F16921 F16929 F1694 F1695 F16950 F16951 F16959 F1698 F16980 F16983 F16988 F1699 F17 F172 F1720 F17200
F17201 F17203 F17208 F17209 F1721 F17210 F17211 F17213 F17218 F17219 F1722 F17220 F17221 F17223 F17228 F17229
F1729 F17290 F17291 F17293 F17298 F17299 F18 F181 F1810 F1811 F1812 F18120 F18121 F18129 F1814 F1815
F18150 F18151 F18159 F1817 F1818 F18180 F18188 F1819 F182 F1820 F1821 F1822 F18220 F18221 F18229 F1824
F1825 F18250 F18251 F18259 F1827 F1828 F18280 F18288 F1829 F189 F1890 F1891 F1892 F18920 F18921 F18929
F1894 F1895 F18950 F18951 F18959 F1897 F1898 F18980 F18988 F1899 F19 F191 F1910 F1911 F1912 F19120
F19121 F19122 F19129 F1913 F19130 F19131 F19132 F19139 F1914 F1915 F19150 F19151 F19159 F1916 F1917 F1918
F19180 F19181 F19182 F19188 F1919 F192 F1920 F1921 F1922 F19220 F19221 F19222 F19229 F1923 F19230 F19231
F19232 F19239 F1924 F1925 F19250 F19251 F19259 F1926 F1927 F1928 F19280 F19281 F19282 F19288 F1929 F199
F1990 F1991 F1992 F19920 F19921 F19922 F19929 F1993 F19930 F19931 F19932 F19939 F1994 F1995 F19950 F19951
F19959 F1996 F1997 F1998 F19980 F19981 F19982 F19988 F1999 F20 F200 F201 F202 F203 F205 F208
F2081 F2089 F209 F21 F22 F23 F24 F25 F250 F251 F258 F259 F28 F29 F30 F301
F3010 F3011 F3012 F3013 F302 F303 F304 F308 F309 F31 F310 F311 F3110 F3111 F3112 F3113
F312 F313 F3130 F3131 F3132 F314 F315 F316 F3160 F3161 F3162 F3163 F3164 F317 F3170 F3171
F3172 F3173 F3174 F3175 F3176 F3177 F3178 F318 F3181 F3189 F319 F32 F320 F321 F322 F323
F324 F325 F328 F3281 F3289 F329 F32A F33 F330 F331 F332 F333 F334 F3340 F3341 F3342
F338 F339 F34 F340 F341 F348 F3481 F3489 F349 F39 F40 F400 F4000 F4001 F4002 F401
F4010 F4011 F402 F4021 F40210 F40218 F4022 F40220 F40228 F4023 F40230 F40231 F40232 F40233 F4024 F40240
F40241 F40242 F40243 F40248 F4029 F40290 F40291 F40298 F408 F409 F41 F410 F411 F413 F418 F419
F42 F422 F423 F424 F428 F429 F43 F430 F431 F4310 F4311 F4312 F432 F4320 F4321 F4322
F4323 F4324 F4325 F4329 F438 F4381 F4389 F439 F44 F440 F441 F442 F444 F445 F446 F447
F448 F4481 F4489 F449 F45 F450 F451 F452 F4520 F4521 F4522 F4529 F454 F4541 F4542 F458
F459 F48 F481 F482 F488 F489 F50 F500 F5000 F5001 F50010 F50011 F50012 F50013 F50014 F50019
F5002 F50020 F50021 F50022 F50023 F50024 F50029 F502 F5020 F5021 F5022 F5023 F5024 F5025 F508 F5081
F50810 F50811 F50812 F50813 F50814 F50819 F5082 F5083 F5084 F5089 F509 F51 F510 F5101 F5102 F5103
F5104 F5105 F5109 F511 F5111 F5112 F5113 F5119 F513 F514 F515 F518 F519 F52 F520 F521
F522 F5221 F5222 F523 F5231 F5232 F524 F525 F526 F528 F529 F53 F530 F531 F54 F55
F550 F551 F552 F553 F554 F558 F59 F60 F600 F601 F602 F603 F604 F605 F606 F607
F608 F6081 F6089 F609 F63 F630 F631 F632 F633 F638 F6381 F6389 F639 F64 F640 F641
F642 F648 F649 F65 F650 F651 F652 F653 F654 F655 F6550 F6551 F6552 F658 F6581 F6589
F659 F66 F68 F681 F6810 F6811 F6812 F6813 F688 F68A F69 F70 F71 F72 F73 F78
F78A F78A1 F78A9 F79 F80 F800 F801 F802 F804 F808 F8081 F8082 F8089 F809 F81 F810
F812 F818 F8181 F8189 F819 F82 F84 F840 F842 F843 F845 F848 F849 F88 F89 F90
F900 F901 F902 F908 F909 F91 F910 F911 F912 F913 F918 F919 F93 F930 F938 F939
F94 F940 F941 F942 F948 F949 F95 F950 F951 F952 F958 F959 F98 F980 F981 F982
F9821 F9829 F983 F984 F985 F988 F989
"""
VOCABULARY_DISORDER_WORDS_AFTER = "trastorno trastorno trouble trouble"
VOCABULARY_DISORDER_SUFFIXES = "störung störungen"
