"""The privacy doctor: its checks as data, and run against the test instance."""

from __future__ import annotations

import sys

import pytest

from support.json_server import JsonHandler, serving
from therapy_pack.model_routes import CLOSED_MESSAGE
from therapy_pack.privacy_checks import (clinician_models, cloud_sync, disk_encryption, listening, live_settings, model_routes_closed,
                                         parts_map_key, private_data)
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
    ("127.0.0.2", "ok", "reachable from this computer only"),  # all of 127.0.0.0/8 is this computer
])
def test_a_port_open_to_the_network_is_a_problem_and_one_on_loopback_is_not(host, level, what):
    import socket

    with socket.socket() as sock:
        sock.bind((host, 0))
        sock.listen()
        port = sock.getsockname()[1]
        test_server, ollama = listening({"Test server": port, "Ollama": port})
    assert test_server.level == level and what in test_server.what
    assert level == "ok" or "OLLAMA_HOST=127.0.0.1" in ollama.fix  # the engine with no password says how to close it


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


def test_the_doctor_says_when_the_model_does_not_answer_and_what_to_do():
    import socket

    from therapy_pack.privacy_checks import model_answers

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        nothing = f"http://127.0.0.1:{closed.getsockname()[1]}/v1"
    finding = model_answers(("openai", nothing), "local-model")
    assert finding.level == "problem" and finding.check == "The model answers" and finding.fix
    assert model_answers(None, "local-model").level == "problem"


# ------------------------------------------------------------ where a host is

SERVICES = {"ollama", "open-webui", "postgres"}


@pytest.mark.parametrize("host, resolved, place", [
    ("localhost", ["127.0.0.1", "::1"], "this computer"),
    ("127.0.0.1", ["127.0.0.1"], "this computer"),
    ("::1", ["::1"], "this computer"),
    ("127.0.1.1", ["127.0.1.1"], "this computer"),  # Debian's name for the machine itself
    ("practice-pc", ["127.0.1.1"], "this computer"),
    ("ollama", [], "compose"),  # only a container network knows the name: the pack's own service
    ("postgres", [], "compose"),
    ("ollama", ["10.0.0.5"], "network"),  # this computer finds a machine called ollama on the network
    ("open-webui", ["192.168.1.20"], "network"),
    ("10.0.0.5", ["10.0.0.5"], "network"),
    ("api.openai.com", ["162.159.140.245"], "network"),
    ("notes.example.com", ["203.0.113.7", "127.0.0.1"], "network"),  # one address off this computer is enough
    ("notes.example.com", [], "network"),  # not found here, and no service of the pack's
    ("0.0.0.0", ["0.0.0.0"], "network"),
])
def test_a_host_is_local_only_on_loopback_or_as_a_compose_service_no_machine_here_answers_to(host, resolved, place):
    from therapy_pack.connections import reach

    assert reach(host, resolved, SERVICES) == place


def test_the_addresses_of_a_host_are_found_as_this_computer_finds_them():
    from therapy_pack.connections import addresses, is_loopback

    assert addresses("127.0.0.1") == ["127.0.0.1"]
    assert addresses("localhost") and all(is_loopback(a) for a in addresses("localhost"))
    assert addresses("no-such-host.invalid") == []


def ollama_at(url: str) -> dict:
    return {**HARDENED, "ollama.enable": True, "ollama.base_urls": [url], "openai.enable": False}


@pytest.mark.parametrize("url, resolved, level", [
    ("http://127.0.0.1:11434", [], "ok"),
    ("http://127.0.0.2:11434", [], "ok"),
    ("http://ollama:11434", [], "ok"),
    ("http://ollama:11434", ["10.0.0.5"], "problem"),
    ("http://postgres:11434", ["203.0.113.7"], "problem"),
    ("http://10.0.0.5:11434", ["10.0.0.5"], "problem"),
])
def test_a_model_connection_named_like_a_compose_service_is_judged_by_where_it_goes(monkeypatch, url, resolved, level):
    import socket

    def getaddrinfo(host, *_, **__):
        if host.replace(".", "").isdigit():
            return [(None, None, None, "", (host, 0))]
        if not resolved:
            raise socket.gaierror("not found")
        return [(None, None, None, "", (ip, 0)) for ip in resolved]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    finding = live_settings(ollama_at(url), True)[2]
    assert finding.level == level, finding
    if level == "problem":
        assert url in finding.what and "ollama.base_urls" not in finding.what  # said in words, not setting names
    elif "ollama:" in url:
        assert "compose" in finding.what  # says on what condition the name is this computer's


@pytest.mark.parametrize("url, asked", [
    ("http://127.0.0.1:11434", "http://127.0.0.1:11434"),
    ("http://127.0.0.2:11500/", "http://127.0.0.2:11500"),
    ("http://10.0.0.5:11434", "http://10.0.0.5:11434"),  # never swapped for this computer's Ollama
    ("http://ollama:11434", "http://ollama:11434"),
])
def test_the_engine_is_asked_where_open_webui_sends_the_notes(url, asked):
    from therapy_pack.privacy_checks import engine_in_use

    assert engine_in_use({"ENABLE_OLLAMA_API": True, "OLLAMA_BASE_URLS": [url]}, {}) == ("ollama", asked)
    openai_on = {"ENABLE_OPENAI_API": True, "OPENAI_API_BASE_URLS": ["http://127.0.0.1:8081/v1/"]}
    assert engine_in_use({"ENABLE_OLLAMA_API": False}, openai_on) == ("openai", "http://127.0.0.1:8081/v1")
    assert engine_in_use({}, {}) is None


def test_an_engine_inside_compose_is_not_asked_from_this_computer_and_the_doctor_says_how_to_ask_it():
    from therapy_pack.privacy_checks import model_answers

    finding = model_answers(("ollama", "http://ollama:11434"), "qwen3.5:9b")
    assert finding.level == "unknown" and "docker compose exec ollama ollama run qwen3.5:9b" in finding.fix


# ------------------------------------------------------------ ports


@pytest.mark.parametrize("services, level, said", [
    ({"open-webui": {"ports": ["127.0.0.1:3000:8080"]}, "ollama": {}}, "ok", ""),
    ({"open-webui": {"ports": ["[::1]:3000:8080"]}, "postgres": {"ports": ["127.0.0.1:5432:5432"]}}, "ok", ""),
    ({"open-webui": {"ports": [{"target": 8080, "published": 3000, "host_ip": "127.0.0.1"}]}}, "ok", ""),
    ({"ollama": {"ports": ["127.0.0.1:11434:11434"]}}, "problem", "ollama"),
    ({"vllm": {"ports": ["127.0.0.1:8000:8000"]}}, "problem", "vllm"),  # any model engine
    ({"open-webui": {"ports": ["3000:8080"]}}, "problem", "network"),
    ({"open-webui": {"ports": ["8080"]}}, "problem", "network"),
    ({"postgres": {"ports": ["0.0.0.0:5432:5432"]}}, "problem", "network"),
    ({"open-webui": {"ports": [{"target": 8080, "published": 3000}]}}, "problem", "network"),
    # A group practice's server, on its private network, as the admin chose in .env; never a public address.
    ({"open-webui": {"ports": ["${OPEN_WEBUI_ADDRESS:-127.0.0.1}:3000:8080"]}}, "ok", ""),
    ({"open-webui": {"ports": ["${PRIVATE}:3000:8080"]}, "postgres": {"ports": ["10.0.4.2:5432:5432"]}}, "ok", "private network"),
    ({"open-webui": {"ports": ["${PUBLIC:-127.0.0.1}:3000:8080"]}}, "problem", "network on 93.184.216.34"),
    ({"open-webui": {"ports": ["${UNSET}:3000:8080"]}}, "problem", "every address"),
    ({"redis": {"ports": ["${PRIVATE}:6379:6379"]}}, "problem", "redis"),
])
def test_a_compose_file_that_publishes_an_engine_or_publishes_to_the_network_is_a_problem(services, level, said):
    from therapy_pack.privacy_checks import published_ports

    finding = published_ports({"compose.yaml": {"services": services}}, {"PRIVATE": "192.168.1.10", "PUBLIC": "93.184.216.34"})
    assert finding.level == level, finding
    assert said in finding.what and (level == "ok" or "docker compose up -d" in finding.fix)


def test_the_pack_s_own_compose_files_publish_nothing_they_should_not():
    from therapy_pack.paths import ROOT
    from therapy_pack.privacy_checks import compose_setup

    [ports] = [f for f in compose_setup(ROOT / "no-such.env", required=False) if f.check.startswith("Compose")]
    assert ports.level == "ok", ports


def test_compose_variables_come_from_a_private_env_file_and_the_environment(tmp_path, monkeypatch):
    from therapy_pack.privacy_checks import compose_values

    env = tmp_path / ".env"
    env.write_text("# the practice\nOPEN_WEBUI_ADDRESS=192.168.1.10\nPOSTGRES_ADDRESS='10.0.0.2'\n")
    env.chmod(0o600)
    monkeypatch.setenv("POSTGRES_ADDRESS", "127.0.0.1")
    values = compose_values(env)
    assert values["OPEN_WEBUI_ADDRESS"] == "192.168.1.10" and values["POSTGRES_ADDRESS"] == "127.0.0.1"


def test_an_engine_port_nothing_listens_on_is_not_reachable_from_the_network():
    import socket

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    [finding] = listening({"Ollama": port})
    assert finding.level == "ok"


def test_the_engine_under_the_presets_is_watched_with_open_webui_and_ollama():
    from therapy_pack.privacy_checks import watched_ports

    assert watched_ports("http://127.0.0.1:8080", 11434, ("openai", "http://127.0.0.1:8081/v1")) == {
        "Open WebUI": 8080, "Ollama": 11434, "The model engine": 8081}
    assert watched_ports("http://127.0.0.1:8080", 11434, ("ollama", "http://127.0.0.1:11434")) == {"Open WebUI": 8080, "Ollama": 11434}
    assert watched_ports("http://127.0.0.1:3000", 11434, ("ollama", "http://ollama:11434")) == {"Open WebUI": 3000, "Ollama": 11434}


# ------------------------------------------------------------ compose .env


@pytest.mark.parametrize("mode, level", [(0o644, "problem"), (0o640, "problem"), (0o604, "problem"), (0o600, "ok"), (0o400, "ok")])
def test_a_compose_env_other_accounts_can_read_is_a_problem(tmp_path, mode, level):
    from therapy_pack.privacy_checks import env_file_private

    env = tmp_path / ".env"
    env.write_text("WEBUI_SECRET_KEY=abc\n")
    env.chmod(mode)
    finding = env_file_private(env)
    assert finding.level == level, finding
    assert level == "ok" or (f"chmod 600 {env}" in finding.fix and "WEBUI_SECRET_KEY" not in finding.what + finding.fix)


def test_the_doctor_checks_the_env_next_to_the_compose_files_or_the_one_it_is_given(monkeypatch, tmp_path, no_admin_in_env):
    from therapy_pack import privacy_checks as doctor

    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    monkeypatch.setattr(doctor, "listening", lambda ports: [])
    (tmp_path / "compose.yaml").write_text("services:\n  ollama:\n    ports: ['127.0.0.1:11434:11434']\n")
    env = tmp_path / ".env"
    env.write_text("POSTGRES_PASSWORD=abc\n")
    env.chmod(0o644)
    by_check = {f.check: f for f in doctor.run("http://127.0.0.1:8080", tmp_path, compose_env=env)}
    assert by_check["Compose secrets file private"].level == "problem"
    assert by_check["Compose files publish only what asks for a password"].level == "problem"
    missing = {f.check: f for f in doctor.run("http://127.0.0.1:8080", tmp_path, compose_env=tmp_path / "none.env")}
    assert missing["Compose secrets file private"].level == "unknown"


# ------------------------------------------------------------ dictation


def test_dictation_left_on_disk_is_a_problem_told_by_count_and_size_only(tmp_path):
    from therapy_pack.privacy_checks import dictation_left

    folder = tmp_path / "cache" / "audio" / "transcriptions"
    assert dictation_left(tmp_path).level == "ok"  # never dictated
    folder.mkdir(parents=True)
    assert dictation_left(tmp_path).level == "ok"
    for name, data in {"3f1c-client-AB": b"RIFF" + b"\0" * 1996, "9a7e": b"\0" * 1000}.items():
        (folder / f"{name}.wav").write_bytes(data)
        (folder / f"{name}.json").write_text('{"text": "AB said she feels unsafe at home"}')
    (folder / "chunks").mkdir()
    (folder / "chunks" / "part.webm").write_bytes(b"\0" * 500)
    finding = dictation_left(tmp_path)
    assert finding.level == "problem" and "5 files" in finding.what and "3.6 kB" in finding.what
    told = finding.what + finding.fix
    assert "client-AB" not in told and "unsafe" not in told and ".wav" not in told
    assert str(folder) in finding.fix and "provision.py" in finding.fix


def _answering(status: int, detail: str):
    class Handler(JsonHandler):
        def do_POST(self):
            self.body()
            self.send_json(status, {"detail": detail})
    return Handler


@pytest.mark.parametrize(("status", "detail", "expected"), [
    (403, CLOSED_MESSAGE, "ok"),
    (401, "Not authenticated", "problem"),  # Open WebUI alone: a clinician's token would pass
    (200, "", "problem"),
])
def test_the_doctor_knows_whether_open_webui_runs_behind_the_route_check(status, detail, expected):
    with serving(_answering(status, detail)) as server:
        host, port = server.server_address
        finding = model_routes_closed(f"http://{host}:{port}")
    assert finding.level == expected, finding
    assert model_routes_closed("http://127.0.0.1:9").level == "unknown"
