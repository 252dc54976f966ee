"""Session transcripts, which the pack refuses.

A transcript is structure, not vocabulary: lines that start with a speaker label,
where the same labels come back and take turns, and what follows them is spoken
("I", "you", questions, fillers). Labelled bullet fields ("Mood: low", "S: / O:")
name each field once; shorthand ("Client: reported low mood") is not speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .findings import Finding


_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
_TURN_LINE = re.compile(
    rf"""^[ \t>*•·-]*
    (?:[\[(]?(?P<ts>{_TIME})[\])]?\s*)?
    (?:
        \[(?P<bracketed>[^\]\n]{{1,30}})\]\s*:?
      | <v\s+(?P<voice>[^>\n]{{1,30}})>
      | From\s+(?P<chat>[^\n]{{1,40}}?)\s+to\s+[^\n:]{{1,30}}:
      | \**(?P<label>[^\W\d_][\w.'’()/ -]{{0,28}}?)\**\s*(?:[\[(](?P<inline_ts>{_TIME})[\])]\s*)?\**(?::(?!\d)|：|—|–|\s-\s)\**
    )
    [ \t]*(?P<said>\S[^\n]*)$""",
    re.M | re.X,
)
# "Therapist  0:06" on a line of its own, the words on the next (auto-transcribers).
# "[10:02] Dana Smith" likewise (chat exports).
_HEADER_LINE = re.compile(
    rf"^[ \t]*(?:(?P<label>[^\W\d_][\w.'’ -]{{0,30}}?)[ \t]+[\[(]?{_TIME}[\])]?|[\[(]?{_TIME}[\])]?[ \t]+(?P<named>[^\W\d_][\w.'’() -]{{0,40}}?))"
    rf"[ \t]*\n[ \t]*(?P<said>\S[^\n]*)$",
    re.M,
)
_TIME_LINE = re.compile(rf"^[ \t]*[\[(]?{_TIME}[\])]?[ \t]*\n[ \t]*[^\s\d][^\n]*$", re.M)
_SUBTITLE_TIMING = re.compile(rf"^[ \t]*{_TIME}\s*-->\s*{_TIME}[^\n]*$", re.M)
_SPOKEN = re.compile(
    r"\?|¿|\.\.\.|…|\b(?:I|I'm|I've|I'd|I'll|me|my|you|you're|your|we|us|let's|okay|ok|yeah|yes|um|uh|hmm|mm|honestly"
    r"|yo|mi|tú|usted|te|je|j|tu|vous|moi|ich|du|mir|mich|dich|dir|wir|ja|nein)\b|\w(?:n't|'re|'ve|'ll|'m|’re|’ve|’ll|’m|n’t)\b",
    re.I,
)
_TRANSCRIPT_HEADER = re.compile(r"transcri|recording|caption|verbatim|export|webvtt|zoom|teams|google\s+meet|otter|whisper", re.I)
_NOT_A_SPEAKER = frozenset("note notes plan hw homework goal goals dx diagnosis session date time re subject".split())


@dataclass(frozen=True)
class _Turn:
    start: int
    end: int
    speaker: str
    said: str
    timed: bool = False


# "... told me. C: My sister ..." - a turn that starts mid-line, after a sentence.
_INLINE_TURN = re.compile(r"(?<=[.?!…\"”’)]) (?=(?:[A-Z][\w.'’-]{0,15}(?: [A-Z][\w.'’-]{0,15})?|\[[^\]\n]{1,15}\]):\s)")


def _turns(text: str) -> list[_Turn]:
    lines = _INLINE_TURN.sub("\n", text)  # same length, so positions still point into text
    turns = []
    for m in _TURN_LINE.finditer(lines):
        speaker = next(g for g in (m.group("bracketed"), m.group("voice"), m.group("chat"), m.group("label")) if g is not None)
        key = re.sub(r"\W+", "", speaker.lower())
        if key and key not in _NOT_A_SPEAKER and len(speaker.split()) <= 4:
            turns.append(_Turn(m.start(), m.end(), key, m.group("said"), bool(m.group("ts") or m.group("inline_ts"))))
    for m in _HEADER_LINE.finditer(lines):
        turns.append(_Turn(m.start(), m.end(), re.sub(r"\W+", "", (m.group("label") or m.group("named")).lower()), m.group("said"), True))
    return sorted(turns, key=lambda t: t.start)


def _is_dialogue(turns: list[_Turn]) -> bool:
    speakers = [t.speaker for t in turns]
    counts = {s: speakers.count(s) for s in set(speakers)}
    changes = sum(1 for a, b in zip(speakers, speakers[1:]) if a != b)
    timed = sum(1 for t in turns if t.timed)
    recurring = [t for t in turns if counts[t.speaker] >= 2]
    spoken = sum(1 for t in turns if _SPOKEN.search(t.said))
    return (len(turns) >= 3 and len(counts) >= 2 and changes >= 2 and len(recurring) * 2 >= len(turns)
            and (timed >= 3 or (spoken >= 2 and spoken * 3 >= len(turns))))


def find_transcript(text: str, source: str = "bullets") -> list[Finding]:
    """A verbatim session transcript, however its speakers are labelled or its times written."""
    turns = _turns(text)
    timings = [m.span() for m in _SUBTITLE_TIMING.finditer(text)]
    time_lines = [m.span() for m in _TIME_LINE.finditer(text)] if not timings else []
    if _is_dialogue(turns):
        spans = [(t.start, t.end) for t in turns]
    elif len(timings) >= 2 or len(time_lines) >= 3:
        spans = timings or time_lines
        # The words of the last cue run to the next blank line.
        cue_end = re.compile(r"\n[ \t]*\n|\Z").search(text, spans[-1][1])
        spans.append((spans[-1][1], cue_end.start()))
    else:
        return []
    start, end = spans[0][0], max(e for _, e in spans)
    # A title line naming the export ("Session transcript (Google Meet)") belongs to it.
    previous = text.rfind("\n", 0, max(0, start - 1)) + 1
    if start and _TRANSCRIPT_HEADER.search(text[previous:start]):
        start = previous
    while start < end and text[start].isspace():
        start += 1
    return [Finding("transcript", text[start:end], start, end, source,
                    f"{max(len(turns), len(spans))} speaker turns that read as a verbatim session transcript.")]
