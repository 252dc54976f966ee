"""The practice's privacy settings, as plain data and checks."""

from pathlib import Path

from therapy_pack.connections import compose_services, off_this_computer
from therapy_pack.hardening import (HARDENED, LABELS, MODEL_WRITTEN, PRESET_LOCKED_CAPABILITIES, clear_unused_connections, drift,
                                    harden, labelled)
from therapy_pack.pack_installer import desired_state
from support.settings_api import SettingsApi


def test_drift_lists_only_what_differs():
    assert drift(dict(HARDENED)) == {}
    changed = {**HARDENED, "ui.enable_signup": True, "web.search.enable": True}
    assert drift(changed) == {"ui.enable_signup": False, "web.search.enable": False}
    assert drift({}) == HARDENED


def test_remote_connections_are_found():
    config = {
        "openai.enable": True, "openai.api_base_urls": ["https://api.openai.com/v1", "http://127.0.0.1:8081/v1"],
        "ollama.enable": True, "ollama.base_urls": ["http://localhost:11434"],
        "rag.embedding_engine": "openai", "rag.openai.api_base_url": "https://api.openai.com/v1",
        "webhook_url": "",
    }
    assert off_this_computer(config) == ["a model connection at https://api.openai.com/v1",
                                         "the document-search (embedding) connection at https://api.openai.com/v1"]
    assert off_this_computer({**config, "openai.enable": False, "rag.embedding_engine": "ollama",
                              "rag.ollama.base_url": "http://127.0.0.1:11434"}) == []


def test_nested_permissions_are_read_and_changed_inside_their_stored_setting():
    stored = {key: value for key, value in HARDENED.items() if not key.startswith("user.permissions.")}
    stored["user.permissions"] = {"chat": {"share": True, "export": True}, "sharing": {"public_chats": False, "open_chats": False},
                                  "features": {"memories": True, "api_keys": False, "direct_tool_servers": False},
                                  "workspace": {"tools": True, "tools_import": False, "models": False, "skills": False}}
    assert drift(stored) == {"user.permissions.chat.share": False, "user.permissions.features.memories": False,
                             "user.permissions.workspace.tools": False}

    api, before, expected = SettingsApi(stored), stored["user.permissions"], sorted(drift(stored))
    assert harden(api) == expected
    assert drift(stored) == {}  # once stored, nothing left to change
    [body] = api.posted
    assert body["config"] == {"user.permissions": {**before, "chat": {"share": False, "export": True},
                                                   "features": {"memories": False, "api_keys": False, "direct_tool_servers": False},
                                                   "workspace": {"tools": False, "tools_import": False, "models": False, "skills": False}}}


def test_a_compose_service_is_on_this_machine():
    assert "ollama" in compose_services()
    config = {"ollama.enable": True, "ollama.base_urls": ["http://ollama:11434"], "openai.enable": False}
    assert off_this_computer(config) == []  # this computer knows no machine called "ollama": the compose network's
    assert off_this_computer({**config, "ollama.base_urls": ["http://ollama.example.com:11434"]}) != []


def test_a_disabled_openai_address_off_this_machine_is_cleared_and_a_local_one_kept():
    class Api:
        def __init__(self, config):
            self.config, self.posted = config, []

        def get(self, path):
            return self.config

        def post(self, path, body):
            self.posted.append((path, body))

    leftover = Api({"openai.enable": False, "openai.api_base_urls": ["https://api.openai.com/v1"]})
    assert clear_unused_connections(leftover) and leftover.posted[0][1]["OPENAI_API_BASE_URLS"] == []
    mixed = Api({"openai.enable": False, "openai.api_base_urls": ["https://api.openai.com/v1", "http://127.0.0.1:8081/v1"],
                 "openai.api_keys": ["sk-remote", "local"], "openai.api_configs": {"1": {"enable": True}}})
    assert clear_unused_connections(mixed)
    assert mixed.posted[0][1] == {"ENABLE_OPENAI_API": False, "OPENAI_API_BASE_URLS": ["http://127.0.0.1:8081/v1"],
                                  "OPENAI_API_KEYS": ["local"], "OPENAI_API_CONFIGS": {"0": {"enable": True}}}
    for config in ({"openai.enable": True, "openai.api_base_urls": ["http://127.0.0.1:8081/v1"]},
                   {"openai.enable": False, "openai.api_base_urls": []}):
        assert not clear_unused_connections(Api(config))


def test_model_written_titles_are_off_unless_the_administrator_opts_in():
    opted_in = {**HARDENED, **{key: True for key in MODEL_WRITTEN}}
    assert sorted(drift(opted_in)) == sorted(MODEL_WRITTEN)
    assert drift(opted_in, model_titles=True) == {}


def test_hidden_controls_are_added_to_those_the_administrator_hid():
    """Clinicians lose the browser's "Web API" dictation; other controls the administrator hid stay hidden."""
    stored = {**HARDENED, "ui.visibility": {"chat.tags": False}}
    assert drift(stored) == {"ui.visibility": HARDENED["ui.visibility"]}
    assert drift({**stored, "ui.visibility": {"chat.tags": False, **HARDENED["ui.visibility"]}}) == {}

    api = SettingsApi(stored)
    assert harden(api) == ["ui.visibility"]
    assert api.posted == [{"config": {"ui.visibility": {"chat.tags": False, "settings.speech_to_text_engine": False}}}]


def test_every_preset_is_installed_with_what_could_let_client_text_out_switched_off():
    presets = [model for model in desired_state().models if model["base_model_id"]]
    # Spelt out here: the installer builds the capabilities from PRESET_LOCKED_CAPABILITIES itself.
    locked = {"web_search": False, "image_generation": False, "code_interpreter": False, "builtin_tools": False}
    assert PRESET_LOCKED_CAPABILITIES == locked
    assert presets and all(model["meta"]["capabilities"].items() >= locked.items() for model in presets)


def test_every_hardened_setting_is_named_as_open_webui_names_it():
    assert set(LABELS) == set(HARDENED)
    assert labelled(["ui.enable_signup", "task.title.enable", "auth.jwt_expiry"]) == \
        "Authentication: New Sign Ups, JWT Expiration; Interface: Title Generation"


def test_each_name_is_one_the_installed_open_webui_shows():
    """Each screen and label is a text of Open WebUI's own pages (its English texts or its code), so a renamed
    setting after an upgrade fails here rather than sending an administrator looking for a name that is gone."""
    import open_webui

    shown = "".join(path.read_text(encoding="utf-8", errors="replace")
                    for path in (Path(open_webui.__file__).parent / "frontend" / "_app").rglob("*.js"))
    names = {name for screen, label in LABELS.values() for name in (*screen.split(" › "), label)}
    missing = sorted(name for name in names if f'"{name}"' not in shown and f"'{name}'" not in shown)
    assert missing == []


def test_rating_a_draft_is_turned_off_and_put_back_off_when_it_drifts():
    # A rating stores a snapshot of the whole chat, which the administrator's feedback export returns.
    assert HARDENED["ui.enable_message_rating"] is False
    api = SettingsApi({**HARDENED, "ui.enable_message_rating": True})
    assert harden(api) == ["ui.enable_message_rating"]
    assert api.posted == [{"config": {"ui.enable_message_rating": False}}]
