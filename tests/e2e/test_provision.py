"""The README's first command, run for real: python scripts/provision.py."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import psutil
import pytest

from clinical_guardrails import ENGINE_RESTARTING_REPLY, RAW_MODEL_REPLY
from therapy_pack.local_stack import DEMO_MODEL_ALIAS, free_port
from therapy_pack.private_files import readable_by_others
from therapy_pack.first_screen import DEMO_BANNER_ID
from therapy_pack.connections import off_this_computer
from therapy_pack.hardening import drift
from therapy_pack.pack_installer import desired_state
from therapy_pack.speech_model import is_complete
from therapy_pack.openwebui_api import OpenWebUI, OpenWebUIError
from therapy_pack.paths import ROOT
from therapy_pack.plain_words import has_class_name
from support.json_server import JsonHandler, serving
from support.provision_run import CLINICIAN, CLINICIAN_PASSWORD, EMAIL, PASSWORD, Provision
from support.stack import ADMIN, stream_chat

pytestmark = pytest.mark.e2e



def server_processes(run: Provision) -> tuple[psutil.Process, psutil.Process]:
    """(Open WebUI, the model engine): the servers provisioning runs."""
    children = psutil.Process(run.process.pid).children()
    [webui] = [p for p in children if "model_routes.py" in " ".join(p.cmdline())]
    [engine] = [p for p in children if any(part.endswith("demo_engine.py") for part in p.cmdline())]
    return webui, engine


def api_config_default(port: int) -> str:
    with OpenWebUI(f"http://127.0.0.1:{port}") as admin:
        admin.sign_in(EMAIL, PASSWORD)
        return admin.get("/api/v1/configs/models")["DEFAULT_MODELS"]


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
            assert drift(config) == {} and off_this_computer(config) == []
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
            assert stream_chat(clinician, {"model": DEMO_MODEL_ALIAS, "messages": [{"role": "user", "content": "Client met the Critic. Homework: journal daily."}]}).strip() == RAW_MODEL_REPLY
            # New chats open on the preset.
            assert api_config_default(port) == "session-note-ifs"
            draft = stream_chat(clinician, {"model": "session-note-ifs", "messages": [{"role": "user", "content": "Client met the Critic. Homework: journal daily."}]})
            assert draft.strip(), "a clinician's preset chat returned nothing"
            refused = clinician.post("/api/chat/completions", {"model": "session-note-ifs", "stream": False,
                                     "messages": [{"role": "user", "content": "Client met the Critic."}]})
            assert "answers only in the chat" in refused["choices"][0]["message"]["content"]
            assert "ifs_parts_map" in {t["id"] for t in clinician.get("/api/v1/tools/")}
            assert "ifs-note" in {p["command"].lstrip("/") for p in clinician.list_prompts()}
        first.wait_for(f"Clinician account: {CLINICIAN}", timeout=30)  # the Ready panel names the account it added
        # While it runs: a second provision.py adds a clinician through the API, and any other second run says at once what to do.
        second_clinician = "second.therapist@practice.test"
        added = subprocess.run([sys.executable, "scripts/provision.py", "--data-dir", str(tmp_path), "--port", str(port),
                                "--add-clinician", second_clinician], cwd=ROOT, env=first.env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
        assert added.returncode == 0 and f"Added clinician account {second_clinician}" in added.stdout, added.stdout + added.stderr
        with OpenWebUI(f"http://127.0.0.1:{port}") as second:
            second.sign_in(second_clinician, CLINICIAN_PASSWORD)
            assert "session-note-ifs" in {m["id"] for m in second.available_models()}
        again = subprocess.run([sys.executable, "scripts/provision.py", "--data-dir", str(tmp_path), "--port", str(port)],
                               cwd=ROOT, env=first.env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
        assert again.returncode == 1 and "already running" in again.stdout and "Ctrl+C" in again.stdout
        assert first.process.poll() is None  # the running pack is untouched

        # The engine answered before Ready. Now it crashes: provisioning starts it again, Open WebUI stays up, and a
        # note sent meanwhile gets the pack's plain answer, never a connection error.
        assert "The model answered a test message in" in first.output
        webui, engine = server_processes(first)
        note = {"model": "session-note-ifs", "messages": [{"role": "user", "content": "Client met the Critic. Homework: journal daily."}]}
        with OpenWebUI(f"http://127.0.0.1:{port}") as clinician:
            clinician.sign_in(CLINICIAN, CLINICIAN_PASSWORD)
            engine.send_signal(signal.SIGSEGV)
            engine.wait(10)
            # Sent at once: the engine comes back only after its 2 s back-off and its start.
            assert stream_chat(clinician, note).strip() == ENGINE_RESTARTING_REPLY
            first.wait_for("The model engine stopped (signal SIGSEGV (segmentation fault)); restarting it.", timeout=30)
            first.wait_for("The model engine is running again.", timeout=180)
            assert webui.is_running() and server_processes(first)[0].pid == webui.pid
            after = stream_chat(clinician, note)
            assert after.strip() and ENGINE_RESTARTING_REPLY not in after
        assert "signal SIGSEGV" in (tmp_path / "logs" / "supervision.log").read_text(encoding="utf-8")
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
    for expected in ("Recommended model for this machine", "start the DEMO engine", "Install 4 filters, 1 pipe, 1 tool, 19 presets",
                     "privacy settings", "'Clinicians' group", f"Add the clinician account {CLINICIAN}", "Nothing was changed"):
        assert expected in result.stdout, result.stdout
    assert not (tmp_path / "data").exists()
    assert "Authentication: New Sign Ups" in result.stdout and "ui.enable_signup" not in result.stdout  # as Open WebUI names it
    assert not has_class_name(result.stdout + result.stderr)


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
    run = Provision(tmp_path, free_port(), free_port(), speech_model_source, "--open-webui-url", open_webui.url, "--engine-url", model_server.url,
                    admin=(ADMIN["email"], ADMIN["password"]))
    run.wait_for("Open WebUI is ready")
    assert run.process.wait(60) == 0  # nothing of its own to keep running
    assert "Nothing to change" in run.output and f"Open WebUI is ready at {open_webui.url}" in run.output, run.output
    assert not (tmp_path / "open-webui").exists()


def test_provision_stops_before_ready_when_the_engine_cannot_answer(tmp_path, speech_model_source):
    """An engine that lists its model but dies on the first answer: setup says so in plain words and starts nothing."""

    class Crashing(JsonHandler):
        def do_GET(self):
            self.send_json(200, {"data": [{"id": "local-model", "object": "model"}]})

        def do_POST(self):
            self.send_json(500, {"error": {"message": "llama runner process has terminated: signal: segmentation fault"}})

    with serving(Crashing) as engine:
        run = Provision(tmp_path, free_port(), free_port(), speech_model_source, "--engine-url",
                        f"http://127.0.0.1:{engine.server_address[1]}/v1")
        try:
            run.wait_for("The model did not answer", timeout=120)
            assert run.process.wait(60) == 1 and run.stop() == 1
            assert "What to do:" in run.output and "Open WebUI is ready" not in run.output
            assert not has_class_name(run.output), run.output
            assert not (tmp_path / "open-webui" / "webui.db").exists()  # nothing was started
        finally:
            run.stop()
