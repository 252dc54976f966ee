"""Encrypted backups of a practice's data folder (and its PostgreSQL database): writing, verifying and
restoring the archive. scripts/backup.py is the command; its help says what a backup holds and how it is sealed.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import secrets
import shutil
import sqlite3
import struct
import subprocess
import tarfile
import time
from pathlib import Path
from typing import BinaryIO, Iterator

from therapy_pack.database_url import libpq_url

MAGIC = b"TNPBACKUP2"
LEGACY_MAGIC = b"TNPBACKUP1"  # one sealed blob, scrypt N=2^15: still restorable
SCRYPT = {"n": 2**17, "r": 8, "p": 1}  # 128 MiB and about half a second per attempt
MAX_SCRYPT_N = 2**20  # a header asking for more is not ours (and would exhaust memory)
CHUNK = 2**20
MIN_PASSPHRASE = 12
SQLITE_HEADER = b"SQLite format 3\x00"
SKIP_DIRS = {"cache", "logs"}  # rebuilt or not needed to restore
PG_DUMP = "postgresql.dump"
MANIFEST = "MANIFEST.json"
DATA_PREFIX = "data/"  # the data folder's files, apart from the manifest and dump whatever they are called


class BackupError(Exception):
    """Why a backup could not be made, checked or restored; nothing was changed."""


DAMAGED = "The passphrase is wrong, or the backup file is damaged. Nothing was changed."


# ---------------------------------------------------------------- crypto
#
# File: MAGIC, a length-prefixed JSON header (KDF and its parameters, salt, nonce
# prefix), then records of (4-byte length, AES-GCM ciphertext). Chunk i is sealed
# with nonce = prefix + i and associated data = header + i + last-flag, so a
# reordered, dropped or appended chunk fails authentication.


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not passphrase:
        raise BackupError("The passphrase is empty.")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode())


def _associated(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">QB", index, last)


class _SealingWriter(io.RawIOBase):
    """A write-only stream that encrypts what it is given, chunk by chunk, into ``out``."""

    def __init__(self, out: BinaryIO, passphrase: str):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt, self._prefix = secrets.token_bytes(16), secrets.token_bytes(4)
        params = {"kdf": "scrypt", **SCRYPT, "salt": base64.b64encode(salt).decode(), "nonce_prefix": base64.b64encode(self._prefix).decode()}
        meta = json.dumps(params, sort_keys=True).encode()
        self._header = MAGIC + struct.pack(">I", len(meta)) + meta
        self._aead = AESGCM(_key(passphrase, salt, SCRYPT["n"], SCRYPT["r"], SCRYPT["p"]))
        self._out, self._buffer, self._index = out, bytearray(), 0
        out.write(self._header)

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._buffer += data
        while len(self._buffer) > CHUNK:  # keep one chunk back: the last one is sealed as last
            self._seal(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def _seal(self, chunk: bytes, last: bool) -> None:
        nonce = self._prefix + struct.pack(">Q", self._index)
        sealed = self._aead.encrypt(nonce, chunk, _associated(self._header, self._index, last))
        self._out.write(struct.pack(">I", len(sealed)) + sealed)
        self._index += 1

    def finish(self) -> None:
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()


def _read_exact(source: BinaryIO, size: int) -> bytes:
    data = source.read(size)
    if len(data) != size:
        raise BackupError("The backup file is truncated. Nothing was changed.")
    return data


def _opened_chunks(source: BinaryIO, passphrase: str) -> Iterator[bytes]:
    """The plaintext of each chunk, in order, each one authenticated before it is given out."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    (size,) = struct.unpack(">I", _read_exact(source, 4))
    meta = _read_exact(source, size) if size <= 4096 else b""
    try:
        params = json.loads(meta)
        n, r, p = int(params["n"]), int(params["r"]), int(params["p"])
        salt, prefix = base64.b64decode(params["salt"]), base64.b64decode(params["nonce_prefix"])
    except (ValueError, KeyError, TypeError):
        raise BackupError("The backup's header is damaged. Nothing was changed.") from None
    if params.get("kdf") != "scrypt" or not (2 <= n <= MAX_SCRYPT_N and 1 <= r <= 32 and 1 <= p <= 16) or len(prefix) != 4:
        raise BackupError("The backup's header names settings this program does not use. Nothing was changed.")
    header = MAGIC + struct.pack(">I", size) + meta
    aead, index = AESGCM(_key(passphrase, salt, n, r, p)), 0
    while True:
        length = source.read(4)
        if len(length) < 4:
            raise BackupError("The backup file is truncated (its last part is missing). Nothing was changed.")
        sealed = _read_exact(source, struct.unpack(">I", length)[0])
        nonce = prefix + struct.pack(">Q", index)
        for last in (False, True):
            try:
                plain = aead.decrypt(nonce, sealed, _associated(header, index, last))
                break
            except InvalidTag:
                plain = None
        if plain is None:
            raise BackupError(DAMAGED)
        yield plain
        if last:
            if source.read(1):
                raise BackupError("The backup file has data after its end. Nothing was changed.")
            return
        index += 1


class _ChunkReader(io.RawIOBase):
    """The decrypted archive as a readable stream, for tarfile's streaming mode."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks, self._pending = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            self._pending = next(self._chunks, b"")
            if not self._pending:
                return 0
        size = min(len(buffer), len(self._pending))
        buffer[:size], self._pending = self._pending[:size], self._pending[size:]
        return size


def _legacy_plain(source: BinaryIO, passphrase: str) -> io.BytesIO:
    """A backup from before streaming: one sealed blob."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = LEGACY_MAGIC + _read_exact(source, 28)
    salt, nonce = header[len(LEGACY_MAGIC):len(LEGACY_MAGIC) + 16], header[len(LEGACY_MAGIC) + 16:]
    try:
        return io.BytesIO(AESGCM(_key(passphrase, salt, 2**15, 8, 1)).decrypt(nonce, source.read(), header))
    except InvalidTag:
        raise BackupError(DAMAGED) from None


def _plain_stream(source: BinaryIO, passphrase: str) -> BinaryIO:
    magic = source.read(len(MAGIC))
    if magic == MAGIC:
        return io.BufferedReader(_ChunkReader(_opened_chunks(source, passphrase)), CHUNK)
    if magic == LEGACY_MAGIC:
        return _legacy_plain(source, passphrase)
    raise BackupError("This is not a therapy-notes-pack backup file (or it is truncated).")


# -------------------------------------------------------------- snapshot


def is_sqlite(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER


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


def pg_connection(url: str) -> tuple[str, dict[str, str]]:
    """The database URL without its password, and the environment that carries the password instead.

    Command-line arguments are visible to every account in the process list; a process's environment is not."""
    from urllib.parse import unquote, urlsplit, urlunsplit

    parts = urlsplit(libpq_url(url))
    if parts.password is None:
        return urlunsplit(parts), {}
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}@{f'[{host}]' if ':' in host else host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc)), {"PGPASSWORD": unquote(parts.password)}


def _pg(command: list[str], url: str, stdin: bytes | None = None) -> bytes:
    dbname, secret = pg_connection(url)
    try:
        done = subprocess.run([*command, f"--dbname={dbname}"], input=stdin, capture_output=True, timeout=3600,
                              env={**os.environ, **secret})
    except FileNotFoundError:
        raise BackupError(f"{command[0]} is not installed; install the PostgreSQL client tools.") from None
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {done.stderr.decode(errors='replace').strip()[:500]}")
    return done.stdout


def pg_dump(url: str) -> bytes:
    """A consistent dump of the practice database (pg_dump works from one snapshot)."""
    return _pg(["pg_dump", "--format=custom", "--no-owner"], url)


def pg_sessions(url: str) -> int:
    """Other connections to the database: a running Open WebUI holds some."""
    query = "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
    return int(_pg(["psql", "-At", "-c", query], url).strip() or 0)


class _Hashing(io.RawIOBase):
    """Reads the first ``size`` bytes of a file through, hashing exactly what passes (a file that grows meanwhile
    is cut at the size the archive records)."""

    def __init__(self, f: BinaryIO, size: int):
        self._f, self._left, self.digest = f, size, hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._f.read(min(len(buffer), self._left))
        self._left -= len(data)
        self.digest.update(data)
        buffer[: len(data)] = data
        return len(data)


def _add(tar: tarfile.TarFile, name: str, size: int, fileobj: BinaryIO) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, int(time.time())
    tar.addfile(info, fileobj)


def write_archive(data_dir: Path, out: BinaryIO, database_url: str | None = None, leave_out: tuple[Path, ...] = ()) -> None:
    """Every file under ``data_dir`` (databases copied consistently) as a tar stream under data/, with a manifest last."""
    manifest = {}
    leave_out = tuple(p.resolve() for p in leave_out)
    with tarfile.open(fileobj=out, mode="w|") as tar:
        for path in sorted(data_dir.rglob("*")):
            relative = path.relative_to(data_dir)
            if (not path.is_file() or relative.parts[0] in SKIP_DIRS or path.name.endswith(("-wal", "-shm", "-journal"))
                    or path.resolve() in leave_out):
                continue
            if is_sqlite(path):
                data = _sqlite_snapshot(path)
                manifest[str(relative)] = hashlib.sha256(data).hexdigest()
                _add(tar, DATA_PREFIX + str(relative), len(data), io.BytesIO(data))
            else:
                with open(path, "rb") as f:
                    size = os.fstat(f.fileno()).st_size
                    hashing = _Hashing(f, size)
                    try:
                        _add(tar, DATA_PREFIX + str(relative), size, io.BufferedReader(hashing, CHUNK))
                    except OSError:  # tar found fewer bytes than the size it recorded
                        raise BackupError(f"{relative} got shorter while it was being backed up; run the backup again.") from None
                manifest[str(relative)] = hashing.digest.hexdigest()
        if database_url:
            dump = pg_dump(database_url)
            manifest[PG_DUMP] = hashlib.sha256(dump).hexdigest()
            _add(tar, PG_DUMP, len(dump), io.BytesIO(dump))
        listing = json.dumps({"created": time.time(), "files": manifest}, indent=1).encode()
        _add(tar, MANIFEST, len(listing), io.BytesIO(listing))


def read_archive(archive: Path, passphrase: str, into: Path | None = None) -> tuple[dict[str, str], bytes | None]:
    """Decrypt and check the whole archive, streaming; with ``into``, write its files there as they pass.

    Returns each file's SHA-256 (checked against the manifest) and the PostgreSQL dump, if any."""
    if not archive.is_file():
        raise BackupError(f"There is no backup file at {archive}.")
    digests, manifest, dump = {}, None, None
    with open(archive, "rb") as source:
        plain = _plain_stream(source, passphrase)
        try:
            with tarfile.open(fileobj=plain, mode="r|") as tar:
                for member in tar:
                    if not member.isfile():
                        continue
                    name = member.name
                    if Path(name).is_absolute() or ".." in Path(name).parts:
                        raise BackupError(f"The backup names an unsafe path ({name}). Nothing was changed.")
                    stream = tar.extractfile(member)
                    if name == MANIFEST:
                        manifest = json.loads(stream.read())["files"]
                    elif name == PG_DUMP:
                        dump = stream.read()
                        digests[name] = hashlib.sha256(dump).hexdigest()
                    else:
                        name = name.removeprefix(DATA_PREFIX)  # older backups kept the files at the top
                        digests[name] = _copy(stream, into / name if into else None)
            # tar stops at its end marker; reading on authenticates the last chunk and what follows it.
            while plain.read(CHUNK):
                pass
        except (tarfile.TarError, ValueError, KeyError, TypeError, EOFError):
            raise BackupError("The backup's contents are damaged. Nothing was changed.") from None
    if manifest is None:
        raise BackupError("The backup's contents are damaged (no manifest). Nothing was changed.")
    for name, digest in manifest.items():
        if digests.get(name) != digest:
            raise BackupError(f"The backup's copy of {name} is damaged. Nothing was changed.")
    return digests, dump


def _copy(stream: BinaryIO, target: Path | None) -> str:
    digest = hashlib.sha256()
    out = None
    if target is not None:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        out = os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb")
    try:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
            if out:
                out.write(chunk)
    finally:
        if out:
            out.close()
    return digest.hexdigest()


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


def open_webui_answers(url: str) -> bool:
    """Whether an Open WebUI answers there (in a container, or run by another account, it holds no file we can see)."""
    import httpx

    try:
        return httpx.get(f"{url.rstrip('/')}/health", timeout=3, trust_env=False).status_code == 200
    except httpx.HTTPError:
        return False


def create(data_dir: Path, out: Path, passphrase: str, database_url: str | None = None) -> int:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupError(f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters (a few words is easiest to remember).")
    if not data_dir.is_dir():
        raise BackupError(f"There is no data folder at {data_dir}.")
    staging = out.with_name(out.name + ".partial")
    try:
        with os.fdopen(os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:  # encrypted bytes only
            writer = _SealingWriter(f, passphrase)
            write_archive(data_dir, writer, database_url, leave_out=(out, staging))
            writer.finish()
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    staging.replace(out)
    return out.stat().st_size


def verify(archive: Path, passphrase: str) -> dict[str, str]:
    """Each file in the backup and its SHA-256, once every part has been authenticated and checked."""
    return read_archive(archive, passphrase)[0]


def restore(archive: Path, data_dir: Path, passphrase: str, database_url: str | None = None, force: bool = False,
            open_webui_url: str = "http://127.0.0.1:8080") -> tuple[int, Path | None]:
    """Put the backup in ``data_dir``: returns the number of files and where the previous data was kept aside.

    The files are written and checked in a new folder first; the database is restored in one
    transaction; only then does the new folder take the old one's place, so any failure before
    leaves the old state as it was."""
    if data_dir.exists() and any(data_dir.iterdir()) and not force:
        raise BackupError(f"{data_dir} already holds data. To replace it with the backup, run this again with --force "
                          "(the current data is kept aside, not deleted). Nothing was changed.")
    if data_dir.exists():
        busy = in_use(data_dir)
        if busy:
            raise BackupError(f"{data_dir} is in use by {', '.join(busy)}. Stop Open WebUI first; nothing was changed.")
    if open_webui_answers(open_webui_url):
        raise BackupError(f"Open WebUI is running at {open_webui_url}. Stop Open WebUI first; nothing was changed.")
    if database_url and pg_sessions(database_url):
        raise BackupError("The practice database is in use. Stop Open WebUI first; nothing was changed.")
    staging = data_dir.with_name(data_dir.name + ".restoring")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(mode=0o700, parents=True)
    try:
        digests, dump = read_archive(archive, passphrase, into=staging)
        if (dump is None) != (database_url is None):
            raise BackupError("Give --database-url exactly when the backup holds a PostgreSQL database (a group practice). Nothing was changed.")
        if dump is not None:
            _pg(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction"], database_url, stdin=dump)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    previous = None
    if data_dir.exists():
        previous = data_dir.with_name(f"{data_dir.name}.before-restore-{time.strftime('%Y%m%d-%H%M%S')}")
        data_dir.replace(previous)
    staging.replace(data_dir)
    return len(digests) - (dump is not None), previous
