"""A new chat's first screen: the pack's buttons, each opening the right form, and the demo warning."""

import re

import pytest

from clinical_note_filter import Filter, choose_format
from therapy_pack.first_screen import DEMO_BANNER_ID, show_first_screen, with_demo_banner
from therapy_pack.presets import load_catalogue
from support.installed_presets import preset_forms, preset_model, run_inlet
from support.settings_api import SettingsApi

CATALOGUE = load_catalogue()
IFS = preset_forms()["session-note-ifs"]["meta"]["therapy_pack"]


def filled(template: str) -> str:
    """A form as Open WebUI sends it once the clinician filled its fields."""
    return re.sub(r"\{\{[^}]*\}\}", "AB", template)


@pytest.mark.parametrize("preset", [p for p in CATALOGUE.presets.values() if p.format in CATALOGUE.documents],
                         ids=lambda p: p.id)
def test_every_documents_form_writes_that_document_in_a_note_chat(preset):
    message = {"role": "user", "content": filled(preset.slash_command.template)}
    assert choose_format(IFS, [message]) == preset.id
    fmt = IFS["formats"][preset.id]
    assert fmt["system_prompt"] == CATALOGUE.system_prompt(preset)  # exactly what the preset itself writes


def test_a_document_chat_keeps_its_document_for_follow_ups():
    plan = filled(CATALOGUE.presets["treatment-plan"].slash_command.template)
    messages = [{"role": "user", "content": plan}, {"role": "assistant", "content": "PROBLEMS: ..."},
                {"role": "user", "content": "Make the goals shorter."}]
    assert choose_format(IFS, messages) == "treatment-plan"


@pytest.mark.parametrize("bullets", [
    "Reviewed treatment plan goals with client; she wants to add sleep. Wrote a letter of medical necessity request list.",
    "Client asked me to write a treatment plan based on the following information from her GP.",
])
def test_bullets_that_mention_a_document_are_still_a_note(bullets):
    assert choose_format(IFS, [{"role": "user", "content": bullets}]) == "dap"


def test_the_note_filter_asks_for_the_documents_sections():
    text = filled(CATALOGUE.presets["letter-medical-necessity"].slash_command.template)
    model = preset_model("session-note-ifs")
    body = run_inlet(Filter(), {"messages": [{"role": "user", "content": text}]}, model)
    assert list(body["response_format"]["schema"]["properties"]) == ["recipient", "subject", "body"]
    assert "Format: Letter of Medical Necessity" in body["messages"][0]["content"]


def test_open_webuis_buttons_are_replaced_and_the_demo_warning_comes_and_goes():
    theirs = {"id": "practice-news", "type": "info", "content": "Closed on Friday", "dismissible": True, "timestamp": 1}
    api = SettingsApi({"ui.prompt_suggestions": [{"title": ["Show me a code snippet", ""], "content": "..."}],
                         "ui.banners": [theirs]})
    form = preset_forms()["session-note-ifs"]
    assert show_first_screen(api, form, demo=True) == ["a plain title on the forms", "a form's Save fills the message box to be read before sending",
                                                       "the pack's buttons on a new chat", "demo model warning shown"]
    assert api.config["ui.prompt_suggestions"] == form["meta"]["suggestion_prompts"]
    assert [b["id"] for b in api.config["ui.banners"]] == ["practice-news", DEMO_BANNER_ID]
    demo = api.config["ui.banners"][1]
    assert demo["type"] == "warning" and not demo["dismissible"] and "not usable" in demo["content"]
    api.config["ui.banners"][1]["i18n"] = None  # as Open WebUI stores it
    assert show_first_screen(api, form, demo=True) == []  # a re-run changes nothing
    assert show_first_screen(api, form, demo=False) == ["demo model warning taken away"]
    assert api.config["ui.banners"] == [theirs]


def test_no_banner_change_when_nothing_differs():
    assert with_demo_banner([], demo=False, now=5) is None


def test_forms_get_a_plain_title_and_save_never_sends_by_itself():
    """Open WebUI titles every prompt form "Input Variables" and sends a button's request as soon as the form is saved;
    the pack renames the title for English pages and has Save fill the message box instead, keeping what the
    administrator set beside them."""
    theirs = {"de-DE": {"Input Variables": "Angaben"}, "en-US": {"Chats": "Sessions"}}
    api = SettingsApi({"ui.i18n": theirs, "ui.default_interface_settings": {"textScale": 1.2}})
    form = preset_forms()["session-note-ifs"]
    show_first_screen(api, form, demo=False, form_title="Fill in the form (nothing is sent yet)")
    assert api.config["ui.i18n"] == {"de-DE": {"Input Variables": "Angaben"},
                                     "en-US": {"Chats": "Sessions", "Input Variables": "Fill in the form (nothing is sent yet)"}}
    assert api.config["ui.default_interface_settings"] == {"textScale": 1.2, "insertSuggestionPrompt": True}
    assert show_first_screen(api, form, demo=False, form_title="Fill in the form (nothing is sent yet)") == []
    assert CATALOGUE.first_screen.form_title == "Fill in the form (nothing is sent yet)"
