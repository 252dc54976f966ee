"""The privacy doctor: its checks as data, and run against the test instance."""

from __future__ import annotations

import sys

import pytest

from therapy_pack.privacy_checks import clinician_models, cloud_sync, disk_encryption, listening, live_settings, parts_map_key, private_data
from therapy_pack.private_files import make_private
from therapy_pack.hardening import HARDENED



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
    assert "Authentication: New Sign Ups." in bad[1].what and "api.openai.com" in bad[2].what  # as Open WebUI names it
    assert "ui.enable_signup" not in bad[1].what
    assert "ENABLE_ADMIN_EXPORT" in live_settings(clean, True, admin_export=True)[1].what


@pytest.mark.parametrize("outputs, level", [
    ({"findmnt": "/dev/mapper/root\n", "lsblk": "crypt\npart\ndisk\n"}, "ok"),
    ({"findmnt": "/dev/vda\n", "lsblk": "disk\n"}, "warning"),
    ({"findmnt": None, "lsblk": None}, "unknown"),
    ({"findmnt": "overlay\n", "lsblk": None}, "unknown"),
])
def test_disk_encryption_on_linux_says_could_not_tell_rather_than_guess(monkeypatch, tmp_path, outputs, level):
    from therapy_pack import privacy_checks as doctor

    monkeypatch.setattr(doctor.platform, "system", lambda: "Linux")
    monkeypatch.setattr(doctor, "command_output", lambda command: outputs[command[0]])
    assert disk_encryption(tmp_path).level == level


@pytest.mark.parametrize("system, output, level", [
    ("Darwin", "FileVault is On.", "ok"), ("Darwin", "FileVault is Off.", "warning"), ("Darwin", None, "unknown"),
    ("Windows", "    Protection Status:    Protection On", "ok"), ("Windows", "Protection Off", "warning"),
])
def test_disk_encryption_on_mac_and_windows(monkeypatch, tmp_path, system, output, level):
    from therapy_pack import privacy_checks as doctor

    monkeypatch.setattr(doctor.platform, "system", lambda: system)
    monkeypatch.setattr(doctor, "command_output", lambda command: output)
    assert disk_encryption(tmp_path).level == level


def test_disk_encryption_on_this_machine_gives_an_answer(tmp_path):
    assert disk_encryption(tmp_path).what


@pytest.mark.parametrize("host, level, what", [
    ("0.0.0.0", "problem", "reachable from the network"),
    ("127.0.0.1", "ok", "reachable from this computer only"),
])
def test_a_port_open_to_the_network_is_a_problem_and_one_on_loopback_is_not(host, level, what):
    import socket

    with socket.socket() as sock:
        sock.bind((host, 0))
        sock.listen()
        port = sock.getsockname()[1]
        [finding] = listening({"Test server": port})
    assert finding.level == level and what in finding.what


def test_a_data_folder_other_accounts_can_read_is_a_problem_until_made_private(tmp_path):
    data = tmp_path / "data"
    (data / "open-webui").mkdir(parents=True)
    (data / "open-webui" / "webui.db").write_text("chats")
    data.chmod(0o755)
    (data / "open-webui" / "webui.db").chmod(0o644)
    assert private_data(data).level == "problem" and "webui.db" in private_data(data).what
    assert data / "open-webui" / "webui.db" in make_private(data)
    assert private_data(data).level == "ok"
    assert (data.stat().st_mode & 0o777, (data / "open-webui" / "webui.db").stat().st_mode & 0o777) == (0o700, 0o600)
    assert make_private(data) == []  # a re-run changes nothing


def test_the_doctor_tells_whether_the_key_in_the_settings_opens_the_maps(tmp_path):
    from ifs_parts_map import Cipher, Store

    key, other = Cipher.new_key(), Cipher.new_key()
    assert parts_map_key({"encryption_key": key}, tmp_path).level == "ok"  # no maps yet
    Store(f"sqlite:///{tmp_path / 'therapy_pack_parts_map.db'}", Cipher(key)).engine.dispose()
    assert parts_map_key({"encryption_key": key}, tmp_path).level == "ok"
    assert parts_map_key({"encryption_key": other}, tmp_path).level == "problem"
    assert parts_map_key({"encryption_key": None}, tmp_path).level == "problem"


GUARD_ON = {"id": "clinical_guardrails", "is_active": True, "is_global": True}
PRESET = {"id": "session-note-ifs", "base_model_id": "local-model", "access_grants": [{"principal_type": "group"}], "meta": {}}
RAW = {"id": "local-model", "name": "local-model", "base_model_id": None, "access_grants": [{"principal_type": "group"}], "meta": {}}


@pytest.mark.parametrize("models, functions, level", [
    ([PRESET, {**RAW, "meta": {"hidden": True}}], [GUARD_ON], "ok"),
    ([PRESET, {**RAW, "access_grants": []}], [GUARD_ON], "ok"),  # admins only
    ([PRESET, RAW], [GUARD_ON], "warning"),
    ([PRESET], [{**GUARD_ON, "is_global": False}], "problem"),
    ([PRESET], [{**GUARD_ON, "is_active": False}], "problem"),
    ([PRESET], [], "problem"),
])
def test_clinicians_reach_the_model_only_through_the_presets(models, functions, level):
    [finding] = clinician_models(models, functions)
    assert finding.level == level, finding


class FakeOpenWebUI:
    """Stands in for Open WebUI's API: records the sign-in, serves nothing."""

    signed_in: list[tuple[str, str]] = []

    def __init__(self, url):
        self.url = url

    def get(self, path, **_):
        return {}

    def sign_in(self, email, password):
        self.signed_in.append((email, password))

    def use_token(self, token):
        self.signed_in.append(("token", token))

    def close(self):
        pass


@pytest.fixture
def no_admin_in_env(monkeypatch):
    from therapy_pack import admin_sign_in

    for name in ("OPEN_WEBUI_EMAIL", "OPEN_WEBUI_PASSWORD", "OPEN_WEBUI_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    FakeOpenWebUI.signed_in = []
    monkeypatch.setattr(admin_sign_in, "OpenWebUI", FakeOpenWebUI)
    return FakeOpenWebUI.signed_in


def test_the_doctor_asks_for_the_admin_sign_in_at_a_terminal(monkeypatch, capsys, no_admin_in_env):
    from therapy_pack.admin_sign_in import admin_api

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda *prompt: "admin@practice.test")
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "typed secret")
    admin_api("http://127.0.0.1:8080")
    assert no_admin_in_env == [("admin@practice.test", "typed secret")]
    out, err = capsys.readouterr()
    assert out == ""  # --json stays clean
    assert "Sign in with the admin account" in err and "typed secret" not in err


def test_the_doctor_takes_the_admin_from_the_environment_without_asking(monkeypatch, no_admin_in_env):
    from therapy_pack.admin_sign_in import admin_api

    monkeypatch.setenv("OPEN_WEBUI_EMAIL", "admin@practice.test")
    monkeypatch.setenv("OPEN_WEBUI_PASSWORD", "from env")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda *prompt: pytest.fail("asked although the environment has the account"))
    admin_api("http://127.0.0.1:8080")
    monkeypatch.setenv("OPEN_WEBUI_TOKEN", "a token")
    admin_api("http://127.0.0.1:8080")
    assert no_admin_in_env == [("admin@practice.test", "from env"), ("token", "a token")]


def test_the_doctor_without_a_terminal_says_what_to_set(monkeypatch, tmp_path, no_admin_in_env):
    from therapy_pack import privacy_checks as doctor

    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    monkeypatch.setattr("builtins.input", lambda *prompt: pytest.fail("asked without a terminal"))
    monkeypatch.setattr(doctor, "listening", lambda ports: [])
    [settings] = [f for f in doctor.run("http://127.0.0.1:8080", tmp_path) if f.check == "Open WebUI settings"]
    assert settings.level == "unknown" and "no admin account" in settings.what
    assert "OPEN_WEBUI_EMAIL" in settings.fix and "OPEN_WEBUI_PASSWORD" in settings.fix and "terminal" in settings.fix
    assert no_admin_in_env == []


def test_the_engine_under_the_presets_is_found_as_this_computer_reaches_it():
    from therapy_pack.privacy_checks import engine_in_use

    ollama_on = {"ENABLE_OLLAMA_API": True, "OLLAMA_BASE_URLS": ["http://127.0.0.1:11434"]}
    openai_on = {"ENABLE_OPENAI_API": True, "OPENAI_API_BASE_URLS": ["http://127.0.0.1:8081/v1/"]}
    assert engine_in_use(ollama_on, {}, 11434) == ("ollama", "http://127.0.0.1:11434")
    # compose: Open WebUI reaches Ollama by its container name; this computer on the published port.
    assert engine_in_use({**ollama_on, "OLLAMA_BASE_URLS": ["http://ollama:11434"]}, {}, 11435) == ("ollama", "http://127.0.0.1:11435")
    assert engine_in_use({"ENABLE_OLLAMA_API": False}, openai_on, 11434) == ("openai", "http://127.0.0.1:8081/v1")
    assert engine_in_use({}, {}, 11434) is None


def test_the_doctor_says_when_the_model_does_not_answer_and_what_to_do():
    import socket

    from therapy_pack.privacy_checks import model_answers

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        nothing = f"http://127.0.0.1:{closed.getsockname()[1]}/v1"
    finding = model_answers(("openai", nothing), "local-model")
    assert finding.level == "problem" and finding.check == "The model answers" and finding.fix
    assert model_answers(None, "local-model").level == "problem"
