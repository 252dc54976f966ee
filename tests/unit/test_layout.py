"""The README's "How it is built" names every command, library module and test folder there is."""

from therapy_pack.paths import ROOT

BUILT = (ROOT / "README.md").read_text(encoding="utf-8").split("## How it is built", 1)[1]


def test_every_command_and_library_module_is_described():
    scripts = ROOT / "scripts"
    files = [*scripts.glob("*.py"), *scripts.glob("*.sh"), *(scripts / "therapy_pack").glob("*.py")]
    missing = [f.name for f in files if f.name != "__init__.py" and f"`{f.name}`" not in BUILT]
    assert missing == []


def test_every_test_folder_is_described():
    folders = [p for p in (ROOT / "tests").iterdir() if p.is_dir() and not p.name.startswith(("_", "."))]
    assert [p.name for p in folders if f"`tests/{p.name}/`" not in BUILT] == []


def test_no_file_keeps_a_merge_conflict():
    import subprocess

    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    marked = [name for name in tracked if (ROOT / name).is_file() and any(
        line.startswith(("<<<<<<< ", ">>>>>>> ")) for line in (ROOT / name).read_text(encoding="utf-8", errors="replace").splitlines())]
    assert marked == []
