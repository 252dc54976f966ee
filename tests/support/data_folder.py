"""Looking for client words where Open WebUI keeps things: every table of its database and every other file
under its data folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def holding(data_dir: Path, words: tuple[str, ...]) -> list[str]:
    """Every table row of Open WebUI's database and every other file under ``data_dir`` that holds any of ``words``."""
    found = []
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        if path.name in ("webui.db-wal", "webui.db-shm"):
            continue  # pages of the database, read through it below
        if path.name == "webui.db":
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
                for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
                    for row in db.execute(f'SELECT * FROM "{table}"').fetchall():
                        text = " ".join(v.decode(errors="replace") if isinstance(v, bytes) else str(v) for v in row)
                        if any(word in text for word in words):
                            found.append(f"webui.db: table {table}: {str(row)[:500]}")
        elif any(word.encode() in path.read_bytes() for word in words):
            found.append(str(path.relative_to(data_dir)))
    return found
