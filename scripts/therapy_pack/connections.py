"""Where a connection of Open WebUI's goes: this computer, the pack's own compose network, or another machine
(where client text would leave the practice). Provisioning warns and the doctor reports from the same rule."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path
from urllib.parse import urlparse

import yaml

from therapy_pack.paths import COMPOSE_FILES


def compose_services(files: list[Path] = COMPOSE_FILES) -> set[str]:
    """The pack's compose services: on the compose network "ollama" is a container on this machine."""
    names: set[str] = set()
    for path in files:
        names |= set((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("services") or {})
    return names


LOCAL, COMPOSE, NETWORK = "this computer", "compose", "network"


def is_loopback(host: str) -> bool:
    """An address that never leaves this computer: localhost, 127.0.0.0/8 or ::1."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:127.0.0.1
    return address.is_loopback or bool(mapped and mapped.is_loopback)


def addresses(host: str) -> list[str]:
    """The addresses this computer finds for a name (none when it finds none)."""
    try:
        return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})
    except (OSError, UnicodeError):
        return []


def reach(host: str, resolved: list[str], services: set[str]) -> str:
    """Where a connection to ``host`` goes, given the addresses this computer finds for it.

    A name is this computer's only when every address it has here is loopback. A compose service's name
    ("ollama") is the pack's own container only inside its compose network, and only if this computer
    finds no machine by that name: one it finds is where an Open WebUI started without compose would send."""
    if is_loopback(host) or (resolved and all(is_loopback(a) for a in resolved)):
        return LOCAL
    if not resolved and host in services:
        return COMPOSE
    return NETWORK


def where(url: str) -> str:
    host = urlparse(url).hostname or ""
    return reach(host, addresses(host), compose_services())


def connection_urls(config: dict) -> list[tuple[str, str]]:
    """(what it is, address) for each place Open WebUI sends client text to: models, embeddings, the webhook."""
    model, embedding = "a model connection", "the document-search (embedding) connection"
    listed = [(model, config.get("openai.api_base_urls") if config.get("openai.enable") else []),
              (model, config.get("ollama.base_urls") if config.get("ollama.enable") else []),
              (embedding, [config.get("rag.openai.api_base_url")] if config.get("rag.embedding_engine") == "openai" else []),
              (embedding, [config.get("rag.ollama.base_url")] if config.get("rag.embedding_engine") == "ollama" else []),
              ("the notification webhook", [config.get("webhook_url")])]
    return [(what, url) for what, urls in listed for url in urls or [] if url]


def off_this_computer(config: dict) -> list[str]:
    """Each connection that sends client text to another machine, in words."""
    return [f"{what} at {url}" for what, url in connection_urls(config) if where(url) == NETWORK]
