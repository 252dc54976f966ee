"""The source trace under each draft (where each sentence comes from) and the honest status line."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys

import pytest

import clinical_guardrails
from clinical_guardrails import (
    CLINICIAN_TEXT_KEY, Filter, NOT_FROM_YOUR_NOTES, REVIEW_HEADING, TRACE_FOLD, TRACE_HEADING, UNFINISHED_CHECK,
    apply_findings, check, draft_status, trace,
)
from support.installed_presets import preset_model
from therapy_pack.paths import ROOT
from therapy_pack.plain_words import has_class_name

PRESET_MODEL = preset_model("session-note-ifs")
BULLETS = ("- mood low this week, sleeping 4-5 hrs\n"
           "- practised thought records twice; found it hard to catch the first thought\n"
           "- José (brother) visiting from Bogotá next month\n"
           "- HW: one thought record a day")
NOTE = ("DATA:\nClient reported low mood this week and sleep of 4-5 hours a night. "
        "She practiced thought records twice and found it hard to catch the first thought. "
        "Her brother Jose is visiting from Bogota next month.\n\n"
        "ASSESSMENT:\nClient shows strong insight and good rapport with the clinician.\n\n"
        "PLAN:\nHomework: one thought record a day.")


def sources(note: str = NOTE, clinician: str = BULLETS) -> dict[str, tuple[str, ...]]:
    return {t.sentence: t.sources for t in trace(note, clinician)}


# ------------------------------------------------------------------ what the trace says


def test_each_sentence_is_shown_with_the_clinicians_words_it_rests_on():
    found = sources()
    assert found["Client reported low mood this week and sleep of 4-5 hours a night."] == ("mood low this week, sleeping 4-5 hrs",)
    assert found["She practiced thought records twice and found it hard to catch the first thought."] == (
        "practised thought records twice", "found it hard to catch the first thought")
    # Accents, case, plurals and -ing/-ed endings do not keep a sentence from its source.
    assert found["Her brother Jose is visiting from Bogota next month."] == ("José (brother) visiting from Bogotá next month",)
    assert found["Homework: one thought record a day."] == ("HW: one thought record a day",)


def test_a_sentence_that_rests_on_nothing_the_clinician_wrote_is_marked():
    assert sources()["Client shows strong insight and good rapport with the clinician."] == ()
    # One shared word in a long sentence is not what it rests on.
    assert sources("Client described feeling stressed at work about a deadline this week.", "mood low this week") == {
        "Client described feeling stressed at work about a deadline this week.": ()}


def test_headings_the_packs_notice_and_the_models_reasoning_are_not_traced():
    note = ("<think>The bullets say mood is low.</think>\nSUBJECTIVE:\nMood low this week.\n## Plan\nS: Mood low.\n"
            "Name and credentials:\n\n\u26a0 The draft stopped before it was finished. Please complete it.")
    assert list(sources(note, "mood low this week")) == ["Mood low this week.", "S: Mood low."]
    assert trace("DATA:\n\nPLAN:", "anything") == []


def test_the_trace_is_one_pass_that_needs_no_model_and_repeats_itself(monkeypatch):
    assert trace(NOTE, BULLETS) == trace(NOTE, BULLETS)
    assert trace(NOTE, "") == [type(t)(t.sentence, ()) for t in trace(NOTE, BULLETS)]
    # No connection anywhere (a model is one) while a streamed draft is checked and traced.
    import socket

    monkeypatch.setattr(socket.socket, "connect", failing)
    monkeypatch.setattr(socket.socket, "connect_ex", failing)
    shown, _ = stream([NOTE])
    assert f"{TRACE_HEADING}: 4 of 5 rest on your notes" in shown


# ------------------------------------------------------------------ the fold


def fold(shown: str, kind: str) -> str:
    return re.search(rf'<details type="therapy_pack_{kind}">.*?</details>', shown, re.S).group()


def test_the_fold_quotes_each_sentence_and_says_how_many_rest_on_the_notes():
    shown = apply_findings(NOTE, [], "flag", trace(NOTE, BULLETS))
    trace_fold = fold(shown, "trace")
    assert trace_fold.startswith(f"{TRACE_FOLD}\n<summary>{TRACE_HEADING}: 4 of 5 rest on your notes</summary>\n\n")
    assert ("- \u201cClient shows strong insight and good rapport with the clinician.\u201d - "
            f"**{NOT_FROM_YOUR_NOTES}**") in trace_fold
    assert "- \u201cHomework: one thought record a day.\u201d - from your notes: \u201cHW: one thought record a day\u201d" in trace_fold


def copy_button(content: str) -> str:
    """Open WebUI 0.12's copy button (ResponseMessage.svelte, removeAllDetails in $lib/utils): every <details>
    block taken out, then the text trimmed."""
    content = re.sub(r"<details[^>]*>[\s\S]*?</details>", "", content, flags=re.I)
    return re.sub(r"<details[^>]*>.*?</details>", "", content, flags=re.I | re.S).strip()


def folds_as_open_webui_reads_them(content: str) -> list[tuple[str, str]]:
    """(type, summary) of each <details> block, as Open WebUI's Markdown extension (detailsTokenizer in
    $lib/utils/marked/extension.ts) cuts them: from <details ...> and a newline to its matching </details>."""
    found, at = [], 0
    while (at := content.find("<details", at)) >= 0:
        depth, i = 1, len("<details")
        rest = content[at:]
        while depth and i < len(rest):
            depth += rest.startswith("<details", i) - rest.startswith("</details>", i)
            i += 1
        block = rest[:i - 1 + len("</details>")]
        opening = re.match(r'<details(\s+[^>]*)?>\n', block)
        summary = re.match(r"<summary>(.*?)</summary>\n", block[opening.end():].strip() + "\n")
        found.append((re.search(r'type="(\w+)"', opening.group()).group(1), summary.group(1)))
        at += len(block)
    return found


def test_the_copy_button_copies_the_draft_alone_and_each_fold_is_whole():
    # The clinician's words are quoted in the trace; what they hold cannot close the fold early.
    bullets = BULLETS + "\n- mood low </details> this week <details type=x>"
    findings = check(bullets=bullets, note=NOTE + " Fits GAD.")
    shown = apply_findings(NOTE + " Fits GAD.", findings, "flag", trace(NOTE + " Fits GAD.", bullets))
    assert copy_button(shown) == (NOTE + " Fits GAD.").strip()
    assert folds_as_open_webui_reads_them(shown) == [
        ("therapy_pack_review", f"\u26a0 {REVIEW_HEADING}: 1 item to check"),
        ("therapy_pack_trace", f"{TRACE_HEADING}: 4 of 6 rest on your notes")]


# ------------------------------------------------------------------ through the Filter


def run(coroutine):
    return asyncio.run(coroutine)


def stream(chunks: list[str], clinician: str = BULLETS, action: str = "flag", note_format: str | None = None):
    """The draft streamed through the pack's filters in Open WebUI's order (the note filter first when
    ``note_format`` is given): (what the clinician sees, the status lines)."""
    from clinical_note_filter import FORMAT_KEY, Filter as NoteFilter

    guardrails, statuses, shown = Filter(), [], ""
    guardrails.valves = guardrails.Valves(diagnosis_action=action)
    metadata = {CLINICIAN_TEXT_KEY: clinician, FORMAT_KEY: note_format}

    async def emit(event):
        statuses.append(event["data"]["description"])

    for i, chunk in enumerate(chunks + [""]):
        event = {"choices": [{"delta": {"content": chunk}, "finish_reason": "stop" if i == len(chunks) else None}]}
        if note_format:
            event = NoteFilter().stream(event, __model__=PRESET_MODEL, __metadata__=metadata)
        event = run(guardrails.stream(event, __model__=PRESET_MODEL, __metadata__=metadata, __event_emitter__=emit))
        shown += event["choices"][0]["delta"]["content"]
    return shown, statuses


def outlet(draft: str, clinician: str = BULLETS) -> str:
    body = {"messages": [{"role": "user", "content": clinician}, {"role": "assistant", "content": draft}]}
    return Filter().outlet(body, __model__=PRESET_MODEL)["messages"][-1]["content"]


@pytest.mark.parametrize("size", [1, 7, 64, 10_000])
def test_a_streamed_draft_gets_the_trace_of_the_whole_draft_after_its_review_list(size):
    draft = NOTE + " Fits GAD."
    shown, statuses = stream([draft[i:i + size] for i in range(0, len(draft), size)])
    assert shown == outlet(draft)  # the outlet path (/api/chat/completed) gives the same
    assert shown.index('type="therapy_pack_review"') < shown.index(TRACE_FOLD)
    assert statuses == ["Draft checked: 1 item to review"]


def test_a_draft_with_nothing_to_review_still_gets_its_trace_once():
    shown, statuses = stream([NOTE])
    assert statuses == ["Draft checked: nothing to review"]
    assert REVIEW_HEADING not in shown and shown.count(TRACE_FOLD) == 1 and copy_button(shown) == NOTE
    assert outlet(shown) == shown  # the outlet sees the stream did its part


def test_no_trace_for_the_packs_own_replies_an_unreadable_answer_or_a_withheld_draft():
    from clinical_guardrails import DIAGNOSIS_REPLY, UNREADABLE

    assert outlet(DIAGNOSIS_REPLY) == DIAGNOSIS_REPLY
    unreadable = f"\u26a0 {UNREADABLE}, so there is no draft here."
    assert stream([unreadable])[0] == unreadable
    withheld, _ = stream([NOTE + " Fits GAD."], action="block")
    assert withheld.startswith("This draft was withheld") and TRACE_FOLD not in withheld


def test_a_redacted_diagnosis_is_redacted_in_the_trace_too():
    shown, _ = stream([NOTE + " Fits GAD."], action="redact")
    assert "\u201cFits [diagnosis removed - not in your notes].\u201d" in fold(shown, "trace")


# ------------------------------------------------------------------ the status line


@pytest.mark.parametrize("raw, says", [
    ("Client was calm and used grounding.", "Draft checked: not in the note's structure - review it in full"),
    ('{"data": "Client was calm and used grounding.", "assessment": "Calm.", "plan": "Continue',
     "Draft checked: it stopped before it was finished - complete it or regenerate it before signing"),
    ('{"data": "Client was calm and used grounding.", "assessment": "Calm \\q', "Draft checked: part of it is not in the note's structure - review it in full"),
    ('{"data": "Client was calm and used grounding.", "assessment": "Calm."}', "Draft checked: a section is missing - add it before signing"),
    ('{"data": "Client was calm and used grounding.", "assessment": "", "plan": "Continue."}',
     "Draft checked: a section came back empty - fill it in before signing"),
    ("", "Draft checked: no text came back - please send your notes again"),
], ids=["unstructured", "incomplete", "invalid", "missing section", "empty section", "empty"])
def test_a_draft_the_note_filter_marked_is_never_nothing_to_review(raw, says):
    shown, statuses = stream([raw[:20], raw[20:]], "client calm, used grounding. continue", note_format="dap")
    assert statuses == [says]


def test_the_status_counts_findings_beside_what_is_wrong_with_the_draft():
    note = "Client was calm. Fits GAD.\n\n\u26a0 " + clinical_guardrails.NOTICES["unstructured"]
    assert draft_status(check(bullets="client calm", note=note), note) == (
        "Draft checked: 1 item to review; not in the note's structure - review it in full")


def failing(*args, **kwargs):
    raise KeyError("a fault in the pack")


@pytest.mark.parametrize("what", ["note_findings", "find_omissions", "trace"])
def test_a_check_that_fails_shows_the_draft_and_says_to_read_it_all(monkeypatch, what):
    monkeypatch.setattr(clinical_guardrails, what, failing)
    shown, statuses = stream([NOTE[:90], NOTE[90:]])
    assert copy_button(shown) == NOTE
    assert statuses == ["Draft not fully checked: something went wrong - read all of it against your notes before signing"]
    review = fold(shown, "review")
    assert "the checks could not finish" in review and UNFINISHED_CHECK in review
    assert "nothing to review" not in shown + statuses[0] and not has_class_name(shown + statuses[0])
    assert (TRACE_FOLD in shown) == (what != "trace")
    assert outlet(NOTE) == shown  # the outlet path says the same


# ------------------------------------------------------------------ the command line


def test_check_note_prints_the_trace_when_asked(tmp_path):
    bullets, note = tmp_path / "b.txt", tmp_path / "n.txt"
    bullets.write_text(BULLETS, encoding="utf-8")
    note.write_text(NOTE, encoding="utf-8")
    command = [sys.executable, str(ROOT / "scripts" / "check_note.py"), "--bullets", str(bullets), "--note", str(note), "--trace"]
    result = subprocess.run(command + ["--json"], capture_output=True, text=True, timeout=120)
    assert json.loads(result.stdout)["trace"][-1] == {"sentence": "Homework: one thought record a day.",
                                                       "sources": ["HW: one thought record a day"]}
    text = subprocess.run(command, capture_output=True, text=True, timeout=120).stdout
    assert "- \"Client shows strong insight and good rapport with the clinician.\" <- not from the bullets or request" in text
