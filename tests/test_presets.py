"""Loading and validating prompt_presets/, and the system prompt built from it."""

import shutil
from pathlib import Path

import pytest

from presets import PRESETS_DIR, PresetError, load_catalogue


@pytest.fixture
def presets_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PRESETS_DIR, tmp_path / "prompt_presets"))


def test_shipped_catalogue_loads_with_the_ifs_preset():
    catalogue = load_catalogue()
    preset = catalogue.presets["session-note-ifs"]
    assert preset.name == "Session Note – IFS"
    assert (preset.modality, preset.note_format) == ("ifs", "dap")
    assert catalogue.parameters(preset)["num_ctx"] == 8192
    assert [s.heading for s in catalogue.note_formats["dap"].sections] == ["DATA", "ASSESSMENT", "PLAN"]


def test_ifs_vocabulary_covers_the_framework():
    terms = {t.term for t in load_catalogue().modalities["ifs"].vocabulary}
    for term in ("protectors", "managers", "firefighters", "exiles", "Self-energy", "unburdening", "direct access", "unblending"):
        assert term in terms


def test_system_prompt_states_the_rules_before_anything_else():
    catalogue = load_catalogue()
    prompt = catalogue.system_prompt(catalogue.presets["session-note-ifs"])
    rules_at = prompt.index("Rules you always follow")
    assert rules_at < prompt.index("IFS terms") < prompt.index("Write the note in DAP")
    for phrase in ("Never diagnose", "Do not interpret", "Document only what the clinician reports",
                   "names the client uses", "Self-leadership", "unburdening", "insurance documentation"):
        assert phrase in prompt


def test_a_yaml_syntax_error_names_the_file_and_line(presets_copy):
    (presets_copy / "modalities" / "ifs.yaml").write_text("id: ifs\nname: [unclosed\n", encoding="utf-8")
    with pytest.raises(PresetError) as err:
        load_catalogue(presets_copy)
    assert "modalities/ifs.yaml" in str(err.value) and "not valid YAML" in str(err.value)


def test_a_missing_field_is_named(presets_copy):
    path = presets_copy / "note_formats" / "dap.yaml"
    path.write_text(path.read_text().replace("name: DAP\n", ""), encoding="utf-8")
    with pytest.raises(PresetError, match=r"dap.yaml: field 'name': Field required"):
        load_catalogue(presets_copy)


def test_an_unknown_field_is_rejected_rather_than_ignored(presets_copy):
    path = presets_copy / "presets" / "session-note-ifs.yaml"
    path.write_text(path.read_text() + "temprature: 0.5\n", encoding="utf-8")
    with pytest.raises(PresetError, match="field 'temprature'"):
        load_catalogue(presets_copy)


def test_a_preset_pointing_at_an_unknown_modality_is_rejected(presets_copy):
    path = presets_copy / "presets" / "session-note-ifs.yaml"
    path.write_text(path.read_text().replace("modality: ifs", "modality: gestalt"), encoding="utf-8")
    with pytest.raises(PresetError, match=r"unknown modality 'gestalt' \(known: ifs\)"):
        load_catalogue(presets_copy)


def test_duplicate_section_keys_are_rejected(presets_copy):
    path = presets_copy / "note_formats" / "dap.yaml"
    path.write_text(path.read_text().replace("key: plan", "key: data"), encoding="utf-8")
    with pytest.raises(PresetError, match="repeated: data"):
        load_catalogue(presets_copy)


def test_file_name_and_id_must_agree(presets_copy):
    (presets_copy / "modalities" / "ifs.yaml").rename(presets_copy / "modalities" / "internal.yaml")
    with pytest.raises(PresetError, match="must match the file name 'internal'"):
        load_catalogue(presets_copy)
