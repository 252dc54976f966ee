"""A backup of the running test instance: taken live, verified, and restored into a new folder."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from therapy_pack.backup import SQLITE_HEADER
from therapy_pack.paths import ROOT

pytestmark = pytest.mark.e2e


def run_backup(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "THERAPY_PACK_BACKUP_PASSPHRASE": "a practice passphrase for tests"}
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "backup.py"), *args], env=env, capture_output=True, text=True, timeout=300)


def test_backup_of_a_running_open_webui(stack_dir, open_webui, installed, tmp_path):
    data = stack_dir / "open-webui-data"
    archive = tmp_path / "practice.tnpb"
    assert run_backup("create", "--data-dir", str(data), "--out", str(archive)).returncode == 0
    assert b"Session Note" not in archive.read_bytes()
    checked = run_backup("verify", str(archive))
    assert checked.returncode == 0 and "The backup is intact" in checked.stdout

    refused = run_backup("restore", str(archive), "--data-dir", str(data))
    assert refused.returncode == 2 and "--force" in refused.stderr
    refused = run_backup("restore", str(archive), "--data-dir", str(data), "--force")
    assert refused.returncode == 2 and "Stop Open WebUI first" in refused.stderr
    # A running Open WebUI is noticed by its address too (in a container it holds no file we can see).
    refused = run_backup("restore", str(archive), "--data-dir", str(tmp_path / "elsewhere"), "--open-webui-url", open_webui.url)
    assert refused.returncode == 2 and "Open WebUI is running" in refused.stderr and not (tmp_path / "elsewhere").exists()

    restored = tmp_path / "restored"
    assert run_backup("restore", str(archive), "--data-dir", str(restored), "--open-webui-url", "http://127.0.0.1:9").returncode == 0
    with sqlite3.connect(restored / "webui.db") as db:
        assert db.execute("select count(*) from model where id = 'session-note-ifs'").fetchone()[0] == 1
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_an_upload_that_only_looks_like_a_database_never_stops_the_backup(stack_dir, open_webui, admin_api, tmp_path):
    """Any clinician can upload any file: one that starts like SQLite but is not is backed up as it is."""
    content = SQLITE_HEADER + b"a clinician's export, not a database"
    admin_api.request("POST", "/api/v1/files/", files={"file": ("export.db", content, "application/octet-stream")},
                      params={"process": "false"})
    archive = tmp_path / "practice.tnpb"
    made = run_backup("create", "--data-dir", str(stack_dir / "open-webui-data"), "--out", str(archive))
    assert made.returncode == 0 and "left out" not in made.stdout, made.stdout + made.stderr
    restored = tmp_path / "restored"
    assert run_backup("restore", str(archive), "--data-dir", str(restored), "--open-webui-url", "http://127.0.0.1:9").returncode == 0
    assert [p for p in (restored / "uploads").iterdir() if p.name.endswith("export.db") and p.read_bytes() == content]
