"""The model chosen for each kind of machine: the README's table, read from the one copy in hardware.py."""

from pathlib import Path

import pytest

from therapy_pack.hardware import MODEL_TABLE, CannotRun, Machine, choose_model, detect, readme_rows
from therapy_pack.paths import ROOT


def test_the_readme_table_is_the_one_the_choice_reads():
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    header = readme.index("| This machine | Model |")
    assert readme[header + 2:header + 2 + len(MODEL_TABLE)] == readme_rows()
    assert readme[header + 2 + len(MODEL_TABLE)] == ""  # no row the choice does not know


# Memory as the system reports it (GiB): a machine sold with 24 GB shows about 23.5, a 24 GB card 23.99.
@pytest.mark.parametrize("machine, model, says", [
    (Machine(16), "qwen3.5:9b", "16 GB of memory runs the 9B model"),
    (Machine(15.5), "qwen3.5:9b", "16 GB of memory runs the 9B model"),
    (Machine(16, apple_chip="Apple M1"), "qwen3.5:9b-q8_0", "Apple Silicon with 16 GB"),
    (Machine(15.6, apple_chip="Apple M2"), "qwen3.5:9b-q8_0", "Apple Silicon with 16 GB"),
    (Machine(24, apple_chip="Apple M4"), "qwen3.5:27b", "24 GB of memory runs the 27B model"),
    (Machine(24), "qwen3.5:27b", "24 GB of memory runs the 27B model"),
    (Machine(23.5), "qwen3.5:27b", "24 GB of memory runs the 27B model"),
    (Machine(62.8), "qwen3.5:27b", "63 GB of memory runs the 27B model"),
    (Machine(32, gpu_memory_gb=24), "qwen3.5:27b-q6_K", "a GPU with 24 GB runs the 27B model at Q6"),
    (Machine(16, gpu_memory_gb=23.99), "qwen3.5:27b-q6_K", "a GPU with 24 GB runs the 27B model at Q6"),
    (Machine(23.5, apple_chip="Apple M4 Pro"), "qwen3.5:27b-q6_K", "an Apple M4 Pro with 24 GB runs the 27B model at Q6"),
    (Machine(64, apple_chip="Apple M2 Max"), "qwen3.5:27b-q6_K", "an Apple M2 Max with 64 GB"),
    (Machine(18, apple_chip="Apple M3 Pro"), "qwen3.5:9b-q8_0", "Apple Silicon with 18 GB"),
    (Machine(16, gpu_memory_gb=12), "qwen3.5:9b", "16 GB of memory"),
    (Machine(22), "qwen3.5:9b", "22 GB of memory runs the 9B model"),  # less than a 24 GB machine reports
    (Machine(32, gpu_memory_gb=22), "qwen3.5:27b", "32 GB of memory"),  # a 22 GB card is not a 24 GB one
])
def test_the_model_for_each_machine(machine, model, says):
    choice = choose_model(machine)
    assert (choice.model, choice.why[:len(says)]) == (model, says)


def test_each_readme_row_picks_its_own_model():
    """A machine that is just what a row says, as the system reports it, gets that row's model."""
    just = {"16 GB of memory": Machine(15.5), "Apple Silicon with 16 GB": Machine(15.5, apple_chip="Apple M1"),
            "24 GB of memory": Machine(23.5), "a GPU with 24 GB, or an M4 Pro, Max or Ultra Mac with 24 GB": Machine(15.5, 23.99)}
    assert {row.machine: choose_model(just[row.machine]).model for row in MODEL_TABLE} == {row.machine: row.model for row in MODEL_TABLE}


def test_a_machine_too_small_is_refused_with_the_reason():
    with pytest.raises(CannotRun, match="has 8 GB of memory; the smallest recommended model .* needs 16 GB"):
        choose_model(Machine(8))
    with pytest.raises(CannotRun, match="has 12 GB of memory"):
        choose_model(Machine(11.7))


def test_not_enough_disk_is_refused_before_any_download():
    with pytest.raises(CannotRun, match="needs about 9 GB of free disk and there are 4 GB"):
        choose_model(Machine(16, free_disk_gb=4))


def test_detect_reads_this_machine(tmp_path: Path):
    machine = detect(tmp_path / "not-yet-created")
    assert machine.memory_gb > 1 and machine.free_disk_gb > 0
