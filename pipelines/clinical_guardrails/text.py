"""Text helpers every check shares: canonical words, sentences, quotations."""

from __future__ import annotations

import functools
import re
import unicodedata

from .vocabulary import VOCABULARY_OTHER_LANGUAGE_WORDS


_TOKEN = re.compile(r"[^\W_]+")
_TOKEN_NOT_POSSESSIVE_S = re.compile(r"(?!(?<=['’])[sS](?![^\W_]))[^\W_]+")  # "Dana's": "Dana", no "s"
# A word is its letters and the vowel signs and accents written as marks between them: Hindi "आत्महत्या" is one
# word, where letters alone would cut it in four. Read so only in a text that has such marks: it is slower.
_JOINING_MARKS = re.escape("".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)) in ("Mn", "Mc")))
_HAS_JOINING_MARK = re.compile(f"[{_JOINING_MARKS}]")
_TOKEN_WITH_MARKS_NOT_POSSESSIVE_S = re.compile(rf"(?!(?<=['’])[sS](?![^\W_]))[^\W_](?:[^\W_]|[{_JOINING_MARKS}])*")
# A word's letters, each part of a hyphenated word apart, as an acronym spells them ("post-exertional malaise": PEM),
# and the words that join an acronym's words, which it may leave out ("time in range": TIR, "Speech and Language
# Therapy": SLT).
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_JOINING_WORDS = frozenset(("of", "for", "and", "in", "the", "to"))
# The words that carry grammar, not content: a restatement may add or drop them.
FUNCTION_WORDS = (
    "a an the and or but nor if then than so as of to in on at by for from with without into onto over under about "
    "after before during since until while through between among per via is am are was were be been being has have "
    "had having do does did done will would shall should can could may might must i me my we us our you your he him "
    "his she her hers it its they them their theirs this that these those there here who whom whose which what when "
    "where why how all any both each every some such no not only own same too very also just"
)
_BRITISH_ISE = re.compile(r"is(e|ed|es|ing|ation|ations)$")
_BRITISH_IOUR = re.compile(r"iour$")


@functools.lru_cache(maxsize=65536)
def _canon(word: str) -> str:
    """One spelling per word, so 'behaviours', 'Behavior' and 'organised' meet their dictionary forms, and Swiss
    German 'dreissig' (no 'ß') meets 'dreißig'."""
    word = _BRITISH_IOUR.sub("ior", _BRITISH_ISE.sub(r"iz\1", word.lower())).replace("paed", "ped").replace("haem", "hem").replace("ß", "ss")
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, canonical form) of each word; the 's' of a possessive is dropped."""
    words = _TOKEN_WITH_MARKS_NOT_POSSESSIVE_S if _HAS_JOINING_MARK.search(text) else _TOKEN_NOT_POSSESSIVE_S
    return tuple([(m.start(), m.end(), _canon(m.group())) for m in words.finditer(text)])


def _line_end(text: str, at: int) -> int:
    """Where the line that ``at`` is on ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _phrase(text: str) -> str:
    return " ".join(t for _, _, t in _tokens(text))


@functools.lru_cache(maxsize=8)
def _clinician_phrase(clinician_text: str) -> str:
    """The clinician's whole text in canonical words, made once: a streamed draft is checked against it per sentence."""
    return _phrase(clinician_text)


def _mentions(key: str, phrase: str) -> bool:
    """Whether the canonical words ``key`` occur, as whole words, in the canonical ``phrase``."""
    if not key:
        return False
    at = phrase.find(key)
    while at >= 0:
        if (at == 0 or phrase[at - 1] == " ") and (at + len(key) == len(phrase) or phrase[at + len(key)] == " "):
            return True
        at = phrase.find(key, at + 1)
    return False


_HEADING_LINE = re.compile(r"#{1,6}\s+[^\n]+|\*\*[^*\n]+\*\*")  # "## Homework", "**Homework**"
_SENTENCE_END = re.compile(r"[.?!]+[\"'”’)]*(?=\s|$)|\n")


@functools.lru_cache(maxsize=64)  # the draft's sentences are read by several checks
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence or line; a full stop inside a code such as F40.10 does not end one."""
    spans, left = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((left, m.end()))
        left = m.end()
    spans.append((left, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return tuple(out)


_QUOTE = re.compile(
    r"(?=[“„«\"‘'「『])"  # what every quotation opens on, which the search skips to
    r"(?:“[^”\n]{2,300}”|„[^“”\"\n]{2,300}[“”\"]|«\s?[^»\n]{2,300}»|\"[^\"\n]{2,300}\"|「[^」\n]{2,300}」|『[^』\n]{2,300}』"
    # a single quote mark after a word or an initial's full stop is an apostrophe ("E.'s baseline")
    r"|(?<![\w.])‘(?:[^’\n]|’(?=\w)){2,300}’(?!\w)|(?<![\w.])'(?:[^'\n]|'(?=\w)){2,300}'(?!\w))"
)


def _without_quotes(text: str) -> str:
    """The text with quoted words blanked: what the client said is not the clinician's own wording."""
    return _QUOTE.sub(lambda m: " " * len(m.group()), text)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each (start, end) span blanked, the same length."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _without_accents(text: str) -> str:
    """'José' is Jose, 'quétiapine' quetiapine: names and words compare without their accents."""
    if text.isascii():
        return text
    return _NOT_ASCII.sub(lambda m: "".join(map(_letter_without_accents, m.group())), text)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


# Cyrillic and Greek letters as the Latin alphabet writes them: a drug or a person named in notes written in those scripts
# is the draft's in English ("мелатонін" is melatonin, "Марія" Mariia).
_IN_LATIN_LETTERS = str.maketrans({
    **dict(zip("абвгґдезиіклмнопрстуфыэ", "abvggdeziiklmnoprstufye")), "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ь": "", "є": "ye", "ю": "yu", "я": "ya",
    **dict(zip("αβγδεζηικλμνξοπρστυφω", "avgdeziiklmnxoprstyfo")), "ς": "s", "θ": "th", "χ": "ch", "ψ": "ps"})


def _in_latin_letters(word: str) -> str:
    """A lower-case word of another script in Latin letters; a word of the Latin alphabet as it is."""
    return word if word.isascii() else _without_accents(word).translate(_IN_LATIN_LETTERS)


@functools.lru_cache(maxsize=4096)
def _letter_without_accents(letter: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c))


_FOLDED_ENDINGS = ("ing", "ed", "ly")


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """One form per word: 'Worried', 'worries' and 'worry' meet; a number is its value ('07' is 7)."""
    if word.isdigit():
        return word.lstrip("0") or "0"
    word = _canon(_without_accents(word))
    for ending in _FOLDED_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word[:-1] + "i" if word.endswith("y") else word


@functools.lru_cache(maxsize=1)
def _other_language_words() -> frozenset[str]:
    return frozenset(VOCABULARY_OTHER_LANGUAGE_WORDS.split())


# The share of a text's words that shows it is in another language: a quotation's, and whole notes' (whose
# English clinical words and abbreviations dilute it; English notes hold under half as many such words).
_QUOTATION_IN_ANOTHER_LANGUAGE = 1 / 3
_NOTES_IN_ANOTHER_LANGUAGE = 0.15


@functools.lru_cache(maxsize=256)  # a draft's and the notes' language is asked by several checks
def _in_another_language(text: str, share: float = _QUOTATION_IN_ANOTHER_LANGUAGE) -> bool:
    """Whether ``share`` of a text's words are words of another language and not of English."""
    lower = text.lower()
    words = _TOKEN.findall(_without_accents(lower))
    other = _other_language_words()
    foreign = sum(map(other.__contains__, words))
    if not text.isascii():  # a word in another script than the Latin alphabet's is another language's: Cyrillic, Greek, Japanese
        foreign += sum(1 for w in words if w not in other and max(w) > _LAST_LATIN_LETTER)
        # and so is a word with a letter English never writes, not even in a loanword ("Gespräch", "año", "książka")
        foreign += sum(1 for w in _TOKEN.findall(lower) if _NOT_AN_ENGLISH_LETTER.search(w) and _without_accents(w) not in other)
    return bool(words) and foreign >= share * len(words)


_LAST_LATIN_LETTER = "\u024f"  # the end of Latin Extended-B
# English borrows "café", "façade" and "naïve", never these.
_NOT_AN_ENGLISH_LETTER = re.compile("[äöüßñãõåøæłąęśźżćńőűşğıčřšžěůđ]")


# A word in another language is often the English one spelt by that language's rules: "hidroxicina" is hydroxyzine,
# "hipomanía" hypomania, "Fluoxetin" fluoxetine, "litio" lithium, "tacrolimo" tacrolimus. Their spellings meet once the letters that only spell a sound are one.
_SAME_SOUND = ((re.compile(r"ph"), "f"), (re.compile(r"th"), "t"), (re.compile(r"h"), ""), (re.compile(r"y"), "i"),
               (re.compile(r"k|qu"), "c"), (re.compile(r"z|c(?=[ei])"), "s"), (re.compile(r"(\w)\1"), r"\1"),
               (re.compile(r"ium$|io$"), "i"), (re.compile(r"us$"), ""), (re.compile(r"[aeo]$"), ""))


@functools.lru_cache(maxsize=16384)  # a draft's words recur
def _spelling_key(word: str) -> str:
    word = _without_accents(word.lower())
    for sound, letter in _SAME_SOUND:
        word = sound.sub(letter, word)
    return word


@functools.lru_cache(maxsize=1024)
def _words_by_sound(words: frozenset) -> dict[str, frozenset[str]]:
    """Words by their spelling key: "rōpū" and "roopu", "dementie" and "dementia" sound alike."""
    found: dict[str, set[str]] = {}
    for word in words:
        if isinstance(word, str):
            found.setdefault(_spelling_key(word), set()).add(word)
    return {key: frozenset(alike) for key, alike in found.items()}
