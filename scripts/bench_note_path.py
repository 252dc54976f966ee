"""What one note costs a practice: model calls, prompt tokens, wall time, and the pack's CPU while it streams.

    python scripts/bench_note_path.py [--json] [--runs 3] [--stream-only | --note-cost]

Starts a private stack on loopback (the demo engine behind a recorder that logs
every request, and Open WebUI with the pack installed and hardened as provisioning
does), sends notes as the browser sends them, and prints:

- calls_per_note: model requests per note, the most over all presets (the IFS preset
  with its parts-map tool attached, a note after a parts-map exchange included);
- prompt_tokens_ratio: every prompt token sent for a note / the note call's own;
- seed_recipe_ratio: wall time of an IFS note through the pack / the same bullets
  through a plain workspace model with the seed article's Modelfile prompt and DAP
  template, same engine, same output length (the seed recipe writes as many tokens as the
  pack's note, whose JSON may close before 160);
- stream_cpu_ms_3k, stream_cpu_ms_16k, max_chunk_ms: the pack's CPU for streaming a
  3 KB and a 16 KB document through all its filters, token by token, in process;
- ttft_second_over_first: time to first token of a second note with the same preset
  (another chat, other bullets) / the first note's.

Where a note's time goes, pack against seed recipe (medians, from the engine's own timing of
the seed-ratio notes; --note-cost prints only these and the seed ratio):

- pack_/seed_prompt_tokens: what the engine reads for the note (system prompt and bullets);
- pack_/seed_output_tokens: what it writes: the seed recipe as many tokens as the pack's note
  (at most 160; the pack's ends when its JSON closes);
- pack_/seed_engine_s: the engine's time for the note, its prompt cached (a second note);
- pack_/seed_decode_ms_per_token: the engine's time per output token;
- pack_free_decode_ms_per_token: the pack's note without its output schema (no grammar):
  the difference to pack_decode_ms_per_token is grammar-constrained sampling;
- pack_/seed_open_webui_s: the note's wall time less the engine's (the server and filters);
- pack_/seed_prefill_first_s: reading the note's whole prompt, as for the first note of the
  day (an engine that holds an unrelated prompt, no prompt cache);
- pack_prefill_after_other_preset_s: the IFS note's prompt read right after another
  preset's note (the CBT preset), which shares only a common prefix with it;
  pack_tokens_shared_with_other_preset: how many tokens of that prefix it need not read;
- first_note_ratio: (pack_note_s + pack_prefill_first_s) / (seed_note_s + seed_prefill_first_s),
  the seed ratio for a note whose prompt is not cached yet (no target yet: its prefill
  times vary most with the machine's load).

Targets (issue 12): 1 call; ratio <= 1.0; seed ratio <= 1.1; 16 KB <= 6x 3 KB and
3 KB <= 1% of the note's decode time at 50 tokens/s; max chunk <= 2 ms; TTFT ratio <= 0.5.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from therapy_pack.pack_installer import desired_state
from therapy_pack.paths import PIPELINES_DIR, standalone_module

clinical_guardrails = standalone_module(PIPELINES_DIR / "clinical_guardrails")
clinical_note_filter = standalone_module(PIPELINES_DIR / "clinical_note_filter.py")
context_fit = standalone_module(PIPELINES_DIR / "context_fit.py")
from therapy_pack import recording_engine as recorder

TOKEN_CHARS = 4  # a streamed chunk is about one token
DECODE_TOKENS_PER_S = 50
CLINICIAN_TEXT = (
    "Client AB, 12 sessions since March. Worked with the Critic (manager) and the exile holding the abandonment wound from "
    "age 7. Client reported sleeping 5 of 7 nights. Unblended from the Critic twice with support. Some unburdening occurred "
    "in session 10. Homework: Self-energy journaling. Attendance 11 of 12. "
) * 6
# A long document that touches every check: quotations, numbers, a medication, frequencies, a slot to fill.
SENTENCES = (
    "Client continued to work with the Critic, a manager part that becomes active before work meetings.",
    "She described the Critic stepping back when the exile holding the abandonment wound from age 7 was witnessed.",
    "Client reported sleeping 5 of 7 nights and attended 11 of 12 sessions.",
    "She said \u201cI can breathe when the Critic steps back\u201d and noticed more calm in her chest.",
    "Some unburdening occurred in session 10; Self-energy journaling continues as homework.",
    "Client mentioned sertraline 50 mg prescribed by her GP and attends weekly yoga.",
    "Protective parts were thanked for their work, and the client agreed to check in with the exile daily.",
    "Next review on [DATE] with the client's consent.",
)


def document(size: int, sections: list[str]) -> str:
    """The model's JSON for a document of about ``size`` characters, split evenly over ``sections``."""
    per = size // len(sections)
    body, i = {}, 0
    for key in sections:
        text = ""
        while len(text) < per:
            text += SENTENCES[i % len(SENTENCES)] + " "
            i += 1
        body[key] = text.strip()
    return json.dumps(body, ensure_ascii=False)


def preset_model(preset_id: str) -> dict:
    """The workspace model as the installer writes it, in the shape Open WebUI hands to filters."""
    form = next(m for m in desired_state().models if m["id"] == preset_id)
    return {"id": form["id"], "info": {"meta": form["meta"], "params": form["params"]}}


def stream_cost(size: int, preset_id: str = "progress-summary-insurance") -> tuple[float, float]:
    """(CPU ms for the whole stream, worst single chunk ms) for a document of ``size`` characters."""
    model = preset_model(preset_id)
    spec = model["info"]["meta"]["therapy_pack"]
    fmt = spec["formats"][spec["default_format"]]
    raw = document(size, [s["key"] for s in fmt["sections"]])
    # The pack's stream hooks in Open WebUI's order (priority), each as Open WebUI calls it.
    note, fit, guard = clinical_note_filter.Filter(), context_fit.Filter(), clinical_guardrails.Filter()
    metadata = {clinical_note_filter.FORMAT_KEY: spec["default_format"], clinical_guardrails.CLINICIAN_TEXT_KEY: CLINICIAN_TEXT}

    async def run() -> tuple[float, float]:
        worst, cpu = 0.0, time.process_time()
        chunks = [raw[i:i + TOKEN_CHARS] for i in range(0, len(raw), TOKEN_CHARS)] + [None]
        for chunk in chunks:
            choice = {"index": 0, "delta": {"content": chunk} if chunk else {}, "finish_reason": None if chunk else "stop"}
            event = {"choices": [choice]}
            started = time.perf_counter()
            event = note.stream(event, __model__=model, __metadata__=metadata)
            event = fit.stream(event, __metadata__=metadata)
            await guard.stream(event, __model__=model, __metadata__=metadata)
            worst = max(worst, time.perf_counter() - started)
        return (time.process_time() - cpu) * 1000, worst * 1000

    return asyncio.run(run())


def streaming_figures() -> dict:
    stream_cost(3000)  # warm caches and imports, as a running server has them
    cpu_3k, worst_3k = min(stream_cost(3000) for _ in range(3))
    cpu_16k, worst_16k = min(stream_cost(16000) for _ in range(3))
    decode_ms_3k = 3000 / TOKEN_CHARS / DECODE_TOKENS_PER_S * 1000
    return {
        "stream_cpu_ms_3k": round(cpu_3k, 1),
        "stream_cpu_ms_16k": round(cpu_16k, 1),
        "stream_16k_over_3k": round(cpu_16k / cpu_3k, 2),
        "stream_3k_share_of_decode": round(cpu_3k / decode_ms_3k, 4),
        "max_chunk_ms": round(max(worst_3k, worst_16k), 2),
    }


# ------------------------------------------------------------- the real stack

BULLETS = (
    "Client identified worry as a protector. Accessed exile's fear of abandonment from age 7. Some unburdening occurred. "
    "Firefighter (binge eating) did not activate today. Assigned Self-energy journaling homework. "
    "Client reported feeling lighter at end of session."
)
OTHER_BULLETS = ("The Critic showed up strongly when we approached an exile. Client unblended with support; "
                 "no unburdening today. Homework: notice when the Critic speaks up at work.")
# The seed article's recipe, word for word: its Modelfile's system prompt and its DAP prompt template.
SEED_SYSTEM = """You are a clinical documentation assistant for a therapist
practicing Internal Family Systems (IFS) therapy. You understand IFS
terminology and framework: parts (protectors, managers, firefighters),
exiles, Self-energy, unburdening, direct access, in-sight, unblending.
When drafting session notes:
- Use proper clinical language appropriate for insurance documentation
- Reference parts by the names the client uses (e.g., "The Critic,"
"Little One")
- Track Self-leadership indicators
- Note unburdening progress when applicable
- Format in DAP (Data, Assessment, Plan) structure unless told otherwise
When maintaining parts maps:
- Organize by part type (protector/exile/Self)
- Track each part's role, origin, and current relationship to Self
- Note changes across sessions
You do not diagnose. You do not interpret. You document what the
clinician reports. Keep language neutral and clinically appropriate."""
SEED_TEMPLATE = (
    "Write a DAP note based on the following session bullet points.\nUse clinical language appropriate for insurance "
    "documentation.\nInclude IFS terminology where relevant.\nSession date: 2026-11-20\nClient identifier: AB\n"
    "Session number: 4\nSession bullets:\n{bullets}"
)
SEED_MODEL = "seed-recipe-ifs"
OUTPUT_TOKENS = 160  # the pack's note's length at most; the end-of-text token is banned until then
NO_END = {"0": -100, "2": -100}  # SmolLM2's <|endoftext|> and <|im_end|>


def start_engine(folder: Path, name: str, *options: str):
    """The demo engine, as provisioning starts it, behind the request recorder."""
    from therapy_pack.local_stack import DEMO_MODEL_ALIAS, demo_model_path, free_port, start_llama_server

    port = free_port()
    command = [sys.executable, recorder.__file__, "--model", str(demo_model_path()), "--alias", DEMO_MODEL_ALIAS,
               "--port", str(port), "--record", str(folder / f"{name}-requests.jsonl"), *options]
    return start_llama_server(folder / f"{name}.log", port=port, command=command)


class Stack:
    """The demo engine behind a request recorder, and Open WebUI with the pack installed and hardened."""

    def __init__(self, folder: Path):
        from therapy_pack.hardening import harden
        from therapy_pack.pack_installer import install
        from therapy_pack.local_stack import DEMO_MODEL_ALIAS, start_open_webui, tune_for_demo_model
        from therapy_pack.openwebui_api import OpenWebUI

        self.folder = folder
        self.record, self.timings = folder / "engine-requests.jsonl", folder / "timings.jsonl"
        self.engine = start_engine(folder, "engine", "--timings", str(self.timings))
        self.open_webui = start_open_webui(folder / "data", folder / "open-webui.log", openai_url=self.engine.url, timeout=300)
        self.api = OpenWebUI(self.open_webui.url, timeout=600)
        self.api.sign_up("Bench Admin", "bench@practice.test", "bench admin long password")
        install(self.api, desired_state(base_model=DEMO_MODEL_ALIAS), say=lambda _: None)
        tune_for_demo_model(self.api)
        harden(self.api)
        self.api.create_model({"id": SEED_MODEL, "base_model_id": DEMO_MODEL_ALIAS, "name": "Seed recipe (IFS)",
                               "meta": {"description": "The seed article's Modelfile"}, "params": {"system": SEED_SYSTEM}})
        self.api.available_models()  # Open WebUI lists a new model once its list is read again

    def close(self) -> None:
        self.api.close()
        self.open_webui.stop()
        self.engine.stop()

    def timed(self) -> int:
        """How many answers the engine has timed so far."""
        return len(recorder.timed(self.timings))

    def received(self) -> int:
        """How many requests the engine has received so far."""
        return len(recorder.recorded(self.record))

    def chat_requests_since(self, before: int) -> list[dict]:
        return recorder.chat_requests(self.record, before, settle=2.0)

    def prompt_tokens(self, request: dict) -> int:
        """What the engine reads for a request: its messages (and any tool list), in the model's tokens."""
        import httpx

        text = "\n".join(str(m.get("content") or "") for m in request.get("messages") or []) + json.dumps(request.get("tools") or "")
        answer = httpx.post(self.engine.url.removesuffix("/v1") + "/extras/tokenize/count", json={"input": text}, timeout=60, trust_env=False)
        return answer.json()["count"]

    def timed_note(self, model: str, text: str, **extra) -> tuple[float, float]:
        """(seconds to the first visible text, seconds to the end) for one streamed note."""
        started, first = time.perf_counter(), None
        for event in self.api.stream_chat({"model": model, "messages": [{"role": "user", "content": text}], **extra}):
            if first is None and any((c.get("delta") or {}).get("content") for c in event.get("choices") or []):
                first = time.perf_counter()
        end = time.perf_counter()
        return (first or end) - started, end - started


def calls_and_tokens(stack: Stack) -> dict:
    """Per preset, a note as the browser sends it (a saved chat, its tools, the background tasks the page asks for);
    then a note after a parts-map exchange in the same chat."""
    worst_calls, worst_ratio = 0, 0.0
    for form in (m for m in desired_state().models if "therapy_pack" in m["meta"]):
        before = stack.received()
        # Short answers: what is counted here (calls, prompt tokens) does not depend on their length.
        stack.api.chat_as_browser(form["id"], [{"role": "user", "content": BULLETS}], form["meta"]["toolIds"], max_tokens=48)
        sent = stack.chat_requests_since(before)
        note = [r for r in sent if "response_format" in r] or sent
        worst_calls = max(worst_calls, len(sent))
        worst_ratio = max(worst_ratio, sum(map(stack.prompt_tokens, sent)) / stack.prompt_tokens(note[-1]))
    ifs = next(m for m in desired_state().models if m["id"] == "session-note-ifs")
    asked = [{"role": "user", "content": "Which clients have parts maps?"}]
    chat_id, reply_id, answer = stack.api.chat_as_browser(ifs["id"], asked, ifs["meta"]["toolIds"], max_tokens=48)
    before = stack.received()
    stack.api.chat_as_browser(ifs["id"], asked + [{"role": "assistant", "content": answer}, {"role": "user", "content": BULLETS}],
                              ifs["meta"]["toolIds"], chat_id=chat_id, parent_id=reply_id, max_tokens=48)
    after_map = stack.chat_requests_since(before)
    return {"calls_per_note": max(worst_calls, len(after_map)), "prompt_tokens_ratio": round(worst_ratio, 3)}


def time_to_first_token(stack: Stack) -> dict:
    """The first note a fresh engine reads (it has seen no prompt yet), then a second note of the same preset."""
    # Open WebUI warmed up (functions loaded) by a request the pack answers itself: the engine still reads nothing.
    stack.timed_note("session-note-ifs", "Which diagnosis fits these symptoms?")
    if stack.received():
        raise RuntimeError("The warm-up reached the engine; the first note would not be its first prompt.")
    first = stack.timed_note("session-note-ifs", BULLETS, max_tokens=8)[0]
    second = stack.timed_note("session-note-ifs", OTHER_BULLETS, max_tokens=8)[0]
    return {"ttft_first_s": round(first, 3), "ttft_second_s": round(second, 3), "ttft_second_over_first": round(second / first, 3)}


def seed_ratio(stack: Stack, runs: int) -> tuple[dict, dict]:
    """The seed ratio, and the engine's timing of each note with the request it answered."""
    wall = {"pack": [], "seed": []}
    engine = {"pack": [], "seed": []}
    for _ in range(runs):  # alternated, so both meet the engine in the same state
        length = OUTPUT_TOKENS
        for recipe, model in (("pack", "session-note-ifs"), ("seed", SEED_MODEL)):
            before, timed = stack.received(), stack.timed()
            wall[recipe].append(stack.timed_note(model, SEED_TEMPLATE.format(bullets=BULLETS), max_tokens=length, logit_bias=NO_END)[1])
            engine[recipe].append((stack.chat_requests_since(before)[-1], timing_of_answer(stack.timings, timed)))
            # The pack's note ends when its JSON closes (the grammar then allows only the end): the seed
            # recipe writes as many tokens, so both write the same length.
            length = engine[recipe][-1][1]["output_tokens"]
    figures = {
        "seed_recipe_ratio": round(statistics.median(wall["pack"]) / statistics.median(wall["seed"]), 3),
        "pack_note_s": round(statistics.median(wall["pack"]), 2), "seed_note_s": round(statistics.median(wall["seed"]), 2),
    }
    return figures, {"wall": wall, "engine": engine}


def timing_of_answer(timings: Path, before: int) -> dict:
    """The engine's timing of the first answer after the first ``before`` (written just after it is sent)."""
    deadline = time.monotonic() + 10
    while len(found := recorder.timed(timings, before)) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    return found[0]


def median(values) -> float:
    return statistics.median(list(values))


def ask_engine(url: str, body: dict, **extra) -> None:
    """One request straight to the engine (no Open WebUI), streamed as Open WebUI asks for a note."""
    import httpx

    with httpx.stream("POST", f"{url}/chat/completions", json={**body, **extra, "stream": True}, timeout=600, trust_env=False) as answer:
        answer.raise_for_status()
        for _ in answer.iter_lines():
            pass


def note_breakdown(stack: Stack, seed: dict, runs: int) -> dict:
    """Where a note's time goes, pack against seed recipe: see the module's docstring."""
    figures = {}
    for recipe in ("pack", "seed"):
        bodies, timings = zip(*seed["engine"][recipe])
        warm = timings[1:] or timings  # the first note of each recipe reads its prompt; the others find it cached
        decode = [(t["total_s"] - t["first_token_s"]) / max(t["output_tokens"] - 1, 1) * 1000 for t in warm]
        figures.update({
            f"{recipe}_prompt_tokens": stack.prompt_tokens(bodies[-1]),
            f"{recipe}_output_tokens": median(t["output_tokens"] for t in timings),
            f"{recipe}_engine_s": round(median(t["total_s"] for t in warm), 2),
            f"{recipe}_decode_ms_per_token": round(median(decode), 1),
            f"{recipe}_open_webui_s": round(median(w - t["total_s"] for w, t in zip(seed["wall"][recipe], timings)), 2),
        })
    pack_body, seed_body = seed["engine"]["pack"][-1][0], seed["engine"]["seed"][-1][0]
    # The pack's note without its output schema, on the same engine and prompt and of the same length: what the
    # grammar costs.
    free_body = {**{k: v for k, v in pack_body.items() if k != "response_format"}, "max_tokens": int(figures["pack_output_tokens"])}
    free = []
    for _ in range(runs):
        before = stack.timed()
        ask_engine(stack.engine.url, free_body)
        t = timing_of_answer(stack.timings, before)
        free.append((t["total_s"] - t["first_token_s"]) / max(t["output_tokens"] - 1, 1) * 1000)
    figures["pack_free_decode_ms_per_token"] = round(median(free), 1)
    return {**figures, **prefill_figures(stack, pack_body, seed_body, runs)}


def prefill_figures(stack: Stack, pack_body: dict, seed_body: dict, runs: int) -> dict:
    """Seconds to read a note's prompt when the engine's cache does not hold it: on an engine with no
    prompt cache, after an unrelated prompt (the first note of the day) or another preset's note."""
    before = stack.received()
    stack.timed_note("session-note-cbt", OTHER_BULLETS, max_tokens=8)
    other_body = stack.chat_requests_since(before)[-1]
    unrelated = {"messages": [{"role": "user", "content": "Good morning."}]}
    engine = start_engine(stack.folder, "cold-engine", "--cache_size", "0", "--timings", str(stack.folder / "cold-timings.jsonl"))
    timings = stack.folder / "cold-timings.jsonl"

    sent = 0

    def prefill(first: dict, body: dict) -> float:
        nonlocal sent
        ask_engine(engine.url, first, max_tokens=1)
        ask_engine(engine.url, body, max_tokens=1)
        sent += 2
        return timing_of_answer(timings, sent - 1)["total_s"]

    try:
        pack, seed, after_other = [], [], []
        for _ in range(runs):
            pack.append(prefill(unrelated, pack_body))
            seed.append(prefill(unrelated, seed_body))
            after_other.append(prefill(other_body, pack_body))
    finally:
        engine.stop()
    return {"pack_prefill_first_s": round(median(pack), 2), "seed_prefill_first_s": round(median(seed), 2),
            "pack_prefill_after_other_preset_s": round(median(after_other), 2),
            "pack_tokens_shared_with_other_preset": shared_tokens(stack, other_body, pack_body)}


def shared_tokens(stack: Stack, first: dict, then: dict) -> int:
    """How many of a note's system-prompt tokens an engine that just read another note's finds already read."""
    import httpx

    def tokens(body: dict) -> list[int]:
        system = next((m["content"] for m in body["messages"] if m["role"] == "system"), "")
        url = stack.engine.url.removesuffix("/v1") + "/extras/tokenize"
        return httpx.post(url, json={"input": system}, timeout=60, trust_env=False).json()["tokens"]

    shared = 0
    for a, b in zip(tokens(first), tokens(then)):
        if a != b:
            break
        shared += 1
    return shared


TARGETS = {
    "calls_per_note": lambda v: v <= 1, "prompt_tokens_ratio": lambda v: v <= 1.0, "seed_recipe_ratio": lambda v: v <= 1.1,
    "stream_16k_over_3k": lambda v: v <= 6, "stream_3k_share_of_decode": lambda v: v <= 0.01, "max_chunk_ms": lambda v: v <= 2,
    "ttft_second_over_first": lambda v: v <= 0.5,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--runs", type=int, default=3, help="notes per recipe for the seed ratio (median)")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--stream-only", action="store_true", help="only the in-process streaming figures (no servers)")
    only.add_argument("--note-cost", action="store_true", help="only the seed ratio and where the note's time goes")
    args = parser.parse_args(argv)
    figures = {} if args.note_cost else streaming_figures()
    if not args.stream_only:
        with tempfile.TemporaryDirectory(prefix="bench-note-path-") as folder:
            stack = Stack(Path(folder))
            try:
                ttft = {} if args.note_cost else time_to_first_token(stack)  # first, while the engine has read nothing
                calls = {} if args.note_cost else calls_and_tokens(stack)
                ratio, notes = seed_ratio(stack, args.runs)
                breakdown = note_breakdown(stack, notes, args.runs)
                first_note = (ratio["pack_note_s"] + breakdown["pack_prefill_first_s"]) / (ratio["seed_note_s"] + breakdown["seed_prefill_first_s"])
                figures = {**calls, **ratio, "first_note_ratio": round(first_note, 3), **breakdown, **ttft, **figures}
            finally:
                stack.close()
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            verdict = "" if key not in TARGETS else ("  meets the target" if TARGETS[key](value) else "  MISSES the target")
            print(f"{key:28} {value}{verdict}")
    return 0 if all(check(figures[k]) for k, check in TARGETS.items() if k in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
