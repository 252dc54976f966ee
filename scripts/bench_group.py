"""A group practice under load: N clinicians writing notes at once on two Open WebUI instances.

    python scripts/bench_group.py --clinicians 10 --notes 5 [--json] [--instances 2]

Starts a private practice on loopback and stops it when done: PostgreSQL and Redis (Debian's packages), a scripted
engine (therapy_pack/scripted_engine.py: every answer takes the same time however many arrive at once, as on a GPU
server that batches them), and Open WebUI instances sharing them, with the pack installed and hardened as
provisioning does. Clinicians send the session-note presets' examples as the browser does (a saved chat, the answer
streamed), each note to the next instance in turn. First one clinician alone, then N at once, on the same engine.

Prints, for one clinician alone and for N at once:
- notes_per_minute;
- ttft_p50_s / ttft_p95_s: seconds from sending to the first text on the page; note_p50_s / note_p95_s: to the finished
  note (the page's socket says it is done);
- note_p95_ratio: N clinicians' note p95 / one clinician's (target <= 1.5 at 10 clinicians);
- server_cpu_s_per_note: CPU of the Open WebUI instances (the pack runs inside them) per note under load;
- pack_cpu_ms_per_note: the pack's own CPU for one note (its filters' inlet, every streamed token and outlet), the
  same notes replayed in this process;
- errors (target 0), each in a line; lost_writes: finished notes that their saved chat does not hold (target 0).
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import statistics
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from therapy_pack.plain_words import cause
from therapy_pack.scripted_engine import answer_text

ENGINE_MODEL = "scripted-notes"
TARGET_P95_RATIO = 1.5
CHARS_PER_TOKEN = 4


def session_notes() -> list[tuple[str, str]]:
    """(preset id, bullets) for every session-note preset's examples: what clinicians type after a session."""
    from therapy_pack.presets import load_catalogue

    catalogue = load_catalogue()
    return [(preset.id, example) for preset in catalogue.presets.values() if preset.format in catalogue.note_formats
            for example in preset.examples]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


@dataclass
class Note:
    account: tuple[str, str]
    instance: int
    chat_id: str
    reply_id: str
    ttft_s: float
    total_s: float


@dataclass
class Practice:
    """The servers of one private practice, started in ``folder`` and stopped by close()."""

    folder: Path
    instances: int
    first_token_ms: float
    tokens_per_s: float
    services: list = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    def start(self) -> None:
        from therapy_pack.group_practice import instance_env
        from therapy_pack.local_stack import free_port, start_llama_server, start_open_webui
        from therapy_pack.loopback_servers import start_postgres, start_redis
        from therapy_pack import scripted_engine

        postgres, database = start_postgres()
        self.services.append(postgres)
        redis, redis_url = start_redis()
        self.services.append(redis)
        port = free_port()
        engine = start_llama_server(self.folder / "engine.log", port=port, command=[
            sys.executable, scripted_engine.__file__, "--port", str(port), "--model", ENGINE_MODEL,
            "--first-token-ms", str(self.first_token_ms), "--tokens-per-s", str(self.tokens_per_s)])
        self.services.append(engine)
        quiet = {"ENABLE_TITLE_GENERATION": "false", "ENABLE_TAGS_GENERATION": "false", "ENABLE_FOLLOW_UP_GENERATION": "false"}
        for number in range(self.instances):  # the first prepares the database, the others start once it is ready
            webui = start_open_webui(self.folder / "data", self.folder / f"open-webui-{number + 1}.log", openai_url=engine.url,
                                     timeout=400, name=f"Open WebUI (instance {number + 1})",
                                     extra_env={**instance_env(database, redis_url, first=number == 0), **quiet})
            self.services.append(webui)
            self.urls.append(webui.url)

    def install(self, clinicians: int) -> list[tuple[str, str]]:
        """The pack installed and hardened through instance 1, the clinicians' accounts; their (email, password)."""
        from therapy_pack.hardening import harden
        from therapy_pack.openwebui_api import OpenWebUI
        from therapy_pack.pack_installer import desired_state, install
        from therapy_pack.sharing import add_clinician, ensure_group, share

        accounts = []
        with OpenWebUI(self.urls[0], timeout=600) as admin:
            admin.sign_up("Bench Admin", "bench-admin@practice.test", "bench admin long password")
            desired = desired_state(base_model=ENGINE_MODEL)
            install(admin, desired, say=lambda _: None)
            harden(admin)
            group_id, _ = ensure_group(admin)
            share(admin, group_id, [m["id"] for m in desired.models] + [ENGINE_MODEL], [], [])
            for n in range(clinicians):
                email, password = f"clinician{n}@practice.test", f"clinician {n} long password"
                add_clinician(admin, group_id, f"Clinician {n}", email, password)
                accounts.append((email, password))
            admin.available_models()
        return accounts

    def server_cpu_s(self) -> float:
        """CPU seconds the Open WebUI instances (and their child processes) have used so far."""
        import psutil

        total = 0.0
        for service in self.services:
            if service.name.startswith("Open WebUI") and service.running():
                process = psutil.Process(service.process.pid)
                for p in [process, *process.children(recursive=True)]:
                    times = p.cpu_times()
                    total += times.user + times.system
        return total

    def close(self) -> None:
        for service in reversed(self.services):
            service.stop()


class Page:
    """A signed-in browser page: its socket to one instance, where Open WebUI streams each answer it asks for."""

    def __init__(self, api):
        import socketio

        self.api, self.first, self.done = api, {}, {}
        self._sio = socketio.Client(reconnection=False)
        self._sio.on("events", self._event)
        self._sio.connect(api.base_url, socketio_path="/ws/socket.io", auth={"token": api.token}, transports=["websocket"],
                          wait_timeout=30)

    def _event(self, event: dict) -> None:
        kind = ((event or {}).get("data") or {}).get("type") or ""
        message, data = (event or {}).get("message_id"), ((event or {}).get("data") or {}).get("data") or {}
        if not kind.endswith("completion") or not isinstance(data, dict) or not message:  # status lines are not the answer
            return
        now = time.perf_counter()
        if data.get("content") or data.get("output") or data.get("delta"):
            self.first.setdefault(message, now)
        if data.get("done") is True or data.get("error"):
            self.done.setdefault(message, (now, data.get("error")))

    def write_note(self, account: tuple[str, str], instance: int, preset: str, bullets: str, timeout: float = 300) -> "Note":
        """One note as the page writes it: a new saved chat, the answer streamed to the page, timed from the send."""
        chat = self.api.post("/api/v1/chats/new", {"chat": {"title": "New Chat", "models": [preset], "messages": [], "history": {}}})
        user_id, reply_id = str(uuid.uuid4()), str(uuid.uuid4())
        body = {"model": preset, "chat_id": chat["id"], "id": reply_id, "parent_id": None, "session_id": self._sio.get_sid(),
                "messages": [{"role": "user", "content": bullets}],
                "user_message": {"id": user_id, "role": "user", "content": bullets, "parentId": None, "childrenIds": []}}
        started = time.perf_counter()
        for _ in self.api.stream_chat(body):  # Open WebUI answers at once; the note comes through the socket
            pass
        while reply_id not in self.done:
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"no finished note after {timeout:.0f} s")
            time.sleep(0.01)
        end, error = self.done[reply_id]
        if error:
            raise RuntimeError(f"Open WebUI reported an error: {str(error)[:200]}")
        return Note(account, instance, chat["id"], reply_id, self.first.get(reply_id, end) - started, end - started)

    def close(self) -> None:
        self._sio.disconnect()
        self.api.close()


def clinician_run(url_of, account: tuple[str, str], start: int, count: int, notes: list[tuple[str, str]],
                  done: list[Note], errors: list[str]) -> None:
    """One clinician's notes, one after another, each on the next instance in turn."""
    from therapy_pack.openwebui_api import OpenWebUI

    pages = {}
    for n in range(count):
        instance = (start + n) % len(url_of)
        preset, bullets = notes[(start + n) % len(notes)]
        try:
            if instance not in pages:
                api = OpenWebUI(url_of[instance], timeout=300)
                api.sign_in(*account)
                pages[instance] = Page(api)
            done.append(pages[instance].write_note(account, instance, preset, bullets))
        except Exception as exc:  # every failure is a figure of the run: counted and named, never hidden
            errors.append(f"{account[0]} on instance {instance + 1}: {preset}: {exc} ({cause(exc)})")
    for page in pages.values():
        page.close()


def load(practice: Practice, accounts: list[tuple[str, str]], notes_each: int, notes: list[tuple[str, str]]):
    """All the accounts' notes at once: (the notes, errors, wall seconds, the servers' CPU seconds)."""
    done: list[Note] = []
    errors: list[str] = []
    cpu, started = practice.server_cpu_s(), time.perf_counter()
    threads = [threading.Thread(target=clinician_run, args=(practice.urls, account, n, notes_each, notes, done, errors))
               for n, account in enumerate(accounts)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    return done, errors, time.perf_counter() - started, practice.server_cpu_s() - cpu


def lost_writes(practice: Practice, written: list[Note]) -> list[str]:
    """The finished notes whose saved chat does not hold them, each read back through the other instance."""
    from therapy_pack.openwebui_api import OpenWebUI

    sessions, lost = {}, []
    for note in written:
        where = (note.account, (note.instance + 1) % len(practice.urls))
        if where not in sessions:
            sessions[where] = OpenWebUI(practice.urls[where[1]])
            sessions[where].sign_in(*note.account)
        deadline = time.monotonic() + 30
        while True:
            stored = sessions[where].get(f"/api/v1/chats/{note.chat_id}")["chat"]["history"]["messages"].get(note.reply_id, {})
            if stored.get("done") or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        if not stored.get("done") or not (stored.get("content") or stored.get("output")):
            lost.append(note.chat_id)
    for api in sessions.values():
        api.close()
    return lost


def figures(notes: list[Note], seconds: float) -> dict:
    ttft, total = [n.ttft_s for n in notes], [n.total_s for n in notes]
    return {"notes": len(notes), "notes_per_minute": round(len(notes) * 60 / seconds, 1) if seconds else 0.0,
            "ttft_p50_s": round(statistics.median(ttft), 3), "ttft_p95_s": round(percentile(ttft, 0.95), 3),
            "note_p50_s": round(statistics.median(total), 3), "note_p95_s": round(percentile(total, 0.95), 3)}


def pack_cpu_ms_per_note(notes: list[tuple[str, str]]) -> float:
    """The pack's own CPU per note: each note's bullets through its filters' inlets, the scripted engine's answer to
    the request they make streamed through their stream hooks token by token, then their outlets, in this process."""
    from therapy_pack.pack_installer import desired_state
    from therapy_pack.paths import PIPELINES_DIR, standalone_module

    note_filter = standalone_module(PIPELINES_DIR / "clinical_note_filter.py")
    fit = standalone_module(PIPELINES_DIR / "context_fit.py")
    guardrails = standalone_module(PIPELINES_DIR / "clinical_guardrails")
    forms = {m["id"]: m for m in desired_state(base_model=ENGINE_MODEL).models}
    filters = (note_filter.Filter(), guardrails.Filter(), fit.Filter())  # Open WebUI's order: by priority
    user = {"id": "bench", "name": "Bench", "role": "user", "valves": {}}

    async def call(hook, *args, **kwargs):  # a filter's hook may be a plain function or a coroutine, as Open WebUI allows
        result = hook(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result

    async def one(preset: str, bullets: str) -> None:
        model = {"id": preset, "info": {"meta": forms[preset]["meta"], "params": forms[preset]["params"]}}
        body = {"model": preset, "stream": True, "messages": [{"role": "user", "content": bullets}], "metadata": {}}
        for f in filters:
            body = await call(f.inlet, body, __model__=model, __user__=user)
        metadata = body.get("metadata") or {}
        answer = answer_text(body)
        shown = []
        for start in [*range(0, len(answer), CHARS_PER_TOKEN), None]:
            chunk = answer[start:start + CHARS_PER_TOKEN] if start is not None else None
            event = {"choices": [{"index": 0, "delta": {"content": chunk} if chunk else {},
                                  "finish_reason": None if chunk else "stop"}]}
            event = await call(filters[0].stream, event, __model__=model, __metadata__=metadata)
            event = await call(filters[1].stream, event, __model__=model, __metadata__=metadata)
            event = await call(filters[2].stream, event, __metadata__=metadata)
            shown += [(c.get("delta") or {}).get("content") or "" for c in event.get("choices") or []]
        done = {"model": preset, "messages": [*body["messages"], {"role": "assistant", "content": "".join(shown)}]}
        done = await call(filters[0].outlet, done, __model__=model, __metadata__=metadata)
        done = await call(filters[1].outlet, done, __model__=model, __metadata__=metadata)
        await call(filters[2].outlet, done, __metadata__=metadata)

    asyncio.run(one(*notes[0]))  # imports and caches warmed, as in a running server
    started = time.process_time()
    for preset, bullets in notes:
        asyncio.run(one(preset, bullets))
    return round((time.process_time() - started) * 1000 / len(notes), 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clinicians", type=int, default=10, help="clinicians writing at once (default 10)")
    parser.add_argument("--notes", type=int, default=5, help="notes each clinician writes, one after another (default 5)")
    parser.add_argument("--instances", type=int, default=2, help="Open WebUI instances (default 2)")
    parser.add_argument("--first-token-ms", type=float, default=150.0, help="the scripted engine's wait before its first token")
    parser.add_argument("--tokens-per-s", type=float, default=50.0, help="the scripted engine's pace")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    if args.clinicians < 1 or args.notes < 1 or args.instances < 1:
        parser.error("--clinicians, --notes and --instances must each be at least 1")

    notes = session_notes()
    with tempfile.TemporaryDirectory(prefix="bench-group-") as folder:
        practice = Practice(Path(folder), args.instances, args.first_token_ms, args.tokens_per_s)
        try:
            practice.start()
            accounts = practice.install(args.clinicians)
            load(practice, accounts[:1], 2, notes)  # each instance's first note loads what it caches
            alone, alone_errors, alone_s, _ = load(practice, accounts[:1], max(10, args.notes), notes)
            together, errors, together_s, cpu_s = load(practice, accounts, args.notes, notes)
            lost = lost_writes(practice, alone + together)
        finally:
            practice.close()
    result = {
        "clinicians": args.clinicians, "notes_per_clinician": args.notes, "instances": args.instances,
        "engine": {"first_token_ms": args.first_token_ms, "tokens_per_s": args.tokens_per_s},
        "one_clinician": figures(alone, alone_s) if alone else {},
        "all_clinicians": figures(together, together_s) if together else {},
        "server_cpu_s_per_note": round(cpu_s / max(1, len(together)), 3),
        "pack_cpu_ms_per_note": pack_cpu_ms_per_note(notes),
        "errors": alone_errors + errors,
        "lost_writes": len(lost),
    }
    if alone and together:
        result["note_p95_ratio"] = round(result["all_clinicians"]["note_p95_s"] / result["one_clinician"]["note_p95_s"], 2)
        result["ttft_p95_ratio"] = round(result["all_clinicians"]["ttft_p95_s"] / result["one_clinician"]["ttft_p95_s"], 2)
    result["targets_met"] = bool(result.get("note_p95_ratio", 99) <= TARGET_P95_RATIO and not result["errors"]
                                 and not result["lost_writes"])
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0 if result["targets_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
