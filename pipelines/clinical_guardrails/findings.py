"""What every check reports: a Finding, and the order the review list shows findings in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["diagnosis", "diagnosis_request", "transcript", "unsupported", "placeholder", "omission"]


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str
    start: int
    end: int
    source: str  # "note", "request" or "bullets"
    message: str

    def as_dict(self) -> dict:
        # Its fields are plain values in its own attributes: no deep copy (dataclasses.asdict's), nor a look at its
        # fields for each of the many findings of a long draft, is needed.
        return dict(vars(self))


def in_review_order(findings: list[Finding]) -> list[Finding]:
    order = {"note": 0, "request": 1, "bullets": 2}
    return sorted(findings, key=lambda f: (order[f.source], f.start, f.kind))
