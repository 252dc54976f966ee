"""The session's servers, watched for the tests: one that did not start or has stopped fails the tests
that need it once and clearly (its exit signal and log tail), never as a cascade of "Model not found".

tests/e2e/conftest.py imports the hook and the fixture; the servers' own fixtures raise ServerDown
when one does not start."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from therapy_pack.engine_check import signal_name
from therapy_pack.local_stack import Service

# The fixtures whose value is (or holds, as .service) a server the session started.
SERVER_FIXTURES = ("model_server", "open_webui")


class ServerDown(Exception):
    """A server the tests need did not start or has stopped; ``server`` names it, the message says how."""

    def __init__(self, server: str, message: str):
        super().__init__(message)
        self.server = server


def stopped(service: Service) -> ServerDown:
    """How a server ended, with the end of its log."""
    return ServerDown(service.name, f"{service.name} stopped during the tests ({signal_name(service.process.returncode)}). "
                                    f"Last lines of its log ({service.log_path}):\n{service.log_tail(40)}")


class Told:
    """A failure's text: in full in its section, by its first line in the short summary (which pytest
    prints whole under CI), so a log tail is shown once."""

    def __init__(self, text: str):
        self.text = text
        self.reprcrash = SimpleNamespace(message=text.splitlines()[0])

    def toterminal(self, terminal) -> None:
        terminal.line(self.text)

    def __str__(self) -> str:
        return self.text


# In each test session: the first test that reported each server down, by the server's name.
FIRST_REPORT = pytest.StashKey[dict]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A server down is told in full once, by the first test that needed it; every later test that needs it
    fails with one line pointing there. No traceback: the server's log tail says what happened."""
    report = (yield).get_result()
    if call.excinfo is not None and call.excinfo.errisinstance(ServerDown):
        down = call.excinfo.value
        first = item.session.stash.setdefault(FIRST_REPORT, {}).setdefault(down.server, item.nodeid)
        report.longrepr = Told(str(down) if first == item.nodeid else f"{down.server} is down; see the failure of {first}.")


@pytest.fixture(autouse=True)
def servers_alive(request):
    """Before and after each test that uses the session's servers: they still run."""
    services = [getattr(value, "service", value) for value in
                (request.getfixturevalue(name) for name in SERVER_FIXTURES if name in request.fixturenames)]
    for service in services:
        if not service.running():
            raise stopped(service)
    yield
    for service in services:
        if not service.running():
            raise stopped(service)
