"""The note form as Open WebUI 0.12 shows it: every field named in words, the session's date opened on today's."""

from __future__ import annotations

import re

import pytest

from therapy_pack.forms import FormError, as_form, labels
from therapy_pack.pack_installer import desired_state
from therapy_pack.presets import PresetError, load_catalogue
from therapy_pack.paths import PRESETS_DIR

CATALOGUE = load_catalogue()


def open_webui_fields(text: str, today: str = "2026-05-04") -> dict[str, dict]:
    """What Open WebUI's form shows for a prompt, following its own code: {{CURRENT_DATE}} is replaced first
    (MessageInput.svelte, textVariableHandler), then each field is read (utils/index.ts, extractInputVariables)."""
    text = text.replace("{{CURRENT_DATE}}", today)
    fields = {}
    for name, definition in re.findall(r"{{\s*([^|}\s]+)\s*\|\s*([^}]+)\s*}}", text):
        kind, *properties = definition.strip().split(":")
        field = {"type": kind}
        for prop in properties:
            key, _, value = prop.partition("=")
            field[key.strip()] = value.strip().strip('"') if value else True
        fields[name] = field
    return fields


def test_the_ifs_note_form_has_a_label_for_every_field_and_opens_on_today():
    [prompt] = [p for p in desired_state().prompts if p["command"] == "ifs-note"]
    fields = open_webui_fields(prompt["content"])
    assert {name: field["label"] for name, field in fields.items()} == {
        "session_date": "Session date", "client_code": "Client identifier", "session_number": "Session number",
        "bullets": "Session bullets"}
    assert fields["session_date"]["type"] == "date" and fields["session_date"]["default"] == "2026-05-04"
    assert fields["client_code"]["placeholder"] == "Initials or code, never a full name" and fields["client_code"]["required"] is True


@pytest.mark.parametrize("preset", CATALOGUE.presets.values(), ids=lambda p: p.id)
def test_every_form_the_pack_installs_names_each_field_in_words(preset):
    for text in [preset.slash_command.template, *(s.text for s in preset.suggestions if s.text)]:
        fields = open_webui_fields(as_form(text))
        assert fields and all(re.fullmatch(r"[A-Z][A-Za-z ,'()/-]+", f["label"]) for f in fields.values()), fields
        # Only the session's date opens on today's; a plan's review date lies ahead and opens empty.
        assert {n for n, f in fields.items() if "default" in f} == ({"session_date"} & set(fields))


def test_the_parts_map_button_names_its_fields_itself():
    [button] = [s for s in CATALOGUE.presets["session-note-ifs"].suggestions if s.tool_form]
    assert labels(button.tool_form.template) == {"client_code": "Client code", "session_date": "Session date",
                                                 "parts_present": "Parts that showed up", "events": "What happened",
                                                 "self_energy": "Self-energy", "clinician_words": "In your words"}


def test_a_field_with_no_words_before_it_is_refused_until_it_has_a_label(tmp_path):
    with pytest.raises(FormError, match="the field 'client_code' has no words before it"):
        as_form("Update {{client_code | text}}'s parts map")
    assert labels('Update {{client_code | text:label="Client code"}}\'s map') == {"client_code": "Client code"}

    import shutil

    shutil.copytree(PRESETS_DIR, tmp_path / "presets")
    path = tmp_path / "presets" / "presets" / "session-note-ifs.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Client identifier: {{client_code", "{{client_code"), encoding="utf-8")
    with pytest.raises(PresetError, match="session-note-ifs.yaml: field 'slash_command.template': the field 'client_code'"):
        load_catalogue(tmp_path / "presets")
