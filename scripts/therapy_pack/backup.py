"""Encrypted backups of a practice's data folder (and its PostgreSQL database): writing, verifying and
restoring the archive. scripts/backup.py is the command; its help says what a backup holds and how it is sealed.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import io
import json
import os
import secrets
import shutil
import sqlite3
import stat
import struct
import subprocess
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator
from urllib.parse import quote

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
SCRATCH_PREFIX = ".therapy-pack-backup-"  # a database's snapshot while it is copied into the archive
LINK = "it is a link to another place, and backups do not follow links"


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


class Skipped(Exception):
    """A file the backup leaves out, and why, in plain words; the backup goes on without it."""


def skip_reason(error: OSError) -> str:
    """Why a file could not be read, as a person would say it."""
    reasons = {errno.ENOENT: "it was removed while the backup ran", errno.EACCES: "this account is not allowed to read it",
               errno.EPERM: "this account is not allowed to read it", errno.ELOOP: LINK,
               errno.ENXIO: "it is not an ordinary file (a socket)"}
    return reasons.get(error.errno, f"it could not be read ({(error.strerror or 'unknown error').lower()})")


def _open_regular(path: Path) -> int:
    """A file descriptor for an ordinary file, never following a link nor waiting on a pipe."""
    if not stat.S_ISREG(os.lstat(path).st_mode):  # a pipe, socket or device is never opened: that could hang or have effects
        raise Skipped(LINK if path.is_symlink() else "it is not an ordinary file (a pipe, socket or device)")
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the two looks
        os.close(fd)
        raise Skipped("it is not an ordinary file (a pipe, socket or device)")
    return fd


@contextlib.contextmanager
def _sqlite_snapshot(path: Path, scratch: Path) -> Iterator[int]:
    """A consistent copy of a live SQLite database (SQLite's online backup), open for reading.

    The copy is a private temporary file in ``scratch`` (the data folder: the same disk and the same protection as
    the database itself), unlinked as soon as it is written, so memory stays small whatever the database's size.
    Raises sqlite3.DatabaseError when the file is not a database after all, or SQLite could not copy it."""
    try:
        handle, name = tempfile.mkstemp(dir=scratch, prefix=SCRATCH_PREFIX)  # 0600
    except OSError:
        raise Skipped("there was no room, or no permission, for its temporary copy in the data folder") from None
    os.close(handle)
    try:
        source = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=30)
        copy = sqlite3.connect(name)
        try:
            source.backup(copy)
        finally:
            source.close()
            copy.close()
        fd = os.open(name, os.O_RDONLY)
    finally:
        os.unlink(name)
    try:
        yield fd
    finally:
        os.close(fd)


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


def _pg_call(command: list[str], url: str) -> tuple[list[str], dict[str, str]]:
    dbname, secret = pg_connection(url)
    return [*command, f"--dbname={dbname}"], {**os.environ, **secret}


def _pg_failed(command: list[str], stderr: bytes) -> BackupError:
    return BackupError(f"{command[0]} failed: {stderr.decode(errors='replace').strip()[:500]}")


def _pg(command: list[str], url: str, stdout: int | BinaryIO = subprocess.PIPE) -> bytes:
    argv, env = _pg_call(command, url)
    try:
        done = subprocess.run(argv, stdout=stdout, stderr=subprocess.PIPE, timeout=3600, env=env)
    except FileNotFoundError:
        raise BackupError(f"{command[0]} is not installed; install the PostgreSQL client tools.") from None
    if done.returncode != 0:
        raise _pg_failed(command, done.stderr)
    return done.stdout or b""


def pg_dump_parts(url: str) -> Iterator[bytes]:
    """A consistent dump of the practice database (pg_dump works from one snapshot), in CHUNK-sized parts as pg_dump
    writes them: never held whole in memory."""
    argv, env = _pg_call(["pg_dump", "--format=custom", "--no-owner"], url)
    with tempfile.TemporaryFile() as errors:  # its messages, read only if it fails
        try:
            dump = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=errors, env=env)
        except FileNotFoundError:
            raise BackupError("pg_dump is not installed; install the PostgreSQL client tools.") from None
        with dump:
            while part := dump.stdout.read(CHUNK):
                yield part
        if dump.returncode != 0:
            errors.seek(0)
            raise _pg_failed(argv, errors.read())


def pg_sessions(url: str) -> int:
    """Other connections to the database: a running Open WebUI holds some."""
    query = "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"
    return int(_pg(["psql", "-At", "-c", query], url).strip() or 0)


class _Hashing(io.RawIOBase):
    """Reads the first ``size`` bytes of a file through, hashing exactly what passes. A file that grows meanwhile is
    cut at the size the archive records; one that gets shorter, or fails to read, is filled up with zeros (the archive
    has promised that many bytes) and marked ``incomplete``."""

    def __init__(self, fd: int, size: int):
        self._fd, self._left, self.digest, self.incomplete = fd, size, hashlib.sha256(), False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        want = min(len(buffer), self._left)
        try:
            data = os.read(self._fd, want) if not self.incomplete else b""
        except OSError:
            data = b""
        if want and not data:
            self.incomplete, data = True, bytes(want)
        self._left -= len(data)
        self.digest.update(data)
        buffer[: len(data)] = data
        return len(data)


def _add(tar: tarfile.TarFile, name: str, size: int, fileobj: BinaryIO) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, int(time.time())
    tar.addfile(info, fileobj)


def _add_fd(tar: tarfile.TarFile, name: str, fd: int) -> tuple[str, bool]:
    """The file's bytes from its start into the archive; (their SHA-256, whether it could be read whole)."""
    os.lseek(fd, 0, os.SEEK_SET)
    size = os.fstat(fd).st_size
    hashing = _Hashing(fd, size)
    _add(tar, name, size, io.BufferedReader(hashing, CHUNK))
    return hashing.digest.hexdigest(), hashing.incomplete


def _add_file(tar: tarfile.TarFile, path: Path, name: str, scratch: Path) -> tuple[str, bool]:
    """One file of the data folder into the archive: a database as a consistent snapshot, anything else as it is.

    Raises Skipped (or OSError) before anything is written for a file that cannot be read."""
    fd = _open_regular(path)
    try:
        if os.read(fd, len(SQLITE_HEADER)) == SQLITE_HEADER:
            try:
                with _sqlite_snapshot(path, scratch) as copy:
                    return _add_fd(tar, name, copy)
            except sqlite3.DatabaseError as error:
                if error.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):  # busy, disk full...
                    raise Skipped(f"SQLite could not copy it consistently ({error}); run the backup again") from None
                # Not a database after all (an upload that starts like one): copied as it is, like any upload.
        return _add_fd(tar, name, fd)
    finally:
        os.close(fd)


def _files(data_dir: Path, skipped: dict[str, str]) -> Iterator[Path]:
    """Every file to back up under ``data_dir``, in order; links are given too (to be reported), folders that
    cannot be read are noted in ``skipped``."""

    def unreadable(error: OSError) -> None:
        skipped[str(Path(error.filename).relative_to(data_dir)) + "/"] = skip_reason(error)

    for folder, folders, names in os.walk(data_dir, onerror=unreadable):
        folder = Path(folder)
        links = [f for f in folders if (folder / f).is_symlink()]
        folders[:] = sorted(f for f in folders if f not in links and not (folder == data_dir and f in SKIP_DIRS))
        for name in sorted(names + links):
            if not name.endswith(("-wal", "-shm", "-journal")) and not name.startswith(SCRATCH_PREFIX):
                yield folder / name


def write_archive(data_dir: Path, out: BinaryIO, database_url: str | None = None,
                  leave_out: tuple[Path, ...] = ()) -> dict[str, str]:
    """Every file under ``data_dir`` (databases copied consistently) as a tar stream under data/, with a manifest last.

    A file that cannot be read is left out and the backup goes on: any clinician can upload a file, and one file must
    never stop the practice's backups. Returns what was left out, each with why, in plain words."""
    manifest, skipped, incomplete = {}, {}, []
    leave_out = tuple(p.resolve() for p in leave_out)
    with tarfile.open(fileobj=out, mode="w|") as tar:
        for path in _files(data_dir, skipped):
            relative = str(path.relative_to(data_dir))
            if path.resolve() in leave_out:
                continue
            try:
                manifest[relative], short = _add_file(tar, path, DATA_PREFIX + relative, data_dir)
            except Skipped as why:
                skipped[relative] = str(why)
                continue
            except OSError as error:
                skipped[relative] = skip_reason(error)
                continue
            if short:
                incomplete.append(relative)
                skipped[relative] = "it got shorter, or could not be read to its end, while it was copied; run the backup again"
        if database_url:
            digest = hashlib.sha256()
            for index, part in enumerate(pg_dump_parts(database_url)):
                digest.update(part)
                _add(tar, f"{PG_DUMP}.{index:08d}", len(part), io.BytesIO(part))
            manifest[PG_DUMP] = digest.hexdigest()
        listing = json.dumps({"created": time.time(), "files": manifest, "incomplete": incomplete}, indent=1).encode()
        _add(tar, MANIFEST, len(listing), io.BytesIO(listing))
    return skipped


def unsafe_entry(member: tarfile.TarInfo) -> str | None:
    """Why writing this archive entry could land outside the folder being restored into, or None when it is safe.

    The archive is checked as it streams, so a hostile or foreign one is refused by its first bad entry."""
    if not (member.isfile() or member.isdir()):
        return "it is a link or a device, which a backup never holds"
    name = member.name.rstrip("/") if member.isdir() else member.name
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):  # "" is a leading or doubled "/": an absolute path
        return "its path leaves the folder"
    return None


def _target(into: Path, name: str) -> Path:
    target = into / name
    if not target.resolve().is_relative_to(into.resolve()):  # a folder on the way is a link out (it was not made by us)
        raise BackupError(f"The backup names an unsafe path ({name}). Nothing was changed.")
    return target


def _is_dump(name: str) -> bool:
    return name == PG_DUMP or (name.startswith(PG_DUMP + ".") and name[len(PG_DUMP) + 1:].isdigit())


def read_archive(archive: Path, passphrase: str, into: Path | None = None,
                 dump_to: Path | None = None) -> tuple[dict[str, str], bool]:
    """Decrypt and check the whole archive, streaming; with ``into``, write its files there as they pass, and with
    ``dump_to``, the PostgreSQL dump there (0600).

    Returns each file's SHA-256 (checked against the manifest; the dump's under PG_DUMP), and whether it holds a dump."""
    if not archive.is_file():
        raise BackupError(f"There is no backup file at {archive}.")
    digests, manifest, incomplete, dump, has_dump = {}, None, [], hashlib.sha256(), False
    with open(archive, "rb") as source, contextlib.ExitStack() as closing:
        plain = _plain_stream(source, passphrase)
        dump_out = closing.enter_context(_private(dump_to)) if dump_to else None
        try:
            with tarfile.open(fileobj=plain, mode="r|") as tar:
                for member in tar:
                    why = unsafe_entry(member)
                    if why:
                        raise BackupError(f"The backup holds an unsafe entry ({member.name!r}: {why}). Nothing was changed.")
                    if member.isdir():
                        continue
                    name, stream = member.name, tar.extractfile(member)
                    if name == MANIFEST:
                        listing = json.loads(stream.read())
                        manifest, incomplete = dict(listing["files"]), list(listing.get("incomplete", []))
                    elif _is_dump(name):
                        digests[PG_DUMP], has_dump = _copy(stream, dump_out, dump), True
                    else:
                        name = name.removeprefix(DATA_PREFIX)  # older backups kept the files at the top
                        if into is None:
                            digests[name] = _copy(stream, None, hashlib.sha256())
                        else:
                            with _private(_target(into, name)) as out:
                                digests[name] = _copy(stream, out, hashlib.sha256())
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
    for name in incomplete:  # copied only in part when the backup was made: not put back
        digests.pop(name, None)
        if into is not None:
            _target(into, name).unlink(missing_ok=True)
    return digests, has_dump


@contextlib.contextmanager
def _private(target: Path) -> Iterator[BinaryIO]:
    """A new file only this account can read, never through a link."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with os.fdopen(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600), "wb") as out:
        yield out


def _copy(stream: BinaryIO, out: BinaryIO | None, digest) -> str:
    """Copies ``stream`` into ``out`` (when given) chunk by chunk, adding it to ``digest``; returns the digest so far."""
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        if out:
            out.write(chunk)
    return digest.hexdigest()

# -------------------------------------------------------------- commands

COMPOSE_URL = "http://127.0.0.1:3000"  # where compose.yaml publishes Open WebUI


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
        answer = httpx.get(f"{url.rstrip('/')}/health", timeout=3, trust_env=False)
        return answer.status_code == 200 and answer.json() == {"status": True}  # Open WebUI's own answer, not any server's
    except (httpx.HTTPError, ValueError):
        return False


def running_open_webui(folder: Path | None, open_webui_url: str, database_url: str | None = None,
                       answers=open_webui_answers) -> str | None:
    """Why Open WebUI looks to be running, so its data must not be replaced now, or None.

    It is looked for three ways, as it may run here, in a container or on another machine: a program with a file of
    ``folder`` open; an answer at its address and at compose's; other sessions on the PostgreSQL database.
    ``answers`` asks one address (a stand-in in tests)."""
    busy = in_use(folder) if folder is not None and folder.exists() else []
    if busy:
        return f"{folder} is in use by {', '.join(busy)}"
    for url in dict.fromkeys((open_webui_url.rstrip("/"), COMPOSE_URL)):
        if answers(url):
            return f"Open WebUI is running at {url}"
    sessions = pg_sessions(database_url) if database_url else 0
    if sessions:
        return f"The practice database is in use ({sessions} other connection(s) are open)"
    return None


def create(data_dir: Path, out: Path, passphrase: str, database_url: str | None = None) -> tuple[int, dict[str, str]]:
    """Writes the backup; returns its size and the files left out, each with why."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupError(f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters (a few words is easiest to remember).")
    if not data_dir.is_dir():
        raise BackupError(f"There is no data folder at {data_dir}.")
    staging = out.with_name(out.name + ".partial")
    try:
        with os.fdopen(os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:  # encrypted bytes only
            writer = _SealingWriter(f, passphrase)
            skipped = write_archive(data_dir, writer, database_url, leave_out=(out, staging))
            writer.finish()
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    staging.replace(out)
    return out.stat().st_size, skipped


def verify(archive: Path, passphrase: str) -> dict[str, str]:
    """Each file in the backup and its SHA-256, once every part has been authenticated and checked."""
    return read_archive(archive, passphrase)[0]


@dataclass
class Restored:
    files: int
    previous_data: Path | None = None  # the data folder as it was, kept aside
    previous_database: Path | None = None  # a pg_dump of the database as it was, kept aside


def _keep_database_aside(database_url: str, beside: Path, stamp: str) -> Path:
    """A dump of the database as it is now, kept next to the data folder before it is replaced."""
    kept = beside.with_name(f"{beside.name}.database-before-restore-{stamp}.dump")
    with _private(kept) as out:
        _pg(["pg_dump", "--format=custom", "--no-owner"], database_url, stdout=out)
    return kept


def restore(archive: Path, data_dir: Path, passphrase: str, database_url: str | None = None, force: bool = False,
            open_webui_url: str = "http://127.0.0.1:8080") -> Restored:
    """Put the backup in ``data_dir``, keeping the previous data (and database) aside.

    The files are written and checked in a new folder first, and the dump beside it; the current database is dumped
    aside, then restored in one transaction; only then does the new folder take the old one's place, so any failure
    before leaves the old state as it was."""
    if data_dir.exists() and any(data_dir.iterdir()) and not force:
        raise BackupError(f"{data_dir} already holds data. To replace it with the backup, run this again with --force "
                          "(the current data is kept aside, not deleted). Nothing was changed.")
    running = running_open_webui(data_dir, open_webui_url, database_url)
    if running:
        raise BackupError(f"{running}. Stop Open WebUI first; nothing was changed.")
    staging = data_dir.with_name(data_dir.name + ".restoring")
    dump = staging.with_name(staging.name + ".dump")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(mode=0o700, parents=True)
    stamp, kept_database = time.strftime("%Y%m%d-%H%M%S"), None
    try:
        digests, has_dump = read_archive(archive, passphrase, into=staging, dump_to=dump if database_url else None)
        if has_dump != (database_url is not None):
            raise BackupError("Give the database URL (THERAPY_PACK_DATABASE_URL or --database-url-file) exactly when the backup "
                              "holds a PostgreSQL database (a group practice). Nothing was changed.")
        if database_url:
            kept_database = _keep_database_aside(database_url, data_dir, stamp)
            try:
                _pg(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", str(dump)], database_url)
            except BackupError as failed:  # one transaction: the database is as it was
                raise BackupError(f"{failed} The database was left as it was (a copy of it is kept at {kept_database}); "
                                  "nothing was changed.") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        dump.unlink(missing_ok=True)
    previous = None
    if data_dir.exists():
        previous = data_dir.with_name(f"{data_dir.name}.before-restore-{stamp}")
        data_dir.replace(previous)
    staging.replace(data_dir)
    return Restored(len(digests) - has_dump, previous, kept_database)
