"""Open WebUI's confirmation dialog as a clinician answers it, for the parts-map tool used directly."""

from __future__ import annotations

import asyncio
import inspect


def clicks(answer):
    """An ``__event_call__`` whose clinician answers every dialog with ``answer`` (True, False, or a disconnected session)."""
    asked = []

    async def event_call(event):
        asked.append(event)
        return answer

    event_call.asked = asked
    return event_call


def shown_in_window(answer: str, asked: list[dict]) -> str:
    """What the parts-map tool showed in a window, where its answer says it did; else its answer."""
    from ifs_parts_map import SHOWN_IN_WINDOW

    windows = [event["data"] for event in asked if event.get("type") == "confirmation"]
    if windows and answer == SHOWN_IN_WINDOW.format(what=windows[-1]["title"]):
        return windows[-1]["message"]
    return answer


class Confirming:
    """The tool as a clinician who clicks "Confirm" in every dialog uses it: each call returns the tool's answer, or,
    where the tool showed a map in a window, what the window showed."""

    def __init__(self, tool):
        object.__setattr__(self, "tool", tool)

    def __setattr__(self, name, value):  # settings such as ``valves`` belong to the tool
        setattr(self.tool, name, value)

    def __getattr__(self, name):
        method = getattr(self.tool, name)
        if not inspect.iscoroutinefunction(method):
            return method

        def confirmed(*args, **kwargs):
            call = kwargs.setdefault("__event_call__", clicks(True))
            answer = asyncio.run(method(*args, **kwargs))
            return shown_in_window(answer, getattr(call, "asked", []))

        return confirmed
