"""Long waits show their stage and time; a step's own chatter stays in its log unless it fails."""

import io
import sys

import pytest

from therapy_pack import progress
from therapy_pack.progress import StepFailed, progress_line, run_step


def test_the_line_names_the_stage_the_step_and_the_time_so_far():
    assert progress_line("Building the model engine", 185, 4, 5) == "[4/5] ████████████░░░░░░░░ Building the model engine · 3 min 05 s"
    assert progress_line("Starting Open WebUI", 7) == "Starting Open WebUI · 7 s"


def test_a_quiet_step_keeps_its_output_in_the_log(tmp_path, capsys):
    log = tmp_path / "install.log"
    run_step("Installing", [sys.executable, "-c", "import sys; print('WARNING: pip chatter', file=sys.stderr)"], log)
    captured = capsys.readouterr()
    assert "pip chatter" not in captured.out + captured.err and "pip chatter" in log.read_text()


def test_a_failed_step_says_which_and_shows_the_end_of_its_output(tmp_path):
    with pytest.raises(StepFailed) as failed:
        run_step("Installing PyTorch", [sys.executable, "-c", "print('no space left on device'); raise SystemExit(1)"], tmp_path / "log")
    assert "Installing PyTorch failed" in str(failed.value) and "no space left on device" in str(failed.value)


def test_a_long_wait_shows_progress_without_a_terminal(monkeypatch):
    import time

    monkeypatch.setattr(progress, "QUIET_SECONDS", 0.0)
    monkeypatch.setattr(progress, "TICK_SECONDS", {True: 0.05, False: 0.05})
    out = io.StringIO()
    with progress.showing_progress("Starting the engine", out=out):
        deadline = time.monotonic() + 10
        while "Starting the engine · " not in out.getvalue() and time.monotonic() < deadline:
            time.sleep(0.05)
    assert "Starting the engine · " in out.getvalue()


def test_a_short_wait_shows_nothing():
    out = io.StringIO()
    with progress.showing_progress("Reading the settings", out=out):
        pass
    assert out.getvalue() == ""
