"""What one note costs a practice: model calls, prompt tokens, wall time, and the pack's CPU while it streams.

    python scripts/bench_note_path.py [--json] [--runs 3]

Starts a private stack on loopback (the demo engine behind a recorder that logs
every request, and Open WebUI with the pack installed and hardened as provisioning
does), sends notes as the browser sends them, and prints:

- calls_per_note: model requests per note, the most over all presets (the IFS preset
  with its parts-map tool attached, a note after a parts-map exchange included);
- prompt_tokens_ratio: every prompt token sent for a note / the note call's own;
- seed_recipe_ratio: wall time of an IFS note through the pack / the same bullets
  through a plain workspace model with the seed article's Modelfile prompt and DAP
  template, same engine, same output length;
- stream_cpu_ms_3k, stream_cpu_ms_16k, max_chunk_ms: the pack's CPU for streaming a
  3 KB and a 16 KB document through all its filters, token by token, in process;
- ttft_second_over_first: time to first token of a second note with the same preset
  (another chat, other bullets) / the first note's.

Targets (issue 12): 1 call; ratio <= 1.0; seed ratio <= 1.1; 16 KB <= 6x 3 KB and
3 KB <= 1% of the note's decode time at 50 tokens/s; max chunk <= 2 ms; TTFT ratio <= 0.5.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "pipelines"))

import clinical_guardrails  # noqa: E402
import clinical_note_filter  # noqa: E402
import context_fit  # noqa: E402
from install import desired_state  # noqa: E402

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    figures = streaming_figures()
    print(json.dumps(figures) if args.json else "\n".join(f"{k:28} {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
