"""The installer's local checks and planning, without a server."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from therapy_pack.pack_installer import (
    InstallError,
    Module,
    WouldLoseDataError,
    desired_state,
    fill_secrets,
    key_fingerprint,
    model_changes,
    module_changes,
    prompt_changes,
    read_module,
)
from therapy_pack.paths import PRESETS_DIR
from therapy_pack.presets import PresetError, load_catalogue
from therapy_pack.forms import as_form

GOOD_FILTER = '''"""
title: Example
description: An example filter.
"""
class Filter:
    def inlet(self, body):
        return body
'''


def module(tmp_path: Path, text: str, name: str = "example_filter.py", folder: str = "pipelines") -> Module:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_module(path, folder)


def test_every_shipped_module_passes_the_local_checks():
    desired = desired_state()
    assert "clinical_note_filter" in {m.id for m in desired.modules if m.kind == "filter"}


def test_presets_become_models_that_carry_their_prompt_and_sections():
    desired = desired_state(base_model="smollm2-135m-demo")
    [model] = [m for m in desired.models if m["id"] == "session-note-ifs"]
    assert model["name"] == "Session Note – IFS"
    assert model["base_model_id"] == "smollm2-135m-demo"
    assert model["params"]["num_ctx"] == 8192
    assert model["meta"]["filterIds"] == ["clinical_guardrails", "clinical_note_filter", "context_fit", "retention"]
    pack = model["meta"]["therapy_pack"]
    notes = {"dap", "soap", "birp", "girp", "pirp", "narrative"}
    documents = {"treatment-plan", "progress-summary-insurance", "letter-medical-necessity", "referral-letter",
                 "coordination-of-care-letter", "court-documentation", "supervision-prep", "handout-grounding",
                 "handout-parts-work", "handout-cognitive-distortions", "handout-mindfulness"}
    assert pack["default_format"] == "dap" and set(pack["formats"]) == notes | documents
    # Each document comes with the first line of its form, by which a message asks for it.
    assert set(pack["forms"].values()) == documents
    assert pack["forms"]["Write a treatment plan based on the following information."] == "treatment-plan"
    assert "The handout teaches grounding" in pack["formats"]["handout-grounding"]["system_prompt"]
    dap = pack["formats"]["dap"]
    assert [s["heading"] for s in dap["sections"]] == ["DATA", "ASSESSMENT", "PLAN"]
    assert "Never diagnose" in dap["system_prompt"] and "Format: DAP" in dap["system_prompt"]
    assert "Format: SOAP" in pack["formats"]["soap"]["system_prompt"]
    [prompt] = [p for p in desired.prompts if p["command"] == "ifs-note"]
    assert "{{bullets" in prompt["content"]


def test_default_base_model_comes_from_the_yaml():
    [model] = [m for m in desired_state().models if m["id"] == "session-note-ifs"]
    assert model["base_model_id"] == "qwen3.5:9b"


@pytest.mark.parametrize(
    "text, reason",
    [
        ("class Filter:\n    def inlet(self, body:\n", "syntax error on line 2"),
        ('"""\ntitle: x\ndescription: y\n"""\nclass Helper: pass\n', "no top-level class Pipe or Filter or Action"),
        ("class Filter:\n    pass\n", "needs a header docstring"),
        (GOOD_FILTER + "# taken from utils in Open WebUI\n", "'from utils'"),
    ],
)
def test_a_bad_module_is_refused_locally_with_the_file_and_reason(tmp_path, text, reason):
    with pytest.raises(InstallError) as err:
        module(tmp_path, text)
    assert "example_filter.py" in str(err.value) and reason in str(err.value)


def test_module_ids_must_be_valid_open_webui_ids(tmp_path):
    with pytest.raises(InstallError, match="lower-case letters"):
        module(tmp_path, GOOD_FILTER, name="Note-Filter.py")


def test_a_bad_yaml_file_stops_everything_before_any_request(tmp_path):
    presets = Path(shutil.copytree(PRESETS_DIR, tmp_path / "p"))
    (presets / "presets" / "session-note-ifs.yaml").write_text("id: [\n", encoding="utf-8")
    with pytest.raises(PresetError, match="session-note-ifs.yaml: not valid YAML"):
        desired_state(presets_dir=presets)


def test_module_planning(tmp_path):
    m = module(tmp_path, GOOD_FILTER)
    installed = {"content": m.content, "name": m.name, "meta": {"description": m.description}, "is_active": True, "is_global": False}
    assert module_changes(m, None) == ["create"]
    assert module_changes(m, installed) == []
    assert module_changes(m, {**installed, "is_active": False}) == ["activate"]
    assert module_changes(m, {**installed, "is_global": True}) == ["make non-global"]
    made_global = replace(m, is_global=True)
    assert module_changes(made_global, installed) == ["make global"]
    assert module_changes(made_global, {**installed, "is_global": True}) == []
    assert module_changes(m, {**installed, "content": "old"}) == ["update"]


def test_pack_pipes_and_base_models_get_a_hidden_model_entry():
    models = {m["id"]: m for m in desired_state(base_model="local-model").models}
    for hidden in ("pack_reply", "local-model"):
        assert models[hidden]["base_model_id"] is None and models[hidden]["meta"]["hidden"] is True
    assert models["session-note-ifs"]["base_model_id"] == "local-model"


def test_only_the_guardrails_and_retention_filters_are_global():
    """They hold for every model: what reaches one is checked, and what the pack refuses is not kept."""
    modules = {m.id: m for m in desired_state().modules}
    assert {m.id for m in modules.values() if m.is_global} == {"clinical_guardrails", "retention"}


def test_model_planning_ignores_keys_open_webui_adds():
    [form] = [m for m in desired_state().models if m["id"] == "session-note-ifs"]
    current = {**form, "meta": {**form["meta"], "profile_image_url": "/static/favicon.png", "knowledge": None}, "is_active": True}
    assert model_changes(form, None) == ["create"]
    assert model_changes(form, current) == []
    assert model_changes(form, {**current, "params": {**form["params"], "temperature": 0.9}}) == ["update"]
    assert model_changes(form, {**current, "params": {**form["params"], "max_tokens": 5}}) == ["update"]
    assert model_changes(form, {**current, "base_model_id": "other"}) == ["update"]


def test_every_preset_becomes_a_model_and_a_slash_command():
    desired = desired_state()
    from therapy_pack.presets import load_catalogue

    catalogue = load_catalogue()
    presets = catalogue.presets
    base_models = {catalogue.base_model(p) for p in presets.values()}
    assert {m["id"] for m in desired.models} == set(presets) | {"pack_reply"} | base_models
    assert len({p["command"] for p in desired.prompts}) == len(presets)


def test_prompt_planning():
    [form] = [p for p in desired_state().prompts if p["command"] == "ifs-note"]
    current = {**form, "id": "uuid", "command": form["command"]}
    assert prompt_changes(form, None) == ["create"]
    assert prompt_changes(form, current) == []
    assert prompt_changes(form, {**current, "content": "edited"}) == ["update"]


class FakeValves:
    """Open WebUI's valve endpoints for one tool, as the installer sees them."""

    SPEC = {"properties": {"encryption_key": {"x_generate": "secret"}, "key_fingerprint": {"x_fingerprint_of": "encryption_key"},
                           "database_url": {}}}

    def __init__(self, valves: dict):
        self.valves, self.writes = dict(valves), 0

    def get_valves_spec(self, kind, item_id):
        return self.SPEC

    def get_valves(self, kind, item_id):
        return dict(self.valves)

    def update_valves(self, kind, item_id, valves):
        self.valves, self.writes = dict(valves), self.writes + 1


def test_a_new_key_is_generated_once_with_its_fingerprint_and_returned_to_be_shown():
    api = FakeValves({})
    new = fill_secrets(api, "tools", "ifs_parts_map")
    assert set(new) == {"encryption_key"} and api.valves["key_fingerprint"] == key_fingerprint(new["encryption_key"])
    assert fill_secrets(api, "tools", "ifs_parts_map") == {} and api.writes == 1


def test_a_key_set_before_fingerprints_were_kept_gets_one_and_is_never_replaced():
    api = FakeValves({"encryption_key": "the practice key"})
    assert fill_secrets(api, "tools", "ifs_parts_map") == {}
    assert api.valves == {"encryption_key": "the practice key", "key_fingerprint": key_fingerprint("the practice key")}


@pytest.mark.parametrize("valves, data_exists", [
    ({"key_fingerprint": "0123456789abcdef", "database_url": ""}, False),  # the form's "Default" toggle cleared the key
    ({}, True),  # everything cleared, but encrypted maps are on disk
])
def test_a_cleared_key_is_never_replaced_and_nothing_is_written(valves, data_exists):
    api = FakeValves(valves)
    with pytest.raises(WouldLoseDataError, match="Put the key you saved"):
        fill_secrets(api, "tools", "ifs_parts_map", data_exists)
    assert api.writes == 0


def test_a_rotated_key_gets_its_own_fingerprint():
    api = FakeValves({"encryption_key": "the new key", "key_fingerprint": key_fingerprint("the old key")})
    assert fill_secrets(api, "tools", "ifs_parts_map") == {}
    assert api.valves["key_fingerprint"] == key_fingerprint("the new key") and api.valves["encryption_key"] == "the new key"


def test_a_new_note_chat_shows_the_packs_buttons_each_opening_a_form():
    catalogue = load_catalogue()
    [model] = [m for m in desired_state().models if m["id"] == "session-note-ifs"]
    buttons = {s["title"][0]: s["content"] for s in model["meta"]["suggestion_prompts"]}
    assert list(buttons) == ["Session note from my bullets", "Update a client's parts map", "Treatment plan",
                             "Letter of medical necessity"]
    assert buttons["Session note from my bullets"] == as_form(catalogue.presets["session-note-ifs"].slash_command.template)
    assert buttons["Treatment plan"] == as_form(catalogue.presets["treatment-plan"].slash_command.template)
    assert buttons["Update a client's parts map"].startswith("Record this session in a client's parts map.\nClient code: {{client_code")
    # A document preset opens on its own form only.
    [plan] = [m for m in desired_state().models if m["id"] == "treatment-plan"]
    assert [s["title"][0] for s in plan["meta"]["suggestion_prompts"]] == ["Treatment Plan"]
    assert plan["meta"]["therapy_pack"]["forms"] == {}


@pytest.mark.parametrize("old, new, message", [
    ("function: record_session", "function: record_everything", r"the tool 'ifs_parts_map' has no function 'record_everything'"),
    ("{{self_energy |", "{{energy |", r"ifs_parts_map.record_session has no parameter energy"),
], ids=["no-such-function", "no-such-parameter"])
def test_a_tool_form_must_match_its_tools_function_before_anything_is_installed(tmp_path, old, new, message):
    presets = Path(shutil.copytree(PRESETS_DIR, tmp_path / "p"))
    path = presets / "presets" / "session-note-ifs.yaml"
    path.write_text(path.read_text().replace(old, new), encoding="utf-8")
    with pytest.raises(PresetError, match=message):
        desired_state(presets_dir=presets)


def test_the_parts_map_button_is_the_tools_form_and_the_filters_get_its_fields():
    [model] = [m for m in desired_state().models if m["id"] == "session-note-ifs"]
    button = next(s["content"] for s in model["meta"]["suggestion_prompts"] if s["title"][0] == "Update a client's parts map")
    [(opening, form)] = model["meta"]["therapy_pack"]["tool_forms"].items()
    assert button.splitlines()[0] == opening and (form["tool"], form["function"]) == ("ifs_parts_map", "record_session")
    assert form["title"] == "Update a client's parts map"
    assert [f["parameter"] for f in form["fields"]] == ["client_code", "session_date", "parts_present", "events", "self_energy",
                                                        "clinician_words"]
    assert [m["meta"]["therapy_pack"]["tool_forms"] for m in desired_state().models
            if m["id"] == "treatment-plan"] == [{}]
