"""
title: Therapy Pack Reply
author: therapy-notes-pack
version: 0.2.0
license: MIT
required_open_webui_version: 0.12.0
description: Gives the pack's own answer to a request it handles without a language model - a pasted session transcript, a request to diagnose, or a tool's form (the parts map's), whose fields it gives to the tool itself. Hidden from the model list.
"""

# The guardrails and note filters route such a request here and put what to do in the
# request's metadata (the contract table is at the top of clinical_note_filter.py), so
# nothing the clinician typed reaches a model. A tool form's call goes to the tool as
# Open WebUI itself loads it for this clinician (their access, the tool's settings),
# and the tool asks the clinician in its own dialog before it changes anything.

import inspect
from typing import Awaitable, Callable, Optional

REPLY_KEY = "therapy_pack_reply"
TOOL_CALL_KEY = "therapy_pack_tool_call"
NOTHING_TO_ANSWER = (
    "This entry is used by the therapy notes pack to answer some requests itself. "
    "To draft a note, pick a preset such as Session Note – IFS."
)
NO_TOOL = (
    "Not done: this form needs the {tool} tool, which your account cannot use. "
    "Ask your administrator to share it with you (Workspace - Tools). Nothing was changed."
)
TOOL_FAILED = (
    "Not done: the {tool} tool stopped before it finished. Nothing was changed unless it says so above. "
    "Please try again, and tell your administrator if it keeps happening."
)
FIELDS_MISSING = (
    "Not done: the form's {fields} line is missing, and the {tool} tool needs it. Open the form again from the button, "
    "fill in every line, and send it. Nothing was changed."
)


def reply_for(metadata: Optional[dict]) -> str:
    return (metadata or {}).get(REPLY_KEY) or NOTHING_TO_ANSWER


async def call_tool(call: dict, functions: dict[str, Callable[..., Awaitable]]) -> str:
    """The tool's own answer to a form's call. ``functions``: the tool's functions, bound for this clinician."""
    function = functions.get(call.get("function") or "")
    if function is None:
        return NO_TOOL.format(tool=call.get("tool") or "the pack's")
    arguments = call.get("arguments") or {}
    try:
        inspect.signature(function).bind(**arguments)
    except TypeError:  # a line the clinician deleted from the form: say which, in the form's own words
        parameters = inspect.signature(function).parameters.values()
        missing = [p.name.replace("_", " ") for p in parameters if p.default is p.empty and p.name not in arguments
                   and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
        return FIELDS_MISSING.format(fields=", ".join(missing) or "required", tool=call.get("tool"))
    try:
        return str(await function(**arguments))
    except Exception:  # a tool's own failures are answers ("Not done: ..."); anything else is said plainly, never its kind
        return TOOL_FAILED.format(tool=call.get("tool"))


async def tool_functions(request, user: dict, tool_id: str, extra_params: dict) -> dict[str, Callable[..., Awaitable]]:
    """The tool's functions as Open WebUI binds them for a model's tool call: its settings, this clinician's access."""
    from open_webui.models.users import Users
    from open_webui.utils.tools import get_tools

    account = await Users.get_user_by_id(user.get("id") or "")
    if account is None:
        return {}
    tools = await get_tools(request, [tool_id], account, {**extra_params, "__user__": user})
    return {name: entry["callable"] for name, entry in tools.items() if entry.get("tool_id") == tool_id}


class Pipe:
    async def pipe(self, body: dict, __metadata__: Optional[dict] = None, __user__: Optional[dict] = None, __request__=None,
                   __event_call__=None, __event_emitter__=None) -> str:
        metadata = __metadata__ or {}
        call = metadata.get(TOOL_CALL_KEY)
        # A refusal from the guardrails comes first: nothing in a declined message is recorded either.
        if metadata.get(REPLY_KEY) or not isinstance(call, dict):
            return reply_for(metadata)
        extra = {"__event_call__": __event_call__, "__event_emitter__": __event_emitter__, "__metadata__": metadata,
                 "__request__": __request__}
        return await call_tool(call, await tool_functions(__request__, __user__ or {}, call.get("tool") or "", extra))
