"""What a finding names, as the tests compare it."""

from __future__ import annotations

import re


def unsupported_specifics(findings) -> list[str]:
    """The specifics each unsupported finding names ("lorazepam" in the clause it quotes), and a quotation's text."""
    named = []
    for f in findings:
        if f.kind == "unsupported":
            specifics = re.findall(r"\u201c(.+?)\u201d", f.message)
            named += specifics + ([f.text] if not specifics or "quotation" in f.message else [])
    return named
