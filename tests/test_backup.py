"""Encrypted backups: consistent while the database is written, verified, restored exactly, and refused when wrong."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

import backup
from backup import BackupError

PASS = "correct horse battery staple"


def practice(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    (data / "uploads").mkdir(parents=True)
    (data / "cache").mkdir()
    (data / "uploads" / "letter.pdf").write_bytes(b"%PDF client letter MARKER-7731")
    (data / "cache" / "embeddings.bin").write_bytes(b"x" * 100)
    with sqlite3.connect(data / "webui.db") as db:
        db.execute("create table chat (id integer primary key, body text)")
        db.executemany("insert into chat (body) values (?)", [(f"session MARKER-7731 {i}",) for i in range(200)])
    return data


def test_create_verify_restore_round_trip(tmp_path):
    data = practice(tmp_path)
    archive = tmp_path / "backup.tnpb"
    backup.create(data, archive, PASS)
    assert b"MARKER-7731" not in archive.read_bytes()
    files = backup.verify(archive, PASS)
    assert set(files) == {"webui.db", "uploads/letter.pdf"}  # caches are not backed up
    target = tmp_path / "restored"
    assert backup.restore(archive, target, PASS) == 2
    for name, content in files.items():
        assert (target / name).read_bytes() == content
    assert (target / "uploads" / "letter.pdf").read_bytes() == (data / "uploads" / "letter.pdf").read_bytes()
    with sqlite3.connect(target / "webui.db") as db:
        assert db.execute("select count(*) from chat").fetchone()[0] == 200


def test_a_backup_taken_while_the_database_is_written_is_consistent(tmp_path):
    data = practice(tmp_path)
    stop = threading.Event()

    def writer():
        with sqlite3.connect(data / "webui.db", timeout=30) as db:
            while not stop.is_set():
                db.execute("insert into chat (body) values ('more')")
                db.commit()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        for n in range(3):
            backup.create(data, tmp_path / f"b{n}.tnpb", PASS)
    finally:
        stop.set()
        thread.join()
    for n in range(3):
        restored = tmp_path / f"r{n}"
        backup.restore(tmp_path / f"b{n}.tnpb", restored, PASS)
        with sqlite3.connect(restored / "webui.db") as db:
            assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_no_unencrypted_file_is_written_while_creating(tmp_path):
    """Every file opened for writing during a backup is the (encrypted) archive being written."""
    import sys

    data = practice(tmp_path)
    written, watching = [], [True]

    def hook(event, args):
        if watching[0] and event == "open" and isinstance(args[0], (str, Path)):
            mode, flags = args[1] or "", args[2] or 0
            if any(c in str(mode) for c in "wax+") or flags & 0o3:
                written.append(str(args[0]))

    sys.addaudithook(hook)
    try:
        backup.create(data, tmp_path / "b.tnpb", PASS)
    finally:
        watching[0] = False
    assert written and all(path.endswith("b.tnpb.partial") for path in written), written


def test_a_wrong_passphrase_or_a_damaged_file_changes_nothing(tmp_path):
    data = practice(tmp_path)
    archive = tmp_path / "b.tnpb"
    backup.create(data, archive, PASS)
    target = tmp_path / "existing"
    target.mkdir()
    (target / "keep.txt").write_text("untouched")
    with pytest.raises(BackupError, match="passphrase is wrong, or the backup file is damaged"):
        backup.restore(archive, target, "wrong")
    damaged = bytearray(archive.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    (tmp_path / "damaged.tnpb").write_bytes(bytes(damaged))
    with pytest.raises(BackupError, match="damaged"):
        backup.restore(tmp_path / "damaged.tnpb", target, PASS)
    with pytest.raises(BackupError, match="not a therapy-notes-pack backup"):
        backup.verify(data / "uploads" / "letter.pdf", PASS)
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_restore_refuses_a_folder_a_running_program_has_open(tmp_path):
    data = practice(tmp_path)
    archive = tmp_path / "b.tnpb"
    backup.create(data, archive, PASS)
    connection = sqlite3.connect(data / "webui.db")
    connection.execute("select 1")
    try:
        with pytest.raises(BackupError, match="is in use by .*Stop Open WebUI first"):
            backup.restore(archive, data, PASS)
    finally:
        connection.close()


def test_the_command_line(tmp_path, monkeypatch, capsys):
    data = practice(tmp_path)
    monkeypatch.setenv("THERAPY_PACK_BACKUP_PASSPHRASE", PASS)
    assert backup.main(["create", "--data-dir", str(data), "--out", str(tmp_path / "b.tnpb")]) == 0
    assert backup.main(["verify", str(tmp_path / "b.tnpb")]) == 0
    assert "intact: 2 files" in capsys.readouterr().out
    monkeypatch.setenv("THERAPY_PACK_BACKUP_PASSPHRASE", "nope")
    assert backup.main(["verify", str(tmp_path / "b.tnpb")]) == 2
    assert PASS not in capsys.readouterr().err
