"""The egress watch the end-to-end tests run every process under, and the network the suite runs in."""

import errno
import importlib.util
import os
import socket
from pathlib import Path

import pytest

WATCH = Path(__file__).resolve().parent.parent / "support" / "egress_watch" / "sitecustomize.py"


def test_the_watch_records_an_outside_address_without_connecting(tmp_path, monkeypatch):
    """The recorder is checked with a stand-in for the real connect, so no packet is ever sent."""
    log = tmp_path / "egress.log"
    monkeypatch.setenv("THERAPY_PACK_EGRESS_LOG", str(log))
    spec = importlib.util.spec_from_file_location("egress_watch_copy", WATCH)
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
    for family, address in ((socket.AF_INET, ("192.0.2.1", 80)), (socket.AF_INET6, ("2001:db8::1", 80))):
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(2)
            assert probe.connect_ex(address) in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL)
