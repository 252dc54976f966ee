"""Unfilled placeholders.

A template slot, in whatever syntax the template was written: bracketed slot text
([DATE], [[date]], <client name>, <<Session #>>, {{ date }}, {date}, ${date}, {0}, «Name»),
a variable ($NAME, %NAME%, %(name)s, <%= name %>, __NAME__, :name:), a slot word in
parentheses ("(name)"), a date or time mask (MM/DD/YYYY, TT.MM.JJJJ, __/__/____, ___:___),
a number left as X or # ("Week X", "Session # __"), a telephone number's or a year's mask ("(XXX) XXX-XXXX",
"20XX"), a run of underscores, TBD. Slots side
by side ("___/___ at ___:___") are one finding, and a slot that is a field's whole value
is reported with its label ("DOB: XX/XX/XXXX"). A form's fields left empty ("Client Name:"
over "Session Date:") are found on the whole draft. Not slots: editorial brackets ([sic],
[laughs]), citations, links, money, code inside a quotation, what the clinician wrote.
"""

from __future__ import annotations

import re

from .findings import Finding
from .text import _QUOTE


_DATE_PART = r"(?:MM|DD|YYYY|YY|JJJJ|JJ|AAAA|TT|GG|HH|SS|XXXX|XX|xxxx|xx|_{2,}|##)"
_SLOT_WORDS = (r"(?:first\s+|last\s+|full\s+)?(?:name|nom|nombre|nome|date|fecha|datum|dob|age|pronouns?|number|location|school"
               r"|employer|diagnosis|code|signature|credentials?|provider|clinician|therapist|time|x{2,}|\?{2,}|…|\.\.\.)")
_SLOT = re.compile(
    # Every form starts with one of these, and no word does ("Monday", "Tom"): other positions fail at once.
    r"(?=[\[{<(«‹$%:_#XxTMDYJGHA12])(?![MDYJGHATX][a-z]|x[^x])"
    # a telephone number's mask, "(XXX) XXX-XXXX"; a year's last digits left out, "20XX"
    r"(?:\(?[X#]{3}\)?[ .-]?[X#]{3}[ .-][X#]{4}(?![\w#])|(?<![\w/.])(?:19|20)(?:XX|xx|__)(?!\w)"
    r"|\[\[?(?:[^\W\d]|[#_ .])[^\[\]\n]{0,59}\]\]?(?!\()"
    r"|\$?\{\{?(?:[^\W\d]|[#_ .])[^{}\n]{0,59}\}\}?|\{\d{1,2}\}|\{%[^%\n]{1,60}%\}"
    r"|<%[=-]?[^%\n]{1,60}%>|<<?(?:[^\W\d]|#)[^<>\n]{0,59}>>?|«[^«»\s]{1,40}»|‹[^‹›\n]{1,40}›"
    rf"|\((?:client'?s?\s+|insert\s+|enter\s+|add\s+|fill\s+in\s+)?{_SLOT_WORDS}\)"
    r"|(?<![\w$])\$[A-Za-z_]\w*|(?<![\w%])%[A-Za-z_][\w.-]{0,40}%(?![\w%])|%\([A-Za-z_]\w*\)[sdifr]|(?<![\w%])%[sd](?![\w%])"
    r"|(?<![^\s(\[]):[A-Za-z][A-Za-z0-9_]{1,40}:(?![\w:])"
    r"|(?<!\w)__(?:[A-Z][A-Z0-9_]*|[a-z][a-z0-9]*_[a-z0-9_]*)__(?!\w)"
    rf"|(?<![\w/]){_DATE_PART}(?:[/.:-]{_DATE_PART})+(?![\w/])"
    r"|(?<![\w])(?:X{2,12}|x{2,12})(?![\w])(?:[- ](?:years?[- ]old|year|yo|y/o|years|months?|weeks?|days?|sessions?|mg|%))?"
    r"|(?<=\w )X(?![\w'’/-]|\.\w)|(?<=\w )#(?:[ \t]*_+|(?=[.,;:)]|[ \t]*(?:\n|\Z)))"
    r"|_{3,}|\bTB[DAC]\b|\bTK\b)",
)
# A number left as X or #: the word before it says what it counts ("Week X", "Session # __").
_NUMBER_SLOT = re.compile(r"(?:X{1,4}|x{2,4})(?![/.:])|#(?!#)")
_WORD_BEFORE = re.compile(r"[^\W\d_]{3,20} \Z")
# Brackets a writer uses in real text: editorial marks in quoted speech, citations, links, checked boxes, markup.
_NOT_A_SLOT = re.compile(
    r"\[(?:sic!?|laughs?|laughing|laughter|sighs?|sighing|cries|crying|pauses?|silence|inaudible|unintelligible|indistinct"
    r"|crosstalk|redacted|sp\??|emphasis (?:added|mine|original)|…|\.\.\.|x)\]"
    r"|[\[(].*\b(?:1[89]|20)\d\d\b|.*\bet al\b|<[^>]*(?:@|://)|</?(?:br|b|i|u|p|em|strong|sub|sup|hr|div|span|small)\b",
    re.I,
)
# Inside a quotation a slot is the speaker's own text ("I typed ${HOME}"), unless it is a bracketed instruction or capitals.
_TEMPLATE_INSIDE_QUOTE = re.compile(r"[\[<]+\s*(?:insert|enter|add|fill|type|describe|specify|include)\b|[\[<](?-i:[^a-z]+)\Z", re.I)
# «Name», «CLIENT», «client_name»: a merge field; «vide» or «Vide», one quoted word.
_GUILLEMET_SLOT = re.compile(rf"«(?:.[^»]*[A-Z_0-9][^»]*|(?i:…|\.\.\.|{_SLOT_WORDS}))»")
# Slots side by side with only these between are one slot: "___/___/____ at ___:___", "${partner1} and ${partner2}".
_JOINED = re.compile(r"[ \t]*(?:[,;/|&+@–—-]|and|or|at|to|on|of|et|ou|à|und|oder|um|y|o|e|a|de)?[ \t]*", re.I)
# A field's label starts a line or a sentence (where a streamed draft is cut): "DOB: XX/XX/XXXX", "... week. Homework: [x]".
_FIELD_LABEL = re.compile(r"(?:^|\n|[.?!][\"'”’)]*[ \t]+)[ \t>*•·-]*(\**[^\W\d_](?:[^:\n.?!]|\.(?=\S)){0,40}?\**[ \t]*[:：]\**[ \t]*)\Z")
# The clinician's own "TBD", in whatever words, is no slot the draft left.
_TO_BE_DECIDED = re.compile(r"\bt\.?b\.?[dac]\b|\bto be (?:determined|decided|arranged|announced|confirmed|agreed|scheduled|booked|set)\b", re.I)


def _is_slot(m: re.Match, note: str, clinician: str) -> bool:
    slot = m.group()
    if _NOT_A_SLOT.match(slot) or (slot[0] == "«" and not _GUILLEMET_SLOT.fullmatch(slot)):
        return False
    if slot.upper() in ("TBD", "TBA", "TBC") and _TO_BE_DECIDED.search(clinician):
        return False
    if slot.lower() in clinician and re.search(rf"(?<!\w){re.escape(slot.lower())}(?!\w)", clinician):
        return False
    # A quotation stays on its line: only the slot's line is read for one.
    line_end = note.find("\n", m.end())
    quotes = _QUOTE.finditer(note, note.rfind("\n", 0, m.start()) + 1, len(note) if line_end < 0 else line_end)
    inside = any(q.start() <= m.start() and m.end() <= q.end() and q.span() != m.span() for q in quotes)
    return not inside or bool(_TEMPLATE_INSIDE_QUOTE.match(slot))


def find_placeholders(note: str, clinician_text: str) -> list[Finding]:
    """Template slots the draft left unfilled, read a line at a time (a streamed draft is checked a sentence at a time)."""
    matches = list(_SLOT.finditer(note))
    if not matches:
        return []
    clinician = clinician_text.lower()
    spans: list[list[int]] = []
    for m in matches:
        if not _is_slot(m, note, clinician):
            continue
        start, end = m.span()
        before = _WORD_BEFORE.search(note, max(0, start - 21), start) if _NUMBER_SLOT.match(m.group()) else None
        if before:
            start = before.start()
        elif m.group() == "X" or m.group().startswith("#"):
            continue  # a lone X or # counts nothing
        if spans and _JOINED.fullmatch(note, spans[-1][1], start):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    findings = []
    for start, end in spans:
        labelled = note[max(0, start - 8):start].rstrip(" \t*").endswith((":", "："))  # cheap, before the label's regex
        label = _FIELD_LABEL.search(note, max(0, start - 60), start) if labelled else None
        if label:
            start = label.start(1)
        findings.append(Finding("placeholder", note[start:end], start, end, "note", "An unfilled placeholder: fill it in or remove it."))
    return findings


# A line that is a label and nothing else, found from its colon (fewer than the lines).
_LINE_END_COLON = re.compile(r"[:：]\**[ \t]*(?=\n|\Z)")
_EMPTY_FIELD = re.compile(r"[ \t>*•·-]*\**[^\W\d_][^:\n]{0,40}?\**[ \t]*[:：]\**[ \t]*")


def find_empty_fields(note: str, clinician_text: str) -> list[Finding]:
    """A form's fields left empty: three or more labels with nothing after them, two before a blank line, one that ends the draft.

    A label alone is also a heading ("Assessment:" over its paragraph), so only the lines around it tell: this reads the whole draft.
    """
    runs: list[list[int]] = []  # start, end, lines
    for m in _LINE_END_COLON.finditer(note):
        start = note.rfind("\n", 0, m.start()) + 1
        if _EMPTY_FIELD.fullmatch(note, start, m.end()):
            if runs and runs[-1][1] + 1 == start:
                runs[-1][1:] = [m.end(), runs[-1][2] + 1]
            else:
                runs.append([start, m.end(), 1])
    findings = []
    for start, end, lines in runs:
        last = not note[end:].strip()
        if lines >= 3 or (lines == 2 and re.match(r"\n[ \t]*\n", note[end:end + 80])) or last:
            while note[start] in " \t":
                start += 1
            text = note[start:end].rstrip()
            if text.lower() not in clinician_text.lower():
                findings.append(Finding("placeholder", text, start, start + len(text), "note",
                                        "A field left empty: fill it in or remove it."))
    return findings
