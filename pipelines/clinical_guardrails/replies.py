"""The pack's own answers, given in place of a draft when a request must not reach the model."""

from __future__ import annotations


TRANSCRIPT_REPLY = (
    "It looks like this is a transcript of the session itself, so I haven't drafted a note from it.\n\n"
    "This pack works only from your own notes written after the session. Recording or transcribing sessions "
    "needs your client's informed consent, and a verbatim record of what they said in the room is some of the most "
    "sensitive material there is: keeping it out of documentation tools protects their confidentiality and the trust "
    "your work rests on.\n\n"
    "Instead, please jot down a few bullet points in your own words - what you worked on, what you noticed, any "
    "interventions, and the plan - and I'll turn them into a note. Nothing you pasted has been stored in a note."
)
DIAGNOSIS_REPLY = (
    "I can't suggest or choose a diagnosis, or judge whether diagnostic criteria are met: diagnosis rests on your "
    "clinical judgment and your relationship with the client, which a documentation assistant doesn't have.\n\n"
    "What I can do: draft the note from your bullets in neutral, descriptive language (symptoms, behaviours, "
    "interventions, response), and document or code a diagnosis you have made yourself - just tell me what it is, "
    "for example \"Dx (mine, from intake): ...\"."
)


EARLIER_TRANSCRIPT_REPLY = (
    "An earlier message in this chat reads as a transcript of the session, so I won't draft anything in this chat: "
    "whatever I write here would be read from that transcript.\n\n"
    "Please start a new chat with this preset and write a few bullets in your own words - what you worked on, what you "
    "noticed, interventions and the plan."
)
FILE_TRANSCRIPT_REPLY = (
    "The file attached to this chat reads as a transcript of the session, so I haven't drafted a note from it.\n\n"
    "This pack works only from your own notes written after the session. Please remove the file (or start a new chat) "
    "and write a few bullets in your own words instead."
)
PROMPT_SETTINGS_REPLY = (
    "A system prompt set for this chat or its folder, or one of your own settings for the notes (how they refer to "
    "the client, your style example), asks for a diagnosis or reads as a session transcript, so nothing was sent to "
    "the model.\n\n"
    "Please change it where it was set: Chat Controls > System Prompt, the folder's settings, Settings > General > "
    "System Prompt, or your settings of the Clinical Note function. Then send your bullets again."
)
RAW_MODEL_REPLY = (
    "This model has none of the practice's documentation rules, so it doesn't answer clinicians here.\n\n"
    "Please choose one of the pack's presets from the model list at the top (for example \"Session Note – IFS\" or "
    "\"Treatment Plan\") and write your bullets there. If no preset is listed, ask the practice's administrator."
)
NOT_STREAMED_REPLY = (
    "This preset answers only in the chat, where every draft is checked and gets its \"Review before signing\" list. "
    "Please open it in Open WebUI's chat (if you turned off Settings > Interface > \"Stream Chat Response\", turn it back on)."
)

ENGINE_RESTARTING_REPLY = (
    "The model has stopped and is restarting, so this message was not sent to it. Nothing is lost: your text is "
    "still here in the chat.\n\n"
    "Please send it again in a moment (a restart usually takes under a minute). If you see this again and again, "
    "ask whoever looks after this computer to run python3 scripts/doctor.py."
)


# The outlet leaves these as they are: they are the pack's answers, not drafts.
PACK_REPLIES = (TRANSCRIPT_REPLY, DIAGNOSIS_REPLY, EARLIER_TRANSCRIPT_REPLY, FILE_TRANSCRIPT_REPLY, NOT_STREAMED_REPLY, RAW_MODEL_REPLY,
                ENGINE_RESTARTING_REPLY, PROMPT_SETTINGS_REPLY)
