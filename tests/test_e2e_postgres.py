"""A group practice's parts maps on a real PostgreSQL server: isolation, concurrency, encryption at rest."""

from __future__ import annotations

import threading

import pytest

import ifs_parts_map as pm

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def tool(postgres) -> pm.Tools:
    t = pm.Tools()
    t.valves = t.Valves(encryption_key=pm.Cipher.new_key(), database_url=postgres)
    return t


def test_maps_on_postgres_are_private_per_clinician(tool):
    first, second = {"id": "pg-clinician-1"}, {"id": "pg-clinician-2"}
    assert "Added" in tool.record_part("AB", "The Critic", "manager", __user__=first)
    assert tool.show_parts_map("AB", __user__=second).startswith("Not done: There is no parts map for client AB")
    assert "The Critic" in tool.show_parts_map("AB", __user__=first)


def test_concurrent_updates_on_postgres_are_all_kept(tool):
    user = {"id": "pg-clinician-3"}
    tool.record_part("CD", "Seed", __user__=user)
    failures = []

    def worker(n):
        for i in range(5):
            result = tool.record_part("CD", f"Part {n}-{i}", "exile", __user__=user)
            if not result.startswith("Added"):
                failures.append(result)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert failures == [] and "(31 parts" in tool.show_parts_map("CD", __user__=user)


def test_postgres_holds_only_ciphertext(tool, postgres):
    from sqlalchemy import create_engine, text

    tool.record_session("EF", "2026-03-01", "Little One", "witnessing", "", "Exile holding the abandonment wound.", __user__={"id": "pg-4"})
    with create_engine(postgres).connect() as conn:
        rows = [r[0] for r in conn.execute(text("select data from parts_map_clients"))]
        rows += [r[0] for r in conn.execute(text("select data from parts_map_events"))]
    assert rows and not any(word in row for row in rows for word in ("Little One", "abandonment", "Critic", "witnessing"))
