"""Runs after the other end-to-end tests (file order): over every note, refusal, parts-map update and
provisioning run above, no process connected to anything but this machine."""

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def test_nothing_left_the_machine(stack_dir, open_webui, model_server):
    log = Path(stack_dir / "egress.log")
    assert log.parent.exists()
    attempts = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    assert attempts == [], f"connections off this machine: {attempts[:20]}"


def test_no_client_text_in_any_log_or_file_the_pack_wrote(stack_dir, admin_api, installed, model_server):
    """A session with a marker string; the marker must not appear in plain form in any log or file."""
    from conftest import stream_chat

    marker = "PRIVACY-MARKER-5521"
    stream_chat(admin_api, {"model": "session-note-ifs", "max_tokens": 60, "messages": [
        {"role": "user", "content": f"Client {marker} talked about the Critic."}]})
    recorder = model_server.record  # the tests' own copy of what the model received, not the pack's
    found = []
    for path in stack_dir.rglob("*"):
        if path.is_file() and path != recorder and marker.encode() in path.read_bytes():
            found.append(str(path.relative_to(stack_dir)))
    # Open WebUI's own database stores the chat; everything else (logs, the parts map, caches) must not.
    assert [f for f in found if not f.endswith("webui.db") and not f.endswith(("-wal", "-shm"))] == []


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


@pytest.mark.skipif(not os.environ.get("THERAPY_PACK_LOOPBACK_ONLY"), reason="scripts/run_tests.sh isolates the network only where it runs as root")
def test_the_suite_ran_where_only_loopback_exists():
    """Under scripts/run_tests.sh as root: any connection off this machine, by any process, fails at once."""
    import errno
    import socket

    for family, address in ((socket.AF_INET, ("192.0.2.1", 80)), (socket.AF_INET6, ("2001:db8::1", 80))):
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(2)
            assert probe.connect_ex(address) in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL)
