"""Unfilled placeholders.

A template slot: bracketed slot text ([DATE], <client name>, {{date}}, <<Session #>>),
a slot word in parentheses ("(name)"), a date mask (MM/DD/YYYY, __/__/____), XX for
a number, a run of underscores, TBD - unless the clinician's own text has it.
"""

from __future__ import annotations

import re

from .findings import Finding


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
