"""The warm-up's verdicts: what an engine that gives no answer means, in plain words, and the AMX remedies."""

import re
import signal

import pytest

from support.json_server import JsonHandler, serving
from therapy_pack import engine_check
from therapy_pack.engine_check import EngineProblem, diagnose, first_answer, ollama_amx_backend, set_aside, signal_name

AMX = {"avx2", "amx_tile", "amx_int8", "amx_bf16"}
NO_AMX = {"avx2", "avx512f"}
OLLAMA_SEGFAULT = "error 500: llama runner process has terminated: signal: segmentation fault (core dumped)"
ENGINEER_TALK = re.compile(r"\b[A-Z][a-z]+(?:Error|Exception|Warning)\b|Traceback|0x[0-9a-f]+")


def test_ollamas_amx_crash_is_named_with_its_remedies():
    trouble = diagnose("ollama", OLLAMA_SEGFAULT, AMX)
    assert trouble.amx and "AMX" in trouble.what and engine_check.OLLAMA_FIXED_IN in trouble.fix
    assert engine_check.OLLAMA_AMX_BACKEND in trouble.fix


def test_a_crash_without_amx_is_not_blamed_on_amx():
    assert not diagnose("ollama", OLLAMA_SEGFAULT, NO_AMX).amx
    assert not diagnose("demo", "the connection was cut", NO_AMX, engine_exit=-signal.SIGSEGV).amx
    assert not diagnose("ollama", "error 500: out of memory", AMX).amx
    assert not diagnose("demo", "the connection was cut", AMX, engine_exit=-signal.SIGKILL).amx  # ended for memory


def test_the_demo_engines_crash_names_its_signal_and_the_amx_fault():
    trouble = diagnose("demo", "the connection was cut before an answer", AMX, engine_exit=-signal.SIGSEGV)
    assert trouble.amx and "SIGSEGV (segmentation fault)" in trouble.what


@pytest.mark.parametrize("kind, detail, flags, exit_code", [
    ("ollama", OLLAMA_SEGFAULT, AMX, None), ("ollama", OLLAMA_SEGFAULT, NO_AMX, None),
    ("demo", "the connection was cut before an answer (RemoteProtocolError)", AMX, -11),
    ("demo", "error 500: boom", NO_AMX, 1), ("openai", "no answer within 600 seconds", NO_AMX, None),
    ("openai", "error 404: The model `x` does not exist", NO_AMX, None), ("ollama", "an empty answer", NO_AMX, None),
])
def test_every_verdict_says_what_to_do_in_plain_words(kind, detail, flags, exit_code):
    trouble = diagnose(kind, detail, flags, exit_code)
    assert trouble.what and trouble.fix
    assert not ENGINEER_TALK.search(trouble.what + trouble.fix), trouble


def test_signal_names():
    assert signal_name(-signal.SIGKILL) == "signal SIGKILL (Killed)"
    assert signal_name(-signal.SIGSEGV) == "signal SIGSEGV (segmentation fault)"
    assert signal_name(3) == "exit code 3"


def test_ollamas_amx_backend_is_found_beside_its_binary_and_set_aside(tmp_path):
    binary = tmp_path / "bin" / "ollama"
    binary.parent.mkdir()
    binary.write_text("")
    library = tmp_path / "lib" / "ollama"
    library.mkdir(parents=True)
    assert ollama_amx_backend(str(binary)) is None or ollama_amx_backend(str(binary)).parent != library
    backend = library / engine_check.OLLAMA_AMX_BACKEND
    backend.write_bytes(b"\x7fELF")
    assert ollama_amx_backend(str(binary)) == backend
    moved = set_aside(backend)
    assert not backend.exists() and moved.read_bytes() == b"\x7fELF"
    assert ollama_amx_backend(str(binary)) != backend  # set aside: no longer offered


class Engine(JsonHandler):
    """An engine that answers as the test says: (status, raw body) in the server's ``answer``; status None
    when the engine process dies under the request."""

    def do_POST(self):
        self.body()
        status, body = self.server.answer
        if status is None:
            self.connection.close()
            return
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def engine():
    with serving(Engine) as server:
        yield server


def url(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def test_a_real_answer_passes_for_both_kinds_of_engine(engine):
    engine.answer = 200, b'{"choices": [{"message": {"role": "assistant", "content": "Ready."}}]}'
    assert first_answer("openai", url(engine) + "/v1", "m") >= 0
    engine.answer = 200, b'{"message": {"role": "assistant", "content": "Ready"}, "eval_count": 2}'
    assert first_answer("ollama", url(engine), "m") >= 0


@pytest.mark.parametrize("answer, expected", [
    ((500, b'{"error": "llama runner process has terminated: signal: segmentation fault"}'), "segmentation fault"),
    ((200, b'{"choices": [{"message": {"content": ""}}], "usage": {"completion_tokens": 0}}'), "an empty answer"),
    ((200, b"not json"), "not a chat reply"),
    ((None, b""), "connection was cut"),
])
def test_no_real_answer_is_an_engine_problem(engine, answer, expected):
    engine.answer = answer
    kind = "ollama" if b"runner" in answer[1] else "openai"
    with pytest.raises(EngineProblem) as problem:
        first_answer(kind, url(engine) + ("" if kind == "ollama" else "/v1"), "m", timeout=10)
    assert expected in problem.value.detail


class OllamaOnAmx(JsonHandler):
    """Ollama on an AMX Xeon: its runner crashes until the AMX backend is set aside."""

    def do_POST(self):
        self.body()
        if self.server.backend.exists():
            self.send_json(500, {"error": "llama runner process has terminated: signal: segmentation fault (core dumped)"})
        else:
            self.send_json(200, {"message": {"role": "assistant", "content": "Ready."}, "eval_count": 2})


@pytest.fixture
def ollama_on_amx(tmp_path, monkeypatch):
    from therapy_pack import provisioning

    backend = tmp_path / "lib" / "ollama" / engine_check.OLLAMA_AMX_BACKEND
    backend.parent.mkdir(parents=True)
    backend.write_bytes(b"\x7fELF")
    monkeypatch.setattr(provisioning, "cpu_flags", lambda: AMX)
    monkeypatch.setattr(engine_check, "ollama_amx_backend", lambda: backend if backend.exists() else None)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    with serving(OllamaOnAmx) as server:
        server.backend = backend
        yield provisioning, url(server), backend


def test_ollamas_amx_crash_is_fixed_only_with_the_admins_yes(ollama_on_amx, monkeypatch, capsys):
    provisioning, ollama, backend = ollama_on_amx
    monkeypatch.setattr(provisioning.Confirm, "ask", lambda *a, **k: False)
    assert provisioning.warm_up("ollama", ollama, "qwen3.5:9b") is False
    shown = capsys.readouterr().out
    assert backend.exists() and "AMX" in shown and engine_check.OLLAMA_FIXED_IN in shown

    monkeypatch.setattr(provisioning.Confirm, "ask", lambda *a, **k: True)
    assert provisioning.warm_up("ollama", ollama, "qwen3.5:9b") is True
    assert not backend.exists() and backend.with_name(backend.name + engine_check.SET_ASIDE_SUFFIX).exists()
    assert "The model answered a test message" in capsys.readouterr().out


def test_without_a_terminal_the_remedy_is_shown_never_applied(ollama_on_amx, monkeypatch, capsys):
    provisioning, ollama, backend = ollama_on_amx
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert provisioning.warm_up("ollama", ollama, "qwen3.5:9b") is False
    assert backend.exists() and f"sudo mv {backend}" in capsys.readouterr().out.replace("\n", "")


@pytest.mark.parametrize("cores, cpus, threads", [
    (4, 8, 4),  # a laptop whose cores run two threads each: one per core, the second threads left to the rest
    (4, 4, 3),  # a 4-vCPU VM: one core left to Open WebUI and the pack while a note streams
    (2, 2, 1),
    (1, 1, 1),
])
def test_the_demo_engine_runs_a_thread_per_core_and_leaves_the_rest_a_core(monkeypatch, cores, cpus, threads):
    """llama-cpp-python's own default is half the logical CPUs: 2 of a 4-vCPU VM's 4."""
    import psutil

    from therapy_pack import demo_engine

    monkeypatch.setattr(psutil, "cpu_count", lambda logical=True: cpus if logical else cores)
    assert demo_engine.engine_threads() == threads


def test_without_psutil_the_demo_engine_takes_half_the_logical_cpus(monkeypatch):
    import sys

    from therapy_pack import demo_engine

    monkeypatch.setitem(sys.modules, "psutil", None)
    monkeypatch.setattr(demo_engine.os, "cpu_count", lambda: 8)
    assert demo_engine.engine_threads() == 4
