"""How much memory a backup takes, measured in a process of its own (resident memory, so SQLite's, pg_dump's pipe
and the libraries' allocations count, not only Python's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from therapy_pack.paths import ROOT

MEMORY_BOUND = 16 * 2**20  # what a backup may add, whatever the size of the data: a few 1 MiB chunks and caches

_MEASURE = """
import pathlib, resource, sys
sys.path[:0] = [sys.argv[5]]
from therapy_pack import backup
backup.SCRYPT = {"n": 2**14, "r": 8, "p": 1}
backup._key("warm up the library", bytes(16), 2**14, 8, 1)  # its import and the KDF's memory are not the backup's
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
backup.create(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3], sys.argv[4] or None)
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024)
"""


def peak_memory_of_a_backup(data: Path, out: Path, passphrase: str, database_url: str = "") -> int:
    """How many bytes backing up ``data`` (and the database) into ``out`` adds to its process's peak memory."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(data), str(out), passphrase, database_url, str(ROOT / "scripts")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-1])
