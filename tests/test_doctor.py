"""The privacy doctor: its checks as data, and run against the test instance."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from doctor import LEVELS, cloud_sync, disk_encryption, listening, live_settings
from hardening import HARDENED

ROOT = Path(__file__).resolve().parent.parent


def test_cloud_synced_data_is_a_problem(tmp_path):
    home = tmp_path
    assert cloud_sync([home / "Dropbox" / "practice" / "data"], home).level == "problem"
    assert cloud_sync([home / "Library" / "CloudStorage" / "GoogleDrive-x" / "ai"], home).level == "problem"
    assert cloud_sync([home / ".local" / "share" / "therapy-notes-pack"], home).level == "ok"


def test_live_settings_findings():
    clean = {**HARDENED, "openai.enable": True, "openai.api_base_urls": ["http://127.0.0.1:8081/v1"]}
    assert {f.level for f in live_settings(clean, True)} == {"ok"}
    bad = live_settings({**clean, "ui.enable_signup": True, "openai.api_base_urls": ["https://api.openai.com/v1"]}, False)
    assert [f.level for f in bad] == ["problem", "problem", "problem"]
    assert "ui.enable_signup" in bad[1].what and "api.openai.com" in bad[2].what


def test_disk_encryption_says_could_not_tell_rather_than_guess(tmp_path):
    finding = disk_encryption(tmp_path)
    assert finding.level in ("ok", "warning", "unknown") and finding.what


def test_a_port_open_to_the_network_is_a_problem():
    import socket

    with socket.socket() as sock:
        sock.bind(("0.0.0.0", 0))
        sock.listen()
        port = sock.getsockname()[1]
        [finding] = listening({"Test server": port})
    assert finding.level == "problem" and "reachable from the network" in finding.what


@pytest.mark.e2e
def test_doctor_reports_the_test_instance_clean(open_webui, installed, tmp_path):
    from conftest import ADMIN

    env = {**os.environ, "OPEN_WEBUI_EMAIL": ADMIN["email"], "OPEN_WEBUI_PASSWORD": ADMIN["password"]}
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "doctor.py"), "--url", open_webui.url,
                             "--data-dir", str(tmp_path), "--json"], env=env, capture_output=True, text=True, timeout=120)
    report = json.loads(result.stdout)
    by_check = {f["check"]: f for f in report["findings"]}
    for check in ("Sign-in required", "Privacy settings", "Model and embedding connections", "Open WebUI listens on this computer only",
                  "Cloud-sync folders"):
        assert by_check[check]["level"] == "ok", by_check[check]
    assert result.returncode == max(LEVELS[f["level"]] for f in report["findings"])
