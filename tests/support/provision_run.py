"""scripts/provision.py run for real in the background, as the end-to-end tests start it."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from therapy_pack.local_stack import dies_with_parent, free_port
from therapy_pack.paths import ROOT

EMAIL, PASSWORD = "owner@practice.test", "a long practice password 42"
CLINICIAN, CLINICIAN_PASSWORD = "therapist@practice.test", "another long password 7"


class Provision:
    """scripts/provision.py in the background, with its output read line by line."""

    def __init__(self, data_dir: Path, port: int, engine_port: int, speech_from: Path, *extra: str,
                 admin: tuple[str, str] = (EMAIL, PASSWORD)):
        env = {
            **os.environ,
            "THERAPY_PACK_ADMIN_EMAIL": admin[0],
            "THERAPY_PACK_ADMIN_PASSWORD": admin[1],
            "THERAPY_PACK_CLINICIAN_PASSWORD": CLINICIAN_PASSWORD,
            # Nothing listens there, so the run takes the no-Ollama path.
            "OLLAMA_HOST": f"127.0.0.1:{free_port()}",
            "COLUMNS": "160",
        }
        self.env = env
        self.process = subprocess.Popen(
            [sys.executable, "scripts/provision.py", "--data-dir", str(data_dir), "--port", str(port),
             "--engine-port", str(engine_port), "--add-clinician", CLINICIAN,
             # The model hub is out of reach here: the dictation model comes from PyPI, as a practice could copy it.
             "--speech-model-from", str(speech_from), *extra],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            preexec_fn=dies_with_parent,  # a killed test run takes provisioning, and so its servers, with it
        )
        self.lines: list[str] = []
        self._queue: queue.Queue = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, text: str, timeout: float = 300) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=1)
            except queue.Empty:
                continue
            if line is None:
                break
            self.lines.append(line)
            if text in line:
                return
        self.stop()
        pytest.fail(f"provision.py never printed {text!r}. Its output:\n" + "\n".join(self.lines[-60:]), pytrace=False)

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(60)
        self._reader.join(10)
        while not self._queue.empty():
            line = self._queue.get()
            if line is not None:
                self.lines.append(line)
        return code
