"""The diagnostic vocabulary that the guardrails carry, built from its sources
(scripts/build_guardrail_vocabulary.py writes it as pipelines/clinical_guardrails/vocabulary.py).

Sources: ICD-10-CM chapter F (every code, its name and inclusion terms) from the
simple-icd-10-cm package, prompt_presets/guardrails/diagnostic_terms.yaml (DSM-5-TR
names that differ from ICD wording, abbreviations, other languages, everyday words),
SCOWL's small English word list (which abbreviations a clinician may write in lower case),
prompt_presets/guardrails/must_carry_terms.yaml (the words of the facts a draft
must carry: measures, medications, risk, homework, referrals, mandated reports) and
prompt_presets/guardrails/quantity_words.yaml (number words and frequencies, compared by value)
and prompt_presets/guardrails/language_words.yaml with the Faker package's common words of German,
Spanish, French and Italian (words that show a quotation's language).
Names are stored in the filter's own canonical spelling, so the filter and this
script cannot disagree about how a word is written.
"""

from __future__ import annotations

import importlib
import re
from importlib.metadata import version
from pathlib import Path

import simple_icd_10_cm as icd
import yaml
from faker.providers.lorem.en_US import Provider as EnglishWords
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from therapy_pack.paths import PIPELINES_DIR, PRESETS_DIR, shown, standalone_module

GUARDRAILS = PIPELINES_DIR / "clinical_guardrails"
VOCABULARY = GUARDRAILS / "vocabulary.py"
TERMS = PRESETS_DIR / "guardrails" / "diagnostic_terms.yaml"
MUST_CARRY = PRESETS_DIR / "guardrails" / "must_carry_terms.yaml"
QUANTITY_WORDS = PRESETS_DIR / "guardrails" / "quantity_words.yaml"
LANGUAGE_WORDS = PRESETS_DIR / "guardrails" / "language_words.yaml"
ENGLISH_WORDS = Path("/usr/share/dict/american-english-small")


class _Named(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=2)
    codes: list[str] = Field(min_length=1)

    @field_validator("codes")
    @classmethod
    def _icd_codes(cls, codes: list[str]) -> list[str]:
        for code in codes:
            if not re.fullmatch(r"F\d{0,2}(?:\.[0-9A-Z]{1,4})?", code):
                raise ValueError(f"'{code}' is not an ICD-10-CM chapter F code or prefix")
        return codes


class _DisorderWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    after: list[str]
    compound_suffixes: list[str]
    symptom_compounds: list[str]


class DiagnosticTerms(BaseModel):
    model_config = ConfigDict(extra="forbid")
    names: list[_Named]
    abbreviations: dict[str, list[str]]
    clinician_abbreviations: dict[str, list[str]]
    other_languages: list[_Named]
    disorder_words: _DisorderWords
    everyday_words: list[str]


def load_terms(path: Path = TERMS) -> DiagnosticTerms:
    try:
        return DiagnosticTerms.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except ValidationError as exc:
        raise SystemExit(f"{shown(path)}: {exc}") from None


_Words = list[str]


class MustCarryTerms(BaseModel):
    """must_carry_terms.yaml: groups of words (one fact's key each) and plain word lists."""
    model_config = ConfigDict(extra="forbid")
    measures: dict[str, _Words]
    score_words: _Words
    medications: dict[str, _Words]
    medication_stems: _Words
    medication_classes: dict[str, _Words]
    risk_topics: dict[str, _Words]
    risk_screens: dict[str, _Words]
    risk_negations: _Words
    risk_levels: dict[str, _Words]
    eating_context: _Words
    erectile_context: _Words
    body_parts: _Words
    cut_back_objects: _Words
    not_a_term_followed_by: dict[str, _Words]
    not_a_term_after: dict[str, _Words]
    homework_triggers: dict[str, _Words]
    homework_lead_verbs: _Words
    homework_labels: dict[str, _Words]
    homework_markers: _Words
    homework_review_words: _Words
    homework_activities: dict[str, _Words]
    not_measures: _Words
    letter_actions: _Words
    letter_openings: _Words
    referral_verbs: dict[str, _Words]
    referral_actions: _Words
    referral_targets: dict[str, _Words]
    mandated_report_words: _Words
    report_actions: _Words
    mandated_reports: dict[str, _Words]

    @field_validator("*")
    @classmethod
    def _words(cls, value):
        for word in value if isinstance(value, list) else [w for ws in value.values() for w in ws]:
            if not word or word != word.lower() or word.strip() != word:
                raise ValueError(f"'{word}': write each entry in lower case, without surrounding spaces")
        return value

    @model_validator(mode="after")
    def _classes_of_known_medications(self):
        unknown = sorted({w for group, members in self.medication_classes.items() for w in [group, *members]} - set(self.medications))
        if unknown:
            raise ValueError(f"medication_classes: {', '.join(unknown)} must be groups of medications")
        return self


def _validated(model: type[BaseModel], path: Path):
    """A data file read and checked against its model; a mistake in it stops the build with the file's name."""
    try:
        return model.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except ValidationError as exc:
        raise SystemExit(f"{shown(path)}: {exc}") from None


def load_must_carry(path: Path = MUST_CARRY) -> MustCarryTerms:
    return _validated(MustCarryTerms, path)


class QuantityWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    english: dict[str, float]
    other_languages: dict[str, float]
    dose_frequencies: dict[str, float]
    intervals: dict[str, float]
    frequencies: dict[str, list[str]]

    @field_validator("english", "other_languages", "dose_frequencies", "intervals")
    @classmethod
    def _positive(cls, words: dict[str, float]) -> dict[str, float]:
        for word, value in words.items():
            if word != word.lower() or " " in word or value < 0 or value == 0 and word != "zero":
                raise ValueError(f"'{word}': one lower-case word with a value above 0 (only 'zero' is 0)")
        return words


def load_quantity_words(path: Path = QUANTITY_WORDS) -> QuantityWords:
    return _validated(QuantityWords, path)


def quantity_lines(canon) -> tuple[list[str], list[str]]:
    """word|value|language for number words, and frequency|the words that show the clinician gave it."""
    words = load_quantity_words()
    english = {w.lower() for w in english_words()}
    # Another language's number word that is an English word too ("once", "elf") is read as a number only in
    # notes written in that language.
    numbers = [f"{canon(w)}|{v:g}|{'english too' if language == 'other_languages' and w in english else language}"
               for language in ("english", "other_languages", "dose_frequencies", "intervals") for w, v in getattr(words, language).items()]
    frequencies = [f"{canon(f)}|{' '.join(sorted({canon(e) for e in evidence}))}" for f, evidence in words.frequencies.items()]
    return numbers, frequencies


class LanguageWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str] = Field(min_length=1)
    short_forms: dict[str, str] = Field(default_factory=dict)

    @field_validator("short_forms")
    @classmethod
    def _written_out(cls, forms: dict[str, str]) -> dict[str, str]:
        for short, full in forms.items():
            if short != short.lower() or " " in short or not full or full != full.lower() or not full.replace(" ", "").isalpha():
                raise ValueError(f"'{short}: {full}': a lower-case short form without spaces, and its words in full")
        return forms

    @field_validator("words")
    @classmethod
    def _plain(cls, words: list[str]) -> list[str]:
        for word in words:
            if word != word.lower() or not word.isalpha() or not word.isascii():
                raise ValueError(f"'{word}': one lower-case word without accents")
        return words


def load_language_words(path: Path = LANGUAGE_WORDS) -> LanguageWords:
    return _validated(LanguageWords, path)


def _spellings(name: str) -> set[str]:
    """A medication as Spanish, Italian, French and German write it too: sertraline, sertralina, sertralin; a name
    in another script as it is written."""
    if not name.isascii():
        return {name}
    stem = name[:-1] if name.endswith("e") else name
    return {name, stem, stem + "e", stem + "a"}


_LONGEST_ACRONYM_FORM = 10  # longer names are words ("ptsd checklist"), not an acronym and its number


def must_carry_lines(canon) -> list[str]:
    """section|group|canonical words, a trailing * for a word's beginning; a plain list's group is its section."""
    lines = []
    for section, groups in load_must_carry().model_dump().items():
        for group, words in (groups.items() if isinstance(groups, dict) else [(section, groups)]):
            if section == "medications":
                words = [s for w in words for s in _spellings(w)]
            if section == "measures":  # "EDEQ", "YBOCS": an acronym dictated or typed without its hyphen
                words = [*words, *(re.sub(r"[-\s]", "", w) for w in words if len(w) <= _LONGEST_ACRONYM_FORM and re.search(r"[-\s]", w))]
            lines += sorted({f"{section}|{group}|{canon(w.rstrip('*'))}{'*' if w.endswith('*') else ''}" for w in words})
    return lines


# Qualifiers ICD puts in front of a name that clinicians leave out.
_LEADING = re.compile(r"^(?:(?:other|unspecified|specified|other\s+specified|single\s+episode\s+of|recurrent\s+episodes\s+of|mild|moderate|severe)\s+)+", re.I)
# Where an ICD title stops naming the condition and starts qualifying it.
_QUALIFIER = re.compile(r",|\s+(?:with|without|due\s+to|not\s+due\s+to|in\s+(?:other\s+)?diseases|classified|not\s+elsewhere|NOS)\b", re.I)
# "Specific (isolated) phobias", "mood [affective] disorder": the name reads without the aside.
_ASIDE = re.compile(r"\s*[(\[][^)\]]*[)\]]")
# "Sedative, hypnotic, or anxiolytic ...": commas inside a list of alternatives are not where the name stops.
_LISTED = re.compile(r",(?=(?:\s+[\w-]+,)?\s+(?:[\w-]+\s+)?(?:or|and)\s)")
_QUALIFIER_WORDS = {"other", "others", "unspecified", "specified", "unknown"}
_TOO_GENERAL = {"disorder", "mental disorder", "disorders", "condition", "reaction", "state", "syndrome"}


def icd_names() -> dict[str, set[str]]:
    """Name -> codes (without the dot) for every chapter F code, its title and inclusion terms."""
    names: dict[str, set[str]] = {}
    for code in icd.get_all_codes(True):
        if not code.startswith("F") or icd.is_chapter_or_block(code):
            continue
        titles = [icd.get_description(code), *icd.get_inclusion_term(code)]
        # A substance category's includes name substances ("caffeine"), not conditions.
        titles += icd.get_includes(code) if icd.is_category(code) and not "F10" <= code <= "F19" else []
        for title in titles:
            title = _LISTED.sub("", _ASIDE.sub("", title.replace("\t", " ")))
            head = _QUALIFIER.split(title, maxsplit=1)[0].strip()
            head = _LEADING.sub("", head).strip().lower()
            if any(len(word) > 3 and word not in _QUALIFIER_WORDS for word in head.split()) and head not in _TOO_GENERAL:
                names.setdefault(head, set()).add(code.replace(".", ""))
    return names


def _general(codes: set[str]) -> set[str]:
    """A name given to several codes of one category stands for the category: 'major depressive disorder' is F32 and F33."""
    return {c[:3] if sum(x[:3] == c[:3] for x in codes) > 1 else c for c in codes}


def _short_forms(name: str) -> list[str]:
    """'generalized anxiety disorder' is also written 'generalized anxiety'."""
    words = name.split()
    # Not "specific learning": without "disorder" it is everyday English.
    if len(words) >= 3 and words[-1] in ("disorder", "disorders") and words[0] != "specific":
        return [" ".join(words[:-1])]
    return []


def english_words() -> set[str]:
    """SCOWL's small American English list (Debian's wamerican-small), as it writes them ("Grace", "grace")."""
    if not ENGLISH_WORDS.is_file():
        raise SystemExit(f"{ENGLISH_WORDS} is missing: install Debian's wamerican-small (apt-get install wamerican-small)")
    return set(ENGLISH_WORDS.read_text(encoding="utf-8").split())


def lowercase_abbreviations(abbreviations) -> list[str]:
    """The abbreviations a clinician may type in lower case ("hx ptsd"): those that are not, in lower case,
    an English word (SCOWL's small list) as "add", "sad" and "odd" are."""
    english = {w.lower() for w in english_words()}
    return sorted(a.lower() for a in abbreviations if a.isupper() and len(a) >= 3 and a.lower() not in english)


# Faker's lorem lists are each language's common words; a quotation's language shows in them.
_WORD_LOCALES = ("de_DE", "es_ES", "fr_FR", "it_IT")


def other_language_words(folded) -> list[str]:
    """The words that show a quotation is not in English: language_words.yaml's, and Faker's common words of
    German, Spanish, French and Italian of three letters or more that are no English word (SCOWL's list or
    Faker's English words)."""
    english = {w.lower() for w in english_words()} | {w.lower() for w in EnglishWords.word_list}
    words = set(load_language_words().words)
    for locale in _WORD_LOCALES:
        for entry in importlib.import_module(f"faker.providers.lorem.{locale}").Provider.word_list:
            # Two letters ("im", "ve") are too often an English shorthand to show a language.
            words.update(w for w in folded(entry).split() if len(w) > 2 and w.isascii() and w.isalpha() and w not in english)
    return sorted(words)


def vocabulary_source() -> str:
    """The text of VOCABULARY, a file of its own in the guardrails' folder."""
    terms = load_terms()
    guardrails = standalone_module(GUARDRAILS)
    canon = guardrails._phrase
    everyday = {canon(w) for w in terms.everyday_words}
    names: dict[str, set[str]] = {}

    def add(name: str, codes) -> None:
        key = canon(name)
        if key and key not in everyday and not re.fullmatch(r"[\d ]+", key):
            names.setdefault(key, set()).update(c.replace(".", "") for c in codes)

    for name, codes in icd_names().items():
        codes = _general(codes)
        add(name, codes)
        for short in _short_forms(name):
            add(short, codes)
    for entry in [*terms.names, *terms.other_languages]:
        add(entry.name, entry.codes)
        for short in _short_forms(entry.name.lower()):
            add(short, entry.codes)
    for name in list(names):
        if name.split()[-1] in {"use", "user"}:
            del names[name]  # "alcohol use" is what a client does, not a diagnosis
    numbers, frequencies = quantity_lines(canon)
    # "social anxiety", "posttraumatic stress": a disorder's name less "disorder", ending in an everyday word.
    symptom_names = sorted(n for n in names if f"{n} disorder" in names and n.split()[-1] in everyday)
    codes = sorted(c.replace(".", "") for c in icd.get_all_codes(True) if c.startswith("F") and not icd.is_chapter_or_block(c))
    lines = [
        "# ------------------------------------------------ generated vocabulary (do not edit)",
        f"# scripts/build_guardrail_vocabulary.py wrote this from ICD-10-CM (simple-icd-10-cm {version('simple-icd-10-cm')})",
        "# and prompt_presets/guardrails/diagnostic_terms.yaml. Edit those, then run the script.",
        "",
        'VOCABULARY_NAMES = """',
        *(f"{name}|{' '.join(sorted(c))}" for name, c in sorted(names.items())),
        '"""',
        'VOCABULARY_ABBREVIATIONS = """',
        *(f"{abbr}|{' '.join(c.replace('.', '') for c in codes_)}" for abbr, codes_ in sorted(terms.abbreviations.items())),
        '"""',
        "# Recorded by a clinician, English words in a draft (\"AN\"): read in the clinician's notes only.",
        'VOCABULARY_CLINICIAN_ABBREVIATIONS = """',
        *(f"{abbr}|{' '.join(c.replace('.', '') for c in codes_)}" for abbr, codes_ in sorted(terms.clinician_abbreviations.items())),
        '"""',
        'VOCABULARY_CODES = """',
        *(" ".join(codes[i:i + 16]) for i in range(0, len(codes), 16)),
        '"""',
        "# Disorders' names less \"disorder\" that end in an everyday word: a symptom as much as a diagnosis.",
        f'VOCABULARY_SYMPTOM_NAMES = "{"|".join(symptom_names)}"',
        "# Abbreviations a clinician may write in lower case: not English words (wamerican-small) in lower case.",
        f'VOCABULARY_LOWERCASE_ABBREVIATIONS = "{" ".join(lowercase_abbreviations(terms.abbreviations))}"',
        f'VOCABULARY_DISORDER_WORDS_AFTER = "{" ".join(canon(w) for w in terms.disorder_words.after)}"',
        f'VOCABULARY_DISORDER_SUFFIXES = "{" ".join(canon(w) for w in terms.disorder_words.compound_suffixes)}"',
        f'VOCABULARY_SYMPTOM_COMPOUNDS = "{" ".join(canon(w) for w in terms.disorder_words.symptom_compounds)}"',
        "# prompt_presets/guardrails/quantity_words.yaml: word|value|language, and frequency|words that give it",
        'VOCABULARY_NUMBER_WORDS = """',
        *numbers,
        '"""',
        'VOCABULARY_FREQUENCIES = """',
        *frequencies,
        '"""',
        "# prompt_presets/guardrails/language_words.yaml: words that show a quotation is in another language",
        f'VOCABULARY_OTHER_LANGUAGE_WORDS = "{" ".join(other_language_words(guardrails._folded))}"',
        "# prompt_presets/guardrails/language_words.yaml: short form|its words in full",
        'VOCABULARY_SHORT_FORMS = """',
        *(f"{short}|{full}" for short, full in sorted(load_language_words().short_forms.items())),
        '"""',
        "# prompt_presets/guardrails/must_carry_terms.yaml: section|group|words (a trailing * matches a word's beginning)",
        'VOCABULARY_MUST_CARRY = """',
        *must_carry_lines(canon),
        '"""',
        "",
    ]
    return "\n".join(lines)
