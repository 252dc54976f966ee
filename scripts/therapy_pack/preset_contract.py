"""The data the installer writes into each preset's workspace model, meta["therapy_pack"], for the pack's filters.

This is the one definition of that contract: the installer builds a PackMeta and writes
its dump; each filter in pipelines/ reads it back through its own preset_spec(), which
tests/unit/test_pipeline_contract.py checks against what the installer really writes.
The table of every key the filters pass each other is at the top of
pipelines/clinical_note_filter.py and in the README's "How it is built".
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator

from therapy_pack.presets import Layout, Personal


class _Contract(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SectionSpec(_Contract):
    key: str
    heading: str


class FormatSpec(_Contract):
    """What the filters need to write and render one document format."""

    name: str
    title: str  # the chat's neutral title names the document, never its content
    layout: Layout
    aliases: list[str]
    system_prompt: str
    sections: list[SectionSpec]
    closing: list[str]


class FieldSpec(_Contract):
    label: str
    parameter: str


class ToolFormSpec(_Contract):
    """A form whose fields the pack gives to a tool's function itself, with no model choosing the tool."""

    title: str  # the button's, for the chat's neutral title
    tool: str
    function: str
    fields: list[FieldSpec]  # in the form's order


class PackMeta(_Contract):
    preset: str
    modality: str | None
    modality_name: str
    default_format: str
    formats: dict[str, FormatSpec]  # the preset's own formats, and the documents its first screen's forms write
    forms: dict[str, str]  # a form's opening line -> the preset whose document a message opening with it writes
    tool_forms: dict[str, ToolFormSpec]  # a tool form's opening line -> the function a message opening with it calls
    condense_prompt: str
    personal: Personal

    @model_validator(mode="after")
    def _formats_are_there(self) -> "PackMeta":
        if self.default_format not in self.formats:
            raise ValueError(f"the default format {self.default_format!r} is not among the formats")
        missing = set(self.forms.values()) - set(self.formats)
        if missing:
            raise ValueError(f"forms write documents without a format: {', '.join(sorted(missing))}")
        return self
