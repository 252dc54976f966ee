"""The settings that keep a practice's Open WebUI private, applied and read back through its API.

Open WebUI keeps its settings in its database once it exists and ignores the
environment from then on, so provisioning sets them through the API every run:
a re-run puts back anything that drifted and changes nothing else.
"""

from __future__ import annotations

from urllib.parse import urlparse

from openwebui_api import OpenWebUI

# Dotted keys of Open WebUI 0.12's stored configuration, and the value a practice needs.
HARDENED: dict[str, object] = {
    "ui.enable_signup": False,  # only the admin adds clinicians
    "ui.default_user_role": "pending",  # a new account can do nothing until approved
    "ui.enable_community_sharing": False,  # no sharing chats to openwebui.com
    "ui.enable_user_webhooks": False,  # no notifications sent out
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
}
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def drift(current: dict) -> dict:
    """The hardened settings whose stored value differs from what a practice needs."""
    return {key: value for key, value in HARDENED.items() if current.get(key) != value}


def remote_urls(config: dict) -> list[str]:
    """Model, embedding or webhook addresses that are not on this machine (client text would leave it)."""
    found = []
    urls = {
        "openai.api_base_urls": config.get("openai.api_base_urls") if config.get("openai.enable") else [],
        "ollama.base_urls": config.get("ollama.base_urls") if config.get("ollama.enable") else [],
        "rag.openai.api_base_url": [config.get("rag.openai.api_base_url")] if config.get("rag.embedding_engine") == "openai" else [],
        "rag.ollama.base_url": [config.get("rag.ollama.base_url")] if config.get("rag.embedding_engine") == "ollama" else [],
        "webhook_url": [config.get("webhook_url")],
    }
    for key, values in urls.items():
        for url in values or []:
            if url and urlparse(url).hostname not in LOOPBACK_HOSTS:
                found.append(f"{key}: {url}")
    return found


def harden(api: OpenWebUI) -> list[str]:
    """Apply the hardened settings; returns the keys that had to change (empty on a re-run)."""
    changes = drift(api.get("/api/v1/configs/export") or {})
    if changes:
        api.post("/api/v1/configs/import", {"config": changes})
    return sorted(changes)
