"""Rules for how General Debate speeches phrase stances, names and mentions.

Every sentence is written for these tests (none is quoted from the corpus or the seeds).
Statements are delivered at a General Assembly session, where a topic needs its subject
area (crime, terrorism, cyber) in the sentence or the one before it.
"""

from __future__ import annotations

import pytest

from graph import codebook, pipeline
from graph.extractors.persons import named_persons
from graph.model import Document, Metadata

SALUTATION = "Mr. President,\n\n"


def extract(body: str):
    text = SALUTATION + body
    x = pipeline.extract(
        Document(id="t.txt", text=text, metadata=Metadata(state="NOR", event="unga-80"))
    )
    for s in x.stances:
        for e in s.evidence:
            assert text[e.start : e.end] == e.text
    for m in x.mentions:
        assert text[m.span.start : m.span.end] == m.span.text
    return x


def stances(body: str) -> dict[str, tuple[str, list[str], str]]:
    return {
        s.topic: (s.polarity, [e.text for e in s.evidence], s.rule) for s in extract(body).stances
    }


def entities(body: str) -> set[tuple[str, str]]:
    return {(m.kind, m.id) for m in extract(body).mentions}


# ---- anaphora: a stance taken through words that refer back to the topic -----------


def test_the_convention_after_a_sentence_naming_it_takes_the_stance():
    body = (
        "Our experts took part in the talks on a new UN convention against cybercrime. "
        "We look forward to the convention entering into force soon."
    )
    polarity, evidence, rule = stances(body)["un-cybercrime-convention"]
    assert polarity == "support"
    assert evidence == ["We look forward to the convention entering into force soon."]
    assert "+anaphor" in rule


def test_such_criminals_after_a_sentence_on_terrorism_supports_countering_it():
    body = (
        "The fight against terrorism in the border provinces has cost many lives. "
        "Our Government is committed to pursuing such criminals wherever they hide."
    )
    polarity, evidence, _ = stances(body)["counter-terrorism"]
    assert polarity == "support"
    assert evidence == [
        "Our Government is committed to pursuing such criminals wherever they hide."
    ]


def test_an_anaphor_without_its_antecedent_is_no_stance():
    body = (
        "Floods destroyed the harvest in the north. "
        "Our Government is committed to pursuing such criminals wherever they hide."
    )
    assert "counter-terrorism" not in stances(body)


# ---- acting against a harm, and naming a harm --------------------------------------


def test_acting_against_a_harm_supports_countering_it():
    body = "Our police combat the sexual abuse of children online every day."
    assert stances(body)["child-protection"][0] == "support"


@pytest.mark.parametrize(
    "body",
    [
        "The threat of terrorism looms over the whole region.",
        "The fight against terrorism has been used as a pretext for repression.",
    ],
)
def test_words_that_name_a_harm_are_no_stance_on_it(body):
    assert "counter-terrorism" not in stances(body)


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        ("We must confront the threat of terrorism together.", "counter-terrorism"),
        ("Terrorism, whoever commits it, must be condemned and countered.", "counter-terrorism"),
        ("We support every effort to eliminate all forms of terrorism.", "counter-terrorism"),
        ("We appeal for stronger action against terrorism in our region.", "counter-terrorism"),
        (
            "We will deepen police and judicial cooperation with our neighbours against "
            "drug trafficking.",
            "international-cooperation",
        ),
        ("The spread of cybercrime calls for global cooperation.", "international-cooperation"),
        (
            "States have no choice but to cooperate in dealing with transnational crime.",
            "international-cooperation",
        ),
        (
            "Criminal gangs now operate across our borders. "
            "States need to work together to tackle them.",
            "international-cooperation",
        ),
        (
            "Criminal networks smuggle migrants along our coasts. "
            "We continue to cooperate closely on this with our regional and international "
            "partners.",
            "international-cooperation",
        ),
        (
            "The struggle against crime on the Internet should be led by the United Nations.",
            "un-central-role",
        ),
        (
            "We are seeking joint solutions to organized crime and terrorism.",
            "international-cooperation",
        ),
        (
            "My delegation actively participated in the negotiations on the United Nations "
            "Convention against Cybercrime.",
            "un-cybercrime-convention",
        ),
        # Added after the blind sets of 2026-11-26 (sentences written for the test).
        ("Nobody can doubt that terrorism can never be justified.", "counter-terrorism"),
        ("Maritime terrorism remains a grave danger to our shipping.", "counter-terrorism"),
        (
            "We are delighted that countering nuclear terrorism is now a priority.",
            "counter-terrorism",
        ),
        (
            "Cybercrime is spreading fast. It is imperative that the international community "
            "tackle those threats together.",
            "international-cooperation",
        ),
        (
            "We call for stronger international cooperation to recover stolen assets.",
            "international-cooperation",
        ),
        (
            "Our country stands ready to partner with its neighbours to combat organized crime.",
            "international-cooperation",
        ),
        (
            "Terrorism must be defeated, with the United Nations as the central coordinator.",
            "un-central-role",
        ),
        (
            "We back joint efforts against terrorism under the auspices of the United Nations.",
            "un-central-role",
        ),
        (
            "We support the negotiation of a binding instrument to tackle cybercrime.",
            "un-cybercrime-convention",
        ),
        (
            "The Budapest Convention is the only binding instrument on cybercrime. The more "
            "States accede to it, the stronger it becomes.",
            "join-budapest-convention",
        ),
        ("We must fight the ideology of terrorism and deny it financing.", "counter-terrorism"),
        ("Terrorism calls for an integrated strategy.", "counter-terrorism"),
        (
            "We have reinforced our border controls and, in close coordination with neighbouring "
            "countries, dismantled several drug smuggling routes.",
            "international-cooperation",
        ),
        (
            "We welcome the contribution of our partners to the fight against drug trafficking.",
            "international-cooperation",
        ),
        (
            "Piracy, terrorism and organized crime are on the rise. All these challenges demand "
            "collective and coordinated solutions.",
            "international-cooperation",
        ),
        (
            "Our country is actively engaged in efforts to secure extradition agreements for the "
            "gravest crimes.",
            "international-cooperation",
        ),
        (
            "Acts of terrorism are on the rise in our region, and all States must coordinate "
            "their actions to overcome that scourge.",
            "counter-terrorism",
        ),
        (
            "Last month Al-Shabaab bombed a market in our capital. We condemn that cowardly "
            "attack in the strongest terms.",
            "counter-terrorism",
        ),
        (
            "The international community should work closely with regional organizations to "
            "suppress piracy in the Gulf of Aden.",
            "international-cooperation",
        ),
        (
            "Piracy is a serious crime that threatens our trade. We call on our partners to "
            "strengthen the judicial capacities of countries that prosecute pirates.",
            "capacity-building",
        ),
        (
            "We welcome the new partnerships launched with our neighbours to fight money "
            "laundering across the region.",
            "international-cooperation",
        ),
        (
            "The struggle against illicit drugs must be a shared and concerted effort of "
            "producer and consumer countries alike.",
            "international-cooperation",
        ),
        (
            "Cross-border crime has to be tackled transnationally, by all of us together.",
            "international-cooperation",
        ),
        (
            "We will keep working with online platforms to remove terrorist content from "
            "their services.",
            "counter-terrorism",
        ),
        (
            "The problem of international terrorism must be urgently addressed. We appeal to "
            "the entire international community to pool its resources in order to eradicate "
            "this scourge.",
            "counter-terrorism",
        ),
    ],
)
def test_general_debate_phrasings_support(body, topic):
    assert stances(body)[topic][0] == "support"


def test_crimes_against_humanity_are_not_crime_policy():
    body = "We call for international cooperation to bring crimes against humanity to justice."
    assert "international-cooperation" not in stances(body)


# ---- entities ------------------------------------------------------------------------


def test_the_convention_named_with_technology_in_the_singular():
    found = entities(
        "We back the elaboration of a comprehensive international convention on countering "
        "the use of information and communications technology for criminal purposes."
    )
    assert ("Instrument", "un-cybercrime-convention") in found


def test_the_european_cybercrime_treaty_is_no_call_for_a_un_treaty():
    found = stances(
        "Cybercrime is rising. The Council of Europe’s Cybercrime Treaty remains the only "
        "binding instrument in force."
    )
    assert "un-cybercrime-convention" not in found


def test_a_united_nations_convention_on_cybercrime_is_not_the_budapest_convention():
    found = entities("We signed the United Nations Convention on Cybercrime last year.")
    assert ("Instrument", "un-cybercrime-convention") in found
    assert ("Instrument", "budapest-convention") not in found


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("The Israeli occupation of the territories must end.", "ISR"),
        ("We welcome the Moroccan autonomy initiative.", "MAR"),
        ("Syrian refugees deserve our help.", "SYR"),
    ],
)
def test_a_demonym_before_a_noun_of_state_action_names_the_state(body, state):
    assert ("State", state) in entities(body)


def test_a_demonym_before_an_issue_or_programme_names_the_state():
    assert ("State", "IRN") in entities("On the Iranian nuclear issue we urge restraint.")


def test_a_demonym_before_leaders_or_a_problem_names_the_state():
    assert {("State", "ISR"), ("State", "PSE")} <= entities(
        "We expect the Israeli \nand Palestinian leaders to shoulder their responsibility."
    )
    assert ("State", "PSE") in entities("We must address the Palestinian problem.")


def test_demonyms_for_or_against_a_state_and_demonyms_sharing_a_noun():
    assert {("State", "USA"), ("State", "FRA")} <= entities(
        "We are neither pro-American nor anti-French; we are simply pro-African."
    )
    assert {("State", "LBY"), ("State", "MAR")} <= entities(
        "We stand with the Libyan and Moroccan peoples after the floods."
    )


def test_a_demonym_before_other_words_names_no_state():
    assert ("State", "MAR") not in entities("Moroccan cuisine is famous around the world.")


def test_the_first_open_ended_working_group_on_icts_is_the_oewg():
    body = (
        "We took note of the report of the Open-ended Working Group on Developments in the "
        "Field of Information and Telecommunications in the Context of International Security."
    )
    assert ("Body", "oewg-ict") in entities(body)


def test_a_general_assembly_session_named_after_the_assembly():
    body = "The General Assembly during its seventieth session adopted the Goals."
    assert ("Event", "unga-70") in entities(body)


# ---- persons -------------------------------------------------------------------------


def ids(text: str) -> list[str]:
    return [p.id for p in named_persons(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I congratulate Maria Lopez Ferrer on her election.", ["maria-lopez-ferrer"]),
        ("I congratulate You Mr. Jan Novak on your election.", ["jan-novak"]),
        ("We honour our compatriot Ana Maria Silva, who died in service.", ["ana-maria-silva"]),
        ("The panel set up by Kofi Annan’s office reported in 2004.", ["kofi-annan"]),
        ("As Mr. Guterres reminded us, time is short.", ["antonio-guterres"]),
        ("We thank Secretary- General Antonio Guterres.", ["antonio-guterres"]),
        ("We thank Dr. Tedros A. Ghebreyesus for his work.", ["tedros-adhanom-ghebreyesus"]),
        ("We congratulate the people of our region.", []),
        ("Let me greet my friend and colleague Ana Pereira Costa.", ["ana-pereira-costa"]),
        ("I thank my dear friend Jonas Berg, our host.", ["jonas-berg"]),
        (
            "As Commander Pedro Ruiz Alba said, and as Commander Ruiz Alba repeated, peace "
            "comes first.",
            ["pedro-ruiz-alba", "pedro-ruiz-alba"],
        ),
    ],
)
def test_officials_named_without_a_title_or_by_a_known_surname(text, expected):
    assert ids(text) == expected


def test_a_states_name_after_a_courtesy_verb_is_not_a_person():
    x = extract("We congratulate South Sudan on its admission to the Organization.")
    assert not x.persons
    assert ("State", "SSD") in {(m.kind, m.id) for m in x.mentions}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("We support Security Council resolution 242 and a two-State solution.", "S/RES/242(1967)"),
        ("The Security Council, in resolution 1325, put women at the centre.", "S/RES/1325(2000)"),
    ],
)
def test_a_security_council_resolution_cited_without_its_year(body, expected):
    assert ("Resolution", expected) in entities(body)


@pytest.mark.parametrize(
    "body",
    [
        "The Security Council adopted resolution 9999 yesterday.",  # year unknown: no symbol
        "The General Assembly adopted resolution 242 long ago.",  # not a Council resolution
        # between two years' runs of numbers (or after the last dated one): undated
        "The Security Council adopted resolution 2740 this summer.",
    ],
)
def test_a_yearless_number_the_codebook_does_not_know_is_no_resolution(body):
    assert not {m for m in entities(body) if m[0] == "Resolution"}


def test_a_council_resolutions_year_wrapped_onto_the_next_line():
    found = entities("We recall Security Council resolutions 2051 (2012) and 2140 \n(2014).")
    assert ("Resolution", "S/RES/2140(2014)") in found


def test_a_yearless_security_council_number_inside_a_dated_run_takes_its_year():
    found = entities(
        "We call for the full implementation of Security Council resolution 2254 in Syria "
        "and of Security Council resolution 1701 in Lebanon."
    )
    assert {("Resolution", "S/RES/2254(2015)"), ("Resolution", "S/RES/1701(2006)")} <= found


def test_the_security_councils_dated_runs_rise_with_the_numbers():
    runs = codebook.load().sc_years
    assert len(runs) > 50
    for (first, last, year), (next_first, _, next_year) in zip(runs, runs[1:], strict=False):
        assert first <= last < next_first and year < next_year


def test_cooperating_to_exchange_information_on_crime_is_law_enforcement_cooperation():
    body = "Police forces must cooperate more closely and exchange information on trafficking."
    assert stances(body)["international-cooperation"][0] == "support"


def test_the_exchange_of_information_in_cyberspace_is_not_cooperation_against_crime():
    assert "international-cooperation" not in stances(
        "We welcome cyberspace as a platform for the exchange of information."
    )


def test_ict_inside_a_word_is_no_context():
    body = (
        "Victims of the terrorist conflict in the district receive technical assistance "
        "for their farms."
    )
    assert "capacity-building" not in stances(body)


# ---- forms met among the misses of the third blind set, in sentences of our own ----------


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Drug trafficking and cybercrime are threats that not a single nation can defeat "
            "on its own.",
            "international-cooperation",
        ),
        (
            "The key to defeating terrorism is information shared between our police forces.",
            "counter-terrorism",
        ),
        (
            "A global counter-terrorism coalition is more relevant today than ever.",
            "counter-terrorism",
        ),
        (
            "Cybercrime knows no borders. That is why we put forward our initiative to draft a "
            "universal convention on countering cybercrime.",
            "un-cybercrime-convention",
        ),
        # forms met among the misses of the sixth blind set (ungdc-blind6)
        (
            "Piracy, terrorism and trafficking do not stop at frontiers. Shared threats of this "
            "kind must be confronted collectively.",
            "international-cooperation",
        ),
        (
            "Organized crime and cyberattacks are global problems. No nation can solve them in "
            "isolation.",
            "international-cooperation",
        ),
        (
            "Terrorism is a global scourge. The United Nations remains the principal forum for "
            "coordinating the response to it.",
            "un-central-role",
        ),
        (
            "Ransomware and piracy of data threaten our banks. We renew our call for the United "
            "Nations to lead a common effort against such hacking.",
            "un-central-role",
        ),
        (
            "The transnational character of terrorism demands closer cooperation among our "
            "police services.",
            "counter-terrorism",
        ),
        # forms met among the misses of the seventh blind set (ungdc-blind7)
        (
            "Our joint efforts not only seek to combat trafficking but also to strengthen "
            "international law enforcement cooperation.",
            "international-cooperation",
        ),
        ("We will be joining INTERPOL to fight cybercrime.", "international-cooperation"),
        (
            "We remain firmly dedicated to the implementation of the Global Counter-\n"
            "Terrorism Strategy.",
            "counter-terrorism",
        ),
        (
            "Terrorism knows no borders. We endorse the appointment of a United Nations "
            "counter-terrorism coordinator.",
            "un-central-role",
        ),
        (
            "Organized crime threatens us all. We underline the central role of the General "
            "Assembly in addressing it.",
            "un-central-role",
        ),
        (
            "Let us take concerted action against websites that promote illegal drug use.",
            "international-cooperation",
        ),
        # forms met among the misses of the eighth blind set (ungdc-blind8)
        (
            "We must step up our efforts to tackle the terrorist use of the Internet.",
            "counter-terrorism",
        ),
        (
            "We must improve the coordination of our common response to the acts of terrorists.",
            "counter-terrorism",
        ),
        ("We must stop the terrorists before they strike again.", "counter-terrorism"),
        (
            "Terrorism threatens every region. We support the efforts of the United Nations to "
            "counter it.",
            "un-central-role",
        ),
        (
            "Terrorists recruit online. The United Nations should take concerted action to "
            "prevent the use of the Internet for recruiting terrorists.",
            "un-central-role",
        ),
        # forms met among the misses of the ninth blind set (ungdc-blind9, a random sample)
        (
            "Piracy and drug trafficking threaten our coasts. I call for stricter cooperation "
            "among all countries to combat this phenomenon.",
            "international-cooperation",
        ),
        (
            "Drug trafficking crosses our borders. Our country works to strengthen regional "
            "cooperation in this area.",
            "international-cooperation",
        ),
        (
            "Regarding terrorism and extremism, our Government firmly condemns the attacks of "
            "this year.",
            "counter-terrorism",
        ),
        (
            "Illicit drugs devastate our youth. We are perplexed to see the closure of the "
            "regional office of the United Nations Office on Drugs and Crime.",
            "un-central-role",
        ),
        (
            "We invite continued collaboration with our partners in curbing the illicit trade in "
            "firearms.",
            "international-cooperation",
        ),
        (
            "The international community should strengthen counter-terrorism cooperation.",
            "international-cooperation",
        ),
        (
            "Countering violent extremism and terrorism requires close coordination among all "
            "States.",
            "international-cooperation",
        ),
        # forms met among the misses of the tenth blind set (ungdc-blind10, a random sample)
        (
            "Cyber threats keep growing. I urge the United Nations to address the threats "
            "emanating from cyberspace in order to prevent money-laundering.",
            "un-central-role",
        ),
        (
            "Organized crime and terrorism threaten us all. There are no exceptions. The United "
            "Nations is the right place where those threats should be addressed.",
            "un-central-role",
        ),
        (
            "The flow of illicit money must be countered with stringent measures and cooperation "
            "among States.",
            "international-cooperation",
        ),
        # forms met among the misses of the eleventh and twelfth blind sets (random samples)
        (
            "Piracy and drug trafficking plague our waters. My Government associates itself with "
            "every national and global initiative to address them.",
            "international-cooperation",
        ),
        (
            "We call for concerted and renewed international effort to stem the rising scourge of "
            "terrorism.",
            "counter-terrorism",
        ),
        (
            "We call for concerted and renewed international effort to stem the rising scourge of "
            "terrorism.",
            "international-cooperation",
        ),
        (
            "Our country will not waver in its determination to counter the continuing terrorist "
            "threats to our world.",
            "counter-terrorism",
        ),
        (
            "Illegal migration and smuggling networks threaten us both. We have to join forces "
            "and cooperate against these common enemies.",
            "international-cooperation",
        ),
        (
            "I emphasize the need for robust law enforcement and maritime cooperation frameworks "
            "against crime.",
            "international-cooperation",
        ),
        (
            "We welcome the call on States to prosecute or extradite the perpetrators of piracy.",
            "international-cooperation",
        ),
        (
            "We must promote global efforts to counter organized crime networks involved in "
            "human trafficking.",
            "international-cooperation",
        ),
        # forms met among the misses of the thirteenth and fourteenth blind sets
        (
            "Our country works in concert with the international community to tackle and "
            "eliminate these crimes.",
            "international-cooperation",
        ),
        (
            "Cybercrime and terrorism threaten every State. These threats require all countries "
            "to strengthen their collaborative efforts.",
            "international-cooperation",
        ),
        (
            "We must ensure that the region does not become a haven for terrorist groups.",
            "counter-terrorism",
        ),
        (
            "Terrorism and organized crime are universal challenges. It is only through our "
            "collective commitment to multilateralism that we can address them.",
            "international-cooperation",
        ),
        # forms met among the misses of the fifteenth and sixteenth blind sets
        (
            "Our region must find new strategies to address the spread of crime and terrorism.",
            "counter-terrorism",
        ),
        (
            "Pirates, smugglers and terrorist cells must be dismantled wherever they operate.",
            "counter-terrorism",
        ),
        (
            "We will not allow armed terrorists to turn our border villages into their bases.",
            "counter-terrorism",
        ),
        (
            "The Council should help to disrupt the financing of terrorist groups in the region.",
            "counter-terrorism",
        ),
        (
            "Our new laws will curb the terrorists’ misuse of encrypted messaging services.",
            "counter-terrorism",
        ),
        (
            "Preventing hate speech, extremism and terrorism through education requires the "
            "coordination of every ministry.",
            "counter-terrorism",
        ),
        (
            "We are determined to implement the regional counter-terrorism conventions.",
            "counter-terrorism",
        ),
        (
            "Countries acting alone cannot shield their citizens from cybercrime and the "
            "trafficking of drugs.",
            "international-cooperation",
        ),
        (
            "Regional organizations must step up their work against organized crime in the "
            "Caribbean.",
            "international-cooperation",
        ),
        (
            "Every State must make sure that its territory is never used to train, arm or "
            "shelter terrorists who attack its neighbours.",
            "counter-terrorism",
        ),
        (
            "Our Government has made defeating the growing threat of international terrorism "
            "its first task.",
            "counter-terrorism",
        ),
        (
            "We must stamp out the financing of terrorists in every region.",
            "counter-terrorism",
        ),
        # forms met among the misses of the nineteenth and twentieth blind sets
        (
            "Humanity must unite against the evils of our time, such as drug trafficking and "
            "piracy.",
            "international-cooperation",
        ),
        (
            "Every nation represented here should step up its work to prevent the smuggling of "
            "migrants.",
            "international-cooperation",
        ),
        (
            "Corruption knows no borders. We need stronger police cooperation across our region.",
            "international-cooperation",
        ),
        # forms met among the misses of the twenty-first and twenty-second blind sets
        (
            "The terrorists of Boko Haram still attack villages near our border. Regional action "
            "is essential to defeat this evil.",
            "counter-terrorism",
        ),
        (
            "We urge joint action by all States not only in the struggle against piracy but "
            "also against arms smuggling.",
            "international-cooperation",
        ),
        (
            "Measures to stop the misuse of the Internet by criminals must be coordinated and "
            "multilateral.",
            "international-cooperation",
        ),
        (
            "In countering terrorism, the United Nations must continue to play the central role.",
            "un-central-role",
        ),
        (
            "We must shield children from grooming and sexual abuse on the Internet.",
            "child-protection",
        ),
        (
            "We must all stop the fighters of Da’esh from reaching the coasts of West Africa.",
            "counter-terrorism",
        ),
        # forms met among the misses of the twenty-third and twenty-fourth blind sets
        (
            "Piracy and the smuggling of arms cannot be successfully tackled without regional "
            "cooperation.",
            "international-cooperation",
        ),
        (
            "We will keep fighting terrorism by supporting the United Nations as the central "
            "coordinator of our efforts.",
            "un-central-role",
        ),
        (
            "Our Government was the first to condemn the brutal terror attack on the market.",
            "counter-terrorism",
        ),
        # The speaker doing what the topic proposes, named by its outcome or its means.
        (
            "Terrorist bands have attacked our northern villages. We have sought to confront "
            "this threat in cooperation with neighbouring countries and regional organizations.",
            "international-cooperation",
        ),
        (
            "The United Nations should give full play to its role as the main channel in global "
            "crime governance.",
            "un-central-role",
        ),
        (
            "This would contribute to stepping up collective efforts to counter global "
            "challenges, including terrorism and drug trafficking.",
            "international-cooperation",
        ),
        (
            "Our commitment to peace has resulted in a zero- tolerance policy towards terrorism.",
            "counter-terrorism",
        ),
        (
            "Terrorism and drug trafficking pose major challenges to peace. Hence, States must "
            "join forces to tackle those challenges and overcome them together.",
            "international-cooperation",
        ),
        (
            "His murder teaches us that transnational crime requires a transnational solution.",
            "international-cooperation",
        ),
        (
            "We agreed to establish a plan against organized crime to foster real-time "
            "cooperation among all the region's law enforcement agencies.",
            "international-cooperation",
        ),
        (
            "Organized crime is a leading engine of violence, which the United Nations has an "
            "obligation to fight.",
            "un-central-role",
        ),
        (
            "The rise of terrorist activities in our region calls for a global coalition to "
            "combat this scourge.",
            "counter-terrorism",
        ),
        (
            "Our challenge is to work towards the elimination of terrorism around the world.",
            "counter-terrorism",
        ),
        (
            "We welcome joint action to address the threat posed by foreign terrorist fighters.",
            "counter-terrorism",
        ),
        (
            "Regional cooperation should ensure successful responses to terrorist threats, "
            "organized crime and drug trafficking.",
            "international-cooperation",
        ),
        (
            "That is our contribution, in partnership with our neighbours, to addressing human "
            "trafficking and international crime.",
            "international-cooperation",
        ),
        (
            "We are also collaborating as a subregion in addressing the common problems of "
            "transnational organized crime and drug trafficking.",
            "international-cooperation",
        ),
        (
            "Our country is a full partner in the international fight against terrorism and "
            "other transnational criminal activities.",
            "international-cooperation",
        ),
        (
            "We want those responsible for the embassy bombing to be tried. We urge the "
            "neighbouring State to cooperate with the Ruritanian judicial authorities.",
            "international-cooperation",
        ),
        (
            "We welcome every partnership that helps us curtail the deadly operations of "
            "terrorists in our provinces.",
            "counter-terrorism",
        ),
        (
            "We call on all nations to build a world free of terrorism by the end of this decade.",
            "counter-terrorism",
        ),
        (
            "Such threats can be overcome only by joint action through a network against "
            "terrorism under the auspices of the United Nations.",
            "un-central-role",
        ),
    ],
)
def test_general_debate_forms_of_support(body, topic):
    found = stances(body)
    assert found[topic][0] == "support", found


@pytest.mark.parametrize(
    ("body", "polarity"),
    [
        (
            "Our country has always rejected terrorism in all its forms and manifestations.",
            "support",
        ),
        ("The fight against terrorism must not make us forget the poverty of our people.", None),
    ],
)
def test_objecting_to_a_harm_backs_the_fight_against_it(body, polarity):
    assert stances(body).get("counter-terrorism", (None,))[0] == polarity


def test_issues_merely_addressed_together_are_no_call_for_cooperation_against_crime():
    found = stances(
        "Internet access and cybersecurity should be addressed together with development."
    )
    assert "international-cooperation" not in found, found


def test_taking_part_in_the_fight_against_a_harm_backs_countering_it():
    found = stances(
        "Our country is actively involved in the fight against international terrorism."
    )
    assert found["counter-terrorism"][0] == "support", found
    assert found["counter-terrorism"][2] == "fight-against-the-harm"


def test_page_marks_of_a_un_record_do_not_end_the_speech():
    body = "We welcome the work of the General Assembly this year.\n" * 40
    body += "10-54965 48\n" + "We welcome progress on development.\n" * 10
    body += "Drug trafficking ruins lives. We call for stricter cooperation among all countries "
    body += "to combat drug trafficking.\n"
    assert stances(body)["international-cooperation"][0] == "support"


def test_the_assembly_in_a_speech_to_the_general_assembly_is_the_general_assembly():
    assert ("Body", "unga") in entities("The Assembly must hear the voice of small States.")
    assert ("Body", "unga") not in entities("Our national assembly passed a new law.")


def test_assembly_resolutions_numbered_with_a_roman_session_before_1976():
    found = entities(
        "We recall resolutions 1514 (XV) and 2625\n(XXV), and resolution 3201 (S-VI) on a new "
        "economic order, as the Security Council recalled resolution 242 (1967)."
    )
    resolutions = {rid for kind, rid in found if kind == "Resolution"}
    assert resolutions == {
        "A/RES/1514(XV)",
        "A/RES/2625(XXV)",
        "A/RES/3201(S-VI)",
        "S/RES/242(1967)",
    }


def test_the_speaker_acting_against_a_harm_backs_countering_it_but_naming_a_fight_does_not():
    found = stances("In our region we are still struggling to defeat terrorism and piracy.")
    assert found["counter-terrorism"][0] == "support", found
    assert found["counter-terrorism"][2] == "speaker-acts-against-the-harm"
    assert "counter-terrorism" not in stances(
        "Their fight against terrorism has cost our neighbours dearly."
    )


def test_a_numbered_session_of_the_assembly_is_the_general_assembly_session():
    found = entities("The outgoing President steered the 74th Session of the Assembly well.")
    assert ("Event", "unga-74") in found
    other = entities("I chaired the sixth session of the Assembly of the Ocean Fund.")
    assert not any(kind == "Event" for kind, _ in other), other


def test_a_demonym_before_a_noun_of_people_or_effort_names_the_state_but_a_region_does_not():
    found = entities(
        "The Polish poet Wisława Szymborska, Canadian efforts and a sovereign Palestinian State "
        "inspire us."
    )
    assert {("State", "POL"), ("State", "CAN"), ("State", "PSE")} <= found
    assert ("State", "USA") not in entities("Latin American people deserve peace.")


def test_a_numbered_general_assembly_without_the_word_session_is_its_session():
    found = entities("In my address to the 73rd UN General Assembly, I spoke of our reforms.")
    assert ("Event", "unga-73") in found
    other = entities(
        "The first General Assembly resolution on the subject was adopted in 1998, and we "
        "welcome the Secretary-General to his first General Assembly session."
    )
    assert not any(kind == "Event" for kind, _ in other), other


def test_waters_named_after_a_state_a_war_named_by_a_demonym_and_a_mistyped_ordinal():
    found = entities(
        "Ships in the Gulf of Guinea were attacked during the Liberian war. We thank the "
        "President for steering the Assembly’s seventy-second session and this "
        "seventh-eighth session."
    )
    assert ("State", "LBR") in found and ("State", "GIN") not in found
    assert ("Event", "unga-72") in found and ("Event", "unga-8") not in found


def test_a_call_to_collaborate_against_criminals_is_international_cooperation():
    found = stances(
        "Organized crime destabilizes our development. We need everyone to collaborate with us "
        "in combating those criminals, because their crimes are global."
    )
    assert found["international-cooperation"][0] == "support"


def test_a_role_seen_for_the_united_nations_against_money_laundering():
    found = stances(
        "We see an indispensable role for the United Nations in the oversight of global "
        "anti-money-laundering matters."
    )
    assert found["un-central-role"][0] == "support"
    assert "un-central-role" not in stances(
        "We call for technical assistance against cybercrime, with a central role for the "
        "United Nations Office on Drugs and Crime."
    )


def test_demonyms_before_a_capital_a_town_and_negotiators_name_their_states():
    found = entities(
        "We condemn the attack in the Kenyan capital and the bombing of a Turkish resort town, "
        "and we welcome the talks between Israeli and Palestinian negotiators."
    )
    assert {("State", "KEN"), ("State", "TUR"), ("State", "ISR"), ("State", "PSE")} <= found


def test_heads_of_state_named_by_surname_after_a_title():
    found = {
        p.id
        for p in named_persons(
            "President Macri and Special Representative Ramos-Horta spoke of the death of "
            "Mr. Rabbani, and Mr. Boni Yayi sent his greetings."
        )
    }
    assert found == {
        "mauricio-macri",
        "jose-ramos-horta",
        "burhanuddin-rabbani",
        "thomas-boni-yayi",
    }


def test_a_session_of_another_organ_is_not_the_assemblys():
    found = entities(
        "Our report will go to the Human Rights Council at its seventeenth session, and the "
        "General Assembly will take it up at its seventy-ninth session."
    )
    events = {i for k, i in found if k == "Event"}
    assert events == {"unga-79"}


def test_names_end_before_a_state_and_begin_after_a_self_introduction():
    found = [
        p.id
        for p in named_persons(
            "I convey to Mr. Joseph Deiss Guinea-Bissau’s appreciation. I am Ana Lucia "
            "Ferreira. We recall the work of Lady Catherine Ashton and of Dick Marty, a Swiss "
            "senator."
        )
    ]
    assert found == ["joseph-deiss", "ana-lucia-ferreira", "catherine-ashton", "dick-marty"]


def test_demonyms_before_waters_and_civilians():
    found = entities("Ships in Somali waters and innocent Israeli civilians were attacked.")
    assert {("State", "SOM"), ("State", "ISR")} <= found


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Terrorism continues to represent one of the most serious threats to our nations.",
            "counter-terrorism",
        ),
        (
            "We must act together to counter the plans of terrorist organizations.",
            "counter-terrorism",
        ),
        (
            "We ask for the support of our partners, since we cannot single-handedly fight drug "
            "trafficking.",
            "international-cooperation",
        ),
        (
            "Without strategic cooperation between the countries of origin, transit and "
            "consumption of drugs, there can be no effective fight against trafficking.",
            "international-cooperation",
        ),
    ],
)
def test_sets_59_60_forms_of_support(body, topic):
    assert stances(body)[topic][0] == "support"


def test_sets_61_62_persons_and_an_agreement_named_by_its_demonym():
    found = [
        p.id
        for p in named_persons(
            "I congratulate Mr. Boubacar Keita of the Republic of Mali. President Tshisekedi "
            "spoke before me. Our Founding Father, Quaid-e-Azam Muhammad Ali Jinnah, had a "
            "vision shared from Lord Balfour and David Lloyd George in 1917."
        )
    ]
    assert found == [
        "ibrahim-boubacar-keita",
        "felix-tshisekedi",
        "muhammad-ali-jinnah",
        "arthur-balfour",
        "david-lloyd-george",
    ]
    assert ("State", "IRN") in entities("We welcome the Iranian nuclear agreement.")


def test_a_malay_name_with_binti():
    found = [p.id for p in named_persons("We thank Ms. Nur Aisyah binti Abdul Karim of Malaysia.")]
    assert found == ["nur-aisyah-binti-abdul-karim"]


@pytest.mark.parametrize(
    "body",
    [
        "We call on the regional agencies to forge a common response to migrant smuggling.",
        "We urge the international community to build stronger mechanisms to combat corruption "
        "across borders.",
        "Ratifying the firearms protocol will strengthen global cooperation against illicit "
        "trafficking in weapons.",
    ],
)
def test_sets_67_68_calls_for_a_common_response_to_crime(body):
    assert stances(body)["international-cooperation"][0] == "support"


def test_a_call_on_states_to_refrain_from_a_crime_is_no_call_for_cooperation():
    assert "international-cooperation" not in stances(
        "We call on all States to refrain from financing armed groups."
    )


@pytest.mark.parametrize(
    "body",
    [
        "Defeating such criminal networks will require the cooperation of every State.",
        "Drug trafficking, with its terrible toll on families, on public health and on the "
        "economies of the small States of our region, calls for concerted regional and global "
        "responses.",
        "We urge all nations to fight narcotics trafficking collectively.",
    ],
)
def test_sets_71_72_crime_that_requires_a_joint_response(body):
    assert stances(body)["international-cooperation"][0] == "support"


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("We condemn intolerance, terrorism and hate speech in every region.", True),
        ("We condemn extremism, terrorism and occupation, whatever their source.", True),
        ("We reject the attempts to associate our faith with terrorism.", False),
        ("We reject extremism, terrorism and occupation, whatever their source.", True),
        ("We reject any link between religion and terrorism.", False),
    ],
)
def test_terrorism_condemned_or_rejected_in_a_list(body, found):
    assert (stances(body).get("counter-terrorism", ("",))[0] == "support") is found


@pytest.mark.parametrize(
    "body",
    [
        "We are strengthening our institutions in every area and working together to combat "
        "arms trafficking.",
        "We need a strong and coordinated strategy against transnational organized crime.",
    ],
)
def test_sets_73_74_joint_work_and_strategy_against_crime(body):
    assert stances(body)["international-cooperation"][0] == "support"


def test_a_common_responsibility_to_eliminate_a_scourge_is_a_call_for_cooperation():
    x = extract(
        "Organized crime is spreading through our region. We bear a common responsibility as "
        "neighbours to eliminate this scourge together."
    )
    assert {(s.topic, s.polarity) for s in x.stances} >= {("international-cooperation", "support")}


def test_let_us_recall_a_terrorist_attack_is_remembrance_not_a_call():
    x = extract("Let us recall the suffering of the victims after the horrific terrorist attack.")
    assert not [s for s in x.stances if s.topic == "counter-terrorism"]
    x = extract("Let us stand together against terrorism in all its forms.")
    assert ("counter-terrorism", "support") in {(s.topic, s.polarity) for s in x.stances}


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        ("Our country firmly condemns every act of terror against civilians.", "counter-terrorism"),
        ("Our country denounces terrorism in all its forms.", "counter-terrorism"),
        (
            "We call on all nations to come together to fight the criminal gangs that smuggle "
            "migrants.",
            "international-cooperation",
        ),
        (
            "We call upon the United Nations to improve coordination in the fight against "
            "organized crime.",
            "un-central-role",
        ),
        # an objection in the first clause is not the second clause's, whose subject is its own
        (
            "Terrorism must not be linked to any religion, and the United Nations should lead "
            "and coordinate the global fight against it.",
            "un-central-role",
        ),
    ],
)
def test_support_phrased_in_the_general_debate(body, topic):
    x = extract(body)
    assert (topic, "support") in {(s.topic, s.polarity) for s in x.stances}


def test_a_numbered_unga_is_that_session():
    x = extract("We propose a high-level meeting at the 81st UNGA on small arms.")
    assert "unga-81" in {m.id for m in x.mentions if m.kind == "Event"}


def test_a_harm_that_must_be_stopped_said_of_the_sentence_before():
    found = stances(
        "Boko Haram and other terrorist groups keep recruiting young people across the region. "
        "This must be stopped."
    )
    polarity, evidence, _ = found["counter-terrorism"]
    assert polarity == "support" and any("must be stopped" in e for e in evidence), found


def test_a_cue_denied_before_but_we_is_not_said_of_what_follows():
    found = stances(
        "We are not calling for financial aid, but we welcome the contribution of our partners to "
        "the fight against drug trafficking."
    )
    assert found["international-cooperation"][0] == "support", found


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Trafficking in drugs is ravaging our coasts. We have long called for a global "
            "partnership to fight that scourge.",
            "international-cooperation",
        ),
        (
            "It is the shared responsibility of every nation to ensure that there are no safe "
            "havens for the proceeds of corruption.",
            "international-cooperation",
        ),
        (
            "Organized crime is a challenge that exceeds the capacities of any single State.",
            "international-cooperation",
        ),
        (
            "Piracy threatens our waters, and Ghana joins the regional and international "
            "initiatives on maritime security in the Gulf of Guinea.",
            "international-cooperation",
        ),
        (
            "We need the help of our partners to build capacity to fight drug trafficking.",
            "capacity-building",
        ),
        (
            "All nations must work hand in hand to eliminate drug trafficking and piracy.",
            "international-cooperation",
        ),
        (
            "We are committed to removing the curse of terrorism that threatens us all.",
            "counter-terrorism",
        ),
    ],
)
def test_general_debate_calls_to_act_together_or_build_capacity(body, topic):
    assert stances(body)[topic][0] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        # what would undermine cooperation, however it is qualified, is deplored
        (
            "Cutting off our banks would drive payments underground and open the door to "
            "money laundering. That would undermine the regional, multilateral cooperation "
            "needed to fight those crimes.",
            "international-cooperation",
        ),
        (
            "The Sahel has become a hotbed of terrorism and organized crime. Only through "
            "concerted action with our neighbours and international partners can these "
            "threats be contained.",
            "international-cooperation",
        ),
        (
            "We have pressed for cooperation in stamping out corruption and illicit financial "
            "flows.",
            "international-cooperation",
        ),
        (
            "We are committed to working with our partners in the international community on "
            "the many challenges we face, such as climate change, pandemics and organized crime.",
            "international-cooperation",
        ),
        (
            "We were part of the task force set up to combat piracy in the Gulf of Guinea.",
            "international-cooperation",
        ),
        (
            "Working together, across borders, we must modernise surveillance and border "
            "agencies so as to detect and intercept smugglers.",
            "international-cooperation",
        ),
        (
            "We must remain united and relentless in dismantling the networks of Da'esh.",
            "counter-terrorism",
        ),
        (
            "Terrorism, which denies the very dignity of the person, has now become a global "
            "scourge, and we must fight it with all our strength.",
            "counter-terrorism",
        ),
    ],
)
def test_general_debate_calls_joined_or_deplored_harms_to_cooperation(body, topic):
    assert stances(body)[topic][0] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "We stand shoulder to shoulder with our partners in combating organized crime and "
            "drug trafficking.",
            "international-cooperation",
        ),
        (
            "Piracy is ravaging our coasts. All nations must stand together against this scourge.",
            "international-cooperation",
        ),
        (
            "We call on the world to stand united against the barbarity of terrorism.",
            "counter-terrorism",
        ),
        (
            "The fight against organized crime and drug trafficking requires a commitment from "
            "all of us to work together.",
            "international-cooperation",
        ),
    ],
)
def test_general_debate_standing_together_against_crime(body, topic):
    assert stances(body)[topic][0] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Our determination to stamp out terrorism must be matched by resources.",
            "counter-terrorism",
        ),
        (
            "Defeating the drug trade requires determined efforts from each and every nation, "
            "working together.",
            "international-cooperation",
        ),
        (
            "We must strengthen the United Nations so that it can effectively fight organized "
            "crime.",
            "un-central-role",
        ),
        (
            "Piracy threatens our coast. We call on States with naval expertise to come to our "
            "assistance.",
            "capacity-building",
        ),
        (
            "The fight against piracy requires technical and financial resources that small "
            "States do not have.",
            "capacity-building",
        ),
    ],
)
def test_general_debate_rooting_out_ending_together_and_assistance(body, topic):
    assert stances(body)[topic][0] == "support"


def test_standing_side_by_side_with_partners_against_that_phenomenon():
    found = stances(
        "Smuggling gangs have plagued our coast for years. We will stand side by side with our "
        "regional and international partners in every effort to eradicate that phenomenon."
    )
    assert found["international-cooperation"][0] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "What our region asks for is support for training and equipping our police forces "
            "to combat drug trafficking.",
            "capacity-building",
        ),
        (
            "Drug trafficking and terrorism threaten us all. These are threats that we must face "
            "together.",
            "international-cooperation",
        ),
        (
            "We propose to create, under the auspices of the United Nations, a regional "
            "commission against corruption.",
            "un-central-role",
        ),
    ],
)
def test_general_debate_training_forces_facing_together_and_un_commissions(body, topic):
    assert stances(body)[topic][0] == "support"


def test_a_region_named_after_a_state_is_no_mention_of_it():
    assert (
        entities("Our forests are part of the Congo Basin, and the Niger Delta is polluted.")
        == set()
    )
    assert entities("We thank the Congo and the Niger for their support.") == {
        ("State", "COG"),
        ("State", "NER"),
    }


@pytest.mark.parametrize(
    "body",
    [
        # refuting the belief that one State can do it alone
        "It would be a mistake to believe that any country can defeat organized crime alone.",
        "Only the combined forces of a number of nations can defeat the drug cartels.",
        "Transnational crime demands a unified response from the international community.",
    ],
)
def test_general_debate_no_country_alone_and_combined_forces(body):
    assert stances(body)["international-cooperation"][0] == "support"


def test_believing_that_one_country_suffices_is_no_call_for_cooperation():
    assert (
        stances("We believe that any country can defeat organized crime alone.")[
            "international-cooperation"
        ][0]
        == "oppose"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Our continent must emerge united if we are to combat inequality and drug trafficking "
        "together.",
        "We support the development of an international legal framework to enforce "
        "anti-corruption measures.",
    ],
)
def test_general_debate_combating_together_and_an_anti_corruption_framework(body):
    assert stances(body)["international-cooperation"][0] == "support"


@pytest.mark.parametrize(
    "body",
    [
        "The transnational nature of organized crime requires cross-border collaboration at the "
        "regional and international levels.",
        "States must cooperate to stop drug trafficking.",
    ],
)
def test_general_debate_crime_requiring_collaboration_and_cooperating_to_stop_it(body):
    assert stances(body)["international-cooperation"][0] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "We cannot stress enough the importance of finalizing the draft convention on "
            "terrorism.",
            "counter-terrorism",
        ),
        (
            "We cannot overstate the importance of international cooperation against drug "
            "trafficking.",
            "international-cooperation",
        ),
    ],
)
def test_general_debate_importance_that_cannot_be_stressed_enough(body, topic):
    assert stances(body)[topic][0] == "support"


@pytest.mark.parametrize(
    "body",
    [
        "Our Government holds that the United Nations should take on a leading role in "
        "combating organized crime.",
        "Firm action against drug trafficking is needed, and the UN remains central to that "
        "struggle.",
        "Reform should see the Security Council assume the role of coordinator in the fight "
        "against terrorism.",
    ],
)
def test_general_debate_the_un_leading_central_or_coordinating_the_fight(body):
    assert stances(body)["un-central-role"][0] == "support"


def test_general_debate_a_leading_role_in_peacekeeping_is_no_role_against_crime():
    found = stances("The United Nations should play a leading role in peacekeeping in Africa.")
    assert "un-central-role" not in found


def test_general_debate_a_response_to_threats_at_the_international_level():
    found = stances(
        "There is a pressing need for a comprehensive response to the threats from narcotics "
        "and organized crime at the regional and international levels."
    )
    assert found["international-cooperation"][0] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Our region needs the continued assistance of the international community to combat "
            "drug trafficking.",
            "international-cooperation",
        ),
        (
            "Although we have won battles, the fight against terrorism and violent extremism is "
            "not yet over.",
            "counter-terrorism",
        ),
    ],
)
def test_general_debate_help_of_the_international_community_and_a_fight_not_over(body, topic):
    assert stances(body)[topic][0] == "support"


def test_general_debate_counting_on_partners_to_help_against_a_crime():
    found = stances("We count on our partners to help us fight drug trafficking at sea.")
    assert found["international-cooperation"][0] == "support"


@pytest.mark.parametrize(
    "body",
    [
        "With our neighbours we are elaborating common strategies against drug trafficking and "
        "organized crime.",
        "We will keep working with our regional and international partners to stop the flow of "
        "illegal firearms into our islands.",
    ],
)
def test_general_debate_common_strategies_and_work_with_partners_against_crime(body):
    assert stances(body)["international-cooperation"][0] == "support"


def test_general_debate_the_un_as_the_only_world_body_for_these_problems():
    found = stances(
        "Drug trafficking and terrorism threaten us all. The United Nations remains the only "
        "world body able to address these threats."
    )
    assert found["un-central-role"][0] == "support"


def test_general_debate_our_war_against_terror():
    found = stances(
        "On behalf of our people, I salute the efforts of the countries of the international "
        "coalition in our war against terror."
    )
    assert found["counter-terrorism"][0] == "support"


def test_general_debate_those_horrible_crimes_after_terrorism():
    found = stances(
        "Myanmar condemns terrorism in all its forms. The international community must be "
        "united to eliminate those horrible crimes."
    )
    assert len(found["counter-terrorism"][1]) == 2


@pytest.mark.parametrize(
    "body",
    [
        "While the international community must address those root causes, there can be no "
        "acceptable justification for terrorism, because it is brutal and indiscriminate.",
        "Nothing can justify terrorism.",
    ],
)
def test_general_debate_no_justification_for_terrorism(body):
    assert stances(body)["counter-terrorism"][0] == "support"


def test_general_debate_cooperation_among_producer_transit_and_consumer_countries():
    found = stances(
        "We need to implement exchange and cooperation policies among the narcotics producer, "
        "transit and consumer countries."
    )
    assert found["international-cooperation"][0] == "support"


@pytest.mark.parametrize(
    "body",
    [
        "Afghanistan absolutely cannot be allowed to become a haven for terrorists again.",
        "We cannot afford to let our guard down in the face of the real and existing terrorist "
        "threat.",
    ],
)
def test_general_debate_a_haven_not_allowed_and_no_guard_lowered(body):
    assert stances(body)["counter-terrorism"][0] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Regional cooperation on the drug problem is another key pillar of our strategy.",
            "international-cooperation",
        ),
        (
            "The struggle against such corruption requires a coordinated judicial effort.",
            "international-cooperation",
        ),
        (
            "We should reinforce our efforts nationally, regionally and under the United Nations "
            "umbrella in the quest for solutions to fight terrorism.",
            "un-central-role",
        ),
    ],
)
def test_general_debate_cooperation_on_drugs_corruption_and_the_un_umbrella(body, topic):
    assert stances(body)[topic][0] == "support"


def test_general_debate_irony_at_another_state_is_no_objection_to_fighting_terrorism():
    found = stances(
        "We strongly condemn terrorism in all its forms. How can a country call for an "
        "anti-terrorist coalition when it is inspiring terrorism so close to home?"
    )
    assert found["counter-terrorism"][0] == "support"


def test_general_debate_cooperation_in_another_field_is_no_cooperation_against_crime():
    found = stances(
        "We remain committed to the global efforts to combat terrorism. We also focus on "
        "strengthening regional cooperation, particularly with regard to infrastructure projects "
        "in the energy sector."
    )
    assert not any("infrastructure" in e for e in found["international-cooperation"][1])


@pytest.mark.parametrize(
    "body",
    [
        "Morocco firmly believes that the United Nations must be the lead Organization in the "
        "fight against terrorism.",
        "The United Nations must do its part to promote global cooperation to address "
        "terrorism, people smuggling, drug trafficking and money laundering.",
    ],
)
def test_general_debate_the_united_nations_leading_the_fight(body):
    assert stances(body)["un-central-role"][0] == "support"


def test_general_debate_the_organization_leading_a_summit_is_no_central_role():
    body = "The United Nations must be the lead organization at next year's summit on oceans."
    assert "un-central-role" not in stances(body)


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "We forged historic partnerships with our neighbours in the south to stop human "
            "smuggling.",
            "international-cooperation",
        ),
        ("We must oppose all forms of terrorism, separatism and extremism.", "counter-terrorism"),
    ],
)
def test_general_debate_answers_to_transnational_crime_and_terrorism(body, topic):
    assert stances(body)[topic][0] == "support"


def test_general_debate_a_global_response_to_another_problem_is_no_cooperation_against_crime():
    assert "international-cooperation" not in stances(
        "Climate change is real. It requires a global response."
    )


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Norway welcomes the creation of the Office of Counter-Terrorism and the "
            "appointment of its first head.",
            "counter-terrorism",
        ),
        (
            "The United Nations plays a key role in countering terrorism and violent extremism.",
            "un-central-role",
        ),
        (
            "We call for an international conference under the auspices of the United Nations "
            "to combat terrorism in all its forms.",
            "un-central-role",
        ),
    ],
)
def test_general_debate_the_united_nations_and_its_counter_terrorism_office(body, topic):
    assert stances(body)[topic][0] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Indeed, the United Nations must be at the vanguard of efforts to eradicate terrorism.",
            "un-central-role",
        ),
        (
            "We welcome the important role of the United Nations in international efforts to "
            "combat terrorism.",
            "un-central-role",
        ),
        (
            "There is a need for robust global cooperation against the financing of terrorism.",
            "international-cooperation",
        ),
        (
            "We ask for concrete cooperation to prevent our territory from being used by "
            "criminal organizations.",
            "international-cooperation",
        ),
        (
            "We wish to see a principled approach taken against all terrorist organizations.",
            "counter-terrorism",
        ),
    ],
)
def test_general_debate_the_vanguard_the_role_and_the_cooperation_asked_for(body, topic):
    assert stances(body)[topic][0] == "support"
