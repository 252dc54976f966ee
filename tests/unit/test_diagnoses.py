"""Diagnoses in a draft and requests to diagnose: what a finding covers, whose words a diagnosis is,
and what only looks like one. The examples are written from the contract, not from labelled cases."""

from __future__ import annotations

import pytest

from clinical_guardrails import check, find_diagnosis_requests

BULLETS = "Client talked about work stress and sleep."


def diagnoses(note: str, bullets: str = BULLETS, request: str = "") -> list[str]:
    return [f.text for f in check(bullets=bullets, request=request, note=note) if f.kind == "diagnosis"]


# ------------------------------------------------ what a finding covers


@pytest.mark.parametrize("note, span", [
    # the wording that claims the diagnosis
    ("Her low mood and anhedonia are consistent with major depressive disorder.", "are consistent with major depressive disorder"),
    # the claim with its verb and what it is said of, and a course specifier
    ("Overall this presentation is suggestive of bulimia nervosa.", "this presentation is suggestive of bulimia nervosa"),
    ("His history is consistent with bipolar II disorder, currently in partial remission.",
     "is consistent with bipolar II disorder, currently in partial remission"),
    ("The hoarding of newspapers is suggestive of hoarding disorder.", "suggestive of hoarding disorder"),
    ("Repeated checking is indicative of obsessive-compulsive disorder.", "indicative of obsessive-compulsive disorder"),
    ("Avoidance of crowds is characteristic of agoraphobia.", "characteristic of agoraphobia"),
    ("This picture is in keeping with panic disorder.", "in keeping with panic disorder"),
    ("The history points towards bipolar II disorder.", "points towards bipolar II disorder"),
    ("He shows features of schizotypal personality disorder.", "features of schizotypal personality disorder"),
    # meeting the criteria, in Polish and Romanian, as their sentences decline the name
    ("Obraz kliniczny spełnia kryteria epizodu depresyjnego umiarkowanego.", "spełnia kryteria epizodu depresyjnego"),
    ("Clientul îndeplinește criteriile pentru o tulburare depresivă.", "îndeplinește criteriile pentru o tulburare depresivă"),
    ("She has comorbid social anxiety disorder.", "comorbid social anxiety disorder"),
    ("He meets full DSM-5-TR criteria for cannabis use disorder.", "meets full DSM-5-TR criteria for cannabis use disorder"),
    ("She meets ICD-11 criteria for prolonged grief disorder.", "meets ICD-11 criteria for prolonged grief disorder"),
    # a name and its code, in parentheses, after a comma, or in front of it
    ("Impression: panic disorder (F41.0).", "panic disorder (F41.0)"),
    ("Assessment: PTSD, F43.10, chronic.", "PTSD, F43.10"),
    ("Working formulation F33.1 major depressive disorder, recurrent.", "F33.1 major depressive disorder, recurrent"),
    ("Diagnosis of social anxiety disorder [F40.10] was discussed.", "social anxiety disorder [F40.10]"),
    ("Presentation fits obsessive-compulsive disorder (OCD).", "obsessive-compulsive disorder (OCD)"),
    # a subtype, presentation or specifier after the name
    ("Likely bulimia nervosa, purging type, given the vomiting.", "bulimia nervosa, purging type"),
    ("Fits ADHD, predominantly inattentive presentation.", "ADHD, predominantly inattentive presentation"),
    ("Consistent with specific phobia, blood-injection-injury type.", "specific phobia, blood-injection-injury type"),
    ("Suggests adjustment disorder w/ depressed mood.", "adjustment disorder w/ depressed mood"),
    ("Possible bipolar disorder type II.", "bipolar disorder type II"),
    ("The pattern is consistent with alcohol dependence syndrome.", "consistent with alcohol dependence syndrome"),
    # the words that claim it, in English, Portuguese and Italian
    ("Her symptoms fit an adjustment disorder with anxiety.", "fit an adjustment disorder with anxiety"),
    ("O quadro é compatível com transtorno de personalidade borderline.", "compatível com transtorno de personalidade borderline"),
    ("Il quadro è compatibile con un disturbo di panico.", "compatibile con un disturbo di panico"),
])
def test_a_finding_covers_the_claim_with_its_wording_code_and_specifiers(note, span):
    found = diagnoses(note)
    assert any(span in text for text in found), found


def test_a_name_and_its_code_are_one_finding_and_two_diagnoses_are_two():
    assert diagnoses("Impression: generalized anxiety disorder (F41.1).") == ["Impression: generalized anxiety disorder (F41.1)"]
    found = diagnoses("Presentation suggests MDD (F32.1). Separately, she drinks heavily, consistent with alcohol use disorder, F10.10.")
    assert found == ["suggests MDD (F32.1)", "consistent with alcohol use disorder, F10.10"]


def test_a_code_between_two_names_goes_with_the_one_written_beside_it():
    found = diagnoses("Dx considered: MDD, F41.1 GAD.")
    assert any(text.endswith("F41.1 GAD") for text in found), found


def test_the_clinicians_name_with_a_new_code_is_still_reviewed():
    bullets = "dx (mine): GAD"
    assert diagnoses("Generalized anxiety disorder (F41.1) continues.", bullets) == []
    assert diagnoses("Generalized anxiety disorder (F32.1) continues.", bullets) == ["Generalized anxiety disorder (F32.1)"]


# ------------------------------------------- a behaviour is not a diagnosis


@pytest.mark.parametrize("bullets, note, new", [
    ("binges after work most days, eats in secret", "Binge eating was reviewed. Pattern fits binge-eating disorder.", "binge-eating disorder"),
    ("hair plucking when anxious, bald patch", "Hair plucking continues; this amounts to trichotillomania.", "trichotillomania"),
    ("- compulsive gambling on phone, lost rent", "The compulsive gambling meets criteria for gambling disorder.", "gambling disorder"),
    ("binge eating 2-3x/wk", "Binge eating continues, consistent with BED.", "BED"),
])
def test_a_behaviour_in_the_clinicians_words_is_not_their_diagnosis(bullets, note, new):
    found = diagnoses(note, bullets)
    assert any(new in text for text in found), found


def test_the_behaviour_itself_may_be_restated():
    assert diagnoses("She reported binge eating twice this week.", "binge eating 2x") == []


def test_a_behaviour_the_clinician_labels_as_their_diagnosis_is_theirs():
    assert diagnoses("Binge-eating disorder remains the focus of treatment.", "working dx: binge eating, moderate") == []


# ------------------------------------------- the clinician's own shorthand


@pytest.mark.parametrize("bullets, note", [
    ("dx: panic d/o w/ agoraphobia (mine)", "Panic disorder with agoraphobia, as diagnosed by the clinician."),
    ("- working dx: persistent depressive d/o", "Working diagnosis: persistent depressive disorder."),
    ("PND - 4 mo post birth", "We discussed how postnatal depression affects sleep."),
    ("PPD, baby 3 mo", "Postpartum depression was the focus of the session."),
    ("known EUPD, DBT skills group", "Emotionally unstable personality disorder was not discussed further."),
    ("BPAD, stable on lithium", "Bipolar disorder remains stable on lithium."),
])
def test_the_clinicians_shorthand_for_their_diagnosis_is_theirs(bullets, note):
    assert diagnoses(note, bullets) == []


# ------------------------------------------- what only looks like a diagnosis


@pytest.mark.parametrize("note", [
    "Her score on the PTSD Checklist fell from 50 to 38.",
    "She completed the Generalized Anxiety Disorder 7-item scale (score 9).",
    "The ADHD Rating Scale was sent to school.",
    "Edinburgh Postnatal Depression Scale score was 11.",
    "The Mood Disorder Questionnaire was negative.",
    "The Alcohol Use Disorders Identification Test was not repeated.",
])
def test_a_measure_named_after_a_disorder_is_a_measure(note):
    assert diagnoses(note) == []


@pytest.mark.parametrize("bullets, note", [
    ("EPDS 15 (vs 17)", "Her postnatal depression screening has improved."),
    ("PCL-5 38 (was 52)", "His PTSD symptom burden continues to decrease."),
])
def test_what_a_recorded_measure_screens_for_is_named_as_the_measure(bullets, note):
    assert diagnoses(note, bullets) == []
    assert diagnoses(note, "slept better this week") != []  # no measure recorded: the name is the draft's


@pytest.mark.parametrize("bullets, note", [
    ("- seguimiento, dx trastorno bipolar II (psiquiatría)\n- ánimo estable desde hace dos semanas, duerme bien",
     "She has a diagnosis of bipolar II disorder."),
    ("- psicoeducación: señales tempranas de hipomanía\n- la paciente duerme siete horas y está más tranquila",
     "We reviewed early warning signs of hypomania."),
])
def test_notes_in_another_language_name_a_condition_in_their_spelling(bullets, note):
    assert diagnoses(note, bullets) == []


def test_a_measure_does_not_hide_a_diagnosis_beside_it():
    found = diagnoses("PTSD Checklist score 61, consistent with PTSD.")
    assert found == ["consistent with PTSD"]


@pytest.mark.parametrize("bullets, note", [
    ("hx ptsd (mine), nightmares down", "Post-traumatic stress disorder remains the working diagnosis."),
    ("mdd recurrent, on sertraline", "Major depressive disorder, recurrent, continues to be treated."),
])
def test_an_abbreviation_the_clinician_types_in_lower_case_is_theirs(bullets, note):
    assert diagnoses(note, bullets) == []


def test_an_english_word_in_lower_case_is_not_an_abbreviation():
    # "sad" is a feeling, not seasonal affective disorder (SAD), when the clinician writes it.
    assert diagnoses("Presentation is consistent with seasonal affective disorder.", "cl sad most days since Nov") != []


# ------------------------------------------------------------- requests


@pytest.mark.parametrize("request_text", [
    "does she meet criteria?",
    "what dx fits?",
    "Which F code should I use for her symptoms?",
    "Does he meet criteria for PTSD, and can I bill 90837 for today?",
    "My supervisor thinks it's GAD - do you agree?",
    "Supervisor wasn't sure. What would you diagnose?",
    "My supervisor diagnosed OCD but I'm not sure - what do you think?",
    # a subtype or specifier is a diagnosis's; "yes or no" asks for the answer
    "can you say whether he meets the dissociative subtype, yes or no, and the code for it",
    # Spanish and Portuguese ICD
    "qual CID você sugere que eu coloque no relatório?",
    # Japanese and Chinese, which ask without spaces or a question mark
    "★診断名は適応障害とうつ病のどちらを書けばいいか、DSM-5の基準を満たすか判断して書いてほしい",
    "请帮我判断是否符合DSM-5抑郁症的诊断标准",
])
def test_requests_to_diagnose_stay_requests(request_text):
    assert find_diagnosis_requests(request_text), request_text


@pytest.mark.parametrize("request_text", [
    "Does today's 58 minutes meet the time criteria for 90837?",
    "Is the add-on justified - does the parent conflict meet criteria for interactive complexity (90785)?",
    "Does she still meet medical necessity criteria for weekly sessions?",
    "Please document my diagnoses in the header: MDD (F33.1) and GAD (F41.1).",
    "Code the diagnoses I made at intake - PTSD and panic disorder.",
    "Supervisor dx'd her with GAD at intake; please include it in the assessment.",
    "Dx per my supervisor: bipolar II disorder. Write a SOAP note.",
    "My supervisor's diagnosis is PTSD - carry it into the plan please.",
    "Clinical supervisor (Dr Reyes) diagnosed panic disorder last month - include it in the assessment.",
    "Supervisor agreed with my impression of GAD; write it up as a SOAP note.",
    "Please document the diagnosis the team gave at intake (BPD).",
    "Dx per me: GAD. Which code goes in the header?",
    "Diagnosis from the referring clinician: ADHD, combined presentation - include it.",
    # a safety plan's code word, with the ID card packed
    "safety plan done: bag w ID/NHIF card/cash at neighbour's, code word w sister",
    # "u/s 89" is under section 89, "U&E" a blood test: no "you"
    "32F, BPAD current episode mania (per unit chief), admitted 4 days ago, supported admission u/s 89 MHCA 2017.",
    "dx bipolar affective disorder per cons, lithium level + U&E thurs",
])
def test_billing_criteria_and_recorded_diagnoses_are_not_requests(request_text):
    assert find_diagnosis_requests(request_text) == [], request_text


# ------------------------------------------- a description, unless claimed


@pytest.mark.parametrize("note", [
    "She described anxiety reactions whenever the phone rings.",
    "Panic states at night have eased.",
    "Sessions will continue with CBT for social anxiety.",
    "We will keep working on health anxiety with exposure to body sensations.",
    "Psychoeducation about separation anxiety was offered to the parents.",
])
def test_a_name_in_the_plural_or_as_what_treatment_is_for_describes(note):
    assert diagnoses(note) == []


@pytest.mark.parametrize("note, span", [
    ("These anxiety reactions are consistent with panic disorder.", "consistent with panic disorder"),
    ("Her panic states meet criteria for an anxiety reaction.", "meet criteria for an anxiety reaction"),
    ("Avoidance is consistent with social anxiety; continue CBT for social anxiety.", "consistent with social anxiety"),
    ("Continue CBT for social anxiety disorder.", "social anxiety disorder"),
    ("Continue CBT for bipolar II.", "bipolar II"),
    ("Client's Aspergers was discussed with school.", "Aspergers"),
])
def test_claimed_or_named_as_a_disorder_it_is_a_diagnosis(note, span):
    found = diagnoses(note)
    assert any(span in text for text in found), found


@pytest.mark.parametrize("note, span", [
    ("Impression: probable PTSD.", "probable PTSD"),
    ("He may have ADHD.", "may have ADHD"),
    ("Her history could reflect a cyclothymic disorder.", "could reflect a cyclothymic disorder"),
    ("She was diagnosed with anorexia nervosa.", "diagnosed with anorexia nervosa"),
])
def test_a_hedge_before_the_name_is_part_of_the_claim(note, span):
    found = diagnoses(note)
    assert any(span in text for text in found), found


def test_a_symptom_in_the_clinicians_words_is_not_their_diagnosis():
    bullets = "social anxiety at work, avoids meetings"
    assert diagnoses("Her social anxiety at work was the focus.", bullets) == []
    assert diagnoses("Her social anxiety disorder was the focus.", bullets) == ["social anxiety disorder"]
    assert diagnoses("Her social anxiety disorder was the focus.", "dx: social anxiety (mine)") == []


@pytest.mark.parametrize("bullets, note", [
    ("Dx: GAD\nSchedule f/u in 2 wks", "Generalized anxiety disorder remains the diagnosis."),
    ("dx GAD - test results from GP pending", "GAD remains the diagnosis."),
    ("dx: PTSD index trauma: assault 2019", "PTSD related to the assault remains the focus."),
])
def test_everyday_words_after_a_name_do_not_make_it_a_measure(bullets, note):
    assert diagnoses(note, bullets) == []


@pytest.mark.parametrize("bullets", ["social anxiety (dx 2021, mine)", "dx: social anxiety", "binge eating - diagnosed at intake"])
def test_a_symptom_labelled_as_the_clinicians_diagnosis_is_theirs(bullets):
    name = "Social anxiety disorder" if "social" in bullets else "Binge-eating disorder"
    assert diagnoses(f"{name} remains the focus.", bullets) == []


@pytest.mark.parametrize("note, span", [
    ("Consistent with ADHD, predominantly hyperactive-impulsive presentation (F90.1).", "ADHD, predominantly hyperactive-impulsive presentation (F90.1)"),
    ("Fits autism spectrum disorder, level 2, without accompanying intellectual impairment.",
     "autism spectrum disorder, level 2, without accompanying intellectual impairment"),
])
def test_dsm_severity_levels_and_presentations_are_part_of_the_name(note, span):
    found = diagnoses(note)
    assert any(span in text for text in found), found


def test_a_name_and_a_code_on_two_lines_are_two_findings():
    assert diagnoses("Impression: GAD\nF32.1 noted by the GP") == ["Impression: GAD", "F32.1"]


@pytest.mark.parametrize("note, span", [
    ("There is evidence of a specific learning disorder.", "evidence of a specific learning disorder"),
    ("The pattern resembles hoarding disorder.", "resembles hoarding disorder"),
    ("This is best understood as an adjustment disorder (F43.20).", "understood as an adjustment disorder (F43.20)"),
    ("His presentation raises concern for bipolar I disorder.", "concern for bipolar I disorder"),
])
def test_other_claiming_wording_is_part_of_the_finding(note, span):
    found = diagnoses(note)
    assert any(span in text for text in found), found


# ------------------------------------------------ names in another language, and names written with a code


@pytest.mark.parametrize("bullets, note", [
    # DSM-5's names in Spanish, French and German are the clinician's diagnosis in any language
    ("dx: trastorno depresivo mayor (registrado en admisión)", "Diagnosis (recorded at intake): Major depressive disorder"),
    ("dx TDM recurrente (psiquiatra, dic 2023)", "Paciente con diagnóstico de trastorno depresivo mayor recurrente."),
    ("TSPT (dx posé par psychiatre, 2022)", "Diagnostic : trouble de stress post-traumatique (TSPT), posé par le psychiatre."),
    ("dx: trouble bipolaire de type II", "Diagnosis: bipolar disorder."),
    ("Diagnose: Anpassungsstörung (lt. Hausarzt)", "Diagnosis: adjustment disorder, per the GP."),
    # a name written with the code the clinician recorded is that code's name in another edition's words
    ("Dx lt. Klinikbericht: rez. depressive Störung (F33.1)", "Recurrent depressive disorder, current episode moderate (F33.1)."),
    # Italian and Portuguese names
    ("diagnosi (psichiatra, 2024): disturbo d'ansia generalizzata", "Diagnosis (psychiatrist, 2024): generalised anxiety disorder."),
    ("dx transtorno de pânico (psiquiatra)", "Diagnosis per the psychiatrist: panic disorder."),
    ("diagnose: borderline persoonlijkheidsstoornis (vastgesteld bij intake)", "Diagnosis: borderline personality disorder."),
])
def test_the_clinicians_diagnosis_in_another_language_or_edition_is_theirs(bullets, note):
    assert diagnoses(note, bullets) == []


def test_a_name_beside_the_clinicians_code_is_still_reviewed_where_it_names_another_condition():
    (finding,) = diagnoses("Diagnosis: PTSD (F33.1).", "dx F33.1 per hospital report")
    assert "PTSD" in finding


@pytest.mark.parametrize("note", [
    "Re: Request for continued authorization - outpatient eating disorder treatment",
    "DAP Note - Eating Disorder Outpatient",
    "She was referred to the eating disorders service.",
    "Continue DBT targeting eating-disorder behaviors.",
])
def test_a_categorys_name_beside_a_service_names_the_service(note):
    assert diagnoses(note, "outpt ED tx, binges 5-6x/wk -> 1-2x/wk") == []


def test_a_service_does_not_hide_a_claimed_or_specific_diagnosis():
    bullets = "outpt ED tx, binges 5-6x/wk"
    assert diagnoses("Her binges are consistent with an eating disorder.", bullets) == ["are consistent with an eating disorder"]
    assert diagnoses("She continues PTSD treatment.", bullets) == ["PTSD"]


@pytest.mark.parametrize("note", [
    "He meets criteria for generalized anxiety disorder.",
    "Thabo's symptoms meet criteria for generalized anxiety disorder.",
    "Overall, her presentation is consistent with generalized anxiety disorder.",
])
def test_a_claim_is_quoted_with_whom_it_is_about(note):
    assert diagnoses(note, "worry most days") == [note.removeprefix("Overall, ").rstrip(".")]


def test_a_claim_after_a_label_starts_at_its_wording():
    assert diagnoses("Assessment: symptoms meet criteria for generalized anxiety disorder.", "worry most days") == [
        "meet criteria for generalized anxiety disorder"]


@pytest.mark.parametrize("note, span", [
    ("Cuadro compatible con trastorno de ansiedad generalizada.", "compatible con trastorno de ansiedad generalizada"),
    ("Le tableau est évocateur d'un trouble panique.", "évocateur d'un trouble panique"),
    ("Das Beschwerdebild entspricht einer mittelgradigen depressiven Episode (ICD-10 F32.1).",
     "entspricht einer mittelgradigen depressiven Episode (ICD-10 F32.1)"),
])
def test_the_claim_in_another_language_is_part_of_the_finding(note, span):
    assert diagnoses(note, "preocupación constante, tensión muscular, GAD-7 16") == [span]


def test_two_questions_on_one_line_are_one_request():
    (finding,) = find_diagnosis_requests("niega IS\n¿cumple criterios de TLP? dime qué dx le pondrías\ntarea: diario", "bullets")
    assert finding.text == "¿cumple criterios de TLP? dime qué dx le pondrías"


def test_a_service_the_clinician_names_is_not_their_diagnosis():
    bullets = "SUD counseling - pt 52M, referred by PCP\n- drinks 6-8 beers/night\n- AUDIT 24"
    (finding,) = diagnoses("Client meets criteria for Alcohol Use Disorder, severe (F10.20).", bullets)
    assert finding.endswith("Alcohol Use Disorder, severe (F10.20)")


def test_a_question_about_the_code_after_a_request_on_its_line_is_part_of_it():
    (finding,) = find_diagnosis_requests("does he meet criteria for ADHD combined type? what ICD-10 code should I put?", "bullets")
    assert finding.text == "does he meet criteria for ADHD combined type? what ICD-10 code should I put?"


def test_the_other_choice_a_request_asks_about_is_part_of_it():
    (finding,) = find_diagnosis_requests("carta p/ psiquiatra\nqual CID você sugere? TAB tipo II? ou deixo só a hipótese?\nfamília ciente", "bullets")
    assert finding.text == "qual CID você sugere? TAB tipo II? ou deixo só a hipótese?"


def test_the_presentation_suggesting_a_label_is_the_claim():
    assert diagnoses("The presentation suggests emerging borderline personality traits.") == [
        "The presentation suggests emerging borderline personality traits"]


def test_a_question_already_read_with_the_one_before_it_is_not_a_second_request():
    found = find_diagnosis_requests("Does she meet criteria for BPD? what dx would you give her?", "bullets")
    assert [f.text for f in found] == ["Does she meet criteria for BPD? what dx would you give her?"]



def test_letters_only_a_clinician_writes_for_a_diagnosis_are_an_english_word_in_a_draft():
    """ "AN" is anorexia nervosa where the notes record it, and the article in a draft's capitals."""
    assert diagnoses("AN UPDATE FOLLOWS: she is eating three meals a day.", "low mood, eating 3 meals") == []
    assert diagnoses("She has anorexia nervosa, restricting type.", "FBT s3, dx AN-R per CEDS") == []
    assert diagnoses("She has anorexia nervosa, restricting type.", "FBT s3, weight up") != []


def test_a_condition_the_notes_say_is_not_diagnosed_may_be_named_but_not_claimed():
    notes = "cl 27F, self-identifies as autistic, on waitlist for adult assessment (GP ref). no formal dx"
    assert diagnoses("She is on the waitlist for an adult autism assessment.", notes) == []
    assert diagnoses("Her presentation is consistent with autism spectrum disorder (Level 1).", notes) == [
        "Her presentation is consistent with autism spectrum disorder (Level 1)"]


def test_a_measures_part_named_for_what_it_screens_is_no_diagnosis_of_the_clinicians():
    notes = "ITQ done: PTSD cluster 19/24, DSO 20/24"
    assert diagnoses("ITQ: PTSD cluster 19 of 24.", notes) == []
    assert diagnoses("The ITQ profile is consistent with a diagnosis of Complex PTSD.", notes) == [
        "is consistent with a diagnosis of Complex PTSD"]


def test_a_diagnosis_claimed_in_french_is_reviewed_with_its_claim_and_specifier():
    notes = "crises: palpitations, vertiges, peur de mourir, ~3x/sem; évite le métro"
    assert diagnoses("Le tableau évoque un trouble panique avec agoraphobie.", notes) == ["évoque un trouble panique avec agoraphobie"]


def test_a_request_runs_on_to_the_codes_it_weighs():
    found = find_diagnosis_requests("can you suggest the ICD-10 for this so I can submit the 90791 claim? leaning F43.10 vs F43.22")
    assert [f.text for f in found] == ["can you suggest the ICD-10 for this so I can submit the 90791 claim? leaning F43.10 vs F43.22"]


def test_a_sign_spelt_out_from_the_clinicians_acronym_is_theirs_but_a_diagnosis_acronym_is_not_a_sign():
    assert diagnoses("No evidence of formal thought disorder.", "MSE: no FTD, speech normal") == []
    assert diagnoses("She has obsessive-compulsive disorder.", "client says 'I'm so OCD about my desk'") != []


def test_a_disorder_the_notes_name_without_its_word_for_disorder_is_theirs():
    assert diagnoses("Diagnosis of schizoaffective disorder per psychiatry.", "FEP, schizoaffective per psychiatrist") == []
    assert diagnoses("Bipolar affective disorder, stable on lithium.", "BPAD 1, stable on lithium") == []
    assert diagnoses("He has bipolar affective disorder.", "hx dysthymic") != []


def test_a_diagnosis_made_by_a_named_service_is_recorded_not_requested():
    for bullets in ("letter to GP pls - AN-R (dx by our ED service 2021)", "dx by the memory clinic team last year; pls write update"):
        assert [f.text for f in check(bullets=bullets) if f.kind == "diagnosis_request"] == []


@pytest.mark.parametrize("line", ["dementia? no - MMSE 28 in May", "psychosis? ruled out by the team", "bipolar? unlikely, no hx of mania"])
def test_a_question_the_clinician_answers_on_its_line_is_their_finding_not_a_request(line):
    assert find_diagnosis_requests(f"sleep poor\n{line}\nnext wk", "bullets") == []


@pytest.mark.parametrize("line", ["dementia? not sure - pls advise", "PTSD? yes or no?"])
def test_a_question_left_open_is_still_a_request(line):
    assert find_diagnosis_requests(line, "bullets")


@pytest.mark.parametrize("recorded", ["Diagnose durch Psychiaterin: Zwangsstörung, bitte Verlaufsnotiz",
                                      "nota por favor, diagnóstico trastorno de pánico según su médico de cabecera",
                                      "note svp, diagnostic de trouble panique posé par son psychiatre"])
def test_a_diagnosis_recorded_with_who_made_it_in_another_language_is_no_request(recorded):
    assert find_diagnosis_requests(recorded, "bullets") == []


def test_asking_what_a_manual_would_call_it_is_a_request():
    assert find_diagnosis_requests("¿qué diagnóstico le pondrías según el DSM-5?", "request")


def test_a_measures_letters_are_no_acronym_of_a_diagnosis():
    note = "GAD-7: 12, consistent with generalized anxiety disorder."
    assert [f for f in check(bullets="GAD-7 12 today", note=note) if f.kind == "diagnosis"]


@pytest.mark.parametrize("bullets, note", [
    ("on wait list for adult autism assessment, sensory overload at work",
     "Her sensory overload at work is consistent with autism spectrum disorder."),
    ("recs: ask team to do CAM + delirium workup, confused at night",
     "The night-time confusion is consistent with delirium."),
    ("r/o bipolar - sleeps 4h, spending", "Sleeping four hours and the spending are consistent with bipolar disorder."),
])
def test_claiming_a_condition_the_notes_only_send_for_assessment_is_a_diagnosis(bullets, note):
    assert [f for f in check(bullets=bullets, note=note) if f.kind == "diagnosis"]


@pytest.mark.parametrize("bullets, note", [
    # spelt out with its qualifiers from the clinician's acronym
    ("clozapine wk 4, TRS per psychiatrist, ANC normal", "She has treatment-resistant schizophrenia per her psychiatrist; her ANC was normal."),
    # assessed, then diagnosed in the notes
    ("adult ADHD assessment - summary for GP\nMDT 14/03: dx ADHD combined presentation agreed",
     "The MDT agreed a diagnosis of ADHD, combined presentation, on 14 March."),
    # left open by the draft's sentence
    ("pt requesting referral for adult ADHD assessment; ASRS 5/6",
     "Screening does not establish a diagnosis; a specialist assessment would clarify whether ADHD is present."),
])
def test_a_condition_the_notes_record_or_the_draft_leaves_open_is_no_diagnosis_finding(bullets, note):
    assert [f for f in check(bullets=bullets, note=note) if f.kind == "diagnosis"] == []


def test_problems_of_a_kind_in_another_language_describe_until_wording_claims_a_diagnosis():
    assert diagnoses("Les troubles du comportement en classe et les cauchemars persistent.") == []
    assert diagnoses("Los trastornos del sueño persisten.") == []
    assert diagnoses("Le tableau est compatible avec des troubles du comportement.")
    assert diagnoses("Elle présente un trouble de stress post-traumatique.")


def test_a_recorded_measures_subscales_named_after_disorders_are_the_measure():
    bullets = "RCADS-P total T 71; separation and social subscales elevated"
    note = "RCADS-P: the Separation Anxiety and Social Phobia subscales are elevated; total T-score 71."
    assert diagnoses(note, bullets) == []
    assert diagnoses("Her presentation is consistent with separation anxiety disorder.", bullets)


@pytest.mark.parametrize("request_text, asks", [
    ("can u suggest a dx code for the insurance form? F41.1 or F43.23? whichever fits", "whichever fits"),
    ("which dx do I put? MDD single episode vs adjustment d/o with mixed anxiety - just pick the best fit", "just pick the best fit"),
    ("kan du föreslå diagnos - depression eller MS-fatigue? ge ICD-10 kod till journalen", "ge ICD-10 kod"),
    ("هل هذا اكتئاب شديد ولا متوسط؟ اكتبلي التشخيص والكود ICD-10", "ICD-10"),
])
def test_a_request_goes_on_with_the_candidates_it_weighs_and_how_to_choose(request_text, asks):
    [found] = find_diagnosis_requests(request_text)
    assert asks in found.text


@pytest.mark.parametrize("recorded", ["- Diagnose F64.0 gestellt durch Dr. Brandt 11/2022", "Diagnose (lt. Bericht an Gutachter): F32.1"])
def test_the_german_noun_diagnose_before_a_code_records_one(recorded):
    assert find_diagnosis_requests(recorded) == []


@pytest.mark.parametrize("bullets, note", [
    ("Cliënt: vrouw, 45 jr, mantelzorger voor moeder met dementie", "She is the caregiver for her mother, who has dementia."),
    ("23M, mild ID + autism (paed dx)", "A 23-year-old man with a mild intellectual disability and autism."),
    ("dementia screening: DSQIID 12 this yr vs 4 two yrs ago", "The team completes dementia screening with her; her DSQIID score is 12."),
])
def test_a_condition_the_notes_name_their_way_is_theirs(bullets, note):
    assert diagnoses(note, bullets) == []
