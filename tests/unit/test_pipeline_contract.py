"""The pipelines' contract: the copies each standalone file must carry agree, and every filter accepts what the
installer really writes (the table of keys is at the top of pipelines/clinical_note_filter.py)."""

from __future__ import annotations

import ast
from collections import defaultdict

import pytest

import clinical_guardrails
import clinical_note_filter
import context_fit
from support.installed_presets import preset_forms, preset_model
from therapy_pack.pack_installer import read_modules
from therapy_pack.paths import PIPELINES_DIR, TOOLS_DIR
from therapy_pack.preset_contract import PackMeta

# Open WebUI finds each file's entry point by these names, so every file has its own.
ENTRY_POINTS = {"Filter", "Pipe", "Tools", "Action"}
FILTERS = (clinical_note_filter, clinical_guardrails, context_fit)
# Each module as Open WebUI receives it: a file's text, or a folder's joined text (the guardrails).
STANDALONE_MODULES = read_modules(PIPELINES_DIR, "pipelines") + read_modules(TOOLS_DIR, "tools")


def top_level_definitions() -> dict[str, dict[str, str]]:
    """name -> {module: its source}, for every constant, function and class defined at the top of a standalone module."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for module in STANDALONE_MODULES:
        source = module.content
        for node in ast.parse(source).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
            else:
                continue
            for name in names:
                found[name][module.id] = ast.get_source_segment(source, node)
    return found


def test_a_name_repeated_across_the_standalone_files_is_the_same_code_in_each():
    differing = {name: sorted(copies) for name, copies in top_level_definitions().items()
                 if name not in ENTRY_POINTS and len(copies) > 1 and len(set(copies.values())) > 1}
    assert differing == {}, "these copies differ between files; make them identical (or give them different names)"


def test_the_shared_copies_are_where_the_contract_says():
    copies = top_level_definitions()
    for name in ("META_KEY", "REPLY_KEY", "TOOL_ANSWER_KEY", "preset_spec", "answered_without_a_draft"):
        assert {"clinical_note_filter", "clinical_guardrails", "context_fit"} <= set(copies[name]), name
    assert "pack_reply" in copies["REPLY_KEY"]


def test_each_metadata_key_has_one_name_and_each_name_one_key():
    keys = {name: ast.literal_eval(source.split("=", 1)[1].strip())
            for name, copies in top_level_definitions().items() if name.endswith("_KEY")
            for source in copies.values()}
    by_value = defaultdict(set)
    for name, value in keys.items():
        by_value[value].add(name)
    assert {value: names for value, names in by_value.items() if len(names) > 1} == {}
    assert all(value.startswith("therapy_pack") for value in keys.values())


def preset_models() -> list[dict]:
    return [preset_model(preset_id) for preset_id in preset_forms()]


@pytest.mark.parametrize("pipeline", FILTERS, ids=lambda m: m.__name__)
def test_every_filter_accepts_what_the_installer_writes(pipeline):
    models = preset_models()
    assert len(models) >= 11
    for model in models:
        written = model["info"]["meta"][pipeline.META_KEY]
        assert pipeline.preset_spec(model) == written, model["id"]


@pytest.mark.parametrize("pipeline", FILTERS, ids=lambda m: m.__name__)
@pytest.mark.parametrize("meta", [None, {}, {"therapy_pack": "a string"}, {"therapy_pack": {"formats": {}}},
                                  {"therapy_pack": {"formats": {"dap": {}}, "default_format": "soap"}}])
def test_no_filter_takes_another_model_or_broken_data_for_a_preset(pipeline, meta):
    assert pipeline.preset_spec({"id": "llama3", "info": {"meta": meta}}) is None


def test_the_contract_refuses_data_the_filters_could_not_use():
    written = preset_models()[0]["info"]["meta"]["therapy_pack"]
    with pytest.raises(ValueError, match="default format"):
        PackMeta.model_validate({**written, "default_format": "no-such-format"})
    with pytest.raises(ValueError, match="forms write documents"):
        PackMeta.model_validate({**written, "forms": {"Write something.": "no-such-preset"}})
