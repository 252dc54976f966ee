"""Whether Open WebUI already runs on this computer's port: then a second provision.py adds clinicians to it through
its API instead of starting another Open WebUI, which could not have the port."""

from __future__ import annotations

import socket

import httpx

from therapy_pack.local_stack import LOOPBACK


def what_listens(port: int, host: str = LOOPBACK) -> str | None:
    """"open-webui" when Open WebUI answers on the port, "other" when another program holds it, None when it is free."""
    try:
        with socket.create_connection((host, port), timeout=2):
            pass
    except OSError:
        return None
    try:
        config = httpx.get(f"http://{host}:{port}/api/config", timeout=10, trust_env=False).json()
    except (httpx.HTTPError, ValueError):
        return "other"
    return "open-webui" if isinstance(config, dict) and config.get("status") is True and "version" in config else "other"
