"""Loading and validating prompt_presets/, and the system prompt built from it."""

import shutil
from pathlib import Path

import pytest

from therapy_pack.paths import PRESETS_DIR
from therapy_pack.presets import PresetError, load_catalogue


@pytest.fixture
def presets_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PRESETS_DIR, tmp_path / "prompt_presets"))


def test_shipped_catalogue_loads_with_the_ifs_preset():
    catalogue = load_catalogue()
    preset = catalogue.presets["session-note-ifs"]
    assert preset.name == "Session Note – IFS"
    assert (preset.modality, preset.format, preset.switch_note_format) == ("ifs", "dap", True)
    assert catalogue.parameters(preset)["num_ctx"] == 8192
    assert [s.heading for s in catalogue.note_formats["dap"].sections] == ["DATA", "ASSESSMENT", "PLAN"]


def test_ifs_vocabulary_covers_the_framework():
    terms = set(load_catalogue().modalities["ifs"].vocabulary)
    for term in ("protectors", "managers", "firefighters", "exiles", "Self-energy", "unburdening", "direct access", "unblending"):
        assert term in terms


def test_system_prompt_states_the_rules_before_anything_else():
    catalogue = load_catalogue()
    prompt = catalogue.system_prompt(catalogue.presets["session-note-ifs"])
    rules_at = prompt.index("Rules you always follow")
    assert rules_at < prompt.index("IFS terms") < prompt.index("Format: DAP")
    for phrase in ("Never diagnose", "Do not interpret", "Document only what the clinician reports",
                   "names the client uses", "Self-leadership", "unburdening", "insurance documentation",
                   'Refer to the client as "Client"'):
        assert phrase in prompt


def test_every_system_prompt_opens_with_the_same_rules_so_an_engine_reuses_them():
    from therapy_pack.presets import shared_prefix

    catalogue = load_catalogue()
    prefix = shared_prefix(catalogue.rules)
    assert all(rule in prefix for rule in catalogue.rules.rules) and prefix.startswith(catalogue.rules.role)
    prompts = [catalogue.system_prompt(p, f) for p in catalogue.presets.values() for f in catalogue.preset_formats(p)]
    prompts += [catalogue.modality_system_prompt(m) for m in catalogue.modalities.values()]
    assert all(prompt.startswith(prefix + "\n\n") for prompt in prompts)


def test_a_yaml_syntax_error_names_the_file_and_line(presets_copy):
    (presets_copy / "modalities" / "ifs.yaml").write_text("id: ifs\nname: [unclosed\n", encoding="utf-8")
    with pytest.raises(PresetError) as err:
        load_catalogue(presets_copy)
    assert "modalities/ifs.yaml" in str(err.value) and "not valid YAML" in str(err.value)


@pytest.mark.parametrize("file, old, new, message", [
    ("note_formats/dap.yaml", "name: DAP\n", "", r"dap.yaml: field 'name': Field required"),  # a missing field is named
    ("presets/session-note-ifs.yaml", "", "temprature: 0.5\n", "field 'temprature'"),  # an unknown field is refused, not ignored
    ("presets/session-note-ifs.yaml", "modality: ifs", "modality: gestalt", r"unknown modality 'gestalt' \(known: act, cbt, dbt, emdr, ifs, "),
    ("note_formats/dap.yaml", "key: plan", "key: data", "repeated: data"),  # duplicate section keys
], ids=["missing-field", "unknown-field", "unknown-modality", "duplicate-section-key"])
def test_a_mistake_in_a_preset_file_is_named(presets_copy, file, old, new, message):
    path = presets_copy / file
    text = path.read_text()
    path.write_text(text.replace(old, new) if old else text + new, encoding="utf-8")
    with pytest.raises(PresetError, match=message):
        load_catalogue(presets_copy)


def test_file_name_and_id_must_agree(presets_copy):
    (presets_copy / "modalities" / "ifs.yaml").rename(presets_copy / "modalities" / "internal.yaml")
    with pytest.raises(PresetError, match="must match the file name 'internal'"):
        load_catalogue(presets_copy)


def test_the_catalogue_has_every_modality_format_and_document():
    catalogue = load_catalogue()
    assert set(catalogue.modalities) == {"ifs", "cbt", "dbt", "psychodynamic", "somatic", "emdr", "act", "person-centred"}
    assert set(catalogue.note_formats) == {"dap", "soap", "birp", "girp", "pirp", "narrative"}
    assert {"treatment-plan", "progress-summary", "letter-medical-necessity", "referral-letter",
            "coordination-of-care-letter", "court-documentation", "handout", "supervision-prep"} <= set(catalogue.documents)
    names = {p.name for p in catalogue.presets.values()}
    assert {"Session Note – IFS", "Session Note – CBT (SOAP)", "Treatment Plan", "Progress Summary (Insurance)",
            "Letter of Medical Necessity"} <= names


def test_every_preset_has_a_prompt_with_the_rules_and_its_sections():
    catalogue = load_catalogue()
    for preset in catalogue.presets.values():
        for fmt in catalogue.preset_formats(preset):
            prompt = catalogue.system_prompt(preset, fmt)
            assert prompt.index("Never diagnose") < prompt.index("Format:"), preset.id
            assert all(f"- {s.heading}:" in prompt for s in fmt.sections), (preset.id, fmt.id)


def test_letters_have_recipient_subject_body_and_a_closing(presets_copy):
    catalogue = load_catalogue()
    for fmt in catalogue.documents.values():
        if fmt.layout == "letter":
            assert [s.key for s in fmt.sections] == ["recipient", "subject", "body"] and fmt.closing
    path = presets_copy / "documents" / "referral-letter.yaml"
    path.write_text(path.read_text().replace("key: subject", "key: re_line"), encoding="utf-8")
    with pytest.raises(PresetError, match="referral-letter.yaml: .*a letter has exactly the sections recipient, subject, body"):
        load_catalogue(presets_copy)


def test_adding_a_modality_is_one_yaml_file(presets_copy):
    (presets_copy / "modalities" / "gestalt.yaml").write_text(
        "id: gestalt\nname: Gestalt therapy\nshort_name: Gestalt\ndefault_note_format: dap\n"
        "vocabulary:\n  - contact\n"
        "track:\n  - Note experiments as the clinician describes them.\n", encoding="utf-8")
    assert load_catalogue(presets_copy).modalities["gestalt"].short_name == "Gestalt"
    (presets_copy / "modalities" / "gestalt.yaml").write_text("id: gestalt\nname: Gestalt\n", encoding="utf-8")
    with pytest.raises(PresetError, match=r"gestalt.yaml: field 'short_name': Field required"):
        load_catalogue(presets_copy)


@pytest.mark.parametrize("folder", ["modalities", "note_formats", "documents", "presets"])
def test_every_shipped_file_round_trips_through_validation(folder):
    import yaml

    from therapy_pack.presets import Format, Modality, Preset

    model = {"modalities": Modality, "note_formats": Format, "documents": Format, "presets": Preset}[folder]
    for path in sorted((PRESETS_DIR / folder).glob("*.yaml")):
        item = model.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        again = model.model_validate(yaml.safe_load(yaml.safe_dump(item.model_dump(exclude_defaults=True), allow_unicode=True)))
        assert again == item, path.name


TOOL_FORM = "presets/session-note-ifs.yaml"


@pytest.mark.parametrize("old, new, message", [
    ("Session date: {{session_date | date}}", "Session date {{session_date | date}}", "each field needs its own line.*session_date"),
    ("Self-energy: {{self_energy", "Client code: {{self_energy", "each field needs a label of its own"),
    ("Record this session in a client's parts map.", "Record {{what}}.", "first line says what the form does"),
    ("      tool: ifs_parts_map", "      tool: other_tool", "'other_tool' is not among this preset's tools"),
], ids=["unlabelled-field", "repeated-label", "field-in-first-line", "tool-not-the-presets"])
def test_a_mistake_in_a_tool_form_is_named(presets_copy, old, new, message):
    path = presets_copy / TOOL_FORM
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(PresetError, match=message):
        load_catalogue(presets_copy)


def test_a_tool_forms_fields_are_read_from_its_labelled_lines():
    [form] = [s.tool_form for s in load_catalogue().presets["session-note-ifs"].suggestions if s.tool_form]
    assert (form.tool, form.function, form.opening) == ("ifs_parts_map", "record_session", "Record this session in a client's parts map.")
    assert form.fields == [("Client code", "client_code"), ("Session date", "session_date"), ("Parts that showed up", "parts_present"),
                           ("What happened", "events"), ("Self-energy", "self_energy"), ("In your words", "clinician_words")]
