"""The compose files started for real, where a Docker engine runs (here there is none, so these skip)."""

from __future__ import annotations

import shutil
import subprocess

import httpx
import pytest

from therapy_pack.paths import COMPOSE_STACKS, ROOT


def engine_running() -> bool:
    if not shutil.which("docker"):
        return False
    return subprocess.run(["docker", "info"], capture_output=True, timeout=20).returncode == 0


# Asked once, when the file is collected.
pytestmark = [pytest.mark.e2e, pytest.mark.docker, pytest.mark.skipif(not engine_running(), reason="no Docker engine runs here")]


def test_docker_accepts_the_files(tmp_path):
    env = {"WEBUI_SECRET_KEY": "test-secret", "PATH": "/usr/bin:/bin:/usr/local/bin"}
    env["POSTGRES_PASSWORD"] = "test-password"
    for files in COMPOSE_STACKS:
        args = [a for f in files for a in ("-f", str(ROOT / f))]
        result = subprocess.run(["docker", "compose", *args, "config", "--quiet"], capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr


@pytest.fixture(scope="session")
def docker_compose_file():
    """pytest-docker starts this file once for the session; compose.yaml refuses to start without a secret key."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("WEBUI_SECRET_KEY", "test-secret")
        yield str(ROOT / "compose.yaml")


def test_the_stack_starts_and_answers_on_loopback_with_the_engine_unpublished(docker_services):
    """Open WebUI answers on loopback; Ollama, which has no sign-in, is reached only on the compose network."""
    docker_services.wait_until_responsive(
        check=lambda: httpx.get("http://127.0.0.1:3000/health", timeout=5).status_code == 200, timeout=600, pause=5)
    with pytest.raises(httpx.TransportError):
        httpx.get("http://127.0.0.1:11434/api/version", timeout=5)
