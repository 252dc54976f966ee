"""Requests to diagnose, which the pack answers itself.

A request to diagnose is a sentence that (1) is addressed to the assistant - a
question, an imperative, "you", "please", or the same in Spanish, French or German -
and (2) is about a diagnostic object - diagnosis, dx, differential, impression,
criteria, ruling in or out, a disorder's name or code, choosing a code - and
(3) is not the clinician stating, documenting or coding a diagnosis they made.
"""

from __future__ import annotations

import re

from .findings import Finding
from .text import _without_quotes
from .dictation import clauses
from .transcripts import find_transcript
from .diagnoses import _diagnosis_terms, _same_condition


# Asking for something, which also opens a clause mid-line ("intake summary + pick the code", "... - need a code").
_ASKING_VERB = (
    r"(?:give|list|suggest|pick|choose|select|assign|confirm|add|include|insert|code(?!\s+(?:words?|phrases?|names?)\b)|propose|recommend|provide"
    r"|(?:i\s+|we\s+)?(?:need|want|would\s+like|'d\s+like)\s+(?:a|an|the|some|your))\b"
)
_ADDRESSED = re.compile(
    # "u" is "you", but not in shorthand such as "f/u" (follow-up), "w/u" (work-up), "u/s 89" (under section) or "U&E";
    # "thank you" and "your referral" in a letter the clinician dictates are its reader's
    r"\?|¿|؟|(?<!/)\b(?:(?<!thank )you|u(?![/&]\w)|ya|your(?!\s+(?:kind\s+)?(?:referral|letter|patient|request|records?|clinic|practice|team|service|surgery|office|colleague)s?\b)"
    r"|ur|please|pls|plz|agree|advise|graag|bitte|svp|por\s+favor|per\s+favore)\b|\b(?:tell|show|give|let)\s+me\b"
    r"|\b(?:any|your|ur)\s+thoughts\b|\bthoughts\s*\?"  # "thoughts?" asks; "passive thoughts" are the client's
    rf"|(?:,|\s[-–—]|\b(?:and|then|also|plus))\s+{_ASKING_VERB}"
    # a question or an imperative, at the start of a line or after "+", ";" or "&"
    r"|(?:^|[+;&])[\W\d]*(?:(?:also|and|then|just|now|ok|okay|so|quick(?:ly)?|and\s+then|after\s+that|first)\W+)*"
    rf"(?:{_ASKING_VERB}|(?:rule|r/o|screen|check|tell|say|decide|determine|assess|put|diagnose(?!\s*\(|\s+[A-Z]\d\d)|identify|name|offer|count|classify|guess"
    r"|evaluate|estimate|match|write|draft|document|state|mention|flag|make|use|figure|work\s+out|help|weigh\s+in"
    r"|what|what's|whats|which|how|is|are|does|do|could|would|should|can|might|may)\b)(?!\s*:)"  # "Diagnose:", "Diagnose (lt. Bericht)", "Diagnose F64.0": labels (German)
    r"|\bnote\s+to\s+(?:the\s+)?(?:assistant|ai|model|bot)\b|\bq(?:uestion)?\s+for\s+(?:the\s+)?(?:ai|assistant|model|bot)\b|^\W*(?:ai|assistant)\s*[:,]"
    # Spanish
    r"|\b(?:dime|dinos|d[ií]game|podr[ií]as|puedes|crees|pondr[ií]as|dar[ií]as|sugiere|sugi[eé]reme|indica|ind[ií]came|confirma|dame|escribe|a[ñn]ade|agrega|incluye)\b|\bpor\s+favor\b"
    # French
    r"|\b(?:peux|pouvez|pourrais|pourriez)[-\s](?:tu|vous)\b|\b(?:dis|dites)[-\s]moi\b|\bselon\s+(?:toi|vous)\b|\best[-\s]ce\s+qu|\b(?:penses|pensez|crois|croyez)[-\s](?:tu|vous)\b"
    r"|\b(?:tu|vous)\s+(?:penses|pensez|crois|croyez|mettrais|mettriez)\b|\b(?:donne|donnez|propose|proposez|ajoute|ajoutez|indique|indiquez|confirme|confirmez)[-\s]|s'il\s+(?:te|vous)\s+pla[iî]t"
    # German
    r"|\b(?:kannst|k[öo]nntest|w[üu]rdest|meinst|glaubst|denkst)\s+du\b|\b(?:k[öo]nnen|k[öo]nnten|w[üu]rden)\s+sie\b|\bsag\s+mir\b|\bbitte\b|\bmach(?:en\s+sie)?\s+(?:einen|mir)\b|\bwelche[rsnm]?\b|\bgib\b|\bf[üu]ge\b|\bnenne\b"
    # Dutch, Swedish, Italian and Portuguese
    r"|\b(?:geef|kun\s+je|kunt\s+u|ge|kan\s+du|föreslå|dammi|dimmi|puoi|potresti|suggerisci|pode|podes|diga|sugira|me\s+d[êe])\b"
    # Japanese, Chinese and Korean, which write no spaces between words
    r"|ください|下さい|てほしい|て欲しい|お願い|教えて|请|請|帮我|幫我|吗|嗎|주세요|해줘|알려줘|부탁",
    re.I | re.M,
)
_DIAGNOSTIC_OBJECT = re.compile(
    r"diagnos\w*|\bdx\b|\bddx\b|\bdifferentials\b|\bdifferential\s+(?:diagnos\w*|dx|list)\b|\bdifferential\b(?=\s*[:?])|\bimpressions?\b"
    r"|\br/o\b|\brul(?:e|ing)\s+(?:out|in)\b"
    r"|\bcriteri(?:a|on)\b"
    r"|(?<!section )(?<!heading )(?<!field )\blabel\b(?!\s+(?:the|each|every|all|these|those|them|it|sections?|headings?|fields?)\b)"
    r"|\b(?:something|anything)\s+(?:more\s+)?(?:clinical|diagnosable|pathological)\b"
    r"|\bmeets?\s+for\b|\bsub-?types?\b|\bspecifiers?\b|\b(?:icd|dsm)\b"
    r"|\b(?:cie|cid)-?1[01]\b|\b(?:qual|que|cu[aá]l|el|o|um|un)\s+(?:cie|cid)\b|\bcodes?\b(?!\s+(?:words?|phrases?|names?)\b)|\bcoding\b|\bdisorders?\b|\bpsychopathology\b|\bsyndrome\b|\bpathologi[sz]\w*"
    r"|\bwhat\s+(?:would|do|does|should|might)\s+(?:you|u|a\s+\w+|someone|one|people|clinicians?|psychiatrists?|the\s+\w+)\s+call\s+(?:this|it|that|these|her|him|them)\b"
    r"|\bcalled\b[^.?!\n]{0,30}\bclinically\b|\bclinically\s+(?:depressed|anxious|significant\s+(?:depression|anxiety))\b|\bname\s+for\s+(?:this|it|that|what)\b"
    r"|\b(?:is|could|might|would|does|do|are)\s+(?:this|it|that|these|she|he|they|the\s+(?:client|kid|child|teen)|my\s+client|pt|client)\s+(?:\w+\s+){0,3}?"
    r"(?:depression|depressed|psychosis|psychotic|manic|mania|autistic|dissociative|personality|spectrum)\b"
    r"|diagn[oó]stic\w*|\bd[ée]pressi[oó]n\b|\btrastorno|störung"
    r"|诊断|診断|진단|(?<![a-z])(?:dsm|icd)(?![a-z])",  # Chinese, Japanese, Korean: no word ends where their words do
    re.I,
)
# Criteria that are not a diagnosis's: a session's time, billing and CPT codes, interactive complexity, medical
# necessity, a programme's admission or discharge, readiness for gender-affirming care (WPATH's SOC-8). Read as
# blank before looking for a diagnostic object.
_OTHER_CRITERIA = re.compile(
    r"\b(?:time|timing|duration|session|billing|coding|cpt|documentation|medical[\s-]+necessity|necessity|step-down|discharge|admission"
    r"|eligibility|inclusion|exclusion|program(?:me)?|level[\s-]+of[\s-]+care|soc[\s-]?8|wpath|readiness)\s+criteri(?:a|on)\b"
    r"|\bcriteri(?:a|on)\s+(?:for\s+|of\s+)?(?:the\s+|an?\s+)?(?:interactive\s+complexity|add-?on|cpt|billing|9\d{4}|(?:crisis|extended|longer|family)\s+(?:code|session|psychotherapy)"
    r"|medical\s+necessity|discharge|step-down|admission|program(?:me)?|eligibility|inclusion|exclusion|iop|php|level\s+of\s+care|(?:prior\s+)?auth\w*)\b",
    re.I,
)


def _about_diagnosis(text: str) -> bool:
    return bool(_DIAGNOSTIC_OBJECT.search(_OTHER_CRITERIA.sub(" ~ ", text)))


_BILLING_ONLY = re.compile(
    r"\b(?:cpt|hcpcs|billing\s+code|session\s+code|procedure\s+code|add-?on|modifier|90\d{3}|99\d{3}"
    r"|codes?\s+for\s+(?:this|the|today'?s)\s+(?:session|visit|appointment|call|telehealth))\b",
    re.I,
)
# Who else records a diagnosis the clinician documents: "supervisor dx'd", "dx per psychiatrist".
_RECORDER = (
    r"(?:supervisor|psychiatrist|psychiatry|psychologist|doctor|physician|pcp|gp|neurologist|paediatrician|pediatrician"
    r"|prescriber|consultant|np|team|mdt|clinic|service|(?:previous|prior|former|referring)\s+(?:therapist|clinician|provider))"
)
_OWN_DIAGNOSIS = re.compile(
    r"\b(?:I|we)\s+(?:have\s+|'ve\s+|had\s+|already\s+)?(?:diagnosed|made\s+(?:a|the|my)\s+(?:dx|diagnosis)|gave\s+(?:a|the|her|him|them)\s+(?:dx|diagnosis)"
    r"|(?:have|'ve)\s+(?:her|him|them)\s+(?:as|at|with)|dx'?d)\b"
    r"|\b(?:my|our)\s+(?:own\s+|working\s+|formal\s+|clinical\s+|diagnostic\s+)?(?:diagnos[ie]s|dxs?|impressions?|intake|assessment|eval(?:uation)?)\b|\bas\s+my\s+(?:diagnosis|dx)\b|\b(?:dx|diagnosis)\s*\(\s*mine\b"
    rf"|\b(?:dx|diagnos[ie]s)\s+(?:that\s+)?(?:I|we|(?:the|my|our|her|his)\s+{_RECORDER})\s+(?:made|gave|assigned|recorded|documented|reached)\b"
    rf"|\b(?:dx|diagnos[ie]s|diagnosed)\s+(?:on\s+file|at\s+intake|(?:per|from|by)\s+(?:me|(?:(?:my|our|the|her|his|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?:intake|chart|file|records?|{_RECORDER})))\b"
    # "dx panic disorder per our assessment", "dx Alzheimer's from the memory service": a diagnosis and who made it
    r"|\b(?:dx|diagnos[ie]s)\s+(?:[\w'’-]+\s+){1,4}?(?:per|from|by)\s+(?:my|our|the|her|his|their)\s+(?:[\w-]+\s+)?"
    rf"(?:intake|assessment|eval(?:uation)?|service|clinic|team|{_RECORDER})\b"
    r"|\bclinician(?:'s)?\s+(?:dx|diagnosis)\b|\b(?:documented|existing|established|current|confirmed)\s+(?:diagnosis|dx)\b"
    rf"|\b{_RECORDER}(?:['’]s)?(?:\s*\([^)\n]{{0,40}}\))?\s+(?:has\s+|had\s+|already\s+)?(?:diagnosed|dx'?d|dx|diagnos[ie]s)\b"
    r"|\bdiagnosed\s+(?:by|with)\b|^[\W]*(?:dx|diagnos[ie]s)\s*:"
    # a diagnosis recorded under its label in another language, with who made it: "Diagnose nach Konsil mit OA: F90.0"
    r"|^[\W]*(?:diagnose|diagn[oó]stico|diagnostic)\b(?![^:\n]{0,40}\b(?:pls|please|plz|bitte|svp|por\s+favor)\b)[^:?\n]{0,40}:"
    # "OSDD dx from CAMHS", "dx per Dr. Shah": a service by its letters, a doctor by name
    r"|\b(?:dx|diagnos[ie]s)\s+(?:per|from|by)\s+(?-i:[A-Z]{2,6}\b|Dr\.?\s+[A-Z])"
    # who made it, in other languages ("Diagnose durch Psychiater", "diagnóstico ... según la unidad", "selon son
    # médecin"), or "according to" ("in your view", "selon toi", is asking)
    r"|\b(?:dx|diagnos[ie]s|diagnosed|diagnose|diagnostiziert|diagn[oó]stico|diagnosticad[oa]s?|diagnostic|diagnostiqu[ée]e?s?)\b[^.;?\n]{0,60}?"
    r"\b(?:according\s+to|durch|vom|beim?|laut|gem[äa]ß|por(?!\s+favor)|seg[uú]n(?!\s+(?:t[uú]|usted|ti)\b)|par|selon(?!\s+(?:toi|vous)\b))\s"
    # not a manual ("según DSM-5" is how to diagnose), nor in a question
    r"(?!(?:(?:el|la|le|the|dem|der)\s+)?(?:dsm|icd|cie|cim)\b)(?![^.;\n]*\?)",
    re.I | re.M,
)
_UNDECIDED = re.compile(
    r"\b(?:haven't|have\s+not|hasn't|has\s+not|not\s+yet|still|no\s+formal|not\s+formally|without\s+a)\s+(?:\w+\s+)?(?:settled|decided|made|sure|assessing|diagnosed|determined|given|assigned|dx|diagnosis)"
    r"|\bnot\s+sure\s+(?:what|which|of)\b|\bundiagnosed\b|\b(?:not|never|n't)\s+(?:\w+\s+){0,2}(?:diagnosed|dx'?d|assessed)\b",
    re.I,
)
# Asking for a handout or leaflet on a condition asks for writing about it, not for a diagnosis.
_WRITING_ABOUT_A_CONDITION = re.compile(
    r"\b(?:handouts?|leaflets?|info(?:rmation)?\s+sheets?|fact\s*sheets?|worksheets?|brochures?|psycho-?ed\w*|pamphlets?)\b", re.I)
_NAMES_A_DIAGNOSIS_AS_SUCH = re.compile(r"diagnos|\bdx\b|\bcodes?\b(?!\s+(?:words?|phrases?|names?)\b)|criteri|\bicd\b|\bdsm\b", re.I)


# Asking for an opinion even where the clinician has a diagnosis of their own.
_OPINION = re.compile(
    r"\b(?:think|agree|opinion|guess|hunch|gut|fits?|fitting|meets?|meet|criteria|likely|differential|ddx|r/o|rule|whether|might|closest"
    r"|sounds?\s+like|looks?\s+like|seems?|rather\s+than|instead|or\s+(?:is|just|more))\b|\bvs\.?\b|\bversus\b",
    re.I,
)
_FORBIDS_DIAGNOSIS = re.compile(
    # ("yes or no" asks for an answer: it forbids nothing)
    r"\b(?:don'?t|do\s+not|never|(?<!yes\sor\s)no|not|without|avoid|leave\s+out|omit|remove|nothing|sin|sans|ohne|kein\w*|pas\s+de|ning[uú]n\w*)\b[^.?!\n]{0,40}"
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
# What a request is for, said after it: "if yes pls add it", "need it for the problem list", "so I can bill".
# What the answer is needed for follows on too: "need something for the GP letter", "j'ai besoin d'un code pour la
# mutuelle", "necesito ponerlo en la historia clínica".
_WEIGHS = re.compile(r"\b(?:vs\.?|versus|whichever|either|pick|choose|yes\s+or\s+no)\b", re.I)
_FOLLOWS_ON = re.compile(r"\W*(?:if\s+(?:yes|so|not|it\s+does|they\s+do|he\s+does|she\s+does)|(?:i\s+|we\s+)?needs?\b"
                         r"|j['’]ai\s+besoin|il\s+(?:me|nous)\s+faut|(?:lo\s+|la\s+)?necesit(?:o|amos)\b|(?:ich\s+)?brauche\b|wir\s+brauchen"
                         r"|preciso\b|ho\s+bisogno|mi\s+serve"
                         r"|so\s+(?:i|we|the|it)\b|(?:it|that|this)(?:\s+is|'s)\s+for|wenn\s+ja|si\s+(?:oui|sí|si)\b"
                         r"|para\s|pour\s|damit\s|um\s"
                         r"|(?:or|ou|o|oder|oppure|of)\s[^.!?\n]*\?)", re.I)  # the other choice it asks about: "... or do I leave it?"
# A question the clinician answers on its line is their own finding: "dementia? no - MMSE 27", "psychosis? ruled out".
_ANSWERED = re.compile(r"[ \t]*[-–—:]?[ \t]*(?:no(?!\s+idea)|nope|not(?!\s+(?:sure|certain))|none|yes(?!\s+or)|neg(?:ative)?|ruled\s+out|unlikely|excluded|nee|nein|ja|non|oui|s[ií])\b", re.I)
_CONFIRMATION = re.compile(r"^\W*(?:\w+\W*){0,3}\?\W*$")


def find_diagnosis_requests(text: str, source: str = "request", other_text: str = "", instructions: bool = False) -> list[Finding]:
    """Sentences asking the assistant to diagnose, judge criteria, rule a condition in or out, or pick its code.
    ``instructions``: the text is all said to the model (a system prompt), so every sentence is addressed to it."""
    context = f"{text}\n{other_text}"
    own = [text[s:e] for s, e in clauses(text) if _OWN_DIAGNOSIS.search(text[s:e])]
    own += [other_text[s:e] for s, e in clauses(other_text) if _OWN_DIAGNOSIS.search(other_text[s:e])]
    made = bool(own) and not _UNDECIDED.search(context)
    own_terms = _diagnosis_terms("\n".join(own), True) if made else []
    findings: list[Finding] = []
    # Inside a transcript it is the client or therapist asking, not the clinician; the transcript is refused anyway.
    spoken = [(f.start, f.end) for f in find_transcript(text)]
    sentences = clauses(text)
    # Words in quotation marks are someone's said words ("coached dad to say: 'that sounds like OCD, what do you
    # think?'"), not the clinician's request; the same length, so every place is the text's.
    unquoted = _without_quotes(text)
    for i, (s, e) in enumerate(sentences):
        if any(a <= s < b for a, b in spoken):
            continue
        sentence = unquoted[s:e]
        terms = _diagnosis_terms(sentence, True)
        about = bool(terms) or _about_diagnosis(sentence)
        # "Agree?" asks about the sentence before it.
        if not about and i and _CONFIRMATION.match(sentence):
            ps, _ = sentences[i - 1]
            if _diagnosis_terms(unquoted[ps:e], True) or _about_diagnosis(unquoted[ps:s]):
                s, sentence, terms, about = ps, unquoted[ps:e], _diagnosis_terms(unquoted[ps:e], True), True
        if not about or not (instructions or _ADDRESSED.search(sentence)) or findings and s < findings[-1].end:
            continue  # (or read already, with the question before it)
        if _FORBIDS_DIAGNOSIS.search(sentence) or _SOMEONE_ELSE_ASKS.search(sentence) or _ANSWERED.match(text, e):
            continue
        if _FAMILY_HISTORY.search(sentence) and "?" not in sentence and not _OPINION.search(sentence):
            continue
        if (_WRITING_ABOUT_A_CONDITION.search(sentence) and "?" not in sentence and not _OPINION.search(sentence)
                and not _NAMES_A_DIAGNOSIS_AS_SUCH.search(sentence)):
            continue  # "make a handout for parents about accommodation in OCD"
        if not terms and (_WORDING_QUESTION.search(sentence) or (_BILLING_ONLY.search(sentence) and not _names_diagnosis_besides_code(sentence))):
            continue
        if made and not _OPINION.search(sentence) and all(any(_same_condition(t, o) for o in own_terms) for t in terms):
            continue  # documenting or coding the clinician's own diagnosis
        # "dx??? - pls suggest", "meets criteria for ADHD? what ICD-10 code should I put?", "... BPD? just tell me which",
        # "... for the claim? leaning F43.10 vs F43.22",
        # "... if yes add it to the assessment": what the line goes on to ask of the assistant (a sentence that opens by
        # asking, a short addressed fragment, a question about the diagnosis), or what the answer is for, belongs to it.
        for ns, ne in sentences[i + 1:]:
            following = unquoted[ns:ne]
            if "\n" in text[e:ns] or not (_FOLLOWS_ON.match(following) or _ADDRESSED.match(following) or _ADDRESSED.search(following) and (
                    len(following.split()) <= 4 or "?" in following and _DIAGNOSTIC_OBJECT.search(following))
                    # the candidates it weighs: "leaning F43.10 vs F43.22"
                    or len(following.split()) <= 6 and _diagnosis_terms(following, True)
                    # the candidates it weighs, and how to choose: "MDD ... vs adjustment d/o - just pick the best fit"
                    or _WEIGHS.search(following) and (len(following.split()) <= 4 or len(_diagnosis_terms(following, True)) >= 2
                                                       or _ADDRESSED.search(following))):
                break
            e, sentence = ne, unquoted[s:ne]
        # Two questions on one line ("meets criteria for BPD? what dx would you give") are one request to review.
        if findings and findings[-1].end <= s and not text[findings[-1].end:s].strip(" \t"):
            s = findings.pop().start
        findings.append(Finding("diagnosis_request", text[s:e], s, e, source,
                                "Asks for a diagnostic opinion. The pack documents your diagnosis; it does not make one."))
    return findings


def _names_diagnosis_besides_code(sentence: str) -> bool:
    return _about_diagnosis(re.sub(r"\bcodes?\b", " ", sentence, flags=re.I))
