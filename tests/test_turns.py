"""Statements published as transcripts or meeting records: the speaker's turn is the
statement, the presiding officer's turns around it are not."""

from __future__ import annotations

from graph import pipeline
from graph.extractors.turns import reported_turns, speaker_turn, turns
from graph.model import Document, Metadata

WEB_TV = """Ad Hoc Committee on Cybercrime
Sixth session - 14th meeting
New York, Friday, 1 September 2023

Unofficial transcript.

[00:10:02] CHAIR (Ms. Ana Lima, Brazil): Thank you. I appeal to all delegations to agree \
by consensus on the remaining articles, as the General Assembly asked us to do. I now give \
the floor to the Republic of Moldova.

[00:10:40] REPUBLIC OF MOLDOVA (Mr. Ion Rusu, Head of Delegation): Thank you, Madam Chair. \
The Republic of Moldova supports a convention with strong human rights safeguards, and we \
call for robust safeguards in article 24.

[00:12:15] CHAIR: I thank the distinguished representative of the Republic of Moldova. \
Egypt, you have the floor.

[00:12:20] EGYPT: Thank you, Madam Chair.
"""

RECORD = """General Assembly
Seventy-ninth session, 53rd plenary meeting

The President: I give the floor to the representative of Uruguay.

Mr. Juan Pablo Silva (Uruguay): Uruguay welcomes the adoption of the Convention against \
Cybercrime and supports capacity-building for developing countries.

The President: We have heard the last speaker in explanation of position.
"""


def extract(text: str):
    return pipeline.extract(Document(id="t.txt", text=text))


def test_the_speaker_turn_gives_state_speaker_and_role_not_the_chairs_country():
    x = extract(WEB_TV)
    assert (x.metadata.state, x.metadata.speaker, x.metadata.role) == (
        "MDA",
        "Ion Rusu",
        "Head of Delegation",
    )
    assert x.metadata.event == "ahc-6"


def test_only_the_speakers_turn_takes_stances():
    x = extract(WEB_TV)
    topics = {s.topic: s.polarity for s in x.stances}
    assert topics.get("human-rights-safeguards") == "support"
    # The chair's appeal for consensus is not Moldova's position.
    assert "consensus-decision-making" not in topics
    for s in x.stances:
        assert all(WEB_TV.index("REPUBLIC OF MOLDOVA (") < e.start for e in s.evidence)
        assert all(e.end <= WEB_TV.index("[00:12:15]") for e in s.evidence)


def test_a_verbatim_record_names_the_speaker_first_and_the_state_in_brackets():
    turn = speaker_turn(RECORD)
    assert turn is not None and turn.person == ("Juan Pablo Silva", None)
    x = extract(RECORD)
    assert (x.metadata.state, x.metadata.speaker) == ("URY", "Juan Pablo Silva")
    assert {s.topic for s in x.stances} >= {"capacity-building"}


def test_a_statement_with_a_capitalised_note_is_no_transcript():
    text = (
        "STATEMENT BY NORWAY\n\nNOTE: Check against delivery\n\nMr. Chair,\n\n"
        "Norway supports the convention.\n"
    )
    assert turns(text) == []
    assert extract(text).metadata.state == "NOR"


def test_a_turn_whose_words_begin_on_the_next_line():
    text = (
        "General Assembly: 55th plenary meeting, 79th session\n\n"
        "[00:41:05] PRESIDENT (Mr. Tomas Varga, Hungary):\n"
        "I now give the floor to the representative of Ghana.\n\n"
        "[00:41:40] GHANA (Ms. Ama Mensah, Deputy Permanent Representative):\n"
        "Thank you, Mr. President. Ghana supports capacity-building for developing "
        "countries to fight cybercrime.\n"
    )
    x = extract(text)
    assert (x.metadata.state, x.metadata.speaker, x.metadata.role) == (
        "GHA",
        "Ama Mensah",
        "Deputy Permanent Representative",
    )
    assert {s.holder for s in x.stances} == {"GHA"}


SUMMARY_RECORD = """United Nations                                          A/C.3/99/SR.7

General Assembly                                        Distr.: General
Ninety-ninth session                                    30 October 2044
Third Committee

Summary record of the 7th meeting
Held at Headquarters, New York, on Tuesday, 11 October 2044, at 3 p.m.

Chair:  Mr. Example ................................ (Portugal)

The meeting was called to order at 3.05 p.m.

1. Ms. Okonkwo-Hart (Ghana), speaking on behalf of the Group of African States, said \
that the Group supported capacity-building and technical assistance for developing \
countries as a central pillar of the future convention against cybercrime.

2. The Group also called for decisions to be taken by consensus.

3. Speaking in her national capacity, she said that Ghana had adopted a cybercrime law \
and would continue to cooperate with all States.

4. Mr. Lindgren (Sweden) said that his delegation could not accept the criminalization \
of content-related offences in a cybercrime convention, which would endanger freedom of \
expression.

5. The Chair said that the Committee would continue its work by consensus.
"""

MEETINGS_COVERAGE = """Committee approves draft on cybercrime

The Committee approved the draft resolution by a recorded vote of 80 in favour to 60 \
against, with 30 abstentions, on countering the use of information and communications \
technologies for criminal purposes.

The representative of Norway, speaking in explanation of vote before the vote, said that \
her delegation would vote against the draft. Norway supported the Budapest Convention \
and called for strong human rights safeguards.

She added that the process had not been inclusive.

The representative of Viet Nam said that his delegation would vote in favour, as a \
universal convention under the United Nations was needed.

The draft was then approved.
"""


def test_a_summary_record_gives_each_delegation_its_own_stances():
    x = extract(SUMMARY_RECORD)
    held = {(s.holder, s.topic): s.polarity for s in x.stances}
    # The numbered paragraphs after a speaker's go on with the same delegation.
    assert held[("GHA", "capacity-building")] == "support"
    assert held[("GHA", "consensus-decision-making")] == "support"
    assert held[("SWE", "content-offences")] == "oppose"
    # The chair's words and the chair's country hold nothing.
    assert not any(s.holder == "PRT" for s in x.stances)
    assert ("SWE", "consensus-decision-making") not in held


def test_a_summary_record_names_the_delegation_that_speaks_longest_and_its_meeting_day():
    x = extract(SUMMARY_RECORD)
    assert (x.metadata.state, x.metadata.speaker) == ("GHA", "Okonkwo-Hart")
    # "Held at … on 11 October 2044", not the day the record was issued.
    assert x.metadata.date == "2044-10-11"


def test_a_press_release_of_the_meetings_coverage_gives_each_delegation_its_stances():
    x = extract(MEETINGS_COVERAGE)
    held = {(s.holder, s.topic): s.polarity for s in x.stances}
    assert held[("NOR", "human-rights-safeguards")] == "support"
    assert held[("VNM", "un-cybercrime-convention")] == "support"
    assert ("NOR", "un-cybercrime-convention") not in held
    # Each stance's evidence lies inside its own delegation's turn.
    for s in x.stances:
        for span in s.evidence:
            assert MEETINGS_COVERAGE[span.start : span.end] == span.text
            if s.holder == "NOR":
                assert span.start < MEETINGS_COVERAGE.index("The representative of Viet Nam")


def test_a_speech_that_names_one_delegation_in_the_third_person_is_no_record():
    text = (
        "Statement by Ms. A. Person, Ambassador of Chile\n\n"
        "The representative of Chile said that her country supported strong human rights "
        "safeguards in the convention.\n\nShe added that Chile would sign it.\n"
    )
    assert reported_turns(text) == ()


def test_a_statement_answering_delegations_it_quotes_is_no_record():
    text = (
        "Statement by Ambassador A. Person on behalf of the European Union\n\nChair,\n\n"
        "The representative of Belarus said yesterday that safeguards were \u201ca luxury\u201d. "
        "We do not agree: the European Union supports strong human rights safeguards.\n\n"
        "The delegate of Cuba stated that consensus was impossible. We disagree, and we "
        "call for decisions by consensus.\n"
    )
    assert reported_turns(text) == ()
    x = pipeline.extract(
        Document(id="t.txt", text=text, metadata=Metadata(state="EU", event="ahc-7"))
    )
    assert {(s.holder, s.topic) for s in x.stances} >= {
        ("EU", "human-rights-safeguards"),
        ("EU", "consensus-decision-making"),
    }


NEWS_ITEM = """Ministry of Foreign Affairs | News

Deputy Minister addresses the Ad Hoc Committee on cybercrime

Vienna, 12 April 2023

Deputy Minister Ana Duarte-Lima, Head of the Delegation of Portugal, stressed that the \
future convention against cybercrime must protect human rights.

Turning to existing instruments, she said that any future convention must not weaken the \
Budapest Convention. She added that her delegation supported capacity-building for \
developing countries.
"""


def test_a_speech_reported_in_the_third_person_is_the_speakers_own():
    x = pipeline.extract(Document(id="t.txt", text=NEWS_ITEM, metadata=Metadata(state="PRT")))
    held = {s.topic: s.polarity for s in x.stances}
    # "she said that …" reports the speaker, not someone else.
    assert held.get("build-on-existing-instruments") == "support"
    assert held.get("capacity-building") == "support"
    # The evidence quotes the text as written.
    for s in x.stances:
        for e in s.evidence:
            assert NEWS_ITEM[e.start : e.end] == e.text
            assert "she said" in e.text or "stressed" in e.text or "She added" in e.text


def test_a_reported_speakers_insistence_is_their_own_view():
    text = NEWS_ITEM + (
        "\nShe further insisted that civil society, academia and the private sector should "
        "take part in the work of the future convention's Conference.\n"
    )
    x = pipeline.extract(Document(id="t.txt", text=text, metadata=Metadata(state="PRT")))
    held = {s.topic: s.polarity for s in x.stances}
    assert held.get("multistakeholder-participation") == "support"


def test_in_a_speech_in_the_first_person_he_said_quotes_someone_else():
    text = (
        "Madam Chair,\n\nWe thank the delegate of Ruritania. Turning to existing instruments, "
        "he said that any future convention on cybercrime must not weaken the Budapest "
        "Convention. We will return to this later.\n"
    )
    x = pipeline.extract(Document(id="t.txt", text=text, metadata=Metadata(state="PRT")))
    assert "build-on-existing-instruments" not in {s.topic for s in x.stances}


VERBATIM_RECORD = """General Assembly
Seventy-ninth session, 55th plenary meeting

The President: I give the floor to the representative of Uruguay.

Mr. Juan Pablo Silva (Uruguay): Uruguay welcomes the adoption of the Convention against \
Cybercrime.

The President: I now give the floor to the representative of Norway.

Ms. Ingrid Dahl (Norway): Norway joins the consensus on the Convention against \
Cybercrime, but we regret that the human rights safeguards are weaker than we had hoped. \
We will judge the Convention by how States apply them, and we call on every State Party to \
apply articles 6 and 24 in full, in every case and without exception.

The President: We have heard the last speaker in explanation of position.
"""


def test_a_verbatim_record_of_several_delegations_gives_each_its_stances():
    x = extract(VERBATIM_RECORD)
    held = {(s.holder, s.topic): s.polarity for s in x.stances}
    assert held[("URY", "un-cybercrime-convention")] == "support"
    assert held[("NOR", "un-cybercrime-convention")] == "support"
    # safeguards found wanting are asked for
    assert held[("NOR", "human-rights-safeguards")] == "support"
    # The record is published as the delegation that speaks longest.
    assert (x.metadata.state, x.metadata.speaker) == ("NOR", "Ingrid Dahl")


PRESS_RELEASE_WITH_OFFICES = """Meetings Coverage

Committee Approves Text on Cybercrime

Introducing the draft, Olga Petrova-Ivanova, Deputy Permanent Representative of Belarus, \
recalled that a universal convention against cybercrime under the United Nations was \
needed. "The convention must respect the sovereignty of States," she stressed.

The representative of Finland, speaking on behalf of the European Union, said that the \
bloc would vote against the text on cybercrime and called for strong human rights \
safeguards.
"""


def test_a_delegate_named_with_the_office_opens_a_turn_and_the_union_speaks_for_itself():
    x = extract(PRESS_RELEASE_WITH_OFFICES)
    held = {(s.holder, s.topic): s.polarity for s in x.stances}
    # The quotation goes on with the speaker's turn.
    assert held[("BLR", "sovereignty")] == "support"
    assert held[("EU", "human-rights-safeguards")] == "support"
    assert not any(s.holder == "FIN" for s in x.stances)
    assert x.metadata.speaker == "Olga Petrova-Ivanova"


MISSION_ACCOUNT = """PERMANENT MISSION OF GHANA TO THE UNITED NATIONS

Statement by Ghana at the fourth session of the Ad Hoc Committee on cybercrime

Vienna, 16 January 2023

Madam Chair,

My delegation attaches great importance to capacity-building under the future convention \
against cybercrime. We believe that technical assistance must be a central pillar of the \
convention, and our experts stand ready to share their experience.

Summary of the exchange

The representative of India said that international cooperation must be the heart of the \
convention against cybercrime.

The representative of New Zealand said that New Zealand could not support the inclusion \
of content-related offences in the convention against cybercrime.
"""


def test_a_missions_statement_then_its_account_of_the_exchange():
    x = extract(MISSION_ACCOUNT)
    held = {(s.holder, s.topic): s.polarity for s in x.stances}
    assert x.metadata.state == "GHA"
    assert held[("GHA", "capacity-building")] == "support"
    assert held[("IND", "international-cooperation")] == "support"
    assert held[("NZL", "content-offences")] == "oppose"
    assert ("GHA", "content-offences") not in held


def test_the_subject_of_a_record_named_in_one_turn_holds_for_every_turn():
    text = SUMMARY_RECORD.replace(
        "5. The Chair said",
        "5. Mr. Otieno (Kenya) said that his delegation welcomed the decision to elaborate a "
        "United Nations convention and that technical assistance had to be a central "
        "pillar of it.\n\n6. The Chair said",
    )
    held = {(s.holder, s.topic): s.polarity for s in extract(text).stances}
    # Kenya never says "cybercrime"; the meeting is about it.
    assert held[("KEN", "un-cybercrime-convention")] == "support"
    assert held[("KEN", "capacity-building")] == "support"


def test_an_interviewers_questions_are_not_the_speakers_words():
    text = (
        "Interview with the Deputy Minister on the convention against cybercrime\n\n"
        "Q: The Budapest Convention must remain the only global standard. What is your "
        "view?\n\n"
        "A: Our country supports capacity-building for developing countries under the "
        "convention against cybercrime.\n"
    )
    x = pipeline.extract(Document(id="t.txt", text=text, metadata=Metadata(state="VNM")))
    topics = {s.topic for s in x.stances}
    assert "capacity-building" in topics
    assert "join-budapest-convention" not in topics


def _held(text: str, state: str = "NOR") -> dict[str, str]:
    doc = Document(id="interview.txt", text=text, metadata=Metadata(state=state))
    return {s.topic: s.polarity for s in pipeline.extract(doc).stances}


def test_a_transcript_labelled_with_names_keeps_the_journalists_views_out():
    text = (
        "Interview on the convention against cybercrime\n\n"
        "KARI NORDMANN: Minister, welcome. Critics say the convention should criminalize "
        "the dissemination of extremist content online. Will you push for that?\n\n"
        "OLA HANSEN: Our priority is capacity-building for developing countries under the "
        "convention against cybercrime.\n\n"
        "KARI NORDMANN: Several States insist that the Budapest Convention must remain the "
        "only global standard. Where does that leave the new treaty?\n\n"
        "OLA HANSEN: The new convention gives us a basis for cooperation with every region.\n\n"
        "KARI NORDMANN: Minister, thank you.\n"
    )
    held = _held(text)
    assert held.get("capacity-building") == "support"
    assert "content-offences" not in held
    assert "join-budapest-convention" not in held


def test_a_question_labelled_with_its_outlet_is_the_journalists():
    text = (
        "Press approach by the Head of Delegation\n\n"
        "Question (Radio Fjord): The Budapest Convention must remain the only global "
        "standard. What is your view?\n\n"
        "Ambassador Hansen: Our country supports capacity-building for developing "
        "countries under the convention against cybercrime.\n\n"
        "Question (Evening Post): Will you sign in Hanoi?\n\n"
        "Ambassador Hansen: We will decide after our internal review.\n"
    )
    held = _held(text)
    assert held.get("capacity-building") == "support"
    assert "join-budapest-convention" not in held


def test_a_bare_no_answers_the_question_it_follows():
    text = (
        "Press conference on the convention against cybercrime\n\n"
        "Q: Would your country consider acceding to the Budapest Convention now?\n\n"
        "A: No.\n\n"
        "Q: What about technical assistance?\n\n"
        "A: Our country supports capacity-building for developing countries.\n"
    )
    held = _held(text, "RUS")
    assert held.get("join-budapest-convention") == "oppose"


def test_a_bare_no_to_a_tag_question_disputes_the_view_it_asks_about():
    text = (
        "Interview on the convention against cybercrime\n\n"
        "ANNA BERG: Some delegations argued that developing countries should accede to the "
        "Budapest Convention instead. Do you agree?\n\n"
        "JONAS LIE: No.\n\n"
        "ANNA BERG: Why not?\n\n"
        "JONAS LIE: Because a universal treaty serves every region.\n\n"
        "ANNA BERG: Thank you.\n"
    )
    assert _held(text, "ZAF").get("join-budapest-convention") == "oppose"


def test_a_question_with_a_longer_answer_stays_the_journalists():
    # The answer does not take up the question's words, so the question is no view.
    text = (
        "Press conference on the convention against cybercrime\n\n"
        "Q: Would your country consider acceding to the Budapest Convention now?\n\n"
        "A: No decision has been taken on that question yet, and we will report to "
        "Parliament in the autumn.\n\n"
        "Q: What about technical assistance?\n\n"
        "A: Our country supports capacity-building for developing countries.\n"
    )
    held = _held(text, "RUS")
    assert "join-budapest-convention" not in held
    assert held.get("capacity-building") == "support"


UNLABELLED_INTERVIEW = """Interview with the head of delegation on the convention against \
cybercrime

Your critics say the convention should criminalize the dissemination of extremist content \
online. Will you push for that?

Our priority is capacity-building for developing countries under the convention.

Some delegations want the Budapest Convention to remain the only global standard. What do \
you make of that?

The new convention gives us a basis for cooperation with every region.

Will your Government sign it in Hanoi?

The decision belongs to the Cabinet.
"""


def test_questions_to_you_in_paragraphs_of_their_own_are_an_interviewers():
    held = _held(UNLABELLED_INTERVIEW)
    assert held.get("capacity-building") == "support"
    assert "content-offences" not in held
    assert "join-budapest-convention" not in held


def test_two_questions_to_the_room_do_not_make_a_speech_an_interview():
    # A speech may ask the room; its questions are its own (rhetorical) words.
    text = (
        "Statement by Norway at the Ad Hoc Committee on Cybercrime\n\n"
        "Mr. Chair,\n\n"
        "Distinguished colleagues, do you think that we need a framework convention on "
        "cybercrime?\n\n"
        "We do not think so. Norway supports robust human rights safeguards in the "
        "convention.\n\n"
        "And do you really want the dissemination of extremist content online criminalized "
        "in a treaty on cybercrime?\n\n"
        "We certainly do not.\n"
    )
    assert _held(text).get("framework-convention") == "oppose"


PANEL = """Australia's contribution to the side event on the convention against cybercrime

MODERATOR: Good afternoon. Ambassador, what does Australia want from the convention?

AMB. C. MAHONY (Australia): Thank you. Australia supports capacity-building for developing \
countries under the convention against cybercrime.

And we will keep saying so.

MODERATOR: Ms. Raghunathan?

MS. P. RAGHUNATHAN (India): India believes the convention should criminalize the \
dissemination of extremist content online.

Panellist from Egypt: Egypt agrees, and the Budapest Convention must never be the global \
standard.

MODERATOR: Thank you all.
"""


def test_the_other_panellists_turns_are_not_the_contributing_partys_views():
    held = _held(PANEL, "AUS")
    assert held.get("capacity-building") == "support"
    assert "content-offences" not in held
    assert "join-budapest-convention" not in held


def test_a_moderators_question_ends_with_its_paragraph():
    # The answer carries no label the reader knows; it is still the speaker's.
    text = (
        "Side event on the convention against cybercrime\n\n"
        "Moderator: Counsellor, what are your priorities?\n\n"
        "Thank you. Norway supports capacity-building for developing countries under the "
        "convention against cybercrime.\n\n"
        "Moderator: And the Budapest Convention?\n\n"
        "It remains the reference for us, and Norway supports accession to the Budapest "
        "Convention.\n\n"
        "Moderator: Thank you.\n"
    )
    held = _held(text)
    assert held.get("capacity-building") == "support"
    assert held.get("join-budapest-convention") == "support"


def test_another_delegations_words_quoted_at_length_are_not_the_speakers():
    text = (
        "Statement by the Russian Federation in exercise of the right of reply\n"
        "Ad Hoc Committee on Cybercrime, reconvened concluding session\n"
        "New York, 7 August 2024\n\n"
        "Madam Chair,\n\n"
        'The British representative stated: "The Budapest Convention remains the gold '
        "standard for the world. Every State should accede to the Budapest Convention without "
        'delay."\n\n'
        "The Russian Federation supports capacity-building for developing countries under the "
        "convention against cybercrime.\n"
    )
    held = _held(text, "RUS")
    assert held.get("capacity-building") == "support"
    assert "join-budapest-convention" not in held


def test_the_speaker_quoting_itself_keeps_its_words():
    text = (
        "Statement by Norway\nAd Hoc Committee on Cybercrime, sixth session\n"
        "New York, 22 August 2023\n\n"
        "Madam Chair,\n\n"
        'At the first session we said: "Norway supports accession to the Budapest '
        'Convention. It is the reference for cooperation."\n\n'
        "We still believe so.\n"
    )
    assert _held(text).get("join-budapest-convention") == "support"


def test_a_host_who_also_makes_statements_is_still_the_interviewer():
    text = (
        "Episode 47: the cybercrime treaty\n\n"
        "MARCUS: Welcome back. My guest leads her country's delegation. Thanks for coming.\n\n"
        "ANNA: Thanks for having me.\n\n"
        "MARCUS: Surely the convention should criminalize the dissemination of extremist "
        "content online. Will you accept that?\n\n"
        "ANNA: Our priority is capacity-building for developing countries under the convention "
        "against cybercrime.\n\n"
        "MARCUS: Critics say the treaty is useless, because every crime now has a digital part.\n\n"
        "ANNA: We see it differently.\n\n"
        "MARCUS: And the Budapest Convention must stay the only global standard. Is that "
        "fair?\n\n"
        "ANNA: It is a question for each State.\n\n"
        "MARCUS: Thank you.\n"
    )
    held = _held(text)
    assert held.get("capacity-building") == "support"
    assert "content-offences" not in held
    assert "join-budapest-convention" not in held
