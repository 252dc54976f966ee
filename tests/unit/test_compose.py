"""The compose files for a practice, checked as data (tests/e2e/test_compose_stack.py starts them where a Docker engine runs)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

from therapy_pack.hardening import PRIVATE_ENV
from therapy_pack.paths import COMPOSE_FILES, COMPOSE_STACKS, ROOT
from therapy_pack.group_practice import instance_env
from therapy_pack.privacy_checks import ASK_FOR_A_PASSWORD, host_address, interpolated


def load(name: str) -> dict:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


COMPOSE, GPU, GROUP = load("compose.yaml"), load("compose.gpu.yaml"), load("compose.group.yaml")


def open_webui_environment(files: list[str]) -> dict:
    """Open WebUI's environment as docker compose merges it from these files."""
    env: dict = {}
    for name in files:
        env.update((load(name)["services"].get("open-webui") or {}).get("environment") or {})
    return env


def test_both_services_keep_data_in_named_volumes():
    services = COMPOSE["services"]
    assert set(services) == {"ollama", "open-webui"}
    for name, service in services.items():
        data = [volume for volume in service["volumes"] if not volume.startswith("./")]
        assert data and all(volume.split(":")[0] in COMPOSE["volumes"] for volume in data), name
        assert service["healthcheck"]["test"] and service["restart"] == "unless-stopped"
    assert services["open-webui"]["depends_on"]["ollama"]["condition"] == "service_healthy"


def test_open_webui_starts_behind_the_route_check_with_the_packs_module_read_only():
    """As provision.py starts it (model_routes.py): the routes around the pack's checks closed to clinicians."""
    service = COMPOSE["services"]["open-webui"]
    script = service["command"][1]
    mounts = {volume.split(":")[1]: volume for volume in service["volumes"] if volume.startswith("./")}
    assert script.endswith("/therapy_pack/model_routes.py") and script in mounts and mounts[script].endswith(":ro")
    for mount, volume in mounts.items():
        assert (ROOT / volume.split(":")[0]).is_file() and volume.endswith(":ro"), volume
    assert str(Path(script).with_name("__init__.py")) in mounts


def test_every_stack_starts_open_webui_with_the_private_environment_of_every_other_setup():
    assert {name for files in COMPOSE_STACKS for name in files} == {path.name for path in COMPOSE_FILES}  # a new file is checked too
    for files in COMPOSE_STACKS:
        env = open_webui_environment(files)
        assert {key: env.get(key) for key in PRIVATE_ENV} == PRIVATE_ENV, files
    env = COMPOSE["services"]["open-webui"]["environment"]
    assert env["ENABLE_OPENAI_API"] == "false" and env["OPENAI_API_BASE_URLS"] == ""
    assert env["OLLAMA_BASE_URL"] == env["RAG_OLLAMA_BASE_URL"] == "http://ollama:11434"
    assert "${WEBUI_SECRET_KEY:?" in env["WEBUI_SECRET_KEY"]


def test_the_gpu_variant_reserves_nvidia_gpus_for_ollama():
    devices = GPU["services"]["ollama"]["deploy"]["resources"]["reservations"]["devices"]
    assert devices == [{"driver": "nvidia", "count": "all", "capabilities": ["gpu"]}]


def test_the_group_practice_variant_keeps_open_webui_in_postgres_on_loopback_unless_the_admin_chooses_the_private_network():
    postgres = GROUP["services"]["postgres"]
    assert [host_address(p, {}) for p in postgres["ports"]] == ["127.0.0.1"] and postgres["healthcheck"]["test"]
    assert [host_address(p, {"POSTGRES_ADDRESS": "10.1.2.3"}) for p in postgres["ports"]] == ["10.1.2.3"]
    assert postgres["volumes"][0].split(":")[0] in GROUP["volumes"]
    webui = GROUP["services"]["open-webui"]
    assert webui["environment"]["DATABASE_URL"].startswith("postgresql+psycopg://")  # the driver Open WebUI ships
    assert {name: c["condition"] for name, c in webui["depends_on"].items()} == {"postgres": "service_healthy",
                                                                               "redis": "service_healthy"}
    assert [host_address(p, {}) for p in webui["ports"]] == ["127.0.0.1"]
    assert [host_address(p, {"OPEN_WEBUI_ADDRESS": "192.168.1.10"}) for p in webui["ports"]] == ["192.168.1.10"]


def test_the_group_practice_runs_several_workers_that_share_what_provisioning_shares_between_instances():
    env = GROUP["services"]["open-webui"]["environment"]
    assert interpolated(str(env["UVICORN_WORKERS"]), {}) == "2"
    shared = instance_env("postgresql://practice@postgres/practice", "redis://:SECRET@redis:6379/0")
    for key, value in shared.items():
        if key not in ("DATABASE_URL", "ENABLE_DB_MIGRATIONS"):  # each worker of one container migrates under a lock
            assert interpolated(str(env[key]), {"REDIS_PASSWORD": "SECRET"}) == value, key
    redis = GROUP["services"]["redis"]
    assert "--requirepass" in redis["command"] and "ports" not in redis and redis["healthcheck"]["test"]


def test_the_group_practice_reaches_the_engine_on_a_gpu_server_by_url():
    env = GROUP["services"]["open-webui"]["environment"]
    local = {key: interpolated(str(value), {}) for key, value in env.items()}
    assert local["OLLAMA_BASE_URL"] == local["RAG_OLLAMA_BASE_URL"] == "http://ollama:11434"
    assert local["ENABLE_OPENAI_API"] == local["OPENAI_API_BASE_URLS"] == ""  # Open WebUI reads "" as off
    gpu = {key: interpolated(str(value), {"OLLAMA_URL": "http://192.168.1.20:11434", "OPENAI_ENGINE_URL": "http://192.168.1.20:8000/v1"})
           for key, value in env.items()}
    assert gpu["OLLAMA_BASE_URL"] == gpu["RAG_OLLAMA_BASE_URL"] == "http://192.168.1.20:11434"
    assert (gpu["ENABLE_OPENAI_API"], gpu["OPENAI_API_BASE_URLS"]) == ("true", "http://192.168.1.20:8000/v1")


def test_only_services_that_ask_for_a_password_publish_a_port_and_only_on_loopback():
    # Ollama asks no one for a password: published, any account here could use the raw model or replace it (/api/create, /api/pull).
    # Redis (a group practice's) is reached only by Open WebUI, inside compose.
    assert ASK_FOR_A_PASSWORD == {"open-webui", "postgres"}
    for path in COMPOSE_FILES:
        for name, service in (load(path.name).get("services") or {}).items():
            ports = service.get("ports") or []
            assert name in ASK_FOR_A_PASSWORD or not ports, f"{path.name}: {name} publishes {ports}"
            # By default; the admin may choose the practice's private network (tests/unit/test_doctor.py).
            assert all(host_address(port, {}) == "127.0.0.1" for port in ports), f"{path.name}: {name} publishes {ports}"


def documented_env_commands(name: str) -> list[str]:
    """The commands at the top of a compose file that write its .env."""
    return [line.lstrip("# ").strip() for line in (ROOT / name).read_text(encoding="utf-8").splitlines()
            if line.startswith("#") and re.search(r">>?\s*\.env\b", line)]


def test_the_documented_env_commands_leave_a_file_only_this_account_can_read(tmp_path):
    commands = documented_env_commands("compose.yaml") + documented_env_commands("compose.group.yaml")
    assert len(commands) == 2
    # A usual umask (022) would make a new file readable by every account.
    subprocess.run(["bash", "-c", "umask 022; " + "; ".join(commands)], cwd=tmp_path, check=True)
    env = tmp_path / ".env"
    assert env.stat().st_mode & 0o777 == 0o600
    assert {line.split("=")[0] for line in env.read_text().splitlines()} == {"WEBUI_SECRET_KEY", "POSTGRES_PASSWORD", "REDIS_PASSWORD"}
