"""A second provision.py while the pack runs: it tells Open WebUI from another program on the port, and says at once
what to do instead of starting a second Open WebUI."""

from __future__ import annotations

import socket

import pytest

from support.json_server import JsonHandler, serving
from therapy_pack import provisioning
from therapy_pack.local_stack import LOOPBACK, free_port
from therapy_pack.plain_words import has_class_name
from therapy_pack.running_pack import what_listens


class _OpenWebUIConfig(JsonHandler):
    def do_GET(self):
        self.send_json(200 if self.path == "/api/config" else 404, {"status": True, "name": "Open WebUI", "version": "0.12.4"})


@pytest.fixture
def open_webui_port():
    with serving(_OpenWebUIConfig) as server:
        yield server.server_address[1]


@pytest.fixture
def other_program_port():
    with socket.socket() as listener:
        listener.bind((LOOPBACK, 0))
        listener.listen()
        yield listener.getsockname()[1]


def test_what_listens_on_a_port(open_webui_port, other_program_port):
    assert what_listens(open_webui_port) == "open-webui"
    assert what_listens(other_program_port) == "other"
    assert what_listens(free_port()) is None


def test_a_second_setup_while_the_pack_runs_says_to_stop_it_first_or_how_to_add_a_clinician(open_webui_port, tmp_path, monkeypatch):
    monkeypatch.setattr(provisioning, "choose_engine", lambda wanted: pytest.fail("a second setup started an engine"))
    with provisioning.console.capture() as shown:
        assert provisioning.main(["--port", str(open_webui_port), "--data-dir", str(tmp_path)]) == 1
    said = " ".join(shown.get().split())
    assert f"The pack is already running at http://127.0.0.1:{open_webui_port}" in said
    assert "press Ctrl+C in that window" in said and "provision.py --add-clinician EMAIL" in said
    assert not (tmp_path / "open-webui").exists()


def test_another_program_on_the_port_is_named_before_anything_starts(other_program_port, tmp_path, monkeypatch):
    monkeypatch.setattr(provisioning, "choose_engine", lambda wanted: pytest.fail("setup started an engine"))
    with provisioning.console.capture() as shown:
        assert provisioning.main(["--port", str(other_program_port), "--data-dir", str(tmp_path)]) == 1
    said = " ".join(shown.get().split())
    assert f"Another program already uses port {other_program_port}" in said and f"--port {other_program_port + 10}" in said
    assert not has_class_name(said)
