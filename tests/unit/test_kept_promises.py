"""Promises README.md makes that no other test pinned down: the settings it lists by name, Open WebUI started
offline with its telemetry off, and a parts-map row that cannot be read as another clinician's. (The table of
every promise and its tests is in README.md, checked by tests/unit/test_promises.py.)"""

from __future__ import annotations

import sqlite3

import yaml

import ifs_parts_map as pm
from support.dialogs import Confirming
from therapy_pack.hardening import HARDENED, drift
from therapy_pack.local_stack import open_webui_env
from therapy_pack.paths import COMPOSE_STACKS, ROOT

# README, "Open WebUI's settings are set and read back by provisioning on every run": each setting it names.
PROMISED_SETTINGS = {
    "ui.enable_signup": False,  # signup off
    "ui.default_user_role": "pending",  # new accounts wait for approval
    "user.permissions.chat.share": False,  # no share links
    "ui.enable_community_sharing": False,  # no community sharing
    "user.permissions.sharing.public_chats": False,
    "memories.enable": False,  # no memories
    "user.permissions.features.memories": False,
    "task.title.enable": False,  # no titles, tags or follow-up suggestions written by the model
    "task.tags.enable": False,
    "task.follow_up.enable": False,
    "web.search.enable": False,  # no web search, image generation or code execution
    "image_generation.enable": False,
    "code_interpreter.enable": False,
    "code_execution.enable": False,
    "auth.enable_api_keys": False,  # no API keys
    "user.permissions.features.api_keys": False,
    "direct.enable": False,  # no remote model connection a clinician adds
    "audio.stt.engine": "",  # speech on this computer
    "auth.jwt_expiry": "10h",  # sessions that end after a working day
    "user.permissions.workspace.tools": False,  # clinicians cannot add tools, models or skills
    "user.permissions.workspace.models": False,
    "user.permissions.workspace.skills": False,
}

# README: "Open WebUI runs offline", "no telemetry", "sign-in required", "no admin export of everyone's chats",
# tool settings stored encrypted, pictures only from Open WebUI itself.
PROMISED_ENVIRONMENT = {
    "OFFLINE_MODE": "true",
    "HF_HUB_OFFLINE": "1",
    "ENABLE_VERSION_UPDATE_CHECK": "false",
    "ANONYMIZED_TELEMETRY": "false",
    "SCARF_NO_ANALYTICS": "true",
    "DO_NOT_TRACK": "true",
    "WEBUI_AUTH": "true",
    "ENABLE_ADMIN_EXPORT": "false",
    "ENABLE_VALVE_ENCRYPTION": "true",
    "CONTENT_SECURITY_POLICY": "img-src 'self' data: blob:",
}


def test_every_setting_the_readme_lists_is_hardened_and_put_back_when_it_drifts():
    assert {key: HARDENED.get(key) for key in PROMISED_SETTINGS} == PROMISED_SETTINGS
    loosened = {**HARDENED, **{key: True if value is False else "anything" for key, value in PROMISED_SETTINGS.items()}}
    assert drift(loosened) == PROMISED_SETTINGS


def compose_environment(files: list[str]) -> dict:
    env: dict = {}
    for name in files:
        service = yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))["services"].get("open-webui") or {}
        env.update(service.get("environment") or {})
    return env


def test_open_webui_starts_offline_with_telemetry_off_in_every_setup(tmp_path):
    setups = {"provision.py": open_webui_env(tmp_path, 8080)}
    setups.update({" + ".join(files): compose_environment(files) for files in COMPOSE_STACKS})
    assert len(setups) > 1
    for setup, env in setups.items():
        assert {key: env.get(key) for key in PROMISED_ENVIRONMENT} == PROMISED_ENVIRONMENT, setup


def test_a_parts_map_row_moved_to_another_clinician_cannot_be_read_as_theirs(tmp_path):
    """A map's row is sealed with its owner: whoever rewrites the database to hand it to another account gets
    nothing readable."""
    path = tmp_path / "parts.db"
    key = pm.Cipher.new_key()
    tool = pm.Tools()
    tool.valves = tool.Valves(encryption_key=key, database_url=f"sqlite:///{path}")
    maps = Confirming(tool)
    mine, theirs = {"id": "clin-1", "role": "user"}, {"id": "clin-2", "role": "user"}
    assert "Added" in maps.record_part("AB", "Little One", "exile", burdens="abandonment", __user__=mine)
    with sqlite3.connect(path) as db:
        moved = db.execute("UPDATE parts_map_clients SET owner_id = ?, code_digest = ? WHERE owner_id = ?",
                           ("clin-2", pm.Cipher(key).digest("clin-2", "AB"), "clin-1")).rowcount
    assert moved == 1
    shown = maps.show_parts_map("AB", __user__=theirs)
    assert "Little One" not in shown and "abandonment" not in shown
    assert shown.startswith("Not done") and "could not be decrypted" in shown


def test_provisioning_goes_on_only_once_the_admin_types_that_the_new_key_is_stored(monkeypatch):
    import sys
    import types

    from therapy_pack import provisioning

    typed = iter(["ok", "later", " Saved "])
    asked = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt="": asked.append(prompt) or next(typed))
    provisioning.confirm_key_saved(types.SimpleNamespace(new_secrets={"encryption_key": "k"}))
    assert len(asked) == 3 and "stored a copy" in asked[0]
    asked.clear()
    provisioning.confirm_key_saved(types.SimpleNamespace(new_secrets={}))  # a key made before: nothing to confirm
    assert asked == []


def test_a_backup_holds_open_webuis_secret_key_file(tmp_path):
    """Without .webui_secret_key no tool setting (the parts-map key) can be read after a restore."""
    from therapy_pack import backup

    data = tmp_path / "open-webui"
    data.mkdir()
    with sqlite3.connect(data / "webui.db") as db:
        db.execute("create table chat (body text)")
    (data / ".webui_secret_key").write_text("the secret key")
    passphrase = "correct horse battery staple"
    backup.create(data, tmp_path / "b.tnpb", passphrase)
    assert ".webui_secret_key" in backup.verify(tmp_path / "b.tnpb", passphrase)
    assert b"the secret key" not in (tmp_path / "b.tnpb").read_bytes()


def test_setup_publishes_ollama_on_loopback_only_and_takes_the_port_away_after_provisioning():
    """compose.yaml's documented setup: Ollama (no password) is published on 127.0.0.1 while provision.py builds
    the note models, and the next command starts the stack again from compose.yaml alone, which publishes it not."""
    import re

    commands = [line.lstrip("# ").strip() for line in (ROOT / "compose.yaml").read_text(encoding="utf-8").splitlines()
                if line.startswith("#   ")]
    [opened] = [i for i, command in enumerate(commands) if "ollama" in command and "ports" in command]
    override = yaml.safe_load(re.match(r"echo '(.*)' \|", commands[opened])[1])
    ports = override["services"]["ollama"]["ports"]
    assert ports and all(str(port).startswith("127.0.0.1:") for port in ports)
    assert "provision.py" in commands[opened + 1] and commands[opened + 2] == "docker compose up -d"
    base = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    assert not base["services"]["ollama"].get("ports")
