"""A server that stops while provisioning runs is started again, with back-off, and the reason said."""

import signal
import sys

from therapy_pack.local_stack import start_process
from therapy_pack.supervision import Backoff, keep_running


def test_backoff_doubles_up_to_a_minute_and_starts_over_after_a_calm_spell():
    backoff, delays, now = Backoff(), [], 0.0
    for _ in range(8):
        delays.append(backoff.next_delay(now))
        backoff.restarted(now)
        now += 1
    assert delays == [2, 4, 8, 16, 32, 60, 60, 60]
    assert backoff.next_delay(now + 301) == 2


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def test_a_killed_server_is_restarted_and_the_others_keep_running(tmp_path):
    sleeper = [sys.executable, "-c", "import time; time.sleep(600)"]
    engine = start_process("The model engine", sleeper, tmp_path / "engine.log", "http://127.0.0.1:1/v1", ready=lambda: True)
    webui = start_process("Open WebUI", sleeper, tmp_path / "webui.log", "http://127.0.0.1:2")
    said, stopping, clock = [], [], FakeClock()
    first_engine, first_webui = engine.process.pid, webui.process.pid
    engine.process.send_signal(signal.SIGSEGV)
    engine.process.wait(10)

    def say(line):
        said.append(line)
        if "running again" in line:
            stopping.append(True)

    try:
        keep_running([engine, webui], stopping, say, sleep=clock.sleep, clock=clock)
        assert engine.running() and engine.process.pid != first_engine
        assert webui.running() and webui.process.pid == first_webui
        assert said[0].startswith("The model engine stopped (signal SIGSEGV (segmentation fault)); restarting it.")
        assert str(tmp_path / "engine.log") in said[0] and said[1] == "The model engine is running again."
    finally:
        engine.stop()
        webui.stop()


def test_a_server_that_cannot_come_back_is_tried_again_later(tmp_path):
    """Its first restart dies while starting (as an engine that crashes on load); the next one stays up."""
    marker = tmp_path / "tried"
    flaky = [sys.executable, "-c", f"import pathlib, time, sys\nm = pathlib.Path({str(marker)!r})\n"
             "if not m.exists(): m.touch(); sys.exit(3)\ntime.sleep(600)"]
    engine = start_process("The model engine", [sys.executable, "-c", "raise SystemExit(1)"], tmp_path / "engine.log", "u")
    engine.process.wait(10)
    engine.command = flaky
    engine.ready = lambda: marker.exists() and _settled() and engine.process.poll() is None
    said, stopping, clock = [], [], FakeClock()

    def say(line):
        said.append(line)
        if "running again" in line:
            stopping.append(True)

    try:
        keep_running([engine], stopping, say, sleep=clock.sleep, clock=clock)
        assert said[0].startswith("The model engine stopped (exit code 1)")
        assert "did not come back yet: The model engine stopped while starting (exit code 3)" in said[1] and "Last lines" not in said[1]
        assert said[-1] == "The model engine is running again." and engine.running()
    finally:
        engine.stop()


def _settled() -> bool:
    import time

    time.sleep(1)  # long enough for a process that exits at once to have exited
    return True
