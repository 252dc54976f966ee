"""Runs after the other end-to-end tests (file order): over every note, refusal, parts-map update and
provisioning run above, no process connected to anything but this machine."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def test_nothing_left_the_machine(stack_dir, open_webui, model_server):
    log = Path(stack_dir / "egress.log")
    assert log.parent.exists()
    attempts = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    assert attempts == [], f"connections off this machine: {attempts[:20]}"


def test_the_watch_records_an_outside_address_without_connecting(tmp_path, monkeypatch):
    """The recorder is checked with a stand-in for the real connect, so no packet is ever sent."""
    import importlib.util
    import socket

    log = tmp_path / "egress.log"
    monkeypatch.setenv("THERAPY_PACK_EGRESS_LOG", str(log))
    spec = importlib.util.spec_from_file_location("egress_watch_copy", Path(__file__).parent / "support" / "egress_watch" / "sitecustomize.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setattr(socket.socket, "connect", socket.socket.connect)  # restored after the test
    monkeypatch.setattr(socket.socket, "connect_ex", socket.socket.connect_ex)
    spec.loader.exec_module(module)
    watched = module._watch(lambda self, address: None)
    with socket.socket() as sock:
        watched(sock, ("192.0.2.1", 9))
        watched(sock, ("127.0.0.1", 9))
    assert log.read_text(encoding="utf-8").split()[1:] == ["192.0.2.1:9"]
