"""Long inputs: counting, planning, lossless splitting and condensing, without a server."""

from __future__ import annotations

import asyncio
import random

import pytest

from context_fit import (
    CONDENSED_KEY,
    NOTICE,
    Filter,
    TooLong,
    condense,
    estimate_tokens,
    plan,
    request_tokens,
    split_text,
)
from support.installed_presets import preset_model

PRESET = preset_model("progress-summary-insurance")


def notes(count: int, words: int = 400) -> str:
    rng = random.Random(count)
    vocab = "client reported sleep improved worry practised grounding homework goal progress session mood".split()
    return "\n\n".join(
        f"Session {i} (NOTE-MARK-{i:02d}): " + " ".join(rng.choice(vocab) for _ in range(words)) for i in range(1, count + 1)
    )


def test_the_estimate_never_undercounts_dense_scripts():
    assert estimate_tokens("a" * 300) == 100
    assert estimate_tokens("心" * 300) == 300
    assert request_tokens([{"role": "user", "content": "abc"}]) == 1 + 8


def test_planning():
    assert plan(5000, 8192, 8192).action == "fits"
    raised = plan(20000, 8192, 32768)
    assert (raised.action, raised.raise_to) == ("raise", 20480)
    assert plan(40000, 8192, 32768).action == "condense"


@pytest.mark.parametrize("budget", [50, 300, 2000])
def test_splitting_loses_nothing_and_respects_the_budget(budget):
    text = notes(16) + "\n" + "x" * 5000 + "\nLast line. Another sentence! A question?"
    parts = split_text(text, budget)
    assert "".join(parts) == text
    assert all(estimate_tokens(p) <= budget for p in parts)


def test_splitting_prefers_the_gaps_between_notes():
    parts = split_text(notes(16), 2000)
    assert all(p.lstrip().startswith("Session") for p in parts)


def test_condensing_reads_every_part_and_stops_when_it_fits():
    seen = []

    async def summarize(part: str) -> str:
        seen.append(part)
        return "summary of " + ", ".join(sorted(set(__import__("re").findall(r"NOTE-MARK-\d+", part))))

    text = notes(16)
    condensed, parts = asyncio.run(condense(text, 2000, 1500, summarize))
    assert parts == len(seen) > 1 and "".join(seen) == text
    for i in range(1, 17):
        assert f"NOTE-MARK-{i:02d}" in condensed


def test_condensing_that_cannot_fit_says_so_with_numbers():
    async def echo(part: str) -> str:
        return part

    with pytest.raises(TooLong, match=r"about [\d,]+ tokens .* room for about 100"):
        asyncio.run(condense(notes(4), 2000, 100, echo))


def run_inlet(body: dict, summaries: list[str]):
    f = Filter()

    async def fake_summarizer(request, user, model_id, prompt):
        async def summarize(text):
            summaries.append(text)
            return f"condensed ({len(text)} characters)"
        return summarize

    f._summarize_with = fake_summarizer
    return asyncio.run(f.inlet(body, __model__=PRESET, __user__={"id": "u1"}))


def test_inlet_leaves_a_request_that_fits_alone():
    body = {"model": "p", "messages": [{"role": "system", "content": "rules"}, {"role": "user", "content": "short"}]}
    assert run_inlet(body, []) == body


def test_inlet_gives_ollama_a_larger_window_when_the_machine_can_hold_it():
    body = {"model": "p", "options": {"num_ctx": 8192}, "messages": [{"role": "user", "content": notes(8)}]}
    out = asyncio.run(Filter().inlet(body, __model__={**PRESET, "owned_by": "ollama"}))
    assert out["options"]["num_ctx"] > 8192 and out["messages"][0]["content"] == notes(8)


def test_inlet_condenses_long_notes_for_a_fixed_window_and_the_answer_says_so():
    summaries = []
    body = {"model": "p", "max_tokens": 2048, "messages": [{"role": "system", "content": "rules"},
                                                           {"role": "user", "content": notes(16)}]}
    out = run_inlet(body, summaries)
    assert "".join(summaries) == notes(16)
    assert out["messages"][-1]["content"].startswith("The clinician's notes were too long")
    assert out["metadata"][CONDENSED_KEY]["parts"] == len(summaries)
    finish = {"choices": [{"delta": {"content": "PLAN: continue."}, "finish_reason": "stop"}]}
    assert Filter().stream(finish, __metadata__=out["metadata"])["choices"][0]["delta"]["content"] == "PLAN: continue." + NOTICE


def test_inlet_explains_when_earlier_messages_leave_no_room():
    history = [{"role": "user", "content": notes(10)}, {"role": "assistant", "content": notes(10)}]
    body = {"model": "p", "messages": history + [{"role": "user", "content": notes(2)}]}
    with pytest.raises(TooLong, match="start a new chat"):
        run_inlet(body, [])
