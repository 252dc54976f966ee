"""The model chosen for each kind of machine (the seed's table)."""

from pathlib import Path

import pytest

from therapy_pack.hardware import CannotRun, Machine, choose_model, detect


@pytest.mark.parametrize("machine, model", [
    (Machine(16), "qwen3.5:9b"),
    (Machine(16, apple_chip="Apple M1"), "qwen3.5:9b-q8_0"),
    (Machine(24, apple_chip="Apple M4"), "qwen3.5:27b"),
    (Machine(24), "qwen3.5:27b"),
    (Machine(32, gpu_memory_gb=24), "qwen3.5:27b-q6_K"),
    (Machine(16, gpu_memory_gb=24), "qwen3.5:27b-q6_K"),
    (Machine(24, apple_chip="Apple M4 Pro"), "qwen3.5:27b-q6_K"),
    (Machine(64, apple_chip="Apple M2 Max"), "qwen3.5:27b-q6_K"),
    (Machine(16, gpu_memory_gb=12), "qwen3.5:9b"),
])
def test_the_model_for_each_machine(machine, model):
    choice = choose_model(machine)
    assert choice.model == model and choice.why


def test_a_machine_too_small_is_refused_with_the_reason():
    with pytest.raises(CannotRun, match="has 8 GB of memory; the smallest recommended model .* needs 16 GB"):
        choose_model(Machine(8))


def test_not_enough_disk_is_refused_before_any_download():
    with pytest.raises(CannotRun, match="needs about 9 GB of free disk and there are 4 GB"):
        choose_model(Machine(16, free_disk_gb=4))


def test_detect_reads_this_machine(tmp_path: Path):
    machine = detect(tmp_path / "not-yet-created")
    assert machine.memory_gb > 1 and machine.free_disk_gb > 0
