"""The practice's privacy settings, as plain data and checks."""

from hardening import HARDENED, drift, remote_urls


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
    assert remote_urls(config) == ["openai.api_base_urls: https://api.openai.com/v1", "rag.openai.api_base_url: https://api.openai.com/v1"]
    assert remote_urls({**config, "openai.enable": False, "rag.embedding_engine": "ollama", "rag.ollama.base_url": "http://127.0.0.1:11434"}) == []
