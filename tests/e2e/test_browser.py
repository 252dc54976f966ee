"""A therapist's first session, clicked through in a real browser (Debian's Chromium, driven by Playwright)."""

from __future__ import annotations

import json
import shutil

import pytest

from support.stack import ADMIN
from therapy_pack.local_stack import DEMO_MODEL_ALIAS
from support.browser import dismiss_release_notes, launch, sign_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed (.ci/run installs it)"),
]
BULLETS = "Client identified worry as a protector. Accessed exile's fear of abandonment from age 7. Some unburdening occurred."


@pytest.fixture(scope="module")
def browser(open_webui, admin_api, installed):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    yield context.new_page()
    context.close()


def test_sign_in_pick_the_ifs_preset_type_bullets_and_get_a_dap_note(page, open_webui, model_server, tmp_path):
    # The model's answer is scripted (the demo model's prose changes with the CPU build): what is tested is the
    # clinician's path and what the pack makes of a structured answer in the browser.
    marker = model_server.script("browser-dap", json.dumps({
        "data": "Client identified worry as a protector and accessed an exile's fear of abandonment from age 7.",
        "assessment": "Some unburdening occurred, as the clinician reported.",
        "plan": "Continue parts work next session."}))
    sign_in(page, open_webui.url, ADMIN["email"], ADMIN["password"])
    page.goto(f"{open_webui.url}/?models=session-note-ifs")
    dismiss_release_notes(page)
    page.get_by_text("Session Note – IFS").first.wait_for(timeout=30_000)
    box = page.locator("#chat-input")
    box.click()
    box.type(f"{BULLETS} {marker}")
    page.keyboard.press("Enter")
    reply = page.locator("#response-content-container").last
    reply.get_by_text("PLAN:").wait_for(timeout=180_000)
    page.screenshot(path=str(tmp_path / "first-note.png"))
    text = reply.inner_text()
    assert text.index("DATA:") < text.index("ASSESSMENT:") < text.index("PLAN:")
    assert not text.lstrip().startswith("{")


def test_a_clinician_lands_on_the_preset_and_the_selector_lists_no_raw_model(page, open_webui, admin_api, tmp_path):
    from therapy_pack.pack_installer import desired_state
    from therapy_pack.sharing import add_clinician, ensure_group, set_default_preset, share

    desired = desired_state(base_model=DEMO_MODEL_ALIAS)
    group_id, _ = ensure_group(admin_api)
    share(admin_api, group_id, [m["id"] for m in desired.models], [m.id for m in desired.modules if m.kind == "tool"], [])
    set_default_preset(admin_api, "session-note-ifs")
    add_clinician(admin_api, group_id, "Clinician", "selector@practice.test", "a long clinician password")

    sign_in(page, open_webui.url, "selector@practice.test", "a long clinician password")
    dismiss_release_notes(page)
    # A new chat opens on the preset, with no ?models= in the address.
    selector = page.get_by_role("button", name="Selected model: Session Note – IFS")
    selector.wait_for(timeout=30_000)
    selector.click()
    choices = page.locator("#model-selector-list")
    choices.wait_for(timeout=10_000)
    page.screenshot(path=str(tmp_path / "clinician-model-selector.png"))
    listed = choices.inner_text()
    assert "Treatment Plan" in listed and "Session Note – CBT" in listed
    assert DEMO_MODEL_ALIAS not in listed and "Therapy Pack Reply" not in listed


def test_the_note_form_names_its_fields_opens_on_today_and_is_read_before_it_is_sent(page, open_webui, admin_api, tmp_path):
    from datetime import date

    from therapy_pack.first_screen import show_first_screen
    from therapy_pack.pack_installer import desired_state

    desired = desired_state(base_model=DEMO_MODEL_ALIAS)
    show_first_screen(admin_api, next(m for m in desired.models if m["id"] == "session-note-ifs"), demo=False)
    sign_in(page, open_webui.url, ADMIN["email"], ADMIN["password"])
    page.goto(f"{open_webui.url}/?models=session-note-ifs")
    dismiss_release_notes(page)
    page.get_by_text("Session note from my bullets").first.click(timeout=30_000)
    page.get_by_text("Fill in the form (nothing is sent yet)").wait_for(timeout=10_000)
    form = page.locator("form").filter(has=page.locator("#input-variable-0"))
    shown = form.inner_text()
    for label in ("Session date", "Client identifier", "Session number", "Session bullets"):
        assert label in shown
    assert "session_date" not in shown and "client_code" not in shown
    assert page.locator("#input-variable-0").input_value() == date.today().isoformat()
    page.locator("#input-variable-1").fill("AB")
    page.locator("#input-variable-3").fill(BULLETS)
    page.screenshot(path=str(tmp_path / "note-form.png"))
    form.get_by_role("button", name="Save").click()
    box = page.locator("#chat-input")
    page.wait_for_function("() => document.querySelector('#chat-input').innerText.includes('Client identifier: AB')", timeout=10_000)
    page.wait_for_timeout(3_000)
    page.screenshot(path=str(tmp_path / "note-form-saved.png"))
    assert f"Session date: {date.today().isoformat()}" in box.inner_text() and BULLETS in box.inner_text()
    assert page.locator("#response-content-container").count() == 0  # nothing was sent: the clinician sends it
