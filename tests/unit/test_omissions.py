"""Omissions: each must-carry fact in the clinician's words that the draft does not carry in any wording
(risk screens and results, safety plans, crisis resources, measure scores, medications, homework, referrals,
mandated reports), and nothing else. The examples are written from that contract, not from labelled cases."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from clinical_guardrails import _phrase, check, check_streamed, OMISSION_HEADING, review_list
from therapy_pack.guardrail_vocabulary import english_words, load_must_carry, MUST_CARRY
from therapy_pack.paths import ROOT
from support.findings import unsupported_specifics

PLAIN_DRAFT = "Client attended and engaged well. Explored the week's events."


def omitted(bullets: str, note: str) -> list[str]:
    return [f.text for f in check(bullets=bullets, note=note) if f.kind == "omission"]


# Each must-carry fact, and a draft that carries it in other words, order or format.
CARRIED = [
    ("SI screen neg", "Client denied suicidal ideation."),
    ("denies SI/HI", "She denied suicidal and homicidal ideation."),
    ("C-SSRS low risk", "Columbia screen completed; overall suicide risk is low."),
    ("Endorsed passive SI last Tues, no plan", "Client reported passive suicidal thoughts on Tuesday without a plan."),
    ("safety plan reviewed", "We went over her safety plan together."),
    ("gave 988 info", "Client was reminded that the 988 crisis line is available."),
    ("crisis line number given", "Shared the crisis line number."),
    ("Rat auf Draht 147 mitgegeben", "He was given the number of Rat auf Draht (147)."),
    ("Die Dargebotene Hand (143) mitgegeben", "Die Nummer der Dargebotenen Hand (143) wurde ihr mitgegeben."),
    ("derivo a trabajadora social del CAP", "Se deriva a la trabajadora social del CAP."),
    ("niega ideas de hacerse daño, sin riesgo", "He denies thoughts of hurting himself. No risk identified."),
    ("plan de seguridad: retirar cuchillas", "Safety plan: removing razor blades from the home."),
    ("niega IS/IH al alta", "Denies suicidal and homicidal ideation at discharge."),
    # words of time and of a contraction say nothing of what the homework is
    ("hw now: walk after dinner", "She will take a walk after her evening meal."),
    ("hw: 1 SMART mtg (hasn't gone yet)", "Homework: attend one SMART Recovery meeting."),
    # how a step was taken is not with whom: "by phone", "by email"
    ("TC w school - liaised by phone today", "I liaised with the school by telephone today."),
    ("sent summary to psychiatrist by email", "A summary was sent to the psychiatrist."),
    # "no." is a number where the line goes on after it
    ("gave Lifeline no. + text line", "She was given the Lifeline number and the text line."),
    ("keine Suizidgedanken", "Suizidgedanken bestehen nicht."),
    ("no thoughts of harm to self or baby", "She reports no thoughts of harm to herself or her baby."),
    ("no thoughts of harming self", "You told me you haven't had any thoughts of harming yourself."),
    ("pas d'idées suicidaires", "Absence d'idées suicidaires."),
    ("tramadol reduced 200->150mg/day", "Tramadol was reduced from 200 to 150 mg a day."),
    ("myśli samobójcze: zaprzecza", "She denies suicidal thoughts."),
    ("has national gambling helpline no + safety plan", "Safety plan reviewed; he has the National Gambling Helpline number."),
    ("Anmeldung Angehörigengruppe veranlasst", "She was referred to the carers' group."),
    ("email VAC case mgr re plan, AA sponsor this wk", "Client to see his AA sponsor this week. Email to his VAC case manager about the plan."),
    ("PHQ-9 14", "She scored 14 on the PHQ-9."),
    ("PHQ9 = 14 (was 18)", "Patient Health Questionnaire score was 14, down from 18."),
    ("GAD-7 9", "GAD-7 of 9 today."),
    ("PHQ-9 went from 18 to 14", "PHQ-9 improved to 14."),
    ("PCL-5: 41", "Her PTSD checklist total was 41."),
    ("ORS 28", "Outcome Rating Scale: 28."),
    ("BDI-II 22", "Beck Depression Inventory came to 22."),
    ("AUDIT 12", "On the AUDIT he scored 12."),
    ("started sertraline 50mg", "Client began taking Zoloft at 50 mg."),
    ("off quetiapine since Friday", "She stopped her Seroquel on Friday."),
    ("psychiatrist increased lamotrigine to 100 mg", "Her lamotrigine was increased to 100 mg by her psychiatrist."),
    ("hw: thought record", "Client was assigned a thought record for the week."),
    # an activity by its gerund, a word cut short
    ("hw: psychoed reading on PTSD + sleep diary", "Homework: read the psychoeducational material on PTSD and keep a sleep diary."),
    # how far a step got, and when, say nothing of what it is
    ("IPS employment worker referral done", "Referral to the IPS employment worker completed."),
    ("ASP referral submitted 21/05/24", "An Adult Support and Protection (ASP) referral was submitted on 21 May 2024."),
    ("keep medication locked up away from kids", "Keep the medicine locked up and away from kids."),
    ("referred after presenting to A&E with thoughts of ending life", "He presented to A&E with thoughts of ending his life and was referred."),
    ("hw: TR", "Assigned a thought record."),
    ("homework - 3 behavioural experiments", "She will try three behavioral experiments before next session."),
    ("practice TIPP daily", "Plan: client to practise TIPP skills every day."),
    ("referred to psychiatry", "Client was referred to a psychiatrist for a medication review."),
    ("ref psych", "A psychiatric referral was made."),
    ("will call PCP re: sleep", "Clinician will contact the client's primary care physician about sleep."),
    ("ROI signed to speak with school", "A release of information was signed so that I can speak with her school."),
    ("sent letter to GP", "A letter was sent to his GP."),
    ("CPS report filed", "A report was made to child protective services."),
    ("APS notified", "Adult protective services were notified."),
    ("Mandated report to CPS made today", "A report was made to CPS today."),
    ("duty to warn - police called", "Duty to warn was exercised and the police were called."),
    ("CPS report made, ref #24-1188", "A report was made to Child Protective Services (reference 24-1188)."),
    ("rang school counsellor re: attendance", "The therapist telephoned the school counsellor about attendance."),
    ("Keine Suizidgedanken, keine Fremdgefährdung", "She reported no suicidal thoughts, and there was no risk to others."),
    ("passive Todeswünsche, keine Pläne", "He described passive death wishes with no plans."),
    ("passive SI, no plan/intent, safety plan reviewed", "Passive suicidal thoughts without plan or intent. Her safety plan was reviewed."),
    ("SI passive, no plan, safety plan reviewed", "Passive suicidal ideation without a plan. The safety plan was reviewed."),
    ("cutting 2x this wk, superficial", "She reported self-harm by cutting twice this week; both were superficial."),
    ("no safety concerns today", "No safety concerns were identified."),
    ("crisis plan unchanged; reminded of crisis line no. on her card", "Her crisis plan is unchanged and she was reminded of the crisis line number."),
    ("keine akute Suizidalität, Notfallplan besprochen", "There was no acute suicidality; an emergency plan was discussed."),
    ("has a handgun at home - agreed to store it with brother", "He has access to a firearm at home and agreed to store it with his brother."),
    # homework carried by a sentence about homework with its words, whatever the activity is called
    ("hw: each evening walk the dog past the park, log urges every 10 min", "Homework: walk the dog past the park each evening, logging urges every 10 minutes."),
    ("plan: letter to PCP", "Plan: a letter to the PCP."),  # a letter is a step taken with its addressee
    ("pas de préoccupation de sécurité aujourd'hui", "No safety concerns were raised today."),
    ("report made to CAS by phone 14:20", "A report was made to the Children's Aid Society by phone at 2:20 p.m."),
    ("Hausübung: Schlafprotokoll 2 Wochen", "Homework: keep a sleep log for two weeks."),
    ("devoirs : journal d'humeur quotidien", "Homework: keep a daily mood journal."),
    ("cut 1x on forearm sat", "He reported cutting his forearm once on Saturday."),
    ("referral to voc rehab - faxed 4/1", "A referral to vocational rehabilitation was faxed on April 1."),
    ("hw going forward: keep grief journal", "He will continue keeping a grief journal."),
    ("Tusla notification submitted 12/06", "A child protection notification was submitted to Tusla on 12 June."),
]


@pytest.mark.parametrize("fact, restated", CARRIED, ids=[c[0] for c in CARRIED])
def test_a_must_carry_fact_the_draft_drops_is_an_omission_quoted_in_the_clinicians_words(fact, restated):
    bullets = f"- Client arrived on time.\n- {fact}\n- Talked about her sister."
    assert omitted(bullets, PLAIN_DRAFT) == [fact]


@pytest.mark.parametrize("fact, restated", CARRIED, ids=[c[0] for c in CARRIED])
def test_a_must_carry_fact_carried_in_other_words_is_not_an_omission(fact, restated):
    bullets = f"- Client arrived on time.\n- {fact}\n- Talked about her sister."
    assert omitted(bullets, f"{restated} Client arrived on time and talked about her sister.") == []


@pytest.mark.parametrize("fact, restated", [
    ("denies SI", "Suicidal ideation was discussed."),  # the screen's result is gone
    ("PHQ-9 14", "PHQ-9 was completed, score 18."),  # another number is not this one
    ("sertraline 50mg -> 100mg", "Client continues sertraline."),  # the dose is gone
    ("referred to psychiatry", "Client mentioned a psychiatrist she saw years ago."),  # no referral
    ("hw: thought record", "Client will keep a mood log."),  # another activity
    # a homework sentence with the item's numbers but not its words does not carry it
    ("tarea: registro de pensamientos 3 veces por semana", "She will go for a walk three times this week."),
])
def test_restating_the_topic_without_its_key_content_is_still_an_omission(fact, restated):
    assert omitted(fact, restated) == [fact]


@pytest.mark.parametrize("bullets", [
    "Client discussed conflict with her mother; felt unheard.",
    "Mood 5/10, sleep poor, appetite ok.",
    "Worked on IFS: unblended from the Critic, 15 min.",
    "Reviewed hw: thought record done 4/7 days.",  # homework reviewed, not assigned
    "Risk: client at risk of losing her job.",  # 'risk' without a screen's level
    "Mentioned she used to see a school counsellor as a teen.",  # no coordination step
    "She wants to talk to her GP about sleep.",  # the client's plan, not the clinician's
    "Next session in 2 weeks; continue weekly sessions.",
    "hw: none this week.",
    "Homework was discussed.",
    "si tiene tiempo, caminar por la mañana.",  # Spanish 'si' is 'if', not SI
    "In private practice since 2019, she says.",
    "32M, referred by EAP for stress at work.",  # how the client came, not a step the clinician took
    "self-referred after a panic attack at work",
    "sleep restriction: TIB 12:30am-6:30am",  # an acronym before a time is no measure's score
    "relapse prevention plan given; can re-refer via GP",  # an option, not a step taken
    "pt open to cutting wkdays to 3 beers",  # cutting back, not self-harm
    "sessions to date: 8, last DOS 14/03/24",  # an acronym before a date is no measure's score
    "what dx fits? want to put something in the GP letter",  # a question to the pack, not a fact
    "bring own drinks to the party, sponsor on call",  # someone at hand, not a call made
    "indiv DBT 2/27 - 24yo F",  # an acronym before a month and day
    "OP SUD indiv - 47yo M, alcohol",  # an age is no measure's score
    "finanziell: Lücke ca. CHF 2'400/Mt.",  # an amount
    "ED intake f/u, cl P., 24 - binges 3-4x/wk",  # in eating-disorder work "ED" is the eating disorder
    "dans ce cas, on verra",  # French "cas" is no Children's Aid Society
    "discharged back to GP care, re-referral welcome if needed",  # an option, not a step taken
    "seen x4 via LPMHSS since referral, 1st appt 09/01/25",  # the referral that brought the client
    "AA 2x/wk, sponsor contact weekly, no cravings",  # the client's people's steps are not the clinician's
    "discussed cutting caffeine + cannabis",  # cutting back, not self-harm
    "MI: confidence 5/10 re cutting to weekends only",  # cutting back, not self-harm
    "BAL 0.18 on arrival, UDS 10/3 neg, mom discharged POD 3",  # a test's or figure's letters and number, no measure
    "outpt SUD assessment at county CMHC 6/17 1pm",  # a substance use service, not units of distress
    "rec: 4 further sessions under MHCP, pls re-refer",  # a request to the GP, no step taken
    "Cut down on skin picking this wk.",
    "Audiencia en la corte el martes.",  # a court, not a cut
])
def test_dropping_anything_else_is_never_an_omission(bullets):
    assert omitted(bullets, PLAIN_DRAFT) == []


@pytest.mark.parametrize("bullets, restated", [
    ("- niega ideación suicida\n- PHQ-9: 14\n- empezó sertralina 50 mg", "Client denied suicidal ideation. PHQ-9 was 14. Started sertraline 50 mg."),
    ("- pas d'idées suicidaires\n- orientée vers un psychiatre", "No suicidal ideation reported. She was referred to a psychiatrist."),
    ("- verneint Suizidgedanken\n- Hausaufgabe: Gedankenprotokoll", "Denied suicidal thoughts. Homework: a thought record."),
    ("- tarea: practicar antes de dormir", "Plan: practise relaxation before sleep as homework."),
    ("- niega IS/IH\n- Sertralin 50 mg begonnen", "Client denies SI/HI. Started sertraline 50 mg."),
    ("- tarea: anotar los momentos de calma", "Task: write down the moments of calm."),
])
def test_bullets_in_another_language_are_compared_by_value_with_an_english_draft(bullets, restated):
    assert omitted(bullets, restated) == []
    assert len(omitted(bullets, PLAIN_DRAFT)) == bullets.count("\n") + 1


def test_a_measure_before_a_services_word_still_has_its_score():
    assert omitted("GAD-7 assessment: 12", "She completed an assessment.") == ["GAD-7 assessment: 12"]


def test_a_referral_named_before_its_word_is_named_by_its_own_clause():
    bullets = "Reviewed sleep diary, discussed work stress and budgeting, IPS referral done"
    assert omitted(bullets, "The IPS employment referral has been completed.") == []


def test_a_table_carries_what_its_heading_names():
    bullets = "GAD-7: intake 14 -> 30d 12 -> today 9"
    table = "**Outcome Measure - GAD-7**\n| Time point | Score |\n|---|---|\n| Intake | 14 |\n| 30 days | 12 |\n| Today | 9 |\n\n**Plan**\nContinue."
    assert omitted(bullets, table) == []
    assert omitted(bullets, "**Outcome Measure**\n| Time point | Score |\n|---|---|\n| Intake | 3 |") == [bullets]


def test_a_letter_under_its_address_block_is_still_the_letter():
    draft = ("Dr. Fitzgerald\nSalthill Medical Centre\nGalway\n\nRe: Orla Keane, DOB 3 September 1988\n\nDear Dr. Fitzgerald,\n\n"
             "I am writing to update you on Orla. Her GAD-7 fell from 14 to 8.\n\nKind regards,")
    assert omitted("- letter to GP (Dr. Fitzgerald, Salthill) re: Orla Keane\n- GAD-7 14 -> 8", draft) == []


def test_a_letter_to_someone_is_carried_by_the_draft_that_is_the_letter():
    bullets = "letter to GP re Mr Okafor - sleep improving, engaging well"
    assert omitted(bullets, "Dear Doctor,\n\nMr Okafor is engaging well and his sleep is improving.\n\nKind regards") == []
    assert omitted(bullets, "Mr Okafor is engaging well and his sleep is improving.") == [bullets]
    # whatever else the item says of whom it goes to
    referring = "letter back to Dr Ahmed (psychiatrist, referred her in May)"
    assert omitted(referring, "Dear Dr Ahmed,\n\nThank you for your referral in May. She has engaged well.") == []
    assert omitted(referring, "She has engaged well.") == [referring]
    # after a subject line, and with every step of the item the letter is about
    asked = "letter to his PCP re: sleep; ROI signed today for PCP"
    letter = "**Re: Sleep**\n\nDear Dr. Ruiz,\n\nWith his consent, I am writing about his sleep."
    assert omitted(asked, letter) == []
    assert omitted(asked, "He consented to an update about his sleep.") == [asked]
    # a draft in another language than the notes' carries their facts by what it names and by their numbers
    english = "referral: gave mom info for Spanish-speaking therapy at community clinic - sliding scale\nPHQ-A 12"
    spanish = "Le compartí información sobre terapia en español en una clínica comunitaria (derivación). PHQ-A: 12."
    assert omitted(english, spanish) == []
    assert omitted(english, "Le compartí información sobre terapia en español en una clínica comunitaria (derivación).") == [
        english.splitlines()[1]]
    # a greeting of the letter's language; a salutation that is the addressee alone
    assert omitted("letter to school - Year 11 dean", "Kia ora,\n\nI am writing to the Year 11 Dean.") == []
    assert omitted(bullets, "Dr. Okafor,\n\nMr Okafor is engaging well and his sleep is improving.") == []
    assert omitted(bullets, "Mr Okafor:\nPresenting concern: sleep improving, engaging well.") == [bullets]  # a label
    # a greeting of Portuguese, Italian or Dutch; a salutation to whom it is for, without "Dear"
    assert omitted("carta p/ psiquiatra (Dr. Ribeiro) - encaminhamento", "Prezado Dr. Ribeiro,\n\nEncaminho o meu paciente.") == []
    assert omitted("letter to his immigration lawyer pls", "To the client's legal counsel,\n\nI am writing in support of him.") == []


def test_an_omission_finding_points_at_the_clinicians_words():
    bullets = "Good session.\n- PHQ-9 14; GAD-7 9\n* started sertraline 50mg"
    findings = [f for f in check(bullets=bullets, note="Good session. GAD-7 was 9.") if f.kind == "omission"]
    assert [(f.source, bullets[f.start:f.end]) for f in findings] == [
        ("bullets", "PHQ-9 14; GAD-7 9"), ("bullets", "started sertraline 50mg")]
    assert "measure's score" in findings[0].message and "medication" in findings[1].message


def test_the_review_list_has_a_section_for_what_the_draft_leaves_out():
    found = check(bullets="- denies SI\n- hw: thought record", note="Presentation fits GAD. Talked about work.")
    text = review_list(found)
    assert "3 items to check" in text
    assert f"\n\n{OMISSION_HEADING}:\n\n- \u201cdenies SI\u201d - " in text and "\u201chw: thought record\u201d" in text
    assert text.index("\u201cGAD\u201d") < text.index(OMISSION_HEADING)


def test_check_note_json_reports_an_omission_from_the_bullets(tmp_path):
    bullets, note = tmp_path / "b.txt", tmp_path / "n.txt"
    bullets.write_text("Talked about work.\n- PHQ-9 14", encoding="utf-8")
    note.write_text("Talked about work.", encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_note.py"), "--bullets", str(bullets), "--note", str(note), "--json"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    [finding] = json.loads(result.stdout)["findings"]
    assert finding == {"kind": "omission", "text": "PHQ-9 14", "start": 21, "end": 29, "source": "bullets", "message": finding["message"]}


def test_a_streamed_draft_gets_its_omissions_once_it_is_finished():
    bullets, note = "- denies SI\n- PHQ-9 14", "Client denied suicidal ideation. Talked about work."
    state: dict = {}
    assert check_streamed(state, note[:20], bullets, False) is None
    assert check_streamed(state, note[20:], bullets, True) == check(bullets=bullets, note=note)


# ------------------------------------------------------------------ the data file


def test_the_must_carry_terms_load_and_no_word_belongs_to_two_groups():
    terms = load_must_carry()
    for section, groups in terms.model_dump().items():
        owners: dict[str, set[str]] = {}
        for group, words in groups.items() if isinstance(groups, dict) else ():
            for word in words:
                owners.setdefault(_phrase(word), set()).add(group)
        assert {word: g for word, g in owners.items() if len(g) > 1} == {}, section
    assert yaml.safe_load(MUST_CARRY.read_text(encoding="utf-8"))  # the file the generator reads


def test_no_english_word_ends_as_a_drugs_stem():
    """A stem counts at the end of a word three letters longer than it: no word of SCOWL's English list is one."""
    stems = load_must_carry().medication_stems
    drugs_by_their_stem = {w for w in english_words() if any(w.lower().endswith(s) and len(w) >= len(s) + 3 for s in stems)}
    assert drugs_by_their_stem <= {"penicillin"}, sorted(drugs_by_their_stem)


@pytest.mark.parametrize("group, names", sorted(load_must_carry().medications.items()))
def test_every_medication_name_is_found_and_carried_by_its_other_names(group, names):
    for name in names:
        assert omitted(f"started {name}", PLAIN_DRAFT) == [f"started {name}"], name
        assert omitted(f"started {name}", f"Client started {names[-1]}.") == [], name


def test_the_unsupported_check_reads_its_medications_from_the_must_carry_terms():
    # One list of drugs: a medication the draft names is flagged unless the notes name it, in any of its names.
    for group, names in load_must_carry().medications.items():
        assert texts_of(check(bullets="saw GP this week", note=f"Her GP started {names[0]}."), "unsupported") == [names[0]], group
        assert check(bullets=f"GP started {names[0]}", note=f"Her GP started {names[-1]}.") == [], group


def texts_of(findings, kind):
    """Each finding's text; for an unsupported claim, the specifics it names."""
    if kind == "unsupported":
        return unsupported_specifics(findings)
    return [f.text for f in findings if f.kind == kind]


# Measures, referrals, homework and reports the vocabulary does not name are known by their form.
DROPPED_BY_FORM = [
    ("MADRS 22 (done by psych nurse)", "Mood remains low."),
    ("Biphentin increased 20->30mg by paed 3 wks ago", "Mornings are better and his appetite is down at lunch."),
    ("Foquest 25 mg started last month", "Mornings are calmer."),
    ("IES-R: 52", "Trauma symptoms remain high."),
    ("CPSS-5 = 22 (down from 38)", "Symptoms have eased."),
    ("referred to perinatal mental health team", "She is coping better with the baby."),
    ("hw: exposure - touch door handles at work, no sanitiser till lunch", "In-session exposure to the bin lid. Plan: continue ERP."),
    ("IPV screen done separately: both deny any physical violence", "The couple discussed their arguments about money."),
    ("DSL informed per school policy", "The client described her week at school."),
    ("trimitere la psihiatru pt evaluare - mama a acceptat", "Her mood was lower this week."),
    ("HA: Expositionsaufnahme täglich anhören + Aktivitätenplan", "Er berichtet von weniger Albträumen."),
]


@pytest.mark.parametrize("fact, draft", DROPPED_BY_FORM)
def test_a_must_carry_fact_known_by_its_form_is_found_when_dropped(fact, draft):
    assert omitted(f"- {fact}\n- talked about the week", draft) == [fact]


CARRIED_BY_FORM = [
    ("Y-BOCS 24 (was 31)", "She completed the Yale-Brown Obsessive Compulsive Scale. She scored 24, down from 31."),
    ("AUDIT 18", "He completed the Alcohol Use Disorders Identification Test and scored 18."),
    ("hw: cont sleep diary", "Homework: she will continue her sleep diary and log her dreams."),
    ("- Überweisung an Schlafambulanz besprochen", "A referral to the sleep clinic was discussed."),
    ("MADRS 22 (done by psych nurse)", "Her MADRS score was 22."),
    ("IES-R: 52", "The IES-R total was 52."),
    ("CPSS-5 = 22 (down from 38)", "The child PTSD symptom scale score fell to 22."),
    ("referred to perinatal mental health team", "She was referred to the perinatal mental health team."),
    ("hw: exposure - touch door handles at work, no sanitiser till lunch", "For homework she will do exposure at work."),
    ("IPV screen done separately: both deny any physical violence", "Each partner, seen alone, denied any domestic violence."),
    ("clonazepam 0.5mg bd, GP tapering to 0.25mg", "Clonazepam 500 mcg twice daily, which her GP is tapering to 250 mcg."),
    ("YBOCS 27", "His Y-BOCS total today was twenty-seven."),
    ("Biphentin increased 20->30mg by paed 3 wks ago", "His pediatrician increased his Biphentin from 20 to 30 mg three weeks ago."),
    ("Foquest 25 mg started last month", "Foquest 25 milligrams was started last month."),
    # another language's verb forms, a second person's suicide wording, another name for a service
    ("contact avec médecin du travail: il appelle lui-même", "Il contactera lui-même le médecin du travail."),
    ("when to get help: if thinking of ending life -> tell the facilitator", "Get help if you are thinking of ending your life: tell the facilitator."),
    ("Suizidalität exploriert: verneint, keine SVV", "Suicidality was explored and denied. No self-harming behaviour."),
    ("referred to case mgmt per SOP", "She was referred to case management per SOP."),
    ("declined SSRI after talking w/ OB + perinatal psychiatry consult", "She declined an SSRI after a perinatal psychiatry consultation."),
    # an acronym spelt out in lower case, the words that join it counted or not, a hyphen's parts as words
    ("TIR 48% last 14 days", "Time in range over the last 14 days was 48%."),
    ("CKD 5 on dialysis", "He has stage 5 chronic kidney disease."),
    ("PEM 24-48h after exertion", "Post-exertional malaise lasts 24 to 48 hours."),
    ("trimitere la psihiatru pt evaluare - mama a acceptat", "She was referred to a psychiatrist for evaluation; her mother agreed."),
    # a word contracted ("dept"), "psych" as either a psychiatrist or a psychologist, an acronym spelt out in capitals
    ("referred to MOD Rehabilitation Dept - he signed consent, I sent forms", "Referred to the Ministry of Defence Rehabilitation Department."),
    # homework by its label in another language, before its colon
    ("HA: Expositionsaufnahme täglich anhören + Aktivitätenplan", "Homework: listen to the exposure recording daily and keep the activity plan."),
    ("宿題:活動記録表", "宿題として活動記録表の記入に取り組んでいます。"),
    # a time the screen was done is no score of it
    ("C-SSRS @1300: SI w/o intent, no plan", "C-SSRS completed at 1:00 p.m.: suicidal ideation without intent and with no plan."),
    ("referral to DSNS psych support unit - pt agreed, I sent it", "I sent a referral to the DSNS psychological support unit."),
    ("re: Ben T., 23, referred under MHTP 12/08/26", "Thank you for referring Ben under a Mental Health Treatment Plan on 12 August 2026."),
]


@pytest.mark.parametrize("fact, draft", CARRIED_BY_FORM)
def test_a_must_carry_fact_known_by_its_form_is_carried_in_other_words(fact, draft):
    assert omitted(f"- {fact}", draft) == []


NOT_FACTS = [
    "IFS 52F, parts work with the Critic",
    "mum not told yet per CPS guidance",  # a service named, no report made
    "cl brought letter from school: 'absent 12 days'",  # a letter received, the client's words quoted
    "CA: 1 box before next session",  # two letters and a count, not a measure
    "parent consult re: bedtime routine",  # a session with a parent, not a coordination step
    "early DV in her 20s",  # a history, not a screen and its result
    "GP 2 wks ago said bloods fine",  # an acronym another fact names, and a time
    "Programme: 6 wk residential, CBT/12-step informed",  # an approach, no one informed
    "trauma-informed approach throughout",
    "dx PTSD per huisarts referral, confirmed at intake",  # where the diagnosis came from, no step taken
    "Presenting issue (from referral): survivor of an armed robbery",
    "Dx: F51.0 nichtorganische Insomnie (HA-Überweisung)",
    "Dnipro veterans hub, psych consult #3",  # a session's number
    "Authorisation ref: to be quoted on invoice.",  # a reference number's label
    "temas: relação com pai autoritário, transferência",  # themes, in Portuguese
    "Sie sagte ha, das sei nichts für sie",  # a "ha" that labels nothing
    "Measures: PHQ-9 ____  GAD-7 ____",  # a template's blanks: no score, and GAD-7's 7 is none of the PHQ-9's
]


@pytest.mark.parametrize("item", NOT_FACTS)
def test_what_only_looks_like_a_must_carry_fact_is_not_one(item):
    assert omitted(f"- {item}", PLAIN_DRAFT) == []


def test_an_omission_quotes_the_clinicians_whole_item_though_an_initial_ends_a_sentence_in_it():
    item = ("member R.T. disclosed pills saved 'just in case' - C-SSRS: active SI w/ method; safety plan done, "
            "on-call psych consulted, R.T. agreed to go to ED w/ sister")
    assert omitted(f"- group: anger, 7 members\n- {item}", "The group discussed anger cues.") == [item]


def test_each_sentence_of_an_item_has_its_own_risk_result():
    bullets = "passive SI this wk, no plan/intent. safety plan updated. risk low per my assessment."
    note = "Passive SI this week with no plan or intent. Safety plan updated. Risk low per my assessment."
    assert omitted(bullets, note) == []


def test_a_homework_label_in_brackets_names_what_comes_before_it():
    bullets = "P: 3 NA mtgs this wk (hw), f/u tues"
    assert omitted(bullets, "Homework: attend three NA meetings this week. Follow-up on Tuesday.") == []
    assert omitted(bullets, "Follow-up on Tuesday.") == [bullets]


def test_a_result_just_after_a_topic_is_that_topics_not_the_next_ones():
    bullets = "SI screen neg, NSSI last 6 wks ago"
    assert omitted(bullets, "Suicide screen negative. She talked about school.") == [bullets]
    assert omitted(bullets, "Suicide screen negative; last self-harm six weeks ago.") == []


def test_a_word_cut_short_with_a_full_stop_ends_no_homework_item():
    bullets = 'hw: cont. anger log, practice assertive "I" statements'
    assert omitted(bullets, "Plan: continue.") == [bullets]
    assert omitted(bullets, 'Homework: continue the anger log and practice assertive "I" statements.') == []


def test_a_no_after_a_comma_is_the_next_topics_result():
    bullets = "Denies SI, no HI."
    assert omitted(bullets, "She reported HI toward her brother. Sleep was poor this week. She denied SI.") == [bullets]


@pytest.mark.parametrize("bullets, note", [
    ("PHQ-9 14 F/u 2 wks", "Her PHQ-9 score was 14. Follow-up in two weeks."),  # "F/u" is no sex after an age
    ("hw: walk daily for 30 min. Discussed job stress with boss.", "For homework she will walk daily for 30 minutes."),
])
def test_a_score_before_follow_up_and_homework_before_a_new_sentence_are_read_as_written(bullets, note):
    assert omitted(bullets, note) == []


def test_a_professionals_step_is_still_coordination():
    assert omitted("Therapist referred client to IOP.", PLAIN_DRAFT) == ["Therapist referred client to IOP."]


def test_a_subscale_known_by_its_letters_is_carried_under_its_measure():
    bullets = "DPICS 5min: LP 6 / BD 8 / RF 4 / QCN 11"
    listed = "Five-minute DPICS coding of mother:\n- Labeled praises: 6\n- Behavior descriptions: 8\n- Reflections: 4\n- Questions, commands and criticisms: 11"
    assert omitted(bullets, listed) == []
    assert omitted(bullets, "Five-minute DPICS coding of mother:\n- Labeled praises: 6\n- Reflections: 4") == [bullets]


def test_a_forms_labels_in_capitals_are_no_measure():
    assert omitted("AGE: 14   SEX: F\nREVIEW TYPE: 14-day treatment plan review", "Treatment plan review.") == []


def test_ed_in_eating_disorder_work_is_the_disorder_not_the_emergency_department():
    assert omitted("FBT phase 1 s5 - 13M, dx AN-R per ED team", "Family-based treatment, session five.") == []
    assert omitted("panic attack sat, went to ED", "She had a panic attack on Saturday.") == ["panic attack sat, went to ED"]


def test_a_referrals_setting_before_a_comma_is_not_who_it_is_to():
    bullets = "elem school counselor check-in, 4th gr F, 10yo, grief group referral"
    assert omitted(bullets, "She is a fourth grader who was referred to the grief group.") == []
    assert omitted(bullets, "She is a fourth grader seen by the school counselor.") == [bullets]


def test_a_memo_addressed_on_its_first_line_is_the_letter():
    bullets = "letter to school re: 504 - 15F, panic attacks in class"
    assert omitted(bullets, "To: School 504 Coordinator\nRe: Section 504\n\nShe has panic attacks in class.") == []


def test_a_telephone_number_given_is_a_resource_the_draft_carries_by_its_number():
    bullets = "gave GBV Command Centre 0800 428 428"
    assert omitted(bullets, "She was given the number of the GBV Command Centre (0800 428 428).") == []
    assert omitted(bullets, "She declined shelter for now.") == [bullets]
    assert omitted("ETOH 1-2 glasses wine wkends, no drugs", "She drinks one to two glasses of wine on weekends.") == []


def test_a_level_beside_the_word_risk_is_the_screens_and_a_run_on_list_is_one_clause_per_item():
    bullets = "no thoughts of harm to self/others, risk low"
    assert omitted(bullets, "She reported no thoughts of harming herself or others.\n\nText.\n\nRisk assessed as low.") == []
    recs = "Recs: 1) breathing 3x/day  2) team to consider limiting lorazepam - discussed w/ NP Jones  3) cardiac rehab referral at d/c"
    listed = "1. Breathing three times a day.\n2. Team to consider limiting lorazepam; discussed with NP Jones.\n3. Cardiac rehabilitation referral at discharge."
    assert omitted(recs, listed) == []


def test_the_consultation_this_session_is_and_an_open_offer_are_no_step_taken():
    assert omitted("IBH consult, peds primary care. pt 16", "Integrated behavioral health consult note.") == []
    assert omitted("Reason for consult: anxious per CT surgery NP", "Seen for anxiety.") == []
    assert omitted("d/c from service, re-refer anytime", "Discharged from the service.") == []
    assert omitted("consult w/ PCP re labs", "Seen for anxiety.") == ["consult w/ PCP re labs"]


def test_letters_and_a_number_that_are_no_measure():
    assert omitted("73M, chronic LBP 15+ yrs, not for surgery", "He has had low back pain for over fifteen years.") == []
    assert omitted("R BKA 4/2024, prosthesis fitting ongoing", "Right below-knee amputation in April 2024.") == []


def test_a_referral_the_client_came_with_carries_no_step_of_the_clinicians():
    bullets = "referred by GP under MHTP\nCOORDINATION: Phoned GP surgery to request MHTP review"
    assert omitted(bullets, "She was referred by her GP under a Mental Health Treatment Plan.") == [bullets.splitlines()[1]]
    assert omitted(bullets, "She was referred by her GP. I phoned the GP surgery to request a review.") == []
    assert omitted("pac. 58a, derivado x MAP", "Referred by his primary care doctor.") == []


def test_a_police_services_officer_is_no_child_protection_report():
    bullets = "PACT call w/ CPS officer - tenant threatening to jump from balcony"
    assert omitted(bullets, "Police and Crisis Team response with a police officer; she threatened to jump from her balcony.") == []


def test_who_referred_the_client_and_a_discharge_home_are_no_step_of_the_clinicians():
    assert omitted("court referred, anger group wk 2", "Anger management group, week two.") == []
    assert omitted("referral source: GP, seen for low mood", "Seen for low mood.") == []
    assert omitted("seen after ED attendance, referred via psych liaison, d/c'd and sent home", "Seen after an ED attendance.") == []
    bullets = "sent home with meds, referred to OT for hand splint"
    assert omitted(bullets, "Seen after discharge.") == [bullets]


def test_a_referral_is_who_it_is_to_up_to_a_dash_and_a_pronoun_is_none_of_its_words():
    bullets = "referred to PT for knee - gave her 3 clinic names"
    assert omitted(bullets, "She was referred to physiotherapy for her knee and given three clinic names.") == []
    assert omitted(bullets, "She was given three clinic names.") == [bullets]


def test_homework_under_a_heading_is_carried_by_its_list_items_together():
    bullets = "hw: wake 06:30 daily, keep sleep diary, no naps"
    note = "**Homework**\n- Wake at 6:30 a.m. every day.\n- Keep the sleep diary.\n- No naps."
    assert omitted(bullets, note) == []
    assert omitted(bullets, "**Homework**\nNone set.\n\n**Plan**\n- Review in two weeks.") == [bullets]


def test_ed_in_sexual_health_or_eating_disorder_notes_is_the_disorder_not_an_emergency_visit():
    assert omitted("ED ~18 mo, tadalafil 5mg daily per GP", "Erectile difficulties for about 18 months; tadalafil 5 mg daily from his GP.") == []
    assert omitted("ED visit sat after OD, medically cleared", "Seen after an overdose on Saturday; medically cleared.") != []


def test_a_measures_number_is_its_own_not_the_next_measures():
    assert omitted("no SUD hx (AUDIT-C 2)", "No substance use history; AUDIT-C score of 2.") == []
    assert omitted("PHQ-9/GAD-7: 14/9", "PHQ-9 was 14 and GAD-7 was 9.") == []


def test_a_numbered_list_under_a_heading_carries_its_items_together():
    bullets = "hw: listen to recording daily, keep grief diary, call daughter re memory project"
    note = "**Homework**\n1. Listen to the recording daily.\n2. Continue the grief diary.\n3. Call his daughter about the memory project."
    assert omitted(bullets, note) == []


def test_a_vital_sign_the_notes_give_a_reading_is_not_the_referral_target_it_spells():
    """ "HR 104" in the notes: "informed psychiatrist re HR" is about the heart rate, not human resources."""
    bullets = "HR 104 resting\ninformed psychiatrist re HR - ECG booked thurs"
    note = "Her resting heart rate was 104. The psychiatrist was informed about the heart rate, and an ECG is booked for Thursday."
    assert [f for f in check(bullets=bullets, note=note) if f.kind == "omission"] == []
    hr = "spoke with HR re phased return to work"
    assert [f for f in check(bullets=hr, note="Return to work was discussed.") if f.kind == "omission"]


@pytest.mark.parametrize("bullets", ["meds no change hw thought record daily", "sertraline 50mg, no change, hw: thought record daily"])
def test_a_no_that_denies_another_word_does_not_undo_the_homework_after_it(bullets):
    [omission] = [f for f in check(bullets=bullets, note="Sertraline 50 mg continues unchanged.") if f.kind == "omission"]
    assert "thought record" in omission.text


@pytest.mark.parametrize("bullets, kept", [
    ("SCARED child 38 / parent 33 (intake 45/40)\nhw: brave ladder step 2", "Homework: brave ladder step 2."),
    ("SDQ teacher: 18\nhw: reward chart", "Homework: reward chart."),
])
def test_a_score_with_who_answered_the_measure_is_a_measures_score(bullets, kept):
    [omission] = [f for f in check(bullets=bullets, note=kept) if f.kind == "omission"]
    assert omission.message.startswith("Your notes record a measure's score")


def test_a_call_to_the_probation_officer_is_a_coordination_step():
    bullets = "called probation officer to report the positive screen\nhw: relapse plan"
    [omission] = [f for f in check(bullets=bullets, note="Homework: relapse plan.") if f.kind == "omission"]
    assert "probation officer" in omission.text



def test_an_unticked_option_of_a_pasted_form_is_not_the_clinicians_fact():
    bullets = "Substances: [ ] Opioids [x] Alcohol [ ] Stimulants\nMeds: [x] changed - sertraline 50 -> 100mg\nSI [ ] yes [x] no"
    note = "Alcohol is her primary substance. Sertraline was increased from 50 mg to 100 mg. She denied suicidal ideation."
    assert omitted(bullets, note) == []
    dropped = "Alcohol is her primary substance. She denied suicidal ideation."
    assert [text for text in omitted(bullets, dropped) if "sertraline" in text]


def test_a_child_safety_plan_is_no_report_to_child_protection():
    bullets = "child protection report made today, mum informed\nsafety plan for the kids reviewed"
    note = "**Child Safety Planning**\nThe safety plan for the children was reviewed with her."
    assert [text for text in omitted(bullets, note) if "child protection report" in text]



def test_someone_who_referred_the_client_here_is_no_step_of_the_clinicians():
    assert omitted("EAP 2nd session, peer support referred her\nhw: grounding daily", "Homework: grounding each day.") == []
    assert omitted("referred her to the trauma clinic\nhw: grounding daily", "Homework: grounding each day.")


def test_an_items_number_is_no_score_of_its_measure():
    bullets = "C-SSRS screen: Q1 wish dead - yes past mth; Q2 active SI - no; Q6 behaviour - no"
    note = "Columbia screen: she endorsed a wish to be dead in the past month; she denied active suicidal ideation and suicidal behaviour."
    assert omitted(bullets, note) == []


def test_a_drugs_release_form_is_not_the_emergency_room():
    note = "Guanfacine extended-release was increased from 1 mg to 2 mg; quetiapine extended-release 50 mg is unchanged."
    assert omitted("meds: guanfacine ER 1mg -> 2mg, quetiapine XR 50mg unchanged", note) == []
    assert omitted("meds: guanfacine ER 1mg -> 2mg, quetiapine XR 50mg unchanged\nwent to ER sat after argument", note)


def test_which_day_an_activity_falls_on_says_when_not_what():
    bullets = "hw: homework club tues/thurs, rate worry 0-10 at lunch"
    assert omitted(bullets, "Homework: attend homework club on Tuesdays and Thursdays and rate his worry from 0 to 10 at lunch.") == []
    assert omitted("hw: chain analysis re fri urge to SH", "Her urges to self-harm on Friday were rated 3/5.")


def test_a_word_spelt_another_way_is_the_same_word():
    assert omitted("ref to our wed night roopu - cl keen", "Referral to our Wednesday night rōpū; the client is keen.") == []


@pytest.mark.parametrize("bullets", [
    "Polyclinic psych referral - 61F, T2DM 15 yrs, son accompanied\nhw: sleep diary",
    "CBT-I s3, 72F, widowed 2022, lives alone. GP ref for insomnia\nhw: sleep diary",
])
def test_a_referral_on_the_line_that_introduces_the_client_is_how_they_came(bullets):
    assert omitted(bullets, "Homework: keep a sleep diary.") == []


def test_a_referral_made_on_that_line_is_still_a_step():
    assert omitted("41M referred to CMHT today for psychiatric review\nhw: sleep diary", "Homework: keep a sleep diary.")


@pytest.mark.parametrize("bullets, note", [
    ("no SI for pt. wife no SI", "Neither reported suicidal ideation."),
    ("ideazione suicidaria negata, no autolesionismo", "Ideazione suicidaria negata. Nessun agito autolesivo."),
    ("filho nega ideação suicida, nega autolesão", "The son denies suicidal ideation and denies self-harm."),
    ("who to call: palliative 24h line, not 911", "Who to call: the palliative 24-hour line rather than 911."),
])
def test_a_denial_in_other_words_or_languages_carries_the_risk_result(bullets, note):
    assert omitted(bullets, note) == []


def test_neither_is_no_denial_of_the_spanish_abbreviation_for_suicidal_ideation():
    assert omitted("both normal, neither is wrong", "Both are normal.") == []


def test_portuguese_refere_reports_where_french_refers():
    assert omitted("esposa refere sono regular 22h-6h", "His sleep is regular, his wife says.") == []
    assert omitted("patiente référée au CLSC pour suivi", "La patiente a été vue.")


def test_hours_are_not_human_resources():
    bullets = "hw: call PCP re sertraline, 1 respite hr/wk"
    assert omitted(bullets, "Homework: call her PCP about sertraline and take one hour of respite per week.") == []


@pytest.mark.parametrize("bullets", ["CDI-2 SR T 71", "BASC-3 parent T-score 68", "CBCL total 70"])
def test_which_score_and_who_answered_stand_between_a_measure_and_its_score(bullets):
    assert omitted(f"low mood 2 mths\n{bullets}", "Low mood for two months.")


def test_a_report_in_french_is_a_mandated_report():
    bullets = "information préoccupante transmise à la CRIP ce jour\nmédecin du CMP informé"
    assert omitted(bullets, "Le médecin du CMP a été informé.")


RUN_ON_PARAGRAPH = (
    "Co-parenting session, joint, separated 8 months, two kids 6 and 4, shared care week on week off, main issue is the "
    "kids' transitions and different rules at each house, and her mum wants the kids at church on Sundays which falls in "
    "his weeks, no family violence, screened individually at intake and again today, we did a values exercise on what "
    "they both want the kids to remember about this time, agreed on a shared bedtime at both houses and a transition "
    "book that travels with the kids, homework both write one thing in the transition book at each handover, next "
    "session in three weeks, mediation referral if the church issue doesn't settle, gave them the provider info today"
)


def test_homework_in_a_paragraph_typed_as_one_sentence_is_its_own_clause():
    """What follows its comma (the next session, a referral) is not the homework's to carry."""
    def homework_left_out(note: str) -> bool:
        return any(f.kind == "omission" and "homework" in f.message for f in check(bullets=RUN_ON_PARAGRAPH, note=note))

    assert not homework_left_out("Homework: each parent writes one thing in the transition book at every handover.")
    assert homework_left_out("Next session in three weeks.")
