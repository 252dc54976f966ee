"""Private PostgreSQL and Redis servers on loopback, for the tests and scripts/bench_group.py: Debian's packages,
each started in its own temporary folder, removed when it stops. A practice runs its own (compose.group.yaml)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
from pathlib import Path

from therapy_pack.local_stack import LOOPBACK, Service, ServiceError, free_port, start_process


class NotInstalled(Exception):
    """The server's program is not on this machine; the message says which package holds it."""


def postgres_bin() -> Path | None:
    """The newest PostgreSQL installed from Debian's packages (/usr/lib/postgresql/<version>/bin)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"),
                   key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    return found[-1].parent if found else None


def _as_postgres_account() -> list[str]:
    """PostgreSQL refuses to run as root; there it runs as Debian's postgres account."""
    return ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []


def _answers(connect) -> bool:
    try:
        connect()
        return True
    except Exception:  # not accepting connections yet, whatever the driver calls it
        return False


def start_postgres(timeout: float = 60) -> tuple[Service, str]:
    """A new PostgreSQL cluster in a private temporary folder (removed when it stops), trusting local connections,
    listening on 127.0.0.1 only; the server and its SQLAlchemy URL (user postgres, database postgres)."""
    import subprocess
    import tempfile

    import psycopg

    bindir = postgres_bin()
    if bindir is None:
        raise NotInstalled("PostgreSQL is not installed (Debian package: postgresql)")
    account = _as_postgres_account()
    # Its own folder, right under the temporary folder: the postgres account must reach it.
    root = Path(tempfile.mkdtemp(prefix="tnp-postgres-"))
    if account:
        shutil.chown(root, "postgres")
    data, port = root / "data", free_port()
    made = subprocess.run([*account, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"],
                          capture_output=True, text=True)
    if made.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise ServiceError(f"PostgreSQL's initdb failed: {made.stderr.strip()}")
    command = [*account, str(bindir / "postgres"), "-D", str(data), "-p", str(port), "-k", str(root),
               "-c", f"listen_addresses={LOOPBACK}", "-c", "fsync=off", "-c", "max_connections=300"]
    url = f"postgresql+psycopg://postgres@{LOOPBACK}:{port}/postgres"
    ready = lambda: _answers(lambda: psycopg.connect(f"postgresql://postgres@{LOOPBACK}:{port}/postgres", connect_timeout=2).close())
    # SIGINT is PostgreSQL's fast shutdown: it does not wait for clients (a test's pooled connections) to leave.
    service = start_process("PostgreSQL", command, root / "server.log", url, ready=ready, timeout=timeout,
                            stop_signal=signal.SIGINT)
    service.after_stop = lambda: shutil.rmtree(root, ignore_errors=True)
    return service, url


def _redis_ping(port: int) -> None:
    """Redis's PING in its own protocol (no client library needed); an error unless it answers PONG."""
    with socket.create_connection((LOOPBACK, port), timeout=2) as conn:
        conn.sendall(b"PING\r\n")
        if not conn.recv(64).startswith(b"+PONG"):
            raise ConnectionError("Redis did not answer PONG")


def start_redis(timeout: float = 30) -> tuple[Service, str]:
    """A Redis server on 127.0.0.1 that keeps nothing on disk, in a temporary folder removed when it stops;
    the server and its URL."""
    import tempfile

    program = shutil.which("redis-server")
    if program is None:
        raise NotInstalled("Redis is not installed (Debian package: redis-server)")
    root, port = Path(tempfile.mkdtemp(prefix="tnp-redis-")), free_port()
    command = [program, "--port", str(port), "--bind", LOOPBACK, "--save", "", "--appendonly", "no", "--dir", str(root)]
    url = f"redis://{LOOPBACK}:{port}/0"
    ready = lambda: _answers(lambda: _redis_ping(port))
    service = start_process("Redis", command, root / "server.log", url, ready=ready, timeout=timeout)
    service.after_stop = lambda: shutil.rmtree(root, ignore_errors=True)
    return service, url
