"""The Filter Open WebUI runs: inlet (refuse or pass the request), stream (check the draft as it streams), outlet."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, Field

from .checks import check
from .findings import Finding
from .presentation import apply_findings, draft_status, REVIEW_HEADING, shown_draft, TRACE_FOLD
from .streaming import check_streamed, streamed_trace
from .trace import trace
from .replies import ENGINE_RESTARTING_REPLY, NOT_STREAMED_REPLY, PACK_REPLIES, RAW_MODEL_REPLY, TRANSCRIPT_REPLY
from .contract import (
    answered_without_a_draft, CLINICIAN_TEXT_KEY, FINDINGS_KEY, FORGET_MESSAGE_KEY, GUARDRAIL_STREAM_KEY,
    preset_spec, REPLY_KEY, REPLY_MODEL, TOOL_CALL_KEY, UNREADABLE,
)
from .engine import engine_stopped
from .chat import _file_texts, _user_texts, prompt_texts_to_check, refusal_for, without_earlier_requests


def stream_chunk(choices: list) -> Optional[tuple[dict, str, bool]]:
    """(the streamed delta, its text, whether the answer ends here), or None when the event carries neither."""
    delta, finished = choices[0].get("delta") or {}, bool(choices[0].get("finish_reason"))
    return None if delta.get("content") is None and not finished else (delta, delta.get("content") or "", finished)


class Filter:
    class Valves(BaseModel):
        priority: int = Field(default=10, description="Runs after the note filter, on the rendered note.")
        diagnosis_action: Literal["flag", "redact", "block"] = Field(
            default="flag",
            description="What to do with a diagnosis the clinician did not give: flag it under the note, redact it from the note, or withhold the draft.",
        )

    def __init__(self):
        self.valves = self.Valves()

    async def _status(self, emitter, text: str, done: bool) -> None:
        if emitter:
            await emitter({"type": "status", "data": {"description": text, "done": done}})

    async def inlet(self, body: dict, __model__: Optional[dict] = None, __user__: Optional[dict] = None,
                    __event_emitter__=None) -> dict:
        # Installed as a global filter, so this runs for every model, not only the presets.
        if (__model__ or {}).get("id") == REPLY_MODEL:
            return body
        preset = preset_spec(__model__) is not None
        messages = body.get("messages") or []
        metadata = body.setdefault("metadata", {})
        files = await _file_texts(body.get("files") or metadata.get("files") or [], __user__)
        if not preset and (__user__ or {}).get("role") != "admin":
            reply = RAW_MODEL_REPLY  # a clinician on a raw model would get a draft with no rules and no checks
        elif body.get("stream") is False and preset:
            reply = NOT_STREAMED_REPLY
        else:
            # A tool form goes to the tool, not the model: it needs no engine.
            needs_engine = not metadata.get(TOOL_CALL_KEY)
            reply = refusal_for(_user_texts(messages), files, prompt_texts_to_check(messages, metadata)) or (
                ENGINE_RESTARTING_REPLY if needs_engine and await engine_stopped(__model__) else "")
        if not preset and not reply:
            return body
        await self._status(__event_emitter__, "Checking your notes...", False)
        if reply:
            # Answered here: the request goes to the pack's reply function, never to the model.
            metadata[REPLY_KEY] = reply
            if reply == TRANSCRIPT_REPLY:  # the retention filter removes it from the stored chat
                metadata[FORGET_MESSAGE_KEY] = True
            body["model"] = REPLY_MODEL
            await self._status(__event_emitter__, "Answered by the pack; nothing was sent to the model", True)
            return body
        without_earlier_requests(messages)
        # What the draft will be checked against once it is written.
        metadata[CLINICIAN_TEXT_KEY] = "\n".join(_user_texts(messages) + files)
        await self._status(__event_emitter__, "Notes checked", True)
        return body

    def _final(self, note: str, findings: list[Finding], clinician_text: str, checked_in_full: bool,
               metadata: Optional[dict], stream_state: Optional[dict] = None) -> tuple[str, str]:
        """The finished draft as the clinician sees it (its review list and trace under it), and the status line;
        ``stream_state``: what the stream read of it already."""
        if metadata is not None:
            metadata[FINDINGS_KEY] = [f.as_dict() for f in findings]
        draft, traced = shown_draft(note, findings, self.valves.diagnosis_action), None
        try:
            if draft is not None:
                traced = streamed_trace(stream_state, draft) or trace(draft, clinician_text)
        except Exception:  # a fault in the pack must not cost the clinician the draft: the status says to read it all
            checked_in_full = False
        shown = apply_findings(note, findings, self.valves.diagnosis_action, traced, checked_in_full)
        return shown, draft_status(findings, note, checked_in_full)

    async def stream(self, event: dict, __model__: Optional[dict] = None, __metadata__: Optional[dict] = None,
                     __event_emitter__=None) -> dict:
        choices = event.get("choices") if isinstance(event, dict) else None
        if preset_spec(__model__) is None or __metadata__ is None or not choices or answered_without_a_draft(__metadata__):
            return event
        chunk = stream_chunk(choices)
        if chunk is None:
            return event
        delta, content, finished = chunk
        state = __metadata__.setdefault(GUARDRAIL_STREAM_KEY, {"sent": 0})
        clinician_text = __metadata__.get(CLINICIAN_TEXT_KEY, "")
        findings = check_streamed(state, content, clinician_text, finished)
        if finished and UNREADABLE in state["note"]:
            full = state["note"]
            await self._status(__event_emitter__, "No draft to check: the model's answer could not be read as a note", True)
        elif finished:
            full, status = self._final(state["note"], findings, clinician_text, not state.get("failed"), __metadata__, state)
            await self._status(__event_emitter__, status, True)
        if finished:
            sent = state["note"][: state["sent"]]
            # Flag mode has streamed the draft already; redact and block held it back until now.
            shown = full[len(sent):] if full.startswith(sent) else "\n\n" + full
        elif self.valves.diagnosis_action == "flag":
            shown = content
        else:
            shown = ""
        state["sent"] += len(shown)
        choices[0]["delta"] = {**delta, "content": shown}
        return event

    def outlet(self, body: dict, __model__: Optional[dict] = None, __metadata__: Optional[dict] = None) -> dict:
        messages = body.get("messages") or []
        if (preset_spec(__model__) is None or not messages or messages[-1].get("role") != "assistant"
                or answered_without_a_draft(__metadata__)):
            return body
        content = messages[-1].get("content") or ""
        # Like every outlet in the pack, it reads from the answer whether the stream already did its part.
        if (REVIEW_HEADING in content or TRACE_FOLD in content or content in PACK_REPLIES
                or content.startswith("This draft was withheld") or UNREADABLE in content):
            return body
        clinician_text = "\n".join(_user_texts(messages[:-1]))
        try:
            findings, checked_in_full = check(bullets=clinician_text, note=content), True
        except Exception:  # as in the stream: the draft is shown, and said to be not fully checked
            findings, checked_in_full = [], False
        messages[-1]["content"] = self._final(content, findings, clinician_text, checked_in_full, None)[0]
        return body
