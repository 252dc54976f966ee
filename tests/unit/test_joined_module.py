"""The guardrails are a folder of small files that Open WebUI receives as one module: the join is what is
uploaded, what the tests and commands load, and it stands alone."""

from __future__ import annotations

import ast
import linecache
import sys
from pathlib import Path

import pytest

import clinical_guardrails
from therapy_pack.guardrail_names import NAMES_VOCABULARY
from therapy_pack.guardrail_vocabulary import GUARDRAILS, VOCABULARY
from therapy_pack.joined_module import JoinError, joined_text, module_files, top_level_names
from therapy_pack.pack_installer import InstallError, desired_state, read_module

JOINED = joined_text(GUARDRAILS)
# What Open WebUI ships besides the standard library; the guardrails import it only inside functions, when it is there.
SHIPPED = {"pydantic", "open_webui"}


def test_open_webui_gets_the_joined_text_under_the_same_id_and_header():
    [module] = [m for m in desired_state().modules if m.id == "clinical_guardrails"]
    assert module.content == JOINED
    assert (module.kind, module.name, module.is_global) == ("filter", "Clinical Guardrails", True)
    assert JOINED.startswith('"""\ntitle: Clinical Guardrails\n')


def test_the_tests_load_exactly_the_joined_text():
    where = clinical_guardrails.check.__code__.co_filename
    assert clinical_guardrails.Filter.__module__ == "clinical_guardrails"
    assert "".join(linecache.getlines(where)) == JOINED


def test_the_joined_text_stands_alone():
    tree = ast.parse(JOINED)
    imports = [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert [ast.unparse(node) for node in imports if isinstance(node, ast.ImportFrom) and node.level] == []
    roots = {(alias.name if isinstance(node, ast.Import) else node.module).split(".")[0] for node in imports for alias in node.names}
    assert roots - set(sys.stdlib_module_names) - SHIPPED == set()
    assert sum(ast.unparse(node) == "from __future__ import annotations" for node in imports) == 1
    compile(JOINED, "clinical_guardrails", "exec")


def test_every_name_of_every_file_is_in_the_joined_module():
    for path in module_files(GUARDRAILS):
        names = top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        assert [name for name in names if not hasattr(clinical_guardrails, name)] == [], path.name


def test_each_hand_written_file_is_small():
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in module_files(GUARDRAILS) if p not in (VOCABULARY, NAMES_VOCABULARY)}
    assert {name: lines for name, lines in sizes.items() if lines > 400} == {}


def folder(tmp_path: Path, files: dict[str, str]) -> Path:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "join_order.txt").write_text("\n".join(files), encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


HEAD = '"""\ntitle: Example\ndescription: An example.\n"""\n\nfrom __future__ import annotations\n\nfrom .two import helper\n\n\nclass Filter:\n    def inlet(self):\n        return helper()\n'
TWO = '"""Its helper."""\n\nfrom __future__ import annotations\n\nimport re\n\n\ndef helper():\n    return re.escape(".")\n'


def test_the_join_keeps_each_file_as_written_less_its_sibling_imports(tmp_path):
    text = joined_text(folder(tmp_path, {"one.py": HEAD, "two.py": TWO}))
    assert text == (HEAD.replace("from .two import helper\n\n", "") + "\n\n# " + "-" * 50 + f" {tmp_path.name}/two.py\n\n"
                    + TWO.replace("from __future__ import annotations\n\n", ""))
    namespace = {}
    exec(compile(text, "joined", "exec"), namespace)
    assert namespace["Filter"]().inlet() == "\\."


@pytest.mark.parametrize("two, refused", [
    (TWO.replace("def helper", "def other"), "must take a name two.py defines"),
    (TWO + "\n\nclass Filter:\n    pass\n", "defines Filter, which one.py defines too"),
    (TWO.replace("import re\n", ""), "uses re without importing it"),
    ("def helper(:\n", "Python syntax error on line 1"),
])
def test_the_join_refuses_a_folder_that_would_not_be_one_working_module(tmp_path, two, refused):
    with pytest.raises(JoinError, match=refused):
        joined_text(folder(tmp_path, {"one.py": HEAD, "two.py": two}))


def test_every_file_of_the_folder_is_listed(tmp_path):
    where = folder(tmp_path / "example", {"one.py": HEAD.replace("from .two import helper\n", "").replace("helper()", "None")})
    (where / "two.py").write_text(TWO, encoding="utf-8")
    with pytest.raises(InstallError, match="example/two.py: not listed in join_order.txt"):
        read_module(where, "pipelines")
