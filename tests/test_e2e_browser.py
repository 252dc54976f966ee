"""A therapist's first session, clicked through in a real browser (Debian's Chromium, driven by Playwright)."""

from __future__ import annotations

import shutil

import pytest

from conftest import ADMIN

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed (.ci/run installs it)"),
]
BULLETS = "Client identified worry as a protector. Accessed exile's fear of abandonment from age 7. Some unburdening occurred."


@pytest.fixture(scope="module")
def page(open_webui, admin_api, installed):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=shutil.which("chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        yield page
        browser.close()


def dismiss_release_notes(page) -> None:
    """Open WebUI greets a first sign-in with its release notes."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.get_by_text("Okay, Let's Go!").click(timeout=10_000)
    except PlaywrightTimeout:
        pass


def test_sign_in_pick_the_ifs_preset_type_bullets_and_get_a_dap_note(page, open_webui, tmp_path):
    page.goto(f"{open_webui.url}/auth")
    page.get_by_placeholder("Enter Your Email").fill(ADMIN["email"])
    page.get_by_placeholder("Enter Your Password").fill(ADMIN["password"])
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/auth" not in url, timeout=60_000)
    page.goto(f"{open_webui.url}/?models=session-note-ifs")
    dismiss_release_notes(page)
    page.get_by_text("Session Note – IFS").first.wait_for(timeout=30_000)
    box = page.locator("#chat-input")
    box.click()
    box.type(BULLETS)
    page.keyboard.press("Enter")
    reply = page.locator("#response-content-container").last
    reply.get_by_text("PLAN:").wait_for(timeout=180_000)
    page.screenshot(path=str(tmp_path / "first-note.png"))
    text = reply.inner_text()
    assert text.index("DATA:") < text.index("ASSESSMENT:") < text.index("PLAN:")
    assert not text.lstrip().startswith("{")
