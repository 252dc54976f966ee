"""
title: Long Notes
author: therapy-notes-pack
version: 0.1.0
license: MIT
required_open_webui_version: 0.12.0
description: Makes sure nothing the clinician gave is silently cut. Local engines drop the start of a prompt that is longer than their context window; this counts the request first, gives Ollama a larger window where the machine can hold it, otherwise condenses long notes part by part and says so, and explains with numbers when even that cannot fit.
"""

# Uploaded to Open WebUI as source text: standard library and pydantic only
# (Open WebUI's own modules are imported where the model is called).

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Awaitable, Callable, Literal, Optional

from pydantic import BaseModel, Field

# The pipelines' contract (who writes and who reads each key) is the table at the top of clinical_note_filter.py.
META_KEY = "therapy_pack"
REPLY_KEY = "therapy_pack_reply"
TOOL_ANSWER_KEY = "therapy_pack_tool_answer"
TOOL_CALL_KEY = "therapy_pack_tool_call"
CONDENSED_KEY = "therapy_pack_condensed"
PER_MESSAGE_TOKENS = 8  # role markers and separators around each message


def answered_without_a_draft(metadata: Optional[dict]) -> bool:
    """This turn's answer is not a draft to shape or check: the pack answers it itself (or through a tool), or it relays a tool's result."""
    return bool((metadata or {}).get(REPLY_KEY) or (metadata or {}).get(TOOL_CALL_KEY) or (metadata or {}).get(TOOL_ANSWER_KEY))


NOTICE = (
    "\n\n\u24d8 Your notes were longer than this model can read at once, so the pack first condensed them part by "
    "part and wrote this from the condensed notes. Nothing was cut, but details may be summarised: please check "
    "this against your notes."
)


# ---------------------------------------------------------------- counting


def estimate_tokens(text: str) -> int:
    """A deliberately high token count: about 3 characters a token for plain ASCII text, and
    one token for every other character, so a language with dense characters is never undercounted."""
    plain = len(text.encode("ascii", "ignore"))
    return -(-plain // 3) + (len(text) - plain)


def _text(message: dict) -> str:
    content = message.get("content")
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict))
    return content if isinstance(content, str) else ""


def request_tokens(messages: list[dict]) -> int:
    return sum(estimate_tokens(_text(m)) + PER_MESSAGE_TOKENS for m in messages)


@dataclass(frozen=True)
class Plan:
    action: Literal["fits", "raise", "condense"]
    needed: int  # tokens for the prompt plus the answer
    window: int  # tokens the engine reads at once now
    raise_to: int = 0


def plan(needed: int, window: int, largest: int) -> Plan:
    """What to do with a request of ``needed`` tokens for an engine reading ``window`` (at most ``largest``)."""
    if needed <= window:
        return Plan("fits", needed, window)
    if needed <= largest:
        return Plan("raise", needed, window, min(largest, -(-needed // 1024) * 1024))
    return Plan("condense", needed, window)


# --------------------------------------------------------------- splitting


def split_text(text: str, budget: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``budget`` estimated tokens, between notes where possible
    (blank lines), else between lines, then sentences, then words. Joined, the pieces are the text."""
    if estimate_tokens(text) <= budget:
        return [text]
    for separator in (r"(?<=\n)\s*\n", r"(?<=\n)", r"(?<=[.?!])\s+", r"(?<=\s)"):
        pieces = [p for p in re.split(f"({separator})", text) if p]
        if len(pieces) > 1:
            break
    else:
        step = max(1, budget)  # one character is at most one token
        return [text[i : i + step] for i in range(0, len(text), step)]
    parts: list[str] = []
    current = ""
    for piece in pieces:
        if current and estimate_tokens(current + piece) > budget:
            parts.append(current)
            current = ""
        if estimate_tokens(piece) > budget:
            parts.extend(split_text(piece, budget))
        else:
            current += piece
    if current:
        parts.append(current)
    return parts


class TooLong(Exception):
    """The notes cannot be made to fit; the message gives the numbers and what to do."""


Summarize = Callable[[str], Awaitable[str]]


async def condense(text: str, part_budget: int, final_budget: int, summarize: Summarize, rounds: int = 3) -> tuple[str, int]:
    """Condense ``text`` part by part (then the condensed parts again, if needed) until it fits
    ``final_budget``. Returns the condensed text and how many parts the first round read."""
    first_round_parts = 0
    for _ in range(rounds):
        parts = split_text(text, part_budget)
        first_round_parts = first_round_parts or len(parts)
        summaries = [await summarize(part) for part in parts]
        text = "\n\n".join(f"Part {i} of {len(parts)}:\n{s.strip()}" for i, s in enumerate(summaries, 1))
        if estimate_tokens(text) <= final_budget:
            return text, first_round_parts
    raise TooLong(
        f"Your notes come to about {estimate_tokens(text):,} tokens even after condensing them {rounds} times, "
        f"and this request has room for about {final_budget:,}. Please split them into smaller groups "
        "(for example one month at a time), summarise each group, then combine the summaries."
    )


# ------------------------------------------------------------------ filter


def preset_spec(model: Optional[dict]) -> Optional[dict]:
    """The pack's data for a workspace model (written by the installer), or None when it is not one of our presets."""
    spec = (((model or {}).get("info") or {}).get("meta") or {}).get(META_KEY)
    return spec if isinstance(spec, dict) and isinstance(spec.get("formats"), dict) and spec.get("default_format") in spec["formats"] else None


class Filter:
    class Valves(BaseModel):
        priority: int = Field(default=20, description="Runs after the note filter has added its prompt.")
        ollama_max_context: int = Field(
            default=32768, description="Largest context window (tokens) this machine can hold for Ollama models."
        )
        other_engine_context: int = Field(
            default=8192, description="Context window (tokens) of an OpenAI-compatible engine, e.g. llama.cpp's --n_ctx."
        )
        answer_tokens: int = Field(default=2048, description="Room kept for the answer when no max_tokens is set.")
        condensed_part_tokens: int = Field(default=600, description="Length of each condensed part.")

    def __init__(self):
        self.valves = self.Valves()

    def _window(self, body: dict, model: dict) -> tuple[int, int]:
        """(the window the engine reads now, the largest it may be given)."""
        if model.get("owned_by") == "ollama":
            options = body.get("options") or {}
            requested = int(options.get("num_ctx") or body.get("num_ctx") or 2048)  # Ollama's own default
            return min(requested, self.valves.ollama_max_context), self.valves.ollama_max_context
        return self.valves.other_engine_context, self.valves.other_engine_context

    async def _summarize_with(self, request, user: dict, model_id: str, prompt: str) -> Summarize:
        # Open WebUI's own modules: available to a function at run time, not to the tests' imports.
        from open_webui.models.users import Users
        from open_webui.utils.chat import generate_chat_completion

        account = await Users.get_user_by_id(user["id"])

        async def summarize(text: str) -> str:
            form = {
                "model": model_id,
                "stream": False,
                "max_tokens": self.valves.condensed_part_tokens,
                "messages": [{"role": "system", "content": prompt}, {"role": "user", "content": text}],
            }
            response = await generate_chat_completion(request, form, user=account, bypass_filter=True)
            try:
                return response["choices"][0]["message"]["content"] or ""
            except (TypeError, KeyError, IndexError):
                raise TooLong("The model could not condense your notes (it returned no text). Please try again.") from None

        return summarize

    async def inlet(self, body: dict, __model__: Optional[dict] = None, __user__: Optional[dict] = None,
                    __request__=None, __event_emitter__=None) -> dict:
        spec = preset_spec(__model__)
        if spec is None or answered_without_a_draft(body.get("metadata")):
            return body
        messages = body.get("messages") or []
        answer = int(body.get("max_tokens") or (body.get("options") or {}).get("num_predict") or self.valves.answer_tokens)
        window, largest = self._window(body, __model__)
        decision = plan(request_tokens(messages) + answer, window, largest)
        if decision.action == "fits":
            return body
        if decision.action == "raise":
            body.setdefault("options", {})["num_ctx"] = decision.raise_to
            return body

        last = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=None)
        others = request_tokens([m for i, m in enumerate(messages) if i != last]) + PER_MESSAGE_TOKENS
        final_budget = window - answer - others - 100
        prompt = spec.get("condense_prompt") or ""
        part_budget = window - self.valves.condensed_part_tokens - estimate_tokens(prompt) - 2 * PER_MESSAGE_TOKENS
        if last is None or final_budget < 300 or part_budget < 300:
            raise TooLong(
                f"This chat needs about {decision.needed:,} tokens and the model reads {window:,} at once, "
                "mostly for earlier messages. Please start a new chat with this preset and paste your notes there."
            )
        if __event_emitter__:
            await __event_emitter__({"type": "status", "data": {"description": "Your notes are long: condensing them part by part first...", "done": False}})
        summarize = await self._summarize_with(__request__, __user__ or {}, body["model"], prompt)
        condensed, parts = await condense(_text(messages[last]), part_budget, final_budget, summarize)
        messages[last] = {"role": "user", "content": (
            f"The clinician's notes were too long to read at once, so they were condensed first, in {parts} parts, "
            f"in the order given. Write from these condensed notes:\n\n{condensed}"
        )}
        body.setdefault("metadata", {})[CONDENSED_KEY] = {"parts": parts, "needed": decision.needed, "window": window}
        if __event_emitter__:
            await __event_emitter__({"type": "status", "data": {"description": f"Condensed your notes in {parts} parts", "done": True}})
        return body

    def stream(self, event: dict, __metadata__: Optional[dict] = None) -> dict:
        choices = event.get("choices") if isinstance(event, dict) else None
        if not choices or not (__metadata__ or {}).get(CONDENSED_KEY) or not choices[0].get("finish_reason"):
            return event
        delta = choices[0].get("delta") or {}
        choices[0]["delta"] = {**delta, "content": (delta.get("content") or "") + NOTICE}
        return event

    def outlet(self, body: dict, __metadata__: Optional[dict] = None) -> dict:
        messages = body.get("messages") or []
        # Like every outlet in the pack, it reads from the answer whether the stream already did its part.
        if (__metadata__ or {}).get(CONDENSED_KEY) and messages and messages[-1].get("role") == "assistant":
            content = messages[-1].get("content") or ""
            messages[-1]["content"] = content if NOTICE in content else content + NOTICE
        return body
