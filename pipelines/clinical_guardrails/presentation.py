"""What the clinician sees of the findings: the review list under the draft, a redacted or withheld draft, the status line."""

from __future__ import annotations

from .findings import Finding
from .omissions import OMISSION_HEADING


REVIEW_HEADING = "Review before signing"


def _items(count: int) -> str:
    return f"{count} item{'' if count == 1 else 's'}"


def _to_review(findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """What the draft says that needs checking, and what the clinician's notes hold that the draft leaves out."""
    return [f for f in findings if f.source == "note"], [f for f in findings if f.kind == "omission"]


def draft_status(findings: list[Finding]) -> str:
    """The status line once a draft is checked."""
    count = sum(map(len, _to_review(findings)))
    return f"Draft checked: {_items(count)} to review" if count else "Draft checked: nothing to review"


def review_list(findings: list[Finding]) -> str:
    """The "Review before signing" list shown under a draft.

    A <details> block: Open WebUI shows it under the draft, its summary saying how many items there are, and its
    copy button leaves it out, so what the clinician pastes into the EHR is the document alone."""
    shown, omitted = _to_review(findings)
    if not shown and not omitted:
        return ""
    lines = ['<details type="therapy_pack_review">',
             f"<summary>\u26a0 {REVIEW_HEADING}: {_items(len(shown) + len(omitted))} to check</summary>", ""]
    lines += [_quoted(f) for f in shown]
    if omitted:
        lines += [""] * bool(shown) + [f"{OMISSION_HEADING}:", ""] + [_quoted(f) for f in omitted]
    return "\n".join(lines + ["</details>"])


def _quoted(f: Finding) -> str:
    quoted = f.text if len(f.text) <= 120 else f.text[:117] + "..."
    return f"- \u201c{quoted}\u201d - {f.message}"


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
