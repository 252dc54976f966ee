"""Encrypted backups: consistent while the database is written, verified, restored exactly, and refused when wrong."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
import subprocess
import threading
from pathlib import Path

import pytest

import backup
from support.backup_memory import MEMORY_BOUND, peak_memory_of_a_backup
from support.open_webui_health import OpenWebUIHealth
from therapy_pack import backup as backup_archive
from therapy_pack.backup import BackupError

PASS = "correct horse battery staple"
NOBODY = "http://127.0.0.1:9"  # where no Open WebUI answers


@pytest.fixture(autouse=True)
def quick_kdf(monkeypatch):
    """The real cost (N=2^17) is checked once below; the other tests need not pay it each time."""
    monkeypatch.setattr(backup_archive, "SCRYPT", {"n": 2**14, "r": 8, "p": 1})


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


@pytest.fixture
def backed_up(tmp_path) -> tuple[Path, Path]:
    """A practice's data folder and a backup of it."""
    data, archive = practice(tmp_path), tmp_path / "b.tnpb"
    backup_archive.create(data, archive, PASS)
    return data, archive


def test_create_verify_restore_round_trip(tmp_path):
    data = practice(tmp_path)
    archive = tmp_path / "backup.tnpb"
    backup_archive.create(data, archive, PASS)
    assert b"MARKER-7731" not in archive.read_bytes()
    files = backup_archive.verify(archive, PASS)
    assert set(files) == {"webui.db", "uploads/letter.pdf"}  # caches are not backed up
    target = tmp_path / "restored"
    assert backup_archive.restore(archive, target, PASS, open_webui_url=NOBODY) == backup_archive.Restored(2)
    for name, digest in files.items():
        assert hashlib.sha256((target / name).read_bytes()).hexdigest() == digest
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
            backup_archive.create(data, tmp_path / f"b{n}.tnpb", PASS)
    finally:
        stop.set()
        thread.join()
    for n in range(3):
        restored = tmp_path / f"r{n}"
        backup_archive.restore(tmp_path / f"b{n}.tnpb", restored, PASS, open_webui_url=NOBODY)
        with sqlite3.connect(restored / "webui.db") as db:
            assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_no_unencrypted_file_is_written_while_creating(tmp_path):
    """Every file opened for writing during a backup is the (encrypted) archive being written, or a database's
    snapshot in the data folder itself (private, and gone once copied)."""
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
        backup_archive.create(data, tmp_path / "b.tnpb", PASS)
    finally:
        watching[0] = False
    snapshots = [path for path in written if Path(path).parent == data and Path(path).name.startswith(backup_archive.SCRATCH_PREFIX)]
    assert snapshots and all(path.endswith("b.tnpb.partial") for path in set(written) - set(snapshots)), written
    assert not any(Path(path).exists() for path in snapshots)


@pytest.fixture
def existing(tmp_path) -> Path:
    """A data folder that already holds the practice's data (one file, keep.txt)."""
    target = tmp_path / "existing"
    target.mkdir()
    (target / "keep.txt").write_text("the data before")
    return target


def test_a_wrong_passphrase_or_a_damaged_file_changes_nothing(tmp_path, backed_up, existing):
    data, archive = backed_up
    target = existing
    with pytest.raises(BackupError, match="passphrase is wrong, or the backup file is damaged"):
        backup_archive.restore(archive, target, "wrong", force=True, open_webui_url=NOBODY)
    damaged = bytearray(archive.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    (tmp_path / "damaged.tnpb").write_bytes(bytes(damaged))
    with pytest.raises(BackupError, match="damaged"):
        backup_archive.restore(tmp_path / "damaged.tnpb", target, PASS, force=True, open_webui_url=NOBODY)
    with pytest.raises(BackupError, match="not a therapy-notes-pack backup"):
        backup_archive.verify(data / "uploads" / "letter.pdf", PASS)
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


def test_restore_refuses_a_folder_a_running_program_has_open(tmp_path, backed_up):
    data, archive = backed_up
    connection = sqlite3.connect(data / "webui.db")
    connection.execute("select 1")
    try:
        with pytest.raises(BackupError, match="is in use by .*Stop Open WebUI first"):
            backup_archive.restore(archive, data, PASS, force=True, open_webui_url=NOBODY)
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


def test_files_named_like_databases_are_copied_as_they_are_and_databases_are_recognised_by_their_header(tmp_path):
    data = practice(tmp_path)
    (data / "uploads" / "export.db").write_bytes(b"a client's exported notes, not SQLite")
    (data / "webui.db").rename(data / "store.data")
    archive = tmp_path / "b.tnpb"
    backup_archive.create(data, archive, PASS)
    restored = tmp_path / "r"
    backup_archive.restore(archive, restored, PASS, open_webui_url=NOBODY)
    assert (restored / "uploads" / "export.db").read_bytes() == b"a client's exported notes, not SQLite"
    with sqlite3.connect(restored / "store.data") as db:
        assert db.execute("select count(*) from chat").fetchone()[0] == 200


def records(archive: Path) -> tuple[bytes, list[bytes]]:
    """The header and the sealed chunk records of a backup file."""
    blob = archive.read_bytes()
    at = len(backup_archive.MAGIC) + 4 + struct.unpack(">I", blob[len(backup_archive.MAGIC):len(backup_archive.MAGIC) + 4])[0]
    header, chunks = blob[:at], []
    while at < len(blob):
        size = struct.unpack(">I", blob[at:at + 4])[0]
        chunks.append(blob[at:at + 4 + size])
        at += 4 + size
    return header, chunks


def test_the_archive_is_streamed_in_chunks_and_truncation_or_reordering_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(backup_archive, "CHUNK", 4096)
    data = practice(tmp_path)
    (data / "uploads" / "scan.bin").write_bytes(bytes(range(256)) * 400)  # 100 KiB: many chunks
    archive = tmp_path / "b.tnpb"
    backup_archive.create(data, archive, PASS)
    header, chunks = records(archive)
    assert len(chunks) > 20
    for name, broken in {"truncated": header + b"".join(chunks[:-1]), "reordered": header + chunks[1] + chunks[0] + b"".join(chunks[2:]),
                         "extended": header + b"".join(chunks) + chunks[-1]}.items():
        (tmp_path / f"{name}.tnpb").write_bytes(broken)
        with pytest.raises(BackupError, match="Nothing was changed"):
            backup_archive.verify(tmp_path / f"{name}.tnpb", PASS)
    assert "uploads/scan.bin" in backup_archive.verify(archive, PASS)


def test_a_new_backup_needs_a_real_passphrase_and_records_a_strong_kdf(tmp_path, monkeypatch):
    monkeypatch.setattr(backup_archive, "SCRYPT", {"n": 2**17, "r": 8, "p": 1})
    data = practice(tmp_path)
    with pytest.raises(BackupError, match="at least 12 characters"):
        backup_archive.create(data, tmp_path / "weak.tnpb", "short")
    assert not (tmp_path / "weak.tnpb").exists() and not (tmp_path / "weak.tnpb.partial").exists()
    backup_archive.create(data, tmp_path / "b.tnpb", PASS)
    header, _ = records(tmp_path / "b.tnpb")
    params = json.loads(header[len(backup_archive.MAGIC) + 4:])
    assert params["kdf"] == "scrypt" and params["n"] >= 2**17
    monkeypatch.setattr(backup_archive, "SCRYPT", {"n": 2**14, "r": 8, "p": 1})  # the reader takes the header's, not its own
    assert "webui.db" in backup_archive.verify(tmp_path / "b.tnpb", PASS)


def test_restore_replaces_data_only_with_force_and_keeps_the_previous_data_aside(backed_up, existing):
    _, archive = backed_up
    target = existing
    with pytest.raises(BackupError, match="already holds data.*--force"):
        backup_archive.restore(archive, target, PASS, open_webui_url=NOBODY)
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
    done = backup_archive.restore(archive, target, PASS, force=True, open_webui_url=NOBODY)
    assert done.files == 2 and (target / "webui.db").exists() and (done.previous_data / "keep.txt").read_text() == "the data before"


def test_restore_refuses_while_open_webui_answers(tmp_path):
    data = practice(tmp_path)
    backup_archive.create(data, tmp_path / "b.tnpb", PASS)
    with OpenWebUIHealth() as running:
        with pytest.raises(BackupError, match="Open WebUI is running"):
            backup_archive.restore(tmp_path / "b.tnpb", tmp_path / "new", PASS, open_webui_url=running.url)
    assert not (tmp_path / "new").exists()


def test_a_backup_made_before_streaming_is_still_restorable(tmp_path):
    import io
    import secrets
    import tarfile

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    content = b"a letter from 2025"
    manifest = json.dumps({"files": {"uploads/letter.txt": hashlib.sha256(content).hexdigest()}}).encode()
    plain = io.BytesIO()
    with tarfile.open(fileobj=plain, mode="w") as tar:
        for name, data in (("uploads/letter.txt", content), ("MANIFEST.json", manifest)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = backup_archive.LEGACY_MAGIC + salt + nonce
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(PASS.encode())
    (tmp_path / "old.tnpb").write_bytes(header + AESGCM(key).encrypt(nonce, plain.getvalue(), header))
    backup_archive.restore(tmp_path / "old.tnpb", tmp_path / "r", PASS, open_webui_url=NOBODY)
    assert (tmp_path / "r" / "uploads" / "letter.txt").read_bytes() == content


def test_memory_stays_bounded_whatever_the_size_of_the_files(tmp_path):
    import tracemalloc

    data = practice(tmp_path)
    with open(data / "uploads" / "large-scan.pdf", "wb") as f:
        f.truncate(40 * 2**20)  # 40 MiB
    tracemalloc.start()
    try:
        backup_archive.create(data, tmp_path / "b.tnpb", PASS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 12 * 2**20, f"peak {peak / 2**20:.1f} MiB"
    assert "uploads/large-scan.pdf" in backup_archive.verify(tmp_path / "b.tnpb", PASS)


@pytest.mark.parametrize("url, dbname, password", [
    ("postgresql+psycopg://practice:s3cr%40t@127.0.0.1:5432/practice", "postgresql://practice@127.0.0.1:5432/practice", "s3cr@t"),
    ("postgres://u:p@db/x?sslmode=require", "postgresql://u@db/x?sslmode=require", "p"),
    ("postgresql://u@db/x", "postgresql://u@db/x", None),
])
def test_the_database_password_never_goes_on_a_command_line(url, dbname, password):
    assert backup_archive.pg_connection(url) == (dbname, {"PGPASSWORD": password} if password else {})


def test_pg_commands_get_the_password_through_their_environment(monkeypatch):
    seen = {}

    def run(command, **kw):
        seen.update(command=command, env=kw["env"])
        return subprocess.CompletedProcess(command, 0, b"0\n", b"")

    monkeypatch.setattr(backup_archive.subprocess, "run", run)
    backup_archive.pg_sessions("postgresql://practice:hunter2-long@127.0.0.1/practice")
    assert not any("hunter2" in part for part in seen["command"]) and seen["env"]["PGPASSWORD"] == "hunter2-long"


def test_a_backup_written_inside_the_data_folder_and_files_named_like_its_own_parts_restore(tmp_path):
    data = practice(tmp_path)
    (data / "MANIFEST.json").write_text('{"a clinician": "file"}')
    (data / "postgresql.dump").write_bytes(b"not ours")
    (data / "backups").mkdir()
    archive = data / "backups" / "practice.tnpb"  # the file being written grows inside the folder being backed up
    backup_archive.create(data, archive, PASS)
    files = backup_archive.verify(archive, PASS)
    assert "backups/practice.tnpb" not in files and "backups/practice.tnpb.partial" not in files
    done = backup_archive.restore(archive, tmp_path / "r", PASS, open_webui_url=NOBODY)
    assert (tmp_path / "r" / "MANIFEST.json").read_text() == '{"a clinician": "file"}'
    assert (tmp_path / "r" / "postgresql.dump").read_bytes() == b"not ours" and done.files == 4


def test_a_file_cut_inside_a_length_field_is_refused_cleanly(tmp_path, backed_up):
    header, chunks = records(backed_up[1])
    (tmp_path / "cut.tnpb").write_bytes(header + chunks[0][:2])
    with pytest.raises(BackupError, match="truncated"):
        backup_archive.verify(tmp_path / "cut.tnpb", PASS)


# ------------------------------------------------------------- hostile and odd files


def odd_files(data: Path, outside: Path, monkeypatch) -> set[str]:
    """Every kind of file a data folder can hold that is not a plain readable file; returns their names."""
    import os
    import socket

    uploads = data / "uploads"
    (uploads / "fake.sqlite").write_bytes(backup_archive.SQLITE_HEADER + b"an upload that only starts like a database")
    (uploads / "denied.pdf").write_bytes(b"a file this account may not read")
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **k: (_ for _ in ()).throw(PermissionError(13, "Permission denied"))
                        if str(path).endswith("denied.pdf") else real_open(path, *a, **k))  # root reads any mode; the OS's answer to others
    os.mkfifo(uploads / "pipe")
    listening = socket.socket(socket.AF_UNIX)
    listening.bind(str(uploads / "sock"))
    (uploads / "dangling").symlink_to(outside / "gone")
    (outside / "secret.txt").write_text("not the practice's")
    (uploads / "outward").symlink_to(outside / "secret.txt")
    (uploads / "zz-vanishes.txt").write_text("removed while the backup runs")
    (uploads / "locked").mkdir()
    (uploads / "locked" / "inside.pdf").write_text("in a folder this account may not open")
    real_scandir = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path=".": (_ for _ in ()).throw(PermissionError(13, "Permission denied", str(path)))
                        if str(path).endswith("locked") else real_scandir(path))
    return {"uploads/locked/", "uploads/denied.pdf", "uploads/pipe", "uploads/sock", "uploads/dangling", "uploads/outward", "uploads/zz-vanishes.txt"}


def remove_when_opened(opened: Path, removed: Path) -> None:
    """The moment ``opened`` is opened, ``removed`` is deleted: a file that vanishes while the backup runs."""
    import sys

    def hook(event, args):
        if event == "open" and args and str(args[0]) == str(opened) and removed.exists():
            removed.unlink()

    sys.addaudithook(hook)


def test_no_odd_or_unreadable_file_stops_a_backup_and_each_is_named_with_why(tmp_path, monkeypatch, capsys):
    from therapy_pack.plain_words import has_class_name

    data, outside = practice(tmp_path), tmp_path / "outside"
    outside.mkdir()
    odd = odd_files(data, outside, monkeypatch)
    remove_when_opened(data / "uploads" / "letter.pdf", data / "uploads" / "zz-vanishes.txt")
    monkeypatch.setenv("THERAPY_PACK_BACKUP_PASSPHRASE", PASS)
    assert backup.main(["create", "--data-dir", str(data), "--out", str(tmp_path / "b.tnpb")]) == 0
    said = capsys.readouterr()
    files = backup_archive.verify(tmp_path / "b.tnpb", PASS)
    assert {"webui.db", "uploads/letter.pdf", "uploads/fake.sqlite"} <= set(files) and not odd & set(files)
    for name in odd:
        line = next(line for line in said.out.splitlines() if name in line)
        assert " - " in line and not has_class_name(line), line
    assert not has_class_name(said.out + said.err)
    restored = tmp_path / "r"
    backup_archive.restore(tmp_path / "b.tnpb", restored, PASS, open_webui_url=NOBODY)
    assert (restored / "uploads" / "fake.sqlite").read_bytes() == (data / "uploads" / "fake.sqlite").read_bytes()
    assert not (restored / "uploads" / "outward").exists()


def test_a_file_that_gets_shorter_while_it_is_copied_is_named_and_not_restored(tmp_path, monkeypatch):
    import os

    data = practice(tmp_path)
    shrinking = data / "uploads" / "shrinking.bin"
    shrinking.write_bytes(b"x" * 3 * 2**20)
    real_read = os.read
    monkeypatch.setattr(backup_archive.os, "read", lambda fd, n: b"" if os.fstat(fd).st_size == 3 * 2**20 and os.lseek(fd, 0, 1) >= 2**20
                        else real_read(fd, n))  # as if it were cut to 1 MiB after its size was taken
    size, skipped = backup_archive.create(data, tmp_path / "b.tnpb", PASS)
    assert "run the backup again" in skipped["uploads/shrinking.bin"]
    monkeypatch.undo()
    monkeypatch.setattr(backup_archive, "SCRYPT", {"n": 2**14, "r": 8, "p": 1})
    assert "uploads/shrinking.bin" not in backup_archive.verify(tmp_path / "b.tnpb", PASS)
    backup_archive.restore(tmp_path / "b.tnpb", tmp_path / "r", PASS, open_webui_url=NOBODY)
    assert not (tmp_path / "r" / "uploads" / "shrinking.bin").exists() and (tmp_path / "r" / "webui.db").exists()


def sealed(tmp_path: Path, entries: list) -> Path:
    """A backup file, correctly encrypted, holding these tar entries (each a TarInfo, with its data if a file)."""
    import io
    import tarfile

    archive = tmp_path / "hostile.tnpb"
    with open(archive, "wb") as f:
        writer = backup_archive._SealingWriter(f, PASS)
        with tarfile.open(fileobj=writer, mode="w|") as tar:
            for info, data in entries:
                tar.addfile(info, io.BytesIO(data) if data is not None else None)
        writer.finish()
    return archive


def entry(name: str, kind: bytes = b"0", linkname: str = "", data: bytes | None = b"payload") -> tuple:
    import tarfile

    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, linkname
    info.size = len(data) if kind == tarfile.REGTYPE and data is not None else 0
    return info, data if kind == tarfile.REGTYPE else None


def hostile_entries(outside: Path) -> dict[str, list]:
    import tarfile

    return {
        "double slash": [entry(f"data/{outside}/x")],
        "absolute": [entry(f"{outside}/x")],
        "dot dot": [entry("data/../outside/x")],
        "dot dot inside": [entry("data/uploads/../../../outside/x")],
        "dot dot at the top": [entry("../outside/x")],
        "symlink out": [entry("data/link", tarfile.SYMTYPE, str(outside)), entry("data/link/x")],
        "symlink relative": [entry("data/up", tarfile.SYMTYPE, "../../outside"), entry("data/up/x")],
        "hard link": [entry("data/hard", tarfile.LNKTYPE, f"{outside}/victim")],
        "device": [entry("data/dev", tarfile.CHRTYPE)],
        "block device": [entry("data/blk", tarfile.BLKTYPE)],
        "fifo": [entry("data/fifo", tarfile.FIFOTYPE)],
    }


@pytest.mark.parametrize("case", list(hostile_entries(Path("/x"))))
def test_a_backup_whose_entries_would_land_outside_its_folder_is_refused_and_changes_nothing(tmp_path, case):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim").write_text("untouched")
    manifest = json.dumps({"files": {}}).encode()
    archive = sealed(tmp_path, [*hostile_entries(outside)[case], entry("MANIFEST.json", data=manifest)])
    with pytest.raises(BackupError, match="unsafe .*Nothing was changed"):
        backup_archive.verify(archive, PASS)
    with pytest.raises(BackupError, match="unsafe .*Nothing was changed"):
        backup_archive.restore(archive, tmp_path / "target", PASS, open_webui_url=NOBODY)
    assert sorted(p.name for p in outside.iterdir()) == ["victim"] and (outside / "victim").read_text() == "untouched"
    assert not (tmp_path / "target").exists() and not (tmp_path / "target.restoring").exists()


@pytest.mark.parametrize("name", ["data/uploads/a..b.pdf", "data/uploads/.hidden", "data/x y/ü.txt", "data/uploads/a\\b.pdf",
                                  "uploads/letter.txt"])
def test_ordinary_names_pass_the_path_check(name):
    import tarfile

    assert backup_archive.unsafe_entry(entry(name)[0]) is None
    assert backup_archive.unsafe_entry(entry(name.rsplit("/", 1)[0] + "/", tarfile.DIRTYPE)[0]) is None


# ------------------------------------------------------------- memory


def test_a_database_much_larger_than_the_memory_bound_is_backed_up_in_bounded_memory(tmp_path):
    data = practice(tmp_path)
    with sqlite3.connect(data / "webui.db") as db:
        db.execute("create table file (id integer primary key, blob blob)")
        db.executemany("insert into file (blob) values (randomblob(?))", [(2**20,)] * 160)  # 160 MiB
    peak = peak_memory_of_a_backup(data, tmp_path / "b.tnpb", PASS)
    assert peak < MEMORY_BOUND, f"the backup added {peak / 2**20:.0f} MiB"
    assert backup_archive.verify(tmp_path / "b.tnpb", PASS)["webui.db"]
    assert not list(data.glob(backup_archive.SCRATCH_PREFIX + "*"))  # the snapshot is gone


# ------------------------------------------------------------- a running Open WebUI


def test_restore_refuses_while_open_webui_answers_at_the_compose_address(tmp_path, monkeypatch):
    data = practice(tmp_path)
    backup_archive.create(data, tmp_path / "b.tnpb", PASS)
    with OpenWebUIHealth() as compose:
        monkeypatch.setattr(backup_archive, "COMPOSE_URL", compose.url, raising=False)  # compose's 127.0.0.1:3000, on a free port
        with pytest.raises(BackupError, match=f"Open WebUI is running at {compose.url}"):
            backup_archive.restore(tmp_path / "b.tnpb", tmp_path / "new", PASS, open_webui_url=NOBODY)
    assert not (tmp_path / "new").exists()
