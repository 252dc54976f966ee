"""Load and validate the clinical content in prompt_presets/.

The YAML files are the single source for every system prompt, output schema,
rendering and Modelfile the pack produces. Everything is validated on load so
a typo in a YAML file is reported with the file and field, before anything is
installed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator, model_validator

from therapy_pack.forms import FormError, as_form
from therapy_pack.paths import PRESETS_DIR, shown


Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)]
SectionKey = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class PresetError(Exception):
    """A prompt_presets file that cannot be used, with the file and the reason."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{shown(path)}: {reason}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


NoteLength = Literal["brief", "standard", "detailed"]


class Personal(_Strict):
    """How a clinician's own settings are put into the prompt, after the rules."""

    intro: Text
    length: dict[NoteLength, str]
    client_reference: Annotated[Text, StringConstraints(pattern=r"\{value\}")]
    style_example: Text
    signature_line: Text

    @field_validator("length")
    @classmethod
    def _every_length(cls, value: dict) -> dict:
        missing = set(NoteLength.__args__) - set(value)
        if missing:
            raise ValueError(f"give an instruction (or \"\") for every length; missing: {', '.join(sorted(missing))}")
        return value


class Rules(_Strict):
    role: Text
    rules: list[Text] = Field(min_length=1)
    condense: Text
    personal: Personal


class Modality(_Strict):
    id: Slug
    name: Text
    short_name: Text
    default_note_format: Slug
    # The modality's own terms, named (not defined): a model knows them, and each defined term made every
    # output token of a note read a longer prompt.
    vocabulary: list[Text] = Field(min_length=1)
    track: list[Text] = Field(min_length=1)


class Section(_Strict):
    key: SectionKey
    heading: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9 /&,'()?-]*$", max_length=60)]
    guidance: Text


# How a format's sections are laid out for the clinician:
#   headed   - "HEADING:" then the text (notes and plans that paste into an EHR)
#   prose    - the text alone, paragraphs only (narrative notes)
#   letter   - Date line, recipient, "Re:" line, body, then the format's closing lines
#   markdown - "## Heading" sections (handouts and supervision summaries)
Layout = Literal["headed", "prose", "letter", "markdown"]
LETTER_SECTIONS = ("recipient", "subject", "body")


class Format(_Strict):
    id: Slug
    name: Text
    description: Text
    layout: Layout = "headed"
    instructions: list[Text] = Field(default_factory=list)
    # Phrases that ask for this format in a chat ("as a SOAP note"); the name itself always counts.
    aliases: list[Text] = Field(default_factory=list)
    sections: list[Section] = Field(min_length=1)
    closing: list[Text] = Field(default_factory=list)

    @field_validator("sections")
    @classmethod
    def _unique_keys(cls, sections: list[Section]) -> list[Section]:
        keys = [s.key for s in sections]
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        if duplicates:
            raise ValueError(f"section keys must be unique; repeated: {', '.join(duplicates)}")
        return sections

    @model_validator(mode="after")
    def _letter_parts(self) -> "Format":
        if self.layout == "letter" and [s.key for s in self.sections] != list(LETTER_SECTIONS):
            raise ValueError(f"a letter has exactly the sections {', '.join(LETTER_SECTIONS)}, in that order")
        if self.closing and self.layout != "letter":
            raise ValueError("closing lines are only for the letter layout")
        return self


class SlashCommand(_Strict):
    # Open WebUI's prompt editor only accepts these characters in a command.
    command: Annotated[str, StringConstraints(pattern=r"^[a-zA-Z0-9_-]+$")]
    name: Text
    template: Text


ModelId = Annotated[str, StringConstraints(pattern=r"^\S+$", max_length=256)]
Parameters = dict[str, int | float | str]


class Engine(_Strict):
    base_model: ModelId
    parameters: Parameters = Field(default_factory=dict)


ToolId = Annotated[str, StringConstraints(pattern=r"^[a-z_][a-z0-9_]*$")]
_LABELLED_FIELD = re.compile(r"^(?P<label>[^:{}]+?):\s*(?:\{\{\s*(?P<field>\w+)[^{}]*\}\})?\s*$")
_FIELD_ALONE = re.compile(r"^\{\{\s*(?P<field>\w+)[^{}]*\}\}\s*$")


class ToolForm(_Strict):
    """A form whose fields go, as the clinician filled them in, to one function of one of the preset's tools: the pack
    calls it itself, so no model chooses the tool. Its first line says what the form does; every later line is
    "Label: {{parameter | input}}", or a label alone with its field on the next line (for a textarea)."""

    tool: ToolId
    function: ToolId
    template: Text

    @property
    def opening(self) -> str:
        return self.template.splitlines()[0].strip()

    @property
    def fields(self) -> list[tuple[str, str]]:
        """(label, the function's parameter) for each field, in the form's order."""
        found, lines = [], self.template.splitlines()[1:]
        for i, line in enumerate(lines):
            labelled = _LABELLED_FIELD.match(line.strip())
            if not labelled:
                continue
            alone = _FIELD_ALONE.match(lines[i + 1].strip()) if not labelled["field"] and i + 1 < len(lines) else None
            field = labelled["field"] or (alone["field"] if alone else None)
            if field:
                found.append((labelled["label"].strip(), field))
        return found

    @model_validator(mode="after")
    def _every_field_labelled(self) -> "ToolForm":
        if "{{" in self.opening:
            raise ValueError("the template's first line says what the form does; put fields on later lines")
        labelled = [field for _, field in self.fields]
        every = re.findall(r"\{\{\s*(\w+)", self.template)
        if sorted(labelled) != sorted(every):
            unlabelled = sorted(set(every) - set(labelled)) or sorted({f for f in labelled if labelled.count(f) > 1})
            raise ValueError(f"each field needs its own line, 'Label: {{{{field}}}}' (or the label alone above it): {', '.join(unlabelled)}")
        labels = [label.casefold() for label, _ in self.fields]
        if len(set(labels)) != len(labels):
            raise ValueError("each field needs a label of its own")
        return self


class Suggestion(_Strict):
    """A button on a new chat's first screen: it opens a preset's form (its slash command's fields),
    puts its own text, with {{fields}} to fill in, into the message box, or opens a tool's form."""

    title: Text
    subtitle: str = ""
    form: Slug | None = None
    text: Text | None = None
    tool_form: ToolForm | None = None

    @model_validator(mode="after")
    def _one_action(self) -> "Suggestion":
        if sum(x is not None for x in (self.form, self.text, self.tool_form)) != 1:
            raise ValueError("give one of form (a preset id), text or tool_form")
        return self


class Preset(_Strict):
    id: Slug
    name: Text
    description: Text
    # Documents that do not depend on a modality (letters, handouts) leave it out.
    modality: Slug | None = None
    format: Slug
    # Session notes: the clinician may ask for another note format in the chat.
    switch_note_format: bool = False
    # What this preset adds to its format, e.g. a handout's topic.
    focus: Text | None = None
    # Open WebUI tools (files in tools/) offered in chats with this preset.
    tools: list[ToolId] = Field(default_factory=list)
    base_model: ModelId | None = None
    parameters: Parameters = Field(default_factory=dict)
    tags: list[Text] = Field(default_factory=list)
    # Sample notes for trying the preset; the tests send them as a clinician would.
    examples: list[Text] = Field(min_length=1)
    # A new chat's first screen on this preset.
    suggestions: list[Suggestion] = Field(default_factory=list)
    slash_command: SlashCommand

    @property
    def form_opening(self) -> str:
        """The first line of this preset's form, which says what the message asks for."""
        return self.slash_command.template.splitlines()[0].strip()


class FirstScreen(_Strict):
    form_title: Text
    session_note_extras: list[Suggestion] = Field(default_factory=list)


class Catalogue(_Strict):
    rules: Rules
    engine: Engine
    first_screen: FirstScreen
    modalities: dict[str, Modality]
    note_formats: dict[str, Format]
    documents: dict[str, Format]
    presets: dict[str, Preset]

    @property
    def formats(self) -> dict[str, Format]:
        return {**self.note_formats, **self.documents}

    def preset_formats(self, preset: Preset) -> list[Format]:
        """The formats a preset can write: its own first, then the other note formats if it may switch."""
        own = self.formats[preset.format]
        others = [f for f in self.note_formats.values() if f.id != own.id] if preset.switch_note_format else []
        return [own, *others]

    def system_prompt(self, preset: Preset, fmt: Format | None = None) -> str:
        modality = self.modalities[preset.modality] if preset.modality else None
        return compose_system_prompt(self.rules, modality, fmt or self.formats[preset.format], preset.focus)

    def modality_system_prompt(self, modality: Modality) -> str:
        return compose_system_prompt(self.rules, modality, self.note_formats[modality.default_note_format])

    def suggestions(self, preset: Preset) -> list[Suggestion]:
        """A new chat's first screen on this preset: its own buttons, then, on a session note, the shared ones."""
        return list(preset.suggestions) + (list(self.first_screen.session_note_extras) if preset.switch_note_format else [])

    def forms_written_elsewhere(self, preset: Preset) -> list[Preset]:
        """The document presets whose forms this preset also writes: every one, from a session note, so a slash
        command or a first-screen button works in any note chat."""
        if not preset.switch_note_format:
            return []
        return [p for p in self.presets.values() if p.format in self.documents]

    def base_model(self, preset: Preset) -> str:
        return preset.base_model or self.engine.base_model

    def parameters(self, preset: Preset) -> Parameters:
        return {**self.engine.parameters, **preset.parameters}


def _read_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise PresetError(path, "the file is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 1})" if where else ""
        raise PresetError(path, f"not valid YAML{line}: {getattr(exc, 'problem', exc)}") from None


def _validate(model: type[_Strict], path: Path) -> _Strict:
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise PresetError(path, "expected a mapping of fields at the top of the file")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"]) or "(file)"
            problems.append(f"field '{field}': {error['msg']}")
        raise PresetError(path, "; ".join(problems)) from None


def _load_folder(folder: Path, model: type[_Strict]) -> dict[str, _Strict]:
    items: dict[str, _Strict] = {}
    for path in sorted(folder.glob("*.yaml")):
        item = _validate(model, path)
        if item.id != path.stem:
            raise PresetError(path, f"field 'id': '{item.id}' must match the file name '{path.stem}'")
        items[item.id] = item
    return items


def load_catalogue(root: Path = PRESETS_DIR) -> Catalogue:
    """Read every YAML file under ``root`` and check the references between them."""
    rules = _validate(Rules, root / "rules.yaml")
    engine = _validate(Engine, root / "engine.yaml")
    first_screen = _validate(FirstScreen, root / "first_screen.yaml")
    modalities = _load_folder(root / "modalities", Modality)
    note_formats = _load_folder(root / "note_formats", Format)
    documents = _load_folder(root / "documents", Format)
    presets = _load_folder(root / "presets", Preset)

    for shared in sorted(set(note_formats) & set(documents)):
        raise PresetError(root / "documents" / f"{shared}.yaml", f"field 'id': '{shared}' is also a note format; ids must differ")
    formats = {**note_formats, **documents}
    signature = rules.personal.signature_line
    for fmt in documents.values():
        if fmt.layout == "letter" and signature not in fmt.closing:
            raise PresetError(root / "documents" / f"{fmt.id}.yaml",
                              f"field 'closing': needs the line '{signature}', which the clinician's name completes")

    def unknown(path: Path, field: str, value: str, known: dict) -> PresetError:
        what = field.replace("_", " ")
        return PresetError(path, f"field '{field}': unknown {what} '{value}' (known: {', '.join(sorted(known))})")

    for modality in modalities.values():
        if modality.default_note_format not in note_formats:
            raise unknown(root / "modalities" / f"{modality.id}.yaml", "default_note_format", modality.default_note_format, note_formats)
    for suggestion in first_screen.session_note_extras:
        if suggestion.form is not None and suggestion.form not in presets:
            raise unknown(root / "first_screen.yaml", "session_note_extras.form", suggestion.form, presets)
        if suggestion.tool_form is not None:
            raise PresetError(root / "first_screen.yaml", "field 'session_note_extras.tool_form': a tool's form goes in the "
                              "suggestions of a preset that has the tool")

    def form(path: Path, field: str, template: str) -> None:
        try:
            as_form(template)
        except FormError as exc:
            raise PresetError(path, f"field '{field}': {exc}") from None
    openings: dict[str, str] = {}
    commands: dict[str, str] = {}
    for preset in presets.values():
        path = root / "presets" / f"{preset.id}.yaml"
        if preset.modality is not None and preset.modality not in modalities:
            raise unknown(path, "modality", preset.modality, modalities)
        if preset.format not in formats:
            raise unknown(path, "format", preset.format, formats)
        if preset.switch_note_format and preset.format not in note_formats:
            raise PresetError(path, "field 'switch_note_format': only a preset that writes a note format can switch formats")
        for suggestion in preset.suggestions:
            if suggestion.form is not None and suggestion.form not in presets:
                raise unknown(path, "suggestions.form", suggestion.form, presets)
            if suggestion.text is not None:
                form(path, "suggestions.text", suggestion.text)
            if suggestion.tool_form is not None:
                if suggestion.tool_form.tool not in preset.tools:
                    raise PresetError(path, f"field 'suggestions.tool_form.tool': '{suggestion.tool_form.tool}' is not among this preset's tools")
                form(path, "suggestions.tool_form.template", suggestion.tool_form.template)
        form(path, "slash_command.template", preset.slash_command.template)
        if "{{" in preset.form_opening:
            raise PresetError(path, "field 'slash_command.template': its first line says what is asked for; put fields on later lines")
        if preset.format in documents and openings.setdefault(preset.form_opening, preset.id) != preset.id:
            raise PresetError(path, f"field 'slash_command.template': its first line is also {openings[preset.form_opening]}'s")
        for suggestion in preset.suggestions:
            if suggestion.tool_form is not None and openings.setdefault(suggestion.tool_form.opening, preset.id) != preset.id:
                raise PresetError(path, f"field 'suggestions.tool_form.template': its first line is also {openings[suggestion.tool_form.opening]}'s")
        command = preset.slash_command.command
        if command in commands:
            raise PresetError(path, f"field 'slash_command.command': '/{command}' is already used by {commands[command]}")
        commands[command] = preset.id
    return Catalogue(rules=rules, engine=engine, first_screen=first_screen, modalities=modalities, note_formats=note_formats,
                     documents=documents, presets=presets)


def shared_prefix(rules: Rules) -> str:
    """The start of every system prompt the pack sends: the role and the rules, word for word the same
    whatever the preset, so an engine that keeps prompts (llama.cpp's prompt cache, Ollama's) reads them
    once and reuses them for the next note of any preset."""
    return "\n".join([rules.role, "", "Rules you always follow:", *(f"- {rule}" for rule in rules.rules)])


def compose_system_prompt(rules: Rules, modality: Modality | None, fmt: Format, focus: str | None = None) -> str:
    """The system prompt for one modality (if any) and format: the shared rules first, then what differs."""
    lines = [shared_prefix(rules)]
    if modality:
        lines += ["", f"The clinician practises {modality.name}.",
                  f"Use {modality.short_name} terms where the clinician's notes support them: {', '.join(modality.vocabulary)}."]
        lines += ["", "When drafting:"]
        lines += [f"- {item}" for item in modality.track]
    lines += ["", f"Format: {fmt.name} ({fmt.description}). Write these sections:"]
    lines += [f"- {section.heading}: {section.guidance}" for section in fmt.sections]
    if fmt.instructions or focus:
        lines += ["", "Also:"]
        lines += [f"- {item}" for item in fmt.instructions]
        lines += [f"- {focus}"] if focus else []
    return "\n".join(lines)
