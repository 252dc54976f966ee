"""The README's first command, run for real: python scripts/provision.py."""

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

from local_stack import DEMO_MODEL_ALIAS, free_port
from openwebui_api import OpenWebUI, OpenWebUIError

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
EMAIL, PASSWORD = "owner@practice.test", "a long practice password 42"


class Provision:
    """scripts/provision.py in the background, with its output read line by line."""

    def __init__(self, data_dir: Path, port: int, engine_port: int):
        env = {
            **os.environ,
            "THERAPY_PACK_ADMIN_EMAIL": EMAIL,
            "THERAPY_PACK_ADMIN_PASSWORD": PASSWORD,
            # Nothing listens there, so the run takes the no-Ollama path.
            "OLLAMA_HOST": f"127.0.0.1:{free_port()}",
            "COLUMNS": "160",
        }
        self.process = subprocess.Popen(
            [sys.executable, "scripts/provision.py", "--data-dir", str(data_dir), "--port", str(port), "--engine-port", str(engine_port)],
            cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
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


def test_provision_starts_everything_with_the_demo_model_and_reruns_cleanly(tmp_path):
    port, engine_port = free_port(), free_port()
    first = Provision(tmp_path, port, engine_port)
    try:
        first.wait_for("Open WebUI is ready")
        assert "DEMO model" in first.output and "ollama pull qwen3.5:9b" in first.output
        assert PASSWORD not in first.output
        with OpenWebUI(f"http://127.0.0.1:{port}") as api:
            api.sign_in(EMAIL, PASSWORD)
            models = {m["id"]: m for m in api.available_models()}
            assert models["session-note-ifs"]["name"] == "Session Note – IFS"
            assert models["session-note-ifs"]["info"]["base_model_id"] == DEMO_MODEL_ALIAS
            openai = api.get("/openai/config")
            assert openai["OPENAI_API_BASE_URLS"] == [f"http://127.0.0.1:{engine_port}/v1"]
            with pytest.raises(OpenWebUIError) as refused:  # signup closed after the admin
                api.post("/api/v1/auths/signup", {"name": "x", "email": "x@y.test", "password": "pw123456"})
            assert refused.value.status == 403
    finally:
        assert first.stop() == 0
    assert "Stopping" in first.output

    second = Provision(tmp_path, port, engine_port)
    try:
        second.wait_for("Open WebUI is ready")
        assert "Nothing to change" in second.output
        assert "Created the admin account" not in second.output
    finally:
        assert second.stop() == 0
