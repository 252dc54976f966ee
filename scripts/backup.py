"""Encrypted backups of a practice's data: Open WebUI's database and uploads, the parts map, the settings.

    python scripts/backup.py create  --data-dir DIR --out backup.tnpb
    python scripts/backup.py verify  backup.tnpb
    python scripts/backup.py restore backup.tnpb --data-dir NEW_OR_STOPPED_DIR
    (group practice: add --database-url postgresql://... to both; pg_dump / pg_restore do the database)

The passphrase comes from THERAPY_PACK_BACKUP_PASSPHRASE or is asked for; it is
never printed. SQLite databases are copied with SQLite's online backup, so a
backup taken while Open WebUI runs is consistent. Everything is assembled and
encrypted in memory (scrypt for the key, AES-256-GCM for the data): no
unencrypted copy is ever written to disk. A wrong passphrase or a damaged file
is refused before anything is written; restore refuses a data folder that a
running program has open.
"""

from __future__ import annotations

import argparse
import getpass
import subprocess
import hashlib
import io
import json
import os
import secrets
import shutil
import sqlite3
import sys
import tarfile
import time
from pathlib import Path

MAGIC = b"TNPBACKUP1"
SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # about 32 MiB and a fraction of a second per attempt
SKIP_DIRS = {"cache", "logs"}  # rebuilt or not needed to restore
DB_SUFFIXES = (".db", ".sqlite", ".sqlite3")


class BackupError(Exception):
    """Why a backup could not be made, checked or restored; nothing was changed."""


# ---------------------------------------------------------------- crypto


def _key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not passphrase:
        raise BackupError("The passphrase is empty.")
    return Scrypt(salt=salt, length=32, **SCRYPT).derive(passphrase.encode())


def seal(data: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = MAGIC + salt + nonce
    return header + AESGCM(_key(passphrase, salt)).encrypt(nonce, data, header)


def unseal(blob: bytes, passphrase: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + 28 + 16:
        raise BackupError("This is not a therapy-notes-pack backup file (or it is truncated).")
    header = blob[: len(MAGIC) + 28]
    salt, nonce = header[len(MAGIC) : len(MAGIC) + 16], header[len(MAGIC) + 16 :]
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, blob[len(header) :], header)
    except InvalidTag:
        raise BackupError("The passphrase is wrong, or the backup file is damaged. Nothing was changed.") from None


# -------------------------------------------------------------- snapshot


def _sqlite_snapshot(path: Path) -> bytes:
    """A consistent copy of a live SQLite database, in memory (SQLite's online backup)."""
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    copy = sqlite3.connect(":memory:")
    try:
        source.backup(copy)
        return copy.serialize()
    finally:
        source.close()
        copy.close()


PG_DUMP = "postgresql.dump"


def _pg_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1).replace("postgres://", "postgresql://", 1)


def _pg(command: list[str], url: str, stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run([*command, f"--dbname={_pg_url(url)}"], input=stdin, capture_output=True, timeout=3600)
    except FileNotFoundError:
        raise BackupError(f"{command[0]} is not installed; install the PostgreSQL client tools.") from None
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {done.stderr.decode(errors='replace').strip()[:500]}")
    return done.stdout


def pg_dump(url: str) -> bytes:
    """A consistent dump of the practice database (pg_dump works from one snapshot), kept in memory."""
    return _pg(["pg_dump", "--format=custom", "--no-owner"], url)


def pg_sessions(url: str) -> int:
    """Other connections to the database: a running Open WebUI holds some."""
    query = "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
    return int(_pg(["psql", "-At", "-c", query], url).strip() or 0)


def snapshot(data_dir: Path, database_url: str | None = None) -> bytes:
    """Every file under ``data_dir`` (databases copied consistently) as a tar archive in memory, with a manifest."""
    if not data_dir.is_dir():
        raise BackupError(f"There is no data folder at {data_dir}.")
    buffer, manifest = io.BytesIO(), {}
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for path in sorted(data_dir.rglob("*")):
            relative = path.relative_to(data_dir)
            if not path.is_file() or relative.parts[0] in SKIP_DIRS or path.name.endswith(("-wal", "-shm", "-journal")):
                continue
            data = _sqlite_snapshot(path) if path.suffix in DB_SUFFIXES else path.read_bytes()
            manifest[str(relative)] = hashlib.sha256(data).hexdigest()
            _add(tar, str(relative), data)
        if database_url:
            dump = pg_dump(database_url)
            manifest[PG_DUMP] = hashlib.sha256(dump).hexdigest()
            _add(tar, PG_DUMP, dump)
        _add(tar, "MANIFEST.json", json.dumps({"created": time.time(), "files": manifest}, indent=1).encode())
    return buffer.getvalue()


def _add(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = len(data), 0o600, int(time.time())
    tar.addfile(info, io.BytesIO(data))


def read_archive(plain: bytes) -> dict[str, bytes]:
    """The archive's files, checked against its manifest."""
    try:
        with tarfile.open(fileobj=io.BytesIO(plain), mode="r") as tar:
            files = {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
        manifest = json.loads(files.pop("MANIFEST.json"))["files"]
    except (tarfile.TarError, KeyError, ValueError):
        raise BackupError("The backup's contents are damaged. Nothing was changed.") from None
    for name, digest in manifest.items():
        if name not in files or hashlib.sha256(files[name]).hexdigest() != digest:
            raise BackupError(f"The backup's copy of {name} is damaged. Nothing was changed.")
        if Path(name).is_absolute() or ".." in Path(name).parts:
            raise BackupError(f"The backup names an unsafe path ({name}). Nothing was changed.")
    return {name: files[name] for name in manifest}


# -------------------------------------------------------------- commands


def in_use(folder: Path) -> list[str]:
    """Programs that have a file in ``folder`` open (a running Open WebUI keeps its database open)."""
    import psutil

    folder = folder.resolve()
    users = []
    for process in psutil.process_iter(["pid", "name"]):
        try:
            if any(Path(f.path).resolve().is_relative_to(folder) for f in process.open_files()):
                users.append(f"{process.info['name']} (pid {process.info['pid']})")
        except (psutil.Error, OSError):
            continue
    return users


def create(data_dir: Path, out: Path, passphrase: str, database_url: str | None = None) -> int:
    blob = seal(snapshot(data_dir, database_url), passphrase)
    staging = out.with_name(out.name + ".partial")
    staging.write_bytes(blob)  # encrypted bytes only
    os.chmod(staging, 0o600)
    staging.replace(out)
    return len(blob)


def verify(archive: Path, passphrase: str) -> dict[str, bytes]:
    if not archive.is_file():
        raise BackupError(f"There is no backup file at {archive}.")
    return read_archive(unseal(archive.read_bytes(), passphrase))


def restore(archive: Path, data_dir: Path, passphrase: str, database_url: str | None = None) -> int:
    files = verify(archive, passphrase)  # everything is checked before anything is written
    dump = files.pop(PG_DUMP, None)
    if (dump is None) != (database_url is None):
        raise BackupError("Give --database-url exactly when the backup holds a PostgreSQL database (a group practice). Nothing was changed.")
    if data_dir.exists():
        busy = in_use(data_dir)
        if busy:
            raise BackupError(f"{data_dir} is in use by {', '.join(busy)}. Stop Open WebUI first; nothing was changed.")
    if database_url and pg_sessions(database_url):
        raise BackupError("The practice database is in use. Stop Open WebUI first; nothing was changed.")
    if dump is not None:
        _pg(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction"], database_url, stdin=dump)
    staging = data_dir.with_name(data_dir.name + ".restoring")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name, data in files.items():
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        os.chmod(target, 0o600)
    previous = data_dir.with_name(data_dir.name + ".before-restore")
    if data_dir.exists():
        shutil.rmtree(previous, ignore_errors=True)
        data_dir.replace(previous)
    staging.replace(data_dir)
    shutil.rmtree(previous, ignore_errors=True)
    return len(files)


def passphrase_from_user(confirm: bool) -> str:
    value = os.environ.get("THERAPY_PACK_BACKUP_PASSPHRASE")
    if value:
        return value
    if not sys.stdin.isatty():
        raise BackupError("Set THERAPY_PACK_BACKUP_PASSPHRASE or run this in a terminal to type the passphrase.")
    value = getpass.getpass("Backup passphrase: ")
    if confirm and value != getpass.getpass("Type it again: "):
        raise BackupError("The two passphrases differ.")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("create")
    make.add_argument("--data-dir", type=Path, required=True, help="Open WebUI's data folder")
    make.add_argument("--out", type=Path, required=True)
    make.add_argument("--database-url", help="group practice: the PostgreSQL database to include (pg_dump)")
    check = sub.add_parser("verify")
    check.add_argument("archive", type=Path)
    back = sub.add_parser("restore")
    back.add_argument("archive", type=Path)
    back.add_argument("--data-dir", type=Path, required=True)
    back.add_argument("--database-url", help="group practice: the PostgreSQL database to restore into (pg_restore)")
    args = parser.parse_args(argv)
    try:
        passphrase = passphrase_from_user(confirm=args.command == "create")
        if args.command == "create":
            size = create(args.data_dir, args.out, passphrase, args.database_url)
            print(f"Encrypted backup written to {args.out} ({size / 2**20:.1f} MiB). Keep the passphrase safe: without it the backup cannot be read.")
        elif args.command == "verify":
            print(f"The backup is intact: {len(verify(args.archive, passphrase))} files.")
        else:
            print(f"Restored {restore(args.archive, args.data_dir, passphrase, args.database_url)} files into {args.data_dir}.")
    except BackupError as exc:
        print(f"backup: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
