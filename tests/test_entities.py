"""Entity rules on sentences written for the tests, including the look-alike traps."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graph import pipeline
from graph.cli import main
from graph.model import Document, Metadata


def entities(text: str, **metadata) -> set[tuple[str, str]]:
    x = pipeline.extract(Document(id="t.txt", text=text, metadata=Metadata(**metadata)))
    for m in x.mentions:
        assert text[m.span.start : m.span.end] == m.span.text
    return {(m.kind, m.id) for m in x.mentions}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We recall resolution 74/247 and General Assembly resolution 75/282.",
            {("Resolution", "A/RES/74/247"), ("Resolution", "A/RES/75/282")},
        ),
        ("As set out in A/RES/79/243, the text was adopted.", {("Resolution", "A/RES/79/243")}),
        (
            "Resolutions 73/187, 74/247 and 75/282 guide us.",
            {
                ("Resolution", "A/RES/73/187"),
                ("Resolution", "A/RES/74/247"),
                ("Resolution", "A/RES/75/282"),
            },
        ),
        (
            "Security Council resolution 1373 (2001) binds all.",
            {("Resolution", "S/RES/1373(2001)")},
        ),
        (
            "The Human Rights Council, in its resolution 20/8, affirmed it.",
            {("Resolution", "A/HRC/RES/20/8")},
        ),
        (
            "The emergency special session adopted resolution ES-11/1.",
            {("Resolution", "A/RES/ES-11/1")},
        ),
    ],
)
def test_resolutions_are_normalised_to_un_symbols(sentence, expected):
    found = {e for e in entities(sentence) if e[0] == "Resolution"}
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The report A/75/982 describes the process.",
        "The draft resolution 77/12 was withdrawn.",
        "Security Council resolutions must be implemented.",
        "See the record A/77/PV.4 and S/PRST/2022/3.",
        # a treaty body numbers its resolutions as the Assembly does
        "The review mechanism was launched by resolution 8/2 of the Conference.",
        "It was established by this Conference in its resolution 9/1.",
        "Commission resolution 26/4 asked the Secretariat for a report.",
    ],
)
def test_reports_drafts_and_unnumbered_resolutions_are_not_resolutions(sentence):
    assert not {e for e in entities(sentence) if e[0] == "Resolution"}


def test_instruments_by_name_alias_and_anaphor():
    text = (
        "Our parliament ratified the Council of Europe Convention on Cybercrime last year. "
        "We are now preparing to sign the second additional protocol to this convention. "
        "The Palermo Convention and UNCAC remain our basis."
    )
    found = entities(text)
    assert {
        ("Instrument", "budapest-convention"),
        ("Instrument", "budapest-second-protocol"),
        ("Instrument", "untoc"),
        ("Instrument", "uncac"),
    } <= found


def test_look_alikes_are_not_instruments():
    text = (
        "We need a United Nations convention on cybercrime that works. "
        "Transnational organized crime is a threat to every region."
    )
    found = entities(text)
    assert ("Instrument", "budapest-convention") not in found
    assert ("Instrument", "untoc") not in found


def test_protocol_anaphor_needs_the_convention_first():
    found = entities("The second additional protocol was discussed at length.")
    assert ("Instrument", "budapest-second-protocol") not in found


def test_shortened_and_translated_names_of_the_ad_hoc_committee():
    for name in (
        "the Ad Hoc Committee to Elaborate a Comprehensive International Convention on "
        "Countering the Use of Information and Communications Technologies for Criminal Purposes",
        "the Ad Hoc Committee on Cybercrime",
        "the Special Committee to develop a convention on countering the use of ICTs for "
        "criminal purposes",
    ):
        assert ("Body", "ahc") in entities(f"We thank {name} for its work."), name


def test_the_committee_names_the_ahc_only_in_an_ahc_statement():
    assert ("Body", "ahc") in entities("We thank the Committee.", event="ahc-2")
    assert ("Body", "ahc") not in entities("We thank the Committee.", event="ccpcj-27")


def test_events_from_ordinals_and_numbers():
    found = entities(
        "At the 31st session of the Commission on Crime Prevention and Criminal Justice and "
        "the second session of the Ad Hoc Committee on cybercrime, we spoke."
    )
    assert {("Event", "ccpcj-31"), ("Event", "ahc-2")} <= found


def test_bodies_by_name_and_acronym():
    found = entities(
        "UNODC and the United Nations Interregional Crime and Justice Research Institute "
        "help; the Counter-Terrorism Office coordinates with INTERPOL."
    )
    assert {("Body", "unodc"), ("Body", "unicri"), ("Body", "unoct"), ("Body", "interpol")} <= found


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        # A resolution number belongs to the organ named last in its sentence.
        (
            "We look forward to the Human\nRights Council, which adopted a resolution on that "
            "topic this year (resolution 20/8).",
            ("Resolution", "A/HRC/RES/20/8"),
            ("Resolution", "A/RES/20/8"),
        ),
        # Places named after a State are not the State.
        (
            "Argentina raised the question of South Georgia and the South Sandwich Islands.",
            ("State", "ARG"),
            ("State", "GEO"),
        ),
        # A climate COP is not the UNTOC Conference of the Parties.
        (
            "Argentina welcomes the twenty- sixth session of the Conference of the Parties to the "
            "United Nations Framework Convention on Climate Change.",
            ("State", "ARG"),
            ("Event", "untoc-cop-26"),
        ),
        (
            "We stand with the Palestinian people and the Afghan people.",
            ("State", "PSE"),
            ("State", "CHN"),
        ),
        (
            "My predecessor came from the Libyan Arab Jamahiriya.",
            ("State", "LBY"),
            ("State", "ARE"),
        ),
        (
            "We support an international Convention on Countering the Use of Information and\n"
            "Communications Technologies for Criminal Purposes.",
            ("Instrument", "un-cybercrime-convention"),
            ("Instrument", "budapest-convention"),
        ),
    ],
)
def test_general_debate_traps(sentence, present, absent):
    found = entities(sentence)
    assert present in found
    assert absent not in found


def test_an_anaphoric_session_counts_after_the_treaty_is_named():
    text = (
        "We are parties to the United Nations Convention against Transnational Organized Crime. "
        "We look forward to the ninth session of the Conference of the Parties."
    )
    assert ("Event", "untoc-cop-9") in entities(text)
    assert ("Event", "untoc-cop-9") not in entities(text.split(". ", 1)[1])


def test_officials_named_in_the_speech_are_persons():
    x = pipeline.extract(
        Document(
            id="t.txt",
            text="I thank Secretary-General António Guterres and Chancellor Angela Merkel.",
            metadata=Metadata(state="DEU"),
        )
    )
    assert {p.id for p in x.persons} == {"antonio-guterres", "angela-merkel"}


def test_the_issuer_in_a_resolution_label_is_a_mention_too():
    from graph import pipeline
    from graph.model import Document

    x = pipeline.extract(
        Document(id="t.txt", text="Mr. Chair,\n\nWe recall General Assembly resolution 74/247.")
    )
    found = {(m.kind, m.id) for m in x.mentions}
    assert {("Resolution", "A/RES/74/247"), ("Body", "unga")} <= found


def test_plural_demonyms_and_compound_halves_name_their_states():
    from graph import codebook, gazetteer

    g = gazetteer.build(codebook.load())
    text = (
        "The Chilean-Peruvian border talks helped Haitians and Cubans, "
        "but not all South Americans; the Russian-Chinese draft treaty on outer space "
        "is another matter."
    )
    found = {
        (c.kind, c.id, text[c.start : c.end])
        for c in gazetteer.resolve_overlaps(g.candidates(text))
    }
    assert {
        ("State", "PER", "Peruvian"),
        ("State", "HTI", "Haitians"),
        ("State", "CUB", "Cubans"),
    } <= found
    assert not any(i == "USA" for _, i, _ in found)
    assert not any(k == "Instrument" for k, _, _ in found)


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("as the Council said (S/RES/2396 (2017), para. 2)", "S/RES/2396(2017)"),
        ("the Assembly then adopted [A/RES/377]", "A/RES/377"),
        ("a special session (A/HRC/RES/S-29/1).", "A/HRC/RES/S-29/1"),
    ],
)
def test_written_symbols_are_normalised_and_valid(text, symbol):
    import re

    from graph import codebook, gazetteer, validate

    found = [c for c in gazetteer.find_resolutions(text, codebook.load()) if c.rule == "symbol"]
    assert [c.id for c in found] == [symbol]
    pattern = next(
        o for o in validate.shapes().objects(None, validate.SH.pattern) if "RES" in str(o)
    )
    assert re.match(str(pattern), symbol)


def test_former_member_states_of_the_early_debates_are_states():
    from graph import codebook, gazetteer

    g = gazetteer.build(codebook.load())
    text = "Yugoslavia, the German Democratic Republic and the Czechoslovak delegation"
    found = {c.id for c in gazetteer.resolve_overlaps(g.candidates(text))}
    assert {"YUG", "DDR", "CSK"} <= found


def test_lettered_resolutions_and_a_capital_on_the_next_line():
    from graph import codebook, gazetteer

    text = "resolutions 31/106 A and 32/87 D; resolution 50/70\nA new era began"
    ids = [c.id for c in gazetteer.find_resolutions(text, codebook.load())]
    assert ids == ["A/RES/31/106A", "A/RES/32/87D", "A/RES/50/70"]


@pytest.mark.parametrize(
    ("sentence", "event", "expected"),
    [
        ("We thank the President of the 78th session.", "unga-79", {"unga-78"}),
        ("The Assembly at its seventy- third session adopted it.", "unga-74", {"unga-73"}),
        ("At the fifty-first session of the Commission on the Status of Women.", "unga-74", set()),
        ("At the fourth session we agreed on the text.", "ahc-5", {"ahc-4"}),
        # the body is named by an anaphor that the treaty named before licenses
        (
            "We support the review of the Convention against Transnational Organized Crime, "
            "launched by the Conference of the Parties at its tenth session.",
            "ccpcj-31",
            {"untoc-cop-10"},
        ),
    ],
)
def test_a_session_named_by_its_number_alone_is_the_speakers_bodys(sentence, event, expected):
    from graph import pipeline
    from graph.model import Document, Metadata

    x = pipeline.extract(
        Document(id="t", text="Mr. President,\n\n" + sentence, metadata=Metadata(event=event))
    )
    assert {m.id for m in x.mentions if m.kind == "Event"} == expected


def test_a_body_named_inside_a_treaty_counts_unless_the_title_holds_it():
    found = entities(
        "We are a party to the Council of Europe Convention on Cybercrime and to the United "
        "Nations Convention against Corruption."
    )
    assert {("Instrument", "budapest-convention"), ("Body", "coe")} <= found
    assert ("Instrument", "uncac") in found
    assert ("Body", "un") not in found


def test_a_demonym_before_an_act_of_state_names_the_state():
    found = entities("We condemn the Ruritanian claims and the Russian invasion of a neighbour.")
    assert ("State", "RUS") in found
    assert ("State", "CUB") in entities("She quoted a hero of Cuban independence.")


def test_a_footer_line_of_addresses_is_not_speech():
    text = (
        "Mr. Chair,\n\nWe thank Austria for hosting this session in Vienna and all delegations "
        "for their work on the convention.\n\nWe support the text.\n\n"
        "Mission of Norway in Vienna | Reisnerstrasse 55 | Tel: +43 1 716 60 | www.example.no\n"
    )
    found = entities(text, state="NOR")
    assert ("State", "AUT") in found
    assert ("State", "NOR") not in found


def test_a_territory_named_after_an_ocean_is_not_a_states_demonym():
    found = entities("Stamps of the so-called British Indian Ocean Territory are not valid.")
    assert ("State", "IND") not in found


def test_the_ad_hoc_committee_after_the_convention_is_named_at_the_general_assembly():
    text = (
        "Mr. President,\n\nWe welcome the adoption of the United Nations Convention against "
        "Cybercrime. Throughout the talks in the Ad Hoc Committee, we sought consensus.\n"
    )
    x = pipeline.extract(
        Document(id="t.txt", text=text, metadata=Metadata(state="NOR", event="unga-79"))
    )
    assert ("Body", "ahc") in {(m.kind, m.id) for m in x.mentions}


def test_the_ad_hoc_committee_set_up_by_resolution_74_247_at_the_expert_group():
    found = entities(
        "Chair,\n\nIts findings must be taken into account by the Ad Hoc Committee established "
        "by General Assembly resolution 74/247.\n",
        state="EU",
        event="ieg-7",
    )
    assert ("Body", "ahc") in found
    # Another ad hoc committee, with no word of the convention or its resolution, is not.
    other = entities(
        "Mr. President,\n\nThe Ad Hoc Committee on the Indian Ocean met twice this year.\n",
        state="LKA",
        event="unga-70",
    )
    assert ("Body", "ahc") not in other


def test_its_session_after_another_body_is_that_bodys():
    found = entities(
        "Madam Chair,\n\nWe hope the General Assembly will adopt the text at its seventy-ninth "
        "session. This Committee will conclude its work at its seventh session.\n",
        state="KEN",
        event="ahc-6",
    )
    assert {("Event", "unga-79"), ("Event", "ahc-7")} <= found
    assert ("Event", "ahc-79") not in found


def test_an_emergency_session_resolution_with_a_space_after_its_hyphen():
    found = entities("Mr. President,\n\nWe recall resolution ES- 10/20 of the Assembly.\n")
    assert ("Resolution", "A/RES/ES-10/20") in found


def test_the_ict_working_group_named_by_its_resolution_and_the_convention_by_its_mandate():
    from graph import pipeline
    from graph.model import Document

    x = pipeline.extract(
        Document(
            id="t.txt",
            text="Madam Chair,\n\nState behaviour belongs to the Open-ended Working Group "
            "established by resolution 75/240. We support a comprehensive United Nations "
            "convention on countering the use of information and communications technologies "
            "for criminal purposes.\n",
        )
    )
    found = {(m.kind, m.id) for m in x.mentions}
    assert {("Body", "oewg-ict"), ("Instrument", "un-cybercrime-convention")} <= found


def test_a_protocol_names_the_treaty_it_supplements():
    from graph import pipeline
    from graph.model import Document

    x = pipeline.extract(
        Document(
            id="t.txt",
            text="Madam Chair,\n\nWe propose language along the lines of Article 7 of the "
            "Second Additional Protocol to the Budapest Convention.\n",
        )
    )
    found = {(m.kind, m.id) for m in x.mentions if m.kind == "Instrument"}
    assert found == {
        ("Instrument", "budapest-second-protocol"),
        ("Instrument", "budapest-convention"),
    }


def test_state_names_written_without_their_hyphen_or_diacritic():
    found = entities("Peace in Guinea Bissau, Timor Leste and Turkiye matters to Guinea.")
    assert {i for k, i in found if k == "State"} == {"GNB", "TLS", "TUR", "GIN"}


def test_the_committee_set_up_by_74_247_and_a_session_named_in_the_next_sentence():
    text = (
        "Mr. Chair,\n\nMuch of our work is done in the Ad Hoc Committee established by "
        "resolution 74/247. With the sixth session concluded, the end is near. Before it, "
        "the Intergovernmental Expert Group met for years."
    )
    found = entities(text, state="DEU", event="unga-78")
    assert {("Body", "ahc"), ("Body", "ieg-cybercrime")} <= found
    # the committee's session, not the Assembly's sixth (of 1951)
    assert ("Event", "unga-6") not in found


def test_a_bare_session_of_the_assembly_stays_the_assemblys():
    found = entities(
        "Mr. President,\n\nAt the seventy-eighth session we spoke of peace. The Human Rights "
        "Council met too.",
        state="DEU",
        event="unga-78",
    )
    assert ("Event", "unga-78") in found


def test_a_resolution_whose_organ_is_named_after_its_number():
    found = entities(
        "We recall resolution 47/16 of the Human Rights Council and resolution 74/247."
    )
    assert ("Resolution", "A/HRC/RES/47/16") in found
    assert ("Resolution", "A/RES/47/16") not in found
    assert ("Resolution", "A/RES/74/247") in found


def test_an_organ_named_before_a_page_break_does_not_issue_the_next_pages_resolution():
    found = entities(
        "We thank the members who supported our bid for the Human Rights Council.\n12/30 "
        "15-12345\n\x0c\nThis year saw the adoption of the 2030 Agenda (resolution 70/1)."
    )
    assert ("Resolution", "A/RES/70/1") in found
    assert ("Resolution", "A/HRC/RES/70/1") not in found


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        # Spoken after the State ceased to exist: history, not an actor of the speech.
        ("2012-09-25", set()),
        ("2004", set()),
        # Spoken while it was a member of the United Nations.
        ("1985-10-01", {("State", "CSK"), ("State", "YUG")}),
        # No date known: the name is kept.
        (None, {("State", "CSK"), ("State", "YUG")}),
    ],
)
def test_a_former_state_named_after_its_end_is_history_not_a_mention(date, expected):
    text = "Czechoslovakia and Yugoslavia were among the States that signed the declaration."
    found = entities(text, date=date)
    assert {m for m in found if m[0] == "State"} == expected


def test_a_demonym_in_a_compound_of_action_or_before_one_citizen_names_the_state():
    found = entities(
        "The French-led operation and the Saudi-brokered truce held, and a young Tunisian "
        "citizen spoke for many."
    )
    assert {("State", "FRA"), ("State", "SAU"), ("State", "TUN")} <= found


def test_a_compound_of_demonyms_broken_after_its_hyphen_names_both_states():
    found = entities("A just settlement of the Israeli- Palestinian conflict is overdue.")
    assert {("State", "ISR"), ("State", "PSE")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        "These ideas were in the draft convention submitted in 2021 by the Russian Federation.",
        "The draft convention that Russia, with its co-sponsors, submitted to the Committee in "
        "2021 is the basis of our proposals.",
    ],
)
def test_the_2021_russian_draft_described_by_who_submitted_it_and_when(sentence):
    assert ("Instrument", "ru-draft-2021") in entities(sentence)


def test_the_2017_russian_draft_named_by_its_year_and_title():
    found = entities("Our 2017 draft convention on cooperation in combating information crimes.")
    assert ("Instrument", "ru-draft-2017") in found


def test_a_session_of_a_treaty_committee_named_with_the_is_not_the_assemblys():
    text = (
        "Mr. President,\n\nOur report was considered by the Committee on the Elimination of "
        "Discrimination against Women at its fifty-second session."
    )
    x = pipeline.extract(Document(id="t", text=text, metadata=Metadata(event="unga-67")))
    assert not {m.id for m in x.mentions if m.kind == "Event"}


def test_a_demonym_before_an_incursion_names_the_state():
    assert ("State", "RUS") in entities("We paused because of the Russian incursion.")


def test_a_demonym_before_a_head_of_government_names_the_state():
    found = entities("We met the Austrian Chancellor and the Jordanian King last week.")
    assert {("State", "AUT"), ("State", "JOR")} <= found, found


def test_a_list_of_council_resolutions_with_a_serial_comma_keeps_its_last_item():
    found = entities(
        "The Council adopted resolutions 1267 (1999), 1373 (2001), and 2178 (2014) on terrorism."
    )
    assert ("Resolution", "S/RES/2178(2014)") in found, found


def test_a_name_in_capitals_stops_before_the_office_on_the_next_line(tmp_path):
    statement = tmp_path / "ind.txt"
    statement.write_text(
        "Permanent Mission of India to the United Nations\nNew York\n\nCheck against delivery\n\n"
        "Third Session of the Ad Hoc Committee\n\nSTATEMENT BY\nSHRI ARJUN DEV MEHRA\n"
        "JOINT SECRETARY (CYBER DIPLOMACY)\nMINISTRY OF EXTERNAL AFFAIRS\n\n2 September 2022\n\n"
        "Madam Chair,\n\nIndia supports the convention.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(statement), "--format", "json"])
    persons = {e["id"] for e in json.loads(result.output)["entities"] if e["type"] == "Person"}
    assert persons == {"arjun-dev-mehra"}, persons


def test_a_crime_congress_named_by_its_ordinal_is_an_event():
    found = entities(
        "We look forward to the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice."
    )
    assert ("Event", "crime-congress-15") in found, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # demonyms before a host, friends, a chair, a commissioner, a beach or farms
        ("We thank our Emirati hosts and our Vietnamese friends.", {"ARE", "VNM"}, set()),
        ("We pay tribute to the Algerian Chair of the Committee.", {"DZA"}, set()),
        ("The British High Commissioner was attacked.", {"GBR"}, set()),
        ("A child drowned on a Turkish beach.", {"TUR"}, set()),
        ("We call for the return of the Syrian Golan.", {"SYR"}, set()),
        # the Democratic Republic of the Congo by its French name and by its east
        (
            "Officers of the Forces armées de la République démocratique du Congo were killed.",
            {"COD"},
            {"COG"},
        ),
        ("The conflict in eastern Congo goes on.", {"COD"}, {"COG"}),
    ],
)
def test_states_named_by_demonyms_and_by_other_names(text, present, absent):
    states = {id for kind, id in entities(text) if kind == "State"}
    assert present <= states
    assert not (absent & states)


def test_an_office_name_wrapped_after_its_hyphen_in_a_corpus():
    assert ("Body", "unoct") in entities(
        "We welcome the establishment of the new Office of Counter- Terrorism."
    )


def test_a_persons_first_session_of_the_assembly_is_no_event_and_this_body_is_the_assembly():
    found = entities(
        "We congratulate you on your election as President of this body. As this is his first "
        "session of the General Assembly as head of our Organization, we thank the "
        "Secretary-General.",
        state="NLD",
        event="unga-72",
    )
    assert ("Body", "unga") in found
    assert ("Event", "unga-1") not in found


def test_sessions_of_a_committee_established_by_the_assembly_said_at_the_conference():
    text = (
        "Mr. President,\n\nCARICOM States take part in the Review Mechanism launched at the "
        "tenth session of the Conference.\n\nLet me turn to the negotiations in the Ad Hoc "
        "Committee established by the General Assembly to elaborate a comprehensive "
        "international convention on countering the use of information and communications "
        "technologies for criminal purposes. Our delegations took an active part in its third "
        "session in New York, and we look forward to the fourth session, to be held in Vienna."
    )
    found = entities(text, state="BRB", event="untoc-cop-11")
    assert {("Event", "untoc-cop-10"), ("Event", "ahc-3"), ("Event", "ahc-4")} <= found
    assert not {("Event", "untoc-cop-3"), ("Event", "untoc-cop-4"), ("Event", "unga-4")} & found


def test_the_next_session_after_a_body_named_with_an_assembly_resolution():
    text = (
        "Madam Chair,\n\nFiji took part in the first session of the Ad Hoc Committee established "
        "under General Assembly resolution 74/247, held in New York earlier this year, and we "
        "will be present when the second session opens here in Vienna."
    )
    found = entities(text, state="FJI", event="ccpcj-31")
    assert {("Event", "ahc-1"), ("Event", "ahc-2")} <= found
    assert ("Event", "unga-2") not in found


def test_sessions_named_after_the_committee_the_conference_and_the_commission_at_the_assembly():
    text = (
        "Mr. Chair,\n\nWe welcome the launch, at the tenth session of the Conference of the "
        "Parties to the Organized Crime Convention, of its review mechanism. The Commission on "
        "Crime Prevention and Criminal Justice must remain at the centre of the response to "
        "crime. We welcome the outcome of the thirtieth session of the Commission in May.\n\n"
        "We are engaged in the Ad Hoc Committee established by resolution 74/247. The third "
        "session completed a first reading, and we look forward to the fourth session.\n"
    )
    found = entities(text, state="IND", event="unga-77")
    assert {
        ("Event", "untoc-cop-10"),
        ("Event", "ccpcj-30"),
        ("Event", "ahc-3"),
        ("Event", "ahc-4"),
    } <= found
    assert not {("Event", "unga-3"), ("Event", "unga-4"), ("Event", "unga-30")} & found


def test_the_ad_hoc_committee_after_the_budapest_convention_is_the_cybercrime_committee():
    text = (
        "Mr. Chair,\n\nOur experience under the Budapest Convention has been positive. We see no "
        "contradiction between that membership and our full engagement in the Ad Hoc "
        "Committee.\n"
    )
    assert ("Body", "ahc") in entities(text, state="GHA", event="unga-78")


def test_its_organizational_session_and_the_concluding_session_said_at_the_committee():
    text = (
        "Madam Chair,\n\nOur members have taken part in the work of the Ad Hoc Committee since "
        "its organizational session. We thank the Bureau, in particular since the concluding "
        "session in February, when it became clear that more time would be needed.\n"
    )
    found = entities(text, state="IRN", event="ahc-7r")
    assert {("Event", "ahc-org"), ("Event", "ahc-7")} <= found


def test_the_expert_group_numbers_meetings_and_a_future_body_owns_its_first_session():
    text = (
        "Chair,\n\nAlmost a year has passed since the third meeting of the Group. At the fifth "
        "meeting, this Group discussed its recommendations.\n"
    )
    found = entities(text, state="CAN", event="ieg-6")
    assert {("Event", "ieg-3"), ("Event", "ieg-5")} <= found
    text = (
        "Madam Chair,\n\nThe Union engaged in the Ad Hoc Committee from its organizational "
        "session until the reconvened concluding session in August 2024. The future Conference "
        "of the States Parties should be open to stakeholders from its first session.\n"
    )
    found = entities(text, state="EU", event="ccpcj-34")
    assert {("Event", "ahc-org"), ("Event", "ahc-7r")} <= found
    assert ("Event", "ccpcj-1") not in found


def test_a_numbered_meeting_at_a_body_that_holds_sessions_is_no_session():
    found = entities(
        "Madam Chair,\n\nAs we said at the fifth meeting, the text needs more work.\n",
        state="BRA",
        event="ahc-6",
    )
    assert ("Event", "ahc-5") not in found


def test_a_commission_resolution_named_by_its_after_the_commission_is_no_assembly_resolution():
    text = (
        "Chair,\n\nThe Commission on Crime Prevention and Criminal Justice endorsed that view in "
        "its resolution 26/4.\n"
    )
    assert ("Resolution", "A/RES/26/4") not in entities(text, state="CAN", event="ieg-4")


def test_a_session_after_its_organizer_and_a_comma_in_a_footer():
    found = entities(
        "Canada supports the convention.\n\n—\nAd Hoc Committee on Cybercrime, reconvened "
        "concluding session\nUnited Nations Headquarters, New York\n1 August 2024\n"
    )
    assert ("Event", "ahc-7r") in found


def test_a_demonym_does_not_reach_a_noun_across_a_blank_line():
    found = entities("Unofficial translation – original in Portuguese\n\nMINISTRY OF JUSTICE\n")
    assert ("State", "PRT") not in found
    # (a line break inside a title still joins them)
    assert ("State", "PRT") in entities("Statement of the Portuguese\nMinistry of Justice\n")


def test_its_session_belongs_to_the_body_named_right_after_it():
    found = entities(
        "Chair,\n\nLast October, at its ninth session, the Conference of the Parties to the "
        "United Nations Convention against Transnational Organized Crime agreed to establish "
        "a review mechanism.",
        event="ccpcj-28",
    )
    assert ("Event", "untoc-cop-9") in found
    assert ("Event", "ccpcj-9") not in found


def test_the_eu_named_by_another_speaker_is_also_the_state_like_party():
    found = entities("The European Union argued for a narrow text.", state="NOR", event="ahc-3")
    assert {("Body", "eu"), ("State", "EU")} <= found


def test_a_lecture_outside_any_session_places_bare_sessions_in_the_committee_it_names():
    text = (
        "Keynote by A. Person at a university\n\n"
        "The Ad Hoc Committee on Cybercrime was created in 2019, after years of talk in the "
        "Expert Group. The Committee met in New York. The first session settled the "
        "structure; at the fourth session the Committee worked from a single text."
    )
    found = entities(text)
    assert {("Event", "ahc-1"), ("Event", "ahc-4")} <= found
    assert ("Event", "ieg-cybercrime-4") not in found


def test_a_name_broken_across_lines_by_a_hyphen_is_found_and_quoted_as_written():
    text = (
        "Mexico values the United Nations Conven-\ntion against Transnational Organized "
        "Crime and the Russian-\nChinese draft alike."
    )
    x = pipeline.extract(Document(id="t.txt", text=text, metadata=Metadata(event="ahc-3")))
    found = {(m.kind, m.id): m.span.text for m in x.mentions}
    assert found[("Instrument", "untoc")] == (
        "United Nations Conven-\ntion against Transnational Organized Crime"
    )
    assert {("State", "RUS"), ("State", "CHN")} <= set(found)


def test_a_session_number_far_past_a_bodys_last_is_not_its_session():
    found = entities(
        "The Commission on Narcotic Drugs discussed darknet markets at its 65th session, and "
        "this Committee will meet again at its third session.",
        event="ahc-2",
    )
    assert ("Event", "ahc-65") not in found
    assert ("Event", "ahc-3") in found


def test_states_greeted_in_another_language_and_treaties_named_in_it():
    found = entities(
        "Saudamos as delegações de Portugal, de Angola e de Cabo Verde, com quem partilhamos "
        "uma língua e a convicção de que a cooperação deve ser eficaz.\n\n"
        "Nous rappelons que la résolution 75/282 de l'Assemblée générale a fixé les modalités "
        "de nos travaux.\n\n"
        "Colombia has been a Party to the Convenio de Budapest since 2020 and applies the "
        "Convención de Palermo every day.",
        event="ahc-7r",
    )
    assert {("State", "PRT"), ("State", "AGO"), ("State", "CPV")} <= found
    assert ("Resolution", "A/RES/75/282") in found
    assert {("Instrument", "budapest-convention"), ("Instrument", "untoc")} <= found


def test_a_compound_broken_at_its_own_hyphen_still_names_its_session():
    found = entities(
        "We look forward to the General Assembly at its sixty-\nninth session.",
        event="unga-68",
    )
    assert ("Event", "unga-69") in found


def test_the_council_named_after_its_resolution_and_not_carried_into_the_next_paragraph():
    found = entities(
        "In its resolution 47/16, the Human Rights Council affirmed that the same rights "
        "apply online.\n\nResolution 79/243 refers to additional offences as appropriate.",
        event="ahc-8",
    )
    assert {("Resolution", "A/HRC/RES/47/16"), ("Resolution", "A/RES/79/243")} <= found
    assert ("Resolution", "A/HRC/RES/79/243") not in found
    found = entities(
        "As the Human Rights Council recalled in its resolution 20/8, and the General Assembly "
        "in resolution 78/213, the rights people have offline must be protected online.",
        event="ahc-8",
    )
    assert {("Resolution", "A/HRC/RES/20/8"), ("Resolution", "A/RES/78/213")} <= found


def test_a_human_rights_council_session_and_the_resolutions_of_this_council():
    text = (
        "HRC56 - Interactive Dialogue with the Special Rapporteur on freedom of expression\n\n"
        "Mr President,\n\nWe affirm, together with this Council in resolutions 20/8 and 47/16, "
        "that the same rights apply online, as the General Assembly did in resolution 78/213."
    )
    x = pipeline.extract(Document(id="t.txt", text=text))
    found = {(m.kind, m.id) for m in x.mentions}
    assert x.metadata.event == "hrc-56"
    assert {("Resolution", "A/HRC/RES/20/8"), ("Resolution", "A/HRC/RES/47/16")} <= found
    assert ("Resolution", "A/RES/78/213") in found
    # (the Council is known for its sessions, not listed among the codebook's bodies)
    assert ("Body", "hrc") not in found


def test_an_ordinal_counted_since_an_event_is_no_session_number():
    found = entities(
        "This is the first session of the Commission since the General Assembly adopted the "
        "Convention.",
        event="ccpcj-34",
    )
    assert ("Event", "ccpcj-1") not in found


def test_a_council_session_named_elsewhere_is_not_reported():
    found = entities(
        "At the forty-sixth session of the Human Rights Council, we presented a resolution.",
        event="unga-76",
    )
    assert not any(kind == "Event" and id_.startswith("hrc-") for kind, id_ in found)
