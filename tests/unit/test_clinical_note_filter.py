"""The note filter's pure logic: prompts, structured-output requests and rendering."""

import asyncio
import json
import random

import pytest

from clinical_note_filter import (
    CHAT_PROMPT_INTRO,
    Filter,
    asks_for_parts_map,
    final_text,
    neutral_title,
    note_schema,
    render_note,
    stream_delta,
    titled_by_content,
)
from support.installed_presets import run_inlet

SECTIONS = [{"key": "data", "heading": "DATA"}, {"key": "assessment", "heading": "ASSESSMENT"}, {"key": "plan", "heading": "PLAN"}]
DAP = {"name": "DAP", "layout": "headed", "sections": SECTIONS, "aliases": ["DAP note"], "closing": [],
       "system_prompt": "RULES: never diagnose. Format DAP."}
SOAP = {"name": "SOAP", "layout": "headed", "aliases": ["SOAP note"], "closing": [],
        "system_prompt": "RULES: never diagnose. Format SOAP.",
        "sections": [{"key": k, "heading": h} for k, h in (("subjective", "SUBJECTIVE"), ("objective", "OBJECTIVE"),
                                                           ("assessment", "ASSESSMENT"), ("plan", "PLAN"))]}
NOTE = {
    "data": 'Client identified worry as a protector.\nAccessed an exile\'s fear of abandonment ("age 7").',
    "assessment": "Client showed increasing Self-energy — calm and curious. ✓",
    "plan": "Self-energy journaling homework.",
}
RENDERED = (
    "DATA:\nClient identified worry as a protector.\nAccessed an exile's fear of abandonment (\"age 7\").\n\n"
    "ASSESSMENT:\nClient showed increasing Self-energy — calm and curious. ✓\n\n"
    "PLAN:\nSelf-energy journaling homework."
)


def preset_model(owned_by="openai"):
    spec = {"preset": "session-note-ifs", "default_format": "dap", "formats": {"dap": DAP, "soap": SOAP}}
    return {"id": "session-note-ifs", "owned_by": owned_by, "info": {"meta": {"therapy_pack": spec}}}


def test_schema_has_one_required_string_per_section_in_order():
    schema = note_schema(SECTIONS)
    assert list(schema["properties"]) == ["data", "assessment", "plan"]
    assert schema["required"] == ["data", "assessment", "plan"]
    assert all(p["type"] == "string" for p in schema["properties"].values())
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("raw", [json.dumps(NOTE), json.dumps(NOTE, ensure_ascii=False, indent=2)])
def test_complete_json_renders_as_a_plain_text_note(raw):
    rendered = render_note(raw, DAP)
    assert rendered.status == "complete" and not rendered.missing
    assert rendered.text == RENDERED
    assert final_text(raw, DAP) == RENDERED


def test_every_prefix_renders_to_a_prefix_of_the_whole_note():
    raw = json.dumps(NOTE)  # ascii escapes, so \u sequences get cut mid-way too
    whole = render_note(raw, DAP).text
    for end in range(len(raw) + 1):
        assert whole.startswith(render_note(raw[:end], DAP).text), raw[:end]


def test_streaming_in_random_chunks_gives_the_final_note():
    raw = json.dumps(NOTE)
    rng = random.Random(7)
    for _ in range(20):
        state, shown, i = {}, "", 0
        while i < len(raw):
            step = rng.randint(1, 9)
            shown += stream_delta(state, raw[i : i + step], False, DAP)
            i += step
        shown += stream_delta(state, "", True, DAP)
        assert shown == RENDERED


def test_output_cut_off_keeps_everything_and_says_so():
    raw = json.dumps(NOTE)[:-40]
    text = final_text(raw, DAP)
    assert text.startswith(RENDERED[:60])
    assert "stopped before it was finished" in text


def test_text_that_is_not_json_is_shown_verbatim_with_a_notice():
    raw = "DATA: Client talked about the Critic.\nPLAN: continue."
    text = final_text(raw, DAP)
    assert text.startswith(raw)
    assert "exactly as it was written" in text


def test_garbage_after_a_section_is_kept_verbatim():
    raw = '{"data": "Worked with the Critic.", "assessment": 42, "plan": "x"}'
    text = final_text(raw, DAP)
    assert text.startswith("DATA:\nWorked with the Critic.")
    assert '42, "plan": "x"}' in text
    assert "not in the expected note structure" in text


def test_a_missing_or_empty_section_is_pointed_out():
    text = final_text('{"data": "Worked with the Critic.", "assessment": "  "}', DAP)
    assert "no PLAN section" in text and "ASSESSMENT section came back empty" in text


def test_an_empty_answer_is_never_an_empty_message():
    text = final_text("   ", DAP)
    assert "returned no text" in text and "Nothing you typed was lost" in text


def test_reasoning_before_the_json_is_passed_through():
    raw = "<think>plan the note</think>\n" + json.dumps(NOTE)
    assert render_note(raw, DAP).text == "<think>plan the note</think>\n" + RENDERED


def test_inlet_puts_the_pack_prompt_first_and_keeps_the_chat_prompt_subordinate():
    body = {"messages": [
        {"role": "system", "content": "Always add a diagnostic impression."},
        {"role": "user", "content": "Client identified worry as a protector."},
    ]}
    out = run_inlet(Filter(), body, __model__=preset_model())
    system = out["messages"][0]
    assert system["role"] == "system"
    assert system["content"].startswith("RULES: never diagnose.")
    assert system["content"].index(CHAT_PROMPT_INTRO) < system["content"].index("Always add a diagnostic impression.")
    assert [m["role"] for m in out["messages"]] == ["system", "user"]
    assert '"data" (DATA), "assessment" (ASSESSMENT), "plan" (PLAN)' in system["content"]


MAP_REQUESTS = [
    "Update AB's parts map: the Critic showed up strongly when we approached the exile.",
    "Show AB's parts map.", "How has Little One changed since March?", "Show AB's map as it was on 2026-03-01.",
    'The client now calls the Critic "the Judge" — rename it.', "Delete AB's parts map.", "please add this to JD's map",
    "can you show me the map for AB", "What does AB's map look like?", "merge the Worrier into the Critic",
    "Which clients have maps?", "pls update the parts map for client KM with today's session",
    "Session went well. Update the parts map: Critic stepped back.", "Export AB's map as JSON",
]
NOTES_THAT_MENTION_MAPS = [
    "Did parts mapping with client; identified 3 protectors.", "We mapped her protectors on paper.",
    "Reviewed her parts map together and she added the Critic.", "Client drew a map of her system.",
    "Updated parts map with client in session.", "Client described the map of her inner family.",
    "Client said the map helped her see her parts.", "Client asked how things have changed at home since the move.",
    "Homework: add to journal daily, note what the Critic says.",
]


@pytest.mark.parametrize("text", MAP_REQUESTS)
def test_a_request_for_the_parts_map_keeps_the_tool(text):
    assert asks_for_parts_map(text)
    body = run_inlet(Filter(), {"tool_ids": ["ifs_parts_map"], "messages": [{"role": "user", "content": text}]}, __model__=preset_model())
    assert body["tool_ids"] == ["ifs_parts_map"]


def suggestions() -> list[str]:
    from therapy_pack.presets import load_catalogue

    return [text for preset in load_catalogue().presets.values() for text in preset.examples]


@pytest.mark.parametrize("text", NOTES_THAT_MENTION_MAPS + suggestions())
def test_a_note_is_one_call_with_no_tool_choice_before_it(text):
    assert not asks_for_parts_map(text)
    history = [{"role": "user", "content": "Show AB's parts map."}, {"role": "assistant", "content": "Parts map for AB ..."}]
    body = run_inlet(Filter(), {"tool_ids": ["ifs_parts_map"], "messages": history + [{"role": "user", "content": text}]},
                          __model__=preset_model())
    assert "tool_ids" not in body and "response_format" in body


def test_inlet_asks_each_backend_in_its_own_dialect():
    llama = run_inlet(Filter(), {"messages": []}, __model__=preset_model("openai"))
    assert llama["response_format"] == {"type": "json_object", "schema": note_schema(SECTIONS)}
    ollama = run_inlet(Filter(), {"messages": []}, __model__=preset_model("ollama"))
    assert ollama["response_format"]["type"] == "json_schema"
    assert ollama["response_format"]["json_schema"]["schema"] == note_schema(SECTIONS)
    plain = Filter()
    plain.valves = plain.Valves(structured_output="off")
    assert "response_format" not in run_inlet(plain, {"messages": []}, __model__=preset_model())


def test_models_that_are_not_pack_presets_pass_through_untouched():
    body = {"messages": [{"role": "system", "content": "x"}, {"role": "user", "content": "y"}]}
    assert run_inlet(Filter(), json.loads(json.dumps(body)), __model__={"id": "llama3", "info": {"meta": {}}}) == body
    event = {"choices": [{"delta": {"content": '{"'}}]}
    assert Filter().stream(dict(event), __model__={"id": "llama3"}, __metadata__={}) == event


def test_stream_hook_renders_chunks_and_adds_the_notice_on_finish():
    f, meta, shown = Filter(), {}, ""
    raw = json.dumps(NOTE)[:-30]
    for i in range(0, len(raw), 5):
        event = f.stream({"choices": [{"delta": {"content": raw[i : i + 5]}, "finish_reason": None}]}, __model__=preset_model(), __metadata__=meta)
        shown += event["choices"][0]["delta"]["content"]
    last = f.stream({"choices": [{"delta": {}, "finish_reason": "length"}]}, __model__=preset_model(), __metadata__=meta)
    shown += last["choices"][0]["delta"]["content"]
    assert shown == final_text(raw, DAP)
    assert "{" not in shown


def test_outlet_renders_a_raw_json_answer_once():
    body = {"messages": [{"role": "user", "content": "bullets"}, {"role": "assistant", "content": json.dumps(NOTE)}]}
    out = asyncio.run(Filter().outlet(body, __model__=preset_model()))
    assert out["messages"][-1]["content"] == RENDERED
    assert asyncio.run(Filter().outlet(out, __model__=preset_model()))["messages"][-1]["content"] == RENDERED


def test_prefix_property_holds_for_arbitrary_output():
    # Fragments of valid and broken JSON, so truncations and errors land everywhere.
    tokens = ['{', '}', '"data"', '"plan"', '"other_key"', ':', ',', ' ', '\n', '"Client met the Critic.', '"',
              '\\', '\\n', 'x', '42', '\\u00e9', '\\ud83d\\ude00', '\\ud83d', '<think>', '</think>']
    rng = random.Random(11)
    for _ in range(300):
        raw = "".join(rng.choice(tokens) for _ in range(rng.randint(1, 25)))
        whole = render_note(raw, DAP).text
        for end in range(len(raw)):
            assert whole.startswith(render_note(raw[:end], DAP).text), (raw, end)


def test_a_fragment_too_short_to_render_is_still_shown():
    assert final_text("<", DAP).startswith("<\n\n⚠")


# ------------------------------------------------------ formats and layouts

LETTER = {"name": "Referral letter", "layout": "letter", "aliases": [],
          "sections": [{"key": "recipient", "heading": "Recipient"}, {"key": "subject", "heading": "Subject"},
                       {"key": "body", "heading": "Body"}],
          "closing": ["Sincerely,", "Clinician signature:", "Name and credentials:"]}
HANDOUT = {"name": "Handout", "layout": "markdown", "aliases": [],
           "sections": [{"key": "title", "heading": "Title"}, {"key": "how_to", "heading": "How to Practice"}]}
NARRATIVE = {"name": "Narrative", "layout": "prose", "aliases": ["narrative note"],
             "sections": [{"key": "note", "heading": "NOTE"}]}


def test_a_letter_has_a_date_line_re_line_and_a_closing_the_clinician_completes():
    raw = json.dumps({"recipient": "Dr. A. Smith\nPrimary care", "subject": "Client JD", "body": "Thank you for seeing JD."})
    assert final_text(raw, LETTER) == (
        "Date:\n\nDr. A. Smith\nPrimary care\n\nRe: Client JD\n\nThank you for seeing JD.\n\n"
        "Sincerely,\nClinician signature:\nName and credentials:"
    )


def test_a_handout_is_markdown_with_a_title():
    raw = json.dumps({"title": "Grounding", "how_to": "Name 5 things you can see."})
    assert final_text(raw, HANDOUT) == "# Grounding\n\n## How to Practice\n\nName 5 things you can see."


def test_a_narrative_note_is_plain_paragraphs():
    assert final_text(json.dumps({"note": "Client explored grief."}), NARRATIVE) == "Client explored grief."


@pytest.mark.parametrize("fmt", [LETTER, HANDOUT, NARRATIVE], ids=["letter", "markdown", "prose"])
def test_every_layout_streams_as_prefixes_of_the_whole(fmt):
    raw = json.dumps({s["key"]: f"Text for {s['heading']} \u2713 with \"quotes\"." for s in fmt["sections"]})
    whole = render_note(raw, fmt).text
    for end in range(len(raw) + 1):
        assert whole.startswith(render_note(raw[:end], fmt).text)


def test_the_clinician_can_switch_the_note_format_for_the_chat():
    f = Filter()
    first = run_inlet(f, {"messages": [{"role": "user", "content": "SOAP note please. Client met the Critic."}], "metadata": {}},
                    __model__=preset_model())
    assert first["metadata"]["therapy_pack_format"] == "soap"
    assert "Format SOAP." in first["messages"][0]["content"]
    assert list(first["response_format"]["schema"]["properties"]) == ["subjective", "objective", "assessment", "plan"]
    later = run_inlet(f, {"messages": [
        {"role": "user", "content": "SOAP note please. Client met the Critic."},
        {"role": "assistant", "content": "SUBJECTIVE: ..."},
        {"role": "user", "content": "Next session: the Critic softened."},
    ]}, __model__=preset_model())
    assert later["metadata"]["therapy_pack_format"] == "soap"


def test_ordinary_words_do_not_switch_the_format():
    body = {"messages": [{"role": "user", "content": "ERP: washed hands with soap only once. Client's narrative of the week."}]}
    assert run_inlet(Filter(), body, __model__=preset_model())["metadata"]["therapy_pack_format"] == "dap"


def test_when_a_tool_answered_the_model_relays_it_instead_of_writing_a_note():
    f = Filter()
    metadata = {}
    body = run_inlet(f, {"messages": [{"role": "user", "content": "Show AB's parts map."}], "metadata": metadata},
                   __model__=preset_model())
    metadata = body["metadata"]
    untouched = f.request(json.loads(json.dumps(body)), __model__=preset_model(), __metadata__=dict(metadata))
    assert "response_format" in untouched
    metadata["sources"] = [{"source": {"name": "ifs_parts_map/show_parts_map"}, "tool_result": True}]
    out = f.request(body, __model__=preset_model(), __metadata__=metadata)
    assert "response_format" not in out and "Do not write a note this time" in out["messages"][0]["content"]
    assert "Answer with one JSON object" not in out["messages"][0]["content"]
    event = {"choices": [{"delta": {"content": "Here is AB's map."}, "finish_reason": "stop"}]}
    assert f.stream(event, __model__=preset_model(), __metadata__=metadata)["choices"][0]["delta"]["content"] == "Here is AB's map."


@pytest.mark.parametrize("raw", [
    json.dumps(NOTE),
    json.dumps(NOTE, ensure_ascii=True),  # \u escapes, some split across chunks
    json.dumps({"data": "emoji \U0001F600 pair", "assessment": "tab\there \\ slash \"quoted\"", "plan": ""}, ensure_ascii=True),
    '{"data": "fine", "assessment": "bad \\q escape", "plan": "x"}',
    '<think>plan it</think>\n' + json.dumps(NOTE),
    json.dumps(NOTE) + " and a trailing remark",
])
def test_a_stream_resuming_where_it_stopped_renders_exactly_what_a_full_pass_does(raw):
    rng = random.Random(len(raw))
    for _ in range(10):
        memo, end = {}, 0
        while end < len(raw):
            end = min(len(raw), end + rng.randint(1, 7))
            assert render_note(raw[:end], DAP, memo).text == render_note(raw[:end], DAP).text, raw[:end]


# ---------------------------------------------------------------- chat title


IFS_SPEC = {"modality_name": "IFS"}
FORM = ("Write a DAP note based on the following session bullet points.\nSession date: 2026-11-20\n"
        "Client identifier: AB12\nSession number: 4\nSession bullets:\nThe Critic stepped back.")


@pytest.mark.parametrize("first, title", [
    (FORM, "DAP note · IFS · AB12 · 2026-11-20"),  # the slash command's form
    ("Client: JD\nWorried about work; practised grounding.", "DAP note · IFS · JD · 2026-11-23"),
    ("Client: Maria\nWorried about work.", "DAP note · IFS · 2026-11-23"),  # a name is never a title
    ("Client identified worry as a protector. Accessed exile's fear of abandonment from age 7.", "DAP note · IFS · 2026-11-23"),
])
def test_a_chat_is_named_after_the_document_never_its_content(first, title):
    assert neutral_title(IFS_SPEC, {"name": "DAP", "title": "DAP note"}, first, "2026-11-23") == title


def test_a_letter_chat_has_no_modality():
    assert neutral_title({"modality_name": ""}, {"name": "Referral Letter", "title": "Referral Letter"}, "Client: AB", "2026-11-23") \
        == "Referral Letter · AB · 2026-11-23"


@pytest.mark.parametrize("title, renamed", [
    ("New Chat", False), ("", False), (FORM, False), (FORM[:100] + "...", False),  # Open WebUI's own titles are replaced
    ("AB – intake, first session", True),  # a title the clinician chose is kept
])
def test_only_open_webuis_own_title_is_replaced(title, renamed):
    assert titled_by_content(title, FORM) is not renamed


# ------------------------------------------------------ the parts map's form and a model that cannot choose tools

from clinical_note_filter import (  # noqa: E402
    NEEDS_A_MODEL_THAT_CHOOSES_TOOLS, REPLY_KEY, REPLY_MODEL, TOOL_CALL_KEY, UNREADABLE_NOTICE, tool_form_call)
from support.installed_presets import button_text, fill_form, preset_model as installed_model  # noqa: E402

PARTS_BUTTON = "Update a client's parts map"
WORDS = "The Critic showed up strongly.\nClient: Little One feels safer now.\nSome unburdening occurred."


def parts_form(**values) -> str:
    return fill_form(button_text("session-note-ifs", PARTS_BUTTON), **values)


def ifs(base_model: str = "qwen3.5:9b") -> dict:
    model = installed_model("session-note-ifs")
    return {**model, "info": {**model["info"], "base_model_id": base_model}}


def test_the_parts_map_form_becomes_the_tools_call_field_by_field():
    text = parts_form(client_code="AB", session_date="2026-03-01", parts_present="The Critic, Little One",
                      events="unblending, unburdening", self_energy="calm", clinician_words=WORDS)
    assert tool_form_call(ifs()["info"]["meta"]["therapy_pack"], text) == {
        "tool": "ifs_parts_map", "function": "record_session",
        "arguments": {"client_code": "AB", "session_date": "2026-03-01", "parts_present": "The Critic, Little One",
                      "events": "unblending, unburdening", "self_energy": "calm", "clinician_words": WORDS},
    }


def test_a_form_field_left_empty_or_deleted_is_left_to_the_tool():
    spec = ifs()["info"]["meta"]["therapy_pack"]
    text = parts_form(client_code="AB", clinician_words="Critic stepped back.")
    without_date = "\n".join(line for line in text.splitlines() if not line.startswith("Session date:"))
    call = tool_form_call(spec, without_date)
    assert call["arguments"] == {"client_code": "AB", "parts_present": "", "events": "", "self_energy": "",
                                 "clinician_words": "Critic stepped back."}


@pytest.mark.parametrize("text", [
    "Update AB's parts map: the Critic showed up strongly.",  # typed: it needs a model that understands it
    "Client identified worry as a protector.",
    "Write a DAP note based on the following session bullet points.\nClient identifier: AB",
    "",
])
def test_only_a_message_opening_with_the_forms_first_line_is_its_call(text):
    assert tool_form_call(ifs()["info"]["meta"]["therapy_pack"], text) is None


def test_the_parts_map_form_goes_to_the_pack_reply_with_no_tool_choice_and_no_note():
    text = parts_form(client_code="AB", parts_present="The Critic", clinician_words=WORDS)
    body = {"model": "session-note-ifs", "messages": [{"role": "user", "content": text}], "tool_ids": ["ifs_parts_map"]}
    out = run_inlet(Filter(), body, __model__=ifs("smollm2-135m-demo"))
    assert out["model"] == REPLY_MODEL and "tool_ids" not in out and "response_format" not in out
    assert out["metadata"][TOOL_CALL_KEY]["arguments"]["client_code"] == "AB"
    assert out["messages"] == [{"role": "user", "content": text}]  # no note prompt: nothing is written by a model


def test_a_typed_map_request_on_a_model_that_cannot_choose_tools_is_answered_by_the_pack():
    body = {"model": "session-note-ifs", "messages": [{"role": "user", "content": "Show AB's parts map."}], "tool_ids": ["ifs_parts_map"]}
    out = run_inlet(Filter(), body, __model__=ifs("smollm2-135m-demo"))
    assert out["model"] == REPLY_MODEL and "tool_ids" not in out
    assert out["metadata"][REPLY_KEY] == NEEDS_A_MODEL_THAT_CHOOSES_TOOLS and TOOL_CALL_KEY not in out["metadata"]


def test_a_model_that_chooses_tools_keeps_the_tool_for_a_typed_request_and_a_note_stays_a_note_on_the_demo():
    asked = {"model": "session-note-ifs", "messages": [{"role": "user", "content": "Show AB's parts map."}], "tool_ids": ["ifs_parts_map"]}
    out = run_inlet(Filter(), asked, __model__=ifs("qwen3.5:9b"))
    assert out["model"] == "session-note-ifs" and out["tool_ids"] == ["ifs_parts_map"] and REPLY_KEY not in out["metadata"]
    note = {"model": "session-note-ifs", "messages": [{"role": "user", "content": "Client identified worry as a protector."}],
            "tool_ids": ["ifs_parts_map"]}
    out = run_inlet(Filter(), note, __model__=ifs("smollm2-135m-demo"))
    assert out["model"] == "session-note-ifs" and "tool_ids" not in out and "response_format" in out


def test_the_demo_model_is_one_that_cannot_choose_tools():
    from therapy_pack.local_stack import DEMO_MODEL_ALIAS

    assert DEMO_MODEL_ALIAS in Filter.Valves().models_that_cannot_choose_tools.split(",")


# ------------------------------------------------------------ a draft that is not a note

JUNK = [
    '{"data": "} {", "assessment": "{ { data }}", "plan": "Continue."}',  # the demo model's answer to a map request
    '{ { data }}',
    '{"data": "Worked with the Critic. {\\"assessment\\": \\"x\\"}", "assessment": "", "plan": ""}',
    '{"data": "{", "assessment": "The clinician\'s view.", "plan": "{"}',  # braces and nothing else
]


@pytest.mark.parametrize("raw", JUNK)
def test_a_draft_that_is_not_the_notes_structure_is_a_plain_failure_never_a_note(raw):
    rendered = render_note(raw, DAP)
    text = final_text(raw, DAP)
    assert rendered.status == "unreadable"
    assert UNREADABLE_NOTICE in text
    shown = text.split('<details type="therapy_pack_model_answer">')[0]
    assert "{" not in shown and "}" not in shown and "ASSESSMENT:" not in shown  # no junk, nothing that looks like a note
    assert raw in text.split("<summary>What the model wrote</summary>")[1]  # what it wrote, folded away


@pytest.mark.parametrize("raw", JUNK)
def test_a_streamed_draft_that_is_not_a_note_ends_as_the_same_failure(raw):
    whole = final_text(raw, DAP)
    for end in range(len(raw) + 1):
        assert whole.startswith(render_note(raw[:end], DAP).text), raw[:end]
    state, shown = {}, ""
    for i in range(0, len(raw), 3):
        shown += stream_delta(state, raw[i : i + 3], False, DAP)
    assert shown + stream_delta(state, "", True, DAP) == whole


def test_a_note_that_is_readable_is_not_taken_for_a_failure():
    assert UNREADABLE_NOTICE not in final_text(json.dumps(NOTE), DAP)
    # A {slot} left in a note is a note (the guardrails list the slot to fill in), not program text.
    slot = {**NOTE, "plan": "Next session on {date}; review homework with {client_name}."}
    assert render_note(json.dumps(slot), DAP).status == "complete"
    assert "{client_name}" in final_text(json.dumps(slot), DAP)
    assert render_note('{"data": "Worked with the Critic.", "assessment": 42}', DAP).status == "invalid"  # a section came of it
