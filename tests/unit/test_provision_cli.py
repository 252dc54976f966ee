"""provision.py answers --help and a mistyped option at once, before it installs anything."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from therapy_pack.paths import ROOT



def bare_python(env: dict) -> str:
    """An interpreter without the pack's packages: the one a therapist starts provision.py with."""
    check = "import importlib.util, sys; sys.exit(importlib.util.find_spec('open_webui') is not None)"
    for candidate in (getattr(sys, "_base_executable", None), shutil.which("python3"), "/usr/bin/python3"):
        if candidate and Path(candidate).exists() and subprocess.run([candidate, "-c", check], env=env).returncode == 0:
            return candidate
    pytest.skip("every Python on this machine has Open WebUI installed, so none shows what a first run does")


def provision(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    venvs, data = tmp_path / "venvs", tmp_path / "data"
    venvs.mkdir()
    # Where a first run would install and keep its data; without PYTHONPATH the test's own packages are out of reach.
    env = {**{k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")},
           "THERAPY_PACK_VENVS": str(venvs), "THERAPY_PACK_DATA": str(data)}
    python = bare_python(env)
    # Its own process group, so that an install it wrongly starts (pip, venv) is stopped with it.
    with subprocess.Popen([python, "scripts/provision.py", *args], cwd=ROOT, env=env, text=True, start_new_session=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        try:
            stdout, stderr = process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            pytest.fail(f"provision.py {' '.join(args)} did not answer within 15 seconds: it started installing first")
    assert list(venvs.iterdir()) == [], "nothing may be installed to answer this"
    assert not data.exists(), "no data folder may be made to answer this"
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def test_help_is_printed_at_once_and_installs_nothing(tmp_path):
    result = provision(tmp_path, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: provision.py")
    for option in ("--dry-run", "--model", "--open-webui-url", "--database-url", "--default-preset", "--add-clinician"):
        assert option in result.stdout
    assert "Set up and start the pack on this machine" in result.stdout  # the description a person reads


@pytest.mark.parametrize("args, says", [
    (["--no-such-option"], "unrecognized arguments: --no-such-option"),
    (["--port", "abc"], "argument --port: invalid int value: 'abc'"),
    (["--model"], "argument --model: expected one argument"),
])
def test_a_wrong_option_is_told_at_once_and_installs_nothing(tmp_path, args, says):
    result = provision(tmp_path, *args)
    assert result.returncode == 2
    assert says in result.stderr and result.stderr.startswith("usage: provision.py")
    assert result.stdout == ""


def test_provisioning_and_its_options_share_one_parser():
    from therapy_pack import provisioning
    from therapy_pack.provision_options import parser

    assert provisioning.options_parser is parser
    args = parser().parse_args(["--port", "3000", "--add-clinician", "a@x", "--add-clinician", "b@x"])
    assert (args.port, args.add_clinician, args.default_preset) == (3000, ["a@x", "b@x"], "session-note-ifs")


def test_provisioning_asks_for_a_new_admin_password_twice_and_never_shows_it(monkeypatch, capsys):
    from therapy_pack.admin_sign_in import admin_credentials

    monkeypatch.delenv("THERAPY_PACK_ADMIN_EMAIL", raising=False)
    monkeypatch.delenv("THERAPY_PACK_ADMIN_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda *prompt: " admin@practice.test ")
    typed = iter(["first secret", "a typo", "second secret", "second secret"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    assert admin_credentials("THERAPY_PACK_ADMIN_EMAIL", "THERAPY_PACK_ADMIN_PASSWORD", fresh=True) == ("admin@practice.test", "second secret")
    out, err = capsys.readouterr()
    assert "Create the admin account" in err and "differ" in err and "secret" not in out + err


def test_provisioning_without_a_terminal_says_what_to_set(monkeypatch):
    from therapy_pack import provisioning

    monkeypatch.delenv("THERAPY_PACK_ADMIN_PASSWORD", raising=False)
    monkeypatch.setenv("THERAPY_PACK_ADMIN_EMAIL", "admin@practice.test")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)

    class FreshOpenWebUI:
        def get(self, path):
            return {"onboarding": True}

    with pytest.raises(SystemExit, match="Set THERAPY_PACK_ADMIN_EMAIL and THERAPY_PACK_ADMIN_PASSWORD"):
        provisioning.sign_in_admin(FreshOpenWebUI())


def test_the_venv_gets_every_dependency_of_its_extra_and_no_copy_of_the_pack():
    from therapy_pack.python_env import requirements

    server, test = requirements("server"), requirements("test")
    assert "pydantic>=2.7,<3" in server and "open-webui==0.12.4" in server and "pytest>=8" not in server
    assert set(server) < set(test) and "pytest>=8" in test
    assert not any(r.startswith("therapy-notes-pack") for r in test)
