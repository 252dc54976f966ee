"""Version, pull (with an interruption), and model builds, against Ollama's protocol — and a real Ollama where one answers."""

from __future__ import annotations

import os

import httpx
import ollama
import pytest

from therapy_pack.ollama_setup import OllamaError, build_models, has_model, pull, version
from therapy_pack.presets import load_catalogue
from support.fake_ollama import FakeOllama


@pytest.fixture
def fake():
    server = FakeOllama(models=("qwen3.5:9b",))
    yield server
    server.close()


def test_version_is_checked(fake):
    assert version(fake.url) == "0.12.3"
    fake.version = "0.3.14"
    with pytest.raises(OllamaError, match="too old: the pack needs 0.5.0 or newer"):
        version(fake.url)


def test_no_ollama_explains_how_to_install(fake):
    fake.close()
    with pytest.raises(OllamaError, match="No Ollama answers .* https://ollama.com/download"):
        version(fake.url)


def test_pull_reports_progress_and_resumes_after_an_interruption():
    server = FakeOllama(interrupt_first_pull=True)
    try:
        client = ollama.Client(host=server.url)
        seen, said = [], []
        pull(client, "qwen3.5:27b", lambda status, done, total: seen.append((status, done, total)), say=said.append)
        assert said and "resuming" in said[0]
        assert [p for p in server.received if p[0] == "/api/pull"][-1][1]["model"] == "qwen3.5:27b"
        assert ("pulling abc123", 1000, 1000) in seen and seen[-1][0] == "success"
        assert len([p for p in server.received if p[0] == "/api/pull"]) == 2 and has_model(client, "qwen3.5:27b")
    finally:
        server.close()


def test_a_wrong_model_name_is_a_clear_error(fake):
    with pytest.raises(OllamaError, match="could not download no-such-model"):
        pull(ollama.Client(host=fake.url), "no-such-model", lambda *a: None)


def test_one_model_per_modality_is_built_from_the_presets(fake):
    catalogue = load_catalogue()
    client = ollama.Client(host=fake.url)
    built = build_models(client, catalogue, "qwen3.5:9b")
    assert sorted(built) == sorted(f"therapy-{m}" for m in catalogue.modalities)
    creates = {body["model"]: body for path, body in fake.received if path == "/api/create"}
    ifs = creates["therapy-ifs"]
    assert ifs["from"] == "qwen3.5:9b" and ifs["system"] == catalogue.modality_system_prompt(catalogue.modalities["ifs"])
    assert ifs["parameters"]["num_ctx"] == 8192 and ifs["parameters"]["num_predict"] == 2048


def real_ollama() -> str | None:
    host = os.environ.get("OLLAMA_HOST")
    if not host:
        return None
    url = host if host.startswith("http") else f"http://{host}"
    try:
        httpx.get(f"{url}/api/version", timeout=2, trust_env=False).raise_for_status()
    except httpx.HTTPError:
        return None
    return url


@pytest.mark.skipif(real_ollama() is None, reason="no Ollama answers at OLLAMA_HOST")
def test_against_a_real_ollama():
    url = real_ollama()
    assert version(url)
    has_model(ollama.Client(host=url), "qwen3.5:9b")


def test_provisioning_pulls_the_missing_model_and_builds_the_modality_models(monkeypatch):
    from therapy_pack import provisioning

    server = FakeOllama(interrupt_first_pull=True)
    try:
        monkeypatch.setenv("OLLAMA_HOST", server.url)
        assert provisioning.choose_engine("qwen3.5:9b") == ("qwen3.5:9b", server.url)
        paths = [path for path, _ in server.received]
        assert paths.count("/api/pull") == 2 and paths.count("/api/create") == len(load_catalogue().modalities)
    finally:
        server.close()
