"""The given names the guardrails' names check carries, built from its sources
(scripts/build_guardrail_vocabulary.py writes them as pipelines/clinical_guardrails/names_vocabulary.py).

Sources: the Faker package's person providers for the locales a practice meets (their given
names written in the Latin alphabet), less every common English word; and
prompt_presets/guardrails/name_words.yaml (titles, role words, capitalised words that are
not people). A common English word is one in SCOWL's small American English list (Debian's
wamerican-small, /usr/share/dict/american-english-small) with an inflected form there
("grace" has "graces", "hope" has "hoped"), or one of Faker's own common English words:
a capitalised "Grace" or "Will" opening a sentence is too often not a person. "maria"
(the moon's seas) has no inflected form, so Maria stays a name.
"""

from __future__ import annotations

import calendar
import importlib
import re
from importlib.metadata import version
from pathlib import Path

import yaml
from faker.providers.lorem.en_US import Provider as EnglishWords
from pydantic import BaseModel, ConfigDict, ValidationError

from therapy_pack.guardrail_vocabulary import GUARDRAILS, english_words, load_must_carry
from therapy_pack.paths import PRESETS_DIR, shown, standalone_module

NAMES_VOCABULARY = GUARDRAILS / "names_vocabulary.py"
NAME_WORDS = PRESETS_DIR / "guardrails" / "name_words.yaml"
# English-speaking practices, the languages of their largest client communities, and the
# romanised names Faker has for Chinese and Japanese.
LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "en_NG", "en_PK", "es_ES", "es_MX", "de_DE", "fr_FR", "it_IT",
           "pt_BR", "pt_PT", "pl_PL", "nl_NL", "tr_TR", "vi_VN", "sw", "yo_NG", "zh_CN", "ja_JP")
_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")


class NameWords(BaseModel):
    model_config = ConfigDict(extra="forbid")
    titles: list[str]
    roles: list[str]
    professional_roles: list[str]
    not_names: list[str]


def load_name_words(path: Path = NAME_WORDS) -> NameWords:
    try:
        return NameWords.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except ValidationError as exc:
        raise SystemExit(f"{shown(path)}: {exc}") from None


def faker_given_names(folded) -> set[str]:
    """Each word of each Latin-alphabet given name ('Klaus-Dieter' is two), folded."""
    names = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for listed in _NAME_LISTS:
            for name in getattr(provider, listed, ()):
                names.update(w for w in folded(name).replace("-", " ").split() if w.isascii() and w.isalpha())
    return names


def common_english_words() -> set[str]:
    words = english_words()
    inflected = {w for w in words if w.islower() and any(w + end in words for end in ("s", "es", "'s", "d", "ed", "ing"))}
    faker_words = set(EnglishWords.word_list).union(*EnglishWords.parts_of_speech.values())
    return inflected | faker_words


def calendar_words() -> set[str]:
    """Month and day names, full and short ("May", "Jun", "Wed"): dates, not people."""
    names = [*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr]
    return {n.lower() for n in names if n}


def place_abbreviations(folded) -> list[tuple[str, str]]:
    """Places by their abbreviations (Faker's address data): US states, Canadian provinces and Australian states by
    their postal ones ("GA" is Georgia), and countries of two words or more by their initials ("SA" is South Africa,
    "UAE" the United Arab Emirates). Faker lists the US abbreviations with DC among them, its states without; each
    pair is checked."""
    pairs = []
    for locale, names, abbreviations in (("en_US", "states", "states_abbr"), ("en_CA", "provinces", "provinces_abbr"),
                                         ("en_AU", "states", "states_abbr")):
        provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        short = [a for a in getattr(provider, abbreviations) if a != "DC"]
        pairs += list(zip(short, getattr(provider, names), strict=True))
    countries = importlib.import_module("faker.providers.address.en_US").Provider.countries
    for country in (re.sub(r"\s*\(.*", "", c) for c in countries):
        words = re.findall(r"[A-Z][a-z]+", country)
        if len(words) >= 2:
            pairs.append(("".join(w[0] for w in words), country))
    for short, name in pairs:
        # an abbreviation's letters stand in its place's name in order, the first first ("GA": Georgia, "QLD": Queensland)
        if not re.fullmatch(".*".join(short.lower()) + ".*", name.lower()) or short[0] != name[0]:
            raise SystemExit(f"Faker's place abbreviations are out of step: {short} for {name}")
    return sorted({(short, folded(name)) for short, name in pairs})


def names_source() -> str:
    """The text of NAMES_VOCABULARY, a file of its own in the guardrails' folder."""
    words = load_name_words()
    guardrails = standalone_module(GUARDRAILS)
    # Stored as the check folds a word, so the check and this script cannot disagree.
    folded = guardrails._folded
    not_names = {folded(w) for w in words.not_names} | calendar_words()
    # A name shorter than three letters ("Al", "Ed") is more often an abbreviation.
    given = {n for n in faker_given_names(folded) - common_english_words() - not_names if len(n) >= 3}
    given -= {guardrails._folded(n) for names in load_must_carry().medications.values() for n in names}
    ordered = sorted(given)
    lines = [
        "# ------------------------------------------------ generated names vocabulary (do not edit)",
        f"# scripts/build_guardrail_vocabulary.py wrote this from Faker {version('Faker')}'s given names less common",
        "# English words (SCOWL's small list, wamerican-small), and prompt_presets/guardrails/name_words.yaml.",
        "# Edit those, then run the script.",
        "",
        'NAMES_GIVEN = """',
        *(" ".join(ordered[i:i + 12]) for i in range(0, len(ordered), 12)),
        '"""',
        f'NAMES_TITLES = "{" ".join(folded(w) for w in words.titles)}"',
        f'NAMES_ROLES = "{" ".join(folded(w) for w in words.roles)}"',
        f'NAMES_PROFESSIONAL_ROLES = "{" ".join(folded(w) for w in words.professional_roles)}"',
        f'NAMES_NOT_NAMES = "{" ".join(sorted(not_names))}"',
        "# Places by their abbreviations (Faker's address data): abbreviation|place",
        'NAMES_PLACES = """',
        *(f"{short}|{name}" for short, name in place_abbreviations(folded)),
        '"""',
        "",
    ]
    return "\n".join(lines)
