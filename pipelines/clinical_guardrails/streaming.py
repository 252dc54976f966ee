"""Checking a draft while it streams.

Every check on the draft reads a sentence or a line at a time, so a streamed draft
is checked one sentence at a time as each completes: the work per chunk stays the
size of a sentence however long the document grows, and the last chunk checks only
the last sentence. A cut never falls inside a quotation, nor after the full stop of a
title or initial, which a name may go on from ("Dr. A. Mensah"). What each sentence carries (for
omissions) and rests on (the trace) is read with it too. Omissions, and a form's fields left empty
(known only by the lines around them), need the whole draft: they are found once it is finished.
"""

from __future__ import annotations

from typing import Optional

from .checks import _requests_and_own_words, note_findings, without_requests
from .findings import Finding, in_review_order
from .names import _name_continues
from .text import _SENTENCE_END, _without_quotes
from .unsupported import _merged
from .frequencies import last_heading
from .carried import carried_facts, draft_sentence_facts, find_omissions, is_letter
from .trace import Traced, has_more_than_sentences, trace
from .placeholders import find_empty_fields
from .transcripts import find_transcript


def _complete_through(note: str, start: int) -> int:
    """The end of the last sentence or line after ``start`` that is certainly complete; ``start`` if none."""
    cut = start
    for m in _SENTENCE_END.finditer(note, start):
        if m.end() >= len(note) and m.group() != "\n":
            break  # "F40." may go on as "F40.10"
        if m.group() == "." and _name_continues(note, m.start()):
            continue
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
    exactly those of checking the whole draft at once; omissions are found at the end.
    A check that fails (a fault in the pack) must not cost the clinician the draft: the
    draft goes on streaming unchecked, state["failed"] says so, and the findings are
    those made before.
    """
    state["note"] = state.get("note", "") + delta
    if not state.get("failed"):
        try:
            _check_completed(state, clinician_text, finished)
        except Exception:
            state["failed"] = True
    return in_review_order([Finding(**f) for f in state.get("findings", [])]) if finished else None


def _check_completed(state: dict, clinician_text: str, finished: bool) -> None:
    """Check the sentences the draft completes since the last chunk; once finished, the findings of the whole draft."""
    note, start = state["note"], state.get("checked", 0)
    end = len(note) if finished else _complete_through(note, start)
    found = state.setdefault("findings", [])
    if end > start:
        piece = note[start:end]
        for f in note_findings(piece, _requests_and_own_words(clinician_text, "")[1], last_heading(note[:start])):
            found.append({**f.as_dict(), "start": f.start + start, "end": f.end + start})
        # What the piece's sentences carry, and what each rests on: the last chunk need not read the whole draft.
        state.setdefault("carries", []).extend(draft_sentence_facts(piece))
        state.setdefault("traced", []).extend([t.sentence, list(t.sources)] for t in trace(piece, clinician_text))
        state["checked"] = end
    if finished:
        findings = [Finding(**f) for f in found]
        # Specifics side by side across two sentences are one thing to review, as in a whole-draft check.
        unsupported = [(f.start, f.end, f.message) for f in findings if f.kind == "unsupported"]
        # What the draft leaves out, and a form's empty fields, are known only once it is whole.
        empty_fields = find_empty_fields(note, _requests_and_own_words(clinician_text, "")[1])
        if find_transcript(clinician_text, "bullets"):  # as check(): only the draft's unfilled slots are its own
            whole = [f for f in findings if f.kind == "placeholder"] + empty_fields
        else:
            omissions = find_omissions(without_requests(clinician_text), note, carried_facts(state.get("carries", []), is_letter(note)))
            whole = [f for f in findings if f.kind != "unsupported"] + _merged(note, unsupported) + omissions + empty_fields
        state["findings"] = [f.as_dict() for f in whole]


def streamed_trace(state: Optional[dict], draft: str) -> Optional[list[Traced]]:
    """The trace read while the draft streamed, where it is the trace of ``draft`` as the clinician gets it: not
    without a stream, where a redaction changed it, the draft holds more than its sentences, or a check failed."""
    if state is None or state.get("failed") or draft != state.get("note") or state.get("checked", 0) != len(draft) or has_more_than_sentences(draft):
        return None
    return [Traced(sentence, tuple(sources)) for sentence, sources in state.get("traced", [])]
