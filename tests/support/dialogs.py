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


class Confirming:
    """The tool as a clinician who clicks "Confirm" in every dialog uses it: each call returns the tool's answer."""

    def __init__(self, tool):
        object.__setattr__(self, "tool", tool)

    def __setattr__(self, name, value):  # settings such as ``valves`` belong to the tool
        setattr(self.tool, name, value)

    def __getattr__(self, name):
        method = getattr(self.tool, name)
        if not inspect.iscoroutinefunction(method):
            return method

        def confirmed(*args, **kwargs):
            kwargs.setdefault("__event_call__", clicks(True))
            return asyncio.run(method(*args, **kwargs))

        return confirmed
