"""The tests' harness names what broke: a server that died fails the tests that need it once, with its signal
and log tail, and a killed test run leaves no server behind."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import psutil
import pytest

from therapy_pack.paths import ROOT

pytest_plugins = ["pytester"]

SESSION = textwrap.dedent('''
    import signal, sys
    import pytest
    from support.server_watch import ServerDown, pytest_runtest_makereport, servers_alive  # noqa: F401
    from therapy_pack.local_stack import start_process

    class ModelServer:
        def __init__(self, service):
            self.service = service

    @pytest.fixture(scope="session")
    def model_server(tmp_path_factory):
        log = tmp_path_factory.mktemp("engine") / "engine.log"
        log.write_text("loading model\\nggml_compute_forward_mul_mat: fault in ldtilecfg\\n")
        service = start_process("The model engine", [sys.executable, "-c", "import time; time.sleep(600)"], log, "u")
        yield ModelServer(service)
        service.stop()

    @pytest.fixture(scope="session")
    def open_webui(model_server):
        raise ServerDown("Open WebUI", "Open WebUI did not come up within 300 s. Last lines of its log:\\naddress in use")
''')
TESTS = textwrap.dedent('''
    import signal

    def test_one(model_server):
        model_server.service.process.send_signal(signal.SIGSEGV)
        model_server.service.process.wait(10)

    def test_two(model_server):
        pass

    def test_three(model_server):
        pass

    def test_four(open_webui):
        pass

    def test_five(open_webui):
        pass

    def test_without_servers():
        pass
''')


@pytest.mark.parametrize("ci", ["", "true"], ids=["terminal", "ci"])  # pytest's summary is untrimmed under CI
def test_a_dead_or_unstarted_server_is_reported_once_in_full_then_in_one_line(pytester, monkeypatch, ci):
    monkeypatch.setenv("CI", ci)
    pytester.makeconftest(SESSION)
    pytester.makepyfile(test_session=TESTS)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-o", "addopts=")
    result.assert_outcomes(passed=2, errors=5)  # test_one passed, then its teardown found the engine dead
    text = result.stdout.str()
    assert text.count("fault in ldtilecfg") == 1 and "stopped during the tests (signal SIGSEGV (segmentation fault))" in text
    assert "The model engine is down; see the failure of test_session.py::test_one." in text
    assert text.count("address in use") == 1 and "Open WebUI is down; see the failure of test_session.py::test_four." in text
    assert "Model not found" not in text and "Traceback" not in text


def test_a_killed_test_run_leaves_no_server_behind(tmp_path):
    """The run is SIGKILLed, with no teardown: its servers end with it."""
    pid_file = tmp_path / "server.pid"
    runner = textwrap.dedent(f'''
        import sys, time, pathlib
        from therapy_pack.local_stack import start_process
        service = start_process("Open WebUI", [sys.executable, "-c", "import time; time.sleep(600)"],
                                pathlib.Path({str(tmp_path / "server.log")!r}), "u")
        pathlib.Path({str(pid_file)!r}).write_text(str(service.process.pid))
        time.sleep(600)
    ''')
    env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts")}
    run = subprocess.Popen([sys.executable, "-c", runner], env=env)
    deadline = time.monotonic() + 30
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    server = psutil.Process(int(pid_file.read_text()))
    assert server.is_running()
    run.send_signal(signal.SIGKILL)
    run.wait(10)
    gone, _ = psutil.wait_procs([server], timeout=10)
    assert gone, "the server outlived the killed run"
