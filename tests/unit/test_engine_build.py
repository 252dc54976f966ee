"""The demo engine is built for any CPU: never AMX, never tuned to the machine it was built on."""

import pytest

from therapy_pack import engine_build
from therapy_pack.engine_build import cmake_args, parse_cpuinfo_flags, parse_sysctl_features, wheel_folder

SAPPHIRE_RAPIDS = set("fpu sse4_2 avx avx2 bmi2 fma f16c avx512f avx512_bf16 avx512_vnni amx_bf16 amx_tile amx_int8".split())
OLD_ATOM = set("fpu sse sse2 ssse3 sse4_1 sse4_2".split())


def options(args: list[str]) -> dict[str, str]:
    return dict(arg[2:].split("=") for arg in args)


@pytest.mark.parametrize("flags", [SAPPHIRE_RAPIDS, OLD_ATOM, set()], ids=["amx", "no-avx", "unknown"])
def test_an_x86_build_is_never_native_and_never_uses_amx_or_avx512(flags):
    chosen = options(cmake_args("x86_64", flags))
    assert chosen["GGML_NATIVE"] == "OFF"
    assert all(chosen[name] == "OFF" for name in chosen if name.startswith(("GGML_AMX", "GGML_AVX512")))
    # Every instruction-set option is spelt out, so none falls back to a default that could differ.
    assert {name for name, _ in engine_build.X86_OPTIONS} <= set(chosen)


def test_an_x86_build_uses_only_what_the_cpu_has():
    assert options(cmake_args("x86_64", SAPPHIRE_RAPIDS))["GGML_AVX2"] == "ON"
    old = options(cmake_args("AMD64", OLD_ATOM))
    assert old["GGML_AVX"] == old["GGML_AVX2"] == old["GGML_FMA"] == "OFF" and old["GGML_SSE42"] == "ON"


@pytest.mark.parametrize("machine", ["arm64", "aarch64", "armv7l"])
def test_arm_keeps_llama_cpps_own_safe_build(machine):
    assert cmake_args(machine, {"neon", "asimd"}) == []


def test_cpu_flags_are_read_from_linux_and_macos():
    cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu avx2 amx_tile\n\nprocessor\t: 1\nflags\t\t: fpu\n"
    assert parse_cpuinfo_flags(cpuinfo) == {"fpu", "avx2", "amx_tile"}
    assert parse_cpuinfo_flags("Features\t: fp asimd\n") == {"fp", "asimd"}
    assert parse_sysctl_features("FPU SSE4.2 AVX1.0 F16C\nRDWRFSGS BMI2 AVX2 FMA\n") == {"sse4_2", "avx", "f16c", "bmi2", "avx2", "fma"}
    assert engine_build.has_amx(SAPPHIRE_RAPIDS) and not engine_build.has_amx(OLD_ATOM)


def test_a_build_for_another_cpu_family_or_version_is_kept_apart(tmp_path):
    avx2, baseline = cmake_args("x86_64", SAPPHIRE_RAPIDS), cmake_args("x86_64", OLD_ATOM)
    folders = {wheel_folder(tmp_path, "llama-cpp-python==0.3.36", avx2), wheel_folder(tmp_path, "llama-cpp-python==0.3.36", baseline),
               wheel_folder(tmp_path, "llama-cpp-python==0.3.37", avx2)}
    assert len(folders) == 3


def test_the_engine_is_built_without_pips_cache_with_the_portable_options(tmp_path):
    folder, command, env = engine_build.engine_wheel_build("/venv/bin/python", "llama-cpp-python[server]==0.3.36", tmp_path)
    assert "--no-cache-dir" in command and command[command.index("-w") + 1] == str(folder)
    assert env["CMAKE_ARGS"] == " ".join(cmake_args(engine_build.platform.machine(), engine_build.cpu_flags()))
