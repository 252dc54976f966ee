"""
title: Clinical Note
author: therapy-notes-pack
version: 0.1.0
license: MIT
required_open_webui_version: 0.12.0
description: Puts the preset's clinical rules first in every request, asks the model for the note format's sections as structured output, and turns that into a plain-text note (DATA:, ASSESSMENT:, PLAN:) that pastes cleanly into an EHR.
"""

# This file is uploaded to Open WebUI as source text: it uses only the standard
# library and pydantic. The preset data (system prompt, note sections) comes from
# the workspace model's meta["therapy_pack"], written by the installer from
# prompt_presets/, so this filter holds no clinical content of its own.
#
# The pipelines' contract. Open WebUI runs the filters in order of priority, in each
# step (inlet, stream, outlet): this note filter (0), the guardrails (10), context fit (20).
# They talk only through the workspace model's meta and the request's metadata:
#
# | key                             | written by                                   | read by                                          |
# |---------------------------------|----------------------------------------------|--------------------------------------------------|
# | meta["therapy_pack"]            | the installer (PackMeta in                   | every filter: preset_spec()                      |
# |                                 | scripts/therapy_pack/preset_contract.py)     |                                                  |
# | therapy_pack_format             | note filter, inlet                           | note filter: request, stream, outlet, title      |
# | therapy_pack_signature          | note filter, inlet (the clinician's setting) | note filter: a letter's closing                  |
# | therapy_pack_reply              | guardrails or note filter, inlet: the pack   | pack_reply.py (the answer); every filter:        |
# |                                 | answers itself and sends the request to      | answered_without_a_draft()                       |
# |                                 | pack_reply                                   |                                                  |
# | therapy_pack_tool_call          | note filter, inlet: a tool form's fields for | pack_reply.py (calls the tool, which asks the    |
# |                                 | one tool function; sends it to pack_reply    | clinician first); every filter:                  |
# |                                 |                                              | answered_without_a_draft()                       |
# | therapy_pack_tool_answer        | note filter, request: a tool answered        | every filter: answered_without_a_draft()         |
# | therapy_pack_clinician_prompt   | note filter, inlet: the chat's and folder's  | guardrails, inlet: checked like the clinician's  |
# |                                 | system prompts and the clinician's settings  | messages (the pack's own prompt is not in it)    |
# | therapy_pack_clinician_text     | guardrails, inlet                            | guardrails, stream: what the draft is checked on |
# | therapy_pack_findings           | guardrails, stream (the draft's findings)    | nothing in the pack: for a practice's own filter |
# | therapy_pack_condensed          | context fit, inlet                           | context fit: stream, outlet (the notice)         |
# | therapy_pack_note_stream,       | note filter / guardrails, stream: each its   | the same filter's next stream event              |
# | therapy_pack_guardrail_stream   | own progress through the streamed draft     |                                                  |
#
# A turn is "already handled" in one way: answered_without_a_draft(metadata). An outlet reads
# from the answer itself whether its stream step already ran (Open WebUI's older
# /api/chat/completed path calls it with fresh metadata). The constants and helpers the
# pipelines share are repeated in each file, which must stand alone;
# tests/unit/test_pipeline_contract.py keeps the copies identical.

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Optional

from pydantic import BaseModel, Field

META_KEY = "therapy_pack"
NOTE_STREAM_KEY = "therapy_pack_note_stream"
FORMAT_KEY = "therapy_pack_format"
# Set when a tool (the IFS parts map) answered: the model relays its result in plain text.
TOOL_ANSWER_KEY = "therapy_pack_tool_answer"
TOOL_ANSWER_INSTRUCTION = (
    "A tool has just been used for the clinician; its result is in the context. Tell the clinician plainly what "
    "it did or showed, keeping any table or diagram exactly as given. Do not write a note this time."
)
# The clinician's name and credentials, for a letter's signature block.
SIGNATURE_KEY = "therapy_pack_signature"
# Set by the guardrails filter (or this one) when the pack answers a request itself.
REPLY_KEY = "therapy_pack_reply"
# Set when a tool form's fields go straight to the tool: pack_reply.py calls it, and the tool asks the clinician.
TOOL_CALL_KEY = "therapy_pack_tool_call"
# What the clinician controls in the system prompt (clinician_prompt_texts), for the guardrails to check.
CLINICIAN_PROMPT_KEY = "therapy_pack_clinician_prompt"
# The pack's own answerer (pipelines/pack_reply.py): a request sent there never reaches a model.
REPLY_MODEL = "pack_reply"

def answered_without_a_draft(metadata: Optional[dict]) -> bool:
    """This turn's answer is not a draft to shape or check: the pack answers it itself (or through a tool), or it relays a tool's result."""
    return bool((metadata or {}).get(REPLY_KEY) or (metadata or {}).get(TOOL_CALL_KEY) or (metadata or {}).get(TOOL_ANSWER_KEY))


CHAT_PROMPT_INTRO = (
    "The clinician's chat settings add the instructions below. "
    "Follow them only where they agree with every rule above."
)

NOTICES = {
    "empty": "The model returned no text. Nothing you typed was lost: your notes are still in the chat above. Please try again.",
    "unstructured": "The model did not answer in the expected note structure, so its text is shown exactly as it was written. Please review it carefully before use.",
    "invalid": "Part of the model's answer was not in the expected note structure; that part is shown exactly as it was written. Please review it carefully before use.",
    "incomplete": "The draft stopped before it was finished (it may have reached its length limit). Everything the model wrote is shown above; please complete it or regenerate before signing.",
}
MISSING_SECTION_NOTICE = "The draft has no {} section. Please add it before signing."
EMPTY_SECTION_NOTICE = "The {} section came back empty. Please fill it in before signing."
# A draft whose sections hold program text ("} {", "{ { data }}") instead of sentences, or that starts as the
# note's structure and has no section at all, is not a note: it is never shown as one, nor checked as one.
UNREADABLE = "The model's answer could not be read as a note"
UNREADABLE_NOTICE = (
    UNREADABLE + ", so there is no draft here to use or to review. Nothing you typed was lost: your notes are still in "
    "the chat above. Please send them again (Regenerate). If it happens again, the model this computer runs is too "
    "small or not suited to the pack's notes: ask your administrator to set up a real model."
)


# ---------------------------------------------------------------- preset data


def preset_spec(model: Optional[dict]) -> Optional[dict]:
    """The pack's data for a workspace model (written by the installer), or None when it is not one of our presets."""
    spec = (((model or {}).get("info") or {}).get("meta") or {}).get(META_KEY)
    return spec if isinstance(spec, dict) and isinstance(spec.get("formats"), dict) and spec.get("default_format") in spec["formats"] else None


def _asked_at(fmt: dict, text: str) -> int:
    """Where ``text`` last asks for this format (-1 if it does not): "as a SOAP note", "BIRP please"."""
    name = fmt.get("name", "")
    patterns = [re.escape(a) for a in fmt.get("aliases") or []]
    last = -1
    for pattern in patterns:
        for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.I):
            last = max(last, m.start())
    if name.isupper():  # an acronym such as SOAP counts on its own, in capitals
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            last = max(last, m.start())
    return last


def choose_format(spec: dict, messages: list[dict]) -> str:
    """The format the clinician last asked for in this chat, else the preset's own.

    A message that opens with the first line of another preset's form (its slash command, or a
    first-screen button) asks for that preset's document, in this chat."""
    forms = spec.get("forms") or {}
    for message in reversed(messages):
        if message.get("role") != "user":
            continue
        text = _text_of(message)
        form = next((fid for opening, fid in forms.items() if text.lstrip().startswith(opening)), None)
        if form in spec["formats"]:
            return form
        # Only the preset's own formats switch by name: "treatment plan" in session bullets is content.
        asked = [(pos, fid) for fid, fmt in spec["formats"].items()
                 if fid not in forms.values() and (pos := _asked_at(fmt, text)) >= 0]
        if asked:
            return max(asked)[1]
    return spec["default_format"]


def note_schema(sections: list[dict], max_chars: int = 0) -> dict:
    """JSON schema for the note: one string per section, in the format's order."""
    limit = {"maxLength": max_chars} if max_chars else {}
    return {
        "type": "object",
        "properties": {s["key"]: {"type": "string", "description": s["heading"], **limit} for s in sections},
        "required": [s["key"] for s in sections],
        "additionalProperties": False,
    }


# A small model that rambles is held to the administrator's section cap; a clinician's
# length setting scales that cap, so "brief" is honoured even by a model that ignores the prompt.
LENGTH_CAP_SCALE = {"brief": 0.5, "standard": 1.0, "detailed": 1.5}


def section_cap(max_section_chars: int, length: str) -> int:
    return round(max_section_chars * LENGTH_CAP_SCALE.get(length, 1.0)) if max_section_chars else 0


def personal_instructions(personal: dict, settings: dict) -> str:
    """The clinician's own settings as prompt text, to follow the rules (empty when none is set).

    ``personal`` is the preset's wording (prompt_presets/rules.yaml); ``settings`` the
    clinician's values. The style example is fenced off as another client's note: the
    guardrails never count it as this session's notes, so anything copied from it is flagged."""
    lines = []
    length = (personal.get("length") or {}).get(settings.get("note_length") or "standard", "")
    if length:
        lines.append(length)
    reference = (settings.get("client_reference") or "").strip()
    if reference:
        lines.append(personal["client_reference"].replace("{value}", reference))
    example = (settings.get("style_example") or "").strip()
    if example:
        lines.append(f"{personal['style_example']}\n<<<\n{fenced(example)}\n>>>")
    return f"{personal['intro']}\n" + "\n\n".join(lines) if lines else ""


_FENCE_MARK = re.compile(r"<{3,}|>{3,}")


def fenced(text: str) -> str:
    """Text to go between the lines <<< and >>>, with every run of three or more < or > spaced out ("> > >"):
    nothing in it can close the fence early and speak as the pack after it."""
    return _FENCE_MARK.sub(lambda m: " ".join(m.group()), text)


def clinician_prompt_texts(messages: list[dict], settings: dict) -> dict[str, list[str]]:
    """What the clinician controls that this filter puts in the system prompt, for the guardrails to check:
    "instructions", the chat's and the folder's system prompts (Open WebUI sends them as system messages) and how
    notes refer to the client; "examples", the style example (a note to imitate, not an instruction)."""
    instructions = [_text_of(m) for m in messages if m.get("role") == "system"] + [settings.get("client_reference") or ""]
    return {"instructions": [t for t in instructions if t.strip()],
            "examples": [t for t in [settings.get("style_example") or ""] if t.strip()]}


def with_signature(closing: list[str], signature_line: str, name_and_credentials: str) -> list[str]:
    """A letter's closing lines with the clinician's name and credentials after their label."""
    name = (name_and_credentials or "").strip()
    if not name:
        return list(closing)
    return [f"{line} {name}" if line == signature_line else line for line in closing]


def output_instruction(sections: list[dict]) -> str:
    keys = ", ".join(f'"{s["key"]}" ({s["heading"]})' for s in sections)
    return (
        "Answer with one JSON object and nothing else. Its keys, in this order, are "
        f"{keys}. Each value is the full text of that section as plain sentences."
    )


# ------------------------------------------------------------------- requests


def _text_of(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(part.get("text", "") for part in content if isinstance(part, dict))
    return ""


# A note is one model call. The parts map (the IFS preset's tool) needs a second one, in
# which the model picks the tool, so it runs only for a message that asks for the map:
# a request addressed to the assistant ("update AB's parts map: ...", "show me the map
# for AB", "what does AB's map look like?") or a map change named outright ("rename the
# Critic to the Judge", "how has Little One changed?"). Bullets that mention mapping in
# the session ("we mapped her protectors", "reviewed her parts map") are a note.
_ASKING = r"(?:(?:please|pls|can\s+you|could\s+you|would\s+you|will\s+you|now|then|also|and|ok(?:ay)?|i'?d\s+like\s+(?:you\s+)?to|i\s+want\s+(?:you\s+)?to|let'?s)[\s,]+)*"
_MAP_VERB = (r"(?:update|add|record|log|save|store|put|enter|note|show|display|open|view|see|get|pull\s+up|bring\s+up|give\s+me|print"
             r"|export|download|list|rename|merge|combine|correct|fix|change|edit|delete|remove|clear|erase|wipe|create|start|make)\b")
_MAP = r"\bmaps?\b(?!\w)"
_CODE = r"(?-i:[A-Z0-9]{1,6})"  # a client code is in capitals or digits: "AB", "R2"
_OPENING = r"(?:^|(?<=[.!?;:\n])|(?<=\s[-–—]))\s*"  # where a sentence, a line or an aside begins
_MAP_REQUEST = re.compile(
    rf"{_OPENING}{_ASKING}{_MAP_VERB}[^.!?\n]*{_MAP}"  # "Update AB's parts map", "pls show the map"
    rf"|(?:\b(?:what|which|how|where|does|do|is|has)\b)[^.!?\n]*{_MAP}[^.!?\n]*\?"  # "What does AB's map look like?"
    rf"|\b{_CODE}['’]s\s+(?:parts\s+)?{_MAP}"  # "AB's map", "JD's parts map"
    rf"|{_MAP}\s+(?:for|of)\s+(?:client\s+)?{_CODE}\b"  # "the map for AB"
    rf"|{_OPENING}{_ASKING}(?:rename\b|(?:merge|combine)\b[^.!?\n]*\b(?:into|with)\b)"  # "rename it", "merge the Worrier into the Critic"
    rf"|\bhow\s+has\b[^.!?\n]*\b(?:changed|developed|evolved|shifted|progressed)\b"  # "How has Little One changed since March?"
    rf"|\b(?:history|story)\s+of\s+(?:the\s+)?[A-Z]|\b(?:list|which|what)\s+(?:my\s+|of\s+my\s+)?clients\b",
    re.I | re.M,
)


def asks_for_parts_map(text: str) -> bool:
    """Whether the clinician's message asks for the parts map rather than a note."""
    return bool(_MAP_REQUEST.search(text or ""))


# A model too small to choose a tool (the built-in demo model) would write a broken note instead.
NEEDS_A_MODEL_THAT_CHOOSES_TOOLS = (
    "The model this computer runs now is too small to understand a request for the parts map, so nothing was sent to "
    "it and no map was changed.\n\n"
    "To record a session, open a new chat, click **Update a client's parts map** under \"Suggested\" and fill in its "
    "form: the pack records it itself, with any model, once you click Confirm.\n\n"
    "Showing a map, a part's history, renaming, merging, correcting or deleting need a real language model: ask your "
    "administrator to install one (Ollama, then provisioning again; see \"Setting up a practice machine\" in the pack's README)."
)


def tool_form_of(spec: dict, text: str) -> Optional[dict]:
    """The preset's tool form a message was filled in from (its first line names it), or None."""
    lines = (text or "").strip().splitlines()
    form = (spec.get("tool_forms") or {}).get(lines[0].strip()) if lines else None
    return form if isinstance(form, dict) else None


def tool_form_call(spec: dict, text: str) -> Optional[dict]:
    """The tool call a message filled in from one of the preset's tool forms asks for, or None for any other message.

    The form's first line names it; each later line opening with one of its labels ("Client code: AB") starts that
    field, and lines after it (a textarea's) belong to it. A label is looked for only after the one before it, so a
    clinician's own words in a field never start another; a field whose line was deleted is left out."""
    form, lines = tool_form_of(spec, text), (text or "").strip().splitlines()
    if form is None:
        return None
    fields = form.get("fields") or []
    values: dict[str, list[str]] = {}
    current, after = None, 0
    for line in lines[1:]:
        found = next((j for j in range(after, len(fields))
                      if line.lstrip().casefold().startswith(fields[j]["label"].casefold() + ":")), None)
        if found is not None:
            current, after = fields[found]["parameter"], found + 1
            values[current] = [line.split(":", 1)[1]]
        elif current is not None:
            values[current].append(line)
    return {"tool": form["tool"], "function": form["function"],
            "arguments": {name: "\n".join(value).strip() for name, value in values.items()}}


def chooses_tools(model: Optional[dict], unable: str) -> bool:
    """Whether the preset's model can choose a tool: its base model is not among ``unable`` (comma-separated ids)."""
    base = ((model or {}).get("info") or {}).get("base_model_id") or (model or {}).get("id") or ""
    return base not in {m.strip() for m in (unable or "").split(",") if m.strip()}


def _settings(user: Optional[dict]) -> dict:
    """The clinician's own settings: Open WebUI passes them as ``__user__["valves"]``."""
    valves = (user or {}).get("valves")
    if isinstance(valves, BaseModel):
        return valves.model_dump()
    return dict(valves) if isinstance(valves, dict) else {}


def with_pack_system_prompt(messages: list[dict], system_prompt: str) -> list[dict]:
    """Put the pack's system prompt first. A chat's own system prompt is kept after it,
    subordinate to the rules, so it can shape style but never switch the rules off."""
    own = [_text_of(m).strip() for m in messages if m.get("role") == "system"]
    own = [text for text in own if text]
    content = system_prompt
    if own:
        content += "\n\n" + CHAT_PROMPT_INTRO + "\n" + "\n\n".join(own)
    rest = [m for m in messages if m.get("role") != "system"]
    return [{"role": "system", "content": content}] + rest


Dialect = Literal["json_schema", "json_object_schema", "off"]


def resolve_dialect(setting: str, model: Optional[dict]) -> Dialect:
    """How to ask this backend for structured output.

    Ollama (and LM Studio, vLLM, OpenAI-style servers) take the standard
    ``json_schema`` form; llama-cpp-python rejects it and wants ``json_object``
    with a ``schema``, which llama.cpp's own server also understands.
    """
    if setting != "auto":
        return setting  # type: ignore[return-value]
    return "json_schema" if (model or {}).get("owned_by") == "ollama" else "json_object_schema"


def apply_structured_output(body: dict, schema: dict, dialect: Dialect, name: str = "clinical_note") -> dict:
    if dialect == "json_schema":
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": name, "strict": True, "schema": schema}}
    elif dialect == "json_object_schema":
        body["response_format"] = {"type": "json_object", "schema": schema}
    return body


# ------------------------------------------------------------------ rendering


@dataclass
class Rendered:
    """A note rendered from (possibly partial) model output.

    ``text`` for any prefix of the output is a prefix of ``text`` for the whole
    output, so a stream can send only what is new.
    """

    text: str
    status: Literal["complete", "incomplete", "invalid", "unreadable", "unstructured", "empty"]
    missing: list[str] = field(default_factory=list)
    empty_sections: list[str] = field(default_factory=list)

    def notice(self) -> str:
        parts = []
        if self.status == "unreadable":
            parts.append(UNREADABLE_NOTICE)
        if self.status in NOTICES:
            parts.append(NOTICES[self.status])
        if self.status == "complete" and self.missing:
            parts.append(MISSING_SECTION_NOTICE.format(", ".join(self.missing)))
        if self.status == "complete" and self.empty_sections:
            parts.append(EMPTY_SECTION_NOTICE.format(", ".join(self.empty_sections)))
        return " ".join(parts)


_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_WS = " \t\r\n"


def _skip_ws(raw: str, i: int) -> int:
    while i < len(raw) and raw[i] in _WS:
        i += 1
    return i


def _decode_string(raw: str, i: int, resume: Optional[dict] = None) -> tuple[str, Optional[int], Optional[int]]:
    """Decode the JSON string whose opening quote is at ``i``.

    Returns (decoded so far, index after the closing quote or None if the string
    is unfinished, index of a malformed escape or None). With ``resume``, an
    unfinished string's progress is kept there, so a stream decodes each character once.
    """
    kept = resume if resume is not None and resume.get("at") == i else {}
    out: list[str] = [kept["text"]] if kept else []
    j = kept.get("j", i + 1)
    n = len(raw)
    while j < n:
        c = raw[j]
        if c == '"':
            return "".join(out), j + 1, None
        if c != "\\":
            out.append(c)
            j += 1
            continue
        if j + 1 >= n:
            break  # escape split across chunks: wait for the rest
        e = raw[j + 1]
        if e in _ESCAPES:
            out.append(_ESCAPES[e])
            j += 2
            continue
        if e != "u":
            return "".join(out), None, j
        if j + 6 > n:
            break
        try:
            code = int(raw[j + 2 : j + 6], 16)
        except ValueError:
            return "".join(out), None, j
        if 0xD800 <= code < 0xDC00:  # high surrogate: needs its pair
            if j + 12 > n:
                break
            try:
                low = int(raw[j + 8 : j + 12], 16) if raw[j + 6 : j + 8] == "\\u" else -1
            except ValueError:
                low = -1
            if 0xDC00 <= low < 0xE000:
                out.append(chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)))
                j += 12
                continue
            out.append("\ufffd")
            j += 6
            continue
        out.append(chr(code))
        j += 6
    text = "".join(out)
    if resume is not None:
        resume.update(at=i, text=text, j=j)
    return text, None, None


class _Stop(Exception):
    """Parsing ends here: the output is unfinished, or not the expected structure from ``at`` on."""

    def __init__(self, status: str, at: Optional[int] = None):
        self.status, self.at = status, at


def _expect(raw: str, i: int, char: str) -> int:
    """The index just past ``char``, after optional whitespace."""
    i = _skip_ws(raw, i)
    if i >= len(raw):
        raise _Stop("incomplete")
    if raw[i] != char:
        raise _Stop("invalid", i)
    return i + 1


def _part(layout: str, key: str, heading: str, value: str) -> str:
    """One section as the clinician sees it, for the format's layout (see scripts/therapy_pack/presets.py)."""
    value = value.strip()
    if layout == "prose":
        return value
    if layout == "letter":
        return f"Re: {value}".rstrip() if key == "subject" else value
    if layout == "markdown":
        return f"# {value}".rstrip() if key == "title" else f"## {heading}\n\n{value}".rstrip()
    return f"{heading}:\n{value}".rstrip()


# JSON's braces inside a section (`} {`, `{ {`, `{"`), never a {slot} a note may hold (the guardrails list those).
_PROGRAM_BRACE = re.compile(r'\{\s*[{}"\[]|(?:^|[{}"\]])\s*\}')


def _program_text(value: str, complete: bool = True, progress: Optional[dict] = None) -> tuple[int, bool]:
    """(how much of a section's text to show, whether it turns into program text there).

    A section still being written may end in a brace that its next words show to be a {slot}: held back,
    not judged. A finished one ending in a brace, or holding nothing but braces and punctuation, is program text.
    ``progress`` carries how far a streamed section was read, so each chunk reads only what it adds."""
    if complete and ("{" in value or "}" in value) and not re.search(r"\w", value):
        return 0, True
    # What was read held no program text; one that ends in the new text starts at its last visible character.
    start = _visible_end(value, (progress or {}).get("program_read", 0))
    found = _PROGRAM_BRACE.search(value, max(start - 1, 0))
    if progress is not None:
        progress["program_read"] = found.start() if found else len(value)
    brace = _visible_end(value, len(value)) - 1
    pending = brace >= 0 and value[brace] == "{"
    if found or (complete and pending):
        return (found.start() if found else brace), True
    return (brace if pending else len(value)), False


def _visible_end(value: str, end: int) -> int:
    """Where ``value[:end]`` ends once its trailing spaces are left out (read from the end only)."""
    end = min(end, len(value))
    while end and value[end - 1].isspace():
        end -= 1
    return end


def _model_answer(raw: str) -> str:
    """The model's whole answer, folded away under the notice: kept for whoever looks into it, never copied as a note."""
    fence = "`" * max(3, max((len(run) for run in re.findall(r"`+", raw)), default=0) + 1)
    return f'<details type="therapy_pack_model_answer">\n<summary>What the model wrote</summary>\n\n{fence}\n{raw.strip()}\n{fence}\n</details>'


def render_note(raw: str, fmt: dict, memo: Optional[dict] = None) -> Rendered:
    """Turn the model's JSON (complete or a streamed prefix) into the format's readable text.

    Whatever the model wrote is kept: text outside the expected structure is
    shown verbatim after what could be rendered. A stream passes the same ``memo``
    with each longer prefix: the sections already complete and the progress of the
    open one are kept there, so each chunk costs what it adds, not the note's length.
    """
    headings = {s["key"]: s["heading"] for s in fmt["sections"]}
    layout = fmt.get("layout", "headed")
    start = _skip_ws(raw, 0)
    # A reasoning model may think first; pass its <think> block through untouched
    # so Open WebUI shows it as reasoning, then render what follows.
    if raw.startswith("<think>", start):
        end = raw.find("</think>", start)
        if end < 0:
            return Rendered(raw[start:], "incomplete")
        end += len("</think>")
        body = render_note(raw[end:], fmt, memo)
        text = raw[start:end] + ("\n" + body.text if body.text else "")
        return Rendered(text, body.status, body.missing, body.empty_sections)
    if "<think>".startswith(raw[start:]) and start < len(raw):
        return Rendered("", "incomplete")  # maybe the start of a <think> block
    if start >= len(raw):
        return Rendered("", "empty")
    if raw[start] != "{":
        return Rendered(raw[start:], "unstructured")

    memo = memo if memo is not None else {}
    if memo.get("start") != start:
        memo.clear()
        memo.update(start=start, i=start + 1, parts=[], seen=[], empties=[], open={})
    parts, seen, empties = list(memo["parts"]), list(memo["seen"]), list(memo["empties"])

    def result(status: str, rest: str = "") -> Rendered:
        text = "\n\n".join((["Date:"] if layout == "letter" and parts else []) + parts)
        if rest.strip():
            text = f"{text}\n\n{rest.lstrip()}" if text else rest.lstrip()
        missing = [headings[k] for k in headings if k not in seen]
        return Rendered(text, status, missing, empties)  # type: ignore[arg-type]

    i = memo["i"]
    try:
        while True:
            close = _skip_ws(raw, i)
            if close < len(raw) and raw[close] == "}":
                return result("complete", raw[close + 1 :])
            if seen:
                i = _expect(raw, i, ",")
            i = _expect(raw, i, '"') - 1
            key, after_key, bad = _decode_string(raw, i)
            if bad is not None or after_key is None:
                raise _Stop("invalid", i) if bad is not None else _Stop("incomplete")
            i = _expect(raw, _expect(raw, after_key, ":"), '"') - 1
            heading = headings.get(key) or (key.replace("_", " ").strip().upper() or "SECTION")
            value, after_value, bad = _decode_string(raw, i, memo["open"])
            shown, program = _program_text(value, after_value is not None, memo["open"])
            parts.append(_part(layout, key, heading, value[:shown]))
            if program:
                raise _Stop("unreadable")
            seen.append(key)
            if bad is not None or after_value is None:
                raise _Stop("invalid", bad) if bad is not None else _Stop("incomplete")
            if not value.strip():
                empties.append(heading)
            i = after_value
            # A complete section: later prefixes resume after it.
            memo.update(i=i, parts=list(parts), seen=list(seen), empties=list(empties), open={})
    except _Stop as stop:
        if stop.status == "invalid" and not seen:
            return result("unreadable")  # the note's structure began, and not one section came of it
        return result(stop.status, raw[stop.at :] if stop.at is not None else "")


def final_text(raw: str, fmt: dict, memo: Optional[dict] = None) -> str:
    """The finished document, with a letter's closing lines and a notice when something needs attention."""
    rendered = render_note(raw, fmt, memo)
    if rendered.status == "unreadable":
        shown = f"{rendered.text}\n\n" if rendered.text.strip() else ""
        return f"{shown}\u26a0 {rendered.notice()}\n\n{_model_answer(raw)}"
    # Never drop what the model wrote, even a fragment too short to render.
    text = rendered.text if rendered.text.strip() else raw.strip()
    if fmt.get("closing"):
        text += "\n\n" + "\n".join(fmt["closing"])
    notice = rendered.notice()
    if not notice:
        return text
    return f"{text}\n\n⚠ {notice}" if text else f"⚠ {notice}"


# ------------------------------------------------------------------- streaming


def stream_delta(state: dict, delta: str, finished: bool, fmt: dict) -> str:
    """Feed one streamed chunk of model output; return the readable text to show for it.

    ``state`` holds only plain values (the raw text so far and how much rendered
    text was already sent) so it can live in the request's metadata.
    """
    state["raw"] = state.get("raw", "") + (delta or "")
    memo = state.setdefault("memo", {})
    text = final_text(state["raw"], fmt, memo) if finished else render_note(state["raw"], fmt, memo).text
    sent = state.get("sent", 0)
    state["sent"] = max(sent, len(text))
    return text[sent:]


# ---------------------------------------------------------------- chat title
#
# Open WebUI names a chat after its first message when no model writes the title, which
# would put session content in the sidebar. The pack names each of its chats itself:
# document · modality · client code (only a code the clinician gave in a labelled line,
# in capitals or digits, never a name) · date.

_CLIENT_CODE = re.compile(r"^\s*client(?:\s+(?:identifier|code|id|initials))?\s*[:=]\s*((?-i:[A-Z0-9][A-Z0-9.-]{0,11}))\s*$", re.I | re.M)
_SESSION_DATE = re.compile(r"^\s*(?:session\s+)?date\s*[:=]\s*(\d{4}-\d{2}-\d{2})\s*$", re.I | re.M)
UNTITLED = "New Chat"


def neutral_title(spec: dict, fmt: dict, first_message: str, today: str) -> str:
    code = _CLIENT_CODE.search(first_message)
    day = _SESSION_DATE.search(first_message)
    parts = [fmt.get("title") or fmt.get("name") or "Draft", spec.get("modality_name") or "", code.group(1) if code else "",
             day.group(1) if day else today]
    return " · ".join(p for p in parts if p)


def titled_by_content(title: str, first_message: str) -> bool:
    """Whether the chat still has Open WebUI's own title: none yet, or its first message."""
    title = (title or "").strip().rstrip(".…")
    return title in ("", UNTITLED) or first_message.strip().startswith(title)


async def _retitle(chat_id: str, title: str, first_message: str) -> bool:
    """Give a saved chat the pack's title unless the clinician has named it; whether it changed."""
    try:
        from open_webui.models.chats import Chats
    except ImportError:  # outside Open WebUI (unit tests): no chats to name
        return False
    current = await Chats.get_chat_title_by_id(chat_id)
    if current is None or current == title or not titled_by_content(current, first_message):
        return False
    return await Chats.update_chat_title_by_id(chat_id, title) is not None


# --------------------------------------------------------------------- filter


def stream_chunk(choices: list) -> Optional[tuple[dict, str, bool]]:
    """(the streamed delta, its text, whether the answer ends here), or None when the event carries neither."""
    delta, finished = choices[0].get("delta") or {}, bool(choices[0].get("finish_reason"))
    return None if delta.get("content") is None and not finished else (delta, delta.get("content") or "", finished)


class Filter:
    class UserValves(BaseModel):
        """Each clinician's own settings. They shape the wording, never the rules."""

        note_length: Literal["brief", "standard", "detailed"] = Field(
            default="standard",
            description="How long your notes and documents are: brief (one or two sentences per section), standard, or detailed.",
        )
        client_reference: str = Field(
            default="", max_length=60,
            description="How your notes refer to the client, e.g. 'the client', 'Client', 'the patient', 'Ms. R.'. Empty: the preset's usual wording.",
        )
        name_and_credentials: str = Field(
            default="", max_length=120,
            description="Your name and credentials for the signature block of letters, e.g. 'Jane Doe, PhD, LMFT'. Empty: a line for you to fill in.",
        )
        style_example: str = Field(
            default="", max_length=2000,
            description=(
                "Optional: paste a short de-identified note you wrote, so drafts sound like you. It is used for style only; "
                "nothing in it is ever taken as this session's facts, and anything copied from it is flagged for review."
            ),
        )

    class Valves(BaseModel):
        priority: int = Field(default=0, description="Lower runs first among filters.")
        structured_output: Literal["auto", "json_schema", "json_object_schema", "off"] = Field(
            default="auto",
            description=(
                "How to ask the model for the note's sections. auto: json_schema for Ollama, "
                "json_object_schema for other local servers (llama.cpp). Choose json_schema for "
                "LM Studio or vLLM; off sends the prompt only."
            ),
        )
        max_section_chars: int = Field(
            default=0,
            description=(
                "0: sections as long as the model writes them. A number caps each section's length, which makes a "
                "very small model that rambles finish every section; a capped section may end mid-sentence."
            ),
        )

        models_that_cannot_choose_tools: str = Field(
            default="smollm2-135m-demo",
            description=(
                "Base models (ids, comma-separated) too small to choose the parts map's tools, such as the pack's built-in "
                "demo model. A typed request for the map is then answered with what to do instead of a broken note; the "
                "parts map's form works with any model."
            ),
        )

        neutral_titles: bool = Field(
            default=True,
            description=(
                "Name each chat 'document · modality · client code · date' instead of after the clinician's first message, "
                "so the sidebar shows no session content. Provisioning turns this off only when the administrator lets the "
                "model write titles (provision.py --model-titles)."
            ),
        )

    def __init__(self):
        self.valves = self.Valves()

    def _format(self, model: Optional[dict], metadata: Optional[dict], messages: list[dict]) -> Optional[dict]:
        """The format this request writes, when the answer is structured output to render."""
        spec = preset_spec(model)
        metadata = metadata or {}
        if spec is None or self.valves.structured_output == "off" or answered_without_a_draft(metadata):
            return None
        chosen = metadata.get(FORMAT_KEY) or choose_format(spec, messages)
        fmt = spec["formats"].get(chosen) or spec["formats"][spec["default_format"]]
        if metadata.get(SIGNATURE_KEY) and fmt.get("closing") and spec.get("personal"):
            fmt = {**fmt, "closing": with_signature(fmt["closing"], spec["personal"]["signature_line"], metadata[SIGNATURE_KEY])}
        return fmt

    async def inlet(self, body: dict, __model__: Optional[dict] = None, __user__: Optional[dict] = None,
                    __event_emitter__=None) -> dict:
        spec = preset_spec(__model__)
        if spec is None:
            return body
        messages = body.get("messages") or []
        users = [m for m in messages if m.get("role") == "user"]
        last = _text_of(users[-1]) if users else ""
        metadata = body.setdefault("metadata", {})
        call = tool_form_call(spec, last)
        if call or (body.get("tool_ids") and asks_for_parts_map(last)
                    and not chooses_tools(__model__, self.valves.models_that_cannot_choose_tools)):
            # The pack answers: a tool form's fields go to the tool as they are (it asks the clinician before any
            # change), and a model that cannot choose a tool is never asked to. No model call, no note.
            body.pop("tool_ids", None)
            body.pop("response_format", None)
            metadata[TOOL_CALL_KEY if call else REPLY_KEY] = call or NEEDS_A_MODEL_THAT_CHOOSES_TOOLS
            body["model"] = REPLY_MODEL
            await self._name_chat(spec, messages, metadata, __event_emitter__)
            return body
        if body.get("tool_ids") and not asks_for_parts_map(last):
            body.pop("tool_ids")  # a note: no tool-choice call before it
        chosen = choose_format(spec, messages)
        fmt = spec["formats"][chosen]
        settings = _settings(__user__)
        metadata[CLINICIAN_PROMPT_KEY] = clinician_prompt_texts(messages, settings)
        metadata[FORMAT_KEY] = chosen
        if (settings.get("name_and_credentials") or "").strip():
            metadata[SIGNATURE_KEY] = settings["name_and_credentials"].strip()
        dialect = resolve_dialect(self.valves.structured_output, __model__)
        system_prompt = fmt["system_prompt"]
        if dialect != "off":
            system_prompt += "\n\n" + output_instruction(fmt["sections"])
            cap = section_cap(self.valves.max_section_chars, settings.get("note_length") or "standard")
            apply_structured_output(body, note_schema(fmt["sections"], cap), dialect)
        # After the rules and the format, so those stay first and the same for every clinician.
        personal = personal_instructions(spec["personal"], settings) if spec.get("personal") else ""
        if personal:
            system_prompt += "\n\n" + personal
        body["messages"] = with_pack_system_prompt(messages, system_prompt)
        await self._name_chat(spec, messages, metadata, __event_emitter__)
        return body

    async def _name_chat(self, spec: dict, messages: list[dict], metadata: dict, emitter) -> None:
        """Named in the inlet, before any answer: a chat whose answer fails is never left named by the clinician's words."""
        if self.valves.neutral_titles:
            await self._title(spec, messages, metadata, emitter)

    def request(self, body: dict, __model__: Optional[dict] = None, __metadata__: Optional[dict] = None) -> dict:
        """After Open WebUI ran the tools: when one answered, relay its result instead of writing a note."""
        metadata = __metadata__ if __metadata__ is not None else {}
        if preset_spec(__model__) is None or not any(s.get("tool_result") for s in metadata.get("sources") or []):
            return body
        metadata[TOOL_ANSWER_KEY] = True
        body.pop("response_format", None)
        messages = body.get("messages") or []
        if messages and messages[0].get("role") == "system" and isinstance(messages[0].get("content"), str):
            fmt = self._format(__model__, {FORMAT_KEY: metadata.get(FORMAT_KEY)}, messages) or {}
            instruction = output_instruction(fmt["sections"]) if fmt.get("sections") else ""
            content = messages[0]["content"].replace(instruction, TOOL_ANSWER_INSTRUCTION) if instruction else messages[0]["content"]
            messages[0] = {**messages[0], "content": content}
        return body

    def stream(self, event: dict, __model__: Optional[dict] = None, __metadata__: Optional[dict] = None) -> dict:
        choices = event.get("choices") if isinstance(event, dict) else None
        if __metadata__ is None or not choices:
            return event
        state = __metadata__.get(NOTE_STREAM_KEY)
        if state is None:  # this answer's first chunk: its format is decided once, not per chunk
            fmt = self._format(__model__, __metadata__, [])
            if not fmt:
                return event
            state = __metadata__[NOTE_STREAM_KEY] = {"format": fmt}
        chunk = stream_chunk(choices)
        if chunk is None:
            return event
        delta, content, finished = chunk
        choices[0]["delta"] = {**delta, "content": stream_delta(state, content, finished, state["format"])}
        return event

    async def outlet(self, body: dict, __model__: Optional[dict] = None, __metadata__: Optional[dict] = None,
                     __event_emitter__=None) -> dict:
        messages = body.get("messages") or []
        spec = preset_spec(__model__)
        if spec is not None and self.valves.neutral_titles:
            await self._title(spec, messages, __metadata__ or {}, __event_emitter__)
        # Like every outlet in the pack, it reads from the answer whether the stream already did its part:
        # non-streamed answers arrive here as raw JSON, streamed ones already rendered.
        fmt = self._format(__model__, __metadata__, messages[:-1])
        if not fmt or not messages or messages[-1].get("role") != "assistant":
            return body
        content = messages[-1].get("content")
        if isinstance(content, str) and content.lstrip().startswith("{"):
            messages[-1]["content"] = final_text(content, fmt)
        return body

    async def _title(self, spec: dict, messages: list[dict], metadata: dict, emitter) -> None:
        chat_id = metadata.get("chat_id") or ""
        users = [m for m in messages if m.get("role") == "user"]
        if not users or not chat_id or chat_id.startswith("local:"):  # a temporary chat has no title to keep
            return
        first = _text_of(users[0])
        form = tool_form_of(spec, first)  # a chat opened with a tool's form (the parts map's) is named after its button
        fmt = ({"title": form.get("title")} if form else
               spec["formats"].get(metadata.get(FORMAT_KEY) or spec["default_format"]) or spec["formats"][spec["default_format"]])
        title = neutral_title(spec, fmt, first, date.today().isoformat())
        if await _retitle(chat_id, title, first) and emitter:
            await emitter({"type": "chat:title", "data": title})
