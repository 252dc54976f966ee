"""Every preset, end to end through the real Open WebUI: it answers in its own structure."""

from __future__ import annotations

import json
import time

import pytest

from support.stack import stream_chat
from therapy_pack.local_stack import DEMO_MODEL_ALIAS
from clinical_note_filter import UNREADABLE
from support.note_structure import assert_structure
from therapy_pack.forms import as_form
from therapy_pack.presets import load_catalogue

pytestmark = pytest.mark.e2e

CATALOGUE = load_catalogue()


@pytest.mark.parametrize("preset", CATALOGUE.presets.values(), ids=lambda p: p.id)
def test_every_preset_answers_in_its_structure(admin_api, installed, preset):
    models = {m["id"]: m for m in admin_api.available_models()}
    assert models[preset.id]["name"] == preset.name
    assert models[preset.id]["info"]["base_model_id"] == DEMO_MODEL_ALIAS
    started = time.monotonic()
    text = stream_chat(admin_api, {"model": preset.id, "messages": [{"role": "user", "content": preset.examples[0]}]})
    assert_structure(text, CATALOGUE.formats[preset.format])
    print(f"{preset.id}: {time.monotonic() - started:.1f} s, {len(text)} characters")


@pytest.mark.parametrize("preset", CATALOGUE.presets.values(), ids=lambda p: p.id)
def test_every_preset_renders_a_structured_answer_as_its_document(admin_api, installed, model_server, preset):
    """Whatever the demo model writes, a structured answer always becomes the preset's document: scripted here."""
    fmt = CATALOGUE.formats[preset.format]
    marker = model_server.script(f"structure-{preset.id}", json.dumps(
        {section.key: f"{section.heading.capitalize()} as the clinician reported it." for section in fmt.sections}))
    text = stream_chat(admin_api, {"model": preset.id, "messages": [{"role": "user", "content": f"{preset.examples[0]} {marker}"}]})
    assert UNREADABLE not in text, text
    assert_structure(text, fmt)


def test_a_chat_can_switch_the_note_format_without_another_preset(admin_api, installed):
    text = stream_chat(admin_api, {"model": "session-note-ifs", "messages": [
        {"role": "user", "content": "BIRP note please. Client met the Critic and unblended briefly."}]})
    assert_structure(text, CATALOGUE.note_formats["birp"])


def test_every_preset_has_its_slash_command(admin_api, installed):
    commands = {p["command"].lstrip("/"): p for p in admin_api.list_prompts()}
    for preset in CATALOGUE.presets.values():
        assert commands[preset.slash_command.command]["content"] == as_form(preset.slash_command.template)
