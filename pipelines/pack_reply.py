"""
title: Therapy Pack Reply
author: therapy-notes-pack
version: 0.1.0
license: MIT
required_open_webui_version: 0.12.0
description: Gives the pack's own answer to a request its guardrails handle without a language model - a pasted session transcript or a request to diagnose. Hidden from the model list.
"""

# The guardrails filter routes such a request here and puts the answer in the
# request's metadata, so nothing the clinician typed reaches the model.

from typing import Optional

REPLY_KEY = "therapy_pack_reply"
NOTHING_TO_ANSWER = (
    "This entry is used by the therapy notes pack to answer some requests itself. "
    "To draft a note, pick a preset such as Session Note – IFS."
)


def reply_for(metadata: Optional[dict]) -> str:
    return (metadata or {}).get(REPLY_KEY) or NOTHING_TO_ANSWER


class Pipe:
    def pipe(self, body: dict, __metadata__: Optional[dict] = None) -> str:
        return reply_for(__metadata__)
