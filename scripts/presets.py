"""Load and validate the clinical content in prompt_presets/.

The YAML files are the single source for every system prompt, output schema,
rendering and Modelfile the pack produces. Everything is validated on load so
a typo in a YAML file is reported with the file and field, before anything is
installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

PRESETS_DIR = Path(__file__).resolve().parent.parent / "prompt_presets"

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=64)]
SectionKey = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class PresetError(Exception):
    """A prompt_presets file that cannot be used, with the file and the reason."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{_display(path)}: {reason}")


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(PRESETS_DIR.parent))
    except ValueError:
        return str(path)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rules(_Strict):
    role: Text
    rules: list[Text] = Field(min_length=1)


class Term(_Strict):
    term: Text
    meaning: Text


class Modality(_Strict):
    id: Slug
    name: Text
    short_name: Text
    default_note_format: Slug
    vocabulary: list[Term] = Field(min_length=1)
    track: list[Text] = Field(min_length=1)


class Section(_Strict):
    key: SectionKey
    heading: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z /&-]*$")]
    guidance: Text


class NoteFormat(_Strict):
    id: Slug
    name: Text
    description: Text
    sections: list[Section] = Field(min_length=1)

    @field_validator("sections")
    @classmethod
    def _unique_keys(cls, sections: list[Section]) -> list[Section]:
        keys = [s.key for s in sections]
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        if duplicates:
            raise ValueError(f"section keys must be unique; repeated: {', '.join(duplicates)}")
        return sections


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


class Preset(_Strict):
    id: Slug
    name: Text
    description: Text
    modality: Slug
    note_format: Slug
    base_model: ModelId | None = None
    parameters: Parameters = Field(default_factory=dict)
    tags: list[Text] = Field(default_factory=list)
    suggestion_prompts: list[Text] = Field(default_factory=list)
    slash_command: SlashCommand


class Catalogue(_Strict):
    rules: Rules
    engine: Engine
    modalities: dict[str, Modality]
    note_formats: dict[str, NoteFormat]
    presets: dict[str, Preset]

    def system_prompt(self, preset: Preset) -> str:
        return compose_system_prompt(
            self.rules, self.modalities[preset.modality], self.note_formats[preset.note_format]
        )

    def modality_system_prompt(self, modality: Modality) -> str:
        return compose_system_prompt(self.rules, modality, self.note_formats[modality.default_note_format])

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
    modalities = _load_folder(root / "modalities", Modality)
    formats = _load_folder(root / "note_formats", NoteFormat)
    presets = _load_folder(root / "presets", Preset)

    for modality in modalities.values():
        if modality.default_note_format not in formats:
            raise PresetError(
                root / "modalities" / f"{modality.id}.yaml",
                f"field 'default_note_format': unknown note format '{modality.default_note_format}'"
                f" (known: {', '.join(sorted(formats))})",
            )
    commands: dict[str, str] = {}
    for preset in presets.values():
        path = root / "presets" / f"{preset.id}.yaml"
        for field, known in (("modality", modalities), ("note_format", formats)):
            value = getattr(preset, field)
            if value not in known:
                raise PresetError(
                    path, f"field '{field}': unknown {field.replace('_', ' ')} '{value}' (known: {', '.join(sorted(known))})"
                )
        command = preset.slash_command.command
        if command in commands:
            raise PresetError(path, f"field 'slash_command.command': '/{command}' is already used by {commands[command]}")
        commands[command] = preset.id
    return Catalogue(rules=rules, engine=engine, modalities=modalities, note_formats=formats, presets=presets)


def compose_system_prompt(rules: Rules, modality: Modality, note_format: NoteFormat) -> str:
    """The system prompt for one modality and note format, rules first."""
    lines = [f"{rules.role} The clinician practises {modality.name}.", "", "Rules you always follow:"]
    lines += [f"- {rule}" for rule in rules.rules]
    lines += ["", f"{modality.short_name} terms you understand:"]
    lines += [f"- {term.term}: {term.meaning}" for term in modality.vocabulary]
    lines += ["", "When drafting notes:"]
    lines += [f"- {item}" for item in modality.track]
    lines += ["", f"Write the note in {note_format.name} format ({note_format.description}) with these sections:"]
    lines += [f"- {section.heading}: {section.guidance}" for section in note_format.sections]
    return "\n".join(lines)
