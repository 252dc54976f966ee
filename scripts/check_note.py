"""Check a draft note against the clinician's bullets, with the same rules the chat filter uses.

    python scripts/check_note.py [--bullets FILE] [--request FILE] [--note FILE] [--json]

Exit code: 0 no findings, 1 findings, 2 bad input (missing file, not UTF-8, nothing to check).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from therapy_pack.paths import PIPELINES_DIR, standalone_module

check = standalone_module(PIPELINES_DIR / "clinical_guardrails").check


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bullets", help="the clinician's session bullets")
    parser.add_argument("--request", help="what the clinician asked for")
    parser.add_argument("--note", help="the draft note to check")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    args = parser.parse_args(argv)
    try:
        texts = {name: read(getattr(args, name), name) for name in ("bullets", "request", "note")}
        if not any(t.strip() for t in texts.values()):
            raise BadInput("nothing to check: give --bullets, --request and/or --note with some text")
    except BadInput as exc:
        print(f"check_note: {exc}", file=sys.stderr)
        return 2
    findings = check(**texts)
    if args.json:
        print(json.dumps({"findings": [f.as_dict() for f in findings]}, ensure_ascii=False, indent=2))
    else:
        print(report(findings))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
