"""Diagnoses in the note that the clinician did not make.

A diagnosis is any name or code of a mental disorder: ICD-10-CM chapter F (names,
inclusion terms, codes), DSM-5-TR names and abbreviations (the generated vocabulary),
any "<describing words> disorder", and the words for "disorder" in Spanish, French
and German. It is a finding unless the clinician's own words (outside quotes of the
client) name the same condition: the same code family, name or abbreviation. A behaviour
or symptom the clinician describes ("binge eating", "social anxiety") is not their
diagnosis of the disorder named after it, unless they label it one ("dx: ...").

A finding covers the claim a reviewer would mark: the wording that makes it ("consistent
with", "meets DSM-5 criteria for", "probable"), the name's subtype and specifiers, and
the code written beside it. A measure named after a disorder ("PTSD Checklist") is not
one; a name in the plural or as what treatment is for ("CBT for social anxiety") is one
only where such wording claims it.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from typing import Optional

from .findings import Finding
from .quotes import _without_recorded_quotes
from .text import _canon, _mentions, _phrase, _sentences, _tokens, _without_quotes
from .diagnoses_in_other_languages import _coded_as_theirs, _foreign_name, _translates
from .diagnosis_lookups import _Vocab, _vocabulary
from .diagnosis_lookalikes import _MEASURED, _records_a_measure, _spells_out_their_acronym, _their_ed, _undiagnosed


@dataclass(frozen=True)
class _Term:
    start: int
    end: int
    codes: tuple  # ICD-10-CM codes without the dot, or ("icd9:309.81",)
    key: str  # canonical words, for names outside the vocabulary
    is_code: bool = False  # written as a code ("F41.1"), not a name
    symptom: bool = False  # a name for what a client does or feels ("binge eating", "social anxiety"), not a disorder's
    descriptive: bool = False  # "grief reactions", "CBT for social anxiety": a diagnosis only where wording claims one
    parts: tuple = ()  # a name and its code written together ("GAD (F41.1)"): one finding, each part restated or not


def _same_condition(a: _Term, b: _Term) -> bool:
    if a.codes and b.codes:
        return any(x.startswith(y) or y.startswith(x) for x in a.codes for y in b.codes)
    return bool(a.key) and a.key == b.key


def _restates(term: _Term, mine: _Term) -> bool:
    """Whether a diagnosis in the note restates one in the clinician's words: the same condition named
    as specifically or more generally ("bipolar disorder" restates "bipolar II"; not the reverse),
    or coded (a code may add the specifics of the clinician's own diagnosis). A behaviour or symptom the
    clinician describes ("binge eating 3x", "social anxiety at work") is not their diagnosis of the disorder
    named after it."""
    if mine.symptom and not term.symptom:
        return False
    if not (term.codes and mine.codes):
        return _same_condition(term, mine)
    if term.is_code:
        return _same_condition(term, mine)
    return any(c.startswith(t) for t in term.codes for c in mine.codes)


# Each opens on its first character, which the search skips to (a look-behind first would try every place).
_F_CODE = re.compile(r"(?=F)(?<![\w.])F\d{2}(?:\.?[0-9A-Z]{1,4})?(?![\w])")
_F_CODE_SPOKEN = re.compile(r"(?=F)(?<![\w.])F \d{2}(?:\.[0-9A-Z]{1,4})?(?![\w])")  # dictated notes: "diagnosis F 33.1"
_ICD9_CODE = re.compile(r"(?=[23])(?<![\w.])(?:29\d|30\d|31\d)\.\d{1,2}(?!\.?\d)")
_SPECIFIER = re.compile(
    r"(?:,?\s+(?:with(?:out)?|w/o?)\s+(?:anxiety|(?:anxious|depressed|low|irritable)\s+mood|mixed\s+anxiety\s+and\s+depressed\s+mood"
    r"|disturbance\s+of\s+conduct|mixed\s+disturbance\s+of\s+emotions\s+and\s+conduct|(?:psychotic|mixed|melancholic|atypical|catatonic)\s+features"
    r"|anxious\s+distress|peripartum\s+onset|seasonal\s+pattern|agoraphobi[ac](?:\s+features)?|panic\s+attacks"
    r"|(?:good|fair|poor|absent)\s+insight|dissociative\s+symptoms|delayed\s+expression|rapid\s+cycling|predominant\s+pain"
    r"|(?:accompanying\s+)?(?:intellectual|language)\s+(?:impairment|disability))"
    # in the other languages the pack reads: "avec agoraphobie", "crónico", "sévère", "mittelgradig"
    r"|\s+(?:avec|con|mit)\s+(?:agoraphobie|agorafobia|Agoraphobie)"
    r"|,?\s+(?:crónic[oa]|agud[oa]|leve|moderad[oa]|grave|recurrente|chronique|aigu[ëe]?|sévère|modérée?|l[ée]g(?:er|ère)s?"
    r"|chronisch(?:e|er)?|akut(?:e|er)?|schwer(?:e|er)?|mittelgradig(?:e|er)?|leicht(?:e|er)?|rezidivierend(?:e|er)?)\b"
    # ICD-10's own: "current episode moderate", "currently in remission"
    r"|,?\s+current\s+episode\s+(?:mild|moderate|severe|hypomanic|manic|depressive|mixed)(?:\s+(?:with(?:out)?\s+(?:psychotic|somatic)\s+(?:symptoms|syndrome)))?"
    r"|,?\s*(?:(?:of\s+)?(?:mild|moderate|severe)(?:\s+severity)?|currently\s+in\s+(?:early\s+|sustained\s+|partial\s+|full\s+)?remission|recurrent|single\s+episode|in\s+(?:early\s+|sustained\s+|partial\s+|full\s+)?remission"
    r"|unspecified|chronic|acute|persistent|episodic|predominantly\s+[\w-]+(?:\s+(?:type|presentation))?|level\s+[123])\b|\s*\((?:level|severity\s+level)\s+[123]\)"
    # "restricting type", "combined presentation", "binge-eating/purging subtype": DSM's subtypes, whatever their words
    r"|,?[ \t]+(?:(?!(?:a|an|the|this|that|which|who|its|her|his|their|of|and|or|is|was|in|for|to|given)\b)[\w/-]+[ \t]+){1,3}?(?:sub)?(?:type|presentation)\b"
    r"|[ \t]+type[ \t]+(?:I{1,3}|[123])\b"
    r"|\s+(?:features|traits|tendencies|style|organi[sz]ation|type|presentation|episodes?|syndrome))*",  # ICD-10's "dependence syndrome"
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


def _diagnosis_terms(text: str, clinicians: bool = False) -> list[_Term]:
    """Every diagnosis name or code in the text, the longest where they overlap; a name and its code are one.
    ``clinicians``: the clinician's own words, where "hx ptsd" is an abbreviation typed in lower case."""
    vocab = _vocabulary()
    tokens = _with_shorthand(text, _tokens(text))
    terms: list[_Term] = []
    for m in _F_CODE.finditer(text) if not clinicians else [*_F_CODE.finditer(text), *_F_CODE_SPOKEN.finditer(text)]:
        code = m.group().replace(".", "").replace(" ", "")
        if code in vocab.codes:
            terms.append(_Term(m.start(), m.end(), (code,), "", True))
    for m in _ICD9_CODE.finditer(text):
        terms.append(_Term(m.start(), m.end(), ("icd9:" + m.group(),), "", True))
    for m in (vocab.clinician_abbreviation_re if clinicians else vocab.abbreviation_re).finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue  # inside a word
        abbreviation = re.sub(r"['’]s$", "", m.group())
        codes = vocab.abbreviations[abbreviation]
        # "the SUD clinic": a service for a block of disorders names the service
        service = all(len(c) < 3 for c in codes) and _word_after(text, m.start() + len(abbreviation)) in _SERVICE_WORDS
        terms.append(_Term(m.start(), _with_specifier(text, m.start() + len(abbreviation)), codes, "", descriptive=service))
    after_name = 0
    for i, (_, _, word) in enumerate(tokens):
        if i < after_name:
            continue
        found = _name_at(tokens, i, vocab) if word in vocab.names else None
        if found:
            length, codes, symptom_name = found
            last = tokens[i + length - 1]
            # ICD lists a behaviour by its gerund ("binge eating"); a disorder's name less "disorder" that ends in an
            # everyday word names a symptom ("social anxiety").
            terms.append(_Term(tokens[i][0], _with_specifier(text, last[1]), codes, "", symptom=symptom_name or last[2].endswith("ing"),
                               descriptive=_describes(text, tokens, i, length, symptom_name) or _names_a_service(tokens, i, length, codes)))
            after_name = i + length
        elif word in vocab.disorder_after:
            term = _foreign_name(text, tokens, i)
            if term:
                terms.append(term)
        elif word.endswith(vocab.disorder_suffixes) and word not in vocab.symptom_compounds:
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
                kept[-1] = replace(kept[-1], end=term.end, codes=kept[-1].codes or term.codes)
            continue
        # "PTSD Checklist", "Generalized Anxiety Disorder 7-item": a measure named after a disorder.
        if not _MEASURE.match(text, term.end):
            kept.append(term)
    return _joined(text, kept)


# Clinicians' shorthand for "disorder" ("adjustment d/o"); "w/" is read by _SPECIFIER.
_DISORDER_SHORTHAND = re.compile(r"(?<![\w/])d/o(?![\w/])", re.I)


def _with_shorthand(text: str, tokens: tuple) -> tuple:
    """The tokens with each "d/o" read as the one word "disorder"."""
    starts = {m.start() for m in _DISORDER_SHORTHAND.finditer(text)} if "/o" in text or "/O" in text else ()
    if not starts:
        return tokens
    out, skip = [], False
    for k, token in enumerate(tokens):
        if skip:
            skip = False
        elif token[0] in starts and k + 1 < len(tokens):
            out.append((token[0], tokens[k + 1][1], "disorder"))
            skip = True
        else:
            out.append(token)
    return tuple(out)


_MEASURE = re.compile(
    r"(?:[ \t-]+(?:[A-Z][\w'’-]*|(?i:rating|severity|symptoms?|self-report|screening|diagnostic|identification|observation)))*?"
    # "schedule", "test" and "index" are everyday words too: a measure's only in its title case.
    r"[ \t-]+(?:(?i:check\s?list|inventory|scale|questionnaire|screener|quotient)|Index|Test|Schedule|Interview|Examination|Survey)\b"
    r"|[ \t-]+\d+[ \t-]*items?\b|-\d+\b"
)
# Between a name and its code: "GAD (F41.1)", "PTSD F43.10", "F41.1 - GAD", "MDD, recurrent, moderate, F33.1".
# On one line: a draft is checked line by line as it streams.
_LABEL = r"(?:(?:ICD-?10(?:-CM)?|DSM-5(?:-TR)?|code)[ \t]*:?[ \t]*)?"
_BINDINGS = ((3, re.compile(rf"[ \t]*[(\[][ \t]*{_LABEL}")), (2, re.compile(rf"[ \t]*(?:[:–—-][ \t]*)?{_LABEL}")),
             (1, re.compile(rf"[ \t]*,[ \t]*{_LABEL}")))
_CLOSING = re.compile(r"[ \t]*[)\]]")


def _binding(text: str, a: _Term, b: _Term) -> int:
    """How closely ``a`` and ``b`` are written as one diagnosis: a code beside a name, or a name's
    abbreviation in parentheses; 0 where they are two."""
    for strength, between in _BINDINGS:
        if between.fullmatch(text, a.end, b.start):
            if a.is_code != b.is_code or strength == 3 and not (a.is_code or b.is_code) and _same_condition(a, b):
                return strength
            return 0
    return 0


def _joined(text: str, terms: list[_Term]) -> list[_Term]:
    """Each name with the code written beside it as one term; a code between two names goes with the closer."""
    out, i = list(terms), 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        strength = _binding(text, a, b)
        if not strength or b.is_code and i + 2 < len(out) and _binding(text, b, out[i + 2]) > strength:
            i += 1
            continue
        name = b if a.is_code else a
        closing = _CLOSING.match(text, b.end) if strength == 3 else None
        out[i:i + 2] = [replace(name, start=a.start, end=closing.end() if closing else b.end, descriptive=False,
                                parts=(a.parts or (a,)) + (b.parts or (b,)))]
    return out


def _name_at(tokens: list, i: int, vocab: "_Vocab") -> Optional[tuple[int, tuple, bool]]:
    """The vocabulary name at token ``i``: its length in words, its codes, whether it is a symptom's name."""
    for words, codes, symptom_name in vocab.names.get(tokens[i][2], ()):
        n = len(words)
        if i + n <= len(tokens) and all(tokens[i + k][2] == words[k] for k in range(1, n)):
            return n, codes, symptom_name
    return None


# What treatment is for or works on: "CBT for social anxiety", "work on health anxiety".
_TREATMENT_FOCUS = frozenset("for on targeting addressing around about".split())


def _describes(text: str, tokens: tuple, i: int, length: int, symptom_name: bool) -> bool:
    """A name that describes rather than diagnoses: written in the plural ("grief reactions": what a client
    goes through, where a disorder is had), or a symptom's name as what treatment is for ("CBT for social
    anxiety", where "social anxiety disorder" would name the diagnosis). Claiming wording makes either one."""
    _, end, last = tokens[i + length - 1]
    # One word ending in "s" is a possessive written without its apostrophe ("Aspergers", "Tourettes").
    if length > 1 and last != "disorder" and text[end - 1] in "sS" and not last.endswith("s"):
        return True
    return symptom_name and i > 0 and tokens[i - 1][2] in _TREATMENT_FOCUS and not text[tokens[i - 1][1]:tokens[i][0]].strip()


# A category's name beside a service's word names the service ("outpatient eating disorder treatment", "the eating
# disorders service"), and before what a client does, the behaviour ("eating-disorder behaviors"). Claiming wording
# still makes it a diagnosis; a specific one ("PTSD treatment") stays one.
_SERVICE_WORDS = frozenset("treatment tx program programme service clinic unit team group specialist outpatient inpatient iop php "
                           "pathway intake counseling counselling behavior urge thought medication medications".split())


def _names_a_service(tokens: tuple, i: int, length: int, codes: tuple) -> bool:
    """ "the eating disorders service", and the service "for" it: "Medications for Opioid Use Disorder (MOUD)"."""
    before = (i - 1, i - 2) if i > 1 and tokens[i - 1][2] == "for" else (i - 1,)
    neighbours = {tokens[k][2] for k in (*before, i + length) if 0 <= k < len(tokens)}
    return bool(codes) and all(len(c) <= 3 for c in codes) and not neighbours.isdisjoint(_SERVICE_WORDS)


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


# Wording that labels a diagnosis ("Diagnostic impression: ...", "meets DSM-5 criteria for ...").
_DIAGNOSTIC_WORDING = re.compile(
    r"\b(?:meets?|met|meeting|fulfils?|fulfills?|satisf(?:y|ies|ied)|reach(?:es)?)\s+(?:[\w/-]+\s+){0,3}?(?:criteria|threshold|the\s+level)\b"
    r"|\b(?:diagnostic|clinical)\s+(?:impressions?|considerations?|formulation)\b|\b(?:differential|provisional|working|tentative)\s+(?:diagnos[ie]s|dx)\b"
    r"|\bddx\b|\bdifferentials?\b|\bdx\b|\bdiagnos[ie]s\b|\br/o\b|\brule\s+out\b|\bimpression\s*:",
    re.I,
)
# Before a flagged name, that and the wording that claims it ("consistent with", "this presentation is suggestive of") are part of
# what to review; they count only with a disorder after them.
_LEAD = re.compile(
    r"\b(?:(?:this|the|her|his|their)\s+)?(?:symptoms|features|presentation|picture)\s+(?:(?:is|are|appears?|seems?)\s+)?(?:suggestive|indicative|"
    r"characteristic|consistent|typical)\s+(?:of|with)\b|\b(?:is|are|was|were|appears?|seems?)\s+(?:to\s+be\s+)?(?:(?:most|more|highly|strongly|"
    r"clearly|fully)\s+)?(?:consistent|compatible|congruent|suggestive|indicative|characteristic|typical)\s+(?:of|with)\b|"  # with its verb
    + _DIAGNOSTIC_WORDING.pattern + r"|\b(?:consistent|compatible|congruent)\s+with\b|\bin\s+keeping\s+with\b"
    r"|\b(?:suggestive|indicative|characteristic|diagnostic|typical|symptoms|signs|features|picture)\s+of\b"
    r"|\b(?:points?|pointing)\s+(?:to|towards?)\b|\b(?:suggest|indicat|reflect)(?:s|es|ed|ing)?\b|\bcomorbid\b|\bco-?occurring\b"
    r"|\bdiagnosed\s+(?:with|as)\b|\bevidence\s+of\b|\bconcern\s+for\b|\bresembl(?:es?|ing)\b"
    r"|\b(?:understood|conceptuali[sz]ed|formulated)\s+as\b"
    r"|\b(?:the|this|her|his|their)\s+(?:clinical\s+)?(?:presentation|picture|history)\s+(?:suggests|indicates|reflects)\b"
    # the same in Spanish, French and German: "compatible con", "évocateur d'un", "entspricht einer", "Verdacht auf"
    r"|\b(?:compatible|consistente|congruente)\s+(?:con|avec)\b|\b(?:sugestivo|sugestiva|sugerente|indicativo|indicativa)\s+de\b"
    # "her symptoms fit an adjustment disorder"; Portuguese "compatível com", Italian "compatibile con", "suggestivo di"
    r"|\bfit(?:s|ting)?\s+(?:with\s+)?(?:an?|the)\b|\bcompat[ií]ve(?:l|is)\s+com\b|\bcompatibil[ei]\s+con\b|\b(?:suggestiv|indicativ)[oaie]\s+di\b"
    r"|\bévocat(?:eur|rice)\s+d|\bévoqu(?:e|ent|ant)\b|\bsugier(?:e|en)\b|\ben\s+faveur\s+d|\bvereinbar\s+mit\b|\bspricht\s+für\b"
    r"|\bentspricht\b|\bVerdacht\s+auf\b|\bdeutet\s+auf\b|\bhinweisend\s+auf\b"
    # meets the criteria, in Spanish, French, German, Italian, Portuguese, Polish and Romanian
    r"|\b(?:cumple|remplit|r[ée]pond\s+aux|erf[üu]llt|soddisfa|preenche|spe[łl]nia|[îi]ndepline[șs]te)\s+(?:\w+\s+){0,2}?"
    r"(?:criterios|crit[èe]res|kriterien|criteri|crit[ée]rios|kryteria|criteriile)\b",
    re.I,
)
# Who a claim is about, where it opens the sentence: "He meets criteria", "Thabo's symptoms meet criteria".
_SUBJECT = re.compile(r"(?:he|she|they|client|patient|pt|(?:the|this)\s+(?:client|patient|child|teen|adolescent|young\s+person)"
                      r"|[\w-]+['’]s?\s+(?:symptoms|presentation|difficulties|picture|profile))\s+", re.I)
# A condition a sentence leaves open is not claimed: "an assessment would clarify whether ADHD is present".
_OPEN_QUESTION = re.compile(r"\b(?:whether|if)\s+(?:\w+\s+){0,2}\Z", re.I)
# A hedge right before the name is part of the claim too: "probable PTSD", "may have ADHD".
_HEDGE = re.compile(
    r"\b(?:(?:probable|possible|likely|probably|possibly|presumed|presumptive|suspected|provisional|tentative|emerging|underlying)"
    r"|(?:may|might|could|likely|probably)\s+(?:have|has|be|reflect|represent))\s+(?:(?:a|an|the|of|with)\s+)?\Z",
    re.I,
)


@functools.lru_cache(maxsize=8)
def _clinician_diagnoses(clinician_text: str) -> tuple[list[_Term], str]:
    """The clinician's own diagnoses and words, outside quotes: read once per draft, not once per sentence checked.
    A behaviour or symptom is the clinician's diagnosis only where it is labelled one ("dx: binge eating")."""
    unquoted = _without_quotes(clinician_text)
    terms = [p for t in _diagnosis_terms(unquoted, True) for p in (t.parts or (t,))]
    terms = [replace(t, symptom=False) if t.symptom and _labelled_diagnosis(unquoted, t) else t for t in terms]
    # "SUD counseling": a service for a whole block of disorders is the service the client is in, not the clinician's
    # diagnosis of them ("MDD tx" is theirs).
    terms = [t for t in terms if not (t.codes and all(len(c) < 3 for c in t.codes) and _word_after(unquoted, t.end) in _SERVICE_WORDS)]
    # "ITQ: PTSD cluster 19/24": a measure's part named for what it screens, no diagnosis
    terms = [t for t in terms if not _MEASURED.match(unquoted, t.end)]
    return terms, _phrase(unquoted)



def _word_after(text: str, end: int) -> str:
    """The canonical word just after ``end`` on its line, or ""."""
    following = re.match(r"[ \t]+([\w-]+)", text[end:end + 40])
    return _canon(following.group(1)) if following else ""


_LABEL_AFTER = re.compile(r"\s*[(\[,:–-]?\s*(?:dx|diagnos[ie]s|diagnosed)\b", re.I)


def _labelled_diagnosis(text: str, term: _Term) -> bool:
    """Diagnostic wording before the term on its line ("working dx: ..."), or a label right after it ("(dx 2021)")."""
    return bool(_DIAGNOSTIC_WORDING.search(text, text.rfind("\n", 0, term.start) + 1, term.start) or _LABEL_AFTER.match(text, term.end))


def find_diagnoses(note: str, clinician_text: str) -> list[Finding]:
    clinician_terms, clinician_phrase = _clinician_diagnoses(clinician_text)
    findings: list[Finding] = []
    sentence_starts = [s for s, _ in _sentences(note)] or [0]
    undiagnosed = _undiagnosed(clinician_text)  # a condition the notes say is not diagnosed may be named, not claimed
    for term in _diagnosis_terms(_without_recorded_quotes(note, clinician_text)):
        if (_restated_with_its_code(note, term, clinician_terms, clinician_phrase) or _coded_as_theirs(note, term.end, clinician_text)) and not any(
                _restates(term, u) for u in undiagnosed):
            continue
        if _MEASURED.match(note, term.end) and _records_a_measure(clinician_text):
            continue
        if _spells_out_their_acronym(note, term.start, term.end, clinician_text):
            continue
        # The wording that introduces it in the same sentence is part of what to review.
        sentence_start = sentence_starts[max(0, bisect.bisect_right(sentence_starts, term.start) - 1)]
        just_before = max(sentence_start, term.start - 40)
        leads = [] if _OPEN_QUESTION.search(note, just_before, term.start) else [
            m.start() for m in (_LEAD.search(note, sentence_start, term.start), _HEDGE.search(note, just_before, term.start)) if m]
        if (term.descriptive or _their_ed(note, term.start, term.end, clinician_text)
                or any(_restates(term, u) for u in undiagnosed)) and not leads:
            continue  # (the eating disorder of notes that write "ED" is theirs, unless the draft claims it)
        start = min(leads, default=term.start)
        if leads and _SUBJECT.fullmatch(note, sentence_start, start):
            start = sentence_start  # "He meets criteria for ...": the claim with whom it is about
        if findings and start < findings[-1].end:
            start = findings.pop().start
        findings.append(Finding(
            "diagnosis", note[start:term.end], start, term.end, "note",
            f"Names {'a diagnostic code' if term.is_code else 'a diagnosis'} that is not in your notes. "
            "The pack does not diagnose: keep it only if it is your diagnosis.",
        ))
    return findings


def _restated_with_its_code(note: str, term: _Term, clinician_terms: list[_Term], clinician_phrase: str) -> bool:
    """Whether each part of a diagnosis restates the clinician's: a name written with a code they recorded is that
    code's name ("Recurrent depressive disorder, current episode moderate (F33.1)" for "F33.1"), where the name is
    of the code's category or names no code of its own (another edition's or language's title)."""
    parts = term.parts or (term,)
    restated = [_is_restated(note, part, clinician_terms, clinician_phrase) for part in parts]
    categories = {c[:3] for part, ok in zip(parts, restated) if ok and part.is_code for c in part.codes}
    return all(ok or bool(categories) and not part.is_code and (not part.codes or any(c[:3] in categories for c in part.codes))
               for part, ok in zip(parts, restated))


def _is_restated(note: str, term: _Term, clinician_terms: list[_Term], clinician_phrase: str) -> bool:
    if any(_restates(term, mine) for mine in clinician_terms):
        return True
    name = _phrase(note[term.start:term.end])
    return not term.codes and _mentions(name, clinician_phrase) or not term.is_code and _translates(name, clinician_phrase)
