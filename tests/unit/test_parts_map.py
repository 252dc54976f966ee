"""The IFS parts map: storage, encryption, scoping, history and rendering, used directly."""

from __future__ import annotations


import asyncio

import pytest

import ifs_parts_map as pm
from support.dialogs import Confirming, clicks
from support.parts_map_checks import assert_concurrent_updates_kept, exported
from therapy_pack.plain_words import has_class_name

AB_SESSION = ("The Critic showed up strongly when we approached the exile holding the abandonment wound "
              "from age 7. Some unburdening occurred.")
CLINICIAN, OTHER, ADMIN = {"id": "clin-1", "role": "user"}, {"id": "clin-2", "role": "user"}, {"id": "adm", "role": "admin"}


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'parts.db'}"


def tool(db: str, key: str | None = None) -> Confirming:
    """The tool as a clinician uses it, clicking "Confirm" in each dialog unless a test answers otherwise."""
    t = pm.Tools()
    t.valves = t.Valves(encryption_key=key or KEY, database_url=db)
    return Confirming(t)


KEY = pm.Cipher.new_key()


def seed(t: Confirming, user=CLINICIAN) -> None:
    t.record_session("AB", "2026-03-01", "The Critic, Little One", "unblending, witnessing", "calm, curious", AB_SESSION, __user__=user)
    t.record_part("AB", "The Critic", "manager", "keeps her from mistakes", protects="Little One", status="befriended",
                  session_date="2026-03-01", __user__=user)
    t.record_part("AB", "Little One", "exile", origin="age 7", burdens="abandonment", status="witnessed",
                  session_date="2026-03-08", __user__=user)


def test_a_session_and_parts_build_the_map(db):
    t = tool(db)
    seed(t)
    shown = t.show_parts_map("AB", __user__=CLINICIAN)
    assert "(2 parts, 1 session recorded)" in shown
    assert "**Managers**" in shown and "**Exiles**" in shown
    assert "| The Critic | keeps her from mistakes |" in shown
    assert "```mermaid" in shown and "SELF((Self))" in shown and "-->|protects|" in shown


def test_the_map_can_be_shown_as_it_was_on_a_date_and_a_part_has_a_story(db):
    t = tool(db)
    seed(t)
    before = t.show_parts_map("AB", as_of_date="2026-03-02", __user__=CLINICIAN)
    assert "| Little One | - | - |" in before and "witnessed" not in before.split("```mermaid")[0]
    story = t.part_history("AB", "little one", __user__=CLINICIAN)
    assert story.splitlines()[1].startswith("- 2026-03-01: Session") and "2026-03-08" in story


def test_rename_merge_correct_keep_the_history(db):
    t = tool(db)
    seed(t)
    assert t.rename_part("AB", "The Critic", "The Judge", __user__=CLINICIAN) == "Renamed The Critic to The Judge in AB's map."
    t.record_part("AB", "Worrier", "manager", __user__=CLINICIAN)
    assert "Merged Worrier into The Judge" in t.merge_parts("AB", "The Judge", "Worrier", __user__=CLINICIAN)
    assert "Corrected" in t.correct_part("AB", "the critic", "status", "unburdened", __user__=CLINICIAN)  # old name still finds it
    shown = t.show_parts_map("AB", __user__=CLINICIAN)
    assert "The Judge" in shown and "Worrier" not in shown.split("```mermaid")[0] and "unburdened" in shown
    story = t.part_history("AB", "The Judge", __user__=CLINICIAN)
    assert "Renamed from The Critic to The Judge" in story and "Corrected status" in story


def test_each_clinician_sees_only_their_own_maps_whatever_they_pass(db):
    t = tool(db)
    seed(t)
    for user in (OTHER, ADMIN):
        assert t.list_clients(__user__=user) == "You have no parts maps yet."
        assert t.show_parts_map("AB", __user__=user).startswith("Not done: There is no parts map for client AB")
        assert t.delete_client_map("AB", __user__=user).startswith("Not done")
        t.record_part("AB", "Their Part", "exile", __user__=user)  # their own AB, separate from clinician 1's
    assert "Their Part" not in t.show_parts_map("AB", __user__=CLINICIAN)
    assert t.list_clients(__user__=CLINICIAN) == "- AB: 2 parts, 1 session"


def test_nothing_readable_is_stored(db, tmp_path):
    t = tool(db)
    seed(t)
    raw = (tmp_path / "parts.db").read_bytes()
    for secret in (b"Critic", b"Little One", b"abandonment", b"unburdening", b"AB\x00", b"clin-1\x00AB"):
        assert secret not in raw


def test_a_wrong_or_missing_key_is_a_clear_error_and_changes_nothing(db):
    seed(tool(db))
    wrong = tool(db, pm.Cipher.new_key())
    for call in (lambda: wrong.show_parts_map("AB", __user__=CLINICIAN), lambda: wrong.record_part("AB", "X", __user__=CLINICIAN)):
        assert "could not be decrypted with the configured key; nothing has been changed" in call()
    no_key = tool(db)
    no_key.valves = no_key.Valves(encryption_key="", database_url=db)
    assert "has no encryption key in its settings" in no_key.list_clients(__user__=CLINICIAN)
    bad = tool(db, "not-a-key")
    assert "not valid (it must be 32 bytes, base64)" in bad.list_clients(__user__=CLINICIAN)
    assert "The Critic" in tool(db).show_parts_map("AB", __user__=CLINICIAN)


def test_rotating_the_key_with_the_script(db, monkeypatch, capsys):
    import rotate_parts_key

    seed(tool(db))
    other = tool(db)
    other.record_part("ZZ", "Theirs", __user__=OTHER)
    new = pm.Cipher.new_key()
    monkeypatch.setenv("THERAPY_PACK_OLD_KEY", KEY)
    monkeypatch.setenv("THERAPY_PACK_NEW_KEY", new)
    closed()  # as when Open WebUI is stopped
    assert rotate_parts_key.main(["--db", db, "--open-webui-url", NOBODY]) == 0
    assert "Re-encrypted 2 client maps" in capsys.readouterr().out
    assert "The Critic" in tool(db, new).show_parts_map("AB", __user__=CLINICIAN)
    assert "Theirs" in tool(db, new).show_parts_map("ZZ", __user__=OTHER)
    assert tool(db, KEY).show_parts_map("AB", __user__=CLINICIAN).startswith("Not done")
    closed()
    # Run again (say after a crash or a doubt): what is already under the new key is left as it is.
    assert rotate_parts_key.main(["--db", db, "--open-webui-url", NOBODY]) == 0
    assert "Re-encrypted 0 client maps (2 were already under the new key)" in capsys.readouterr().out
    monkeypatch.setenv("THERAPY_PACK_OLD_KEY", pm.Cipher.new_key())  # keys that open nothing: clear error, no change
    monkeypatch.setenv("THERAPY_PACK_NEW_KEY", pm.Cipher.new_key())
    assert rotate_parts_key.main(["--db", db, "--open-webui-url", NOBODY]) == 2
    assert "could not be decrypted" in capsys.readouterr().err
    assert "The Critic" in tool(db, new).show_parts_map("AB", __user__=CLINICIAN)


NOBODY = "http://127.0.0.1:9"


def closed() -> None:
    """Close every connection the tool keeps, as a stopped Open WebUI would."""
    for store in pm._STORES.values():
        store.engine.dispose()


def test_rotation_refuses_a_wrong_address_a_running_open_webui_and_open_maps(db, tmp_path, monkeypatch, capsys):
    import rotate_parts_key
    from therapy_pack import key_rotation

    monkeypatch.setenv("THERAPY_PACK_OLD_KEY", KEY)
    monkeypatch.setenv("THERAPY_PACK_NEW_KEY", pm.Cipher.new_key())
    assert rotate_parts_key.main(["--db", f"sqlite:///{tmp_path / 'typo.db'}", "--open-webui-url", NOBODY]) == 2
    assert "no parts maps" in capsys.readouterr().err and not (tmp_path / "typo.db").exists()
    seed(tool(db))
    assert rotate_parts_key.main(["--db", db, "--open-webui-url", NOBODY]) == 2  # the tool still has the file open
    assert "stop Open WebUI first" in capsys.readouterr().err
    closed()
    monkeypatch.setattr(key_rotation, "open_webui_answers", lambda url: True)
    assert rotate_parts_key.main(["--db", db]) == 2
    assert "Open WebUI is running" in capsys.readouterr().err
    assert "The Critic" in tool(db).show_parts_map("AB", __user__=CLINICIAN)  # nothing changed


@pytest.mark.parametrize("call, message", [
    (lambda t: t.record_part("AB", "X", "dragon", __user__=CLINICIAN), "'dragon' is not a part type"),
    (lambda t: t.record_part("AB", "", __user__=CLINICIAN), "give the part name"),
    (lambda t: t.record_part("Jane Margaret Smith-Johnson of 12 Elm St, Springfield", "X", __user__=CLINICIAN), "client code"),
    (lambda t: t.record_session("AB", "March 3rd", "X", __user__=CLINICIAN), "is not a date"),
    (lambda t: t.record_session("AB", clinician_words="x" * 5000, __user__=CLINICIAN), "the limit is 4,000"),
    (lambda t: t.record_session("AB", __user__=CLINICIAN), "Nothing to record"),
    (lambda t: t.rename_part("AB", "Nobody", "Y", __user__=CLINICIAN), "There is no part called 'Nobody'"),
    (lambda t: t.correct_part("AB", "The Critic", "favourite colour", "blue", __user__=CLINICIAN), "not something a part has"),
    (lambda t: t.show_parts_map("ZZ", __user__=CLINICIAN), "no parts map for client ZZ"),
    (lambda t: t.record_part("AB", "X", __user__=None), "signed-in clinician"),
])
def test_bad_input_gets_a_clear_message_and_stores_nothing(db, call, message):
    t = tool(db)
    seed(t)
    before = t.export_parts_map("AB", "json", __user__=CLINICIAN)
    result = call(t)
    assert result.startswith("Not done:") and message in result
    assert t.export_parts_map("AB", "json", __user__=CLINICIAN) == before


def test_odd_unicode_is_kept_safely(db):
    t = tool(db)
    assert "Added" in t.record_part("ÉÖ", "Petite\u200bChose \u202e🙂", "exile", role="x\x00y", __user__=CLINICIAN)
    shown = t.show_parts_map("éö", __user__=CLINICIAN)
    assert "Petite" in shown and "\x00" not in shown and "\u202e" not in shown


def test_every_change_happens_only_after_the_clinician_confirms_in_the_dialog(db):
    t = tool(db)
    seed(t)
    before = t.export_parts_map("AB", "json", __user__=CLINICIAN)
    changes = [
        lambda **kw: t.delete_client_map("AB", __user__=CLINICIAN, **kw),
        lambda **kw: t.record_part("AB", "Worrier", "manager", __user__=CLINICIAN, **kw),
        lambda **kw: t.record_session("AB", "2026-03-15", "The Critic", "unburdening", __user__=CLINICIAN, **kw),
        lambda **kw: t.rename_part("AB", "The Critic", "The Judge", __user__=CLINICIAN, **kw),
        lambda **kw: t.merge_parts("AB", "The Critic", "Little One", __user__=CLINICIAN, **kw),
        lambda **kw: t.correct_part("AB", "The Critic", "status", "unburdened", __user__=CLINICIAN, **kw),
    ]
    for change in changes:
        assert "cannot show" in change(__event_call__=None)  # no dialog possible: nothing changed
        for answer in (False, None, {"error": "Client session disconnected."}, "yes", "delete AB"):
            assert change(__event_call__=clicks(answer)).startswith("Nothing was changed")
    assert t.export_parts_map("AB", "json", __user__=CLINICIAN) == before
    dialog = clicks(True)
    assert t.record_part("AB", "Worrier", "manager", role="plans ahead", __user__=CLINICIAN, __event_call__=dialog).startswith("Added Worrier")
    assert dialog.asked[0]["type"] == "confirmation" and dialog.asked[0]["data"]["title"] == "Record Worrier in AB's parts map?"
    assert "role: plans ahead" in dialog.asked[0]["data"]["message"]  # the clinician sees what will be recorded
    dialog = clicks(True)
    assert t.delete_client_map("AB", __user__=CLINICIAN, __event_call__=dialog) == "Deleted AB's parts map and its history."
    assert "AB" in dialog.asked[0]["data"]["title"] and "3 parts, 1 session" in dialog.asked[0]["data"]["message"]
    assert "no parts map" in t.show_parts_map("AB", __user__=CLINICIAN)


def test_values_that_cannot_be_used_are_refused_before_any_dialog(db):
    dialog = clicks(True)
    assert "is not a part type" in tool(db).record_part("AB", "X", "dragon", __user__=CLINICIAN, __event_call__=dialog)
    assert dialog.asked == []


@pytest.mark.parametrize("change", ["record_part", "record_session", "rename_part", "merge_parts", "correct_part", "delete_client_map"])
def test_the_model_cannot_confirm_a_change_itself(change):
    import inspect

    visible = inspect.signature(getattr(pm.Tools, change)).parameters
    assert "__event_call__" in visible
    assert not [name for name in visible if "confirm" in name.lower()]  # no argument the model could fill in to say "confirmed"


def test_export_as_markdown_and_json(db):
    import json

    t = tool(db)
    seed(t)
    markdown = t.export_parts_map("AB", __user__=CLINICIAN)
    assert "## Sessions" in markdown and AB_SESSION in markdown and "## History" in markdown
    data = exported(t, CLINICIAN)
    assert {p["name"] for p in data["map"]["parts"].values()} == {"The Critic", "Little One"} and len(data["history"]) == 3


def test_concurrent_updates_are_all_kept(db):
    assert_concurrent_updates_kept(tool(db), CLINICIAN, "AB")




def test_what_was_typed_shows_as_words_never_as_html_links_or_images(db):
    t = tool(db)
    t.record_part("AB", "<img src=x onerror=alert(1)>", "manager", role="![x](https://host.example/?leak)", __user__=CLINICIAN)
    shown = t.show_parts_map("AB", __user__=CLINICIAN)
    table = shown.split("```mermaid")[0]
    assert "<img" not in shown and "&lt;img src=x onerror=alert\\(1\\)&gt;" in table
    assert "![x](" not in shown and "https://" not in shown and "\\!\\[x\\]\\(https\\://host.example/?leak\\)" in table
    story = t.part_history("AB", "<img src=x onerror=alert(1)>", __user__=CLINICIAN)
    assert "<img" not in story
    assert "<img" not in t.export_parts_map("AB", __user__=CLINICIAN)


def test_a_long_protects_value_that_was_accepted_is_always_shown(db):
    t = tool(db)
    t.record_part("AB", "Little One", "exile", __user__=CLINICIAN)
    long_protects = "Little One, " + "the part that remembers the long winter at the grandparents' farm " * 3
    assert "Added" in t.record_part("AB", "The Critic", "manager", protects=long_protects.strip(), __user__=CLINICIAN)
    shown = t.show_parts_map("AB", __user__=CLINICIAN)
    assert shown.startswith("Parts map for AB") and "-->|protects|" in shown


def test_a_database_error_is_a_plain_message_with_nothing_from_the_driver(tmp_path):
    broken = tmp_path / "parts.db"
    broken.write_bytes(b"this is not a database, but it holds sealed text: c2VhbGVk")
    answer = tool(f"sqlite:///{broken}").list_clients(__user__=CLINICIAN)
    assert answer.startswith("Not done: the parts-map database could not be read or written")
    assert "sealed" not in answer and "c2VhbGVk" not in answer and "not a database" not in answer
    assert not has_class_name(answer)  # "DatabaseError" means nothing to a clinician


def test_maps_are_never_left_behind_for_an_empty_database(tmp_path):
    built_in, elsewhere = f"sqlite:///{tmp_path / 'built-in.db'}", f"sqlite:///{tmp_path / 'practice.db'}"
    seed(tool(built_in))
    with pytest.raises(pm.PartsMapError, match="holds none"):
        pm.open_store(elsewhere, KEY, built_in)
    assert not (tmp_path / "practice.db").exists()
    seed(tool(elsewhere))  # once the maps are there (moved, or a practice that started there), it is used
    assert pm.open_store(elsewhere, KEY, built_in) is not None


def test_the_tool_spec_offers_every_part_field():
    """Open WebUI reads record_part's and correct_part's signatures and docstrings: they must name every field."""
    import inspect

    record, correct = inspect.signature(pm.Tools.record_part).parameters, pm.Tools.correct_part.__doc__
    for field in pm.PART_FIELDS:
        assert field.parameter in record and f":param {field.parameter}:" in pm.Tools.record_part.__doc__
    assert f":param field: One of: {', '.join(f.name for f in pm.PART_FIELDS)}." in correct


def test_a_new_field_needs_only_its_line_in_part_fields(db, monkeypatch):
    """Stored parts, the table, corrections, merges and the export all follow PART_FIELDS."""
    import json

    t = tool(db)
    seed(t)  # stored before the field existed
    monkeypatch.setattr(pm, "PART_FIELDS", pm.PART_FIELDS + (pm.PartField("needs", "Needs", limit=20),))
    assert "the limit is 20" in t.correct_part("AB", "Little One", "needs", "x" * 21, __user__=CLINICIAN)
    assert "'wants' is not something a part has. Use one of: type, role," in t.correct_part("AB", "Little One", "wants", "x", __user__=CLINICIAN)
    assert t.correct_part("AB", "Little One", "needs", "safety", __user__=CLINICIAN) == "Corrected Little One's needs in AB's map."
    shown = t.show_parts_map("AB", __user__=CLINICIAN)
    assert "| Part | Role | Origin | Relationship to Self | Burdens | Protects | Status | Needs |" in shown
    assert "| The Critic | keeps her from mistakes | - | - | - | Little One | befriended | - |" in shown  # stored before: empty
    assert "| Little One | - | age 7 | - | abandonment | - | witnessed | safety |" in shown
    assert "Merged" in t.merge_parts("AB", "The Critic", "Little One", __user__=CLINICIAN)
    merged = exported(t, CLINICIAN)["map"]["parts"]
    assert [p["needs"] for p in merged.values()] == ["safety"]
    assert "| safety |" in t.export_parts_map("AB", __user__=CLINICIAN)


def test_every_part_field_is_checked_stored_and_shown_as_described(db):
    import json

    t = tool(db)
    given = {f.parameter: f.choices[0] if f.choices else f"{f.name} text" for f in pm.PART_FIELDS}
    dialog = clicks(True)
    assert "Added" in t.record_part("AB", "Every", **given, __user__=CLINICIAN, __event_call__=dialog)
    asked = dialog.asked[0]["data"]["message"]
    stored = next(iter(exported(t, CLINICIAN)["map"]["parts"].values()))
    shown = t.show_parts_map("AB", __user__=CLINICIAN).split("```mermaid")[0]
    for f in pm.PART_FIELDS:
        assert stored[f.name] == given[f.parameter] and f"{f.label}: {given[f.parameter]}" in asked
        assert not f.heading or (f"| {f.heading} |" in shown and pm._cell(given[f.parameter]) in shown)
        if not f.choices:
            too_long = t.record_part("AB", "Every", **{f.parameter: "x" * (f.limit + 1)}, __user__=CLINICIAN)
            assert f"The {f.label} is {f.limit + 1:,} characters; the limit is {f.limit:,}." in too_long
    assert f"**{pm.TYPE_HEADINGS[given['part_type']]}**" in shown


def test_a_map_is_shown_in_a_window_and_the_chat_gets_only_a_line_that_says_so(db):
    """What a chat shows, Open WebUI stores with the chat in clear: maps go to its dialog, which nothing stores."""
    t = tool(db)
    seed(t)
    raw = t.tool
    for view, args in ((raw.show_parts_map, ("AB",)), (raw.show_parts_map, ("AB", "2026-03-02")),
                       (raw.part_history, ("AB", "Little One")), (raw.list_clients, ()), (raw.export_parts_map, ("AB", "json"))):
        window = clicks(True)
        answer = asyncio.run(view(*args, __user__=CLINICIAN, __event_call__=window))
        [shown] = window.asked
        assert answer == pm.SHOWN_IN_WINDOW.format(what=shown["data"]["title"]), view.__name__
        assert "Little One" in shown["data"]["message"] or "AB: 2 parts" in shown["data"]["message"]
        for words in ("Little One", "Critic", "abandonment", "keeps her from mistakes"):
            assert words not in answer, (view.__name__, answer)
        without_dialog = asyncio.run(view(*args, __user__=CLINICIAN))
        assert without_dialog.startswith("Not shown:") and "Little One" not in without_dialog
    nothing = clicks(True)
    assert asyncio.run(raw.show_parts_map("ZZ", __user__=CLINICIAN, __event_call__=nothing)).startswith("Not done: There is no parts map")
    assert nothing.asked == []
