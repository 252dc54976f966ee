"""A clinician's path through the pack in a real browser (Debian's Chromium, driven by Playwright).

Signed in as a clinician of the "Clinicians" group, not the admin: the first screen, the selector,
dictation through Chromium's fake microphone (espeak-ng reading the bullets aloud into Open WebUI's
local Whisper), the note and its review list, the copy button, and the note length in the clinician's
own settings. Each step leaves a screenshot in artifacts/clinician-path/ at the repository root.
"""

from __future__ import annotations

import json
import re
import shutil
import time
import wave
from pathlib import Path

import pytest

from clinical_guardrails import TRACE_HEADING
from therapy_pack import speech_model
from therapy_pack.local_stack import DEMO_MODEL_ALIAS
from therapy_pack.openwebui_api import OpenWebUI
from therapy_pack.paths import ROOT
from therapy_pack.presets import load_catalogue
from support.browser import dismiss_release_notes, launch, sign_in
from therapy_pack.recording_engine import chat_requests
from support.speech import speak

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed (.ci/run installs it)"),
    pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is not installed (scripts/run_tests.sh installs it)"),
]

ARTIFACTS = ROOT / "artifacts" / "clinician-path"
CLINICIAN = {"name": "Clinician Path", "email": "clinician-path@practice.test", "password": "a long clinician password"}
DICTATED = "Client reported low mood this week. Practiced thought records. Homework: one thought record a day."
# A full set of bullets, typed: the demo model writes at length from them, so the length setting shows.
TYPED = ("Client reported low mood most days this week, less energy at work and skipping lunch with colleagues. "
         "Described waking early and lying in bed going over mistakes from the previous day. "
         "Reviewed last week's thought records: completed three of seven, all about work emails. "
         "Practised a thought record in session on 'my manager thinks I'm useless'; identified all-or-nothing thinking "
         "and mind reading. Client generated a balanced thought and rated belief in the original thought lower afterwards. "
         "Discussed behavioural activation: planned a short walk after work on three days and lunch with one colleague. "
         "Homework: one thought record a day and the three planned walks. "
         "Next session in one week; review thought records and activation plan.")
HEADINGS = ("SUBJECTIVE:", "OBJECTIVE:", "ASSESSMENT:", "PLAN:")
CBT = "Session Note – CBT (SOAP)"
IFS = "Session Note – IFS"
REVIEW = "Review before signing"
RISK_SCREEN = "SI screen negative."
SEED = 11


@pytest.fixture(scope="module")
def clinician(open_webui, admin_api, installed, stack_dir, speech_model_source) -> dict:
    """The practice as provisioning leaves it with the demo model, and a clinician account in its group."""
    from therapy_pack.first_screen import show_first_screen
    from therapy_pack.pack_installer import desired_state
    from therapy_pack.sharing import add_clinician, ensure_group, set_default_preset, share

    desired = desired_state(base_model=DEMO_MODEL_ALIAS)
    group_id, _ = ensure_group(admin_api)
    models = list(dict.fromkeys([m["id"] for m in desired.models] + [DEMO_MODEL_ALIAS]))
    share(admin_api, group_id, models, [m.id for m in desired.modules if m.kind == "tool"], [p["command"] for p in desired.prompts])
    set_default_preset(admin_api, "session-note-ifs")
    show_first_screen(admin_api, next(m for m in desired.models if m["id"] == "session-note-ifs"), demo=True)
    # Dictation as provisioning sets it up, from a folder of its own in Open WebUI's data folder: e2e/test_dictation,
    # which runs after this file, checks the first fetch into the provisioning folder.
    folder = speech_model.model_folder(stack_dir / "open-webui-data" / "clinician-path", "base")
    speech_model.fetch("base", folder, speech_model_source)
    speech_model.use(admin_api, folder)
    add_clinician(admin_api, group_id, CLINICIAN["name"], CLINICIAN["email"], CLINICIAN["password"])
    # The demo model samples: a fixed seed in the clinician's own model parameters (Settings > General > Advanced
    # Parameters in Open WebUI) keeps one short sample from deciding the length comparison.
    with OpenWebUI(open_webui.url) as mine:
        mine.sign_in(CLINICIAN["email"], CLINICIAN["password"])
        mine.post("/api/v1/users/user/settings/update", {"ui": {"params": {"seed": SEED}}})
    return CLINICIAN


@pytest.fixture(scope="module")
def dictation_wav(tmp_path_factory) -> Path:
    """The bullets read aloud, with a second of silence on each side so the recorder misses no word."""
    folder = tmp_path_factory.mktemp("clinician-path")
    spoken = speak(DICTATED, folder / "spoken.wav")
    with wave.open(str(spoken), "rb") as source:
        params, frames = source.getparams(), source.readframes(source.getnframes())
    silence = b"\0" * params.sampwidth * params.nchannels * params.framerate
    padded = folder / "dictation.wav"
    with wave.open(str(padded), "wb") as out:
        out.setparams(params)
        out.writeframes(silence + frames + silence)
    return padded


@pytest.fixture(scope="module")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()
    return ARTIFACTS


@pytest.fixture
def page(open_webui, clinician, dictation_wav):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # The microphone: the WAV, played once from the moment a recording opens it.
        browser = launch(playwright, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                         f"--use-file-for-fake-audio-capture={dictation_wav}%noloop")
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.grant_permissions(["microphone", "clipboard-read", "clipboard-write"], origin=open_webui.url)
        yield context.new_page()
        context.close()
        browser.close()


def selector(page, name: str):
    return page.get_by_role("button", name=f"Selected model: {name}")


def last_reply(page):
    return page.locator("#response-content-container").last


def wait_until_done(page) -> None:
    """Open WebUI shows a reply's copy button once the reply is complete."""
    page.locator(".copy-response-button").last.wait_for(state="visible", timeout=240_000)


def send_and_read(page, text: str) -> str:
    box = page.locator("#chat-input")
    box.click()
    box.type(text)
    page.keyboard.press("Enter")
    last_reply(page).get_by_text("PLAN:").wait_for(timeout=240_000)
    wait_until_done(page)
    return last_reply(page).inner_text()


def section_caps(model_server, before: int) -> set[int]:
    """The section length caps the note filter asked the model for since the first ``before`` requests
    (each of which carried the clinician's seed)."""
    requests = chat_requests(model_server.record, before)
    assert requests and all(body.get("seed") == SEED for body in requests), [body.get("seed") for body in requests]
    return {section["maxLength"] for body in requests
            for section in body["response_format"]["schema"]["properties"].values()}


def system_prompts(model_server, before: int) -> list[str]:
    return [body["messages"][0]["content"] for body in chat_requests(model_server.record, before)
            if body["messages"][0].get("role") == "system"]


def note_body(text: str) -> str:
    """The document itself: from its first heading to the review list or a notice (each starts with a warning sign),
    or to the trace's fold, which follows every checked draft."""
    return text[text.find(HEADINGS[0]):].partition("\u26a0")[0].partition(TRACE_HEADING)[0].strip()


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def sections(note: str) -> list[str]:
    return [part.strip() for part in re.split(r"^(?:%s)\n" % "|".join(HEADINGS), note, flags=re.M)[1:]]


def in_order(text: str) -> bool:
    at = [text.find(h) for h in HEADINGS]
    return -1 not in at and at == sorted(at)


def new_chat_on_cbt(page) -> None:
    page.get_by_role("link", name="New Chat").filter(visible=True).first.click()
    page.locator("#chat-input").wait_for(timeout=30_000)
    selector(page, CBT).wait_for(timeout=30_000)


def test_a_clinician_dictates_a_cbt_note_reads_its_review_list_copies_it_and_shortens_it(
        page, open_webui, model_server, artifacts, dictation_wav):
    from playwright.sync_api import expect

    started = time.monotonic()

    # 1. Sign in as the clinician: a new chat opens on the default preset, with the pack's buttons and the demo warning.
    sign_in(page, open_webui.url, CLINICIAN["email"], CLINICIAN["password"])
    dismiss_release_notes(page)
    selector(page, IFS).wait_for(timeout=30_000)
    assert "models=" not in page.url
    # Open WebUI shuffles the buttons and shows three at a time in a box that scrolls; the clinician scrolls to the note's.
    buttons = page.get_by_role("list", name="Suggested")
    buttons.wait_for(timeout=15_000)
    listed = buttons.inner_text()
    for button in ("Session note from my bullets", "Update a client's parts map", "Treatment plan", "Letter of medical necessity"):
        assert button in listed, listed
    buttons.get_by_text("Session note from my bullets").scroll_into_view_if_needed()
    page.get_by_text("Demo model").first.wait_for(timeout=15_000)
    assert page.get_by_text("not usable", exact=False).first.is_visible()
    page.screenshot(path=str(artifacts / "01-landing.png"))

    # 2. Open the selector and pick the CBT preset by clicking it.
    selector(page, IFS).click()
    choices = page.locator("#model-selector-list")
    choices.wait_for(timeout=10_000)
    option = choices.get_by_role("option", name=f"Select {CBT} model")
    option.wait_for(timeout=10_000)
    page.wait_for_timeout(300)  # the list slides open
    page.screenshot(path=str(artifacts / "02-selector.png"))
    option.click()
    selector(page, CBT).wait_for(timeout=10_000)

    # 3. Dictate the bullets: the fake microphone plays the espeak-ng recording; Open WebUI transcribes it locally.
    page.get_by_role("button", name="Voice Input").click()
    confirm = page.get_by_role("button", name="Confirm recording")
    confirm.wait_for(timeout=15_000)
    with wave.open(str(dictation_wav), "rb") as played:
        seconds = played.getnframes() / played.getframerate()
    page.wait_for_timeout(int(seconds * 1000) + 1500)  # the whole recording, then stop and transcribe
    confirm.click()
    box = page.locator("#chat-input")
    page.wait_for_function(
        "() => { const t = (document.querySelector('#chat-input')?.innerText || '').toLowerCase();"
        " return t.includes('thought record') && t.includes('homework'); }",
        timeout=120_000)
    dictated = box.inner_text()
    assert "mood" in dictated.lower(), dictated  # whisper sometimes hears espeak-ng's "low" as "O"
    page.screenshot(path=str(artifacts / "03-dictated.png"))

    # 4. Send, with a scripted draft so the review list is known: a diagnosis and a name the bullets never gave,
    # and the risk screen the clinician typed after dictating left out.
    marker = model_server.script("clinician-soap", json.dumps({
        "subjective": "Client reported low mood this week. Her sister Maria visited.",
        "objective": "Client practiced thought records in session.",
        "assessment": "Presentation is consistent with major depressive disorder.",
        "plan": "Homework: one thought record a day.",
    }))
    # The caret after the last dictated word (a click lands wherever the pointer is), then a line of its own.
    page.evaluate("""() => { const box = document.querySelector('#chat-input'); box.focus();
        const end = document.createRange(); end.selectNodeContents(box); end.collapse(false);
        const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(end); }""")
    page.keyboard.press("Shift+Enter")
    box.type(f"{RISK_SCREEN} {marker}")
    page.screenshot(path=str(artifacts / "03b-typed.png"))  # what was sent, should the draft not come
    page.keyboard.press("Enter")
    reply = last_reply(page)
    reply.get_by_text("PLAN:").wait_for(timeout=120_000)
    wait_until_done(page)
    shown = reply.inner_text()
    assert in_order(shown), shown
    note, _, _ = shown.partition(REVIEW)
    assert "Homework: one thought record a day." in note
    summary = reply.get_by_text(REVIEW).first
    summary.wait_for(timeout=10_000)
    assert "major depressive disorder" not in reply.inner_text().partition(REVIEW)[2]  # folded until clicked
    page.screenshot(path=str(artifacts / "04-note.png"))
    summary.click()
    reply.locator("li", has_text="major depressive disorder").first.wait_for(timeout=10_000)
    page.wait_for_timeout(600)  # the fold slides open
    review = reply.inner_text().partition(REVIEW)[2].partition(TRACE_HEADING)[0]
    assert "consistent with major depressive disorder\u201d" in review, review
    assert "sister Maria" in review and "In your notes but not in the draft" in review and RISK_SCREEN in review, review
    page.screenshot(path=str(artifacts / "05-review-list.png"))
    # The trace: each sentence with the clinician's words it rests on; the invented visit rests on none.
    reply.get_by_text(TRACE_HEADING).first.click()
    reply.locator("li", has_text="Maria visited").filter(has_text="not from your notes").first.wait_for(timeout=10_000)
    page.screenshot(path=str(artifacts / "05b-trace.png"))

    # 5. Copy the note with Open WebUI's copy button and read the clipboard: the document alone, as plain text.
    page.locator(".chat-assistant").last.hover()
    page.locator(".copy-response-button").last.click()
    page.get_by_text("Copying to clipboard was successful!").first.wait_for(timeout=10_000)
    copied = page.evaluate("navigator.clipboard.readText()")
    page.screenshot(path=str(artifacts / "06-copied.png"))
    assert copied.startswith("SUBJECTIVE:"), copied
    assert in_order(copied) and all(f"\n{h}\n" in copied for h in HEADINGS[1:]), copied
    for mark in ("**", "##", "<details", "<summary", REVIEW, TRACE_HEADING, "not from your notes", RISK_SCREEN, "---", "\u26a0"):
        assert mark not in copied, (mark, copied)
    # What was copied is the saved reply with its review list taken out, nothing more, nothing less.
    token = page.evaluate("localStorage.token")
    chat_id = page.url.split("/c/", 1)[1].split("?")[0]
    with OpenWebUI(open_webui.url, token=token) as mine:
        history = mine.get(f"/api/v1/chats/{chat_id}")["chat"]["history"]
    message = history["messages"][history["currentId"]]
    # Open WebUI 0.12 copies the text of the reply's output items when it has them (else its content), review list taken out.
    output = "\n".join(part.get("text") or "" for item in message.get("output") or [] if item.get("type") == "message"
                       for part in item.get("content") or [])
    for stored in filter(None, (message["content"], output)):
        assert '<details type="therapy_pack_review">' in stored and "major depressive disorder" in stored.partition("<details")[2]
        assert copied == re.sub(r"<details[^>]*>.*?</details>", "", stored, flags=re.S | re.I).strip()

    # 6. A real note at the standard length, in a new chat on the same preset.
    new_chat_on_cbt(page)
    before = len(model_server.received())
    standard = note_body(send_and_read(page, TYPED))
    assert in_order(standard), standard
    standard_caps = section_caps(model_server, before)
    standard_prompts = system_prompts(model_server, before)

    # 7. The clinician's own settings: Controls > Valves > Functions > Clinical Note > note length "brief".
    page.get_by_role("button", name="Controls").click()
    page.get_by_role("button", name="Valves").first.click()
    panel = page.locator(".chat-control-valves")
    kind = page.locator("select").filter(has=page.locator("option[value='functions']")).first
    kind.select_option("functions")
    item = page.locator("select").filter(has=page.locator("option", has_text="Select a function")).first
    item.select_option(label="Clinical Note")
    panel.wait_for(timeout=15_000)
    row = panel.locator("div.py-0\\.5").filter(has_text="Note Length").first
    row.get_by_role("button", name="Default").click()
    length = row.locator("select")
    length.wait_for(timeout=10_000)
    length.select_option("brief")
    page.get_by_text("Valves updated").last.wait_for(timeout=15_000)
    with OpenWebUI(open_webui.url, token=token) as mine:
        saved = mine.get("/api/v1/functions/id/clinical_note_filter/valves/user")
    assert saved.get("note_length") == "brief", saved
    # The toasts cover the choices; they stay while the pointer rests on them.
    page.mouse.move(400, 500)
    expect(page.get_by_text("Valves updated")).to_have_count(0, timeout=30_000)
    page.screenshot(path=str(artifacts / "07-settings.png"))
    page.get_by_role("button", name="Close", exact=True).click()

    # 8. The same bullets in a new chat: a shorter note.
    new_chat_on_cbt(page)
    before = len(model_server.received())
    brief_text = send_and_read(page, TYPED)
    brief_caps = section_caps(model_server, before)
    brief_prompts = system_prompts(model_server, before)
    page.screenshot(path=str(artifacts / "08-brief-note.png"))
    brief = note_body(brief_text)
    assert in_order(brief), brief
    # What the pack controls, whatever the demo model's prose (which changes with the CPU build's numerics): the
    # filter asked the model for sections half as long and told it to be brief, and the note keeps to the caps.
    assert len(standard_caps) == 1 and brief_caps == {round(next(iter(standard_caps)) / 2)}, (standard_caps, brief_caps)
    brief_wording = load_catalogue().rules.personal.length["brief"]
    assert all(brief_wording in prompt for prompt in brief_prompts) and brief_prompts
    assert not any(brief_wording in prompt for prompt in standard_prompts)
    assert len(sections(brief)) == 4 and all(len(part) <= min(brief_caps) for part in sections(brief)), brief
    assert all(len(part) <= min(standard_caps) for part in sections(standard)), standard

    print(f"clinician path: {time.monotonic() - started:.0f} s; standard {words(standard)} words, brief {words(brief)} words")
