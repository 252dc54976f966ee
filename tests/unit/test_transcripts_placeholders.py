"""Transcripts and placeholders found by their structure, in any language and export format (issue 23, item 6)."""

from __future__ import annotations

import pytest

from clinical_guardrails import check, check_streamed, find_transcript

# --------------------------------------------------------------- transcripts

TRANSCRIPTS = {
    "WhatsApp (iPhone)": "[12/03/2026, 14:02:11] Dana: hi, are you free to talk?\n[12/03/2026, 14:02:40] Sam: yes, how are you doing?\n"
                         "[12/03/2026, 14:03:02] Dana: not great honestly, I had a bad night\n[12/03/2026, 14:03:30] Sam: I'm sorry. What happened?",
    "WhatsApp (Android)": "12/03/26, 14:02 - Sam: How did the week go?\n12/03/26, 14:03 - Dana: Rough. I stayed in bed most days.\n"
                          "12/03/26, 14:03 - Sam: What kept you there?\n12/03/26, 14:05 - Dana: I don't know, I just couldn't face it.",
    "chat export, AM/PM": "3/12/26, 2:02 PM - Alex: you there?\n3/12/26, 2:03 PM - Jordan: yeah sorry, I'm here\n"
                          "3/12/26, 2:03 PM - Alex: how are you feeling about tomorrow?\n3/12/26, 2:04 PM - Jordan: nervous. my hands won't stop",
    "Signal": "[12.03.26 14:02] Dana: are you free?\n[12.03.26 14:03] Counsellor: Yes. How are you?\n"
              "[12.03.26 14:04] Dana: bad day, I think I need to talk\n[12.03.26 14:04] Counsellor: Okay. I'm listening.",
    "iMessage": "[Mar 12, 2026 at 2:02 PM] Dana: are you there?\n[Mar 12, 2026 at 2:03 PM] Counsellor: I'm here. What's going on?\n"
                "[Mar 12, 2026 at 2:03 PM] Dana: I can't stop crying\n[Mar 12, 2026 at 2:04 PM] Counsellor: I'm glad you wrote. Are you safe?",
    "ISO timestamps": "2026-03-12 14:02:11 Therapist: What brings you in today?\n2026-03-12 14:02:30 Client: My sleep. I wake at four.\n"
                      "2026-03-12T14:02:51Z Therapist: What goes through your mind then?\n2026-03-12T14:03:20Z Client: Work, mostly.",
    "Teams (name and time over the words)": "[12/03/2026 14:02] Dana Smith\nhi, sorry, my camera isn't working\n[12/03/2026 14:02] Alex Rivera\n"
                                            "No problem. How are you today?\n[12/03/2026 14:03] Dana Smith\nhonestly pretty low",
    "Slack": "Dana Smith  2:02 PM\nhey, I'm in the waiting room\nAlex Rivera  2:03 PM\ngreat, I'll let you in. how's the week been?\n"
             "Dana Smith  2:04 PM\nnot good, I stopped going out again",
    "Rev": "Speaker 1 (00:05):\nSo what would you like to focus on today?\n\nSpeaker 2 (00:09):\nThe panic attacks. I had three.\n\n"
           "Speaker 1 (00:15):\nThree. Where were you when they happened?",
    "Google Meet": "Dana Smith\n00:00:05\nI don't really know where to start.\nAlex Rivera\n00:00:09\nWherever you like. What's on your mind?\n"
                   "Dana Smith\n00:00:15\nMy brother, I guess.",
    "Zoom chat": "14:02:11 From Dana to Everyone:\n\tsorry my mic is broken\n14:02:30 From Dr. Alvarez to Everyone:\n\tno problem, how are you?\n"
                 "14:03:01 From Dana to Everyone:\n\tnot good, I had urges last night",
    "WebVTT voices": "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Dr. Lee>How are you arriving today?\n\n2\n00:00:04.500 --> 00:00:08.000\n"
                     "<v Ana>Tired. I didn't sleep much.\n\n3\n00:00:08.500 --> 00:00:11.000\n<v Dr. Lee>What kept you awake?",
    "SRT": "1\n00:00:01,000 --> 00:00:04,000\nHow was the week?\n\n2\n00:00:04,500 --> 00:00:07,000\nBetter. I went back to work.\n\n"
           "3\n00:00:07,500 --> 00:00:10,000\nHow did that feel?",
    "interview": "Q: When did the nightmares start?\nA: About a month after the accident.\nQ: How often now?\nA: Most nights. I'm scared to sleep.",
    "Spanish roles": "Terapeuta: ¿Cómo ha ido la semana?\nPaciente: Regular. No he dormido bien.\nTerapeuta: ¿Qué te quita el sueño?\n"
                     "Paciente: Pienso en mi madre todo el rato.",
    "German roles": "Therapeutin: Wie ging es mit der Übung?\nKlientin: Ehrlich gesagt, ich habe sie nur einmal gemacht.\n"
                    "Therapeutin: Was hat Sie abgehalten?\nKlientin: Ich hatte keine Kraft dafür.",
    "French roles": "Thérapeute : Comment vous sentez-vous aujourd'hui ?\nPatiente : Fatiguée. Je dors mal depuis lundi.\n"
                    "Thérapeute : Qu'est-ce qui vous réveille ?\nPatiente : Mes pensées, toujours les mêmes.",
    "Portuguese roles": "Terapeuta: Como foi a semana?\nCliente: Difícil. Eu não consegui sair de casa.\nTerapeuta: O que te impediu?\n"
                        "Cliente: Medo, acho. Estou cansada.",
    "Italian roles": "Terapeuta: Come è andata questa settimana?\nPaziente: Male. Non riesco a dormire.\nTerapeuta: Cosa ti tiene sveglio?\n"
                     "Paziente: Penso sempre al lavoro, sono stanco.",
    "TH/CL": "TH: Where do you notice it?\nCL: My chest. It's tight.\nTH: Can you stay with that?\nCL: I'll try.",
    "P1/P2": "P1: You never listen to me.\nP2: That's not true, I asked you on Sunday.\nP1: And then you checked your phone.\nP2: Okay, I did.",
    "Dr. and Ms.": "Dr. Osei: What did you notice?\nMs. Ruiz: My heart racing. I wanted to leave.\nDr. Osei: And did you?\nMs. Ruiz: No, I stayed.",
    "bold speakers over the words": "**Therapist**\nWhat would you like to work on?\n\n**Client**\nMy temper. I snapped at my kids again.\n\n"
                                    "**Therapist**\nWhat happened just before?\n\n**Client**\nI was exhausted, I think.",
    "Spanish dialogue dashes": "—¿Cómo te has sentido esta semana?\n—Mal. No tengo ganas de nada.\n—¿Desde cuándo te pasa?\n"
                               "—Desde que me quedé sin trabajo.\n—¿Lo has hablado con alguien?\n—No, con nadie.",
    "French dialogue dashes": "– Comment ça va depuis la dernière fois ?\n– Pas très bien. Je n'arrive pas à dormir.\n"
                              "– Qu'est-ce qui vous empêche de dormir ?\n– Je repense à l'accident.",
    # questions and answers in the first person only ("on" asks, not "vous")
    "French dialogue dashes, one person": "— Alors, cette semaine ?\n— Difficile. J'ai encore tout vérifié deux fois.\n"
                                          "— Et l'exercice qu'on avait prévu ?\n— Je l'ai fait une fois.\n"
                                          "— L'angoisse était à combien ?\n— Au début 70, après peut-être 30.",
}


@pytest.mark.parametrize("text", TRANSCRIPTS.values(), ids=TRANSCRIPTS.keys())
def test_a_transcript_in_any_export_format_or_language(text):
    (finding,) = find_transcript(text)
    assert finding.kind == "transcript"
    assert text.rstrip().endswith(finding.text[-20:]), "the finding runs to the last turn"


def test_a_chat_export_is_one_finding_from_its_first_message_to_its_last():
    text = "notes from the chat we had:\n" + TRANSCRIPTS["WhatsApp (iPhone)"] + "\n\nplan: review sleep"
    (finding,) = find_transcript(text)
    assert finding.text.startswith("[12/03/2026, 14:02:11] Dana:") and finding.text.endswith("What happened?")


def test_a_webvtt_export_starts_at_its_first_cue_even_with_voices():
    text = "WEBVTT\n\n" + "\n\n".join(
        f"{i}\n00:00:0{i}.000 --> 00:00:0{i}.900\n<v {who}>{said}"
        for i, (who, said) in enumerate([("Th", "What did you notice?"), ("Cl", "My hands. I was shaking."), ("Th", "And then?")], 1))
    (finding,) = find_transcript(text)
    assert finding.text.startswith("1\n00:00:01.000 --> 00:00:01.900") and finding.text.endswith("<v Th>And then?")


NOT_TRANSCRIPTS = {
    "fields named once": "Mood: low\nAffect: flat\nSleep: 5 hrs\nPlan: review next week",
    "SOAP labels": "S: reports low mood, poor sleep\nO: tearful, slowed\nA: mood low, engaged\nP: continue BA, review PHQ-9",
    "shorthand under role labels": "Client: reported low mood\nTherapist: validated, explored triggers\nClient: calmer by end\nTherapist: set hw",
    "Spanish shorthand": "Paciente: refiere ánimo bajo\nTerapeuta: validación, psicoeducación\nPaciente: más tranquila al final\nTarea: registro",
    "one quoted phrase": 'Client said "I can\'t do this anymore" when talking about work. Explored. Safety screen negative.',
    "a log of times": "10:05 cl arrived, SUDS 40\n10:15 began exposure - door handles\n10:35 SUDS peak 85\n10:55 SUDS 30, ended exposure",
    "times over what was done": "10:05\ncl arrived, anxious\n10:15\nbegan exposure\n10:35\nSUDS peak 85\n10:55\nended exposure",
    "a contact log with dates": "12/03/2026 14:00 Phone: client called re appt\n13/03/2026 10:00 Email: sent worksheet\n"
                                "14/03/2026 09:00 Phone: left voicemail\n15/03/2026 11:00 Email: client confirmed",
    "an appointment list": "Mon 12/03 14:00 - Session 1: intake\nMon 19/03 14:00 - Session 2: formulation\nMon 26/03 14:00 - Session 3: exposure",
    "headings over shorthand": "Client\n- tearful\n- low mood\nTherapist\n- validated\nClient\n- calmer by the end\nTherapist\n- set homework",
    "dash bullets": "– tearful when discussing mum\n– PHQ-9 14 (was 17)\n– sleep still poor?\n– hw: sleep diary\n– review meds w/ GP?",
    "dash bullets that ask and note": "— mood? low\n— sleep? I'd say 5h\n— appetite? ok\n— SI? denied\n— hw done? partly",
    "questions for next time": "Next time:\n– did you do the diary?\n– I'll check her sleep\n– how is your sleep?\n– review meds",
    "hyphen bullets in the first person": "- did you try the breathing?\n- I need to ask about work\n- what helped you?\n- we agreed to review",
    "intervention and response": "Intervention: psychoed on panic cycle\nResponse: 'so it's adrenaline, not a heart attack?'\n"
                                 "Intervention: interoceptive exposure\nResponse: SUDS 60, dizzy, stayed with it",
}


@pytest.mark.parametrize("text", NOT_TRANSCRIPTS.values(), ids=NOT_TRANSCRIPTS.keys())
def test_fields_shorthand_quotes_and_logs_are_not_transcripts(text):
    assert find_transcript(text) == []


def test_a_draft_of_a_transcript_is_reviewed_for_its_own_slots_only():
    """The transcript is refused; what a draft of it says or leaves out is not checked against it."""
    transcript = TRANSCRIPTS["TH/CL"]
    draft = 'Client reported chest tightness, "I\'ll try," and denied suicidal ideation. Next session: [DATE].'
    kinds = sorted(f.kind for f in check(bullets=transcript, note=draft))
    assert kinds == ["placeholder", "transcript"]
    state: dict = {}
    check_streamed(state, draft, transcript, False)
    assert [f.kind for f in check_streamed(state, "", transcript, True)] == ["placeholder"]


# -------------------------------------------------------------- placeholders

BULLETS = "anxiety, sleep poor, breathing practice, hw: diary"


def slots(note: str, bullets: str = BULLETS) -> list[str]:
    return [f.text for f in check(bullets=bullets, note=note) if f.kind == "placeholder"]


@pytest.mark.parametrize("note, slot", [
    ("Seen on {{ session_date }} for follow-up.", "{{ session_date }}"),
    ("Seen on {date} for follow-up.", "{date}"),
    ("Seen on ${SESSION_DATE} for follow-up.", "${SESSION_DATE}"),
    ("Seen with $CLIENT_NAME today.", "$CLIENT_NAME"),
    ("Seen with $client_name today.", "$client_name"),
    ("Group led by %FACILITATOR% this week.", "%FACILITATOR%"),
    ("Dear %(name)s, thank you for coming.", "%(name)s"),
    ("Dear {0}, thank you for coming.", "{0}"),
    ("Seen with <%= client.name %> today.", "<%= client.name %>"),
    ("Review on [[next_date]].", "[[next_date]]"),
    ("Review on <<NEXT_DATE>>.", "<<NEXT_DATE>>"),
    ("Séance avec «NomPatient» ce jour.", "«NomPatient»"),
    ("Séance avec «nom» ce jour.", "«nom»"),
    ("The child, __CHILD__, attended.", "__CHILD__"),
    ("Reviewed with :client_name: today.", ":client_name:"),
    ("She saw (name) at school.", "(name)"),
    ("Born MM/DD/YYYY, seen today.", "MM/DD/YYYY"),
    ("I saw him on March 4 and March 11, 20XX.", "20XX"),
    ("Call the counseling center on (XXX) XXX-XXXX if needed.", "(XXX) XXX-XXXX"),
    ("Geboren am TT.MM.JJJJ.", "TT.MM.JJJJ"),
    ("Né le JJ/MM/AAAA.", "JJ/MM/AAAA"),
    ("Revisado el DD.MM.YYYY.", "DD.MM.YYYY"),
    ("Next appointment at HH:MM on DD/MM/YYYY.", "HH:MM on DD/MM/YYYY"),
    ("We will review this in Week X.", "Week X"),
    ("Session # __ of the programme.", "Session # __"),
    ("This was Session #, the second of twelve.", "Session #"),
    ("A XX-year-old man attended.", "XX-year-old"),
    ("The venue is TBA.", "TBA"),
    ("Signed <Therapist signature> today.", "<Therapist signature>"),
    ("[Client Name] attended today.", "[Client Name]"),
    ("Seen with {partner_a} and {partner_b} today.", "{partner_a} and {partner_b}"),
    ('She said "[insert quote]" about work.', "[insert quote]"),
])
def test_a_template_slot_in_any_syntax_is_found_whole(note, slot):
    assert slots(note) == [slot]


@pytest.mark.parametrize("note, found", [
    ("DOB: XX/XX/XXXX\nReferral: GP", "DOB: XX/XX/XXXX"),
    ("Next session: ___/___/____ at __:__", "Next session: ___/___/____ at __:__"),
    ("Nombre: [NOMBRE DEL PACIENTE]\nMotivo: ansiedad", "Nombre: [NOMBRE DEL PACIENTE]"),
    ("Good week overall. Homework: [insert worksheet]", "Homework: [insert worksheet]"),
    ("Klient: {{klient_name}}", "Klient: {{klient_name}}"),
    ("Paciente: mujer de 31 años\nN.º de afiliada: XXXXXXXX\n", "N.º de afiliada: XXXXXXXX"),
])
def test_a_slot_that_is_a_fields_whole_value_is_shown_with_its_label(note, found):
    assert slots(note) == [found]


@pytest.mark.parametrize("note", [
    'She wrote that she "hate [sic] the meetings".',
    'She said, "I\'m fine [laughs] really."',
    'She said, "My mum [her stepmother] never called."',
    "Psychoeducation drew on the stepped-care model [1].",
    "Psychoeducation drew on the stepped-care model [Smith, 2020].",
    "Fees of $50 per session were agreed; she owes $120.",
    'She said "I typed ${HOME} and it broke" about her coding course.',
    "She said her password was '{admin}' and laughed.",
    "See the [worksheet](https://example.org/ws) for details.",
    "Sleep hygiene was reviewed (see above).",
    "She bought an XXL hoodie to hide her body.",
    "Mood improved by 30% and anxiety by 20%.",
    "Crisis line # given for the anniversary week.",
    "Elle se dit «vide» depuis des semaines.",
    "__Plan__: continue weekly sessions.",
    "Time: 14:00-14:50.",
    "Email <dana@example.org> for the letter.",
    "Mood: low<br>Sleep: poor",
    "Checklist:\n- [x] safety plan reviewed",
    "Outcome measures: N/A this session.",
])
def test_real_brackets_money_links_and_quoted_code_are_not_slots(note):
    assert slots(note) == []


@pytest.mark.parametrize("bullets", ["next appt TBD", "next appt to be confirmed w/ reception", "date tbc"])
def test_the_clinicians_own_undecided_date_is_not_a_slot(bullets):
    assert slots("Plan: continue. Next session: TBD.", bullets) == []


def test_a_forms_fields_left_empty_are_one_finding():
    note = "Client Name:\nDate of Session:\nTherapist:\n\nS: reports poor sleep.\nP: breathing practice."
    assert slots(note) == ["Client Name:\nDate of Session:\nTherapist:"]
    assert slots("S: reports poor sleep.\nP: breathing practice.\n\nClinician signature:") == ["Clinician signature:"]


@pytest.mark.parametrize("note", [
    "Assessment:\nMood low but improving.\n\nPlan:\nContinue weekly sessions.",
    "Progress note\nSubjective:\nClient reports poor sleep.\nObjective:\nTired.",
    "**Subjective:**\nClient reports poor sleep.",
    "Plan:\n- continue breathing practice\n- sleep diary",
])
def test_headings_over_their_text_are_not_empty_fields(note):
    assert slots(note) == []


@pytest.mark.parametrize("chunk", [1, 3, 17])
def test_a_streamed_draft_finds_the_same_slots(chunk):
    note = ("Client Name:\nSession Date:\n\nDOB: DD.MM.YYYY. Seen with {partner_a} and {partner_b} in Week X.\n"
            "Good week. Homework: [insert worksheet]\nNext session: ___/___/____ at __:__\n\nSignature:")
    state = {}
    for at in range(0, len(note), chunk):
        check_streamed(state, note[at:at + chunk], BULLETS, False)
    streamed = check_streamed(state, "", BULLETS, True)
    assert streamed == [f for f in check(bullets=BULLETS, note=note) if f.source == "note" or f.kind == "omission"]
    assert [f.text for f in streamed if f.kind == "placeholder"] == [
        "Client Name:\nSession Date:", "DOB: DD.MM.YYYY", "{partner_a} and {partner_b}", "Week X", "Homework: [insert worksheet]",
        "Next session: ___/___/____ at __:__", "Signature:"]
