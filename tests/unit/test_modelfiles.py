"""Modelfiles are generated from prompt_presets/ and the committed ones are current."""

from build_modelfiles import main
from therapy_pack.modelfiles import build_all
from therapy_pack.paths import MODELFILES_DIR
from therapy_pack.presets import load_catalogue


def test_committed_modelfiles_match_the_generator():
    files = build_all(load_catalogue())
    assert files, "no Modelfile generated"
    for name, text in files.items():
        committed = (MODELFILES_DIR / name).read_text(encoding="utf-8")
        assert committed == text, f"modelfiles/{name} is stale: run python scripts/build_modelfiles.py"
    assert main(["--check"]) == 0


def test_ifs_modelfile_has_from_parameters_and_the_system_prompt():
    catalogue = load_catalogue()
    text = build_all(catalogue)["ifs.Modelfile"]
    lines = text.splitlines()
    assert "FROM qwen3.5:9b" in lines
    assert "PARAMETER num_ctx 8192" in lines
    system = catalogue.modality_system_prompt(catalogue.modalities["ifs"])
    assert f'SYSTEM """{system}"""' in text
    assert "Format: DAP" in system


def test_check_reports_a_stale_file(tmp_path, capsys):
    assert main(["--out", str(tmp_path)]) == 0
    (tmp_path / "ifs.Modelfile").write_text("FROM something-else\n", encoding="utf-8")
    assert main(["--check", "--out", str(tmp_path)]) == 1
    assert "ifs.Modelfile is out of date" in capsys.readouterr().err


def test_base_model_can_be_chosen_at_provisioning_time():
    assert "FROM qwen3.5:27b\n" in build_all(load_catalogue(), "qwen3.5:27b")["ifs.Modelfile"]


def test_there_is_one_modelfile_per_modality():
    catalogue = load_catalogue()
    assert set(build_all(catalogue)) == {f"{m}.Modelfile" for m in catalogue.modalities}
