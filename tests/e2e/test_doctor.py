"""The doctor, run as a practice runs it, against the test instance."""

import json
import os
import subprocess
import sys

import pytest

from support.stack import ADMIN
from therapy_pack.paths import ROOT
from therapy_pack.privacy_checks import LEVELS

pytestmark = pytest.mark.e2e


def test_doctor_reports_the_test_instance_clean(open_webui, installed, tmp_path):
    env = {**os.environ, "OPEN_WEBUI_EMAIL": ADMIN["email"], "OPEN_WEBUI_PASSWORD": ADMIN["password"]}
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "doctor.py"), "--url", open_webui.url,
                             "--data-dir", str(tmp_path), "--json"], env=env, capture_output=True, text=True, timeout=120)
    report = json.loads(result.stdout)
    by_check = {f["check"]: f for f in report["findings"]}
    for check in ("Sign-in required", "Privacy settings", "Model and embedding connections", "Open WebUI listens on this computer only",
                  "Cloud-sync folders", "Clinicians use the presets only", "Dictation recordings deleted",
                  "The model engine listens on this computer only", "Compose files publish only what asks for a password"):
        assert by_check[check]["level"] == "ok", by_check[check]
    assert result.returncode == max(LEVELS[f["level"]] for f in report["findings"])

