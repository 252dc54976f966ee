"""Measure the guardrail checker on labelled cases (JSONL, as in shared/eval/guardrails-dev.jsonl).

    python scripts/bench_guardrails.py ../shared/eval/guardrails-dev.jsonl [--show-misses] [--json]

Prints recall per kind (a case counts when every expected kind is reported and every
expected span is covered by a finding of that case; an omission, when each of the case's
"expect_omissions", the dropped bullet text, is covered by an omission finding), the share of clean cases with no
finding, forbidden kinds reported, and p50/p99 checking time per case and for a
3,000-character note, and what the source trace under a draft adds to that note.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from therapy_pack.paths import PIPELINES_DIR, standalone_module

guardrails = standalone_module(PIPELINES_DIR / "clinical_guardrails")
check, trace = guardrails.check, guardrails.trace

KINDS = ("diagnosis", "diagnosis_request", "transcript", "unsupported", "placeholder", "omission")


def covered(span: str, case: dict, findings: list) -> bool:
    for f in findings:
        source = case.get(f.source) or ""
        if span in f.text or span in source[f.start : f.end]:
            return True
    return False


def expected_kinds(case: dict) -> list[str]:
    """The kinds a case expects; dropped bullets ("expect_omissions") expect an omission."""
    omission = ["omission"] if case.get("expect_omissions") and "omission" not in case["expect_kinds"] else []
    return case["expect_kinds"] + omission


def timed(case: dict, repeat: int = 20, what=None) -> float:
    what = what or (lambda c: check(bullets=c["bullets"], request=c["request"], note=c["note"]))
    best = []
    for _ in range(repeat):
        t = time.perf_counter()
        what(case)
        best.append(time.perf_counter() - t)
    return statistics.median(best) * 1000


def traced(case: dict) -> None:
    """The trace as the chat makes it: against everything the clinician sent."""
    trace(case["note"], f"{case['request']}\n{case['bullets']}")


def load_cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def quality(cases: list[dict], show_misses: bool = False) -> dict:
    """Recall per kind, clean cases left unflagged and forbidden kinds reported, as counts."""
    expected, hit, forbidden = Counter(), Counter(), Counter()
    clean_total = clean_ok = 0
    for case in cases:
        findings = check(bullets=case["bullets"], request=case["request"], note=case["note"])
        kinds = {f.kind for f in findings}
        for kind in expected_kinds(case):
            expected[kind] += 1
            if kind == "omission":  # each dropped bullet is quoted by an omission finding
                ok = all(covered(s, case, [f for f in findings if f.kind == kind]) for s in case.get("expect_omissions", []))
            else:
                ok = kind in kinds and all(covered(s, case, findings) for s in case["expect_spans"])
            hit[kind] += ok
            if not ok and show_misses:
                print(f"MISS {case['id']} {kind}: found {[(f.kind, f.text) for f in findings]}")
        for kind in case["forbid_kinds"]:
            if kind in kinds:
                forbidden[kind] += 1
                if show_misses:
                    print(f"FORBIDDEN {case['id']} {kind}: {[(f.kind, f.text) for f in findings if f.kind == kind]}")
        if not expected_kinds(case):
            clean_total += 1
            clean_ok += not findings
            if findings and show_misses:
                print(f"FLAGGED CLEAN {case['id']}: {[(f.kind, f.text) for f in findings]}")
    return {"cases": len(cases),
            "recall": {kind: {"found": hit[kind], "of": expected[kind]} for kind in KINDS if expected[kind]},
            "clean": {"unflagged": clean_ok, "of": clean_total},
            "forbidden": dict(forbidden)}


def speed(cases: list[dict]) -> dict:
    """Milliseconds per case, and for a 3,000-character note: checked, and traced (p50, p99)."""
    times = sorted(timed(c) for c in cases)
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))]  # noqa: E731
    longest = max(cases, key=lambda c: len(c["note"]))
    note = (longest["note"] + "\n") * (3000 // max(1, len(longest["note"])) + 1)
    # A different string each time (trailing spaces), so no cache can answer for a note it has seen.
    big_times = sorted(timed({**longest, "note": note[:3000] + " " * i}, 1) for i in range(200))
    # The clinician's text changes too, so the trace cuts it into units each time, as it does once per draft.
    trace_times = sorted(timed({**longest, "note": note[:3000] + " " * i, "bullets": longest["bullets"] + " " * i}, 1, traced)
                         for i in range(200))
    return {"case_ms": {"p50": p(0.5), "p99": p(0.99)}, "note_3000_ms": {"p50": big_times[100], "p99": big_times[197]},
            "trace_3000_ms": {"p50": trace_times[100], "p99": trace_times[197]}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", type=Path)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    cases = load_cases(args.cases)
    figures = {**quality(cases, args.show_misses), **speed(cases)}
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{len(cases)} cases from {args.cases}")
    for kind, r in figures["recall"].items():
        print(f"  recall {kind:<18} {r['found'] / r['of']:.2f}  ({r['found']}/{r['of']})")
    clean = figures["clean"]
    print(f"  clean cases unflagged      {clean['unflagged'] / clean['of']:.2f}  ({clean['unflagged']}/{clean['of']})" if clean["of"] else "  no clean cases")
    print(f"  forbidden kinds reported   {sum(figures['forbidden'].values())}  {figures['forbidden'] or ''}")
    print(f"  time per case              p50 {figures['case_ms']['p50']:.2f} ms  p99 {figures['case_ms']['p99']:.2f} ms")
    print(f"  3,000-character note       p50 {figures['note_3000_ms']['p50']:.2f} ms  p99 {figures['note_3000_ms']['p99']:.2f} ms")
    print(f"  its source trace adds      p50 {figures['trace_3000_ms']['p50']:.2f} ms  p99 {figures['trace_3000_ms']['p99']:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
