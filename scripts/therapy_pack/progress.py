"""Long waits a person can follow: the stage and the time so far, never a frozen line.

A step's own output (pip's warnings, a compiler's chatter) goes to a log file and is
shown only when the step fails. Standard library only: it runs before the venv exists.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence, TextIO

# A wait shorter than this shows nothing; longer ones show the stage and elapsed time.
QUIET_SECONDS = 5.0
# Where the output is not a terminal (a log, CI), one line this often instead of a live one.
PLAIN_EVERY_SECONDS = 60.0
# How often the time is looked at: every second at a terminal, less often otherwise.
TICK_SECONDS = {True: 1.0, False: 5.0}
BAR_WIDTH = 20


class StepFailed(Exception):
    """A step's command failed; the message says which step and shows the end of its output."""


def elapsed(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


def progress_line(stage: str, seconds: float, step: int = 0, steps: int = 0) -> str:
    """``[2/4] ██████░░░░ Building the model engine · 3 min 05 s`` (the bar counts steps)."""
    if steps:
        done = round(BAR_WIDTH * (step - 1) / steps)
        return f"[{step}/{steps}] {'█' * done}{'░' * (BAR_WIDTH - done)} {stage} · {elapsed(seconds)}"
    return f"{stage} · {elapsed(seconds)}"


@contextmanager
def showing_progress(stage: str, step: int = 0, steps: int = 0, out: TextIO | None = None) -> Iterator[None]:
    """Show the stage and elapsed time while the body runs, once it has run QUIET_SECONDS."""
    out = out or sys.stderr
    live = out.isatty()
    start, stop = time.monotonic(), threading.Event()

    def show() -> None:
        shown = 0.0
        while not stop.wait(TICK_SECONDS[live]):
            seconds = time.monotonic() - start
            if seconds < QUIET_SECONDS:
                continue
            if live:
                out.write("\r\033[K" + progress_line(stage, seconds, step, steps))
                out.flush()
            elif seconds - shown >= PLAIN_EVERY_SECONDS or not shown:
                out.write(progress_line(stage, seconds, step, steps) + "\n")
                out.flush()
                shown = seconds

    ticker = threading.Thread(target=show, daemon=True)
    ticker.start()
    try:
        yield
    finally:
        stop.set()
        ticker.join()
        if live and time.monotonic() - start >= QUIET_SECONDS:
            out.write("\r\033[K")
            out.flush()


def run_step(stage: str, command: Sequence[str], log_path: Path, env: dict | None = None,
             step: int = 0, steps: int = 0) -> None:
    """Run ``command`` with its output in ``log_path``, showing progress; StepFailed if it fails."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log, showing_progress(stage, step, steps):
        log.write(f"\n$ {' '.join(command)}\n".encode())
        log.flush()
        code = subprocess.run(list(command), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env).returncode
    if code:
        tail = "\n".join(log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-25:])
        raise StepFailed(f"{stage} failed. The end of what it printed (all of it is in {log_path}):\n{tail}")
