"""Session transcripts, which the pack refuses.

A transcript is structure, not vocabulary: speaker labels (or timing cues) that come
back and take turns, each followed by spoken words ("I", "you", questions, fillers, in
the languages clinicians write). However it was exported - "Dana: ...", "[12/03/2026,
14:02] Dana: ...", "Dana  0:06" over the words, WebVTT voices, subtitle cues, dialogue
led by dashes - that structure is the same. Labelled bullet fields ("Mood: low",
"S: / O:") name each field once; shorthand ("Client: reported low mood") is not speech;
a log of times ("10:05 arrived") has no speakers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .findings import Finding
from .text import _without_quotes


_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
# A time as exports write it: after a date ("12/03/26, 14:02", "2026-03-12T14:02:11Z", "2024/06/14, 21:02", "Mar 12, 2026 at 2:02 PM"), with AM/PM.
_DATE = (r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
         r"|[^\W\d_]{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}|\d{1,2}\.?\s[^\W\d_]{3,9}\.?,?\s\d{4})")
_STAMP = rf"(?<!\w)(?:{_DATE}(?:T|,?[ \t]+(?:[^\W\d_]{{1,4}}[ \t]+)?))?{_TIME}(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?"
_BRACKETED_STAMP = rf"[\[(]?{_STAMP}[\])]?"
_NAME = r"[^\W\d_][\w.'’() -]{0,40}?"
_TURN_LINE = re.compile(
    rf"""^[ \t>*•·-]*
    (?:[\[(]?(?P<ts>{_STAMP})[\])]?[ \t]*(?:[-–—|][ \t]+)?)?
    (?:
        \[(?P<bracketed>[^\]\n]{{1,30}})\]\s*:?
      | <v(?:\.[\w.-]+)?\s+(?P<voice>[^>\n]{{1,30}})>
      | From\s+(?P<chat>[^\n]{{1,40}}?)\s+to\s+[^\n:]{{1,30}}:
      | \**(?P<label>[^\W\d_][\w.'’()/ -]{{0,28}}?)\**[ \t]*(?:[\[(]?(?P<inline_ts>{_STAMP})[\])]?[ \t]*)?\**(?::(?!\d)|：|—|–|\s-\s)\**
    )
    [ \t]*(?P<said>\S[^\n]*)$""",
    re.M | re.X,
)
# The speaker on a line of their own, the words on the next: "Therapist  0:06", "[10:02] Dana Smith",
# "Speaker 1 (00:05):", "0:00:02.310" over "Therapist", or a bare "Therapist:" (which must recur).
_HEADER_LINE = re.compile(
    rf"""^[ \t>*•·-]*\**
    (?:
        (?P<label>{_NAME})\**[ \t]*(?:[,–—-][ \t]*)?(?P<stamp>{_BRACKETED_STAMP})
      | (?P<stamp_first>{_BRACKETED_STAMP})[ \t]*(?:[-–—|,][ \t]*|\n[ \t]*)?\**(?P<named>{_NAME})
      | (?P<alone>[^\W\d_][\w.'’ -]{{0,30}}?)
    )
    \**[ \t]*[:：]?\**[ \t]*\n
    (?:[ \t]*(?P<stamp_after>{_BRACKETED_STAMP})[ \t]*\n)?
    [ \t]*(?P<said>\S[^\n]*)$""",
    re.M | re.X,
)
_TIME_LINE = re.compile(rf"^[ \t]*{_BRACKETED_STAMP}[ \t]*\n[ \t]*(?P<said>[^\s\d][^\n]*)$", re.M)
_SUBTITLE_TIMING = re.compile(rf"^[ \t]*{_TIME}\s*-->\s*{_TIME}[^\n]*$", re.M)
# Dialogue without names, each turn led by a dash, as Spanish and French write it (a hyphen leads a bullet).
_DASH_LINE = re.compile(r"^[ \t]*[—–][ \t]*(?P<said>\S[^\n]*)$", re.M)

# Closed grammatical sets: who speaks (first person), to whom (second person), and what only speech has;
# English, Spanish, French, German, Portuguese, Italian. Short words that are also clinical abbreviations (MI) are left out.
_FIRST = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|us|our|let's"
    r"|yo|mí|mis|conmigo|nosotros|nosotras|estoy|soy|je|j|moi|nous|suis|ich|mir|mich|mein|meine|meinen|wir|uns|bin|hab|habe"
    r"|eu|meu|minha|nós|estou|tenho|io|mio|noi|sono)\b",
    re.I,
)
_SECOND = re.compile(
    r"\b(?:you|you're|you've|you'll|you'd|your|yours|yourself|tú|tu|te|usted|ustedes|contigo|vosotros|toi|vous"
    r"|du|dich|dir|dein|deine|deinen|euch|você|vocês|teu|tua|tuo|voi)\b",
    re.I,
)
_SPOKEN = re.compile(
    rf"{_FIRST.pattern}|{_SECOND.pattern}|\?|¿|\.\.\.|…"
    r"|\b(?:okay|ok|yeah|yes|um|uh|hmm|mm|honestly|vale|bueno|pues|sí|oui|ouais|ja|nein|naja|genau|não|sì|beh)\b"
    r"|\w(?:n't|'re|'ve|'ll|'m|’re|’ve|’ll|’m|n’t)\b",
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


def _key(speaker: str) -> str:
    return re.sub(r"\W+", "", speaker.lower())


def _turns(text: str) -> list[_Turn]:
    lines = _INLINE_TURN.sub("\n", text)  # same length, so positions still point into text
    turns = []
    for m in _TURN_LINE.finditer(lines):
        speaker = next(g for g in (m.group("bracketed"), m.group("voice"), m.group("chat"), m.group("label")) if g is not None)
        key = _key(speaker)
        if key and key not in _NOT_A_SPEAKER and len(speaker.split()) <= 4:
            turns.append(_Turn(m.start(), m.end(), key, m.group("said"), bool(m.group("ts") or m.group("inline_ts"))))
    alone = []
    for m in _HEADER_LINE.finditer(lines):
        speaker = m.group("label") or m.group("named") or m.group("alone")
        timed = bool(m.group("stamp") or m.group("stamp_first") or m.group("stamp_after"))
        turn = _Turn(m.start(), m.end(), _key(speaker), m.group("said"), timed)
        if timed:
            turns.append(turn)
        elif len(speaker.split()) <= 3 and turn.speaker not in _NOT_A_SPEAKER:
            alone.append(turn)
    # A name alone on its line is a speaker only where it comes back: otherwise it is any short line.
    turns += [t for t in alone if sum(a.speaker == t.speaker for a in alone) >= 2]
    return sorted(turns, key=lambda t: t.start)


def _is_dialogue(turns: list[_Turn]) -> bool:
    speakers = [t.speaker for t in turns]
    counts = {s: speakers.count(s) for s in set(speakers)}
    changes = sum(1 for a, b in zip(speakers, speakers[1:]) if a != b)
    recurring = sum(1 for t in turns if counts[t.speaker] >= 2)
    if len(turns) < 3 or len(counts) < 2 or changes < 2 or recurring * 2 < len(turns):
        return False
    timed = sum(1 for t in turns if t.timed)
    # words a line quotes are someone's reported speech: "Leah: crying daily, 'my body keeps failing'" is a note
    spoken = sum(1 for t in turns if _SPOKEN.search(_without_quotes(t.said)))
    return spoken >= 2 and (timed >= 3 or spoken * 3 >= len(turns))


def _dash_dialogue(text: str) -> list[tuple[int, int]]:
    """Runs of four or more dash-led lines that ask and answer, in the first and second person, or in either
    where three questions are answered ("— Sur 100, l'anxiété était à combien ?" — "Au début 80").

    A run under a label ("Questions for next time:") is a list, not a dialogue.
    """
    runs: list[list[re.Match]] = []
    for m in _DASH_LINE.finditer(text):
        if runs and not text[runs[-1][-1].end():m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    spans = []
    for run in runs:
        said = [m.group("said") for m in run]
        asked = ["?" in s or "¿" in s for s in said]
        answered = sum(1 for a, b in zip(asked, asked[1:]) if a and not b)
        heading = text[:run[0].start()].rstrip().rsplit("\n", 1)[-1]
        if (len(run) >= 4 and answered >= 2 and not heading.endswith((":", "："))
                and _persons(said) >= (1 if answered >= 3 else 2)
                and sum(1 for s in said if _SPOKEN.search(s)) * 2 >= len(run)):
            spans += [m.span() for m in run]
    return spans


def _persons(said: list[str]) -> int:
    """How many of the first and second persons the lines speak in."""
    return any(_FIRST.search(s) for s in said) + any(_SECOND.search(s) for s in said)


def find_transcript(text: str, source: str = "bullets") -> list[Finding]:
    """A verbatim session transcript, however its speakers are labelled or its times written."""
    return [Finding("transcript", text[start:end], start, end, source, message) for start, end, message in _transcript(text)]


@functools.lru_cache(maxsize=16)  # the clinician's words are read for one once per draft, and again as it streams
def _transcript(text: str) -> tuple[tuple[int, int, str], ...]:
    turns = _turns(text)
    spans = [(t.start, t.end) for t in turns] if _is_dialogue(turns) else []
    spans += _dash_dialogue(text)
    timings = [m.span() for m in _SUBTITLE_TIMING.finditer(text)]
    time_lines = list(_TIME_LINE.finditer(text)) if not timings else []
    spoken_cues = sum(1 for m in time_lines if _SPOKEN.search(m.group("said")))
    cues = timings if len(timings) >= 2 else [m.span() for m in time_lines] if len(time_lines) >= 3 and spoken_cues >= 2 else []
    if cues:
        # The words of the last cue run to the next blank line.
        cue_end = re.compile(r"\n[ \t]*\n|\Z").search(text, cues[-1][1])
        spans += cues + [(cues[-1][1], cue_end.start())]
    if not spans:
        return ()
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    # The first cue's number, and a title line just above naming the export ("Session transcript (Google Meet)"), belong to it.
    cue = re.search(r"^[ \t]*\d{1,4}[ \t]*\n[ \t]*\Z", text[:start], re.M)
    start = cue.start() if cue else start
    previous = text.rfind("\n", 0, max(0, start - 1)) + 1
    if start and _TRANSCRIPT_HEADER.search(text[previous:start]):
        start = previous
    while start < end and text[start].isspace():
        start += 1
    return ((start, end, f"{max(len(turns), len(spans))} speaker turns that read as a verbatim session transcript."),)
