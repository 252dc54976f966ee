"""What every drafted document must look like, whatever the model wrote in it."""

from __future__ import annotations

from clinical_note_filter import UNREADABLE, UNREADABLE_NOTICE
from therapy_pack.presets import Format


def assert_structure(text: str, fmt: Format) -> None:
    """The rendered answer has the format's parts, in order, and no raw JSON; or, where the real model's answer
    could not be read as one (the demo model's prose varies with the CPU build), the pack's plain failure and no
    review list claiming there is nothing to review."""
    assert text.strip() and not text.lstrip().startswith("{"), text
    if UNREADABLE in text:
        assert UNREADABLE_NOTICE in text and "nothing to review" not in text.lower(), text
        return
    body = text.split("<details")[0]
    if fmt.layout == "headed":
        marks = [f"{s.heading}:" for s in fmt.sections]
    elif fmt.layout == "markdown":
        marks = ["# " if s.key == "title" else f"## {s.heading}" for s in fmt.sections]
    elif fmt.layout == "letter":
        marks = ["Date:", "Re:", *fmt.closing]
    else:
        marks = []
    positions = [body.find(mark) for mark in marks]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), (marks, text)
