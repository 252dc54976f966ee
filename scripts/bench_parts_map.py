"""Time the IFS parts map on a large map: 40 parts and 100 sessions of history.

    python scripts/bench_parts_map.py [--parts 40] [--sessions 100] [--db sqlite:///path]

Prints the median and 95th-percentile time to record a session, to update a part,
to render the current map, and to render the map as it was on an earlier date.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta

from therapy_pack.paths import TOOLS_DIR, standalone_module

pm = standalone_module(TOOLS_DIR / "ifs_parts_map.py")

USER = {"id": "bench-clinician"}


async def confirm(_event: dict) -> bool:
    """The clinician's click on "Confirm" in Open WebUI's dialog (the time to click is not the tool's)."""
    return True


def confirmed(change) -> str:
    return asyncio.run(change)


TYPES = ("manager", "firefighter", "exile")


def timed(call, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parts", type=int, default=40)
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args(argv)
    url = args.db or f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    tool = pm.Tools()
    tool.valves = tool.Valves(encryption_key=pm.Cipher.new_key(), database_url=url)

    start = date(2025, 1, 6)
    for n in range(args.parts):
        confirmed(tool.record_part("BENCH", f"Part {n}", TYPES[n % 3], role="keeps things safe " * 3, origin=f"age {5 + n % 10}",
                                   protects=f"Part {n + 1}" if n % 3 == 0 else "", session_date=start.isoformat(), __user__=USER,
                                   __event_call__=confirm))
    for s in range(args.sessions):
        day = (start + timedelta(weeks=s)).isoformat()
        present = ", ".join(f"Part {(s + k) % args.parts}" for k in range(3))
        confirmed(tool.record_session("BENCH", day, present, "unblending, witnessing", "calm, curious",
                                      "Clinician's words about the session. " * 8, __user__=USER, __event_call__=confirm))

    later = (start + timedelta(weeks=args.sessions + 1)).isoformat()
    middle = (start + timedelta(weeks=args.sessions // 2)).isoformat()
    results = {
        "record a session": timed(lambda: confirmed(tool.record_session("BENCH", later, "Part 1, Part 2", "unburdening", "", "More words.",
                                                                         __user__=USER, __event_call__=confirm)), 20),
        "update a part": timed(lambda: confirmed(tool.record_part("BENCH", "Part 7", status="witnessed", session_date=later, __user__=USER,
                                                                   __event_call__=confirm)), 20),
        "render the map": timed(lambda: confirmed(tool.show_parts_map("BENCH", __user__=USER, __event_call__=confirm)), 20),
        "render it as of a date": timed(lambda: confirmed(tool.show_parts_map("BENCH", as_of_date=middle, __user__=USER,
                                                                          __event_call__=confirm)), 20),
    }
    print(f"Parts map with {args.parts} parts and {args.sessions}+ sessions of history ({url.split(':')[0]})")
    for name, (p50, p95) in results.items():
        print(f"  {name:<24} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
