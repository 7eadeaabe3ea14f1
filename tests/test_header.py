"""Who speaks for whom, where and when: metadata read from title blocks written for the
tests in the layouts statements come in (capitals, "Delivered by", a line per item)."""

from __future__ import annotations

import pytest

from graph import pipeline
from graph.extractors import header as hdr
from graph.model import Document


def metadata(text: str):
    return pipeline.extract(Document(id="t.txt", text=text)).metadata


def test_a_title_block_in_capitals_gives_state_date_event_and_speaker():
    m = metadata(
        "STATEMENT BY THE DELEGATION OF THE REPUBLIC OF KENYA\n"
        "DELIVERED BY H.E. AMBASSADOR GRACE WANJIRU ODHIAMBO-KARIUKI\n"
        "SIXTH SESSION OF THE AD HOC COMMITTEE\n"
        "NEW YORK, 22 AUGUST 2023\n\n"
        "Mr. Chair,\n\nKenya supports capacity building for all.\n"
    )
    assert (m.state, m.date, m.event) == ("KEN", "2023-08-22", "ahc-6")
    assert m.speaker == "Grace Wanjiru Odhiambo-Kariuki"


def test_capitals_become_title_case_with_the_same_length_and_acronyms_kept():
    line = "STATEMENT OF THE EU AT THE UNODC MEETING\nMixed case line stays.\n"
    out = hdr.caps_to_title(line, frozenset({"EU", "UNODC"}))
    assert len(out) == len(line)
    assert out.splitlines()[0] == "Statement of the EU at the UNODC Meeting"
    assert out.splitlines()[1] == "Mixed case line stays."


def test_delivered_by_line_with_the_role_after_the_name():
    m = metadata(
        "Statement on the chapter on international cooperation\n"
        "Delivered by Mr. Tomás Ortega Ruiz, Director-General for Multilateral Affairs\n"
        "Vienna, 3 June 2022\n\nMr. Chair,\n\nSpain thanks the Secretariat.\n"
    )
    assert m.speaker == "Tomás Ortega Ruiz"
    assert m.role == "Director-General for Multilateral Affairs"
    assert m.place == "Vienna"


def test_delivered_by_line_with_the_role_before_the_name():
    m = metadata(
        "Delivered by the Deputy Permanent Representative of Chile, Ms. Ana María Soto\n"
        "1 March 2022\n\nMadam Chair,\n\nThank you.\n"
    )
    assert (m.speaker, m.role, m.state) == (
        "Ana María Soto",
        "Deputy Permanent Representative of Chile",
        "CHL",
    )


def test_the_first_title_line_naming_a_person_wins_over_one_naming_a_state():
    m = metadata(
        "Statement by Japan\nFourth Session of the Ad Hoc Committee\nVienna, 11 January 2023\n\n"
        "Remarks by Ambassador Kenji T. Watanabe, Director of the Cybercrime Division\n\n"
        "Thank you, Mr. Chair.\n\nJapan supports the convention.\n"
    )
    assert m.speaker == "Kenji T. Watanabe"
    assert m.role == "Director of the Cybercrime Division"
    assert m.state == "JPN"


def test_a_delegation_named_by_its_demonym_in_a_title():
    m = metadata(
        "Statement by the Brazilian Delegation at the Second Session\n"
        "of the Ad Hoc Committee, 30 May 2022\n\nMr. Chair,\n\nBrazil thanks you.\n"
    )
    assert m.state == "BRA"


@pytest.mark.parametrize(
    ("opening", "state"),
    [
        ("I have the honour to speak on behalf of the European Union and its Member States.", "EU"),
        ("Senegal aligns itself with the statement of the African Group.", "SEN"),
    ],
)
def test_the_party_named_in_the_opening_when_the_title_names_none(opening, state):
    m = metadata(f"Agenda item 3\n\nMadam Chair,\n\n{opening} We thank the Chair.\n")
    assert m.state == state


def test_a_group_speaking_through_a_state_is_not_that_groups_last_member():
    m = metadata(
        "Agenda item 3\n\nMadam Chair,\n\nI speak on behalf of the Group of 77 and China. "
        "We thank the Chair.\n"
    )
    assert m.state is None


def test_the_eu_speaking_is_also_the_state_like_party_among_entities():
    x = pipeline.extract(
        Document(
            id="t.txt",
            text="Madam Chair,\n\nI speak on behalf of the European Union. The European Union "
            "supports the convention.\n",
        )
    )
    assert x.metadata.state == "EU"
    assert ("State", "EU") in {(m.kind, m.id) for m in x.mentions}


def test_a_name_set_off_by_commas_in_the_title_with_the_role_after_it():
    m = metadata(
        "Statement by the Representative of Peru, Ms. Lucía Fernández Paz, First Secretary "
        "of the Permanent Mission, at the fifth session of the Ad Hoc Committee "
        "(Vienna, 12 April 2023)\n\nDistinguished Chair,\n\nPeru thanks you.\n"
    )
    assert (m.speaker, m.role, m.state) == (
        "Lucía Fernández Paz",
        "First Secretary of the Permanent Mission",
        "PER",
    )
    assert (m.event, m.date) == ("ahc-5", "2023-04-12")


def test_remarks_as_prepared_for_delivery():
    m = metadata(
        "Fourth Meeting of the Expert Group to Conduct a Comprehensive Study on Cybercrime\n"
        "Vienna, April 4, 2018\n\n"
        "Remarks as prepared for delivery by Mr. Paul J. Rivers, Legal Adviser\n\n"
        "Thank you, Madam Chair.\n\nCanada thanks the Secretariat.\n"
    )
    assert (m.speaker, m.role, m.event) == ("Paul J. Rivers", "Legal Adviser", "ieg-4")


def test_a_bare_chair_salutation_starts_the_speech():
    text = (
        "Italy\nNational statement\nVienna, 12 January 2023\n\nChair,\n\n"
        "Italy aligns itself with the European Union. We support capacity building.\n"
    )
    assert text[hdr.header_end(text) :].lstrip().startswith("Chair,\n\nItaly aligns")


def test_short_prose_paragraphs_are_speech_not_title():
    text = (
        "Statement of Peru\n\n"
        "Peru thanks the Chair for the draft text. We welcome the progress made so far on the "
        "chapter on cooperation.\n\nMore text follows here.\n"
    )
    assert hdr.header_end(text) == text.index("Peru thanks")


def test_a_state_named_by_one_word_in_capitals():
    m = metadata("URUGUAY\n\nSTATEMENT\n\nChair,\n\nWe thank you for the draft text.\n")
    assert m.state == "URY"


def test_stacked_honorifics_are_not_the_role():
    m = metadata(
        "Statement by H.E. Mr. Tomas Berg, Minister for Foreign Affairs of Sweden, at the "
        "general debate\n\nMr. President,\n\nSweden supports the United Nations.\n"
    )
    assert (m.speaker, m.role) == ("Tomas Berg", "Minister for Foreign Affairs of Sweden")


def test_a_rank_honorific_is_kept_in_the_role():
    m = metadata(
        "STATEMENT\nby the Head of the Delegation of Chile, Ambassador-at-Large Rosa E. Vidal, "
        "at the third session of the Ad Hoc Committee\n\nNew York, 1 September 2022\n\n"
        "Mr. Chairman,\n\nChile thanks you.\n"
    )
    assert m.speaker == "Rosa E. Vidal"
    assert m.role == "Head of the Delegation of Chile, Ambassador-at-Large"


def test_a_name_line_with_the_role_line_under_it():
    m = metadata(
        "Mission of Testland to the United Nations\n"
        "Remarks\n\n"
        "Oskar P. Lindqvist\n"
        "Deputy Head of Delegation and Senior Legal Adviser\n"
        "Vienna, 12 April 2023\n\n"
        "Thank you, Chair.\n\nWe support the text as it stands today.\n"
    )
    assert m.speaker == "Oskar P. Lindqvist"
    assert m.role == "Deputy Head of Delegation and Senior Legal Adviser"


def test_a_role_in_capitals_is_kept_as_written():
    m = metadata(
        "PERMANENT MISSION OF MALAWI TO THE UNITED NATIONS\n"
        "866 Second Avenue, New York, NY 10017\n\n"
        "STATEMENT BY\n"
        "H.E. MS. TAONGA BANDA-PHIRI\n"
        "MINISTER COUNSELLOR OF MALAWI\n"
        "TO THE UNITED NATIONS\n\n"
        "NEW YORK, 3 MARCH 2022\n\n"
        "Madam Chair,\n\nMalawi supports capacity building.\n"
    )
    assert m.speaker == "Taonga Banda-Phiri"
    assert m.role.startswith("MINISTER COUNSELLOR OF MALAWI")
    assert m.organization == "Permanent Mission of Malawi to the United Nations"
    assert m.state == "MWI"


@pytest.mark.parametrize(
    ("line", "event"),
    [
        # A General Assembly session opens in September: December is the new one.
        ("Statement at the plenary meeting of the General Assembly, 24 December 2024", "unga-79"),
        ("Statement at the plenary meeting of the General Assembly, 14 May 2024", "unga-78"),
        # A codebook event whose dates contain the day.
        ("Statement to the Ad Hoc Committee on Cybercrime, 17 January 2023", "ahc-4"),
        # No body named: no guess.
        ("Statement of 17 January 2023", None),
    ],
)
def test_the_event_from_a_body_named_in_the_title_and_the_date(line, event):
    m = metadata(f"{line}\n\nMr. President,\n\nWe welcome the adoption of the text today.\n")
    assert m.event == event


def test_a_delivered_by_line_with_the_role_on_the_line_below():
    m = metadata(
        "STATEMENT OF THE REPUBLIC OF PERU\n\n"
        "Delivered by Ms. Lucia Quispe Rojas\n"
        "Senior Legal Adviser, Ministry of Justice\n\n"
        "Vienna, 5 April 2019\n\n"
        "Mr. Chair,\n\nPeru supports capacity building for all.\n"
    )
    assert m.speaker == "Lucia Quispe Rojas"
    assert m.role == "Senior Legal Adviser"


def test_the_date_of_delivery_wins_over_the_last_day_of_the_session():
    m = metadata(
        "Fourth session of the Ad Hoc Committee\n(Vienna, 9-20 January 2023)\n\n"
        "Statement by Ms. Aiko Tanabe\nDirector, Treaties Division\n\n13 January 2023\n\n"
        "Madam Chair,\n\nWe support the draft as it stands.\n"
    )
    assert m.date == "2023-01-13"
    # The unit the speaker heads is part of the office.
    assert (m.speaker, m.role) == ("Aiko Tanabe", "Director, Treaties Division")
    span = metadata("Second session\nVienna, 30 May – 10 June 2022\n\nMr. Chair,\n\nWe agree.\n")
    assert span.date == "2022-06-10"


def test_a_web_page_date_stamp_gives_way_to_the_date_of_delivery():
    m = metadata(
        "News > Speeches\n\nStatement on procedural powers\n\n"
        "Last updated 14 March 2023\n"
        "Statement by Mr. Pavel Dvořák, Legal Adviser, Vienna, 10 March 2023\n\n"
        "Madam Chair,\n\nThank you.\n"
    )
    assert m.date == "2023-03-10"
    m = metadata(
        "Speech\n\nPublished 9 February 2024\nDelivered on: 6 February 2024\n\n"
        "Jonas Berg, Head of the Swedish Delegation\n\nThank you, Madam Chair.\n\nWe agree.\n"
    )
    assert (m.date, m.speaker, m.role) == (
        "2024-02-06",
        "Jonas Berg",
        "Head of the Swedish Delegation",
    )


def test_a_rank_before_the_name_gives_way_to_the_office_on_the_next_line():
    m = metadata(
        "STATEMENT BY MINISTER LUIS ALBERTO QUIÑONES,\n"
        "DEPUTY PERMANENT REPRESENTATIVE OF PERU TO THE UNITED NATIONS,\n\n"
        "NEW YORK, 4 APRIL 2023\n\nMr. Chair,\n\nThank you.\n"
    )
    assert (m.speaker, m.role) == (
        "Luis Alberto Quiñones",
        "DEPUTY PERMANENT REPRESENTATIVE OF PERU TO THE UNITED NATIONS",
    )


def test_a_state_titling_the_statement_and_the_speaker_on_the_line_below():
    m = metadata(
        "Commission on Crime Prevention and Criminal Justice, thirty-first session\n"
        "Statement by Finland\n"
        "delivered by Ms. Aino Virtanen, Counsellor\n\nVienna, 17 May 2022\n\n"
        "Madam Chair,\n\nThank you.\n"
    )
    assert (m.state, m.speaker, m.role, m.event) == (
        "FIN",
        "Aino Virtanen",
        "Counsellor",
        "ccpcj-31",
    )


def test_names_in_any_latin_script_and_an_office_ending_with_its_holder():
    m = metadata(
        "STATEMENT BY H.E. MR. TRẦN VĂN ĐỨC\nAMBASSADOR OF VIET NAM\n\n"
        "New York, 2 May 2023\n\nMr. Chair,\n\nThank you.\n"
    )
    assert m.speaker == "Trần Văn Đức"
    m = metadata(
        "Statement by the Head of Delegation, Director of the Legal Department of the "
        "Ministry of Foreign Affairs of the Republic of Belarus Olga Ivanova, at the fifth "
        "session of the Ad Hoc Committee\n\nVienna, 12 April 2023\n\nMr. Chair,\n\nThank you.\n"
    )
    assert m.speaker == "Olga Ivanova"
    assert m.role.startswith("Director of the Legal Department")


def test_a_demonym_before_a_mission_names_the_party_and_a_colon_after_delivered_by():
    m = metadata(
        "Australian Permanent Mission to the United Nations, Vienna\n\n"
        "Expert Group to Conduct a Comprehensive Study on Cybercrime, seventh meeting\n\n"
        "**Delivered by: Shri Rohan Mehta, First Secretary**\n\nVienna, 6 April 2021\n\n"
        "Chair,\n\nThank you.\n"
    )
    assert (m.state, m.event, m.speaker, m.role) == (
        "AUS",
        "ieg-7",
        "Rohan Mehta",
        "First Secretary",
    )


def test_the_session_named_in_the_opening_when_the_title_names_none():
    m = metadata(
        "Japan - Explanation of position\n8 August 2024\n\nMr. Chair,\n\n"
        "Japan wishes to explain its position at this reconvened concluding session of the "
        "Ad Hoc Committee.\n"
    )
    assert (m.state, m.event) == ("JPN", "ahc-7r")


def test_a_table_like_header_with_labels():
    m = metadata(
        "Fourth session of the Ad Hoc Committee on cybercrime\n\n"
        "Speaker:\tMs. Nadia Benali, Judge, Head of the Unit on Cybercrime, Ministry of Justice\n"
        "Delegation:\tKingdom of Morocco\n"
        "Date:\t12 January 2023\n"
        "Language of delivery:\tFrench\n\nMadam Chair,\n\nThank you.\n"
    )
    assert (m.speaker, m.role, m.state, m.translation) == (
        "Nadia Benali",
        "Judge, Head of the Unit on Cybercrime",
        "MAR",
        True,
    )
    assert m.organization == "Ministry of Justice"


@pytest.mark.parametrize(
    "line",
    [
        "Unofficial English translation",
        "Original: Spanish. Transcript from the interpretation.",
        "(Provisional translation)",
        "Tentative translation",
    ],
)
def test_a_translation_said_in_other_words(line):
    m = metadata(f"Statement by Peru\n{line}\nVienna, 4 April 2023\n\nMr. Chair,\n\nThank you.\n")
    assert m.translation is True


def test_a_bilingual_letterhead_with_a_spanish_date_and_title():
    m = metadata(
        "MISIÓN PERMANENTE DEL PERÚ ANTE LAS NACIONES UNIDAS\n"
        "PERMANENT MISSION OF PERU TO THE UNITED NATIONS\nNueva York / New York\n\n"
        "Intervención del Perú / Statement by Peru\n"
        "Embajador Carlos Alberto Quispe Huamán\n"
        "Representante Permanente / Permanent Representative\n\n"
        "Nueva York, 24 de agosto de 2023\n\nSeñora Presidenta, Madam Chair,\n\nThank you.\n"
    )
    assert (m.date, m.speaker, m.state) == ("2023-08-24", "Carlos Alberto Quispe Huamán", "PER")
    assert "Permanent Representative" in m.role
    assert m.organization == "Permanent Mission of Peru to the United Nations"


def test_a_header_with_dotted_labels_numeric_dates_and_a_capacity_line():
    m = metadata(
        "ESTONIA – STATEMENT\n\n"
        "Session ..... 33rd session of the Commission on Crime Prevention and Criminal Justice\n"
        "Date ........ Vienna, 14/5/2024\n"
        "Speaker ..... H.E. Mr. Mart Tamm, Ambassador, Permanent Representative of Estonia\n\n"
        "Mr. Chair,\n\nThank you.\n"
    )
    assert (m.date, m.speaker, m.event) == ("2024-05-14", "Mart Tamm", "ccpcj-33")
    assert "Permanent Representative" in m.role
    m = metadata(
        "JOINT STATEMENT\n\nUnited Nations Headquarters, New York, 21 August – 1 September 2023\n"
        "Delivered by:     Olga Petrova\nCapacity:         Head of the Delegation of Belarus\n"
        "Date:             22.08.2023\n\nMr. Chair,\n\nThank you.\n"
    )
    assert (m.date, m.speaker, m.role) == (
        "2023-08-22",
        "Olga Petrova",
        "Head of the Delegation of Belarus",
    )


def test_a_state_speaking_of_itself_in_the_opening_is_the_party():
    m = metadata(
        "MISIÓN PERMANENTE ANTE LAS NACIONES UNIDAS\n\nIntervención / Intervention\n"
        "Nueva York, 1 de septiembre de 2022\n\nMadam Chair,\n\n"
        "Allow me to thank the Bureau. On the contrary, Paraguay supports the elaboration of "
        "the convention.\n"
    )
    assert m.state == "PRY"


def test_a_statement_on_behalf_of_a_group_by_a_named_speaker():
    m = metadata(
        "Statement on behalf of the African Group by Ms. Amara Diallo, Deputy Permanent "
        "Representative of Senegal to the United Nations, on the adoption of the convention\n\n"
        "24 December 2024\n\nMr. President,\n\nThank you.\n"
    )
    assert (m.speaker, m.role) == (
        "Amara Diallo",
        "Deputy Permanent Representative of Senegal to the United Nations",
    )


def test_a_speech_signed_at_its_end():
    m = metadata(
        "Madam Chair,\n\nItaly supports the convention.\n\nThank you, Madam Chair.\n\n--\n"
        "Giulia Marchetti-Rossi\nDeputy Head of Delegation\n"
        "Permanent Mission of Italy to the United Nations in Vienna\nVienna, 2 June 2022\n"
    )
    assert (m.speaker, m.role, m.date) == (
        "Giulia Marchetti-Rossi",
        "Deputy Head of Delegation",
        "2022-06-02",
    )


def test_a_speaker_named_in_a_delivered_by_clause_of_the_title():
    m = metadata(
        "Statement by the delegation of Uruguay, delivered by Lucía Fernández Pereira, "
        "First Secretary\n\nVienna, 13 April 2023\n\nMr. Chair,\n\nThank you.\n"
    )
    assert (m.speaker, m.role, m.state) == ("Lucía Fernández Pereira", "First Secretary", "URY")


def test_a_rank_before_the_name_and_the_ministry_on_the_line_below():
    m = metadata(
        "Statement by Counsellor Omar Abdel-Aziz Farouk\nMinistry of Foreign Affairs of Jordan\n\n"
        "Sixth session of the Ad Hoc Committee\n\nNew York, 22 August 2023\n\nMadam Chair,\n\n"
        "Thank you.\n"
    )
    assert (m.speaker, m.role) == ("Omar Abdel-Aziz Farouk", "Counsellor")


def test_an_invocation_line_and_the_mission_under_the_role_line():
    m = metadata(
        "In the Name of God, the Compassionate, the Merciful\n\n"
        "Statement by Mr. Reza Ahmadi Tehrani\n"
        "Counsellor and Head of Delegation of the Islamic Republic of Iran\n"
        "Permanent Mission of the Islamic Republic of Iran to the United Nations in Vienna\n\n"
        "Vienna, 31 May 2022\n\nMadam Chair,\n\nThank you.\n"
    )
    assert (m.speaker, m.state) == ("Reza Ahmadi Tehrani", "IRN")
    assert m.role.startswith("Counsellor and Head of Delegation")


def test_delivered_by_after_a_place_and_date_or_a_kind_of_statement_on_the_same_line():
    text = (
        "Statement of the delegation of Ecuador\n\n"
        "Geneva, 3 May 2023. Delivered by Ms. Rosa Elena Vaca, Legal Adviser, under agenda "
        "item 4.\n\nMr. Chair,\n\nEcuador thanks you.\n"
    )
    m = metadata(text)
    assert (m.speaker, m.role) == ("Rosa Elena Vaca", "Legal Adviser")
    text = (
        "REPUBLIC OF GHANA\n\nGeneral statement, delivered on 4 June 2023 by Mr. Kofi Mensah "
        "Boateng, Director\n\nMr. Chair,\n\nGhana thanks you.\n"
    )
    assert metadata(text).speaker == "Kofi Mensah Boateng"


def test_a_web_page_stamp_with_the_time_of_posting_gives_way_to_the_date_of_delivery():
    text = (
        "Press releases\n\nStatement of Mongolia\n\n12.06.2023, 09:15 | Views: 88\n\n"
        "Vienna, 11 June 2023. Delivered by Mr. Bat Erdene, Counsellor.\n\n"
        "Mr. Chair,\n\nMongolia thanks you.\n"
    )
    assert metadata(text).date == "2023-06-11"


def test_an_explanation_of_position_by_a_named_speaker():
    m = metadata(
        "Permanent Mission of the Republic of Chile to the United Nations\n\n"
        "Explanation of position by Mr. Tomás Rivas Olmedo, Legal Adviser, on the adoption of "
        "the Convention\n\nMr. President,\n\nChile joined the consensus.\n"
    )
    assert (m.speaker, m.role, m.state) == ("Tomás Rivas Olmedo", "Legal Adviser", "CHL")


def test_a_dateline_gives_the_date_not_an_unlabelled_stamp_or_a_meetings_span():
    m = metadata(
        "Home > Delegation of the European Union to the UN in Vienna > Statements\n\n"
        "EU Statement at the Expert Group on Cybercrime\n\n"
        "07.04.2021\n"
        "Delegation of the European Union to the UN in Vienna > Press and information\n\n"
        "Vienna, 6 - 8 April 2021\n\nVienna, 6 April 2021\n\nChair,\n\nThe EU supports the Group.\n"
    )
    assert m.date == "2021-04-06"
    # The breadcrumb's next step is not part of the delegation's name.
    assert m.organization == "Delegation of the European Union to the UN in Vienna"


@pytest.mark.parametrize(
    ("title", "speaker", "role"),
    [
        # A family name set in capitals, as translations of East Asian names do.
        (
            "STATEMENT BY THE DELEGATION OF CHINA\n\n"
            "Delivered by Mr. LIU Wenjun, Deputy Director-General,\nDepartment of Treaty and Law",
            "Liu Wenjun",
            "Deputy Director-General",
        ),
        # The speaker named after a sentence of a title paragraph, with place and date.
        (
            "Statement by Norway at the second session of the Ad Hoc Committee, agenda item 4 "
            "(provisions on criminalization). Delivered by Counsellor Sigrid Berge Lunde, "
            "Vienna, 2 June 2022.",
            "Sigrid Berge Lunde",
            "Counsellor",
        ),
        # "Statement of <State> delivered by <rank> <name> of the <office>".
        (
            "Statement of the Republic of the Philippines delivered by Director Ana Luz "
            "Bautista-Reyes of the Office of Cybercrime, Department of Justice, at the Third "
            "Session of the Ad Hoc Committee, New York, 1 September 2022",
            "Ana Luz Bautista-Reyes",
            "Director",
        ),
        # A professional honorific is no part of the name.
        (
            "STATEMENT\n\nby Barrister Emeka Obi-Nwosu, Director, Prosecution Unit, at the "
            "fifth session of the Ad Hoc Committee",
            "Emeka Obi-Nwosu",
            "Director, Prosecution Unit",
        ),
    ],
)
def test_speakers_in_the_title_forms_of_other_delegations(title, speaker, role):
    m = metadata(title + "\n\nMadam Chair,\n\nWe support the convention.\n")
    assert (m.speaker, m.role) == (speaker, role)


def test_a_session_of_the_ad_hoc_committee_abbreviated_in_a_subject_line():
    m = metadata(
        "Subject: National statement as delivered, AHC6, agenda item 4\n\nMadam Chair,\n\n"
        "Jamaica supports capacity building.\n"
    )
    assert m.event == "ahc-6"
    assert metadata("Paragraph AHC 3.5 of the report\n\nMadam Chair,\n\nWe agree.\n").event is None


def test_a_signature_without_a_rule_above_it_names_the_speaker():
    m = metadata(
        "EXPLANATORY MEMORANDUM ON THE CONVENTION\n\n1. The Convention was adopted in 2024.\n\n"
        "2. The Government considers that ratification is in the national interest.\n\n"
        "Arabella Fenwick-Hale MP\nMinister of State for Security\nHome Office\n"
        "10 February 2026\n"
    )
    assert (m.speaker, m.role) == ("Arabella Fenwick-Hale", "Minister of State for Security")
    # A closing paragraph of prose is no signature.
    plain = metadata("Statement by Norway\n\nMadam Chair,\n\nWe thank you.\n\nThank you all.\n")
    assert plain.speaker is None


def test_a_police_rank_is_no_part_of_the_name():
    m = metadata(
        "Statement by Police Colonel Anan Srisuk, Director, Technology Crime Division, at the "
        "fifth session of the Ad Hoc Committee\n\nMadam Chair,\n\nThailand supports the text.\n"
    )
    assert m.speaker == "Anan Srisuk"


def test_a_speaker_after_two_offices_in_a_wrapped_title_and_as_delivered_by():
    m = metadata(
        "STATEMENT\n\n**by Senior Counsellor of the Department of the MFA of Russia, Deputy Head "
        "of the Russian delegation Pavel Orlov at the\nfourth session of the Ad Hoc "
        "Committee**\n\nMadam Chair,\n\nWe support the chapter.\n"
    )
    assert m.speaker == "Pavel Orlov"
    m = metadata(
        "U.S. Statement at the Second Session\n\nAs delivered by Dana Whitcomb, Senior Counsel, "
        "Department of Justice\n\nThank you, Madam Chair.\n"
    )
    assert (m.speaker, m.role) == ("Dana Whitcomb", "Senior Counsel")


def test_a_minister_plenipotentiary_is_a_rank_not_a_name():
    m = metadata(
        "STATEMENT\n\nby Minister Plenipotentiary Karim Fathy Mansour, Deputy Head of the "
        "Delegation of Egypt, at the concluding session of the Ad Hoc Committee\n\n"
        "Madam Chair,\n\nEgypt supports the text.\n"
    )
    assert m.speaker == "Karim Fathy Mansour"


def test_an_advocate_title_is_no_role():
    m = metadata(
        "STATEMENT\n\nby Adv. Lindiwe Mokoena, Chief Director: International Legal Relations, "
        "at the fifth session of the Ad Hoc Committee\n\nMadam Chair,\n\nSouth Africa "
        "supports the chapter.\n"
    )
    assert m.speaker == "Lindiwe Mokoena" and m.role != "Adv."


def test_a_title_line_that_breaks_a_phrase_before_the_ministry():
    m = metadata(
        "STATEMENT\n\n**by Deputy Head of the Main Directorate for Combating Cybercrime of the\n"
        "Ministry of Internal Affairs of the Republic of Belarus Aliaksei Kavalchuk\n"
        "at the second session of the Ad Hoc Committee**\n\nMadam Chair,\n\nWe support it.\n"
    )
    assert m.speaker == "Aliaksei Kavalchuk"
    assert m.role.startswith("Deputy Head of the Main Directorate")


def test_a_list_of_titles_before_the_name_is_the_role():
    m = metadata(
        "Statement by the Attorney-General and Minister of Justice, Ministry of Justice, and "
        "Leader of the Ruritanian Delegation Amara Ngozi Okafor at the 31st session of the "
        "Commission on Crime Prevention and Criminal Justice, Vienna, 16 May 2022\n\n"
        "Madam Chair,\n\nNigeria supports the Commission.\n"
    )
    assert m.speaker == "Amara Ngozi Okafor"
    assert m.role.startswith("the Attorney-General and Minister of Justice")
    assert m.role.endswith("Leader of the Ruritanian Delegation")


@pytest.mark.parametrize("honorific", ["Mr. ", ""])
def test_an_office_in_lower_case_before_the_name_ends_the_list_of_titles(honorific):
    m = metadata(
        "Statement by the Deputy Minister of the Interior, Ministry of the Interior and "
        f"National Security, and head of the Zambian delegation {honorific}Chanda Mulenga "
        "Banda at the fourth session of the Ad Hoc Committee\n\nVienna, 10 January 2023\n\n"
        "Madam Chair,\n\nWe thank you.\n"
    )
    assert (m.speaker, m.state, m.event) == ("Chanda Mulenga Banda", "ZMB", "ahc-4")
    assert m.role.startswith("the Deputy Minister of the Interior")
    assert m.role.endswith("head of the Zambian delegation")


def test_a_role_wrapped_after_of_goes_on_on_the_next_line():
    m = metadata(
        "STATEMENT\n\n"
        "**by Ambassador Lucia Ferreira Campos, Permanent Representative of\n"
        "Portugal to the United Nations, at the reconvened\n"
        "concluding session of the Ad Hoc Committee**\n\n"
        "New York, 7 August 2024\n\nMadam Chair,\n\nPortugal supports the text.\n"
    )
    assert m.speaker == "Lucia Ferreira Campos"
    assert m.role == "Permanent Representative of Portugal to the United Nations"
    assert m.event == "ahc-7r"


def test_a_title_wrapped_before_a_capitalised_word_keeps_its_office():
    m = metadata(
        "STATEMENT\n\n"
        "**by Head of the Department of Treaties of the Ministry of Foreign\n"
        "Affairs of the Republic of Chile Tomás Rivera Soto at the fifth\n"
        "session of the Ad Hoc Committee**\n\n"
        "11 April 2023\n\nMadam Chair,\n\nChile supports the text.\n"
    )
    assert m.speaker == "Tomás Rivera Soto"
    assert m.role == (
        "Head of the Department of Treaties of the Ministry of Foreign Affairs of the "
        "Republic of Chile"
    )


def test_a_french_title_block_over_an_english_translation():
    m = metadata(
        "MISSION PERMANENTE DE LA RURITANIE\n\n"
        "Commission pour la prévention du crime et la justice pénale\n"
        "Trente-troisième session\n\n"
        "Intervention de Mme Hélène Marchal-Dupuis\n"
        "Ambassadrice, Représentante permanente de la Ruritanie\n\n"
        "Vienne, le 14 mai 2024\n\n"
        "(Traduction non officielle)\n\n"
        "Mr Chair,\n\nFrance supports the Commission.\n"
    )
    assert m.speaker == "Hélène Marchal-Dupuis"
    assert "Représentante permanente" in m.role
    assert (m.date, m.event, m.translation) == ("2024-05-14", "ccpcj-33", True)


def test_an_emailed_statement_signed_above_a_disclaimer_and_a_quoted_reply():
    m = metadata(
        "Madam Chair,\n\nRuritania welcomes the approval of the draft convention.\n\n"
        "I thank you.\n\n"
        "As delivered – reconvened concluding session of the Ad Hoc Committee, New York, "
        "8 August 2024\n\n"
        "--\nAmb. Lena Osei-Barnes\nDeputy Permanent Representative\n"
        "Permanent Mission of Ruritania to the United Nations\n\n"
        "This message and any attachments are intended solely for the addressee and may contain "
        "confidential information. If you have received it in error, please delete it.\n\n"
        "> On Thu, 8 Aug 2024 at 16:02, AHC Secretariat wrote:\n> Please send statements.\n"
    )
    assert m.speaker == "Lena Osei-Barnes"
    assert (m.date, m.event) == ("2024-08-08", "ahc-7r")


def test_a_ministry_where_the_speaker_works_is_not_the_occasion():
    m = metadata(
        "Statement by Head of Delegation and Director for Serious Crime at the Home Office "
        "Alan Whitcombe at the 9th session of the Conference of the Parties to the United "
        "Nations Convention against Transnational Organized Crime, Vienna, 15 October 2018\n\n"
        "Mr President,\n\nThe United Kingdom supports the review mechanism.\n"
    )
    assert m.speaker == "Alan Whitcombe"
    assert m.role.endswith("at the Home Office")


def test_the_signing_ceremony_in_hanoi_is_an_event():
    m = metadata(
        "Ministry of Foreign Affairs\n\n25/10/2025\n\n"
        "On 25 October 2025, at the signing ceremony of the United Nations Convention against "
        "Cybercrime in Hanoi, the Deputy Minister called on all countries to sign it.\n"
    )
    assert m.event == "hanoi-signing-2025"


def test_remarks_on_the_occasion_of_the_signing_in_hanoi_are_at_the_ceremony():
    m = metadata(
        "Remarks by the Deputy Minister of Justice of Ruritania\n"
        "on the occasion of the signing of the United Nations Convention\n"
        "against Cybercrime\n\nConvention Centre, Hanoi, 25 October 2025\n\n"
        "Excellencies,\n\nRuritania signs the Convention today.\n"
    )
    assert m.event == "hanoi-signing-2025"


def test_delivered_by_after_a_comma_stops_at_the_occasion():
    m = metadata(
        "Explanation of Position by Ruritania on the Approval of the Draft Convention, "
        "delivered by Deputy Assistant Secretary of State Margaret L. Whitfield at the "
        "Reconvened Concluding Session of the Ad Hoc Committee, New York, August 8, 2024\n\n"
        "Thank you, Madam Chair.\n\nRuritania supports the text.\n"
    )
    assert m.speaker == "Margaret L. Whitfield"
    assert m.role == "Deputy Assistant Secretary of State"


def test_a_name_standing_as_a_clause_of_its_own_after_the_office():
    m = metadata(
        "STATEMENT\n\n**by the Director of Legal Affairs of the Ministry of Foreign Affairs of "
        "Ruritania, Tomás Benítez Ayala, at the fourth session of the Ad Hoc Committee**\n\n"
        "11 January 2023\n\nMadam Chair,\n\nRuritania supports the text.\n"
    )
    assert m.speaker == "Tomás Benítez Ayala"
    assert m.role.startswith("Director of Legal Affairs")


def test_a_courtesy_title_stays_when_a_mission_follows_the_name():
    m = metadata(
        "Statement by Minister Counsellor Eirik Solberg, Permanent Mission of Norway to the "
        "United Nations, in the plenary of the General Assembly, New York, 24 December 2024\n\n"
        "Mr. President,\n\nNorway joins the consensus.\n"
    )
    assert (m.speaker, m.role) == ("Eirik Solberg", "Minister Counsellor")


def test_a_news_lead_names_the_official_in_the_third_person():
    m = metadata(
        "MINISTRY OF FOREIGN AFFAIRS\nHome › News\n\n25/10/2025 21:15\n\n"
        "(MOFA) – On 25 October 2025, at the signing ceremony of the United Nations Convention "
        "against Cybercrime in Hanoi, Permanent Deputy Minister of Foreign Affairs Le Van Thanh "
        "stressed that the Convention was a milestone.\n"
    )
    assert m.speaker == "Le Van Thanh"
    assert m.role == "Permanent Deputy Minister of Foreign Affairs"


def test_a_rank_between_commas_gives_way_to_the_office_before_it():
    m = metadata(
        "STATEMENT\n\n**by the Director of the Legal Department of the Ministry of Foreign "
        "Affairs of Chile, Minister Counsellor Tomás Ignacio\nReyes Vidal, at the third session "
        "of the Ad Hoc Committee**\n\nNew York, 30 August 2022\n\nMadam Chair,\n\n"
        "Chile thanks you.\n"
    )
    assert m.speaker == "Tomás Ignacio Reyes Vidal"
    assert m.role == "Director of the Legal Department of the Ministry of Foreign Affairs of Chile"


def test_a_name_before_an_explanation_of_position():
    m = metadata(
        "STATEMENT\n\n**by Head of the International Law Department of the Ministry of Foreign\n"
        "Affairs of the Republic of Kazakhstan Aigerim Nurlanovna Seitkali in explanation of\n"
        "position after the approval of the draft convention**\n\n8 August 2024\n\n"
        "Madam Chair,\n\nKazakhstan joined the consensus.\n"
    )
    assert m.speaker == "Aigerim Nurlanovna Seitkali"
    assert m.role.startswith("Head of the International Law Department")


def test_the_city_closing_an_office_is_not_part_of_the_name():
    m = metadata(
        "STATEMENT\n\n**by the Permanent Representative of Uruguay\nto the United Nations in "
        "Vienna Lucía Beatriz Sosa Pereira\nat the fourth session of the Ad Hoc Committee**\n\n"
        "11 January 2023\n\nMadam Chair,\n\nUruguay thanks you.\n"
    )
    assert m.speaker == "Lucía Beatriz Sosa Pereira"
    assert m.role.endswith("to the United Nations in Vienna")


def test_a_role_wrapped_onto_a_line_that_goes_on_in_lower_case():
    m = metadata(
        "STATEMENT\n\n**by Mr. Ousmane Diallo Ba, Director of Judicial Affairs\nand Pardons at "
        "the Ministry of Justice of Mali, at the sixth meeting of the Expert Group**\n\n"
        "Vienna, 5 April 2021\n\nMadam Chair,\n\nMali thanks you.\n"
    )
    assert m.speaker == "Ousmane Diallo Ba"
    assert m.role == "Director of Judicial Affairs and Pardons"


def test_the_date_of_delivery_corrects_a_misnamed_session():
    # dated during the reconvened concluding session, titled with its first part
    m = metadata(
        "STATEMENT BY MS. AMINA BELLO\nAT THE CONCLUDING SESSION OF THE AD HOC COMMITTEE\n"
        "NEW YORK, 7 AUGUST 2024\n\nMadam Chair,\n\nNigeria thanks you.\n"
    )
    assert (m.date, m.event) == ("2024-08-07", "ahc-7r")


def test_a_name_before_on_behalf_of_a_group():
    m = metadata(
        "STATEMENT\n\n**by Head of the Legal Department of the Ministry of Foreign Affairs of "
        "the\nRepublic of Tajikistan Farrukh Saidov on behalf of the member States of the\n"
        "Shanghai Cooperation Organisation at the third session of the Ad Hoc Committee**\n\n"
        "30 August 2022\n\nMadam Chair,\n\nThe member States thank you.\n"
    )
    assert m.speaker == "Farrukh Saidov"
    assert m.role.startswith("Head of the Legal Department")


def test_a_page_title_naming_only_the_state_gives_way_to_the_title_block():
    m = metadata(
        "Ministry of Foreign Affairs\n\nStatement by Panama at the fifth session of the Ad Hoc "
        "Committee, Vienna, 12 April 2023\n\nSTATEMENT\nby Ambassador Rosa Elena Ortega Díaz,\n"
        "Director General of Multilateral Affairs of the Ministry of Foreign Affairs of Panama,\n"
        "at the fifth session of the Ad Hoc Committee\n\nVienna, 12 April 2023\n\nMadam Chair,\n\n"
        "Panama thanks you.\n"
    )
    assert m.speaker == "Rosa Elena Ortega Díaz"
    assert m.role.startswith("Director General of Multilateral Affairs")


def test_a_transcript_speaker_named_by_surname_takes_the_name_the_chair_gave():
    m = metadata(
        "Reconvened concluding session of the Ad Hoc Committee\n8 August 2024\n\n"
        "CHAIR: I give the floor to Canada, Mr. Owen Patrick Leblanc, Director of Criminal Law "
        "Policy. You have the floor.\n\n"
        "MR. LEBLANC (Canada): Thank you, Chair. Canada joins the consensus.\n"
    )
    assert (m.speaker, m.role, m.state) == (
        "Owen Patrick Leblanc",
        "Director of Criminal Law Policy",
        "CAN",
    )


def test_a_news_page_lead_with_the_official_set_off_by_commas():
    m = metadata(
        "Ministry of Foreign Affairs | Press release\n\n"
        "On 8 August 2024, at the reconvened concluding session of the Ad Hoc Committee in New "
        "York, the Legal Adviser of the Ministry of Foreign Affairs, Ambassador Inés Carolina "
        "Roldán Paz, head of the Peruvian delegation, delivered the following statement:\n\n"
        '"Thank you, Madam Chair. Peru joins the consensus."\n'
    )
    assert m.speaker == "Inés Carolina Roldán Paz"
    assert m.role == "Legal Adviser of the Ministry of Foreign Affairs"


def test_a_statement_of_an_undersecretary_set_in_capitals_on_stacked_lines():
    m = metadata(
        "REPUBLIC OF INDONESIA\nMINISTRY OF LAW\n\n                 STATEMENT\n"
        "                    of\n          HON. DEWI KARTIKA SARASWATI\n"
        "             Undersecretary of Law\n                  at the\n"
        "        SIGNING CEREMONY OF THE UNITED NATIONS CONVENTION AGAINST CYBERCRIME\n"
        "                 Hanoi, 25 October 2025\n\n"
        "Excellencies, ladies and gentlemen,\n\nIndonesia is proud to sign the Convention today.\n"
    )
    assert (m.speaker, m.role) == ("Dewi Kartika Saraswati", "Undersecretary of Law")


def test_an_office_whose_name_holds_a_comma_ends_with_the_state_before_the_name():
    m = metadata(
        "STATEMENT\n\nby the Deputy Chairman of the Cyber Security Committee\nof the Ministry of "
        "Digital Development, Innovation and Aerospace\nIndustry of the Republic of Uzbekistan "
        "Timur Rashidovich Alimov\nat the second session of the Ad Hoc Committee\n\n"
        "Vienna, 1 June 2022\n\nMadam Chair,\n\nUzbekistan thanks you.\n"
    )
    assert m.speaker == "Timur Rashidovich Alimov"
    assert m.role.startswith("Deputy Chairman of the Cyber Security Committee")


def test_a_rank_with_its_ministry_after_a_comma():
    m = metadata(
        "STATEMENT\n\n**by Head of the Belarusian delegation, Ambassador-at-Large of the "
        "Ministry of\nForeign Affairs of the Republic of Belarus Pavel Ivanovich Zhuk at the "
        "fifth\nsession of the Ad Hoc Committee**\n\n13 April 2023\n\nMadam Chair,\n\n"
        "Belarus thanks you.\n"
    )
    assert m.speaker == "Pavel Ivanovich Zhuk"
    assert m.role.startswith("Ambassador-at-Large of the Ministry of Foreign Affairs")


def test_an_office_in_one_hyphenated_word_is_not_part_of_the_name():
    m = metadata(
        "Statement by Director-General Tran Minh Quang at the reconvened concluding session of "
        "the Ad Hoc Committee\n\nFriday, 09/08/2024 - 10:45\n\nMadam Chair,\n\n"
        "Viet Nam welcomes the approval of the draft convention.\n"
    )
    assert (m.speaker, m.role) == ("Tran Minh Quang", "Director-General")


def test_an_attorney_title_is_no_part_of_the_name_and_the_unit_headed_is_part_of_the_office():
    m = metadata(
        "REPUBLIC OF THE PHILIPPINES\nPERMANENT MISSION TO THE UNITED NATIONS\n\n"
        "STATEMENT\nof\nAtty. Maria Luz Santos-Reyes\n"
        "Director, Anti-Fraud and Digital Evidence Center (ADEC)\n"
        "at the thirty-fourth session of the Commission on Crime Prevention and "
        "Criminal Justice\n\nVienna, 19 May 2025\n\n"
        "Madam Chair,\n\nThe Philippines supports capacity-building for all States.\n"
    )
    assert m.speaker == "Maria Luz Santos-Reyes"
    # The unit's acronym is not part of the office.
    assert m.role == "Director, Anti-Fraud and Digital Evidence Center"


def test_an_office_with_a_comma_in_its_name_before_the_name_set_off_by_commas():
    m = metadata(
        "Statement by the Minister for Justice, Digital Affairs and Innovation, "
        "Hon. Kwaku Mensah-Owusu, at the thirty-fourth session of the Commission on Crime "
        "Prevention and Criminal Justice, Vienna, 19 May 2025\n\n"
        "Madam Chair,\n\nAllow me to convey the greetings of the President and the people "
        "of the Republic of Ghana.\n"
    )
    assert m.speaker == "Kwaku Mensah-Owusu"
    assert m.role == "Minister for Justice, Digital Affairs and Innovation"
    # The greetings of a State's people say whom the speaker speaks for.
    assert m.state == "GHA"


def test_a_state_speaking_of_itself_throughout_when_neither_title_nor_opening_names_it():
    opening = "Excellencies,\n\n" + "It is an honour to be here on this historic day. " * 20
    m = metadata(
        "Remarks at the signing ceremony\n\n"
        + opening
        + "\n\nToday Zambia signs the Convention. Zambia calls on all States to ratify it. "
        "We thank Viet Nam for its hospitality.\n"
    )
    assert m.state == "ZMB"
    once = metadata(
        "Remarks at the signing ceremony\n\n" + opening + "\n\nZambia calls on all States to "
        "ratify it. Chile calls on all States to sign it.\n"
    )
    # Once each: nothing says which of the two is the speaker's.
    assert once.state is None


def test_a_news_lead_with_the_name_first_and_the_office_set_off_by_commas():
    m = metadata(
        "Ministry of Foreign Affairs\n\nHome | News\n\nThursday, 8 August 2024 - 22:15\n\n"
        "New York – Ambassador Karim Adel Mansour, Assistant Minister of Foreign Affairs for "
        "Multilateral Affairs, delivered today the statement of the Republic of Tunisia before "
        "the reconvened concluding session of the Ad Hoc Committee.\n\n"
        "The Assistant Minister stated that Tunisia welcomes the approval of the draft.\n"
    )
    assert m.speaker == "Karim Adel Mansour"
    assert m.role == "Assistant Minister of Foreign Affairs for Multilateral Affairs"
    assert (m.state, m.event) == ("TUN", "ahc-7r")


def test_a_press_release_lead_where_the_official_took_the_floor_at_a_numbered_session():
    m = metadata(
        "PERMANENT MISSION OF PARAGUAY TO THE UNITED NATIONS\n\nPRESS RELEASE\n\n"
        "New York, 24 December 2024\n\n"
        "The Deputy Permanent Representative of Paraguay to the United Nations,\n"
        "Ambassador Rosa Elena Benítez Vera, took the floor today at the plenary meeting of "
        "the General Assembly at its seventy-ninth session, during which the Assembly adopted "
        "the Convention.\n\nAmbassador Benítez Vera stated that Paraguay welcomes it.\n"
    )
    # The lead's full name, not the shorter one of the next paragraph.
    assert m.speaker == "Rosa Elena Benítez Vera"
    # The session named in the lead is the one under way on the day of the release.
    assert m.event == "unga-79"


def test_a_news_lead_dateline_wins_over_the_pages_posting_stamp():
    m = metadata(
        "MINISTRY OF FOREIGN AFFAIRS\n\nNEWS & PRESS RELEASES\n\n"
        "Ghana joins consensus as UN Committee approves draft Convention against Cybercrime\n\n"
        "Saturday, 10 August 2024 09:14  |  Press Unit\n\n"
        "New York, 8 August 2024 – Ghana on Thursday joined other Member States in approving "
        "the draft convention at the reconvened concluding session of the Ad Hoc Committee. "
        "Delivering the national statement, the Director of the Legal Department of the "
        "Ministry, Ambassador Akosua Mensah-Bonsu, described the outcome as a compromise.\n"
    )
    assert (m.date, m.event) == ("2024-08-08", "ahc-7r")
    # The office, then the official set off by commas, then the report goes on.
    assert m.speaker == "Akosua Mensah-Bonsu"
    assert m.role == "Director of the Legal Department of the Ministry"


def test_an_interview_lead_with_an_accented_name_and_an_appositive():
    m = metadata(
        "MINISTRY OF FOREIGN AFFAIRS\n\nHome > Interviews\n\n25/10/2025 20:35\n\n"
        "On the occasion of the signing ceremony in Hanoi, Deputy Minister of Foreign Affairs "
        "Đỗ Văn Thành, Vice-Chair of the Organizing Committee, gave an interview to the press.\n"
        "\nQ: Will Viet Nam ratify the Convention?\n\nA: We will begin the procedures soon.\n"
    )
    assert (m.speaker, m.role) == ("Đỗ Văn Thành", "Deputy Minister of Foreign Affairs")


def test_a_ministrys_portfolio_words_are_no_part_of_the_name():
    m = metadata(
        "Statement by the Deputy Minister for Foreign Affairs and Regional Integration Kofi "
        "Adjei-Mensah at the signing ceremony of the United Nations Convention against "
        "Cybercrime, Hanoi, 25 October 2025\n\nMr. President,\n\nGhana signs today.\n"
    )
    assert m.speaker == "Kofi Adjei-Mensah"
    assert m.role == "Deputy Minister for Foreign Affairs and Regional Integration"


def test_the_speakers_own_country_among_the_several_a_title_speaks_for():
    m = metadata(
        "Statement by Mr. Tomas Rewi, Legal Adviser, on behalf of Norway, Iceland and Denmark, "
        "at the fifth session of the Ad Hoc Committee, Vienna, 13 April 2023\n\n"
        "Thank you, Chair.\n\nI speak on behalf of Norway, Iceland and my own country, "
        "Denmark.\n"
    )
    assert m.state == "DNK"


def test_a_chiefly_style_is_no_part_of_the_speakers_name():
    m = metadata(
        "Statement by Ratu Sefanaia Qalo Waqa, Permanent Representative of Fiji, at the third "
        "session of the Ad Hoc Committee\n\nMadam Chair,\n\nFiji thanks you.\n"
    )
    assert m.speaker == "Sefanaia Qalo Waqa"


def test_a_postal_address_in_a_footer_names_no_state():
    x = pipeline.extract(
        Document(
            id="t.txt",
            text="Madam Chair,\n\nPeru supports the convention.\n\nThank you.\n\n"
            "Permanent Mission of Peru\nLanggasse 12/4, 1080 Vienna, Austria\n",
        )
    )
    states = {m.id for m in x.mentions if m.kind == "State"}
    assert "PER" in states and "AUT" not in states


def test_an_office_ending_in_general_on_the_line_below_is_no_part_of_the_name():
    x = pipeline.extract(
        Document(
            id="t.txt",
            text="Statement by\nMr. Karim Rostami-Far\nDirector-General for Legal Affairs\n\n"
            "Madam Chair,\n\nThank you.\n",
        )
    )
    assert {p.id for p in x.persons} == {"karim-rostami-far"}


def test_of_the_sessions_a_title_names_the_one_under_way_on_its_date():
    m = metadata(
        "Statement by Ambassador Ana Ruiz Soto, Chair of the thirty-first session of the "
        "Commission on Crime Prevention and Criminal Justice, at the thirty-second session of "
        "the Commission on Crime Prevention and Criminal Justice\n\nVienna, 22 May 2023\n\n"
        "Thank you.\n"
    )
    assert m.event == "ccpcj-32"


def test_written_comments_submitted_by_a_named_official():
    m = metadata(
        "WRITTEN COMMENTS OF SWITZERLAND\non the draft text of the convention\n\n"
        "Submitted by Dr. Anna Keller-Roth,\nDeputy Head of the International Criminal Law "
        "Section,\nDirectorate of International Law\n\nBern, 25 August 2023\n\n"
        "I. General considerations\n\nSwitzerland supports the convention.\n"
    )
    assert (m.speaker, m.role) == (
        "Anna Keller-Roth",
        "Deputy Head of the International Criminal Law Section",
    )


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        (
            "STATEMENT\n\nby Her Excellency Sra. Dra. María Fernanda DE LA CRUZ VILLALOBOS,\n"
            "Ambassador, Deputy Permanent Representative of Costa Rica\n",
            "María Fernanda de la Cruz Villalobos",
        ),
        (
            "Delivered by Ms. Marieke van der Hoeven-de Groot, Minister Plenipotentiary, Deputy "
            "Permanent Representative of the Kingdom of the Netherlands\n",
            "Marieke van der Hoeven-de Groot",
        ),
        (
            "Statement by the Deputy Minister of Justice of the Republic of Kazakhstan, Madam "
            "Alua Nurlanovna\nZHAKUPOVA, at the 31st session of the Commission, Vienna, 16 May "
            "2022\n",
            "Alua Nurlanovna Zhakupova",
        ),
        (
            "STATEMENT\n\nby the Undersecretary for Multilateral Affairs and Human Rights\n"
            "Valeria Ortiz Landa before the Committees of the Senate\n",
            "Valeria Ortiz Landa",
        ),
    ],
)
def test_names_with_particles_capitals_and_titles_of_address(title, speaker):
    assert metadata(title + "\nMadam Chair,\n\nThank you.\n").speaker == speaker


@pytest.mark.parametrize(
    "title",
    [
        "STATEMENT\n\nby the Chief Legal Officer of the Ministry of Justice of Malawi "
        "Ambassador Chikondi Banda Phiri at the fourth session of the Ad Hoc Committee",
        "STATEMENT\n\n**by the Chief Legal Officer of the Ministry of Justice of Malawi\n"
        "Ambassador Chikondi Banda Phiri at the fourth session of the\nAd Hoc Committee**",
    ],
)
def test_a_courtesy_title_between_the_office_and_the_name_belongs_to_neither(title):
    m = metadata(title + "\n\n10 January 2023\n\nMadam Chair,\n\nWe support the draft.\n")
    assert m.speaker == "Chikondi Banda Phiri"
    assert m.role == "Chief Legal Officer of the Ministry of Justice of Malawi"
    assert m.organization == "Ministry of Justice of Malawi"
    assert m.state == "MWI"


def test_a_web_pages_publisher_under_the_speech_names_the_state_a_group_statement_omits():
    text = (
        "Statement by Ambassador Tomas Elroy Vance on behalf of the Group of Latin American "
        "and Caribbean States at the fourth session of the Ad Hoc Committee\n\n"
        "Madam Chair,\n\nThe Group supports technical assistance for developing countries.\n\n"
        "Thank you, Madam Chair.\n\n"
        "Ministry of Foreign Affairs, Republic of Panama\n"
        "Tel.: (+507) 511 4100\n"
        "Copyright © 2023 Ministry of Foreign Affairs. All rights reserved.\n"
    )
    assert metadata(text).state == "PAN"
    # Without the publisher's line, no State is guessed.
    assert metadata(text.split("Ministry of Foreign")[0]).state is None


def test_a_press_release_whose_lead_names_the_official_and_the_day_of_the_statement():
    m = metadata(
        "Ministry of Foreign Affairs of Ruritania\n\nPress Release No. 7\n\n"
        "Unofficial translation\n\n"
        "**Ruritania at the fifth session of the Ad Hoc Committee**\n\n"
        "12 April 2023 – 17:05\n\n"
        "On 11 April, at the opening of the fifth session of the Ad Hoc Committee, the head "
        "of the Ruritanian delegation, Minister Counsellor Ana Lucia Ferreira, Director of the "
        "Department of Legal Affairs, delivered Ruritania's general statement on the draft "
        "text prepared by the Chair, which brings together the proposals that Member States "
        "submitted at the earlier sessions.\n\n"
        "The session continues until 21 April.\n"
    )
    assert m.speaker == "Ana Lucia Ferreira"
    assert m.role == "Director of the Department of Legal Affairs"
    assert m.date == "2023-04-11"


def test_an_official_who_chaired_a_press_conference_is_the_speaker_of_the_news_item():
    m = metadata(
        'MINISTRY OF FOREIGN AFFAIRS\n\nDeputy Minister: "A convention for all"\n\n'
        "25/10/2025 | 19:30\n\n"
        "(MOFA) – On 25 October 2025, Deputy Minister of Foreign Affairs Tran Van Minh, "
        "Vice Chairman of the Organizing Committee, chaired a press conference on the signing "
        "of the convention.\n"
    )
    assert m.speaker == "Tran Van Minh"


def test_the_office_before_a_ministry_clause_and_a_name_clause_is_the_role():
    m = metadata(
        "Statement by the Director for Legal Affairs, Ministry of Foreign Affairs of the "
        "Republic of Zambia, Mwila Chanda Banda, at the fifth session of the Ad Hoc Committee, "
        "Vienna, 12 April 2023\n\nMadam Chair,\n\nZambia supports the text.\n"
    )
    assert (m.speaker, m.role) == ("Mwila Chanda Banda", "Director for Legal Affairs")


@pytest.mark.parametrize(
    "title",
    [
        "STATEMENT\n\nby Deputy Director of the Department of Treaties, Ministry of Justice of "
        "Zambia, Mr. Mwila Chanda Banda, Head of the Delegation of Zambia, at the fifth "
        "session of the Ad Hoc Committee",
        "STATEMENT\n\nby Deputy Director of the Department of Treaties of the Ministry of "
        "Justice of Zambia, Head of the Delegation Mwila Chanda Banda at the fifth session of "
        "the Ad Hoc Committee",
    ],
)
def test_an_office_wins_over_the_function_in_the_delegation(title):
    m = metadata(title + "\n\n12 April 2023\n\nMadam Chair,\n\nZambia supports the text.\n")
    assert m.speaker == "Mwila Chanda Banda"
    assert m.role.startswith("Deputy Director of the Department of Treaties")


def test_a_centred_title_whose_name_is_followed_by_on_behalf_of_a_group():
    m = metadata(
        "                 STATEMENT\n\n"
        "   by Deputy Chairman of the Cyber Security Committee\n"
        "   of the Ministry of Digital Development, Innovation and Aerospace\n"
        "          Industry of the Republic of Kazakhstan\n"
        "                 Mr. Nurlan Abenov\n"
        "      on behalf of the Group of Central Asian States\n"
        "   at the fourth session of the Ad Hoc Committee\n\n"
        "Madam Chair,\n\nThe Group supports the text.\n"
    )
    assert m.speaker == "Nurlan Abenov"
    assert m.role.startswith("Deputy Chairman of the Cyber Security Committee")


def test_a_group_statement_whose_speaker_then_speaks_for_the_state_by_name():
    m = metadata(
        "Statement by the Deputy Minister of Foreign Affairs on behalf of the Group of African "
        "States at the sixth session of the Ad Hoc Committee\n\nMadam Chair,\n\n"
        "I speak on behalf of the Group of African States. The Group supports the text.\n\n"
        "Allow me to add a few words in my national capacity.\n\n"
        "Zambia acceded to the Malabo Convention in 2021. Zambia continues to train its "
        "prosecutors, and we thank our partners.\n"
    )
    assert m.state == "ZMB"


def test_a_labelled_date_with_a_time_is_a_posting_stamp_not_the_delivery():
    m = metadata(
        "Ministry of Foreign Affairs\n\nStatement by Deputy Minister A. Person at the sixth "
        "session of the Ad Hoc Committee\n\nDate : 2023-08-25 09:14   Hits : 312\n\n"
        "(New York, 24 August 2023)\n\nMadam Chair,\n\nWe support the convention.\n"
    )
    assert m.date == "2023-08-24"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Statement by Senior Secretary Mr. Md. Karim Uddin Ahmed", "Md. Karim Uddin Ahmed"),
        ("Statement by Monsignor Luca Bianchi, First Counsellor", "Luca Bianchi"),
    ],
)
def test_abbreviated_given_names_and_clerical_titles(line, speaker):
    m = metadata(
        f"{line}, at the fifth session of the Ad Hoc Committee\n\nMr. Chair,\n\nWe support "
        "capacity building.\n"
    )
    assert m.speaker == speaker


def test_the_crime_congress_by_its_ordinal_is_the_event():
    m = metadata(
        "Statement by the delegation of Japan at the Fourteenth United Nations Congress on "
        "Crime Prevention and Criminal Justice\nKyoto, 8 March 2021\n\nMr. President,\n\n"
        "We support international cooperation against crime.\n"
    )
    assert m.event == "crime-congress-14"


def test_a_statement_of_an_office_names_the_speaker_after_it():
    m = metadata(
        "Statement of Undersecretary of Justice Maria Lourdes Reyes at the third session of "
        "the Ad Hoc Committee, New York, 6 September 2022\n\nMadam Chair,\n\nWe support "
        "capacity building.\n"
    )
    assert (m.speaker, m.role) == ("Maria Lourdes Reyes", "Undersecretary of Justice")


@pytest.mark.parametrize(
    ("title", "event"),
    [
        (
            "TROISIÈME SESSION DU COMITÉ SPÉCIAL CHARGÉ D'ÉLABORER UNE CONVENTION INTERNATIONALE "
            "GÉNÉRALE SUR LA LUTTE CONTRE L'UTILISATION DES TECHNOLOGIES DE L'INFORMATION ET DES "
            "COMMUNICATIONS À DES FINS CRIMINELLES",
            "ahc-3",
        ),
        (
            "Cuarto período de sesiones del Comité Especial encargado de Elaborar una Convención "
            "Internacional Integral sobre la Lucha contra la Utilización de las Tecnologías de la "
            "Información y las Comunicaciones con Fines Delictivos",
            "ahc-4",
        ),
    ],
)
def test_a_french_or_spanish_title_names_the_session(title, event):
    m = metadata(f"{title}\n\nMadam Chair,\n\nWe support capacity building.\n")
    assert m.event == event


def test_remarks_of_a_named_person_set_off_by_a_comma():
    m = metadata(
        "New York, 30 January 2024\n\nRemarks of Aïcha Mbaye-Dubois, Deputy Permanent "
        "Representative of Senegal to the United Nations, on behalf of the African Group\n\n"
        "Madam Chair,\n\nThank you.\n"
    )
    assert (m.speaker, m.role, m.state) == (
        "Aïcha Mbaye-Dubois",
        "Deputy Permanent Representative of Senegal to the United Nations",
        "SEN",
    )


def test_a_statement_of_a_state_is_not_a_speaker():
    m = metadata("Statement of Saint Lucia, Third Committee\n\nMr. Chair,\n\nThank you.\n")
    assert (m.speaker, m.state) == (None, "LCA")


def test_delivered_on_behalf_of_a_group_with_the_speaker_on_the_next_line():
    m = metadata(
        "Permanent Mission of Norway to the United Nations\n\nDelivered on behalf of Denmark, "
        "Finland, Iceland, Norway and Sweden\nby Ingrid Solberg Haugen, Legal Adviser\n\n"
        "Mr. President,\n\nThank you.\n"
    )
    assert (m.speaker, m.role, m.state) == ("Ingrid Solberg Haugen", "Legal Adviser", "NOR")


def test_a_dateline_under_the_speech_names_the_day_within_the_session():
    m = metadata(
        "Commission on Crime Prevention and Criminal Justice\nThirtieth session\n"
        "Vienna, 17–21 May 2021\n\nStatement by Ms. Lena Varga, Counsellor\n\nMadam Chair,\n\n"
        "Hungary thanks the Secretariat.\n\nVienna, 18 May 2021\n\n---\nEmbassy footer, "
        "Vienna, 21 May 2021\n"
    )
    assert m.date == "2021-05-18"


def test_remarks_of_a_title_of_address_and_a_name_in_capitals():
    m = metadata(
        "REMARKS OF H.E. MR. JEAN-PAUL MBEKI\nPERMANENT REPRESENTATIVE OF GABON TO THE UNITED "
        "NATIONS\n\nGENERAL ASSEMBLY, SEVENTY-NINTH SESSION\n\nMr. President,\n\nThank you.\n"
    )
    assert (m.speaker, m.state) == ("Jean-Paul Mbeki", "GAB")


def test_a_speech_dated_only_at_its_end_and_signed_under_the_date():
    m = metadata(
        "Statement on behalf of the Group of African States\n\nMadam Chair,\n\nThe Group "
        "thanks you for your leadership and supports the work of the Committee.\n\n"
        "Vienna, 12 January 2023\n\nAmbassador Kofi Mensah Boateng\nPermanent Representative "
        "of Ghana to the United Nations and other International Organizations in Vienna\n"
    )
    assert (m.date, m.speaker) == ("2023-01-12", "Kofi Mensah Boateng")


@pytest.mark.parametrize(
    "dateline", ["Geneva, Switzerland, 14 March 2023", "Addis Ababa, Ethiopia – 2 May 2022"]
)
def test_the_country_of_a_datelines_city_is_not_whom_the_statement_speaks_for(dateline):
    m = metadata(
        f"{dateline}\n\nRemarks of Ambassador Lucía Ferrer Ortiz\nPermanent Representative "
        "of Uruguay to the United Nations Office\n\nMr. Chair,\n\nWe support the convention.\n"
    )
    assert m.state == "URY"


def test_a_dateline_country_still_speaks_when_no_other_state_is_named():
    m = metadata(
        "Geneva, Switzerland, 14 March 2023\n\nStatement by Ambassador A. Person\n\n"
        "Mr. Chair,\n\nSwitzerland supports the convention. Switzerland welcomes the draft.\n"
    )
    assert m.state == "CHE"


def test_of_several_role_lines_under_the_name_the_first_is_the_role():
    m = metadata(
        "NORWAY\n\nStatement delivered by Ingrid Aasen-Holm\nHead of Delegation\n"
        "Director General, Department for Legal Affairs, Ministry of Justice\n\n"
        "Madam Chair,\n\nNorway supports the draft.\n"
    )
    assert (m.speaker, m.role, m.state) == ("Ingrid Aasen-Holm", "Head of Delegation", "NOR")


def test_a_title_of_address_without_its_full_stop():
    m = metadata(
        "Remarks of Ms Joanna Pell\nAmbassador for Cyber Affairs\n\nCanberra, 3 June 2024\n\n"
        "Chair,\n\nAustralia supports the convention.\n"
    )
    assert (m.speaker, m.role) == ("Joanna Pell", "Ambassador for Cyber Affairs")


def test_a_diplomatic_rank_before_the_name_on_its_own_line():
    m = metadata(
        "Permanent Mission of the Republic of Tunisia to the United Nations in Vienna\n\n"
        "STATEMENT OF THE REPUBLIC OF TUNISIA\n\n"
        "Fifth session of the Ad Hoc Committee\n\n"
        "First Secretary Amal Ben Youssef\nLegal Adviser\n\n"
        "Vienna, 12 April 2023\n\nMadam Chair,\n\nTunisia supports capacity-building.\n"
    )
    assert (m.speaker, m.role, m.state) == ("Amal Ben Youssef", "Legal Adviser", "TUN")


def test_a_delivered_by_line_closing_the_statement_names_the_speaker():
    m = metadata(
        "STATEMENT OF THE REPUBLIC OF PERU\n\nMadam Chair,\n\nPeru joins the consensus on the "
        "convention.\n\nI thank you.\n\nDelivered by Ms. Lucia Quispe Rojas, Minister Counsellor, "
        "Permanent Mission of Peru\nNew York, 8 August 2024\n"
    )
    assert (m.speaker, m.role, m.date) == (
        "Lucia Quispe Rojas",
        "Minister Counsellor",
        "2024-08-08",
    )


def test_remarks_of_a_name_with_the_office_on_the_line_below():
    m = metadata(
        "Permanent Mission of Belize to the United Nations\n\nRemarks of Corinne Alvarez-Moss\n"
        "Deputy Permanent Representative of Belize to the United Nations\n\non behalf of the "
        "Caribbean Community\n\nMr. President,\n\nBelize welcomes the convention.\n"
    )
    assert (m.speaker, m.state) == ("Corinne Alvarez-Moss", "BLZ")
    assert m.role.startswith("Deputy Permanent Representative")
    # a Government on the line before an office names nobody
    assert (
        metadata(
            "Statement of the Government of Belize\nMinister of Foreign Affairs\n\n"
            "Mr. President,\n\nBelize welcomes the convention.\n"
        ).speaker
        is None
    )


def test_a_delivered_by_line_without_a_title_above_the_missions_footer():
    m = metadata(
        "EXPLANATION OF VOTE OF CHILE\n\nNew York, 18 November 2019\n\nMr. Chair,\n\nChile "
        "abstained in the vote.\n\nThank you.\n\nDelivered by Tomas Vidal Rojas, "
        "Minister-Counsellor, Permanent Mission of Chile to the United Nations\n\n---\n"
        "Permanent Mission of Chile | 1 Example Plaza | New York, NY 10017\n"
    )
    assert (m.speaker, m.role) == ("Tomas Vidal Rojas", "Minister-Counsellor")


def test_a_delivered_by_line_under_the_title_names_the_speaker_before_its_office():
    m = metadata(
        "Statement by the Delegation of Peru\ndelivered by Minister Counsellor Ana Lucia "
        "Quispe,\nCoordinator-General for Combating Transnational Crime, Ministry of Foreign "
        "Affairs\n\nVienna, 16 January 2023\n\nMadam Chair,\n\nPeru supports the convention.\n"
    )
    assert (m.speaker, m.role) == (
        "Ana Lucia Quispe",
        "Coordinator-General for Combating Transnational Crime",
    )


def test_an_observer_below_the_name_is_the_speakers_office():
    m = metadata(
        "Statement by Mr. Yusuf Adel Haddad\nDeputy Permanent Observer of the State of Palestine "
        "to the United Nations\n\nThird Committee\n\nMr. Chair,\n\nPalestine supports the "
        "convention.\n"
    )
    assert m.speaker == "Yusuf Adel Haddad"
    assert m.role.startswith("Deputy Permanent Observer")


def test_remarks_of_a_name_with_a_particle_in_lower_case():
    m = metadata(
        "Explanation of Position on the draft resolution\n\nRemarks of Pieter van der Linden, "
        "First Secretary, Delegation of the European Union to the United Nations\n\nNew York, "
        "12 November 2024\n\nMr. Chair,\n\nThe EU supports the text.\n"
    )
    assert (m.speaker, m.role) == ("Pieter van der Linden", "First Secretary")


def test_a_delivered_by_line_set_between_dashes():
    m = metadata(
        "EU Statement – Third Committee: Crime prevention and criminal justice\n\nNew York, "
        "4 October 2025\n\n– Delivered on behalf of the European Union by Mr. Jonas Berglund, "
        "Minister Counsellor, Delegation of the European Union to the United Nations –\n\n"
        "Madam Chair,\n\nThe EU supports the convention.\n"
    )
    assert (m.speaker, m.role) == ("Jonas Berglund", "Minister Counsellor")
    assert m.organization == "Delegation of the European Union to the United Nations"


def test_son_excellence_monsieur_abbreviated_is_no_part_of_the_name_or_role():
    m = metadata(
        "Commission pour la prévention du crime et la justice pénale\n\nDéclaration de S.E.M. "
        "Karim Bensalah\nAmbassadeur, Représentant permanent\n\nVienne, 15 mai 2024\n\n"
        "Monsieur le Président,\n\nJe vous remercie.\n"
    )
    assert (m.speaker, m.role) == ("Karim Bensalah", "Ambassadeur, Représentant permanent")


def test_a_by_line_of_its_own_under_a_long_title_names_the_speaker():
    m = metadata(
        "Sixth session of the Ad Hoc Committee\n\nStatement on behalf of the Group of African "
        "States on chapters IV and V of the zero draft of the convention\n\n"
        "by Mr. Kofi Mensah-Bonsu, First Secretary, Permanent Mission of Ghana to the United "
        "Nations\n\nMadam Chair,\n\nThe Group supports the chapter.\n"
    )
    assert (m.speaker, m.role) == ("Kofi Mensah-Bonsu", "First Secretary")


def test_a_closing_dateline_with_the_country_and_the_date_on_lines_of_their_own():
    m = metadata(
        "REMARKS OF THE REPUBLIC OF GHANA\n\n"
        "HIGH-LEVEL CONFERENCE ON THE OCCASION OF THE SIGNING OF THE UNITED NATIONS "
        "CONVENTION AGAINST CYBERCRIME\n\n"
        "Mr. President,\n\nGhana signs the convention today.\n\nI thank you.\n\n"
        "Hanoi, Viet Nam\n25 October 2025\n"
    )
    assert (m.state, m.date, m.event) == ("GHA", "2025-10-25", "hanoi-signing-2025")


def test_a_rank_ending_in_a_comma_hands_on_to_the_office_on_the_line_below():
    m = metadata(
        "Statement by H.E. Mr. Taro Suzuki\n"
        "Ambassador Extraordinary and Plenipotentiary,\n"
        "Permanent Representative of Japan to the United Nations\n\n"
        "at the sixth session of the Ad Hoc Committee\n\nNew York, 22 August 2023\n\n"
        "Mr. Chair,\n\nJapan supports the draft.\n"
    )
    assert m.speaker == "Taro Suzuki"
    assert m.role == (
        "Ambassador Extraordinary and Plenipotentiary, Permanent Representative of Japan to "
        "the United Nations"
    )


def test_a_meeting_named_with_an_aside_in_brackets_before_its_body():
    m = metadata(
        "Statement by the Delegation of Ruritania at the Seventh Meeting (Stocktaking Meeting) "
        "of the Expert Group to Conduct a Comprehensive Study on Cybercrime\n\n"
        "Vienna, 7 April 2021\n\nMadam Chair,\n\nWe thank the Chair.\n"
    )
    assert (m.event, m.date) == ("ieg-7", "2021-04-07")


@pytest.mark.parametrize("name", ["Siobhan McAllister", "Graham MacDonald", "Anne LeBlanc"])
def test_a_family_name_with_a_capital_after_its_prefix(name):
    m = metadata(
        "Statement by Australia\n\n"
        f"Delivered by Ms {name}, Assistant Secretary, Department of Foreign Affairs and Trade\n\n"
        "New York, 30 July 2024\n\nMadam Chair,\n\nWe support the text.\n"
    )
    assert (m.speaker, m.role) == (name, "Assistant Secretary")


def test_a_video_message_names_its_speaker():
    m = metadata(
        "Tenth session of the Conference of the Parties to the United Nations Convention against "
        "Transnational Organized Crime\n\nStatement by Italy\n\n"
        "Video message of Elena Rossi, Vice Minister of Foreign Affairs\n\n\n"
        "Mr. President,\n\nItaly supports the review mechanism.\n"
    )
    assert (m.speaker, m.role) == ("Elena Rossi", "Vice Minister of Foreign Affairs")


def test_a_rank_alone_on_its_line_hands_on_to_the_office_below():
    m = metadata(
        "Remarks of H.E. Mr. Kenji Arakawa\n"
        "Ambassador Extraordinary and Plenipotentiary\n"
        "Permanent Representative of Japan to the International Organizations in Vienna\n\n"
        "at the thirty-first session of the Commission on Crime Prevention and Criminal "
        "Justice\n\nVienna, 17 May 2022\n\nChair,\n\nJapan supports the work of the Commission.\n"
    )
    assert m.speaker == "Kenji Arakawa"
    assert m.role == (
        "Ambassador Extraordinary and Plenipotentiary, Permanent Representative of Japan to "
        "the International Organizations in Vienna"
    )


def test_a_translation_note_on_a_line_of_its_own_at_the_foot():
    m = metadata(
        "Statement by the Delegation of Chile\nSixth session of the Ad Hoc Committee\n\n"
        "New York, 22 August 2023\n\nMadam Chair,\n\nChile supports a convention with strong "
        "safeguards.\n\n(Unofficial translation from Spanish)\n\nPermanent Mission of Chile\n"
    )
    assert m.translation is True


@pytest.mark.parametrize(
    "note",
    [
        "Unofficial translation. The original French version is authentic.",
        "Unofficial translation – original: French",
    ],
)
def test_a_translation_note_at_the_foot_naming_the_original(note):
    m = metadata(
        "Statement by the Delegation of Haiti\nSixth session of the Ad Hoc Committee\n\n"
        "New York, 24 August 2023\n\nMadam Chair,\n\nHaiti supports a convention with strong "
        f"safeguards.\n\n{note}\n"
    )
    assert m.translation is True


def test_a_police_rank_before_the_name_is_no_part_of_it():
    m = metadata(
        "Statement by Côte d'Ivoire\nFourth session of the Ad Hoc Committee\n\n"
        "Delivered on 12 January 2023 by Police Commissioner Ange-Michel Kouadio Yao, Director "
        "of Information and Technological Traces\n\nMadam Chair,\n\nCôte d'Ivoire supports "
        "the convention.\n"
    )
    assert m.speaker == "Ange-Michel Kouadio Yao"


INTERVIEW = (
    "INTERVIEW\n\n'A cybercrime treaty cannot be written only for those who already have the "
    "tools'\n\nRohan Mehrotra, Joint Secretary (Cyber Diplomacy) in the Ministry of External "
    "Affairs, leads the Indian delegation at the sixth session of the Ad Hoc Committee "
    "negotiating a convention on cybercrime. He spoke to Priya Raghunathan in New York.\n\n"
    "August 29, 2023 | New York\n\nNegotiators from some 150 countries are back at the UN this "
    "week, working line by line through a revised draft. The divisions are familiar. Edited "
    "excerpts:\n\nIs India happy with the direction?\n\nPartly. The chapters on international "
    "cooperation and technical assistance have improved since the fifth session.\n"
)


def test_an_interviews_standfirst_is_part_of_the_title_block():
    m = metadata(INTERVIEW)
    assert (m.speaker, m.state, m.event, m.date) == (
        "Rohan Mehrotra",
        "IND",
        "ahc-6",
        "2023-08-29",
    )
    # the answers are the speech; the standfirst is not
    assert INTERVIEW[hdr.header_end(INTERVIEW) :].lstrip().startswith("Partly.")


def test_a_speech_that_tells_who_spoke_to_whom_is_still_speech():
    text = (
        "Statement by Kenya\nNew York, 1 May 2023\n\nLast week I met the Secretary-General. He "
        "spoke to us about cybercrime, and we agreed that the convention must protect children "
        "online.\n\nKenya supports the convention.\n"
    )
    assert text[hdr.header_end(text) :].startswith("Last week")


def test_a_sentence_about_translation_is_no_translation_note():
    m = metadata(
        "Statement by the Delegation of Chile\nSixth session of the Ad Hoc Committee\n\n"
        "New York, 22 August 2023\n\nMadam Chair,\n\nWe thank the interpreters for the "
        "unofficial translation of our earlier remarks into French.\n"
    )
    assert m.translation is False


def test_explanation_of_vote_delivered_on_a_date_by_a_speaker():
    m = metadata(
        "UN Ad Hoc Committee on Cybercrime: explanation of vote on article 24\n\n"
        "Reconvened concluding session, United Nations Headquarters, New York\n\n"
        "Explanation of vote delivered on 8 August 2024 by Gemma Whitcombe, Legal Adviser, "
        "Permanent Mission of New Zealand to the United Nations\n\n1. Thank you, Chair.\n"
    )
    assert (m.speaker, m.role) == ("Gemma Whitcombe", "Legal Adviser")


def test_a_translation_note_from_the_original_and_a_spanish_publication_stamp():
    m = metadata(
        "Ministerio de Relaciones Exteriores\nPublicado el 24 de abril de 2023\n\n"
        "Statement of the delegation of Ecuador, delivered by Gabriela Cevallos, Minister "
        "Counsellor\n\nFifth session of the Ad Hoc Committee on Cybercrime\nVienna, Monday, 17 "
        "April 2023\n\nMadam Chair,\n\nEcuador supports the convention.\n\n"
        "[Translation from the Spanish original]\n"
    )
    assert (m.date, m.translation) == ("2023-04-17", True)


def test_a_title_block_in_capitals_with_a_mc_name_and_a_session_range():
    m = metadata(
        "NEW ZEALAND\n\n"
        "COMMISSION ON CRIME PREVENTION AND CRIMINAL JUSTICE\n"
        "TWENTY-SIXTH SESSION\n"
        "VIENNA, 22–26 MAY 2017\n\n"
        "STATEMENT DELIVERED BY MS FIONA MacDONALD-REID\n"
        "DIRECTOR, CRIMINAL JUSTICE POLICY\n\n"
        "23 MAY 2017\n\n\n"
        "Thank you, Chair. New Zealand supports capacity building against cybercrime.\n"
    )
    assert (m.state, m.date, m.event) == ("NZL", "2017-05-23", "ccpcj-26")
    assert m.speaker == "Fiona MacDonald-Reid"


def test_capitals_keep_a_name_prefix_and_an_elided_particle():
    line = "MISSION OF CÔTE D'IVOIRE\nMR PAUL McKENZIE\n19 MAY 2015\nUN\n"
    out = hdr.caps_to_title(line, frozenset({"UN"}))
    assert out == "Mission of Côte d'Ivoire\nMr Paul McKenzie\n19 May 2015\nUN\n"


def test_a_letterhead_in_capitals_names_cote_d_ivoire():
    m = metadata(
        "RÉPUBLIQUE DE CÔTE D'IVOIRE\n\n"
        "PERMANENT MISSION OF CÔTE D'IVOIRE TO THE UNITED NATIONS IN VIENNA\n\n"
        "Fourth session of the Ad Hoc Committee on Cybercrime\n"
        "Vienna, 16 January 2023\n\n"
        "Madam Chair,\n\nThe Group supports capacity building for developing countries.\n"
    )
    assert (m.state, m.date) == ("CIV", "2023-01-16")


def test_a_right_of_reply_names_its_speaker_after_the_office():
    m = metadata(
        "Right of reply\n"
        "of the Deputy Head of the Delegation of the Republic of Belarus Ivan Kavalenka\n"
        "in response to the statement of the delegation of Lithuania\n\n"
        "Vienna, 14 October 2026\n\n"
        "Mr. President,\n\nWe regret that we have to take the floor again today.\n"
    )
    assert (m.state, m.speaker) == ("BLR", "Ivan Kavalenka")
    assert m.role == "Deputy Head of the Delegation of the Republic of Belarus"


def test_a_delivery_line_under_the_speech_gives_the_day_within_the_session():
    m = metadata(
        "MONTENEGRO\n\nFIRST SESSION OF THE CONFERENCE OF THE STATES PARTIES\n"
        "Vienna, 16–20 November 2026\n\n"
        "Statement by Ms. Ana Petrović\nState Secretary\n\n"
        "Mr. President,\n\nMontenegro supports capacity building for all States. We thank "
        "the Secretariat for its work on this session.\n\nThank you.\n\n"
        "(Delivered at the 3rd plenary meeting, Tuesday, 17 November 2026)\n"
    )
    assert m.date == "2026-11-17"


@pytest.mark.parametrize(
    ("foot", "date"),
    [
        ("VIENNA, 30 MAY 2022\n", "2022-05-30"),
        ("Delivered in Vienna on 19 May 2022\n\nwww.example.org | Vienna, Austria\n", "2022-05-19"),
    ],
)
def test_the_day_of_delivery_under_the_speech_in_capitals_or_after_delivered_on(foot, date):
    m = metadata(
        "EUROPEAN UNION\n\nSECOND SESSION OF THE AD HOC COMMITTEE\n"
        "VIENNA, 18 MAY – 10 JUNE 2022\n\n"
        "Madam Chair,\n\nThe European Union supports strong safeguards for human rights. We "
        "thank the Secretariat for its work on this session.\n\n" + foot
    )
    assert m.date == date


def test_a_footer_under_a_rule_names_the_session():
    m = metadata(
        "Remarks of Canada – second intervention\n"
        "International cooperation and the draft text as a whole\n\n"
        "Delivered by Ms. Ann Example, Director, Global Affairs Canada\n\n"
        "Thank you, Madam Chair.\n\n"
        "Canada supports a strong chapter on technical assistance.\n\n"
        # (the footer lies beyond the first 600 characters, where a title may end)
        + "Canada will continue to engage constructively with all delegations. "
        * 10
        + "\n\nThank you.\n\n"
        "—\n"
        "Ad Hoc Committee on Cybercrime, reconvened concluding session\n"
        "United Nations Headquarters, New York\n"
        "1 August 2024\n"
    )
    assert (m.state, m.date, m.event) == ("CAN", "2024-08-01", "ahc-7r")


def test_a_translation_note_names_a_language_not_a_party():
    m = metadata(
        "Unofficial translation – original in Portuguese\n\n"
        "MINISTRY OF JUSTICE AND PUBLIC SECURITY\n"
        "FEDERATIVE REPUBLIC OF BRAZIL\n\n"
        "Remarks of the National Secretary of Justice, Ana Example Souza, at the high-level "
        "segment of the signing ceremony of the United Nations Convention against Cybercrime\n\n"
        "Mr. President,\n\nBrazil signs the Convention today.\n\nHanoi, 25 October 2025\n"
    )
    assert (m.state, m.translation) == ("BRA", True)
    assert (m.speaker, m.role) == ("Ana Example Souza", "National Secretary of Justice")
    assert (m.event, m.date) == ("hanoi-signing-2025", "2025-10-25")


def test_a_ministry_page_stamp_gives_way_to_the_day_of_delivery_in_the_title():
    m = metadata(
        "Ministry of Foreign Affairs of the Czech Republic\n\n"
        "Home › Foreign Policy › Statements\n\n"
        "20.04.2023\n\n"
        "Czech Republic at the fifth session of the UN Ad Hoc Committee on cybercrime\n\n"
        "Remarks of Radek Šimůnek, Director of the International Department for Criminal "
        "Matters, Ministry of Justice of the Czech Republic, on the chapters on preventive "
        "measures. Delivered in Vienna on 18 April 2023.\n\n"
        "---\n\nThank you, Madam Chair.\n\nThe Czech Republic supports capacity-building.\n"
    )
    assert (m.state, m.event, m.date) == ("CZE", "ahc-5", "2023-04-18")
    # (a capital with an accent begins a name too)
    assert m.speaker == "Radek Šimůnek"


def test_a_transcript_turn_names_its_speaker_in_a_parenthesis_above_a_blank_line():
    m = metadata(
        "sixth session of the Ad Hoc Committee on Cybercrime\n"
        "United Nations Headquarters, New York\n"
        "Thursday, 24 August 2023 – 7th meeting (morning)\n\n"
        "[01:12:40] CHAIR: Thank you, Viet Nam. I have Mexico, then Norway. Mexico, you have "
        "the floor.\n\n"
        "[01:12:58] MEXICO (Ana Example Ruiz, Deputy Legal Adviser, Ministry of Foreign "
        "Affairs):\n\n"
        "Thank you, Chair. We will be brief.\n\n"
        "Mexico supports a strong chapter on technical assistance.\n\n"
        "[01:16:21] CHAIR: Thank you, Mexico. Norway, you have the floor.\n"
    )
    assert (m.state, m.event, m.date) == ("MEX", "ahc-6", "2023-08-24")
    assert (m.speaker, m.role) == ("Ana Example Ruiz", "Deputy Legal Adviser")
    assert m.organization == "Ministry of Foreign Affairs"


def test_an_interviews_title_names_the_speaker_and_office():
    m = metadata(
        '"We did not get everything we asked for": an interview\n\n'
        "Interview with Ana Lindqvist-Moreau, Head of Delegation of the European Union to "
        "the Ad Hoc Committee on Cybercrime\n"
        "Recorded in New York, 9 August 2024\n\n"
        "ANNA BERG: Ambassador, is it a good day?\n\n"
        "LINDQVIST-MOREAU: It is a day of relief. We chose to engage because a convention "
        "written without us would have been worse.\n\n"
        "ANNA BERG: Would you have preferred a vote?\n\n"
        "LINDQVIST-MOREAU: Not at all.\n"
    )
    assert (m.speaker, m.role) == (
        "Ana Lindqvist-Moreau",
        "Head of Delegation of the European Union to the Ad Hoc Committee on Cybercrime",
    )


def test_a_press_approach_in_capitals_gives_the_rank_before_the_name():
    m = metadata(
        "PRESS APPROACH BY AMBASSADOR-AT-LARGE IVAN PETROV, HEAD OF THE INTERAGENCY "
        "DELEGATION, FOLLOWING THE SESSION OF THE AD HOC COMMITTEE\n\n"
        "New York, 8 August 2024\n\n"
        "Ivan Petrov: Good evening. Today we have an agreed text, and it is a foundation on "
        "which we can build.\n\n"
        "Question (Radio): Are you satisfied?\n\n"
        "Ivan Petrov: We are not.\n"
    )
    assert (m.speaker, m.role) == ("Ivan Petrov", "Ambassador-at-Large")


def test_an_interview_given_by_a_minister_to_a_journalist():
    m = metadata(
        "NEWS | TRANSCRIPT\n\n"
        "The following is a transcript of an interview given by Hon. Kofi Mensah-Boateng, "
        "Deputy Minister for Communication, Digital Technology and Innovations, to Lena Hof "
        "of Radio Danube on 21 May 2025 in Vienna.\n\n"
        "LENA HOF: Deputy Minister, what does the convention change?\n\n"
        "KOFI MENSAH-BOATENG: For us it is a question of reach. We intend to sign it.\n\n"
        "LENA HOF: Will you ratify soon?\n\n"
        "KOFI MENSAH-BOATENG: Of course.\n"
    )
    assert m.speaker == "Kofi Mensah-Boateng"
    assert m.role == "Deputy Minister for Communication, Digital Technology and Innovations"


def test_a_press_release_names_the_official_by_name_and_office_without_a_title():
    m = metadata(
        "Ministry of Justice\n\nPress release | 12.01.2023\n\n"
        "Estonia at the UN cybercrime talks in Vienna\n\n"
        "Speaking in the Committee's debate on Wednesday, 11 January, Kristjan Ilves, Deputy "
        "Secretary General for Criminal Policy at the Ministry of Justice, said that Estonia "
        "wants the future treaty to make cooperation between investigators faster.\n\n"
        '"We need a treaty that helps us reach them," Ilves said.\n'
    )
    assert (m.speaker, m.role) == (
        "Kristjan Ilves",
        "Deputy Secretary General for Criminal Policy at the Ministry of Justice",
    )


def test_a_news_item_that_opens_on_the_day_names_the_ambassador_who_led_the_delegation():
    m = metadata(
        "News of the Permanent Mission\n\n2025-05-20 18:40\n\n"
        "On 19 May 2025, Ambassador Tang Wei, Permanent Representative of China to the United "
        "Nations in Vienna, led the Chinese delegation to the opening of the session of the "
        "Commission on Crime Prevention and Criminal Justice and spoke in the general debate.\n\n"
        "Ambassador Tang said that no country can deal with these challenges alone.\n"
    )
    assert m.speaker == "Tang Wei"
    assert m.role == "Permanent Representative of China to the United Nations in Vienna"


def test_the_state_a_speakers_office_names_is_the_one_spoken_for():
    m = metadata(
        "MINISTÉRIO DAS RELAÇÕES EXTERIORES\n\nNota à imprensa nº 361\n9 de agosto de 2024\n\n"
        "Conclusion of the negotiations on the United Nations Convention against Cybercrime\n\n"
        "On Thursday, 8 August, at the closing meeting of the Ad Hoc Committee, the head of the "
        "delegation, Ambassador Carla Prado Vasconcelos, Deputy Permanent Representative of "
        "Brazil to the United Nations, delivered Brazil's statement on the approval of the "
        "draft convention. The delegation joined the consensus on the text.\n"
    )
    assert (m.speaker, m.state) == ("Carla Prado Vasconcelos", "BRA")


def test_an_interview_posted_later_is_dated_on_the_day_it_was_recorded():
    m = metadata(
        "Unofficial translation\n\n"
        "INTERVIEW OF THE HEAD OF THE DELEGATION TO THE SIXTH SESSION OF THE AD HOC COMMITTEE "
        "ON CYBERCRIME, IVAN PETROV, TO THE ONLINE EDITION OF A JOURNAL\n\n"
        "31.08.2023 10:15\n\n"
        "The interview with Ambassador Ivan Petrov was recorded in New York on 29 August 2023, "
        "in the second week of the sixth session of the Ad Hoc Committee. Questions by Anna "
        "Berg.\n\n"
        "BERG: How would you describe the atmosphere?\n\n"
        "PETROV: Businesslike, but difficult. We have a single text in front of us.\n\n"
        "BERG: Will you agree by consensus?\n\n"
        "PETROV: We would very much like that.\n"
    )
    assert m.date == "2023-08-29"


@pytest.mark.parametrize(
    ("intro", "speaker", "role"),
    [
        (
            "HOST: Good evening. I am A. Host. Joining us from Vienna is Vikram Anand Iyer, "
            "Joint Secretary for Cyber Diplomacy in the Ministry of External Affairs, a diplomat "
            "who has spent a decade on these issues. Mr. Iyer, welcome.",
            "Vikram Anand Iyer",
            "Joint Secretary for Cyber Diplomacy in the Ministry of External Affairs",
        ),
        (
            "ANCHOR: Good evening. I'm Kojo Mensah. My guest tonight is Adwoa Serwaa Boateng, "
            "Deputy Minister for Communication, Digital Technology and Innovations. She is in "
            "Vienna this week.",
            "Adwoa Serwaa Boateng",
            "Deputy Minister for Communication, Digital Technology and Innovations",
        ),
    ],
)
def test_a_broadcast_hosts_introduction_names_the_guest(intro, speaker, role):
    m = metadata(
        "THE DIPLOMATIC DESK | TRANSCRIPT\n\n"
        "Aired: Wednesday, 21 May 2025\n\n"
        + intro
        + "\n\nGUEST: Thank you. We intend to sign the convention.\n\n"
        "HOST: Will you ratify soon?\n\nGUEST: That is our intention.\n\n"
        "HOST: And the protocol?\n\nGUEST: We will look at it.\n"
    )
    assert (m.speaker, m.role) == (speaker, role)


def test_a_state_named_twice_as_the_subject_of_its_acts_speaks():
    m = metadata(
        "RADIO PROGRAMME TRANSCRIPT\n\nNew York, 9 August 2024\n\n"
        "PRESENTER: Welcome. Is this a good day?\n\n"
        "GUEST: Yes. Viet Nam has supported the elaboration of a universal convention from the "
        "start. Viet Nam therefore strongly supports the chapters on cooperation.\n\n"
        "PRESENTER: Thank you.\n"
    )
    assert m.state == "VNM"


@pytest.mark.parametrize(
    ("title", "speaker", "role"),
    [
        (
            "Briefing by Foreign Ministry Spokeswoman Irina Volkova, Moscow, December 26, 2024",
            "Irina Volkova",
            "Foreign Ministry Spokeswoman",
        ),
        (
            "Foreign Ministry Spokesperson Zhou Ming's Regular Press Conference on August 9, 2024",
            "Zhou Ming",
            "Foreign Ministry Spokesperson",
        ),
    ],
)
def test_a_spokespersons_briefing_names_the_spokesperson(title, speaker, role):
    m = metadata(
        title + "\n\nQuestion: Yesterday the committee approved the convention. Your comment?\n\n"
        "Spokesperson: We welcome the approval of the draft convention.\n\n"
        "Question: And the protocol?\n\nSpokesperson: We will take part in the negotiations.\n"
    )
    assert (m.speaker, m.role) == (speaker, role)


def test_a_briefings_list_of_subjects_names_no_party():
    m = metadata(
        "Unofficial translation\n\n"
        "Briefing by Foreign Ministry Spokeswoman Irina Volkova, Moscow, December 26, 2024\n\n"
        "Contents\n- On the situation in Syria\n- On the energy situation in Moldova\n"
        "- On the UN Convention against Cybercrime\n\n"
        "On the situation in Syria\n\n"
        "We continue to follow developments closely.\n\n"
        "Question: The General Assembly adopted the convention. Your comment?\n\n"
        "Answer: We welcome its adoption. Russia did not block the consensus. Russia will take "
        "part in the negotiations on the protocol.\n"
    )
    assert m.state == "RUS"


def test_a_lecture_outside_the_un_names_its_speaker_and_the_state_by_its_acts():
    m = metadata(
        "Instituto de Estudos\n\n"
        "Lecture delivered by Ambassador Helena Costa Vieira, Secretary for Multilateral "
        "Affairs, to the students of the diplomatic course\n\n"
        "Brasília, 18 November 2025\n\n"
        "Dear students, thank you for inviting me.\n\n"
        "In the first years, Brazil insisted that the Committee decide by consensus. Later, "
        "Brazil never accepted that safeguards were optional, and Brazil voted to keep them. "
        "Mexico joined us.\n"
    )
    assert (m.speaker, m.role, m.state) == (
        "Helena Costa Vieira",
        "Secretary for Multilateral Affairs",
        "BRA",
    )


def test_an_institution_of_the_union_speaks_for_the_eu():
    m = metadata(
        "EUROPEAN COMMISSION\n\n"
        "Introductory remarks of Anna Kowalska, Director, on behalf of the European "
        "Commission\n\nBrussels, 24 September 2024\n\nHonourable Members,\n\nThank you.\n"
    )
    assert m.state == "EU"


def test_a_title_line_naming_the_session_under_the_line_naming_the_committee():
    m = metadata(
        "EXPLANATION OF POSITION\nON THE DRAFT CONVENTION ELABORATED BY THE AD HOC COMMITTEE\n"
        "REOPENED CONCLUDING SESSION\n\nStatement by Mr. Karim Adel Nour\n\n"
        "New York, 8 August 2024\n\nMr. Chair,\n\nWe join the consensus.\n"
    )
    assert (m.event, m.speaker) == ("ahc-7r", "Karim Adel Nour")


def test_a_closing_delivered_by_line_with_the_dateline_set_off_below():
    m = metadata(
        "Statement by New Zealand on the revised draft text\n\nChair,\n\nWe are close to "
        "a text our countries can join.\n\nThank you, Chair.\n\n\n"
        "Delivered by Aroha Te Rangi, Deputy Permanent Representative of New Zealand to the "
        "United Nations\n\nNew York, 9 February 2024\n"
    )
    assert (m.speaker, m.state, m.date) == ("Aroha Te Rangi", "NZL", "2024-02-09")


def test_a_secretariat_note_gives_the_day_of_delivery_not_the_day_of_issue():
    m = metadata(
        "A/AC.291/CRP.99\nUnited Nations\nDistr.: General\n1 February 2024\n\n"
        "Ad Hoc Committee on Cybercrime\nConcluding session\n"
        "New York, 29 January–9 February 2024\n\n"
        "Statement delivered by Ghana\n\nNote by the Secretariat\n\n"
        "The Secretariat has the honour to transmit herewith the statement delivered by "
        "Ms. Ama Serwaa Boateng, Counsellor of Ghana, at the 1st meeting of the concluding "
        "session, on 29 January 2024.\n\n1. Madam Chair, we thank you.\n"
    )
    assert m.date == "2024-01-29"


def test_a_french_title_block_names_the_speaker_and_the_day():
    m = metadata(
        "Mission permanente auprès de l’Organisation des Nations Unies\n\n"
        "Déclaration de clôture\nClosing statement\n\n"
        "prononcée par Mme Leïla Benali Tazi\nMinistre plénipotentiaire\n\n"
        "New York, le 1ᵉʳ septembre 2023\n\nMadam Chair,\n\nWe thank you.\n"
    )
    assert (m.speaker, m.role, m.date) == (
        "Leïla Benali Tazi",
        "Ministre plénipotentiaire",
        "2023-09-01",
    )


def test_a_letterhead_in_the_delegations_language_names_its_state():
    m = metadata(
        "ROYAUME DU MAROC\nMission permanente auprès de l’Organisation des Nations Unies\n\n"
        "Closing statement on behalf of the Arab Group\n\nNew York, 1 September 2023\n\n"
        "Madam Chair,\n\nThe Group thanks you.\n"
    )
    assert m.state == "MAR"


def test_an_op_ed_byline_under_its_standfirst_and_the_note_on_its_author():
    m = metadata(
        "COMMENTARY\n\nA new treaty against cybercrime: why Ghana said yes\n\n"
        "The United Nations now has a convention against cybercrime. For a country where "
        "mobile money fraud destroys lives every week, it is a tool we need.\n\n"
        "By Ambassador Abena Serwaa Mensah\nMonday, 6 January 2025\n\n"
        "On Christmas Eve the General Assembly adopted the convention without a vote, and I "
        "want to explain why Ghana joined the consensus and why it should sign.\n\n"
        "Abena Serwaa Mensah is Ghana's Permanent Representative to the United Nations in New "
        "York.\n"
    )
    assert (m.speaker, m.role, m.state, m.date) == (
        "Abena Serwaa Mensah",
        "Permanent Representative to the United Nations in New York",
        "GHA",
        "2025-01-06",
    )


def test_the_writer_named_only_in_the_byline_takes_the_office_of_the_note():
    m = metadata(
        "OPINION\n\nWhy the talks stalled\n\nBy Reza Karimi Tabrizi\n\n"
        "Last Friday the Committee closed its session without a text, and the reasons are "
        "not the ones the press repeats.\n\n"
        "The writer is Deputy Permanent Representative of the Islamic Republic of Iran to the "
        "United Nations. The views expressed are his own.\n"
    )
    assert (m.speaker, m.state) == ("Reza Karimi Tabrizi", "IRN")
    assert m.role.startswith("Deputy Permanent Representative of the Islamic Republic of Iran")


def test_remarks_of_a_police_officer_named_with_his_rank():
    m = metadata(
        "Permanent Mission of Brazil to the United Nations\n\n"
        "Remarks of Federal Police Commissioner Rafael Lima Cavalcanti, Head of the Cybercrime "
        "Division of the Federal Police, on the draft text\n\nNew York, 24 August 2023\n\n"
        "Madam Chair,\n\nWe thank you.\n"
    )
    assert (m.speaker, m.role) == (
        "Rafael Lima Cavalcanti",
        "Head of the Cybercrime Division of the Federal Police",
    )


def test_an_interviews_byline_is_the_journalists_not_the_speakers():
    m = metadata(
        'vienna dialogues | interview\n\n"A treaty is only as good as the cooperation it makes '
        'possible"\n\nAmbassador Luíza Prado Teles, Permanent Representative of Brazil to the '
        "International Organizations in Vienna, on ratification and safeguards\n\n"
        "By Jonas Feldmann\n\nWe met the Ambassador at the Vienna International Centre. The "
        "interview was conducted in English and has been condensed.\n\nAmbassador, where does "
        "Brazil stand?\n\nWe are preparing for signature.\n"
    )
    assert m.speaker == "Luíza Prado Teles"


def test_an_interviews_standfirst_names_the_session_and_the_day():
    m = metadata(
        'REPUBLIC OF GHANA\nMINISTRY OF COMMUNICATION\n\n"We will sign": interview with Hon. '
        "Kofi Mensah Boateng, Minister for Communication\n\n"
        "The Minister spoke to A. Reporter on the margins of the thirty-fourth session of the "
        "Commission on Crime Prevention and Criminal Justice, Vienna, on Tuesday 20 May 2025. "
        "The transcript has been lightly edited for length and clarity by the editors. "
        "Published on 22 May 2025.\n\nQ1. Minister, do the critics have a point?\n\nNot at all.\n"
    )
    assert (m.event, m.date) == ("ccpcj-34", "2025-05-20")
