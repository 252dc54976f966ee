"""Every privacy or safety promise README.md makes has a row in its table "Promises and the tests that keep them",
and every row names tests that exist.

Which README text is a promise (decided mechanically, so a new promise cannot slip in unnoticed):

1. every bullet of the lists that are all promises: the bullets of "## Keeping client data safe", and the lists
   after "What the pack will and will not do:" and "The rules are also **enforced in code**";
2. every sentence anywhere else in README.md too (paragraphs, bullets, table cells; not code blocks or headings,
   and not the promise table itself) that uses a word of ``PROMISE_WORDS``: never, ever, only, nothing, cannot,
   encrypted, private, leaves, offline, loopback, 127.0.0.1, outbound, telemetry, readable, deleted, kept,
   stored, switched off, refuses, declined, hidden and the like.

A promise is covered when its text contains a row's quoted phrase. The convention for the table's Promise column:
one or more phrases in straight double quotes, each copied exactly from README.md (emphasis marks ``*`` and runs
of white space do not count), each at least three words long and found exactly once in README.md outside the
table, so that it points at one sentence. Words outside the quotes are free. Kept by names one or more tests as
pytest node ids in backticks (``tests/unit/test_x.py::test_name``, ``::Class::test_name``, ``[param-id]``
allowed); each must be a test function that file defines. What breaks it says in plain words which fault would
break the promise.

A sentence that uses a promise word but promises nothing about privacy or safety (a test command, advice to the
clinician) is listed in ``NOT_PROMISES`` with why: a phrase of it and the reason, in plain sight for review. It
excuses that sentence only, never a bullet of the promise lists, and a phrase no longer in the README fails.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
SECTION = "### Promises and the tests that keep them"
COLUMNS = ["Promise", "Kept by", "What breaks it"]
PROMISE_LISTS = ("## Keeping client data safe", "What the pack will and will not do:",
                 "The rules are also **enforced in code**")
PROMISE_WORDS = re.compile(
    r"\b(never|ever|only|nothing|no one|cannot|encrypt\w*|private|privacy|leaves|offline|loopback|outbound|"
    r"telemetry|readable|deleted?|deletes|removed|kept|stored|switched off|turned off|not copied|refuses|refused|declined|"
    r"hidden|withheld)\b|127\.0\.0\.1|0600",
    re.IGNORECASE)
MIN_WORDS = 3

# Sentences that use a promise word without promising anything about privacy or safety: a phrase of each, and why.
NOT_PROMISES: dict[str, str] = {
    "starts a private practice on": "what the group benchmark does; its loopback servers are the tests' (tests/e2e/conftest.py)",
    "On a 2-core test VM, 10 clinicians": "a measured figure, printed by scripts/bench_group.py",
    "run the same `open-webui` service on another computer": "how to add an instance; the ports rule has its own row",
    "Dictate your summary, never the session itself": "advice to the clinician (a transcript is refused: its own row)",
    "otherwise the signature block leaves a line": "how a letter is laid out",
    'calls the Critic "the Judge"': "an example of a request",
    "An administrator can name other models that cannot choose tools": "where a setting is",
    "adds the account to the": "what adding a clinician does; no client data is involved",
    "picks another size (larger: more accurate, slower)": "the speech model's options",
    "the demo model only shows that the setup works": "what the demo model is for",
    "To (re)install only the pack into an Open WebUI": "the lead-in to a command",
    "One command runs the whole suite from nothing": "how to run the tests",
    "The end-to-end tests start a real Open WebUI": "how the tests run",
    "for the fast unit tests only": "how to run the tests",
    "Delete such a chat if it should not be kept": "advice to the clinician",
    # "How it is built" describes the code; each promise it restates has its own row above.
    "puts the preset's rules first (the same bytes": "describes a file (How it is built)",
    "holds the checks, checks a streamed draft": "describes a file (How it is built)",
    "the encrypted per-client parts map": "describes a file (How it is built)",
    "The commands a person runs, each named by what it does": "describes the commands (How it is built)",
    "The library (a package `pyproject.toml` lists": "describes the library (How it is built)",
    "uses only the standard library and pydantic": "how the pipelines are packaged",
    "They pass each other only these metadata keys": "describes the pipelines' metadata",
    "nothing in the pack: for a practice's own filter": "describes a metadata key",
}


@dataclass
class Row:
    promise: str
    phrases: list[str]
    tests: list[str]
    breaks: str


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("*", "")).strip()


def without_table(text: str) -> str:
    """README.md without the promise section (from its heading to the next heading) and without code blocks."""
    kept, inside_section, inside_code = [], False, False
    for line in text.splitlines():
        if line.startswith("#"):
            inside_section = line.strip() == SECTION
        if line.strip().startswith("```"):
            inside_code = not inside_code
            kept.append("")
            continue
        kept.append("" if inside_section or inside_code else line)
    return "\n".join(kept)


def blocks(text: str) -> list[tuple[str, str]]:
    """(what it stands under, its text) for each paragraph, top-level bullet and table cell. What a block stands
    under is the heading above it, or the paragraph ending in ":" that leads in its list."""
    found: list[tuple[str, str]] = []
    current: list[str] = []
    context = ""

    def flush():
        nonlocal current, context
        if current:
            block = " ".join(line.strip() for line in current)
            found.append((context, block))
            if not block.startswith(("- ", "* ")) and block.endswith(":"):
                context = block
            current = []

    for line in without_table(text).splitlines():
        if not line.strip():
            flush()
        elif line.startswith("#"):
            flush()
            context = line.strip()
        elif line.startswith("|"):
            flush()
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-+:?", cell) for cell in cells):
                found.extend((context, cell) for cell in cells if cell)
        else:
            if line.startswith(("- ", "* ")):
                flush()
            current.append(line)
    flush()
    return found


def bullet(text: str) -> str | None:
    return text[2:] if text.startswith(("- ", "* ")) else None


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"(`*])", text) if s.strip()]


def promise_units(text: str) -> list[tuple[str, str]]:
    """Every README text the table must cover, normalised, with its kind: "bullet" for a bullet of the promise
    lists, "sentence" for a sentence anywhere that uses a promise word."""
    found: dict[str, str] = {}
    for context, block in blocks(text):
        item = bullet(block)
        if item is not None and context.startswith(PROMISE_LISTS):
            found[normalise(item)] = "bullet"
        for sentence in sentences(item if item is not None else block):
            if PROMISE_WORDS.search(sentence):
                found.setdefault(normalise(sentence), "sentence")
    return [(kind, unit) for unit, kind in found.items()]


def promises(text: str) -> list[str]:
    return [unit for _, unit in promise_units(text)]


def table(text: str) -> list[Row]:
    """The rows of the promise table."""
    lines = text.split(SECTION, 1)[1].splitlines()[1:] if SECTION in text else []
    rows: list[Row] = []
    header = None
    for line in lines:
        if line.startswith("#"):
            break
        if not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
            assert header == COLUMNS, f"the promise table's columns are {header}, not {COLUMNS}"
            continue
        if all(re.fullmatch(r":?-+:?", cell) for cell in cells):
            continue
        assert len(cells) == 3, f"a promise row with {len(cells)} cells: {line}"
        promise, kept_by, breaks = cells
        rows.append(Row(promise, [normalise(p) for p in re.findall(r'"([^"]+)"', promise)],
                        re.findall(r"`([^`]+)`", kept_by), breaks))
    return rows


def uncovered(text: str, rows: list[Row], not_promises: dict[str, str] = NOT_PROMISES) -> list[str]:
    """The promises no row quotes. ``not_promises`` excuses a sentence, never a bullet of the promise lists."""
    phrases = [p for row in rows for p in row.phrases]
    excused = [normalise(p) for p in not_promises]
    return [unit for kind, unit in promise_units(text)
            if not any(p in unit for p in phrases + (excused if kind == "sentence" else []))]


def phrase_problems(text: str, rows: list[Row], not_promises: dict[str, str] = NOT_PROMISES) -> list[str]:
    """A row without a quoted phrase, or a phrase too short, or not found exactly once outside the table."""
    prose = normalise(without_table(text))
    problems = []
    for row in rows:
        if not row.phrases:
            problems.append(f"no quoted phrase: {row.promise}")
    for phrase in [p for row in rows for p in row.phrases] + [normalise(p) for p in not_promises]:
        if len(phrase.split()) < MIN_WORDS:
            problems.append(f"shorter than {MIN_WORDS} words: {phrase!r}")
        elif prose.count(phrase) != 1:
            problems.append(f"found {prose.count(phrase)} times in README.md, not once: {phrase!r}")
    return problems


def node_problem(node_id: str, root: Path = ROOT) -> str | None:
    """Why ``node_id`` names no test, or None when it does."""
    match = re.fullmatch(r"(tests/[\w/]+\.py)((?:::\w+)+)(\[[^\]]+\])?", node_id)
    if not match:
        return f"{node_id}: not a pytest node id (tests/….py::test_name)"
    path, names, param = root / match[1], match[2].split("::")[1:], match[3]
    if not path.is_file():
        return f"{node_id}: no file {match[1]}"
    scope = ast.parse(path.read_text(encoding="utf-8")).body
    for depth, name in enumerate(names):
        last = depth == len(names) - 1
        wanted = (ast.FunctionDef, ast.AsyncFunctionDef) if last else (ast.ClassDef,)
        found = [node for node in scope if isinstance(node, wanted) and node.name == name]
        if not found or (last and not name.startswith("test")) or (not last and not name.startswith("Test")):
            return f"{node_id}: {match[1]} defines no test {'::'.join(names[:depth + 1])}"
        scope = found[-1].body
    if param and not any("parametrize" in ast.unparse(d) for d in found[-1].decorator_list):
        return f"{node_id}: {names[-1]} is not parametrised"
    return None


def missing_tests(rows: list[Row], root: Path = ROOT) -> list[str]:
    problems = [f"no test named for: {row.promise}" for row in rows if not row.tests]
    problems += [problem for row in rows for node in row.tests if (problem := node_problem(node, root))]
    return problems


TEXT = README.read_text(encoding="utf-8")
ROWS = table(TEXT)


def test_every_promise_the_readme_makes_has_a_row():
    missing = uncovered(TEXT, ROWS)
    assert missing == [], "README sentences that promise something but have no row in the promise table " \
        "(quote a phrase of each in a row, or, if it promises nothing about privacy or safety, add it to NOT_PROMISES):\n- " \
        + "\n- ".join(missing)


def test_every_row_names_tests_that_exist():
    assert ROWS, f"README.md has no table under {SECTION!r}"
    assert missing_tests(ROWS) == []


def test_every_row_quotes_the_readme_and_says_what_breaks_it():
    assert phrase_problems(TEXT, ROWS) == []
    assert [row.promise for row in ROWS if len(row.breaks.split()) < 3] == []


def test_every_sentence_excused_as_no_promise_is_still_in_the_readme():
    sentences_ = [unit for kind, unit in promise_units(TEXT) if kind == "sentence"]
    assert [p for p in NOT_PROMISES if not any(normalise(p) in unit for unit in sentences_)] == []


# The checker itself, on the real README changed and on made-up text.

SYNTHETIC = f"""# A pack

Intro text.

## Keeping client data safe

- Backups are encrypted with a passphrase.
- The doctor checks the machine
  and says what to fix.

{SECTION}

| Promise | Kept by | What breaks it |
| --- | --- | --- |
| "Backups are encrypted" | `tests/unit/test_backup.py::test_no_unencrypted_file_is_written_while_creating` | a backup written in clear |
| "The doctor checks the machine" | `tests/unit/test_doctor.py::test_cloud_synced_data_is_a_problem` | the doctor misses a problem |

## Adding a modality

Drop one file in.
"""


def test_the_synthetic_readme_is_covered():
    rows = table(SYNTHETIC)
    assert [row.phrases for row in rows] == [["Backups are encrypted"], ["The doctor checks the machine"]]
    assert uncovered(SYNTHETIC, rows, {}) == [] and phrase_problems(SYNTHETIC, rows, {}) == [] and missing_tests(rows) == []


def without_row(text: str, phrase: str) -> str:
    """``text`` with the promise table's row that quotes ``phrase`` taken out."""
    head, section = text.split(SECTION, 1)
    lines = section.splitlines(keepends=True)
    [row] = [line for line in lines if line.startswith(f'| "{phrase}"')]
    return head + SECTION + "".join(line for line in lines if line is not row)


def test_a_deleted_row_leaves_its_promise_uncovered():
    synthetic = without_row(SYNTHETIC, "Backups are encrypted")
    assert uncovered(synthetic, table(synthetic), {}) == ["Backups are encrypted with a passphrase."]
    real = without_row(TEXT, "Long notes are never silently cut")
    assert len(table(real)) == len(ROWS) - 1
    assert uncovered(real, table(real)) == ["Long notes are never silently cut."]
    real = without_row(TEXT, "The transcript is not kept either")
    [bullet_and_sentence] = {promise[:40] for promise in uncovered(real, table(real))}
    assert bullet_and_sentence.startswith(("A pasted session transcript", "The transcript is not kept"))
    head, section = TEXT.split(SECTION, 1)
    nothing = head + SECTION + "".join(line for line in section.splitlines(keepends=True) if not line.startswith('| "'))
    assert table(nothing) == []
    assert uncovered(nothing, []) == [unit for kind, unit in promise_units(TEXT)
                                      if kind == "bullet" or not any(normalise(p) in unit for p in NOT_PROMISES)]


def test_a_new_promise_bullet_or_sentence_has_no_row_until_one_is_added():
    bullet_added = SYNTHETIC.replace("- The doctor", "- Chats are deleted after a week.\n- The doctor")
    assert uncovered(bullet_added, table(bullet_added), {}) == ["Chats are deleted after a week."]
    plain = SYNTHETIC.replace("Drop one file in.", "Drop one file in. Speech never leaves the machine.")
    assert uncovered(plain, table(plain), {}) == ["Speech never leaves the machine."]
    advice = SYNTHETIC.replace("- The doctor", "- Lock the screen when you leave.\n- The doctor")
    assert uncovered(advice, table(advice), {}) == ["Lock the screen when you leave."]  # a bullet of the list: needs a row
    assert uncovered(advice, table(advice), {"Lock the screen": "advice"}) == ["Lock the screen when you leave."]
    assert uncovered(plain, table(plain), {"Speech never leaves": "not a promise"}) == []  # a sentence can be excused
    real = TEXT.replace("## Keeping client data safe\n", "## Keeping client data safe\n\n- Chats are forgotten at midnight.\n", 1)
    assert uncovered(real, ROWS) == ["Chats are forgotten at midnight."]
    real = TEXT.replace("## Adding a modality\n", "## Adding a modality\n\nNo transcript is ever kept.\n", 1)
    assert uncovered(real, ROWS) == ["No transcript is ever kept."]


def test_a_row_naming_a_test_that_does_not_exist_is_found(tmp_path):
    named = table(SYNTHETIC.replace("test_cloud_synced_data_is_a_problem", "test_the_doctor_reads_minds"))
    assert missing_tests(named) == ["tests/unit/test_doctor.py::test_the_doctor_reads_minds: "
                                    "tests/unit/test_doctor.py defines no test test_the_doctor_reads_minds"]
    assert "no file" in node_problem("tests/unit/test_nowhere.py::test_x")
    assert "not a pytest node id" in node_problem("test_doctor.py::test_cloud_synced_data_is_a_problem")
    assert node_problem("tests/unit/test_retention.py::test_a_dictation_and_everything_made_from_it_is_deleted_once_transcribed"
                        "[failed]") is None
    assert "not parametrised" in node_problem("tests/unit/test_doctor.py::test_cloud_synced_data_is_a_problem[x]")
    made = tmp_path / "tests" / "unit" / "test_made.py"
    made.parent.mkdir(parents=True)
    made.write_text("class TestGroup:\n    def test_inside(self):\n        pass\n\ndef helper():\n    pass\n")
    assert node_problem("tests/unit/test_made.py::TestGroup::test_inside", tmp_path) is None
    assert "defines no test" in node_problem("tests/unit/test_made.py::test_inside", tmp_path)
    assert "defines no test" in node_problem("tests/unit/test_made.py::helper", tmp_path)
    unnamed = table(SYNTHETIC.replace("`tests/unit/test_doctor.py::test_cloud_synced_data_is_a_problem`", "the doctor's tests"))
    assert missing_tests(unnamed) == ['no test named for: "The doctor checks the machine"']


def test_a_phrase_that_is_not_in_the_readme_or_is_everywhere_is_found():
    moved = SYNTHETIC.replace("- Backups are encrypted with a passphrase.", "- Backups are sealed with a passphrase.")
    assert phrase_problems(moved, table(moved), {}) == ["found 0 times in README.md, not once: 'Backups are encrypted'"]
    short = SYNTHETIC.replace('"Backups are encrypted"', '"Backups"')
    assert phrase_problems(short, table(short), {}) == ["shorter than 3 words: 'Backups'"]
