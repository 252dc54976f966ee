"""A group practice's parts maps on a real PostgreSQL server: isolation, concurrency, encryption at rest."""

from __future__ import annotations

import pytest

import ifs_parts_map as pm
from support.dialogs import Confirming
from support.parts_map_checks import assert_concurrent_updates_kept
from support.backup_memory import MEMORY_BOUND, peak_memory_of_a_backup
from support.provision_run import CLINICIAN_PASSWORD, EMAIL, PASSWORD, Provision
from support.stack import stream_chat
from therapy_pack.database_url import libpq_url, psycopg_url
from therapy_pack.local_stack import free_port
from therapy_pack.openwebui_api import OpenWebUI

pytestmark = pytest.mark.e2e
PASSPHRASE = "a practice passphrase for tests"
NOBODY = "http://127.0.0.1:9"  # where no Open WebUI answers


def new_database(postgres: str, name: str) -> str:
    """A new, empty database on the test server; its SQLAlchemy URL."""
    from sqlalchemy import create_engine, text

    with create_engine(postgres, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f"create database {name}"))
    return postgres.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(scope="module")
def tool(postgres) -> Confirming:
    """The tool as a clinician uses it, clicking "Confirm" in each dialog."""
    t = pm.Tools()
    t.valves = t.Valves(encryption_key=pm.Cipher.new_key(), database_url=postgres)
    return Confirming(t)


def test_maps_on_postgres_are_private_per_clinician(tool):
    first, second = {"id": "pg-clinician-1"}, {"id": "pg-clinician-2"}
    assert "Added" in tool.record_part("AB", "The Critic", "manager", __user__=first)
    assert tool.show_parts_map("AB", __user__=second).startswith("Not done: There is no parts map for client AB")
    assert "The Critic" in tool.show_parts_map("AB", __user__=first)


def test_concurrent_updates_on_postgres_are_all_kept(tool):
    assert_concurrent_updates_kept(tool, {"id": "pg-clinician-3"}, "CD")


def test_postgres_holds_only_ciphertext(tool, postgres):
    from sqlalchemy import create_engine, text

    tool.record_session("EF", "2026-03-01", "Little One", "witnessing", "", "Exile holding the abandonment wound.", __user__={"id": "pg-4"})
    with create_engine(postgres).connect() as conn:
        rows = [r[0] for r in conn.execute(text("select data from parts_map_clients"))]
        rows += [r[0] for r in conn.execute(text("select data from parts_map_events"))]
    assert rows and not any(word in row for row in rows for word in ("Little One", "abandonment", "Critic", "witnessing"))


def test_a_group_practice_on_postgres(postgres, tmp_path, speech_model_source):
    """provision.py with --database-url: Open WebUI and the parts maps in PostgreSQL, two clinicians, private chats."""
    import uuid

    from sqlalchemy import create_engine, text

    with create_engine(postgres, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text("create database practice"))
    database = libpq_url(postgres).rsplit("/", 1)[0] + "/practice"
    port = free_port()
    run = Provision(tmp_path, port, free_port(), speech_model_source, "--database-url", database, "--add-clinician", "second@practice.test")
    try:
        run.wait_for("Open WebUI is ready", timeout=400)
        assert not (tmp_path / "open-webui" / "webui.db").exists()
        url = f"http://127.0.0.1:{port}"
        with OpenWebUI(url) as admin:
            admin.sign_in(EMAIL, PASSWORD)
            assert admin.get_valves("tools", "ifs_parts_map")["database_url"].startswith("postgresql+psycopg://")
        chats = {}
        for email in ("therapist@practice.test", "second@practice.test"):
            with OpenWebUI(url) as clinician:
                clinician.sign_in(email, CLINICIAN_PASSWORD)
                reply = str(uuid.uuid4())
                message = {"id": str(uuid.uuid4()), "role": "user", "content": f"Note for {email}", "parentId": None, "childrenIds": []}
                stream_chat(clinician, {"model": "session-note-ifs", "max_tokens": 40, "messages": [{"role": "user", "content": message["content"]}],
                                        "parent_id": None, "id": reply, "user_message": message})
                chats[email] = {c["id"] for c in clinician.get("/api/v1/chats/")}
        assert all(chats.values()) and not chats["therapist@practice.test"] & chats["second@practice.test"]
        with create_engine(psycopg_url(database)).connect() as conn:
            assert conn.execute(text("select count(*) from chat")).scalar() == 2
    finally:
        assert run.stop() == 0


def test_a_backup_of_a_postgres_practice_restores_the_database_and_keeps_the_one_it_replaces(postgres, tmp_path):
    from sqlalchemy import create_engine, text

    from therapy_pack import backup

    url = new_database(postgres, "backed_up")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("create table notes (id int primary key, body text)"))
        conn.execute(text("insert into notes values (1, 'MARKER-4411 session'), (2, 'another')"))
    data = tmp_path / "data"
    (data / "uploads").mkdir(parents=True)
    archive = tmp_path / "practice.tnpb"
    backup.create(data, archive, PASSPHRASE, url)
    assert b"MARKER-4411" not in archive.read_bytes()
    with engine.begin() as conn:
        conn.execute(text("delete from notes"))
        conn.execute(text("insert into notes values (3, 'written after the backup')"))
    engine.dispose()

    holder_engine = create_engine(url)
    holder = holder_engine.connect()  # something still connected, like a running Open WebUI
    try:
        with pytest.raises(backup.BackupError, match="database is in use"):
            backup.restore(archive, tmp_path / "restored", PASSPHRASE, url, open_webui_url=NOBODY)
    finally:
        holder.close()
        holder_engine.dispose()
    done = backup.restore(archive, tmp_path / "restored", PASSPHRASE, url, open_webui_url=NOBODY)
    with create_engine(url).connect() as conn:
        assert [r[0] for r in conn.execute(text("select body from notes order by id"))] == ["MARKER-4411 session", "another"]
    # The database as it was before the restore is kept aside, private, and restores.
    kept = done.previous_database
    assert kept.parent == tmp_path and kept.stat().st_mode & 0o777 == 0o600
    aside = new_database(postgres, "kept_aside")
    backup._pg(["pg_restore", "--no-owner", str(kept)], aside)
    with create_engine(aside).connect() as conn:
        assert [r[0] for r in conn.execute(text("select body from notes"))] == ["written after the backup"]


def test_a_database_much_larger_than_the_memory_bound_is_dumped_in_bounded_memory(postgres, tmp_path):
    from sqlalchemy import create_engine, text

    from therapy_pack import backup

    url = new_database(postgres, "large")
    with create_engine(url).begin() as conn:  # 160 MiB that do not compress: pg_dump's output is as large
        conn.execute(text("create table blobs (id int, body bytea)"))
        conn.execute(text("insert into blobs select g, (select string_agg(decode(md5(random()::text || g || i), 'hex'), ''::bytea) "
                          "from generate_series(1, 65536) i) from generate_series(1, 160) g"))
    (tmp_path / "data").mkdir()
    peak = peak_memory_of_a_backup(tmp_path / "data", tmp_path / "b.tnpb", PASSPHRASE, url)
    assert peak < MEMORY_BOUND, f"the backup added {peak / 2**20:.0f} MiB"
    assert (tmp_path / "b.tnpb").stat().st_size > 150 * 2**20 and backup.PG_DUMP in backup.verify(tmp_path / "b.tnpb", PASSPHRASE)


def test_key_rotation_refuses_while_the_maps_database_has_other_sessions(postgres):
    from therapy_pack import key_rotation

    url = new_database(postgres, "rotating")
    t = pm.Tools()
    t.valves = t.Valves(encryption_key=pm.Cipher.new_key(), database_url=url)
    Confirming(t).record_part("AB", "The Critic", "manager", __user__={"id": "pg-rotating"})  # its connections stay open, as in Open WebUI
    problem = key_rotation.refusal(url, NOBODY)
    assert problem and "database is in use" in problem and "Nothing was changed" in problem
    for store in pm._STORES.values():  # as a stopped Open WebUI would
        store.engine.dispose()
    assert key_rotation.refusal(url, NOBODY) is None
