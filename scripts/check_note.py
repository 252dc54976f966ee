"""Check a draft note against the clinician's bullets, with the same rules the chat filter uses.

    python scripts/check_note.py [--bullets FILE] [--request FILE] [--note FILE] [--json] [--trace]

--trace adds where each sentence of the note comes from: the clinician's words it rests on, or none
(the fold the chat shows under a draft).

Exit code: 0 no findings, 1 findings, 2 bad input (missing file, not UTF-8, nothing to check).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from therapy_pack.paths import PIPELINES_DIR, standalone_module

guardrails = standalone_module(PIPELINES_DIR / "clinical_guardrails")


class BadInput(Exception):
    pass


def read(path: str | None, what: str) -> str:
    if path is None:
        return ""
    try:
        return Path(path).read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise BadInput(f"the {what} file {path} does not exist") from None
    except UnicodeDecodeError:
        raise BadInput(f"the {what} file {path} is not UTF-8 text") from None
    except OSError as exc:
        raise BadInput(f"the {what} file {path} could not be read ({exc.strerror})") from None


def report(findings: list) -> str:
    if not findings:
        return "No findings: nothing to review."
    lines = [f"{len(findings)} finding(s) to review:"]
    for f in findings:
        lines.append(f"- [{f.kind}] {f.source} {f.start}-{f.end}: \"{f.text}\" - {f.message}")
    return "\n".join(lines)


def trace_report(traced: list) -> str:
    lines = [f"Where each sentence comes from: {sum(1 for t in traced if t.sources)} of {len(traced)} rest on the bullets and request"]
    for t in traced:
        sources = "; ".join(f"\"{s}\"" for s in t.sources) if t.sources else "not from the bullets or request"
        lines.append(f"- \"{t.sentence}\" <- {sources}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bullets", help="the clinician's session bullets")
    parser.add_argument("--request", help="what the clinician asked for")
    parser.add_argument("--note", help="the draft note to check")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument("--trace", action="store_true", help="also show the clinician's words each sentence of the note rests on")
    args = parser.parse_args(argv)
    try:
        texts = {name: read(getattr(args, name), name) for name in ("bullets", "request", "note")}
        if not any(t.strip() for t in texts.values()):
            raise BadInput("nothing to check: give --bullets, --request and/or --note with some text")
    except BadInput as exc:
        print(f"check_note: {exc}", file=sys.stderr)
        return 2
    findings = guardrails.check(**texts)
    # The chat traces against everything the clinician sent: the request and the bullets.
    traced = guardrails.trace(texts["note"], f"{texts['request']}\n{texts['bullets']}") if args.trace else None
    if args.json:
        extra = {"trace": [{"sentence": t.sentence, "sources": list(t.sources)} for t in traced]} if args.trace else {}
        print(json.dumps({"findings": [f.as_dict() for f in findings], **extra}, ensure_ascii=False, indent=2))
    else:
        print(report(findings) + (f"\n\n{trace_report(traced)}" if args.trace else ""))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
