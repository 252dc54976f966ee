"""The admin account's e-mail and password, from the environment or typed at a terminal.

Provisioning, the doctor and install_pack.py use it; provisioning names its own environment variables.
"""

from __future__ import annotations

import getpass
import os
import sys

from therapy_pack.openwebui_api import OpenWebUI


class NoAdminAccount(Exception):
    """No credentials in the environment and no terminal to ask at; the message says what to set."""


def _say(text: str, end: str = "\n") -> None:
    # Off stdout, like getpass's prompt, so that a command's own output (the doctor's --json) stays clean.
    print(text, end=end, file=sys.stderr, flush=True)


def admin_credentials(email_var: str, password_var: str, fresh: bool = False) -> tuple[str, str]:
    """(e-mail, password) from ``email_var``/``password_var``, else asked at a terminal; the password is never echoed.

    ``fresh``: the account is being created, so the password is typed twice."""
    email = os.environ.get(email_var)
    password = os.environ.get(password_var)
    if email and password:
        return email, password
    if not sys.stdin.isatty():
        raise NoAdminAccount(f"No admin account given. Set {email_var} and {password_var}, "
                             "or run this command in a terminal to type them.")
    _say(("Create the admin account" if fresh else "Sign in with the admin account") + " (it stays on this machine).")
    while not email:
        _say("Admin e-mail: ", end="")
        email = input().strip()
    while not password:
        password = getpass.getpass("Admin password: ")
        if fresh and password != getpass.getpass("Type it again: "):
            _say("The two passwords differ; please try again.")
            password = None
    return email, password


def admin_api(url: str) -> OpenWebUI:
    """Open WebUI at ``url``, signed in as the admin: OPEN_WEBUI_TOKEN, else OPEN_WEBUI_EMAIL and
    OPEN_WEBUI_PASSWORD, else typed at the terminal."""
    api = OpenWebUI(url)
    token = os.environ.get("OPEN_WEBUI_TOKEN")
    try:
        if token:
            api.use_token(token)
        else:
            api.get("/api/config")  # is Open WebUI there at all? Then no one types a password for nothing
            api.sign_in(*admin_credentials("OPEN_WEBUI_EMAIL", "OPEN_WEBUI_PASSWORD"))
    except BaseException:  # also NoAdminAccount and Ctrl+C at the prompt: leave no connection open
        api.close()
        raise
    return api
