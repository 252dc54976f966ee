"""A folder of small files joined into one module's text. Open WebUI takes each Function as one file; a pipeline
too long to read as one file is written as a folder in pipelines/, and its joined text is what the installer
uploads and what the tests and commands load (paths.standalone_module). Standard library only, like paths.py.

A folder module is a folder in pipelines/ with a join_order.txt (one file name a line, in the order the
files are joined). The joined text is each file in that order, under a comment naming it, less two kinds
of line the one file must not have:

- ``from .sibling import name, ...``: how a file names what it takes from its siblings, so each file
  reads on its own. In the joined text those names are already defined above or below.
- ``from __future__ import annotations`` after the first file's: the first file has it, as Python
  requires, right after its docstring, which is the Function's header (title:, description:, ...).

Every other line is kept as written. What makes the join safe is checked before it is made: every
file is listed, a name is defined in one file only (so no file replaces another's), each relative
import names what its sibling defines, and each file uses only names it defines, imports or that
Python provides. The folder is otherwise never imported, so only its joined text ever runs.
"""

from __future__ import annotations

import ast
import builtins
import symtable
from pathlib import Path

ORDER_FILE = "join_order.txt"


class JoinError(Exception):
    """The folder cannot be joined into one module; the message names the file."""


def is_folder_module(path: Path) -> bool:
    return path.is_dir() and (path / ORDER_FILE).is_file()


def module_files(folder: Path) -> list[Path]:
    """The folder's files in join order; every .py file there must be listed."""
    names = (folder / ORDER_FILE).read_text(encoding="utf-8").split()
    unlisted = sorted({p.name for p in folder.glob("*.py")} - set(names))
    if unlisted:
        raise JoinError(f"{_shown(folder / unlisted[0])}: not listed in {ORDER_FILE}, so it would not be uploaded")
    missing = [name for name in names if not (folder / name).is_file()]
    if missing:
        raise JoinError(f"{_shown(folder / ORDER_FILE)}: lists {missing[0]}, which is not in the folder")
    return [folder / name for name in names]


def joined_text(folder: Path) -> str:
    """The one module Open WebUI receives for ``folder``."""
    files = module_files(folder)
    sources = {path: path.read_text(encoding="utf-8") for path in files}
    trees = {path: _parsed(path, source) for path, source in sources.items()}
    defined = _defined_once(trees)
    parts = []
    for i, path in enumerate(files):
        _check_imports(path, trees[path], defined, folder)
        _check_names_used(path, sources[path], trees[path])
        lines = _without(sources[path].splitlines(keepends=True), _dropped_lines(trees[path], keep_future=i == 0))
        parts.append("".join(lines) if i == 0 else f"# {'-' * 50} {folder.name}/{path.name}\n\n{''.join(lines)}")
    return "\n\n".join(part.rstrip("\n") + "\n" for part in parts)


def _shown(path: Path) -> str:
    """A file as a person finds it: pipelines/<folder>/<file>."""
    return "/".join(path.parts[-3:])


def _parsed(path: Path, source: str) -> ast.Module:
    try:
        return ast.parse(source, filename=str(path))
    except SyntaxError as exc:
        raise JoinError(f"{_shown(path)}: Python syntax error on line {exc.lineno}: {exc.msg}") from None


def top_level_names(tree: ast.Module) -> list[str]:
    """What a file defines at its top: functions, classes and assigned names."""
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


def _defined_once(trees: dict[Path, ast.Module]) -> dict[str, Path]:
    """name -> the file that defines it; a name defined in two files is refused."""
    defined: dict[str, Path] = {}
    for path, tree in trees.items():
        for name in top_level_names(tree):
            if defined.get(name, path) != path:
                raise JoinError(f"{_shown(path)}: defines {name}, which {defined[name].name} defines too; one module has one of each name")
            defined[name] = path
    return defined


def _relative_imports(tree: ast.Module) -> list[ast.ImportFrom]:
    return [node for node in tree.body if isinstance(node, ast.ImportFrom) and node.level]


def _check_imports(path: Path, tree: ast.Module, defined: dict[str, Path], folder: Path) -> None:
    for node in _relative_imports(tree):
        source = folder / f"{node.module}.py"
        for alias in node.names:
            if alias.asname or node.level != 1 or defined.get(alias.name) != source:
                raise JoinError(f"{_shown(path)}:{node.lineno}: '{ast.unparse(node)}' must take a name {source.name} defines, "
                                "as 'from .sibling import name' (no 'as'), or the joined module would lack it")


def _check_names_used(path: Path, source: str, tree: ast.Module) -> None:
    """Each name a file uses is one it defines, imports or that Python provides: read alone, it says where each comes from."""
    top = symtable.symtable(source, str(path), "exec")
    known = {s.get_name() for s in top.get_symbols() if s.is_assigned() or s.is_imported()} | set(dir(builtins))
    used, tables = _annotation_names(tree), [top]
    while tables:
        table = tables.pop()
        tables += table.get_children()
        used |= {s.get_name() for s in table.get_symbols() if s.is_referenced() and (table is top or s.is_global())}
    unknown = sorted(used - known)
    if unknown:
        raise JoinError(f"{_shown(path)}: uses {', '.join(unknown)} without importing it (from .sibling import name)")


def _annotation_names(tree: ast.Module) -> set[str]:
    """The names in type annotations, which symtable does not see under ``from __future__ import annotations``."""
    annotations = [node.annotation for node in ast.walk(tree) if isinstance(node, (ast.arg, ast.AnnAssign)) and node.annotation]
    annotations += [node.returns for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns]
    # A whole annotation in quotes ("_Vocab") names a class defined further on; quotes inside one are values (Literal["flag"]).
    annotations = [ast.parse(a.value, mode="eval").body if isinstance(a, ast.Constant) and isinstance(a.value, str) else a
                   for a in annotations]
    return {node.id for annotation in annotations for node in ast.walk(annotation) if isinstance(node, ast.Name)}


def _without(lines: list[str], dropped: set[int]) -> list[str]:
    """``lines`` less the ``dropped`` line numbers; a dropped block between blank lines leaves one blank line, not two."""
    kept = []
    for n, line in enumerate(lines, 1):
        if n in dropped or (n - 1 in dropped and not line.strip() and kept and not kept[-1].strip()):
            continue
        kept.append(line)
    return kept


def _dropped_lines(tree: ast.Module, keep_future: bool) -> set[int]:
    """Line numbers of the relative imports, and of the __future__ import unless it is the first file's."""
    nodes = _relative_imports(tree)
    if not keep_future:
        nodes += [node for node in tree.body if isinstance(node, ast.ImportFrom) and node.module == "__future__"]
    return {n for node in nodes for n in range(node.lineno, node.end_lineno + 1)}
