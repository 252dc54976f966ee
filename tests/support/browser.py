"""Driving Open WebUI in Debian's Chromium as a person would, for the browser tests."""

from __future__ import annotations

import shutil

# Chromium as root in a closed network: no sandbox, and none of its own calls home.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def launch(playwright, *extra_args: str):
    return playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS + list(extra_args))


def sign_in(page, url: str, email: str, password: str) -> None:
    page.goto(f"{url}/auth")
    page.get_by_placeholder("Enter Your Email").fill(email)
    page.get_by_placeholder("Enter Your Password").fill(password)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda u: "/auth" not in u, timeout=60_000)


def dismiss_release_notes(page) -> None:
    """Open WebUI greets a first sign-in with its release notes."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.get_by_text("Okay, Let's Go!").click(timeout=10_000)
    except PlaywrightTimeout:
        pass
