"""What a clinician sees first: the pack's buttons instead of Open WebUI's, forms that never send by themselves, and a
plain warning while the demo model runs.

Each preset carries its own buttons (the installer writes them); these are Open WebUI's
defaults, shown on any model without buttons of its own, and its banners.

A button opens its form; on Save, Open WebUI 0.12 sends the filled-in request at once unless the clinician's
"insertSuggestionPrompt" setting is on (chat/Chat.svelte, onSelect). The pack turns it on for everyone by default
(ui.default_interface_settings, which a clinician's own choice still overrides), so Save puts the request in the
message box to be read first, as a slash command's form always does. The form's title is Open WebUI's text
"Input Variables", renamed for English pages through its translation overrides (ui.i18n).
"""

from __future__ import annotations

import time

from therapy_pack.openwebui_api import OpenWebUI
from therapy_pack.presets import load_catalogue

DEMO_BANNER_ID = "therapy-pack-demo-model"
FORM_TITLE_TEXT = "Input Variables"  # the text Open WebUI 0.12 titles a prompt's form with (InputVariablesModal.svelte)
READ_BEFORE_SENDING = {"insertSuggestionPrompt": True}
DEMO_BANNER_TEXT = (
    "**Demo model: drafts are not usable for clinical notes.** This computer runs the pack's tiny built-in model, "
    "which only shows that everything is set up. To switch to a real model, ask whoever set up this computer to "
    "install Ollama (ollama.com) and run `provision.py` again: it downloads the recommended model, moves every "
    "preset onto it, and this notice goes away."
)


def demo_banner(now: int) -> dict:
    return {"id": DEMO_BANNER_ID, "type": "warning", "title": "Demo model", "content": DEMO_BANNER_TEXT,
            "dismissible": False, "timestamp": now}


def with_demo_banner(banners: list[dict], demo: bool, now: int) -> list[dict] | None:
    """The banners with the demo warning shown or taken away; None when nothing changes. Other banners stay."""
    others = [b for b in banners if b.get("id") != DEMO_BANNER_ID]
    current = [b for b in banners if b.get("id") == DEMO_BANNER_ID]
    if demo:
        wanted = demo_banner(current[0]["timestamp"] if current else now)
        # Open WebUI stores fields of its own beside ours (i18n): compare only ours.
        same = len(current) == 1 and all(current[0].get(k) == v for k, v in wanted.items())
        return None if same else others + [wanted]
    return others if current else None


def with_form_title(i18n: dict, title: str) -> dict | None:
    """Open WebUI's translation overrides with the forms' title for English pages; None when already so. Other
    overrides, and other languages (which keep their own translation of the title), stay."""
    english = (i18n or {}).get("en-US") or {}
    if english.get(FORM_TITLE_TEXT) == title:
        return None
    return {**(i18n or {}), "en-US": {**english, FORM_TITLE_TEXT: title}}


def with_forms_read_before_sending(defaults: dict) -> dict | None:
    """Everyone's default interface settings with Save putting a button's request in the message box; None when so."""
    defaults = defaults or {}
    if all(defaults.get(k) == v for k, v in READ_BEFORE_SENDING.items()):
        return None
    return {**defaults, **READ_BEFORE_SENDING}


def show_first_screen(api: OpenWebUI, default_preset_form: dict, demo: bool, form_title: str | None = None) -> list[str]:
    """Make Open WebUI's default buttons the default preset's, title their forms and keep Save from sending, and show
    the demo warning only while the demo model runs; what changed, in plain words (empty on a re-run)."""
    changed = []
    config = api.get("/api/v1/configs/export") or {}
    update = {}
    i18n = with_form_title(config.get("ui.i18n") or {}, form_title or load_catalogue().first_screen.form_title)
    if i18n is not None:
        update["ui.i18n"] = i18n
        changed.append("a plain title on the forms")
    defaults = with_forms_read_before_sending(config.get("ui.default_interface_settings") or {})
    if defaults is not None:
        update["ui.default_interface_settings"] = defaults
        changed.append("a form's Save fills the message box to be read before sending")
    if update:
        api.post("/api/v1/configs/import", {"config": update})
    suggestions = default_preset_form["meta"]["suggestion_prompts"]
    if config.get("ui.prompt_suggestions") != suggestions:
        api.post("/api/v1/configs/suggestions", {"suggestions": suggestions, "i18n": {}})
        changed.append("the pack's buttons on a new chat")
    banners = with_demo_banner(config.get("ui.banners") or [], demo, int(time.time()))
    if banners is not None:
        api.post("/api/v1/configs/banners", {"banners": banners})
        changed.append("demo model warning " + ("shown" if demo else "taken away"))
    return changed
