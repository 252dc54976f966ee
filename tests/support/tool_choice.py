"""The recording model server's scripted tool calls, as a model that chooses tools would make them.

The demo model it runs cannot choose a tool, so the note filter, as installed, answers a typed request for the parts
map itself (what to do instead) and never asks the model. A test of the model's own tool choice plays a model that can.
"""

from __future__ import annotations

from contextlib import contextmanager

NOTE_FILTER = "clinical_note_filter"


@contextmanager
def a_model_that_chooses_tools(admin_api):
    valves = admin_api.get_valves("functions", NOTE_FILTER)
    admin_api.update_valves("functions", NOTE_FILTER, {**valves, "models_that_cannot_choose_tools": ""})
    try:
        yield
    finally:
        admin_api.update_valves("functions", NOTE_FILTER, valves)
