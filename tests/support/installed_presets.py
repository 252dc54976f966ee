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
