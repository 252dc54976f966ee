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

from clinical_guardrails import RAW_MODEL_REPLY
from therapy_pack.local_stack import DEMO_MODEL_ALIAS, free_port
from therapy_pack.private_files import readable_by_others
from therapy_pack.first_screen import DEMO_BANNER_ID
from therapy_pack.hardening import drift, remote_urls
from therapy_pack.pack_installer import desired_state
from therapy_pack.speech_model import is_complete
from therapy_pack.openwebui_api import OpenWebUI, OpenWebUIError

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
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
        self.process = subprocess.Popen(
            [sys.executable, "scripts/provision.py", "--data-dir", str(data_dir), "--port", str(port),
             "--engine-port", str(engine_port), "--add-clinician", CLINICIAN,
             # The model hub is out of reach here: the dictation model comes from PyPI, as a practice could copy it.
             "--speech-model-from", str(speech_from), *extra],
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


def api_config_default(port: int) -> str:
    with OpenWebUI(f"http://127.0.0.1:{port}") as admin:
        admin.sign_in(EMAIL, PASSWORD)
        return admin.get("/api/v1/configs/models")["DEFAULT_MODELS"]


def chat_text(api: OpenWebUI, model: str, text: str) -> str:
    """A streamed chat completion, as the chat sends it, collected into its text."""
    events = api.stream_chat({"model": model, "messages": [{"role": "user", "content": text}]})
    return "".join((c.get("delta") or {}).get("content") or "" for e in events for c in e.get("choices") or [])


def test_provision_starts_everything_with_the_demo_model_and_reruns_cleanly(tmp_path, speech_model_source):
    port, engine_port = free_port(), free_port()
    first = Provision(tmp_path, port, engine_port, speech_model_source)
    try:
        first.wait_for("Open WebUI is ready")
        assert "Recommended model for this machine: qwen3.5:" in first.output
        assert "DEMO model" in first.output and "ollama pull qwen3.5:" in first.output
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
            config = api.get("/api/v1/configs/export")
            assert drift(config) == {} and remote_urls(config) == []
            # Dictation works offline: the model is in Open WebUI's data folder, and Open WebUI uses it.
            speech = tmp_path / "open-webui" / "speech" / "faster-whisper-base"
            assert is_complete(speech) and api.get("/api/v1/audio/config")["stt"]["WHISPER_MODEL"] == str(speech)
            # The first screen: the default preset's buttons, and a warning that the demo model's drafts are not usable.
            [ifs] = [m for m in desired_state().models if m["id"] == "session-note-ifs"]
            assert config["ui.prompt_suggestions"] == ifs["meta"]["suggestion_prompts"]
            assert [b["id"] for b in config["ui.banners"]] == [DEMO_BANNER_ID]
        # Other accounts on the machine can read nothing: the folder, the database, the logs.
        assert readable_by_others(tmp_path) == [] and (tmp_path / "open-webui" / "webui.db").exists()
        with OpenWebUI(f"http://127.0.0.1:{port}") as clinician:
            clinician.sign_in(CLINICIAN, CLINICIAN_PASSWORD)
            visible = {m["id"]: m for m in clinician.available_models()}
            assert {"session-note-ifs", "treatment-plan", "pack_reply"} <= set(visible)
            # Open WebUI 0.12 lists a preset's base model to whoever may use the preset: hidden from the
            # selector, and a chat with it gets the pack's reply, never a draft without the rules.
            assert visible[DEMO_MODEL_ALIAS]["info"]["meta"]["hidden"] is True
            assert [b["id"] for b in clinician.get("/api/v1/configs/banners")] == [DEMO_BANNER_ID]
            assert clinician.get("/api/config")["ui"]["visibility"]["settings.speech_to_text_engine"] is False
            assert chat_text(clinician, DEMO_MODEL_ALIAS, "Client met the Critic. Homework: journal daily.").strip() == RAW_MODEL_REPLY
            # New chats open on the preset.
            assert api_config_default(port) == "session-note-ifs"
            draft = chat_text(clinician, "session-note-ifs", "Client met the Critic. Homework: journal daily.")
            assert draft.strip(), "a clinician's preset chat returned nothing"
            refused = clinician.post("/api/chat/completions", {"model": "session-note-ifs", "stream": False,
                                     "messages": [{"role": "user", "content": "Client met the Critic."}]})
            assert "answers only in the chat" in refused["choices"][0]["message"]["content"]
            assert "ifs_parts_map" in {t["id"] for t in clinician.get("/api/v1/tools/")}
            assert "ifs-note" in {p["command"].lstrip("/") for p in clinician.list_prompts()}
    finally:
        assert first.stop() == 0
    assert "Stopping" in first.output

    second = Provision(tmp_path, port, engine_port, speech_model_source)
    try:
        second.wait_for("Open WebUI is ready")
        assert "Nothing to change" in second.output, [line for line in second.output.splitlines() if "✓" in line or "✗" in line]
        assert "Created the admin account" not in second.output
        assert "Privacy settings already in place" in second.output
        assert "First screen:" not in second.output and "dictation model" not in second.output
        assert "'Clinicians' already has access" in second.output and f"Kept clinician account {CLINICIAN}" in second.output
    finally:
        assert second.stop() == 0


def test_dry_run_prints_the_plan_and_changes_nothing(tmp_path):
    env = {**os.environ, "OLLAMA_HOST": f"127.0.0.1:{free_port()}", "COLUMNS": "200"}
    result = subprocess.run([sys.executable, "scripts/provision.py", "--dry-run", "--data-dir", str(tmp_path / "data"),
                             "--add-clinician", CLINICIAN], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    for expected in ("Recommended model for this machine", "start the DEMO engine", "Install 3 filters, 1 pipe, 1 tool, 19 presets",
                     "privacy settings", "'Clinicians' group", f"Add the clinician account {CLINICIAN}", "Nothing was changed"):
        assert expected in result.stdout, result.stdout
    assert not (tmp_path / "data").exists()


def test_provision_with_an_openai_compatible_engine_by_url(tmp_path, model_server, speech_model_source):
    port = free_port()
    run = Provision(tmp_path, port, free_port(), speech_model_source, "--engine-url", model_server.url)
    try:
        run.wait_for("Open WebUI is ready")
        assert f"Using the OpenAI-compatible engine at {model_server.url} with {DEMO_MODEL_ALIAS}" in run.output
        with OpenWebUI(f"http://127.0.0.1:{port}") as api:
            api.sign_in(EMAIL, PASSWORD)
            assert api.get("/openai/config")["OPENAI_API_BASE_URLS"] == [model_server.url]
            assert api.get_model("session-note-ifs")["base_model_id"] == DEMO_MODEL_ALIAS
            assert not api.get("/api/v1/configs/export").get("ui.banners")  # a real engine: no demo warning
    finally:
        assert run.stop() == 0


def test_provision_into_an_open_webui_that_is_already_running(tmp_path, open_webui, installed, model_server,
                                                                speech_model_source):
    from conftest import ADMIN

    run = Provision(tmp_path, free_port(), free_port(), speech_model_source, "--open-webui-url", open_webui.url, "--engine-url", model_server.url,
                    admin=(ADMIN["email"], ADMIN["password"]))
    run.wait_for("Open WebUI is ready")
    assert run.process.wait(60) == 0  # nothing of its own to keep running
    assert "Nothing to change" in run.output and f"Open WebUI is ready at {open_webui.url}" in run.output
    assert not (tmp_path / "open-webui").exists()
