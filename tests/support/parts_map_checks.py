"""A check the parts map passes on every store, SQLite (tests/unit) and PostgreSQL (tests/e2e)."""

from __future__ import annotations

import json
import threading

from support.dialogs import Confirming


def assert_concurrent_updates_kept(t: Confirming, user: dict, code: str) -> None:
    """Six threads add five parts each to one map at once: all 30 and their history must be kept."""
    t.record_part(code, "Seed", __user__=user)
    errors = []

    def worker(n: int) -> None:
        for i in range(5):
            result = t.record_part(code, f"Part {n}-{i}", "manager", __user__=user)
            if not result.startswith("Added"):
                errors.append(result)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    [th.start() for th in threads]
    [th.join() for th in threads]
    assert errors == []
    assert "(31 parts" in t.show_parts_map(code, __user__=user)
    assert len(exported(t, user, code)["history"]) == 31


def exported(t: Confirming, user: dict, code: str = "AB") -> dict:
    """A map's JSON export as its window shows it (in a code block), read back."""
    return json.loads(t.export_parts_map(code, "json", __user__=user).removeprefix("```json\n").removesuffix("\n```"))
