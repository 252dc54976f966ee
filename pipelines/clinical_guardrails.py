"""
title: Clinical Guardrails
author: therapy-notes-pack
version: 0.1.0
license: MIT
required_open_webui_version: 0.12.0
description: Enforces the pack's rules in code. Refuses session transcripts and requests to diagnose without calling the model, and lists under each draft what to review before signing - diagnoses the clinician did not make, invented quotes, numbers, risk statements and medications, and unfilled placeholders.
"""

# Uploaded to Open WebUI as source text: standard library and pydantic only.
# scripts/check_note.py imports check() from this file, so the command line and
# the chat use the same rules.

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Literal, Optional

from pydantic import BaseModel, Field

# Shared with clinical_note_filter.py: a request the pack answered itself.
REPLY_KEY = "therapy_pack_reply"
REPLY_MODEL = "pack_reply"
FINDINGS_KEY = "therapy_pack_findings"
CLINICIAN_TEXT_KEY = "therapy_pack_clinician_text"
TOOL_ANSWER_KEY = "therapy_pack_tool_answer"  # set by the note filter when a tool's result is relayed
STREAM_STATE_KEY = "therapy_pack_guardrail_stream"

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


# ------------------------------------------------------------------ vocabulary

_PERSONALITY_TYPES = (
    "paranoid", "schizoid", "schizotypal", "antisocial", "borderline", "histrionic", "narcissistic", "avoidant",
    "dependent", r"obsessive[- ]compulsive", "emotionally unstable", "anankastic",
)
# Conditions named without the word "disorder" (ICD-10-CM chapter 5 and DSM-5-TR).
_NAMED_CONDITIONS = (
    "schizophrenia", "schizophreniform", "schizoaffective", "dysthymia", "cyclothymia",
    r"bipolar(?:\s+(?:I{1,2}|1|2|type\s+\w+))?", "major depression", "clinical depression", "manic depression",
    "postpartum depression", "major depressive episode", "manic episode", "hypomanic episode", "psychotic depression",
    "autism", "autistic", r"on the (?:autism )?spectrum", r"asperger'?s?(?: syndrome)?", "agoraphobia",
    "specific phobia", "social phobia", "claustrophobia", "anorexia nervosa", r"bulimia(?: nervosa)?", "pica",
    r"tourette'?s?(?: syndrome)?", "trichotillomania", "excoriation", "kleptomania", "pyromania", "encopresis",
    "enuresis", "dementia", "delirium", r"korsakoff'?s?(?: syndrome)?", "catatonia", "hypochondriasis",
    "gender dysphoria", "fetishism", "exhibitionism", "voyeurism", "pedophilia", "alcoholism", "alcohol dependence",
    "opioid dependence", "substance dependence", "substance abuse", "alcohol abuse",
    r"cluster [abc] (?:personality )?(?:traits|features|disorder)", "multiple personality", "dissociative identity",
    r"depersonali[sz]ation[- ]derealization", r"attention[- ]deficit(?:/|\s+)hyperactivity", r"attention[- ]deficit",
    "dissociative amnesia", "dissociative fugue", "selective mutism", "body dysmorphia", "hoarding", "somatization",
    "melancholia", "prolonged grief", "complicated grief", "seasonal affective", "postpartum psychosis", "brief psychosis",
    "intellectual disability", "learning disability", "dyslexia", "dyscalculia", "dysgraphia", "psychopathy", "sociopathy",
    "paraphilia", "frotteurism", "transvestism", "sexual sadism", "sexual masochism", "nicotine dependence",
) + tuple(rf"{kind}\s+personality(?:\s+(?:disorder|features|traits|style|organi[sz]ation))?" for kind in _PERSONALITY_TYPES)
# The first word of each name above: the full pattern is only tried where one starts,
# which keeps a 3,000-character note to a few milliseconds.
_NAMED_FIRST_WORDS = frozenset(
    "schizophrenia schizophreniform schizoaffective dysthymia cyclothymia bipolar major clinical manic postpartum "
    "hypomanic psychotic autism autistic on asperger asperger's aspergers agoraphobia specific social claustrophobia "
    "anorexia bulimia pica tourette tourette's tourettes trichotillomania excoriation kleptomania pyromania encopresis "
    "enuresis dementia delirium korsakoff korsakoff's catatonia hypochondriasis gender fetishism exhibitionism voyeurism "
    "pedophilia alcoholism alcohol opioid substance cluster multiple dissociative depersonalization depersonalisation "
    "depersonalization-derealization depersonalisation-derealization attention attention-deficit paranoid schizoid "
    "schizotypal antisocial borderline histrionic narcissistic avoidant dependent obsessive obsessive-compulsive "
    "emotionally anankastic selective body hoarding somatization melancholia prolonged complicated seasonal intellectual "
    "learning dyslexia dyscalculia dysgraphia psychopathy sociopathy paraphilia frotteurism transvestism sexual "
    "nicotine brief".split()
)
_NAMED_RE = re.compile(r"(?:" + "|".join(_NAMED_CONDITIONS) + r")(?:\s+disorders?)?\b", re.I)
# Abbreviations, matched case-sensitively as whole words.
_ABBREVIATIONS = frozenset(
    "PTSD C-PTSD CPTSD GAD MDD BPD ADHD ADD OCD OCPD ASD ASPD NPD HPD DID PDD PMDD DMDD SAD AUD SUD OUD ODD RAD DSED "
    "ARFID BED BDD IED SPD MDE BP-I BP-II BPI BPII BD-I BD-II ED-NOS EDNOS PD-NOS".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z][A-Za-z'/-]*\s+){1,4}$")
_SPECIFIER = (
    r"(?:,?\s+with(?:out)?\s+(?:anxiety|depressed\s+mood|mixed\s+anxiety\s+and\s+depressed\s+mood|disturbance\s+of\s+conduct"
    r"|mixed\s+disturbance\s+of\s+emotions\s+and\s+conduct|(?:psychotic|mixed|melancholic|atypical|catatonic)\s+features"
    r"|anxious\s+distress|peripartum\s+onset|seasonal\s+pattern|agoraphobi[ac](?:\s+features)?|panic\s+attacks"
    r"|(?:good|fair|poor|absent)\s+insight|dissociative\s+symptoms|delayed\s+expression|rapid\s+cycling)"
    r"|,\s*(?:mild|moderate|severe|recurrent|single\s+episode|in\s+(?:early\s+|sustained\s+|partial\s+|full\s+)?remission"
    r"|unspecified|chronic|acute|persistent|episodic|combined\s+(?:type|presentation)|predominantly\s+\w+(?:\s+(?:type|presentation))?)"
    r"|,?\s+(?:situational|animal|natural\s+environment|blood-injection-injury|combined|inattentive|hyperactive-impulsive)\s+(?:type|presentation))*"
)
# Patterns below start with a literal where they can: Python's re then skips ahead
# to it instead of trying every position, which keeps a long note to a few ms.
_ICD_CODE = r"F(?<![A-Za-z0-9_]F)\d{2}(?:\.[0-9A-Z]{1,4})?\b"
_DSM_CODE = r"[23](?<![\d./:-][23])(?:9\d|0\d|1\d)\.\d{1,2}(?![\d./:])"

# Words that end a describing phrase before "disorder": they belong to the sentence, not the name.
_NOT_PART_OF_NAME = {
    "a", "an", "the", "of", "for", "with", "has", "have", "had", "is", "are", "was", "were", "be", "been", "and", "or",
    "to", "as", "in", "on", "by", "that", "this", "these", "possible", "probable", "likely", "presumed", "provisional",
    "criteria", "meets", "meet", "consistent", "fits", "fit", "suggests", "suggest", "suggestive", "indicates", "indicate",
    "reflects", "reflect", "rule", "out", "diagnosis", "diagnostic", "impression", "dx", "client", "client's", "her",
    "his", "their", "comorbid", "co-occurring", "features", "traits", "symptoms", "no", "not", "any", "history",
    "differential", "vs", "versus", "from", "about", "given", "mild", "moderate", "severe", "current", "documented",
}
_CODE_RES = (re.compile(_ICD_CODE), re.compile(_DSM_CODE))
_SPECIFIER_RE = re.compile(_SPECIFIER, re.I)

_DIAGNOSTIC_PHRASES = re.compile(
    r"\b(?:meets?|met|meeting|fulfils?|fulfills?|satisf(?:y|ies|ied))\s+(?:full\s+|the\s+|DSM(?:-5)?(?:-TR)?\s+)*criteria\b"
    r"|\b(?:diagnostic|clinical)\s+(?:impressions?|considerations?|formulation)\b"
    r"|\bdifferentials?(?:\s+diagnos[ie]s)?\s*(?::|\bincludes?\b|\bof\b|\bbetween\b|\bis\b|\bare\b)|\bdifferential\s+diagnos[ie]s\b"
    r"|\br/o\b|\b(?:provisional|working|tentative)\s+(?:diagnosis|dx)\b|\bdx\s*:",
    re.I,
)
# Diagnoses the clinician says they made.
_CLINICIAN_DIAGNOSIS = re.compile(
    r"\b(?:I|we)\s+(?:have\s+|'ve\s+|had\s+)?(?:diagnosed|made\s+(?:a|the|my)\s+(?:dx|diagnosis)|gave\s+(?:a|the)\s+(?:dx|diagnosis))\b"
    r"|\bmy\s+(?:diagnosis|dx|intake|assessment|eval(?:uation)?)\b"
    r"|\bdx\s+(?:on\s+file|per|from|at\s+intake)\b|\bclinician\s+dx\b|\bdiagnosis\s+(?:on\s+file|from\s+(?:my\s+)?intake)\b"
    r"|\b(?:documented|existing|established)\s+diagnosis\b|\bdx\s*\(my\b|\b(?:psychiatrist|doctor|physician|PCP)\s+diagnosed\b"
    r"|\bdx\s+from\s+(?:her|his|their)\s+(?:psychiatrist|doctor|physician|PCP)\b",
    re.I,
)
_UNDECIDED = re.compile(
    r"\b(?:haven't|have\s+not|not\s+yet|still)\s+(?:settled|decided|made|sure|assessing|diagnosed|determined)|\bnot\s+sure\s+(?:what|which|of)\b",
    re.I,
)

# Asking the assistant for a diagnosis or a code, whatever condition is named.
_DIAGNOSIS_ASK = re.compile(
    r"\b(?:what|which)(?:'s|\s+is|\s+are|\s+would\s+be)?\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+|my\s+|best\s+|likely\s+|most\s+likely\s+|right\s+|correct\s+|possible\s+)*"
    r"(?:diagnos[ie]s|dx|disorder|condition)\b"
    r"|\b(?:what|which)\b[^.?!\n]{0,40}\bcodes?\b|\bcode\s+(?:it|this|her|him|them)\s+as\b"
    r"|\b(?:pick|choose|select|assign|suggest|recommend|determine|identify|provide|give|offer|list|make|come\s+up\s+with"
    r"|figure\s+out|decide\s+on|settle\s+on|propose)\s+(?:me\s+|us\s+)?(?:an?\s+|the\s+|some\s+|a\s+few\s+|few\s+|several\s+|possible\s+|likely\s+"
    r"|differential\s+|best\s+|appropriate\s+|right\s+|billing\s+|diagnostic\s+|ICD(?:-10)?(?:-CM)?\s+|DSM(?:-5)?(?:-TR)?\s+)*"
    r"(?:diagnos[ie]s|dx|differentials?|diagnostic\s+codes?)\b"
    r"|\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:help\s+(?:me\s+)?)?diagnose\b|(?:^\s*|(?<=[.?!]\s)|\bplease\s+)diagnose\b",
    re.I | re.M,
)
# Asking whether a named condition applies: counts only when the sentence names one.
_CONDITION_QUESTION = re.compile(
    r"\b(?:could|might|may|does|do|would|can)\s+(?:this|it|that|she|he|they|the\s+client|my\s+client|[A-Z][a-z]+)\s+"
    r"(?:be|have|has|meet|meets|fit|fits|qualify|sound|look|seem|count)\b"
    r"|\b(?:is|are)\s+(?:this|it|that|she|he|they)\b(?=[^.!\n]*\?)|\byour\s+(?:best\s+guess|opinion|impression|take)\b"
    r"|\b(?:check|tell\s+me|say|decide|determine|confirm|assess|see|know|wondering|ask(?:ing)?)\s+(?:if|whether)\b",
    re.I,
)
# Session content, not a request: "Client asked whether she might have ADHD".
_SOMEONE_ELSE_ASKS = re.compile(
    r"\b(?:client|she|he|they|mom|mother|dad|father|parent|partner|husband|wife|teacher)\s+(?:\w+\s+)?"
    r"(?:asked|asks|asking|wants|wanted|requested|wondered|wonders|wondering)\b",
    re.I,
)
_DIAGNOSTIC_PHRASE_FIRST = frozenset(
    "meet meets met meeting fulfil fulfils fulfill fulfills satisfy satisfies satisfied diagnostic clinical differential "
    "differentials r provisional working tentative dx".split()
)
_FORBIDS_DIAGNOSIS = re.compile(r"\b(?:don'?t|do\s+not|never|no|without|avoid|leave\s+out)\b[^.?!\n]{0,30}\bdiagnos", re.I)
_CODE_REQUEST = re.compile(r"\bcodes?\b", re.I)

_RISK_OBJECT = (
    r"(?:SI(?:\s*/\s*HI)?|HI|(?:suicidal|homicidal)(?:\s+(?:or|and|/)\s+(?:suicidal|homicidal))?(?:\s+(?:ideation|thoughts|intent|plans?|urges|behaviou?rs?))?"
    r"|self[- ]harm(?:\s+(?:urges|behaviou?rs?|ideation|thoughts))?"
    r"|(?:urges?|thoughts?|intent|plans?)\s+(?:to|of)\s+(?:self[- ]harm|harm(?:ing)?\s+(?:her|him|them|your|my)sel(?:f|ves)|suicide"
    r"|kill(?:ing)?\s+(?:her|him|them)sel(?:f|ves)|die|hurt(?:ing)?\s+(?:her|him|them)sel(?:f|ves)|harm(?:ing)?\s+others)"
    r"|safety\s+concerns|risk\s+(?:to\s+self|factors))"
)
_RISK_STATEMENT = re.compile(
    rf"(?:(?:the\s+)?client\s+|she\s+|he\s+|they\s+)?(?:denie[sd]|denying|den(?:y|ies)\s+any|no(?:\s+current|\s+active|\s+reported)?|negative\s+for|without)\s+"
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
_RISK_STATEMENT_FIRST = frozenset(
    "denied denies denying deny no negative without safety reviewed updated completed revised created contracted "
    "low moderate high minimal risk not the client she he they".split()
)
_RISK_CONTENT = re.compile(
    r"\b(?:SI|HI|suicid\w*|homicid\w*|self[- ]?harm\w*|safety\s+plan|risk|crisis|overdose|lethal|kill\w*|cutting|C-SSRS|PHQ-9\s+item\s+9)\b", re.I
)

_MEDICATION_NAMES = frozenset((
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
    "semaglutide ozempic wegovy").split())
_MEDICATION_SUFFIXES = ("zepam", "zolam", "oxetine", "pramine", "triptyline", "apine", "idone", "afaxine", "profen")
# Drug classes and names of two words: tried only where their first word appears.
_MEDICATION_PHRASE = re.compile(
    r"(?:birth\s+control|oral\s+contraceptives?|mood\s+stabili[sz]ers?|sleeping\s+pills?|antidepressants?|ssris?"
    r"|snris?|benzodiazepines?|benzos?|stimulants?|antipsychotics?)\b",
    re.I,
)
_MEDICATION_PHRASE_FIRST = frozenset(
    "birth oral mood sleeping antidepressant antidepressants ssri ssris snri snris benzodiazepine benzodiazepines "
    "benzo benzos stimulant stimulants antipsychotic antipsychotics".split()
)

_QUOTE = re.compile(r"“[^”\n]{2,300}”|\"[^\"\n]{2,300}\"|‘[^’\n]{2,300}’(?!\w)|(?<![\w'])'[^'\n]{2,300}'(?![\w'])")
_NUMBER = re.compile(r"\d(?<![\w.]\d)\d*(?:[.,:/]\d+)*(?:st|nd|rd|th)?(?![\d])")
_ANY_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "ninety": 90, "hundred": 100, "twice": 2, "thrice": 3, "half": 0.5, "dozen": 12,
}
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)
_PLACEHOLDER_MARKS = ("[", "{{", "<", "XX", "xx", "___", "TBD", "TK")
_PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{1,60}\]|\{\{[^{}\n]{1,60}\}\}|<(?:insert|add|enter|client|date|name)[^<>\n]{0,50}>|\b(?:XX|xx)/(?:XX|xx)(?:/(?:XX|xx)+)?\b|_{3,}|\bTBD\b|\bTK\b",
)

# ---------------------------------------------------------------- transcripts

# A speaker label: a role, a name of up to three words ("Dr. Okafor", "Mom"), or a
# diarized label ("Speaker 2", "SPEAKER_01"), optionally with a timestamp.
_ROLE = r"(?i:therapist|client|counsel+or|patient|clinician|interviewer|provider|pt|th|cl|speaker[ _]?\d+|person\s*\d+)"
_NAME = r"(?:[A-Z][\w.'’-]{0,20}(?:\s+[A-Z][\w.'’-]{0,20}){0,2}|[A-Z]{1,2})"
_TIMESTAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?"
_TURN = re.compile(
    rf"(?:^|(?<=[.?!\"'’”]\s)|(?<=[.?!]\s\s))[ \t>*-]*(?P<ts1>{_TIMESTAMP}\s*)?(?P<speaker>{_ROLE}|{_NAME})"
    rf"(?:\s*(?P<ts2>{_TIMESTAMP})|\s*\([^)\n]{{0,20}}\))?\s*[:：]\s+(?P<said>[^\n]*?)(?=\s+(?:{_TIMESTAMP}\s*)?(?:{_ROLE}|[A-Z]{{1,2}})\s*:\s|$)",
    re.M,
)
_SUBTITLE_TIMING = re.compile(rf"^\s*{_TIMESTAMP}\s*-->\s*{_TIMESTAMP}\s*$", re.M)
_SPEECH = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|me|my|you|you're|your|we|let's|okay|yeah|um|uh|honestly)\b|\w(?:n't|'re|'ve|'ll|'m)\b|[?]|\.\.\.",
    re.I,
)


def find_transcript(text: str, source: str = "bullets") -> list[Finding]:
    """A verbatim session transcript: speakers taking turns, in their own first- and second-person words.

    Labelled bullets ("Mood: anxious", "Plan: ...") name each field once, and
    shorthand ("T: reflected flatness") is not speech, so neither counts.
    """
    turns = [t for t in _TURN.finditer(text) if t.group("said").strip()]
    subtitles = len(_SUBTITLE_TIMING.findall(text))
    if len(turns) < 4 and subtitles < 2:
        return []
    speakers = [re.sub(r"\W+", "", t.group("speaker").lower()) for t in turns]
    counts = {s: speakers.count(s) for s in set(speakers)}
    repeated = sum(1 for n in counts.values() if n >= 2)
    changes = sum(1 for a, b in zip(speakers, speakers[1:]) if a != b)
    timed = sum(1 for t in turns if t.group("ts1") or t.group("ts2"))
    speechlike = sum(1 for t in turns if _SPEECH.search(t.group("said")))
    taking_turns = repeated >= 2 and changes >= 3
    if not (subtitles >= 2 or (taking_turns and (timed >= 3 or speechlike >= (len(turns) + 1) // 2))):
        return []
    start = min([t.start("speaker") if not t.group("ts1") else t.start("ts1") for t in turns[:1]]
                + [m.start() for m in _SUBTITLE_TIMING.finditer(text)][:1] or [0])
    end = max([turns[-1].end()] if turns else [len(text.rstrip())])
    return [Finding(
        "transcript", text[start:end], start, end, source,
        f"{len(turns)} speaker turns that read as a verbatim session transcript.",
    )]


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


# -------------------------------------------------------------------- helpers


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text.lower()).strip()


def _norm_phrase(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", _norm(text)).strip()


_SENTENCE_END = re.compile(r"[.?!](?=\s|$)|\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]; a full stop inside a code such as F40.10 does not end it."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    right = _SENTENCE_END.search(text, end)
    s, e = left, (right.end() if right else len(text))
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


class _Words:
    """The words of a text, found once and shared by every rule that starts from a word."""

    def __init__(self, text: str):
        self.items = [(m.start(), m.group()) for m in _WORD.finditer(text)]
        self.lower = {word.lower() for _, word in self.items}
        self.exact = {word for _, word in self.items} | {w[:-2] for _, w in self.items if w.endswith("'s")}

    def at(self, wanted: frozenset) -> list[tuple[int, str]]:
        """(start, word) for each word whose lower-case form is in ``wanted``, in text order."""
        if self.lower.isdisjoint(wanted):
            return []
        return [(start, word) for start, word in self.items if word.lower() in wanted]


def _matches_at_words(pattern: re.Pattern, first_words: frozenset, text: str, words: _Words) -> list[re.Match]:
    """Matches of ``pattern`` tried only where one of its possible first words starts."""
    found, end = [], 0
    for start, _ in words.at(first_words):
        hit = pattern.match(text, start) if start >= end else None
        if hit:
            found.append(hit)
            end = hit.end()
    return found


def _numbers_in(text: str) -> set[str]:
    """Every number the clinician's text states, as digit strings: '5 of 7', '50mg', 'x3', '12:30-6:30', 'two'."""
    found: set[str] = set()
    for token in _ANY_NUMBER.findall(text):
        found.add(token)
        found.update(p for p in re.split(r"[.,:/]", token) if p)
    for match in _WORD.finditer(text):
        value = _NUMBER_WORDS.get(match.group().lower())
        if value is not None:
            found.add(_fmt(value))
    return {n.lstrip("0") or "0" for n in found}


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


# ------------------------------------------------------------------ detectors


_DISORDER_WORDS = frozenset({"disorder", "disorders"})
_GENERIC_NAME_WORDS = {"mental", "psychiatric", "psychological", "thought", "major", "other", "unspecified"}
_EQUIVALENT = {
    "ptsd": "posttraumatic stress disorder", "post traumatic stress disorder": "posttraumatic stress disorder",
    "gad": "generalized anxiety disorder", "mdd": "major depressive disorder", "bpd": "borderline personality disorder",
    "adhd": "attention deficit hyperactivity disorder", "ocd": "obsessive compulsive disorder",
    "ocpd": "obsessive compulsive personality disorder", "asd": "autism spectrum disorder",
    "aud": "alcohol use disorder", "sud": "substance use disorder", "npd": "narcissistic personality disorder",
}


def _diagnosis_terms(text: str, words: Optional[_Words] = None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every diagnosis name or code in the text."""
    words = words or _Words(text)
    terms = [(m.start(), m.end(), "code") for pattern in _CODE_RES for m in pattern.finditer(text)]
    abbreviations = words.exact & _ABBREVIATIONS
    for start, word in words.items if abbreviations else ():
        bare = word[:-2] if word.endswith("'s") else word
        if bare in abbreviations:
            terms.append((start, _with_specifier(text, start + len(bare)), "abbreviation"))
    for start, _ in words.at(_NAMED_FIRST_WORDS):
        named = _NAMED_RE.match(text, start)
        if named:
            terms.append((start, _with_specifier(text, named.end()), "named"))
    for at, word in words.at(_DISORDER_WORDS):
        # Keep only the describing words next to "disorder" ("meets criteria for panic disorder").
        before = _WORDS_BEFORE.search(text, max(0, at - 80), at)
        start = at
        for previous in reversed(list(_WORD.finditer(before.group()))) if before else []:
            if previous.group().lower() in _NOT_PART_OF_NAME:
                break
            start = before.start() + previous.start()
        name = text[start:at].split()
        if not name or (len(name) == 1 and name[0].lower() in _GENERIC_NAME_WORDS):
            continue
        terms.append((start, _with_specifier(text, at + len(word)), "disorder"))
    # One finding per place: the longest term wins where terms overlap.
    terms.sort(key=lambda t: (t[0], -t[1]))
    kept: list[tuple[int, int, str]] = []
    for term in terms:
        if kept and term[0] < kept[-1][1]:
            continue
        kept.append(term)
    return kept


def _with_specifier(text: str, end: int) -> int:
    spec = _SPECIFIER_RE.match(text, end)
    return spec.end() if spec else end


def _mentions(key: str, text_norm: str) -> bool:
    return bool(key) and re.search(r"(?<![a-z0-9])" + re.escape(key) + r"(?![a-z0-9])", text_norm) is not None


def _without_disorder(key: str) -> str:
    """'bipolar i disorder' restates the clinician's 'bipolar I'; 'panic disorder' does not restate 'panic'."""
    short = re.sub(r" disorders?$", "", key)
    return short if re.search(r" (?:i{1,2}|[12])$", short) else key


def _supplied(term: str, clinician_norm: str) -> bool:
    """Whether the clinician's own words already contain this diagnosis (its name, abbreviation or code)."""
    key = _norm_phrase(term)
    head = _norm_phrase(term.split(",")[0])  # "MDD, recurrent" restates "MDD"
    keys = {key, head, _EQUIVALENT.get(key, key), _EQUIVALENT.get(head, head), _without_disorder(head)}
    keys |= {abbr for abbr, name in _EQUIVALENT.items() if name in keys}
    return any(_mentions(k, clinician_norm) for k in keys)


def find_diagnoses(note: str, clinician_text: str, words: Optional[_Words] = None) -> list[Finding]:
    words = words or _Words(note)
    clinician_norm = _norm_phrase(clinician_text)
    terms = _diagnosis_terms(note, words)
    findings = [
        Finding("diagnosis", note[start:end], start, end, "note",
                f"Names {'a diagnostic code' if kind == 'code' else 'a diagnosis'} that is not in your notes. "
                "The pack does not diagnose: keep it only if it is your diagnosis.")
        for start, end, kind in terms
        if not _supplied(note[start:end], clinician_norm)
    ]
    # Diagnostic wording ("Differential includes X versus Y", "meets criteria based on ...") is one
    # finding to the end of its sentence, covering the conditions it names, unless they are the clinician's.
    for match in _matches_at_words(_DIAGNOSTIC_PHRASES, _DIAGNOSTIC_PHRASE_FIRST, note, words):
        s, e = _sentence_bounds(note, match.start(), match.end())
        wording = note[match.start():e].rstrip(".;")
        end = match.start() + len(wording)
        named = [t for t in terms if match.start() <= t[0] < end]
        if any(_supplied(note[a:b], clinician_norm) for a, b, _ in named) or _norm_phrase(wording) in clinician_norm:
            continue
        findings = [f for f in findings if not match.start() <= f.start < end]
        findings.append(Finding("diagnosis", wording, match.start(), end, "note",
                                "Diagnostic wording that is not in your notes. The pack does not diagnose."))
    return sorted(findings, key=lambda f: f.start)


def find_diagnosis_requests(request: str, source: str = "request", clinician_text: str = "") -> list[Finding]:
    """Sentences asking the assistant to diagnose, judge criteria, or code an undiagnosed condition."""
    context = f"{request}\n{clinician_text}"
    # Coding a diagnosis the clinician says was made is documentation, not a request to diagnose.
    made = bool(_CLINICIAN_DIAGNOSIS.search(context)) and not _UNDECIDED.search(context)
    findings: list[Finding] = []
    sentences = {_sentence_bounds(request, m.start(), m.end()): m for m in _DIAGNOSIS_ASK.finditer(request)}
    for m in _CONDITION_QUESTION.finditer(request):
        s, e = _sentence_bounds(request, m.start(), m.end())
        if (s, e) not in sentences and (_diagnosis_terms(request[s:e]) or re.search(r"criteria|diagnos", request[s:e], re.I)):
            sentences[(s, e)] = m
    for (s, e), m in sorted(sentences.items()):
        sentence = request[s:e]
        if _FORBIDS_DIAGNOSIS.search(sentence) or _SOMEONE_ELSE_ASKS.search(sentence):
            continue
        if made and _CODE_REQUEST.search(sentence) and not re.search(r"criteria|fits?\b|sounds?\s+like", sentence, re.I):
            continue
        findings.append(Finding("diagnosis_request", sentence, s, e, source,
                                "Asks for a diagnostic opinion. The pack documents your diagnosis; it does not make one."))
    return findings


def _medications(text: str, words: _Words) -> list[tuple[int, int]]:
    by_suffix = frozenset(w for w in words.lower if w.endswith(_MEDICATION_SUFFIXES))
    found = [(start, start + len(word)) for start, word in words.at(_MEDICATION_NAMES | by_suffix)]
    for start, _ in words.at(_MEDICATION_PHRASE_FIRST):
        phrase = _MEDICATION_PHRASE.match(text, start)
        if phrase:
            found.append(phrase.span())
    return sorted(found)


def find_unsupported(note: str, clinician_text: str, words: Optional[_Words] = None) -> list[Finding]:
    words = words or _Words(note)
    clinician_norm = _norm(clinician_text)
    clinician_loose = _norm_phrase(clinician_text)
    numbers = _numbers_in(clinician_text)
    findings: list[Finding] = []

    def add(start: int, end: int, message: str) -> None:
        if not any(f.start < end and start < f.end for f in findings):
            findings.append(Finding("unsupported", note[start:end], start, end, "note", message))

    for match in _QUOTE.finditer(note):
        inner = _norm_phrase(match.group()[1:-1])
        if inner and inner not in clinician_loose:
            add(*match.span(), "A quotation that is not in your notes. Keep only words you recorded.")
    if not _RISK_CONTENT.search(clinician_text):
        for match in _matches_at_words(_RISK_STATEMENT, _RISK_STATEMENT_FIRST, note, words):
            add(*match.span(), "A risk statement, but your notes contain no risk assessment.")
    for start, end in _medications(note, words):
        if not _mentions(_norm_phrase(note[start:end]), clinician_loose):
            add(start, end, "A medication that is not in your notes.")
    for match in _NUMBER.finditer(note):
        token = re.sub(r"(?:st|nd|rd|th)$", "", match.group())
        parts = {p.lstrip("0") or "0" for p in re.split(r"[.,:/]", token) if p}
        whole = token.lstrip("0") or "0"
        if whole in numbers or (parts <= numbers and not re.search(r"[/:]", token)):
            continue
        add(*match.span(), "A number (age, duration, frequency, dose, date or score) that is not in your notes.")
    for start, word in words.at(_NUMBER_WORD_SET):
        word = word.lower()
        if not _mentions(word, clinician_norm) and _fmt(_NUMBER_WORDS[word]) not in numbers:
            add(start, start + len(word), "A number that is not in your notes.")
    return findings


def find_placeholders(note: str, clinician_text: str) -> list[Finding]:
    clinician_norm = _norm(clinician_text)
    if not any(mark in note for mark in _PLACEHOLDER_MARKS):
        return []
    return [
        Finding("placeholder", m.group(), m.start(), m.end(), "note", "An unfilled placeholder: fill it in or remove it.")
        for m in _PLACEHOLDER.finditer(note)
        if _norm(m.group()) not in clinician_norm
    ]


def _blank(text: str, findings: list[Finding]) -> str:
    for f in findings:
        text = text[: f.start] + " " * (f.end - f.start) + text[f.end :]
    return text


def check(bullets: str = "", request: str = "", note: str = "") -> list[Finding]:
    """All findings for one draft: the clinician's request and bullets, and the note the model wrote."""
    requests = find_diagnosis_requests(request, "request", bullets)
    # A condition the clinician only asks about ("could he have ADHD?") is not theirs to restate.
    clinician_text = f"{_blank(request, requests)}\n{bullets}"
    findings = find_transcript(bullets, "bullets") + find_transcript(request, "request") + requests
    if note:
        words = _Words(note)
        findings += find_diagnoses(note, clinician_text, words)
        findings += find_unsupported(note, clinician_text, words)
        findings += find_placeholders(note, clinician_text)
    order = {"note": 0, "request": 1, "bullets": 2}
    return sorted(findings, key=lambda f: (order[f.source], f.start, f.kind))


# ---------------------------------------------------------- what is shown


def review_list(findings: list[Finding]) -> str:
    """The "Review before signing" list shown under a draft."""
    shown = [f for f in findings if f.source == "note"]
    if not shown:
        return ""
    lines = ["---", "**Review before signing**"]
    for f in shown:
        quoted = f.text if len(f.text) <= 120 else f.text[:117] + "..."
        lines.append(f"- \u201c{quoted}\u201d - {f.message}")
    return "\n".join(lines)


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


def _last_user_text(messages: list[dict]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return "\n".join(p.get("text", "") for p in content if isinstance(p, dict))
            return content or ""
    return ""


def _user_texts(messages: list[dict]) -> str:
    texts = []
    for message in messages:
        if message.get("role") == "user":
            content = message.get("content")
            texts.append("\n".join(p.get("text", "") for p in content if isinstance(p, dict)) if isinstance(content, list) else content or "")
    return "\n".join(texts)


def _is_preset(model: Optional[dict]) -> bool:
    return isinstance((((model or {}).get("info") or {}).get("meta") or {}).get("therapy_pack"), dict)


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

    async def inlet(self, body: dict, __model__: Optional[dict] = None, __event_emitter__=None) -> dict:
        if not _is_preset(__model__):
            return body
        await self._status(__event_emitter__, "Checking your notes...", False)
        messages = body.get("messages") or []
        text = _last_user_text(messages)
        metadata = body.setdefault("metadata", {})
        reply = None
        if find_transcript(text, "request"):
            reply = TRANSCRIPT_REPLY
        elif find_diagnosis_requests(text):
            reply = DIAGNOSIS_REPLY
        if reply:
            # Answered here: the request goes to the pack's reply function, never to the model.
            metadata[REPLY_KEY] = reply
            body["model"] = REPLY_MODEL
            await self._status(__event_emitter__, "Answered by the pack; nothing was sent to the model", True)
        else:
            # What the draft will be checked against once it is written.
            metadata[CLINICIAN_TEXT_KEY] = _user_texts(messages)
            await self._status(__event_emitter__, "Notes checked", True)
        return body

    def _final(self, note: str, clinician_text: str, metadata: Optional[dict]) -> str:
        findings = check(bullets=clinician_text, note=note)
        if metadata is not None:
            metadata[FINDINGS_KEY] = [f.as_dict() for f in findings]
        return apply_findings(note, findings, self.valves.diagnosis_action)

    async def stream(self, event: dict, __model__: Optional[dict] = None, __metadata__: Optional[dict] = None,
                     __event_emitter__=None) -> dict:
        choices = event.get("choices") if isinstance(event, dict) else None
        if (not _is_preset(__model__) or __metadata__ is None or not choices
                or __metadata__.get(REPLY_KEY) or __metadata__.get(TOOL_ANSWER_KEY)):
            return event
        choice = choices[0]
        delta = choice.get("delta") or {}
        content = delta.get("content")
        finished = bool(choice.get("finish_reason"))
        if content is None and not finished:
            return event
        state = __metadata__.setdefault(STREAM_STATE_KEY, {"note": "", "sent": 0})
        state["note"] += content or ""
        if finished:
            full = self._final(state["note"], __metadata__.get(CLINICIAN_TEXT_KEY, ""), __metadata__)
            count = sum(1 for f in __metadata__[FINDINGS_KEY] if f["source"] == "note")
            await self._status(__event_emitter__, f"Draft checked: {count} item(s) to review" if count else "Draft checked: nothing to review", True)
            sent = state["note"][: state["sent"]]
            # Flag mode has streamed the draft already; redact and block held it back until now.
            shown = full[len(sent):] if full.startswith(sent) else "\n\n" + full
        elif self.valves.diagnosis_action == "flag":
            shown = content or ""
        else:
            shown = ""
        state["sent"] += len(shown)
        choice["delta"] = {**delta, "content": shown}
        return event

    def outlet(self, body: dict, __model__: Optional[dict] = None, __metadata__: Optional[dict] = None) -> dict:
        messages = body.get("messages") or []
        if (not _is_preset(__model__) or not messages or messages[-1].get("role") != "assistant"
                or (__metadata__ or {}).get(TOOL_ANSWER_KEY)):
            return body
        content = messages[-1].get("content") or ""
        if "**Review before signing**" in content or content in (TRANSCRIPT_REPLY, DIAGNOSIS_REPLY) or content.startswith("This draft was withheld"):
            return body
        messages[-1]["content"] = self._final(content, _user_texts(messages[:-1]), None)
        return body
