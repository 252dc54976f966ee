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
    "emotionally anankastic".split()
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
    r"|\bdiagnostic\s+impressions?\b|\bdifferential(?:\s+diagnos[ie]s)?\s*:|\bdifferential\s+diagnos[ie]s\b"
    r"|\brule[sd]?\s+out\b|\br/o\b|\bprovisional\s+diagnosis\b|\bworking\s+diagnosis\b"
    r"|\bdx\s*:",
    re.I,
)
# Diagnoses the clinician says they made.
_CLINICIAN_DIAGNOSIS = re.compile(
    r"\b(?:I|we)\s+(?:have\s+|'ve\s+|had\s+)?diagnosed\b|\bmy\s+(?:diagnosis|dx|intake|assessment|eval(?:uation)?)\b"
    r"|\bdx\s+(?:on\s+file|per|from|at\s+intake)\b|\bclinician\s+dx\b|\bdiagnosis\s+(?:on\s+file|from\s+(?:my\s+)?intake)\b"
    r"|\b(?:documented|existing|established)\s+diagnosis\b|\bdx\s*\(my\b",
    re.I,
)
_UNDECIDED = re.compile(
    r"\b(?:haven't|have\s+not|not\s+yet|still)\s+(?:settled|decided|made|sure|assessing|diagnosed|determined)|\bnot\s+sure\s+(?:what|which|of)\b",
    re.I,
)

# Requests for a diagnostic opinion, addressed to the assistant.
_DIAGNOSIS_REQUEST = re.compile(
    r"\b(?:what|which)(?:'s|\s+is|\s+are|\s+would\s+be)?\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+|my\s+|best\s+|likely\s+|most\s+likely\s+|right\s+|correct\s+|possible\s+)*"
    r"(?:diagnos[ie]s|dx|disorder|condition)\b"
    r"|\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:help\s+(?:me\s+)?)?(?:diagnose|suggest\s+(?:a\s+)?diagnos|give\s+(?:me\s+)?(?:a\s+)?diagnos|come\s+up\s+with\s+(?:a\s+)?diagnos)"
    r"|(?:^\s*|(?<=[.?!]\s)|\bplease\s+)(?:diagnose|suggest\s+(?:a\s+|possible\s+)?diagnos[ie]s|give\s+(?:me\s+)?(?:a\s+)?(?:diagnosis|dx)|provide\s+(?:a\s+)?(?:diagnosis|dx))\b"
    r"|\b(?:does|do|would|could|might)\s+(?:she|he|they|the\s+client|my\s+client|this\s+client|this|it)\s+(?:meet|fit|qualify|satisfy)\b"
    r"|\b(?:does|do)\s+(?:this|that|it|she|he|they)\s+(?:sound|look|seem)\s+like\b"
    r"|\b(?:tell\s+me|know|wondering|ask(?:ing)?)\s+(?:if|whether)\s+(?:this|it|she|he|they|the\s+client)\s+(?:is|has|have|meets?|could\s+be)\b"
    r"|\bis\s+(?:this|it|she|he)\s+(?:more\s+(?:like\s+)?|likely\s+|probably\s+)?(?:a\s+case\s+of\s+)?(?=[^.?!\n]{0,60}(?:disorder|" + "|".join(_ABBREVIATIONS) + r"|bipolar|autis|adjustment|depress|anxiety|ptsd))"
    r"|\b(?:what|which)(?:'s|\s+is)?\s+(?:the\s+|an?\s+)?(?:ICD(?:-?10)?(?:-CM)?|DSM(?:-5)?(?:-TR)?|diagnos\w*|billing|dx)?\s*codes?\b(?:\s+(?:should|do|would|could|can|to)\b)?"
    r"|\bwhich\s+code\s+to\s+(?:bill|use)\b|\bcode\s+(?:it|this|her|him|them)\s+as\b",
    re.I | re.M,
)
_DIAGNOSTIC_PHRASE_FIRST = frozenset(
    "meet meets met meeting fulfil fulfils fulfill fulfills satisfy satisfies satisfied diagnostic differential "
    "rule rules ruled r provisional working dx".split()
)
_FORBIDS_DIAGNOSIS = re.compile(r"\b(?:don'?t|do\s+not|never|no|without|avoid|leave\s+out)\b[^.?!\n]{0,30}\bdiagnos", re.I)
_CODE_REQUEST = re.compile(r"\bcodes?\b", re.I)

_RISK_STATEMENT = re.compile(
    r"\b(?:denie[sd]|denying|den(?:y|ies)\s+any|no(?:\s+current|\s+active|\s+reported)?|negative\s+for|without)\s+(?:any\s+|current\s+|active\s+|passive\s+)*"
    r"(?:SI(?:\s*/\s*HI)?|HI|suicidal(?:\s+(?:or\s+homicidal\s+)?(?:ideation|thoughts|intent|plan|urges))?|homicidal(?:\s+(?:ideation|thoughts|intent))?"
    r"|self[- ]harm(?:\s+(?:urges|behaviou?rs?|ideation))?|thoughts\s+of\s+(?:self[- ]harm|suicide|harming)|safety\s+concerns|risk\s+(?:to\s+self|factors))\b"
    r"(?:\s+(?:was\s+|were\s+)?(?:reported|endorsed|noted|present|indicated))?"
    r"|\bsafety\s+plan\s+(?:was\s+|has\s+been\s+|is\s+)?(?:reviewed|updated|completed|revised|created|in\s+place|remains\s+(?:current|in\s+place))"
    r"|\b(?:reviewed|updated|completed|revised|created)\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+|client's\s+)?safety\s+plan\b"
    r"|\bcontracted\s+for\s+safety\b|\b(?:low|moderate|high|no|minimal)\s+(?:suicide\s+|acute\s+|imminent\s+)?risk\b"
    r"|\brisk\s+assessment\s+(?:was\s+)?(?:completed|conducted|performed)\b|\bnot\s+(?:a\s+)?(?:danger|at\s+risk)\s+to\s+(?:self|others)\b",
    re.I,
)
_RISK_STATEMENT_FIRST = frozenset(
    "denied denies denying deny no negative without safety reviewed updated completed revised created contracted "
    "low moderate high minimal risk not".split()
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

_SPEAKER = (
    r"(?:therapist|client|counsel(?:l)?or|patient|clinician|interviewer|provider|pt|th|dr\.?\s*[A-Z][a-z]+|"
    r"speaker\s*\d+|person\s*\d+|[TCPQA]|S\d+)"
)
_TIMESTAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?"
_TURN = re.compile(
    rf"^[ \t>*-]*(?P<ts1>{_TIMESTAMP}\s*)?(?P<speaker>{_SPEAKER})\s*(?P<ts2>{_TIMESTAMP})?\s*[:：]\s*(?P<said>\S.*)$",
    re.I | re.M,
)
_SPEECH = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|you|you're|your|we|let's|okay|yeah|um|uh|honestly|so)\b|[?]|\.\.\.", re.I)


def find_transcript(text: str, source: str = "bullets") -> list[Finding]:
    """Verbatim speaker turns: several alternating labelled turns of first- or second-person speech, or timestamps."""
    turns = list(_TURN.finditer(text))
    if len(turns) < 3:
        return []
    speakers = [re.sub(r"\s+", "", t.group("speaker").lower()) for t in turns]
    changes = sum(1 for a, b in zip(speakers, speakers[1:]) if a != b)
    timed = sum(1 for t in turns if t.group("ts1") or t.group("ts2"))
    numbered = sum(1 for s in speakers if re.match(r"(?:speaker|person)\d+|s\d+$", s))
    speechlike = sum(1 for t in turns if _SPEECH.search(t.group("said")))
    if len(set(speakers)) < 2 or changes < 2:
        return []
    if not (timed >= 3 or numbered >= 3 or speechlike >= max(3, (len(turns) + 1) // 2)):
        return []
    start, end = turns[0].start("speaker") if not turns[0].group("ts1") else turns[0].start("ts1"), turns[-1].end()
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


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(ch, 0, start) for ch in ".?!\n")
    rights = [i for i in (text.find(ch, end) for ch in ".?!\n") if i >= 0]
    s = left + 1
    e = (min(rights) + 1) if rights else len(text)
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
            terms.append((start, start + len(bare), "abbreviation"))
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


def _supplied(term: str, clinician_norm: str) -> bool:
    """Whether the clinician's own words already contain this diagnosis (its name, abbreviation or code)."""
    key = _norm_phrase(term)
    head = _norm_phrase(term.split(",")[0])  # "MDD, recurrent" restates "MDD"
    keys = {key, head, _EQUIVALENT.get(key, key), _EQUIVALENT.get(head, head)}
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
    # Diagnostic wording with no condition named ("meets criteria based on ...").
    # Where the sentence names one, that term is the finding (or the clinician's own diagnosis).
    for match in _matches_at_words(_DIAGNOSTIC_PHRASES, _DIAGNOSTIC_PHRASE_FIRST, note, words):
        s, e = _sentence_bounds(note, match.start(), match.end())
        wording = note[match.start():e].rstrip(".;")
        if any(s <= t[0] < e for t in terms) or _norm_phrase(wording) in clinician_norm:
            continue
        findings.append(Finding("diagnosis", wording, match.start(), match.start() + len(wording), "note",
                                "Diagnostic wording that is not in your notes. The pack does not diagnose."))
    return findings


def find_diagnosis_requests(request: str, source: str = "request") -> list[Finding]:
    # Coding a diagnosis the clinician says they made is documentation, not a request to diagnose.
    own_diagnosis = bool(_CLINICIAN_DIAGNOSIS.search(request)) and not _UNDECIDED.search(request)
    findings: list[Finding] = []
    for match in _DIAGNOSIS_REQUEST.finditer(request):
        s, e = _sentence_bounds(request, match.start(), match.end())
        if findings and findings[-1].start == s:
            continue
        if _FORBIDS_DIAGNOSIS.search(request, s, e) or (own_diagnosis and _CODE_REQUEST.search(match.group())):
            continue
        findings.append(Finding("diagnosis_request", request[s:e], s, e, source,
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


def check(bullets: str = "", request: str = "", note: str = "") -> list[Finding]:
    """All findings for one draft: the clinician's request and bullets, and the note the model wrote."""
    clinician_text = f"{request}\n{bullets}"
    findings = find_transcript(bullets, "bullets") + find_transcript(request, "request")
    findings += find_diagnosis_requests(request, "request")
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
        if not _is_preset(__model__) or __metadata__ is None or not choices or __metadata__.get(REPLY_KEY):
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

    def outlet(self, body: dict, __model__: Optional[dict] = None) -> dict:
        messages = body.get("messages") or []
        if not _is_preset(__model__) or not messages or messages[-1].get("role") != "assistant":
            return body
        content = messages[-1].get("content") or ""
        if "**Review before signing**" in content or content in (TRANSCRIPT_REPLY, DIAGNOSIS_REPLY) or content.startswith("This draft was withheld"):
            return body
        messages[-1]["content"] = self._final(content, _user_texts(messages[:-1]), None)
        return body
