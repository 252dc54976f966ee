"""One short real answer from the engine the presets use, and what to say when there is none.

Provisioning says Ready only after the engine has answered (a model that loads but
crashes on its first answer is the AMX fault of new Intel Xeons: llama.cpp PR 26954,
Ollama issues 17205 and 17249); the doctor runs the same check. ``diagnose`` turns what
was seen into plain words and a next step; asking the engine and setting aside
Ollama's faulting backend are thin adapters.
"""

from __future__ import annotations

import shutil
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from therapy_pack.engine_build import has_amx

WARM_UP_MESSAGES = [{"role": "user", "content": "Reply with one word: ready."}]
WARM_UP_TOKENS = 8
# A large model read from disk for the first time can take minutes before its first word.
WARM_UP_TIMEOUT_S = {"demo": 120.0, "openai": 600.0, "ollama": 900.0}

# Ollama's optimised CPU backend for Sapphire Rapids and newer: the one that runs AMX code.
OLLAMA_AMX_BACKEND = "libggml-cpu-sapphirerapids.so"
SET_ASIDE_SUFFIX = ".set-aside-by-therapy-pack"
OLLAMA_FIXED_IN = "0.32.2"  # built with a compiler that no longer emits the faulting AMX code
# How the AMX fault ends a process (a general protection fault reaches it as SIGSEGV); SIGKILL, say, is the
# system ending it for memory, never the processor.
FAULT_SIGNALS = {signal.SIGSEGV, signal.SIGILL, signal.SIGBUS}
OLLAMA_LIBRARY_FOLDERS = (Path("/usr/local/lib/ollama"), Path("/usr/lib/ollama"), Path("/opt/ollama/lib/ollama"))


class EngineProblem(Exception):
    """The engine gave no answer; ``detail`` is what was seen (an error text, a status, a time-out)."""

    def __init__(self, detail: str, crashed: bool = False):
        super().__init__(detail)
        self.detail, self.crashed = detail, crashed


@dataclass(frozen=True)
class Trouble:
    """What happened and what to do, in plain words; ``amx`` when it is the AMX fault."""

    what: str
    fix: str
    amx: bool = False


# ------------------------------------------------------------------ asking the engine


def first_answer(kind: str, url: str, model: str, timeout: float | None = None) -> float:
    """Ask ``model`` for a few words; the seconds it took. EngineProblem when there is no real answer.

    ``kind`` is "ollama" (its own API) or "demo"/"openai" (an OpenAI-compatible /v1 base)."""
    timeout = timeout or WARM_UP_TIMEOUT_S.get(kind, 600.0)
    if kind == "ollama":
        path, body = "/api/chat", {"model": model, "messages": WARM_UP_MESSAGES, "stream": False,
                                   "options": {"num_predict": WARM_UP_TOKENS, "temperature": 0}}
    else:
        path, body = "/chat/completions", {"model": model, "messages": WARM_UP_MESSAGES, "stream": False,
                                           "max_tokens": WARM_UP_TOKENS, "temperature": 0}
    start = time.monotonic()
    try:
        response = httpx.post(url.rstrip("/") + path, json=body, timeout=timeout, trust_env=False)
    except httpx.TimeoutException:
        raise EngineProblem(f"no answer within {timeout:.0f} seconds") from None
    except httpx.TransportError:
        # The connection dropped or was refused: the engine process died under the request, or is not running.
        raise EngineProblem("the connection was cut before an answer", crashed=True) from None
    if response.status_code != 200:
        raise EngineProblem(_error_text(response))
    try:
        answer = response.json()
        words = answer["message"]["content"] if kind == "ollama" else answer["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise EngineProblem("an answer that is not a chat reply") from None
    if not isinstance(words, str) or not (words.strip() or _generated_tokens(answer, kind)):
        raise EngineProblem("an empty answer")
    return time.monotonic() - start


def _error_text(response: httpx.Response) -> str:
    try:
        error = response.json().get("error")
    except ValueError:
        error = None
    if isinstance(error, dict):
        error = error.get("message")
    return f"error {response.status_code}: {error or response.text[:300]}"


def _generated_tokens(answer: dict, kind: str) -> int:
    return int(answer.get("eval_count") or 0) if kind == "ollama" else int((answer.get("usage") or {}).get("completion_tokens") or 0)


# ------------------------------------------------------------------ what it means


def signal_name(returncode: int | None) -> str:
    """'signal SIGSEGV (segmentation fault)', or 'exit code 1', for a process's return code."""
    if returncode is None:
        return "still running"
    if returncode < 0:
        try:
            number = signal.Signals(-returncode)
        except ValueError:
            return f"signal {-returncode}"
        return f"signal {number.name} ({signal.strsignal(number) or number.name})".replace("Segmentation fault", "segmentation fault")
    return f"exit code {returncode}"


def ollama_runner_crashed(detail: str) -> bool:
    text = detail.lower()
    return ("runner process has terminated" in text or "llama-server process has terminated" in text) and (
        "signal" in text or "segmentation" in text or "core dumped" in text)


def diagnose(kind: str, detail: str, cpu_flags: set[str], engine_exit: int | None = None, log_file: Path | None = None) -> Trouble:
    """Plain words for an engine that gave no answer: ``detail`` from first_answer, ``engine_exit`` the
    return code of the pack's own engine process when it died."""
    amx = has_amx(cpu_flags)
    if kind == "ollama":
        if ollama_runner_crashed(detail) and amx:
            return Trouble(
                "Ollama's model engine crashed on its first answer. This computer's Intel processor has AMX, and Ollama "
                f"versions before {OLLAMA_FIXED_IN} crash on it in their fast processor backend.",
                f"Update Ollama to {OLLAMA_FIXED_IN} or newer (https://ollama.com/download), or let Ollama use its "
                f"portable backend by setting aside {OLLAMA_AMX_BACKEND}; then run this again.",
                amx=True)
        if ollama_runner_crashed(detail):
            return Trouble("Ollama's model engine crashed on its first answer.",
                           "Update Ollama (https://ollama.com/download) and run this again; Ollama's log says more "
                           "(journalctl -u ollama on Linux, ~/.ollama/logs/server.log on a Mac).")
    if kind == "demo" and engine_exit is not None:
        where = f" Its log is {log_file}." if log_file else ""
        if -engine_exit in FAULT_SIGNALS and amx:
            return Trouble(
                f"The built-in model engine stopped on its first answer ({signal_name(engine_exit)}). This computer's "
                "processor has AMX, which faults in engines built for it." + where,
                "Run provisioning with a Python that has no llama-cpp-python of its own (python3 scripts/provision.py "
                "builds a portable engine in its own environment), then run it again.",
                amx=True)
        return Trouble(f"The built-in model engine stopped on its first answer ({signal_name(engine_exit)}).{where}",
                       "Run this again; if it stops again, free some memory (close other programs) and retry.")
    if "no answer within" in detail:
        return Trouble(f"The model engine gave {detail}.",
                       "The model may be too large for this computer: run this again, or choose a smaller model with --model.")
    if detail.startswith("error 404"):
        return Trouble(f"The model engine does not have the model the presets use ({detail}).",
                       "Check the model name (--model), or load that model in the engine, then run this again.")
    engine = {"ollama": "Ollama", "demo": "The built-in model engine"}.get(kind, "The model engine")
    return Trouble(f"{engine} did not answer a short test message: {detail}.",
                   "Check that the engine is running and its log for errors, then run this again.")


# ------------------------------------------------------------------ Ollama's AMX remedy


def ollama_amx_backend(ollama_binary: str | None = None) -> Path | None:
    """Where this computer's Ollama keeps its AMX backend, if it is installed here and still in use."""
    binary = ollama_binary or shutil.which("ollama")
    folders = list(OLLAMA_LIBRARY_FOLDERS)
    if binary:
        folders.insert(0, Path(binary).resolve().parent.parent / "lib" / "ollama")
    return next((folder / OLLAMA_AMX_BACKEND for folder in folders if (folder / OLLAMA_AMX_BACKEND).is_file()), None)


def set_aside(backend: Path) -> Path:
    """Rename the backend so Ollama loads its next-best one (renaming back undoes it). PermissionError
    where this account may not change Ollama's files."""
    moved = backend.with_name(backend.name + SET_ASIDE_SUFFIX)
    backend.rename(moved)
    return moved


def set_aside_command(backend: Path) -> str:
    return f"sudo mv {backend} {backend}{SET_ASIDE_SUFFIX} && sudo systemctl restart ollama"
