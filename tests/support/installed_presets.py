"""The presets as the installer really writes them, in the shape Open WebUI hands a workspace model to a filter."""

from __future__ import annotations

import asyncio
import functools

from therapy_pack.pack_installer import desired_state


@functools.cache
def preset_forms() -> dict[str, dict]:
    """Each preset's workspace-model form, by id, as the installer sends it."""
    return {form["id"]: form for form in desired_state(base_model="demo").models if "therapy_pack" in form["meta"]}


def preset_model(preset_id: str, owned_by: str = "openai") -> dict:
    """A preset as a filter receives it (__model__): the installer's form under ``info``."""
    return {"id": preset_id, "owned_by": owned_by, "info": preset_forms()[preset_id]}


def run_inlet(note_filter, body: dict, *args, **kwargs) -> dict:
    """The note filter's inlet (a coroutine: it names the chat) run to its end, outside Open WebUI."""
    return asyncio.run(note_filter.inlet(body, *args, **kwargs))


def fill_form(template: str, **values: str) -> str:
    """What a form's text (a slash command's, a first-screen button's) becomes once filled in, as Open WebUI fills it:
    {{CURRENT_DATE}} first (the browser's date), then each {{field | input}} replaced by its value, a field left empty
    by nothing."""
    import datetime
    import re

    template = template.replace("{{CURRENT_DATE}}", datetime.date.today().isoformat())
    return re.sub(r"\{\{\s*(\w+)[^{}]*\}\}", lambda field: values.get(field[1], ""), template)


def button_text(preset_id: str, title: str) -> str:
    """The text a preset's first-screen button ``title`` puts in the message box, its {{fields}} still to fill in."""
    [text] = [b["content"] for b in preset_forms()[preset_id]["meta"]["suggestion_prompts"] if b["title"][0] == title]
    return text
