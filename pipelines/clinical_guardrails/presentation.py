"""What the clinician sees of the checks: the review list and the source trace under the draft, a redacted or
withheld draft, the status line.

Both lists are <details> folds: Open WebUI shows each under the draft, folded, its summary saying what is in it,
and its copy button leaves every <details> block out, so what the clinician pastes into the EHR is the document
alone. Nothing quoted in a fold may close it early: a "<" is written as "&lt;", which Open WebUI shows as "<".
"""

from __future__ import annotations

import re
from typing import Optional

from .findings import Finding
from .omissions import OMISSION_HEADING
from .trace import Traced
from .contract import EMPTY_SECTION_NOTICE, MISSING_SECTION_NOTICE, NOTICES


REVIEW_HEADING = "Review before signing"
TRACE_FOLD = '<details type="therapy_pack_trace">'
TRACE_HEADING = "Where each sentence comes from"
NOT_FROM_YOUR_NOTES = "not from your notes"
UNFINISHED_CHECK = ("Something went wrong while this draft was being checked, so this list may be incomplete. "
                    "Please read the whole draft against your notes before signing.")


def _items(count: int) -> str:
    return f"{count} item{'' if count == 1 else 's'}"


def _to_review(findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """What the draft says that needs checking, and what the clinician's notes hold that the draft leaves out."""
    return [f for f in findings if f.source == "note"], [f for f in findings if f.kind == "omission"]


def draft_status(findings: list[Finding], note: str, checked_in_full: bool = True) -> str:
    """The status line once a draft is checked: "nothing to review" only when every check ran on a whole draft
    and found nothing."""
    if not checked_in_full:
        return "Draft not fully checked: something went wrong - read all of it against your notes before signing"
    count = sum(map(len, _to_review(findings)))
    said = ([f"{_items(count)} to review"] if count else []) + _draft_problems(note)
    return f"Draft checked: {'; '.join(said)}" if said else "Draft checked: nothing to review"


def _draft_problems(note: str) -> list[str]:
    """What the note filter's notice under the draft says is wrong with it, in the status line's words."""
    notice = " ".join(line for line in note.splitlines() if line.startswith("\u26a0"))
    problems = {
        NOTICES["unstructured"]: "not in the note's structure - review it in full",
        NOTICES["invalid"]: "part of it is not in the note's structure - review it in full",
        NOTICES["incomplete"]: "it stopped before it was finished - complete it or regenerate it before signing",
        NOTICES["empty"]: "no text came back - please send your notes again",
        MISSING_SECTION_NOTICE: "a section is missing - add it before signing",
        EMPTY_SECTION_NOTICE: "a section came back empty - fill it in before signing",
    }
    return [said for words, said in problems.items() if re.search(re.escape(words).replace(r"\{\}", ".+?"), notice)]


def review_list(findings: list[Finding], checked_in_full: bool = True) -> str:
    """The "Review before signing" fold under a draft; when a check could not finish, it says so first."""
    shown, omitted = _to_review(findings)
    if not shown and not omitted and checked_in_full:
        return ""
    count = f"{_items(len(shown) + len(omitted))} to check"
    summary = count if checked_in_full else f"{count}, and the checks could not finish" if shown or omitted else "the checks could not finish"
    lines = ['<details type="therapy_pack_review">', f"<summary>\u26a0 {REVIEW_HEADING}: {summary}</summary>", ""]
    lines += [] if checked_in_full else [UNFINISHED_CHECK, ""]
    lines += [f"- {_quoted(f.text)} - {f.message}" for f in shown]
    if omitted:
        lines += [""] * bool(shown) + [f"{OMISSION_HEADING}:", ""] + [f"- {_quoted(f.text)} - {f.message}" for f in omitted]
    return "\n".join(lines + ["</details>"])


def trace_fold(traced: list[Traced]) -> str:
    """The "Where each sentence comes from" fold: each sentence of the draft, with the clinician's words it rests
    on, or marked as resting on none of them."""
    if not traced:
        return ""
    resting = sum(1 for t in traced if t.sources)
    lines = [TRACE_FOLD, f"<summary>{TRACE_HEADING}: {resting} of {len(traced)} "
                         f"{'rests' if len(traced) == 1 else 'rest'} on your notes</summary>", ""]
    for t in traced:
        source = f"from your notes: {'; '.join(map(_quoted, t.sources))}" if t.sources else f"**{NOT_FROM_YOUR_NOTES}**"
        lines.append(f"- {_quoted(t.sentence)} - {source}")
    return "\n".join(lines + ["</details>"])


def _quoted(text: str) -> str:
    """Text quoted in a fold: at most 120 characters, and no "<" that could close the fold; a quotation in its own
    marks is quoted once ("I am always the problem.", not "\u201c"I am …"\u201d")."""
    if len(text) > 2 and text[0] + text[-1] in _OWN_MARKS:
        text = text[1:-1]
    text = text if len(text) <= 120 else text[:117] + "..."
    return f"\u201c{text.replace('<', '&lt;')}\u201d"


_OWN_MARKS = frozenset(('""', "\u201c\u201d", "''", "\u2018\u2019", "\u00ab\u00bb", "\u201e\u201c", "\u201e\u201d"))


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


def shown_draft(note: str, findings: list[Finding], diagnosis_action: str) -> Optional[str]:
    """The draft as the clinician gets it: as written, with a diagnosis redacted, or None when it is withheld."""
    diagnoses = [f for f in findings if f.kind == "diagnosis" and f.source == "note"]
    if diagnoses and diagnosis_action == "block":
        return None
    return redact(note, findings) if diagnoses and diagnosis_action == "redact" else note


def apply_findings(note: str, findings: list[Finding], diagnosis_action: str, traced: Optional[list[Traced]] = None,
                   checked_in_full: bool = True) -> str:
    """The note as the clinician sees it, with the review list and the trace of its sentences (``traced``) under it."""
    draft = shown_draft(note, findings, diagnosis_action)
    if draft is None:
        diagnoses = sorted({f.text for f in findings if f.kind == "diagnosis" and f.source == "note"})
        return (
            "This draft was withheld because it names a diagnosis that is not in your notes "
            f"({', '.join(diagnoses)}). Please regenerate it, or add the diagnosis to your "
            "notes if it is yours.\n\n" + review_list(findings, checked_in_full)
        )
    folds = [fold for fold in (review_list(findings, checked_in_full), trace_fold(traced or [])) if fold]
    return "\n\n".join([draft.rstrip(), *folds]) if folds else draft
