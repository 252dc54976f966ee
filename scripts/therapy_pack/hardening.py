"""The settings that keep a practice's Open WebUI private: the one place each is written down.

HARDENED holds the settings Open WebUI stores in its database. Once that exists
Open WebUI ignores the environment for them, so provisioning sets them through
the API every run: a re-run puts back anything that drifted and changes nothing
else. PRIVATE_ENV is the environment every private Open WebUI starts with (the
local stack's, and the compose files', which tests/unit/test_compose.py checks), and
PRESET_LOCKED_CAPABILITIES what the installer switches off on every preset.
"""

from __future__ import annotations

import copy

from therapy_pack.connections import NETWORK, where
from therapy_pack.openwebui_api import OpenWebUI

# Dotted keys of Open WebUI 0.12's stored configuration, and the value a practice needs.
HARDENED: dict[str, object] = {
    "ui.enable_signup": False,  # only the admin adds clinicians
    "ui.default_user_role": "pending",  # a new account can do nothing until approved
    "ui.enable_community_sharing": False,  # no sharing chats to openwebui.com
    "ui.enable_user_webhooks": False,  # no notifications sent out
    # Rating a draft stores a snapshot of the whole chat, which the administrator's feedback export returns.
    # This hides the buttons; the route itself is closed for clinicians in model_routes.py.
    "ui.enable_message_rating": False,
    "auth.enable_api_keys": False,
    "web.search.enable": False,  # no client text sent to a search engine
    "image_generation.enable": False,
    "images.edit.enable": False,
    "code_interpreter.enable": False,
    "code_execution.enable": False,
    "direct.enable": False,  # no user-added remote model connections
    "direct.integrations.enable": False,
    "google_drive.enable": False,
    "onedrive.enable": False,
    "audio.stt.engine": "",  # speech-to-text on this machine (local Whisper)
    # Clinicians cannot switch dictation to the browser's "Web API", which sends audio to the browser maker in most
    # browsers. A mapping is merged into the stored one: other controls the administrator hid stay hidden.
    "ui.visibility": {"settings.speech_to_text_engine": False},
    "memories.enable": False,  # no client details remembered across chats
    # No background model calls made from a chat's content: titles, tags and follow-ups from the session
    # text would show it in the sidebar (and cost the clinician seconds of model time per note).
    "task.title.enable": False,
    "task.tags.enable": False,
    "task.follow_up.enable": False,
    "task.autocomplete.enable": False,
    "task.query.search.enable": False,
    "task.query.retrieval.enable": False,
    "auth.jwt_expiry": "10h",  # signed out after a working day, not four weeks
    # What a clinician's account may do (dotted paths into Open WebUI's stored permissions).
    "user.permissions.chat.share": False,  # no share links to chats
    "user.permissions.sharing.public_chats": False,
    "user.permissions.sharing.open_chats": False,
    "user.permissions.features.memories": False,
    "user.permissions.features.api_keys": False,
    "user.permissions.features.direct_tool_servers": False,
    "user.permissions.workspace.tools": False,  # a tool is code that runs next to the parts-map key
    "user.permissions.workspace.tools_import": False,
    "user.permissions.workspace.models": False,  # presets come from the pack only
    "user.permissions.workspace.skills": False,
}
# Where a person finds each hardened setting in Open WebUI 0.12, named as its screens name it: (screen, label).
# What provisioning and the doctor print; tests/unit/test_hardening.py keeps every key of HARDENED here, and every
# name one that the installed Open WebUI shows.
PERMISSIONS = "Users › Groups › Default permissions"
LABELS: dict[str, tuple[str, str]] = {
    "ui.enable_signup": ("Authentication", "New Sign Ups"),
    "ui.default_user_role": ("Authentication", "Default User Role"),
    "ui.enable_community_sharing": ("General", "Community Sharing"),
    "ui.enable_user_webhooks": ("General", "User Webhooks"),
    "ui.enable_message_rating": ("General", "Message Rating"),
    "auth.enable_api_keys": ("Authentication", "API Keys"),
    "web.search.enable": ("Web Search", "Web Search"),
    "image_generation.enable": ("Images", "Image Generation"),
    "images.edit.enable": ("Images", "Image Edit"),
    "code_interpreter.enable": ("Code Execution", "Enable Code Interpreter"),
    "code_execution.enable": ("Code Execution", "Enable Code Execution"),
    "direct.enable": ("Connections", "Direct Connections"),
    "direct.integrations.enable": ("Integrations", "Direct Integrations"),
    "google_drive.enable": ("Documents", "Google Drive"),
    "onedrive.enable": ("Documents", "OneDrive"),
    "audio.stt.engine": ("Audio", "Speech-to-Text Engine"),
    "ui.visibility": ("Interface", "Visible controls"),
    "memories.enable": ("General", "Memories"),
    "task.title.enable": ("Interface", "Title Generation"),
    "task.tags.enable": ("Interface", "Tags Generation"),
    "task.follow_up.enable": ("Interface", "Follow Up Generation"),
    "task.autocomplete.enable": ("Interface", "Autocomplete Generation"),
    "task.query.search.enable": ("Interface", "Web Search Query Generation"),
    "task.query.retrieval.enable": ("Interface", "Retrieval Query Generation"),
    "auth.jwt_expiry": ("Authentication", "JWT Expiration"),
    "user.permissions.chat.share": (PERMISSIONS, "Allow Chat Share"),
    "user.permissions.sharing.public_chats": (PERMISSIONS, "Chats Public Sharing"),
    "user.permissions.sharing.open_chats": (PERMISSIONS, "Chats Open Sharing"),
    "user.permissions.features.memories": (PERMISSIONS, "Memories"),
    "user.permissions.features.api_keys": (PERMISSIONS, "API Keys"),
    "user.permissions.features.direct_tool_servers": (PERMISSIONS, "Direct Tool Servers"),
    "user.permissions.workspace.tools": (PERMISSIONS, "Tools Access"),
    "user.permissions.workspace.tools_import": (PERMISSIONS, "Import Tools"),
    "user.permissions.workspace.models": (PERMISSIONS, "Models Access"),
    "user.permissions.workspace.skills": (PERMISSIONS, "Skills Access"),
}


def labelled(keys) -> str:
    """Settings as Open WebUI's screens name them, grouped by screen:
    "Authentication: New Sign Ups, JWT Expiration; Interface: Title Generation"."""
    screens: dict[str, list[str]] = {}
    for key in keys:
        screen, label = LABELS[key]
        screens.setdefault(screen, []).append(label)
    return "; ".join(f"{screen}: {', '.join(labels)}" for screen, labels in screens.items())


# Model-written from the session text: left to the administrator who opts in (provision.py --model-titles).
MODEL_WRITTEN = ("task.title.enable", "task.tags.enable", "task.follow_up.enable")

# Switches Open WebUI stores, each with the environment variable that seeds a new database with it. The value is
# HARDENED's, so a fresh Open WebUI is private before provisioning first signs in.
SEEDED_BY_ENV = {
    "DEFAULT_USER_ROLE": "ui.default_user_role",
    "ENABLE_COMMUNITY_SHARING": "ui.enable_community_sharing",
    "ENABLE_WEB_SEARCH": "web.search.enable",
    "ENABLE_IMAGE_GENERATION": "image_generation.enable",
    "ENABLE_CODE_INTERPRETER": "code_interpreter.enable",
    "ENABLE_CODE_EXECUTION": "code_execution.enable",
    "ENABLE_DIRECT_CONNECTIONS": "direct.enable",
}
# Read from the environment at every start and never stored: the environment is their only home.
ENV_ONLY = {
    "WEBUI_AUTH": "true",  # the doctor reads it back as /api/config's features.auth
    "OFFLINE_MODE": "true",
    "HF_HUB_OFFLINE": "1",
    "ENABLE_VERSION_UPDATE_CHECK": "false",
    "ENABLE_PIP_INSTALL_FRONTMATTER_REQUIREMENTS": "false",
    "ENABLE_ADMIN_CHAT_ACCESS": "false",
    # No export of every clinician's chats from the admin panel (the doctor reads features.enable_admin_export).
    "ENABLE_ADMIN_EXPORT": "false",
    # Tool and function settings (the parts-map key) encrypted in the database with WEBUI_SECRET_KEY,
    # which is kept outside it: a copy of the database alone does not hold the key.
    "ENABLE_VALVE_ENCRYPTION": "true",
    # Pictures only from Open WebUI itself: a part name like ![x](https://host/?leak) cannot call out.
    "CONTENT_SECURITY_POLICY": "img-src 'self' data: blob:",
    "ANONYMIZED_TELEMETRY": "false",
    "SCARF_NO_ANALYTICS": "true",
    "DO_NOT_TRACK": "true",
}


def _env_value(value: object) -> str:
    """A stored value as Open WebUI reads it from the environment: a switch is "true" or "false"."""
    return str(value).lower() if isinstance(value, bool) else str(value)


# The environment every private Open WebUI starts with, whatever the setup.
PRIVATE_ENV = {**ENV_ONLY, **{env: _env_value(HARDENED[key]) for env, key in SEEDED_BY_ENV.items()}}

# What a preset's model may do in a chat (its capabilities in Open WebUI): nothing that sends the session text to a
# search engine or image service, no code run, and no built-in tools, with which the model could search and read the
# clinician's other chats (other clients) or fetch web pages. The installer sets them on every preset.
PRESET_LOCKED_CAPABILITIES = {"web_search": False, "image_generation": False, "code_interpreter": False, "builtin_tools": False}



def _stored_key(config: dict, key: str) -> tuple[str, list[str]]:
    """Which stored setting a dotted key lives in, and the path inside it:
    'user.permissions.chat.share' is ('user.permissions', ['chat', 'share'])."""
    if key in config:
        return key, []
    parts = key.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        if ".".join(parts[:cut]) in config:
            return ".".join(parts[:cut]), parts[cut:]
    return key, []


def _value(config: dict, key: str) -> object:
    stored, path = _stored_key(config, key)
    value = config.get(stored)
    for step in path:
        value = value.get(step) if isinstance(value, dict) else None
    return value


def drift(current: dict, model_titles: bool = False) -> dict:
    """The hardened settings whose stored value differs from what a practice needs."""
    wanted = {k: v for k, v in HARDENED.items() if not (model_titles and k in MODEL_WRITTEN)}
    return {key: value for key, value in wanted.items() if not _holds(_value(current, key), value)}


def _holds(stored: object, wanted: object) -> bool:
    if isinstance(wanted, dict):
        return isinstance(stored, dict) and all(stored.get(k) == v for k, v in wanted.items())
    return stored == wanted


def harden(api: OpenWebUI, model_titles: bool = False) -> list[str]:
    """Apply the hardened settings; returns the keys that had to change (empty on a re-run)."""
    current = api.get("/api/v1/configs/export") or {}
    changes = drift(current, model_titles)
    update: dict = {}
    for key, value in changes.items():
        stored, path = _stored_key(current, key)
        if not path:
            merged = {**(current.get(stored) or {}), **value} if isinstance(value, dict) else value
            update[stored] = merged
            continue
        # A nested setting is stored whole: change the one value inside the current one.
        target = update.setdefault(stored, copy.deepcopy(current[stored]))
        for step in path[:-1]:
            target = target.setdefault(step, {})
        target[path[-1]] = value
    if update:
        api.post("/api/v1/configs/import", {"config": update})
    return sorted(changes)


def clear_unused_connections(api: OpenWebUI) -> bool:
    """Open WebUI keeps api.openai.com as its OpenAI address even when that API is off: remove addresses off this
    machine from the switched-off API, keeping local ones with their keys and settings."""
    config = api.get("/api/v1/configs/export") or {}
    urls = config.get("openai.api_base_urls") or []
    keep = [i for i, url in enumerate(urls) if where(url) != NETWORK]
    if config.get("openai.enable") or len(keep) == len(urls):
        return False
    keys, settings = config.get("openai.api_keys") or [], config.get("openai.api_configs") or {}
    api.post("/openai/config/update", {
        "ENABLE_OPENAI_API": False,
        "OPENAI_API_BASE_URLS": [urls[i] for i in keep],
        "OPENAI_API_KEYS": [keys[i] if i < len(keys) else "" for i in keep],
        "OPENAI_API_CONFIGS": {str(new): settings[str(old)] for new, old in enumerate(keep) if str(old) in settings},
    })
    return True
