"""Hostile and malformed input, a few thousand cases: clear messages, no crash, nothing stored half-way."""

from __future__ import annotations

import asyncio
import inspect
import json
import random

import ifs_parts_map as pm
from support.dialogs import Confirming, clicks
from clinical_guardrails import check
from clinical_note_filter import final_text

SECTIONS = {"layout": "headed", "sections": [{"key": "data", "heading": "DATA"}, {"key": "plan", "heading": "PLAN"}]}
NASTY = [
    "", " ", "\x00", "\u202e\u200b", "🙂" * 50, "'; DROP TABLE parts_map_clients; --", "<script>alert(1)</script>",
    "{\"data\": \"x\"}", "\\u0000", "A" * 5000, "manager", "exile", "delete AB", "2026-02-30", "2026-03-01",
    "../../etc/passwd", "%s%s%n", "NaN", "-1", "None", "null", "Ω≈ç√∫", "\r\n\t", "[DATE]", "F41.1",
]


def hostile(rng: random.Random) -> object:
    choice = rng.random()
    if choice < 0.6:
        return rng.choice(NASTY)
    if choice < 0.8:
        return "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(0, 60)))
    return rng.choice([None, 0, 3.5, [], {}, ["a", "b"], True])


def test_the_parts_map_tool_survives_hostile_arguments(tmp_path):
    tool = pm.Tools()
    tool.valves = tool.Valves(encryption_key=pm.Cipher.new_key(), database_url=f"sqlite:///{tmp_path / 'fuzz.db'}")
    user = {"id": "fuzzer"}
    viewer = Confirming(tool)  # sees what the tool shows in a window
    asyncio.run(tool.record_part("AB", "The Critic", "manager", __user__=user, __event_call__=clicks(True)))
    rng = random.Random(2026)
    methods = [
        ("record_part", 11), ("record_session", 6), ("show_parts_map", 2), ("part_history", 2), ("rename_part", 3),
        ("merge_parts", 3), ("correct_part", 4), ("export_parts_map", 2), ("delete_client_map", 1),
    ]
    for _ in range(2500):
        name, arity = rng.choice(methods)
        args = [rng.choice(["AB", hostile(rng)]) if i == 0 else hostile(rng) for i in range(arity)]
        before = viewer.export_parts_map("AB", "json", __user__=user)
        method = getattr(tool, name)
        if inspect.iscoroutinefunction(method):  # a change asks the clinician, who clicks "Confirm" half the time
            result = asyncio.run(method(*args, __user__=user, __event_call__=clicks(rng.random() < 0.5)))
        else:
            result = method(*args, __user__=user)
        assert isinstance(result, str) and result, (name, args)
        if result.startswith(("Not done", "Nothing was changed")):  # a refusal stores nothing
            assert viewer.export_parts_map("AB", "json", __user__=user) == before, (name, args)
    assert viewer.show_parts_map("AB", __user__=user).startswith(("Parts map for AB", "Not done: There is no parts map for client AB"))


def test_the_checker_and_the_renderer_survive_hostile_text():
    rng = random.Random(7)
    for _ in range(1500):
        bullets, request, note = (str(hostile(rng)) for _ in range(3))
        for finding in check(bullets=bullets, request=request, note=note):
            source = {"note": note, "request": request, "bullets": bullets}[finding.source]
            assert source[finding.start : finding.end] == finding.text
        raw = json.dumps({"data": note, "plan": bullets}) if rng.random() < 0.5 else note
        assert isinstance(final_text(raw[: rng.randint(0, len(raw))], SECTIONS), str)
