"""Is the model engine there?

A model engine that has stopped (a crash, a restart under provisioning's supervision) would
otherwise show the clinician Open WebUI's own error ("Model not found", a connection error).
Whether anything listens at the engine's address is one local connection: well under a millisecond.
"""

from __future__ import annotations

from typing import Optional


def engine_urls(owned_by: str, ollama: tuple, openai: tuple) -> list[str]:
    """The addresses Open WebUI may send this model to: (enabled, urls) of its kind of connection."""
    enabled, urls = ollama if owned_by == "ollama" else openai if owned_by == "openai" else (False, [])
    return [u for u in urls or [] if isinstance(u, str) and u] if enabled else []


async def listens(url: str, timeout: float = 0.5) -> bool:
    """Whether something accepts a connection at ``url``'s host and port within ``timeout`` (without holding up
    Open WebUI's other requests while it waits)."""
    import asyncio
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        _, writer = await asyncio.wait_for(asyncio.open_connection(parts.hostname or "", port), timeout)
    except (OSError, ValueError, asyncio.TimeoutError):
        return False
    writer.close()
    return True


async def engine_stopped(model: Optional[dict]) -> bool:
    """Whether none of the engines this model runs on accepts a connection now. Anything unexpected (Open WebUI's
    settings unreadable for a moment) counts as running: the request then goes on as it would without the pack."""
    import sys

    # Open WebUI's own connection settings, from the modules the running server has loaded
    # (importing them anew would start a second Open WebUI's configuration).
    ollama, openai = sys.modules.get("open_webui.routers.ollama"), sys.modules.get("open_webui.routers.openai")
    if ollama is None or openai is None:
        return False
    try:
        ollama_enabled, ollama_urls, _ = await ollama.get_ollama_runtime_config()
        openai_enabled, openai_urls, _, _ = await openai.get_openai_runtime_config()
    except Exception:
        return False
    urls = engine_urls((model or {}).get("owned_by") or "", (ollama_enabled, ollama_urls), (openai_enabled, openai_urls))
    return bool(urls) and not any([await listens(u) for u in urls])
