"""Notes dictated with spoken punctuation, read as typed.

Dictation software that is not told to punctuate writes the commands as words: "denies S I
period P H Q nine was fourteen comma down from eighteen period she said quote I feel lighter
end quote". Read as they stand, such notes are one sentence with no quotation and no
acronym, so every check reads them wrong. Where a text dictates its punctuation, each command
becomes its mark and each spelled acronym its letters, padded with spaces to the words' length,
so every finding's place is still its place in what the clinician sent (and Markdown shows the
padding as one space).
"""

from __future__ import annotations

import functools
import re

from .text import _in_another_language, _NOTES_IN_ANOTHER_LANGUAGE, _sentences


# Per language: the spoken commands of each mark, the longer before the shorter they begin ("point à la ligne"
# before "point"), and a quotation's opening and closing words. A mark is only a mark between words ("a period of",
# "le point de" are nouns).
_SPOKEN_PUNCTUATION = {
    "english": ((r"new line|new paragraph|next line", "\n"), (r"question mark", "?"), (r"semicolon|semi colon", ";"),
                (r"colon", ":"), (r"period|full stop", "."), (r"comma", ","),
                (r"(?:open )?quote", r"end quote|close quote|unquote|end of quote")),
    "french": ((r"point à la ligne", ".\n"), (r"à la ligne|nouvelle ligne|nouveau paragraphe", "\n"), (r"point d'interrogation", "?"),
               (r"point[- ]virgule", ";"), (r"deux[- ]points", ":"), (r"point", "."), (r"virgule", ","),
               (r"ouvrez les guillemets|ouvrir les guillemets", r"fermez les guillemets|fermer les guillemets")),
    "spanish": ((r"punto y aparte", ".\n"), (r"nueva línea|nuevo párrafo", "\n"), (r"signo de interrogación", "?"), (r"punto y coma", ";"),
                (r"dos puntos", ":"), (r"punto y seguido|punto", "."), (r"coma", ","),
                (r"abre comillas|abrir comillas", r"cierra comillas|cerrar comillas")),
    "german": ((r"neue zeile|neuer absatz", "\n"), (r"fragezeichen", "?"), (r"semikolon", ";"), (r"doppelpunkt", ":"),
               (r"punkt", "."), (r"komma", ","),
               (r"anführungszeichen(?: unten| auf)?", r"anführungszeichen(?: oben| zu)?|zitat ende|ende zitat")),
}
_NOT_A_NOUN = r"\b(?![ \t]+(?:of|de|d'|du|des|à|del)\b)"


# A word that makes the command a noun: "her period", "the colon", "a comma".
_DETERMINERS = r"(?<!\bthe)(?<!\bher)(?<!\bhis)(?<!\bmy)(?<!\ba)(?<!\bthis)(?<!\bthat)(?<!\btheir)(?<!\byour)"


def _mark_pattern(words: str, mark: str) -> re.Pattern:
    words = words.replace(" ", r"[ \t]+")
    if mark.endswith("\n"):
        return re.compile(r"[ \t]*\b(?:%s)\b" % words, re.I)
    return re.compile(r"(?<=\w)%s[ \t]+(?:%s)%s" % (_DETERMINERS, words, _NOT_A_NOUN), re.I)


def _quotation_pattern(opening: str, closing: str) -> re.Pattern:
    """A spoken quotation on one line; an opening without its close is left as words."""
    return re.compile(r"\b(?:%s)[ \t]+(?P<said>[^\n]{1,300}?)[ \t]+(?:%s)\b" % (opening.replace(" ", r"[ \t]+"), closing.replace(" ", r"[ \t]+")), re.I)


_COMMANDS = {language: ([(_mark_pattern(words, mark), mark) for words, mark in table[:-1]], _quotation_pattern(*table[-1]))
             for language, table in _SPOKEN_PUNCTUATION.items()}
# "S I", "P H Q nine", "G A D": an acronym spelled letter by letter; in lower case ("p h q nine", "a d h d") three
# letters at least, as two may be words ("i a").
_SPELLED = re.compile(r"(?<![\w.'’])(?:[A-Z](?:[ ][A-Z]){1,5}|[a-z](?:[ ][a-z]){2,5})(?![\w'’])")
# Dictated: three commands or more, of two kinds at least (one "period" may be a noun the article missed); or
# acronyms spelled letter by letter twice.
_MIN_COMMANDS, _MIN_KINDS, _MIN_SPELLED = 3, 2, 2


def _padded(mark: str, length: int) -> str:
    return mark + " " * (length - len(mark))


@functools.lru_cache(maxsize=16)
def undictated(text: str) -> str:
    """The text with its spoken punctuation as marks and spelled acronyms as written, the same length; unchanged
    unless it is dictated."""
    spelled = _SPELLED.findall(text)
    language = _dictated_in(text, bool(spelled))
    # three letters or more spelled in lower case are an acronym even once ("e p d s of seventeen")
    if language is None and len(spelled) < _MIN_SPELLED and not any(s.islower() for s in spelled):
        return text
    text = _SPELLED.sub(lambda m: _padded(m.group().replace(" ", ""), len(m.group())), text)
    if language is None:
        return text
    marks, quotation = _COMMANDS[language]
    for pattern, mark in marks:
        text = pattern.sub(lambda m, mark=mark: _padded(mark, len(m.group())), text)
    return quotation.sub(_quotation, text)


def _dictated_in(text: str, spelled: bool) -> str | None:
    """The language whose punctuation the text dictates, if any: commands of two kinds, or line breaks alone ("new
    line" is no noun); another language's only where the text is in another language ("3 point 5" is English)."""
    foreign = _in_another_language(text, _NOTES_IN_ANOTHER_LANGUAGE)
    for language, (marks, quotation) in _COMMANDS.items():
        if language != "english" and not foreign:
            continue
        counts = [len(pattern.findall(text)) for pattern, _ in marks] + [len(quotation.findall(text))]
        lines = sum(c for c, (_, mark) in zip(counts, marks) if mark.endswith("\n"))
        if sum(counts) >= _MIN_COMMANDS and (sum(1 for c in counts if c) + spelled >= _MIN_KINDS or lines >= _MIN_COMMANDS):
            return language
    return None


def _quotation(m: re.Match) -> str:
    """'quote I feel lighter end quote' as '      "I feel lighter"         ': the marks against the words said."""
    said = m.group("said")
    before, after = m.start("said") - m.start(), m.end() - m.end("said")
    return " " * (before - 1) + '"' + said + '"' + " " * (after - 1)


# Speech to text that is not told to punctuate writes a whole note as one sentence: "... more on weekends audit today
# seventeen he said ...". Read so, every fact and every "please" of the note would be one sentence's. A long sentence
# without a mark runs on; its clauses start where a subject pronoun does (not "bipolar I", "type I"; dictation's "i asked").
_RUN_ON_WORDS = 40
_SHORTEST_CLAUSE = 4  # words: "and then she" starts no clause of its own
_CLAUSE_SUBJECT = re.compile(r"(?<=\s)(?:(?i:he|she|they|we|il|elle|ils|elles|je|nous|er|ich|wir)\b|(?<!bipolar )(?<!type )(?<!cluster )I\b(?![-–])|i(?=['’ ][a-z]))")
_MARKS = re.compile(r"[,;:]")
# A subject after a word that joins its clause to the one before starts none of its own: "can you tell me whether she
# meets criteria", "he said that he", "worse since she moved".
_JOINED_BEFORE = re.compile(r"\b(?:whether|if|that|because|since|than|how|what|why|when|while|unless|until)\s+\Z", re.I)


def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence or line of the clinician's text; a sentence that runs on, cut into its clauses."""
    out = []
    for start, end in _sentences(text):
        words = len(text[start:end].split())
        if words < _RUN_ON_WORDS or len(_MARKS.findall(text, start, end)) * 20 > words:
            out.append((start, end))
            continue
        cuts = [m.start() for m in _CLAUSE_SUBJECT.finditer(text, start, end) if not _JOINED_BEFORE.search(text, start, m.start())]
        for cut in cuts + [end]:
            if len(text[start:cut].split()) >= _SHORTEST_CLAUSE or cut == end:
                out.append((start, len(text[start:cut].rstrip()) + start))
                start = cut
    return tuple(out)
