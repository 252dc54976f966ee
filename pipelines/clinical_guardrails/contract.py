"""What every pipeline carries a copy of: the keys they pass each other and how each reads a preset.

The pipelines' contract (who writes and who reads each key) is the table at the top of clinical_note_filter.py;
tests/unit/test_pipeline_contract.py keeps the copies identical.
"""

from __future__ import annotations

from typing import Optional


META_KEY = "therapy_pack"
REPLY_KEY = "therapy_pack_reply"
# Set with a transcript's refusal: pipelines/retention.py removes the message from the stored chat.
FORGET_MESSAGE_KEY = "therapy_pack_forget_message"
TOOL_ANSWER_KEY = "therapy_pack_tool_answer"
TOOL_CALL_KEY = "therapy_pack_tool_call"
FINDINGS_KEY = "therapy_pack_findings"
CLINICIAN_TEXT_KEY = "therapy_pack_clinician_text"
GUARDRAIL_STREAM_KEY = "therapy_pack_guardrail_stream"
CLINICIAN_PROMPT_KEY = "therapy_pack_clinician_prompt"
REPLY_MODEL = "pack_reply"
# What the note filter says in place of a draft it could not read as a note: there is no draft to check.
UNREADABLE = "The model's answer could not be read as a note"
# What the note filter says under a draft that is not whole, word for word: the status line must not call it checked clean.
NOTICES = {
    "empty": "The model returned no text. Nothing you typed was lost: your notes are still in the chat above. Please try again.",
    "unstructured": "The model did not answer in the expected note structure, so its text is shown exactly as it was written. Please review it carefully before use.",
    "invalid": "Part of the model's answer was not in the expected note structure; that part is shown exactly as it was written. Please review it carefully before use.",
    "incomplete": "The draft stopped before it was finished (it may have reached its length limit). Everything the model wrote is shown above; please complete it or regenerate before signing.",
}
MISSING_SECTION_NOTICE = "The draft has no {} section. Please add it before signing."
EMPTY_SECTION_NOTICE = "The {} section came back empty. Please fill it in before signing."


def answered_without_a_draft(metadata: Optional[dict]) -> bool:
    """This turn's answer is not a draft to shape or check: the pack answers it itself (or through a tool), or it relays a tool's result."""
    return bool((metadata or {}).get(REPLY_KEY) or (metadata or {}).get(TOOL_CALL_KEY) or (metadata or {}).get(TOOL_ANSWER_KEY))


def preset_spec(model: Optional[dict]) -> Optional[dict]:
    """The pack's data for a workspace model (written by the installer), or None when it is not one of our presets."""
    spec = (((model or {}).get("info") or {}).get("meta") or {}).get(META_KEY)
    return spec if isinstance(spec, dict) and isinstance(spec.get("formats"), dict) and spec.get("default_format") in spec["formats"] else None
