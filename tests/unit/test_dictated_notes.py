"""Notes dictated with spoken punctuation and spelled acronyms are read as if typed.

Speech-to-text without automatic punctuation writes "denies S I period P H Q nine was fourteen comma
down from eighteen": the checks read such notes as typed ones, and every finding still points at the
clinician's own words in what they sent. The examples are written from that contract."""

from __future__ import annotations

import re

import pytest

from clinical_guardrails import check, undictated
from support.findings import unsupported_specifics


@pytest.mark.parametrize("spoken, typed", [
    ("denies S I period phq nine was fourteen comma down from eighteen period",
     'denies SI. phq nine was fourteen, down from eighteen.'),
    ("he said quote I feel lighter end quote period new line next week comma same time",
     'he said "I feel lighter".\nnext week, same time'),
    ("elle dit ouvrez les guillemets je suis fatiguée fermez les guillemets virgule dort mal point",
     'elle dit "je suis fatiguée", dort mal.'),
    ("niega ideas suicidas coma duerme mal punto y aparte tarea dos puntos registro coma diario",
     "niega ideas suicidas, duerme mal.\ntarea: registro, diario"),
    ("keine Suizidgedanken Komma schläft schlecht Punkt neue Zeile Hausaufgabe Doppelpunkt Tagebuch",
     "keine Suizidgedanken, schläft schlecht.\nHausaufgabe: Tagebuch"),
])
def test_spoken_punctuation_becomes_its_marks_in_the_same_length(spoken, typed):
    read = undictated(spoken)
    assert len(read) == len(spoken)
    assert re.sub(r" ?\n ?", "\n", re.sub(r" ([.,:;?])", r"\1", re.sub(r"[ \t]+", " ", read))).strip() == typed


def test_another_languages_commands_are_read_only_in_that_language():
    english = "BAI 3 point 5 lower, S I and H I denied. Point taken. Good point."
    assert "3 point 5" in undictated(english)


def test_line_breaks_alone_show_a_text_is_dictated():
    spoken = "treatment plan new line she's forty one new line the HAI score today was thirty two new line no self harm"
    assert undictated(spoken).count("\n") == 3


@pytest.mark.parametrize("typed", [
    "postpartum period, a period of grief; the comma in her text",  # the words as nouns
    "Plan A or B. Session 3 of 12, period of low mood noted.",
    "pt says the colon surgery went well. A B C model reviewed.",  # one spelled run is no dictation
    "Hx colon cancer, mother. Her period is late; her period pain is worse.",  # after a determiner, a noun
])
def test_typed_notes_are_left_as_they_are(typed):
    assert undictated(typed) == typed


DICTATED = (
    "EAP session three of six period client works nights comma forty eight hour weeks period says stress is an "
    "eight out of ten comma drinking more comma four to five beers period A U D I T was six period denies S I and H I period "
    "he keeps saying quote I should have said something end quote period homework is a values worksheet period "
    "since march of twenty twenty two comma sertraline one fifty daily period crisis line nine eight eight period "
    "next session two weeks out"
)
FAITHFUL = (
    "Session 3 of 6 of the EAP. The client works nights, 48-hour weeks. He rates his stress at 8/10 and is drinking "
    "more, four to five beers. AUDIT: 6. He denied suicidal and homicidal ideation. He keeps saying, \"I should have "
    "said something.\" Since March 2022 he has taken sertraline 150 mg daily. He has the 988 crisis line. "
    "Homework: a values worksheet. Next session in two weeks."
)


def test_a_faithful_draft_of_dictated_notes_has_nothing_to_review():
    assert check(bullets=DICTATED, note=FAITHFUL) == []


@pytest.mark.parametrize("said, invented", [
    ('"I should have said something."', '"I can\'t sleep at all."'), ("sertraline 150 mg", "sertraline 100 mg"),
    ("8/10", "7/10"), ("March 2022", "March 2021"),
])
def test_an_invention_in_a_draft_of_dictated_notes_is_still_found(said, invented):
    found = unsupported_specifics(check(bullets=DICTATED, note=FAITHFUL.replace(said, invented)))
    assert any(invented.strip('."') in text for text in found), found


def test_a_dropped_fact_of_dictated_notes_points_at_the_words_the_clinician_sent():
    note = FAITHFUL.replace(" AUDIT: 6.", "")
    [omission] = [f for f in check(bullets=DICTATED, note=note) if f.kind == "omission"]
    assert "A U D I T was six" in DICTATED[omission.start:omission.end]


# Speech to text told not to punctuate: the whole note is one sentence.
RUN_ON = (
    "DAP please client is a forty year old nurse panic disorder diagnosed by her GP two years ago she had two panic "
    "attacks this week both at work she thinks the night shifts make it worse pdss today twelve down from sixteen she "
    "takes sertraline one hundred milligrams no change homework interoceptive exposure breathing through a straw "
    "twice a day I referred her to the sleep clinic with her consent she denied suicidal ideation next session in two weeks"
)
RUN_ON_DRAFT = (
    "Data: The client is a 40-year-old nurse with panic disorder, diagnosed by her GP two years ago. She had two panic "
    "attacks this week, both at work, and thinks the night shifts make them worse. PDSS: 12 (16 before). She takes "
    "sertraline 100 mg, no change. She denied suicidal ideation.\n"
    "Plan: Homework is interoceptive exposure, breathing through a straw twice a day. I referred her to the sleep "
    "clinic with her consent. Next session in two weeks."
)


def test_a_run_on_dictation_is_read_clause_by_clause_not_as_one_request():
    """Its "please" asks for the note, and the diagnosis it records is hers, however far apart they stand."""
    assert check(bullets=RUN_ON, note=RUN_ON_DRAFT) == []


def test_a_request_inside_a_run_on_dictation_is_its_clause_not_the_whole_note():
    asking = RUN_ON.replace("she denied suicidal ideation", "can you tell me if this meets criteria for agoraphobia")
    [request] = [f for f in check(bullets=asking, note=RUN_ON_DRAFT) if f.kind == "diagnosis_request"]
    assert "meets criteria for agoraphobia" in request.text and "sertraline" not in request.text


@pytest.mark.parametrize("dropped, said", [
    (" I referred her to the sleep clinic with her consent.", "I referred her to the sleep clinic"),
    ("\nPlan: Homework is interoceptive exposure, breathing through a straw twice a day.", "homework interoceptive exposure"),
])
def test_a_fact_dropped_from_a_run_on_dictation_is_found_in_its_own_clause(dropped, said):
    [omission] = [f for f in check(bullets=RUN_ON, note=RUN_ON_DRAFT.replace(dropped, "")) if f.kind == "omission"]
    assert said in omission.text and len(omission.text) < len(RUN_ON) / 2


def test_a_question_is_one_clause_with_the_subject_it_asks_about():
    """ "can you tell me whether she meets criteria": "she" starts no clause after "whether"."""
    asking = RUN_ON.replace("she denied suicidal ideation",
                            "she denied suicidal ideation can you tell me whether she meets criteria for agoraphobia "
                            "i need it for the referral letter")
    [request] = [f for f in check(bullets=asking, note=RUN_ON_DRAFT) if f.kind == "diagnosis_request"]
    assert "can you tell me whether she meets criteria for agoraphobia" in request.text and "sertraline" not in request.text


def test_one_acronym_spelled_in_lower_case_is_read_as_its_letters():
    assert undictated("leave e p d s of seventeen question ten") == "leave epds    of seventeen question ten"
    assert undictated("she said i am fine") == "she said i am fine"



LETTER_DICTATION = (
    "letter to doctor okafor new paragraph re mrs hollis new paragraph thank you for your referral comma diagnosis "
    "panic disorder as per your referral letter full stop she denies suicidal thoughts full stop kind regards"
)


def test_a_dictated_letter_speaks_to_its_reader():
    """ "your referral" is the GP's, not a question to the assistant, and the diagnosis it records is theirs."""
    draft = ("Dear Dr Okafor,\nRe: Mrs Hollis\nThank you for your referral of Mrs Hollis, whose diagnosis of panic disorder "
             "was given in your referral letter. She denies suicidal thoughts.")
    assert check(bullets=LETTER_DICTATION, note=draft) == []
