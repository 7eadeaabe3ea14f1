"""Stance rules, one family at a time, on sentences written for the tests."""

from __future__ import annotations

import pytest

from graph import pipeline
from graph.model import Document, Metadata

SALUTATION = "Mr. Chair,\n\n"


def stances(
    body: str, state: str | None = "NLD", event: str | None = "ahc-2"
) -> dict[str, tuple[str, str, list[str]]]:
    """Stances of a statement delivered (by default) at an Ad Hoc Committee session."""
    text = SALUTATION + body
    x = pipeline.extract(
        Document(id="t.txt", text=text, metadata=Metadata(state=state, event=event))
    )
    out = {}
    for s in x.stances:
        for e in s.evidence:
            assert text[e.start : e.end] == e.text
        out[s.topic] = (s.holder, s.polarity, [e.text for e in s.evidence])
    return out


@pytest.mark.parametrize(
    ("sentence", "topic", "polarity"),
    [
        (
            "We strongly support the inclusion of robust safeguards for human rights in the text.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "My delegation attaches great importance to mutual legal assistance in criminal "
            "matters.",
            "international-cooperation",
            "support",
        ),
        (
            "We call for technical assistance and capacity-building for developing countries "
            "to fight cybercrime.",
            "capacity-building",
            "support",
        ),
        (
            "We welcome the participation of civil society and academia in these negotiations.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "Decisions should be taken by consensus, as the General Assembly decided.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We urge all States to accede to the Budapest Convention.",
            "join-budapest-convention",
            "support",
        ),
    ],
)
def test_support_cues(sentence, topic, polarity):
    found = stances(sentence)
    assert found[topic][:2] == ("NLD", polarity)


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        (
            "We reject any attempt to criminalize the dissemination of false information through "
            "this convention.",
            "content-offences",
        ),
        (
            "We do not support a framework convention for such a complex matter.",
            "framework-convention",
        ),
    ],
)
def test_oppose_cues_and_negation(sentence, topic):
    assert stances(sentence)[topic][1] == "oppose"


def test_rhetorical_question_answered_no_opposes_with_both_sentences_as_evidence():
    found = stances("Should this be a short framework treaty? Certainly not. We need detail.")
    holder, polarity, evidence = found["framework-convention"]
    assert polarity == "oppose"
    assert evidence == ["Should this be a short framework treaty?", "Certainly not."]


def test_views_of_unnamed_others_are_not_the_speakers():
    found = stances("Some delegations want a convention with broad scope and new offences.")
    assert "broad-scope" not in found


def test_rebutting_others_proposal_to_narrow_is_support():
    found = stances(
        "Several delegations proposed to narrow the scope to cyber-dependent crimes. "
        "That would leave our citizens unprotected."
    )
    assert found["broad-scope"][1] == "support"


def test_counter_statement_of_the_speaker_opposes():
    found = stances("We are negotiating a criminal justice instrument, not a human rights treaty.")
    assert found["human-rights-safeguards"][1] == "oppose"


def test_concern_about_a_harm_supports_countering_it():
    found = stances("We are deeply concerned about the illicit trafficking in cultural property.")
    assert found["cultural-property-trafficking"][1] == "support"


def test_context_is_needed_for_generic_cues():
    # "review mechanism" is about UNTOC only next to a mention of that convention.
    assert "untoc-review-mechanism" not in stances("We support a review mechanism for the budget.")
    found = stances(
        "The Convention against Transnational Organized Crime is our basis. "
        "We support the launch of its review mechanism this year."
    )
    assert found["untoc-review-mechanism"][1] == "support"


def test_one_stance_per_topic_with_merged_evidence_and_mixed_polarity():
    found = stances(
        "We support international cooperation against cybercrime. "
        "We also call for stronger mutual legal assistance. "
        "We must avoid any duplication with existing instruments. "
    )
    assert len(found["international-cooperation"][2]) == 2
    mixed = stances(
        "We support strong human rights safeguards in the convention. "
        "We reject human rights provisions that would block investigations under the convention."
    )
    assert mixed["human-rights-safeguards"][1] == "mixed"


def test_no_state_no_stance_and_a_warning():
    x = pipeline.extract(
        Document(id="t.txt", text=SALUTATION + "We support capacity-building against cybercrime.")
    )
    assert x.stances == ()
    assert x.warnings == ("no State known for the speaker, so no stance has a holder",)


def test_outside_the_process_a_topic_needs_its_subject_area_in_the_sentence():
    general = "Cooperation must respect the sovereignty and territorial integrity of States."
    assert "sovereignty" not in stances(general, event=None)
    assert "sovereignty" in stances(general, event="ahc-3")
    cyber = "Sovereignty must frame any cooperation against cybercrime."
    assert stances(cyber, event=None)["sovereignty"][1] == "support"
    assert "capacity-building" not in stances(
        "We need capacity-building for our health sector.", event=None
    )


def test_double_negation_affirms():
    found = stances(
        "We believe that fighting cybercrime is not possible without mutual legal assistance."
    )
    assert found["international-cooperation"][1] == "support"


def test_topic_words_without_a_stance_cue_give_no_stance():
    assert stances("The convention mentions sovereignty in article 5.") == {}


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        # Everyday forms of cooperating against crime, as General Assembly speeches put it.
        (
            "We shall also cooperate in addressing increasing transnational crime, such as "
            "human trafficking and cybercrime.",
            "international-cooperation",
        ),
        (
            "Serious threats such as organized crime and cybercrime require cooperative "
            "responses if they are to be dealt with.",
            "international-cooperation",
        ),
        (
            "Our country condemns terrorism in all its forms and manifestations.",
            "counter-terrorism",
        ),
        (
            "I reiterate our firm commitment to the fight against organized crime and terrorist "
            "activities.",
            "counter-terrorism",
        ),
        (
            "We believe it is important to start work on a convention on cybercrime.",
            "un-cybercrime-convention",
        ),
        (
            "In fighting cybercrime, the Budapest Convention on Cybercrime provides the "
            "appropriate and primary legal framework at the global level.",
            "join-budapest-convention",
        ),
        (
            "We are deeply appreciative of our cooperation with regional partners against the "
            "smuggling of arms and drug trafficking.",
            "international-cooperation",
        ),
        (
            "Ruritania remains steadfast in its position on the condemnation of terrorism.",
            "counter-terrorism",
        ),
        (
            "Let me underline the importance of regional initiatives in the fight against "
            "terrorism.",
            "counter-terrorism",
        ),
        (
            "No one nation alone, however strong, can confront organized crime and terrorism.",
            "international-cooperation",
        ),
        (
            "We all need to fight human trafficking and discourage migrants from risking their "
            "lives at sea.",
            "international-cooperation",
        ),
        (
            "Drug trafficking threatens our region. We have been strengthening counter-narcotics "
            "cooperation with neighbouring States.",
            "international-cooperation",
        ),
    ],
)
def test_general_debate_phrasings_support(sentence, topic):
    assert stances(sentence, event="unga-72")[topic][1] == "support"


def test_cues_match_across_line_breaks():
    wrapped = (
        "In our noble fight against growing transnational crime\nand terrorism, no single "
        "country can act alone, as it\nrequires a global solution and concerted action."
    )
    assert stances(wrapped, event="unga-65")["counter-terrorism"][1] == "support"


def test_a_speech_without_salutation_or_paragraphs_is_read_from_its_first_word():
    """Transcripts have no header to skip: a stance in the first lines counts."""
    body = (
        "Mongolia fully supports the establishment of a comprehensive international\n"
        "convention on countering the use of information and communications technologies\n"
        "for criminal purposes. " + "We speak of many other things. " * 120
    )
    x = pipeline.extract(Document(id="t", text=body, metadata=Metadata(state="MNG")))
    assert [s.topic for s in x.stances] == ["un-cybercrime-convention"]
    assert x.stances[0].evidence[0].start == 0


# ---- forms met in negotiation statements (written for the tests) ----------------------


# Negotiation phrasings met in the blind rounds of tests/gold/ahc-style, in sentences
# written for the tests: (sentence, topic, polarity) at an Ad Hoc Committee session.
NEGOTIATION_PHRASINGS = [
    (
        "We are open to an article on the liability of companies involved in such crimes.",
        "private-sector-obligations",
        "support",
    ),
    (
        "The rules on jurisdiction should follow those of other UN conventions.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "We support an offence covering incitement to genocide through ICTs.",
        "content-offences",
        "support",
    ),
    (
        "States need to be given the means to implement the convention.",
        "capacity-building",
        "support",
    ),
    (
        "The text must keep clear grounds to refuse assistance.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "Chile stands ready to share its experience in training police officers.",
        "capacity-building",
        "support",
    ),
    (
        "We have long called for a legal framework to counter the use of ICTs for criminal "
        "purposes.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We want a text that covers crimes related to terrorism and the incitement to violence.",
        "content-offences",
        "support",
    ),
    (
        "The convention must place the protection of personal data at its centre.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "The treaty should focus on offences against the integrity of computer systems.",
        "broad-scope",
        "oppose",
    ),
    (
        "A treaty that does not respect human rights would not be worth signing.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "We could never accept a scope so wide that every fraud becomes a cybercrime.",
        "broad-scope",
        "oppose",
    ),
    (
        "The treaty should concentrate on a limited set of cyber-enabled offences.",
        "broad-scope",
        "oppose",
    ),
    (
        "We would have preferred a text confined to crimes against computer data.",
        "broad-scope",
        "oppose",
    ),
    (
        "The instrument must be comprehensive in its scope to help our police.",
        "broad-scope",
        "support",
    ),
    (
        "Restricting the convention to a few computer offences would leave developing "
        "countries defenceless.",
        "broad-scope",
        "support",
    ),
    (
        "Offences related to online content do not belong in this treaty.",
        "content-offences",
        "oppose",
    ),
    (
        "The text must remain compatible with existing regional and international conventions.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The new treaty should be in harmony with the Palermo Convention.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "It must complement these treaties and not weaken or duplicate them.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "Our country has been a Party to the Convention on Cybercrime since 2012.",
        "join-budapest-convention",
        "support",
    ),
    (
        "Training for prosecutors is not a gift but a necessity for capacity building.",
        "capacity-building",
        "support",
    ),
    (
        "My delegation attaches the highest importance to international cooperation "
        "against cybercrime.",
        "international-cooperation",
        "support",
    ),
    (
        "We are of the view that service providers must preserve data when asked.",
        "private-sector-obligations",
        "support",
    ),
    (
        "Fundamental freedoms must stand at the heart of the convention.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "All decisions on matters of substance should be made by consensus.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We want the convention to protect children who fall victim to sexual abuse online.",
        "child-protection",
        "support",
    ),
    (
        "Is a text that merely copies the Budapest Convention what we need? "
        "We believe the answer is no.",
        "build-on-existing-instruments",
        "oppose",
    ),
    (
        "Peru hopes the negotiation of this convention will end in consensus.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "Article 40 on conditions and safeguards is the most important provision we have.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "A text without robust human rights guarantees is not a text we could sign.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "We are unable to support applying these powers to any criminal offence.",
        "broad-scope",
        "oppose",
    ),
    (
        "Cooperation should be limited to the offences established by this convention.",
        "broad-scope",
        "oppose",
    ),
    (
        "The treaty must be a comprehensive instrument covering all offences committed "
        "through ICTs.",
        "broad-scope",
        "support",
    ),
    (
        "We back the inclusion of offences related to the use of ICTs for incitement to hatred.",
        "content-offences",
        "support",
    ),
    (
        "Ireland is proud to be a Party to the Convention on Cybercrime.",
        "join-budapest-convention",
        "support",
    ),
    (
        "Cooperation must never become a pretext for interference in domestic affairs.",
        "sovereignty",
        "support",
    ),
    (
        "We will work for a convention that can be adopted by consensus.",
        "consensus-decision-making",
        "support",
    ),
    (
        "Stretching the scope to every offence involving a computer would be a grave mistake.",
        "broad-scope",
        "oppose",
    ),
    ("We favour a narrowly drawn treaty on core cybercrimes.", "broad-scope", "oppose"),
    (
        "Security must not be pursued at the expense of fundamental freedoms in this convention.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "The treaty should build on the existing work of regional conventions.",
        "build-on-existing-instruments",
        "support",
    ),
    ("We will push for strong procedural safeguards.", "human-rights-safeguards", "support"),
    (
        "We have not joined the Budapest Convention and do not see it as a model.",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "Kenya shares the concerns of civil society regarding the protection of human "
        "rights in this convention.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "The scope of the criminalization chapter is still far too broad.",
        "broad-scope",
        "oppose",
    ),
    (
        "We regret that academia and industry were left on the margins of the process.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "Provisions on safeguards should be short and refer to national law.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "The Convention on Cybercrime should not become the template for a universal treaty.",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "Refusal grounds and dual criminality are essential in this chapter.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "A universal convention under the auspices of the United Nations is long overdue.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "The treaty should cover the broadest possible range of offences committed through ICTs.",
        "broad-scope",
        "support",
    ),
    (
        "Cooperation between police and judicial authorities is the cornerstone of this treaty.",
        "international-cooperation",
        "support",
    ),
    (
        "We support the elaboration of this convention. "
        "The convention must not become a tool for political pressure on States.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "Some delegations proposed to delete the article on technology transfer for "
        "developing countries. We cannot accept this.",
        "capacity-building",
        "support",
    ),
    (
        "Were the treaty to cover all offences committed through ICTs, it would be unworkable.",
        "broad-scope",
        "oppose",
    ),
    (
        "The text must deal with cybercrime in the strict sense.",
        "broad-scope",
        "oppose",
    ),
    (
        "We value the Convention on Cybercrime, to which Chile became a Party in 2017.",
        "join-budapest-convention",
        "support",
    ),
    (
        "The convention should criminalize the use of ICTs to spread material that incites "
        "violence.",
        "content-offences",
        "support",
    ),
    (
        "We have strong reservations about offences relating to so-called extremism.",
        "content-offences",
        "oppose",
    ),
    (
        "We caution against duplication of the offences in existing conventions.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The treaty must not be limited to a closed list of offences.",
        "broad-scope",
        "support",
    ),
    (
        "We are disappointed that the provisions on direct cooperation with service "
        "providers have been removed.",
        "private-sector-obligations",
        "support",
    ),
    (
        "How can we fight cybercrime if evidence held by service providers is not "
        "accessible to investigators?",
        "private-sector-obligations",
        "support",
    ),
    ("We would have preferred a longer list of offences.", "broad-scope", "support"),
    (
        "Regional treaties must not become an obstacle to a universal instrument.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "Interception must require prior judicial authorisation.",
        "human-rights-safeguards",
        "support",
    ),
    ("The convention must also criminalize online grooming.", "child-protection", "support"),
    # Rules added after the blind rounds of 2026-11-26 (sentences written for the test).
    (
        "We lament the absence of any article criminalizing incitement to hatred online.",
        "content-offences",
        "support",
    ),
    (
        "Over the sessions the scope of the text has been steadily narrowed, which we regret.",
        "broad-scope",
        "support",
    ),
    (
        "In our view references to human rights should be kept to the preamble.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "Madam Chair, a number of delegations have stated that the list of offences must "
        "remain short. My delegation respectfully disagrees.",
        "broad-scope",
        "support",
    ),
    (
        "This is an instrument of criminal law, not a human rights treaty.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "We can accept no text, because without technical assistance our authorities will "
        "not be able to apply it. Technical assistance is therefore essential.",
        "capacity-building",
        "support",
    ),
    (
        "Technical assistance is essential because, without technical assistance, our "
        "prosecutors will not be in a position to use the new powers.",
        "capacity-building",
        "support",
    ),
    (
        "Our delegation will apply the convention with full respect for the sovereignty of "
        "all States.",
        "sovereignty",
        "support",
    ),
    (
        "Civil society and other non-State actors should not be given a voice in the "
        "Conference of the States Parties.",
        "multistakeholder-participation",
        "oppose",
    ),
    (
        "We cannot back the draft articles on so-called extremism.",
        "content-offences",
        "oppose",
    ),
    (
        "The chapter on technical assistance is of central importance to the Group.",
        "capacity-building",
        "support",
    ),
    (
        "We were glad that the Committee took its decisions by consensus.",
        "consensus-decision-making",
        "support",
    ),
    (
        "Copying them into this text would create overlapping obligations for "
        "States already party to UNTOC.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The new convention should complement the existing treaties in this area.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "Norway regrets that some delegations have called for a very long list of crimes. "
        "Norway does not share that view.",
        "broad-scope",
        "oppose",
    ),
    ("We cannot support the proposed offences on disinformation.", "content-offences", "oppose"),
    (
        "A text that criminalises online expression would not win the wide support it needs.",
        "content-offences",
        "oppose",
    ),
    (
        "A convention pushed through by a split vote will not command broad ratification.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We fear that such a clause would undercut human rights protections.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "Academics and civil society gave valuable advice throughout the negotiations.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "We welcome, on behalf of the Group, the elaboration, under the auspices of the United "
        "Nations, of a comprehensive and binding treaty.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "The United Nations must be the central forum for cooperation against cybercrime.",
        "un-central-role",
        "support",
    ),
    (
        "Service providers hold the evidence; they must bear clear obligations to preserve it.",
        "private-sector-obligations",
        "support",
    ),
    (
        "We believe that human rights are already covered by specialised treaties.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "The negotiation is intergovernmental in nature and must remain so.",
        "multistakeholder-participation",
        "oppose",
    ),
    (
        "We are sorry that civil society could not follow the informal talks.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "For a least developed country, technical assistance is not a luxury.",
        "capacity-building",
        "support",
    ),
    (
        "We see merit in drawing on the provisions of UNCAC on asset return.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The text should be consistent with, and complementary to, existing instruments, "
        "avoiding duplication of efforts.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "We can join consensus on the draft convention.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We do not believe the time is ripe to launch negotiations.",
        "un-cybercrime-convention",
        "oppose",
    ),
    (
        "We welcome the proposal to criminalize the grooming of children online.",
        "child-protection",
        "support",
    ),
    (
        "We regret that the text does not criminalize the incitement to terrorism online.",
        "content-offences",
        "support",
    ),
    (
        "We have heard the view that this is a criminal justice treaty and not a human rights "
        "instrument.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "Several delegations proposed that capacity-building be left to voluntary arrangements. "
        "We cannot accept this.",
        "capacity-building",
        "support",
    ),
    (
        "Some delegations have suggested adding a human rights clause to each article. "
        "We do not find this necessary.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "We should not turn this convention into a human rights treaty.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "In our view the text should remain focused and narrow.",
        "broad-scope",
        "oppose",
    ),
    (
        "Domestic procedural powers can only deliver results if they are backed by channels for "
        "cooperation between States.",
        "international-cooperation",
        "support",
    ),
    (
        "Such an instrument would only succeed if it respected the sovereign equality of States.",
        "sovereignty",
        "support",
    ),
    # forms met among the misses of blind rounds 23-25, in sentences of our own
    (
        "We regret the vote requested today, a departure from the consensus-based practice of "
        "this Committee.",
        "consensus-decision-making",
        "support",
    ),
    (
        "The new treaty should operate alongside existing conventions without creating "
        "conflicting obligations.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "While we value the contribution of industry, we are not convinced that binding "
        "obligations on service providers belong in this convention.",
        "private-sector-obligations",
        "oppose",
    ),
    (
        "Good treaties already exist, so there is no need to reinvent the wheel.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "A dedicated human rights clause in every article is not necessary.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "Nor can we accept the inclusion of offences on extremism in this text.",
        "content-offences",
        "oppose",
    ),
    (
        "We see a strong case for an offence on the online grooming of children.",
        "child-protection",
        "support",
    ),
    (
        "The value of this convention lies above all in international cooperation.",
        "international-cooperation",
        "support",
    ),
    (
        "Respect for sovereignty is not a formality; it is the foundation on which trust is built.",
        "sovereignty",
        "support",
    ),
    (
        "Our delegation notes with satisfaction that the text preserves the principle of "
        "non-interference in internal affairs.",
        "sovereignty",
        "support",
    ),
    (
        "From the outset we argued for a narrow scope limited to cyber-dependent crimes.",
        "broad-scope",
        "oppose",
    ),
    (
        "We cannot accept such a restrictive reading of the mandate.",
        "broad-scope",
        "support",
    ),
    (
        "We favour closer cooperation in the collection and sharing of electronic evidence.",
        "international-cooperation",
        "support",
    ),
    (
        "Developing States should receive the assistance they need to implement the treaty.",
        "capacity-building",
        "support",
    ),
    (
        "We are convinced that the Committee must deliver a universal, legally binding instrument.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We support an article on extradition modelled on article 16 of the United Nations "
        "Convention against Transnational Organized Crime.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "UNTOC offers proven language on confiscation, and the new text should build on it.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The new treaty complements, and does not supplant, existing instruments.",
        "build-on-existing-instruments",
        "support",
    ),
    # forms met among the misses of blind rounds 26-28, in sentences of our own
    (
        "Although we regret that some articles were put to a vote, we believe decisions are "
        "best taken by consensus.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We welcome that the Committee approved the text without a vote.",
        "consensus-decision-making",
        "support",
    ),
    (
        "A universal treaty cannot be born from a divided vote.",
        "consensus-decision-making",
        "support",
    ),
    (
        "In our view the two conventions are complementary, not competing, instruments.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "Several delegations proposed offences on extremist content. The Holy See and Malta "
        "cannot support these proposals.",
        "content-offences",
        "oppose",
    ),
    (
        "A few delegations have proposed to make the Budapest Convention the template for our "
        "work. We do not think this is appropriate.",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "A long list of offences merely committed with a computer would not add value.",
        "broad-scope",
        "oppose",
    ),
    (
        "We see a real risk that the text would duplicate obligations under existing treaties.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "Some delegations have suggested that grooming be left to domestic law. We respectfully "
        "disagree.",
        "child-protection",
        "support",
    ),
    (
        "We regret that some stakeholders were prevented from participating in our sessions.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "Fighting cybercrime must never become a pretext for arbitrary surveillance.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "The safeguards of the draft should apply to these offences too.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "We are prepared to consider appropriately worded human rights safeguards.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "The Budapest Convention, whatever its merits for its own parties, cannot be the "
        "template for a universal treaty.",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "The Budapest Convention remains the most comprehensive framework available.",
        "join-budapest-convention",
        "support",
    ),
    (
        "The Budapest Convention is open to all; we invite States to consider joining it.",
        "join-budapest-convention",
        "support",
    ),
    (
        "We cannot support attempts to impose the provisions of regional instruments on this "
        "Committee.",
        "build-on-existing-instruments",
        "oppose",
    ),
    (
        "We have no objection to drawing on instruments negotiated at the United Nations.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        'The scope should not be confined to a handful of so-called "cyber-dependent" crimes.',
        "broad-scope",
        "support",
    ),
    (
        "Some delegations argued that cyber-enabled crimes are already covered by other "
        "treaties. We respectfully disagree.",
        "broad-scope",
        "support",
    ),
    (
        "We are concerned that a new treaty would divert resources away from capacity building.",
        "capacity-building",
        "support",
    ),
    (
        "The United Nations, and this Commission in particular, must remain at the centre of "
        "efforts against crime.",
        "un-central-role",
        "support",
    ),
    (
        "We must guard against duplication of existing instruments.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "We call for capacity-\nbuilding for developing States against cybercrime.",
        "capacity-building",
        "support",
    ),
    (
        "Why should this convention criminalize the spread of false information?",
        "content-offences",
        "oppose",
    ),
    (
        "Our partners often cite the Budapest Convention. Why should a universal treaty be "
        "measured against a regional instrument?",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "The Budapest Convention was not drafted with the participation of most States.",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "Cybercrimes should not be regarded as political offences for the purposes of extradition.",
        "international-cooperation",
        "support",
    ),
    (
        "We support building on UNTOC. At the same time, we must guard against duplication.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "We want a convention that works for practitioners.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We are grateful that civil society organizations could take part in the sessions.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "The voices of civil society will be just as important during implementation.",
        "multistakeholder-participation",
        "support",
    ),
    # forms met among the misses of blind rounds 29-31, in sentences of our own
    (
        "We can go along with an article on the liability of legal persons that mirrors "
        "article 10 of UNTOC.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "On offences related to extremism, we are flexible.",
        "content-offences",
        "support",
    ),
    (
        "The conditions and safeguards in article 24 go beyond what is necessary.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "We regret that offences on incitement to terrorism were left out of the text.",
        "content-offences",
        "support",
    ),
    (
        "A convention limited to a narrow list of computer crimes would not respond to the "
        "needs of our police.",
        "broad-scope",
        "support",
    ),
    (
        "We are not in favour of adding human rights qualifiers to each article, as some "
        "delegations have proposed.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "We see merit in drawing on the definitions in existing instruments.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "Legal persons, such as companies, that take part in these offences must be held liable.",
        "private-sector-obligations",
        "support",
    ),
    (
        "The chapter should allow authorities to share electronic evidence quickly.",
        "international-cooperation",
        "support",
    ),
    (
        "We welcome the provisions on expedited preservation of stored data.",
        "international-cooperation",
        "support",
    ),
    (
        "Strong human rights and rule-of-law safeguards are not decoration.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "We have long argued for a focused convention.",
        "broad-scope",
        "oppose",
    ),
    (
        "We do not believe that every offence involving a computer should be listed in the "
        "convention.",
        "broad-scope",
        "oppose",
    ),
    (
        "We would warmly welcome further accessions to the Budapest Convention.",
        "join-budapest-convention",
        "support",
    ),
    (
        "Our country reaffirms its commitment to reaching an agreement by consensus.",
        "consensus-decision-making",
        "support",
    ),
    (
        "The new convention must complement existing instruments and must not weaken or "
        "undermine them.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "A convention that addresses only a handful of cyber-dependent offences would not be "
        "comprehensive.",
        "broad-scope",
        "support",
    ),
    (
        "The convention must cover the use of ICTs for criminal purposes in all its forms.",
        "broad-scope",
        "support",
    ),
    (
        "Can a convention be called comprehensive if it remains silent on the use of the "
        "internet by terrorists to recruit and radicalize?",
        "content-offences",
        "support",
    ),
    (
        "We are concerned that politicized human rights conditions would allow cooperation to "
        "be withheld.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "Many praise the Budapest Convention. It cannot claim the role of a global standard.",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "Non-governmental organizations should be admitted only on the basis of a "
        "non-objection procedure.",
        "multistakeholder-participation",
        "oppose",
    ),
    (
        "We are cautious about a list of offences so broad that it would cover any crime.",
        "broad-scope",
        "oppose",
    ),
    (
        "We are open to including a limited number of cyber-enabled offences such as online fraud.",
        "broad-scope",
        "mixed",
    ),
    # forms met among the misses of blind rounds 32-34, in sentences of our own
    (
        "While we understand these concerns, we do not think it wise to extend the convention "
        "beyond cyber-dependent crimes and a limited number of cyber-enabled ones.",
        "broad-scope",
        "oppose",
    ),
    (
        "Nor should the convention criminalise content on the basis of vague notions such as "
        "extremism.",
        "content-offences",
        "oppose",
    ),
    (
        "International cooperation and capacity building go hand in hand against cybercrime.",
        "capacity-building",
        "support",
    ),
    (
        "We remain concerned that the conditions and safeguards in article 24 are, in essence, "
        "left to domestic law.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "A criminal justice instrument must not become a tool for policing speech.",
        "content-offences",
        "oppose",
    ),
    (
        "We regret that the participation of civil society, whose expertise enriched our work, "
        "was at times restricted.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "Nothing in this convention should be read as lowering the level of protection already "
        "achieved under the Budapest Convention.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "We cannot accept a convention reduced to a short list of computer crimes.",
        "broad-scope",
        "support",
    ),
    (
        "This is a convention on criminal justice cooperation, not a human rights treaty, and "
        "we cannot accept attempts to use it for other ends.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "We maintain that the criminal use of ICTs goes well beyond the offences the text now "
        "establishes.",
        "broad-scope",
        "support",
    ),
    (
        "We will engage constructively in the elaboration of a practical convention.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "The new convention should be consistent with, and build upon, existing instruments.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "We welcome that the convention covers not only offences against the confidentiality "
        "of computer data but also offences committed by means of such systems.",
        "broad-scope",
        "support",
    ),
    (
        "We see merit in keeping the text consistent with formulations already tested in "
        "existing instruments.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The text should be consistent with the obligations that many States have already assumed.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "We do not share the view that this convention should become yet another human rights "
        "instrument.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "Requests for mutual legal assistance must not be refused on political grounds.",
        "international-cooperation",
        "support",
    ),
    (
        "We will continue to champion the meaningful participation of civil society in this "
        "Committee.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "The Commission remains the principal policymaking body of the United Nations on crime "
        "prevention.",
        "un-central-role",
        "support",
    ),
    # forms met among the misses of blind rounds 35-37, in sentences of our own
    (
        "Is our country opposed to a United Nations convention against cybercrime? Not at all.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "Should service providers be obliged to preserve data for investigations? For our "
        "States, the answer can only be affirmative.",
        "private-sector-obligations",
        "support",
    ),
    (
        "The provisions on mutual legal assistance will help close the gaps that criminals "
        "exploit.",
        "international-cooperation",
        "support",
    ),
    (
        "The convention will give our police a common legal basis for mutual legal assistance.",
        "international-cooperation",
        "support",
    ),
    (
        "We joined consensus today on the approval of the draft convention.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We call on all States to sign and ratify the convention without delay.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We are here in good faith to help deliver a convention that is practical.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "This is an intergovernmental process, and decisions must rest with Member States alone.",
        "multistakeholder-participation",
        "oppose",
    ),
    (
        "Many praise the Budapest Convention. But an instrument that most of our States had no "
        "part in negotiating cannot, on its own, be the global answer.",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "Definitions should remain consistent with established instruments.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The procedural provisions should be compatible with these frameworks.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The Budapest Convention has proven its worth; the new text should take it as a basis.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The new text must in no case weaken the Palermo Convention.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "This definition is already applied under the Palermo Convention; there is no need to "
        "reinvent it.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "Our text should build on the Budapest Convention rather than reinvent it.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "We cannot accept a text that confines itself to a narrow list of attacks on computer "
        "systems.",
        "broad-scope",
        "support",
    ),
    (
        "The convention should cover the whole range of crimes and not be reduced to a narrow "
        "list of offences.",
        "broad-scope",
        "support",
    ),
    (
        "A convention that confined itself to a narrow list of offences would fail to respond "
        "to reality.",
        "broad-scope",
        "support",
    ),
    (
        "We are not persuaded that the convention should become an all-purpose instrument.",
        "broad-scope",
        "oppose",
    ),
    (
        "We do not believe it useful to criminalise again each offence which may be committed "
        "with a computer.",
        "broad-scope",
        "oppose",
    ),
    (
        "We are attached to a convention which focuses on the core offences.",
        "broad-scope",
        "oppose",
    ),
    (
        "Nor does it cover in a comprehensive manner other crimes committed through networks, "
        "such as fraud.",
        "broad-scope",
        "support",
    ),
    (
        "We support negotiations on a protocol addressing additional criminal offences.",
        "broad-scope",
        "support",
    ),
    (
        "Human rights must not be used as a pretext to interfere in the internal affairs of "
        "States.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "Procedures must not obstruct legitimate law enforcement cooperation.",
        "international-cooperation",
        "support",
    ),
    (
        "We firmly oppose the politicization of international cooperation against crime.",
        "international-cooperation",
        "support",
    ),
    # forms met among the misses of blind rounds 38-39, in sentences of our own
    (
        "We will not support any attempt to introduce offences based on the content of online "
        "speech.",
        "content-offences",
        "oppose",
    ),
    (
        "Capacity building is where this convention will succeed or fail.",
        "capacity-building",
        "support",
    ),
    (
        "We also thank civil society, industry and academia for their work on this text.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "We cannot accept attempts to make cooperation conditional on assessments of the human "
        "rights situation of the requesting State.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "We are not persuaded that the convention should reproduce offences already adequately "
        "addressed in other treaties.",
        "broad-scope",
        "oppose",
    ),
    (
        "We believe it necessary to state that nothing in the convention permits the "
        "suppression of human rights.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "We can support provisions allowing authorities to order a service provider to submit "
        "subscriber information.",
        "private-sector-obligations",
        "support",
    ),
    (
        "Any new instrument should build on its standards and those of UNTOC.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "A new global instrument must be consistent with these existing frameworks.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The central coordinating role in technical assistance should belong to the United "
        "Nations.",
        "un-central-role",
        "support",
    ),
    (
        "Participation of stakeholders must not affect the intergovernmental character of the "
        "negotiations.",
        "multistakeholder-participation",
        "oppose",
    ),
    (
        "Some argue that everything we need already exists in the Budapest Convention. We do "
        "not think so.",
        "join-budapest-convention",
        "oppose",
    ),
    # forms met among the misses of blind rounds 40-41, in sentences of our own
    (
        "We have serious doubts about the proposals to criminalize the dissemination of "
        "so-called false information.",
        "content-offences",
        "oppose",
    ),
    (
        "We will not support the inclusion of offences based on content, such as extremism.",
        "content-offences",
        "oppose",
    ),
    (
        "We are concerned that the procedural provisions extend to the collection of evidence "
        "for any serious crime.",
        "broad-scope",
        "oppose",
    ),
    (
        "We regret that the proposals to criminalize incitement to terrorism were not retained.",
        "content-offences",
        "support",
    ),
    (
        "The convention should have covered the use of ICTs for criminal purposes in all its "
        "dimensions.",
        "broad-scope",
        "support",
    ),
    (
        "We cannot accept that human rights be used selectively, as a political instrument.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "Many cite the Budapest Convention. Nor can a regional instrument negotiated by a few "
        "States be presented in this room as the global standard.",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "The Budapest Convention may have served its parties, but we cannot accept that it be "
        "imposed as the template for a universal treaty.",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "States should refrain from imposing unilateral measures that hinder mutual legal "
        "assistance.",
        "international-cooperation",
        "support",
    ),
    (
        "Several delegations proposed offences on extremism. We cannot support their inclusion.",
        "content-offences",
        "oppose",
    ),
    # Refusing a text that lacks X insists on X (the objection and "without" cancel).
    (
        "We cannot accept a convention without explicit human rights safeguards.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "Fraud is already an offence under UNTOC; there is no need to replicate it here.",
        "build-on-existing-instruments",
        "support",
    ),
    # Doubting the need for the treaty, and a vote on the resolution that launched it.
    (
        "We continue to question whether a new international legal instrument is needed.",
        "un-cybercrime-convention",
        "oppose",
    ),
    ("Our delegation did not support resolution 74/247.", "un-cybercrime-convention", "oppose"),
    ("We voted against resolution 74/247 in 2019.", "un-cybercrime-convention", "oppose"),
    ("We co-sponsored resolution 74/247.", "un-cybercrime-convention", "support"),
    (
        "Our delegation has consistently held that safeguards are not an obstacle to "
        "cooperation but its precondition.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "The safeguards in articles 6 and 24 are not optional extras; they are integral to "
        "the balance of the text.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "We continue to believe that consensus is the best guarantee of a universally ratified "
        "convention.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We see the new convention and the Budapest Convention as complementary.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "We attach particular importance to the provisions on the protection of children.",
        "child-protection",
        "support",
    ),
    (
        "The convention should cover both cyber-dependent offences and these ICT-enabled "
        "offences; otherwise, how could it be called comprehensive?",
        "broad-scope",
        "support",
    ),
    (
        "The list of offences in articles 7 to 17 is, in our view, too narrow.",
        "broad-scope",
        "support",
    ),
    (
        "The Committee should not turn this chapter into a forum for human rights debates.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "Without effective technical assistance, international cooperation will remain an "
        "empty promise for many developing countries.",
        "capacity-building",
        "support",
    ),
    ("For us, the protection of children online is not negotiable.", "child-protection", "support"),
    (
        "We will not support any protocol that would criminalize the expression of opinions.",
        "content-offences",
        "oppose",
    ),
    (
        "We do not consider this forum the place to create new speech offences.",
        "content-offences",
        "oppose",
    ),
    (
        "We do not object to the participation of non-governmental organizations and "
        "academia, provided that the intergovernmental character of the Conference is "
        "preserved.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "We regret that attempts were made to limit the participation of non-governmental "
        "organizations in the Conference of the States Parties.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "We attach great importance to technical assistance, and we cannot accept a text "
        "where all technical assistance depends only on voluntary contributions.",
        "capacity-building",
        "support",
    ),
    (
        "We caution against any attempt to settle outstanding issues through a vote.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We urge all delegations to refrain from calling for votes on individual provisions.",
        "consensus-decision-making",
        "support",
    ),
    (
        "Resorting to a vote on an instrument of this nature would only deepen divisions.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We reaffirm our commitment to concluding this process by consensus.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We regret that it has not been possible to conclude the negotiations this week.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We remain convinced that the Budapest Convention cannot serve as a global standard "
        "and should not be imposed on the rest of the world.",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "We are drafting a specialized treaty on law enforcement cooperation, not a human "
        "rights convention.",
        "international-cooperation",
        "support",
    ),
    ("We regret that the scope of the convention remains narrow.", "broad-scope", "support"),
    ("The scope should be narrow and precise.", "broad-scope", "oppose"),
    (
        "Limiting the convention to a narrow list of computer crimes would leave most of the "
        "offences that affect our citizens outside its scope.",
        "broad-scope",
        "support",
    ),
    (
        "The new convention must be implemented in a manner consistent with these instruments "
        "and must not lower the standards already achieved.",
        "build-on-existing-instruments",
        "support",
    ),
    ("We do not see the need for a new instrument.", "un-cybercrime-convention", "oppose"),
    (
        "We would have serious difficulties with any provision that criminalizes online content.",
        "content-offences",
        "oppose",
    ),
    (
        "In our view, the list of offences should not be limited to acts against the "
        "confidentiality, integrity and availability of computer information.",
        "broad-scope",
        "support",
    ),
    (
        "The list of offences should be limited to core cyber-dependent crimes.",
        "broad-scope",
        "oppose",
    ),
    (
        "We propose a separate article on the use of ICTs for the purposes of trafficking in "
        "persons.",
        "ict-human-trafficking",
        "support",
    ),
    (
        "The future convention should take full account of these achievements and remain "
        "consistent with them, so that States bound by regional instruments face no "
        "contradictory obligations.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "A treaty that is meant to be universal must be agreed by all.",
        "consensus-decision-making",
        "support",
    ),
    (
        "Our country joins other delegations in welcoming the adoption today of the United "
        "Nations Convention against Cybercrime.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We support the scope of international cooperation set out in article 35, which "
        "allows States parties to cooperate in the collection of electronic evidence for any "
        "serious crime.",
        "broad-scope",
        "support",
    ),
    (
        "That is why we attach great importance to adoption by consensus.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We share the view that without technical assistance and capacity building these "
        "provisions will stay only on paper for most States.",
        "capacity-building",
        "support",
    ),
    (
        "The grounds for refusal must be exhaustive and not exceed those already in UNTOC.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "The scope, centred on cyber-dependent crimes and a limited number of cyber-enabled "
        "crimes, reflects a balanced compromise, and it should not be reopened.",
        "broad-scope",
        "oppose",
    ),
    (
        "We would regret any attempt to force the outcome through a vote.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We would have preferred that no individual provision be put to a vote today.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We hope that these negotiations will result in a convention that is acceptable to all.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "A convention that covers only a handful of cyber-dependent offences, such as illegal "
        "access, illegal interception and data interference, would not respond to the threats.",
        "broad-scope",
        "support",
    ),
    (
        "We regret that this Committee had to resort today to recorded votes.",
        "consensus-decision-making",
        "support",
    ),
    (
        "Decisions of this nature should not be taken by vote.",
        "consensus-decision-making",
        "support",
    ),
    (
        "The Conference must be able to take decisions by a vote when consensus fails.",
        "consensus-decision-making",
        "oppose",
    ),
    (
        "A convention adopted by a vote would be a weak foundation for cooperation.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We remind that we are negotiating a criminal justice convention and not an instrument "
        "of human rights.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "This Committee is not the forum to renegotiate international human rights law.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "The text falls short of our expectations, notably with regard to the breadth of its "
        "scope.",
        "broad-scope",
        "oppose",
    ),
    (
        "We deeply regret that votes had to be held earlier today.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We will not be able to support any protocol that would criminalise the dissemination "
        "of content.",
        "content-offences",
        "oppose",
    ),
    (
        "We wish to express our concern about the attempts to condition the technical "
        "assistance on criteria which have nothing to do with the fight against crime.",
        "capacity-building",
        "support",
    ),
    (
        "The United Nations Office on Drugs and Crime should play the central role in the "
        "delivery of technical assistance.",
        "un-central-role",
        "support",
    ),
    (
        "We reiterate our support for the elaboration of a comprehensive and legally binding "
        "convention on countering the use of ICTs for criminal purposes.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We cannot accept that the preamble be turned into a catalogue of human rights.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "Human rights safeguards make cooperation trustworthy, and we would not be in a "
        "position to support a chapter from which they were removed.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "We attach great importance to the early conclusion of a comprehensive and universal "
        "convention on countering the use of ICTs for criminal purposes.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "The offences should remain focused on cyber-dependent crimes and a small number of "
        "cyber-enabled crimes, and we are not able to support a text that goes further.",
        "broad-scope",
        "oppose",
    ),
    (
        "We regret that the paragraph on the dissemination of terrorist and extremist "
        "materials, proposed by a group of States including several of our partners in the "
        "region and beyond it, from Asia to Latin America, was deleted without discussion.",
        "content-offences",
        "support",
    ),
    (
        "What the international community needs is a new, universal and legally binding "
        "instrument.",
        "un-cybercrime-convention",
        "support",
    ),
    # What the speaker fears will be denied, or laments the text fails to do, is wanted.
    (
        "We are concerned that the broad grounds for refusal will be used to deny mutual "
        "legal assistance to certain States.",
        "international-cooperation",
        "support",
    ),
    (
        "We regret that the convention fails to criminalize the dissemination of content "
        "that incites hatred.",
        "content-offences",
        "support",
    ),
    # What the speaker will not accept "being weakened" is what the speaker defends.
    (
        "We will not accept the provisions on technical assistance being watered down.",
        "capacity-building",
        "support",
    ),
    # A treaty that must not be made into a human rights instrument; rights not optional.
    (
        "This is a law enforcement text; it should not be turned into a human rights treaty.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "The instrument is not, and it must not become, a human rights convention.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "Human rights are not an afterthought in this draft convention.",
        "human-rights-safeguards",
        "support",
    ),
    # Scope: a focused list, an expansion refused, a scope over the criminal use of ICTs,
    # and a welcome for what the text does not have.
    ("Our delegation prefers a focused list of offences in this treaty.", "broad-scope", "oppose"),
    (
        "We cannot accept the expansion of the scope of the convention to every offence.",
        "broad-scope",
        "oppose",
    ),
    (
        "The Group supports a scope that covers the criminal use of information and "
        "communications technologies.",
        "broad-scope",
        "support",
    ),
    (
        "We are pleased that the treaty does not extend to a catch-all of offences.",
        "broad-scope",
        "oppose",
    ),
    (
        "We regret that the final convention does not have a broad scope.",
        "broad-scope",
        "support",
    ),
    # What makes powers "of limited value" when absent is wanted; "no longer accept" objects.
    (
        "The new investigative powers will be of little practical value without effective "
        "international cooperation.",
        "international-cooperation",
        "support",
    ),
    (
        "Our delegation can no longer accept a broad scope for this convention.",
        "broad-scope",
        "oppose",
    ),
    # "No difficulty with X" accepts X; a hope that no one will "find it necessary" to call a
    # vote backs consensus.
    (
        "Our delegation has no difficulty with the article on the protection of sovereignty.",
        "sovereignty",
        "support",
    ),
    (
        "We hope that no delegation will find it necessary to call for a vote on this text.",
        "consensus-decision-making",
        "support",
    ),
    # References to human rights feared to be read as grounds to refuse assistance.
    (
        "We fear that references to human rights could be interpreted as allowing States to "
        "refuse assistance.",
        "human-rights-safeguards",
        "oppose",
    ),
    # What the speaker regrets was "not fully respected" is wanted.
    (
        "We regret that the practice of decision-making by genuine consensus was not fully "
        "respected during the last session.",
        "consensus-decision-making",
        "support",
    ),
    # What the world "lacks", or does without, is wanted; "no need for" is not a lack.
    (
        "The international community still lacks a universal, legally binding instrument to "
        "combat cybercrime.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "In the absence of a global treaty, cooperation against cybercrime stays ad hoc.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "There is no need for a new convention on cybercrime.",
        "un-cybercrime-convention",
        "oppose",
    ),
    # Calques of translated statements: "affirms the necessity of", "has reserves
    # regarding", "considers inexpedient", "centred on", "cover in a comprehensive manner".
    (
        "The delegation affirms the necessity of the respect of the principle of sovereign "
        "equality in the convention.",
        "sovereignty",
        "support",
    ),
    (
        "Our delegation has reserves regarding the offences relating to the content.",
        "content-offences",
        "oppose",
    ),
    (
        "We consider inexpedient to include offences relating to content in the convention.",
        "content-offences",
        "oppose",
    ),
    (
        "We favour a treaty centred on the offences against the computer systems and data.",
        "broad-scope",
        "oppose",
    ),
    (
        "The convention should cover in a comprehensive manner the criminal use of ICTs.",
        "broad-scope",
        "support",
    ),
    # Hedged diplomacy: "we remain to be convinced", "there is value in", "wishes to see".
    (
        "We remain to be convinced that offences relating to content belong in this treaty.",
        "content-offences",
        "oppose",
    ),
    (
        "There is value in a universal framework for international cooperation against cybercrime.",
        "international-cooperation",
        "support",
    ),
    (
        "Our group wishes to see the principle of territorial integrity in the general "
        "provisions of the convention.",
        "sovereignty",
        "support",
    ),
    # "considers X to be the heart of the convention"; "other States" after a preposition
    # are no speakers of a view.
    (
        "Our delegation considers the chapter on international cooperation to be the heart "
        "of this convention.",
        "international-cooperation",
        "support",
    ),
    (
        "We wish to see the principle of non-interference in the internal affairs of other "
        "States stated clearly in this draft.",
        "sovereignty",
        "support",
    ),
    # Dissociating from a provision rejects it.
    (
        "Our country dissociates itself from article 6, paragraph 2, of the convention.",
        "human-rights-safeguards",
        "oppose",
    ),
]


@pytest.mark.parametrize(("sentence", "topic", "polarity"), NEGOTIATION_PHRASINGS)
def test_negotiation_phrasings(sentence, topic, polarity):
    found = stances(sentence)
    assert topic in found, found
    assert found[topic][1] == polarity, found[topic]


def test_at_the_expert_group_its_work_and_the_treatys_design_are_the_subject():
    # At the IEG, "the Group" is that group, and safeguards on access to data are
    # safeguards of the cooperation the treaty would set up.
    found = stances(
        "We believe that the Group should continue its work. Such cooperation cannot be "
        "unconditional. Any measure for accessing data must be subject to conditions and "
        "safeguards that guarantee the protection of human rights.",
        event="ieg-7",
    )
    assert found["ieg-cybercrime"][1] == "support"
    assert found["human-rights-safeguards"][1] == "support"
    assert "human-rights-safeguards" not in stances(
        "Any measure for accessing data must be subject to conditions and safeguards that "
        "guarantee the protection of human rights.",
        event="unga-79",
    )


def test_a_delegate_quoted_is_not_the_speaker():
    found = stances(
        "Yesterday the delegate of Ruritania told this Committee that the convention must "
        "criminalize the dissemination of false information. He said that such content "
        "threatens us all."
    )
    assert "content-offences" not in found


def test_what_an_article_says_is_not_a_position():
    found = stances(
        'Article 24 requires that these powers be "subject to conditions and safeguards '
        'provided for under domestic law".'
    )
    assert "human-rights-safeguards" not in found


def test_others_named_after_an_ordinal_and_our_rejection():
    found = stances(
        "Fourth, some delegations, among them several of our partners, continue to present "
        "the Budapest Convention as the global standard. We cannot accept that a regional "
        "instrument be presented as the universal framework."
    )
    assert found["join-budapest-convention"][1] == "oppose"


def test_a_question_asking_what_gap_a_treaty_would_close_doubts_it():
    found = stances(
        "We do not see the need for a new international legal instrument at this stage. "
        "What gap would such an instrument close that existing frameworks do not address?"
    )
    assert found["un-cybercrime-convention"][1] == "oppose"


def test_their_voices_after_naming_the_stakeholders_is_a_stance_on_them():
    found = stances(
        "We recognize the civil society organizations and academics who followed these "
        "negotiations. Their voices will be just as important during implementation."
    )
    assert found["multistakeholder-participation"][1] == "support"
    assert any(e.startswith("Their voices") for e in found["multistakeholder-participation"][2])


def test_others_restricting_assistance_rejected_supports_cooperation():
    found = stances(
        "Some delegations proposed to restrict mutual legal assistance only to the offences "
        "of chapter II. We cannot agree with such approach."
    )
    assert found["international-cooperation"][1] == "support"


def test_the_items_of_a_list_take_the_stance_of_its_lead_in():
    found = stances(
        "My delegation supports the inclusion of the following conducts:\n"
        "- illegal access to critical infrastructure;\n"
        "- the possession of child sexual abuse material by means of ICTs;\n"
        "- the use of ICTs for incitement to terrorism."
    )
    assert found["child-protection"][1] == "support"
    assert found["content-offences"][1] == "support"
    # The lead-in is evidence too, since it holds the verb.
    assert any("following conducts" in e for e in found["child-protection"][2])


def test_others_calling_offences_too_vague_rebutted_supports_them():
    found = stances(
        "We support the criminalization of incitement to violence through ICTs. Some "
        "delegations have said that such offences are too vague. We do not share this view."
    )
    assert found["content-offences"][1] == "support"


def test_others_named_with_examples_between_commas():
    found = stances(
        "We have noted that several delegations, including two of our neighbours, have "
        "already called for the criminalization of the dissemination of false information."
    )
    assert "content-offences" not in found


def test_an_idea_heard_and_a_proposal_noted_answered_by_the_speaker():
    found = stances(
        "We have also heard the idea of a short framework convention with protocols to "
        "follow. My delegation does not see merit in such an approach."
    )
    assert found["framework-convention"][1] == "oppose"
    found = stances(
        "We have also noted the proposal for a new article that would require service "
        "providers to cooperate directly with foreign authorities. We have serious concerns "
        "with this proposal."
    )
    assert found.get("private-sector-obligations", ("", "oppose"))[1] != "support"


def test_others_who_would_only_apply_assistance_to_some_offences_rejected():
    found = stances(
        "Several delegations proposed that mutual legal assistance shall only apply to the "
        "offences established in accordance with the criminalization chapter. We cannot share "
        "this view."
    )
    assert found["international-cooperation"][1] == "support"


def test_a_vote_that_was_taken_is_a_fact_not_a_position():
    found = stances("We recall that resolution 74/247 was adopted by a divided vote.")
    assert "consensus-decision-making" not in found


def test_offences_of_that_kind_have_no_place_after_a_sentence_on_content():
    found = stances(
        "Some delegations propose to criminalize the dissemination of false information. "
        "Offences of this kind have no place in a criminal justice treaty."
    )
    assert found["content-offences"][1] == "oppose"


def test_the_review_mechanism_of_untoc_by_its_full_name():
    found = stances(
        "We welcome the launch of the Mechanism for the Review of the Implementation of the "
        "United Nations Convention against Transnational Organized Crime.",
        event="ccpcj-30",
    )
    assert found["untoc-review-mechanism"][1] == "support"


def test_others_urging_accession_to_that_instrument_and_our_disagreement():
    found = stances(
        "Several delegations stated that the new convention is built on the Budapest "
        "Convention and that States should now accede to that instrument as well. We do not "
        "share this view."
    )
    assert found["join-budapest-convention"][1] == "oppose"


def test_a_former_view_told_to_explain_a_new_one_is_not_a_stance():
    found = stances(
        "In earlier sessions, our delegation expressed reservations about imposing "
        "obligations on the private sector. When this Committee began its work, we argued "
        "against a broad scope."
    )
    assert "private-sector-obligations" not in found and "broad-scope" not in found
    found = stances(
        "In earlier sessions, we expressed reservations about imposing obligations on the "
        "private sector, and we still have them."
    )
    assert found["private-sector-obligations"][1] == "oppose"


def test_a_speech_that_opens_on_the_committee_is_about_the_treaty_throughout():
    body = (
        "We welcome the adoption of the United Nations Convention against Cybercrime. "
        "Our capital hosted a regional conference on fisheries this year. "
        "Our farmers need markets, and our young people need jobs. "
        "Roads and ports are being built across the country. "
        "The safeguards in articles 6 and 24 are integral to the Convention."
    )
    assert stances(body, state="GHA", event="unga-79")["human-rights-safeguards"][1] == "support"
    # A General Debate speech that opens on other matters is not.
    other = body.replace("the United Nations Convention against Cybercrime", "the Pact")
    assert "human-rights-safeguards" not in stances(other, state="GHA", event="unga-79")


def test_others_view_answered_with_disagreement_is_opposed_with_both_sentences():
    found = stances(
        "Some have suggested a short framework treaty with protocols to follow. "
        "My delegation respectfully disagrees."
    )
    holder, polarity, evidence = found["framework-convention"]
    assert (holder, polarity) == ("NLD", "oppose")
    assert len(evidence) == 2 and evidence[1] == "My delegation respectfully disagrees."


def test_others_view_without_an_answer_is_not_the_speakers():
    found = stances(
        "Some have suggested a short framework treaty with protocols to follow. "
        "The Chair will report on this."
    )
    assert "framework-convention" not in found


def test_calling_the_budapest_convention_regional_opposes_it_as_the_global_framework():
    found = stances("For us the Budapest Convention is merely a regional instrument.")
    assert found["join-budapest-convention"][1] == "oppose"


def test_their_participation_after_naming_stakeholders_is_about_them():
    found = stances(
        "Non-governmental organizations were involved in the earlier sessions. "
        "Their participation in the implementation phase should be guaranteed."
    )
    assert found["multistakeholder-participation"][1] == "support"


def test_a_numbered_paragraph_reads_as_one_sentence_with_its_number():
    found = stances(
        "1. Our aim is a convention against cybercrime.\n\n"
        "2. Kenya is a firm proponent of capacity building."
    )
    assert found["capacity-building"][1] == "support"
    assert found["capacity-building"][2] == ["2. Kenya is a firm proponent of capacity building."]


def test_a_modal_inside_an_embedded_question_is_nobodys_view():
    found = stances(
        "As to whether offences of incitement to extremism should be criminalized under "
        "the convention, we reject that idea."
    )
    assert found["content-offences"][1] == "oppose"


def test_an_anaphor_in_a_sentence_about_another_topic_is_not_a_stance_on_the_first():
    found = stances(
        "We support the elaboration of this convention. "
        "We are not convinced that the convention needs obligations for service providers."
    )
    assert found["un-cybercrime-convention"][1] == "support"
    assert found["private-sector-obligations"][1] == "oppose"


def test_the_speakers_verb_outvotes_a_cue_inside_the_topics_own_words():
    found = stances("Canada does not believe that a new treaty is needed.", state="CAN")
    assert found["un-cybercrime-convention"][1] == "oppose"


def test_of_two_cues_at_one_place_the_longer_decides():
    found = stances("Such an overly broad scope invites abuse by any government.")
    assert found["broad-scope"][1] == "oppose"


def test_an_evaluative_adjective_is_a_position():
    found = stances("The Convention on Cybercrime is a truly valuable framework for cooperation.")
    assert found["join-budapest-convention"][1] == "support"


def test_the_subject_area_carries_over_to_the_next_sentence_outside_the_process():
    found = stances(
        "Cybercrime was the theme of our national conference this year. "
        "We support the elaboration of a new global instrument.",
        event="ccpcj-27",
    )
    assert found["un-cybercrime-convention"][1] == "support"


def test_the_convention_at_the_untoc_conference_is_untoc():
    found = stances(
        "We call for the swift launch of the review of the implementation of the Convention.",
        event="untoc-cop-9",
    )
    assert found["untoc-review-mechanism"][1] == "support"
    assert "untoc-review-mechanism" not in stances(
        "We call for the swift launch of the review of the implementation of the Convention.",
        event="ahc-2",
    )


def test_not_only_is_not_a_negation_of_the_topic():
    found = stances("The convention must cover not only cyber-dependent crimes but more.")
    assert "broad-scope" not in found or found["broad-scope"][1] != "oppose"


def test_context_words_are_given_at_the_committees_sessions_only():
    sentence = "We insist on strong safeguards for privacy in every article."
    assert stances(sentence, event="ahc-3")["human-rights-safeguards"][1] == "support"
    assert "human-rights-safeguards" not in stances(sentence, event="unga-77")


def test_remaining_silent_on_the_crimes_just_named_is_opposed_by_the_speaker():
    found = stances(
        "Extremist groups exploit social media to spread propaganda and recruit. "
        "A convention that ignores these crimes would be unacceptable to us."
    )
    assert found["content-offences"][1] == "support"


def test_nuclear_safeguards_are_not_human_rights_safeguards():
    found = stances("IAEA safeguards in the treaty remain essential for all of us.")
    assert "human-rights-safeguards" not in found


def test_an_open_ended_scope_is_opposed_but_not_the_open_ended_expert_group():
    assert stances("The scope of the draft remains open-ended.")["broad-scope"][1] == "oppose"
    found = stances("We support the open-ended intergovernmental expert group on cybercrime.")
    assert "broad-scope" not in found


def test_a_negated_objection_is_support():
    found = stances(
        "We will make sure the treaty does not undermine the protection of human rights."
    )
    assert found["human-rights-safeguards"][1] == "support"


def test_standing_united_against_a_harm_is_support_for_countering_it():
    found = stances("Our nation stands united against terrorism.", event="ccpcj-27")
    assert found["counter-terrorism"][1] == "support"


def test_context_words_may_follow_in_the_next_sentence():
    found = stances(
        "Ransomware hit our hospitals last year. "
        "We are convinced the answer is to keep applying the rules we already have. "
        "The Convention on Cybercrime has served us well.",
        event="unga-76",
    )
    assert found["build-on-existing-instruments"][1] == "support"


def test_a_regional_instrument_said_of_the_budapest_convention_just_named_opposes_it():
    found = stances(
        "Some keep citing the Budapest Convention as a model. It is a regional instrument, "
        "and our work here should not be bound by it."
    )
    assert found["join-budapest-convention"][1] == "oppose"


def test_a_sentence_naming_the_budapest_convention_lets_the_next_refer_to_it():
    found = stances(
        "We have worked with the Budapest Convention for ten years. "
        "We encourage every State to accede to it."
    )
    assert found["join-budapest-convention"][1] == "support"
    assert found["join-budapest-convention"][2] == ["We encourage every State to accede to it."]


def test_regret_that_the_convention_omits_something_is_no_objection_to_the_convention():
    found = stances(
        "We support the United Nations Convention against Cybercrime. "
        "We regret that the Convention does not address hate speech."
    )
    assert found["un-cybercrime-convention"][1] == "support"


def test_a_statement_whose_title_names_cybercrime_is_read_as_about_it_throughout():
    text = (
        "Statement at the adoption of the Convention against Cybercrime\n\n"
        "Mr. President,\n\n"
        "We attach great importance to technical assistance for developing countries.\n"
    )
    x = pipeline.extract(
        Document(id="t.txt", text=text, metadata=Metadata(state="NLD", event="unga-79"))
    )
    assert {s.topic for s in x.stances} == {"capacity-building"}
    untitled = text.split("\n\n", 1)[1]
    x = pipeline.extract(
        Document(id="t.txt", text=untitled, metadata=Metadata(state="NLD", event="unga-79"))
    )
    assert not x.stances


def test_an_anaphor_as_subject_takes_the_stance_in_a_sentence_about_another_topic():
    found = stances(
        "Nothing here diminishes the Budapest Convention. It remains the most effective "
        "framework for international cooperation against cybercrime."
    )
    assert found["join-budapest-convention"][1] == "support"
    assert found["international-cooperation"][1] == "support"


@pytest.mark.parametrize(
    "second",
    [
        "Even so, it cannot be regarded as the global standard.",
        "Our country is not a party to it and has no plan to join.",
        "Accession is not, for us, the only path to a global framework.",
    ],
)
def test_denials_said_of_the_budapest_convention_just_named_oppose_it(second):
    found = stances(f"We respect the States that chose the Budapest Convention. {second}")
    assert found["join-budapest-convention"][1] == "oppose"


def test_countries_that_are_not_parties_to_it_is_no_denial():
    found = stances(
        "We are a Party to the Budapest Convention and find it useful. A global treaty can "
        "help countries that are not parties to it."
    )
    assert found["join-budapest-convention"][1] == "support"


@pytest.mark.parametrize(
    "answer",
    [
        "But we are not persuaded.",
        "We do not find this necessary.",
        "Norway remains not convinced.",
    ],
)
def test_others_view_answered_with_doubt_is_opposed(answer):
    found = stances(f"Some delegations have proposed a short framework treaty. {answer}")
    assert found["framework-convention"][1] == "oppose"


def test_the_tested_language_of_untoc_is_building_on_existing_instruments():
    found = stances("The chapter should rely on the tested language of UNTOC.")
    assert found["build-on-existing-instruments"][1] == "support"


def test_views_others_chose_to_voice_are_not_the_speakers():
    found = stances(
        "We note with regret that some delegations have chosen to make political statements "
        "unrelated to the mandate of the Committee."
    )
    assert "un-cybercrime-convention" not in found, found


def test_a_un_convention_on_cybercrime_is_no_stance_on_the_budapest_convention():
    found = stances(
        "We remain committed to a United Nations convention on cybercrime that is effective "
        "and widely ratified."
    )
    assert "join-budapest-convention" not in found, found


def test_refusing_unilateral_access_to_data_is_no_objection_to_cooperation():
    found = stances(
        "We cannot accept unilateral cross-border access to data stored in our territory."
    )
    assert found.get("international-cooperation", ("", "support"))[1] != "oppose", found


def test_a_demonstrative_carries_the_instrument_on_to_the_next_sentence():
    found = stances(
        "Let me turn to the Budapest Convention. We respect the States that have joined that "
        "instrument. It is, however, a regional treaty."
    )
    assert found["join-budapest-convention"][1] == "oppose", found


def test_an_anaphor_that_only_locates_a_part_of_the_text_takes_no_stance():
    found = stances(
        "We support the elaboration of a new convention against cybercrime. We see no reason "
        "to change the title of the instrument."
    )
    assert found["un-cybercrime-convention"][1] == "support", found


def test_at_the_expert_groups_meeting_the_expert_group_is_the_ieg():
    found = stances(
        "Some delegations have suggested that the Expert Group has served its purpose. We do "
        "not share that view.",
        event="ieg-7",
    )
    assert found["ieg-cybercrime"][1] == "support", found


def test_refusing_assistance_without_a_safeguard_defends_the_safeguard_not_less_cooperation():
    found = stances(
        "We cannot accept mutual legal assistance for coercive measures in the absence of "
        "dual criminality."
    )
    assert found["human-rights-safeguards"][1] == "support", found
    assert found.get("international-cooperation", ("", "support"))[1] != "oppose", found


def test_refusing_to_criminalize_protected_expression_is_no_objection_to_safeguards():
    found = stances(
        "We cannot accept any attempt to criminalize expression that is protected under "
        "international human rights law."
    )
    assert found.get("human-rights-safeguards", ("", "support"))[1] != "oppose", found


def test_two_clauses_weighing_both_sides_make_a_mixed_stance():
    found = stances(
        "We are open to including a limited number of cyber-enabled offences; at the same "
        "time, we are cautious about a list of offences so broad that it covers any crime."
    )
    assert found["broad-scope"][1] == "mixed", found


def test_a_scope_of_powers_is_not_the_scope_of_the_convention():
    found = stances(
        "Judicial supervision and limitation of the scope and duration of such powers are, in "
        "our view, sufficient elements."
    )
    assert "broad-scope" not in found, found


def test_a_universal_treaty_as_the_object_of_a_template_is_no_stance_on_it():
    found = stances(
        "We cannot accept attempts to present the Budapest Convention as a template for a "
        "universal treaty."
    )
    assert found.get("un-cybercrime-convention", ("", "support"))[1] != "oppose", found
    assert found["join-budapest-convention"][1] == "oppose", found


def test_content_left_out_in_a_relative_clause_is_not_regretted():
    found = stances(
        "A protocol must not serve to reintroduce the criminalization of content or of "
        "expression that was deliberately left out of this text."
    )
    assert found["content-offences"][1] == "oppose", found


def test_a_design_point_about_assistance_is_no_objection_to_it():
    found = stances(
        "We support technical assistance for developing countries. Technical assistance must "
        "not be used as an instrument of pressure."
    )
    assert found["capacity-building"][1] == "support", found


def test_others_arguing_that_the_counter_words_would_do_harm_are_no_rebuttal():
    found = stances(
        "Some delegations have argued that excluding offences already covered by other "
        "instruments would leave dangerous gaps."
    )
    assert "broad-scope" not in found, found


def test_refusing_cooperation_conditional_on_a_judgement_is_no_objection_to_cooperation():
    found = stances(
        "We cannot accept attempts to make international cooperation conditional on "
        "assessments of the human rights situation of the requesting State."
    )
    assert found.get("international-cooperation", ("", "support"))[1] != "oppose", found


def test_technical_assistance_rendered_by_companies_is_not_capacity_building():
    found = stances(
        "We caution against obliging service providers to render technical assistance that "
        "weakens encryption."
    )
    assert "capacity-building" not in found, found


def test_a_question_denying_a_negation_answered_no_supports_the_topic():
    found = stances(
        "Is it reasonable to adopt a convention that will not allow our authorities to "
        "cooperate against the crimes that affect our citizens? We do not think so."
    )
    assert found["international-cooperation"][1] == "support", found


# ---- forms met in the blind negotiation rounds Z and AA ------------------------------


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "While we understand why some partners want a wider range of conduct covered, "
            "Chile could not have accepted an open-ended scope for this convention.",
            "broad-scope",
            "oppose",
        ),
        (
            "We are convinced that consensus remains the surest path to a universal treaty.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We invite the future Conference of the States Parties to consult civil society and "
            "industry in its work.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "Lastly, we draw the attention of all delegations to the sexual exploitation of "
            "children online.",
            "child-protection",
            "support",
        ),
    ],
)
def test_late_blind_round_forms(body, topic, polarity):
    found = stances(body)
    assert found[topic][1] == polarity, found


def test_what_other_experts_consider_after_a_semicolon_is_not_the_speakers_view():
    found = stances(
        "Several speakers argued for a new treaty; others consider that the Budapest "
        "Convention already offers a sufficient basis for cooperation.",
        event="ieg-5",
    )
    assert "join-budapest-convention" not in found, found


# Forms met among the misses of seed-like blind rounds 68-71, in sentences of our own.
SEED_LIKE_PHRASINGS = [
    # an anaphor passes the reference on: the third sentence answers the first
    (
        "Several delegations want to criminalize the spreading of false news. Such offences "
        "are impossible to define with precision. We cannot support their inclusion.",
        "content-offences",
        "oppose",
    ),
    # the speaker's verdict on a proposal, and on a proposal to delete
    (
        "My Government cannot accept the proposal to criminalize the spreading of false news.",
        "content-offences",
        "oppose",
    ),
    (
        "We cannot support the proposal to remove article 24 on conditions and safeguards.",
        "human-rights-safeguards",
        "support",
    ),
    # a narrow treaty that "would leave" the police without tools denies the narrowing
    (
        "A treaty restricted to a short list of computer offences would leave our police "
        "without tools against most crimes that are committed today through networks.",
        "broad-scope",
        "support",
    ),
    # the convention's articles 6 and 24, by number; abstaining on one of them
    (
        "Articles 6 and 24 are not decorative provisions of this convention.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "Our delegation abstained in the vote on article 6, paragraph 2, of the draft.",
        "human-rights-safeguards",
        "oppose",
    ),
    # a past evaluation
    (
        "The contribution of academia and civil society was essential throughout these talks.",
        "multistakeholder-participation",
        "support",
    ),
    # a rhetorical question through an anaphor, answered
    (
        "Some claim that the Budapest Convention is already the global answer. Can a treaty "
        "that most countries never negotiated, and whose article 32 permits access to data "
        "abroad, truly be called universal? We do not think so.",
        "join-budapest-convention",
        "oppose",
    ),
    # "is X sufficient on its own? We doubt it" asks for more of X
    (
        "Is article 24 on conditions and safeguards sufficient on its own to prevent abuse of "
        "interception powers? We doubt it.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "Good cooperation cannot be dissociated from strong safeguards.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "We have worked to ensure that the text stays compatible with the Budapest Convention.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "We regret that a recorded vote was requested on the provisions on safeguards.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We cannot accept any article which would oblige providers to decrypt the messages of "
        "their users.",
        "private-sector-obligations",
        "oppose",
    ),
    (
        "Some favour the Budapest Convention. In our view a regional treaty, drafted by a "
        "small group of countries, cannot be presented as the global standard.",
        "join-budapest-convention",
        "oppose",
    ),
    # what wears the topic down is objected to
    (
        "Such a clause undermines the sovereignty of States and cannot be accepted.",
        "sovereignty",
        "support",
    ),
    # a second denial in the same vein does not undo the first
    (
        "The Budapest Convention cannot serve as the model for this treaty, and it is not "
        "the universal standard.",
        "join-budapest-convention",
        "oppose",
    ),
    # accepting a limited set of cyber-enabled offences is a middle position
    (
        "We could accept a limited number of cyber-enabled offences such as online fraud.",
        "broad-scope",
        "mixed",
    ),
    ("We cannot support an open-ended list of offences in this treaty.", "broad-scope", "oppose"),
    (
        "Although we have not joined that treaty, we believe the new text must be compatible "
        "with it and with the United Nations Convention against Corruption.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "We regret that consensus could not be reached on these articles.",
        "consensus-decision-making",
        "support",
    ),
    (
        "Our country has always attached great importance to consensus in this Committee.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We can accept that service providers be required to preserve stored data.",
        "private-sector-obligations",
        "support",
    ),
    # rounds 72-75
    (
        "We did not and do not believe that a new treaty is needed.",
        "un-cybercrime-convention",
        "oppose",
    ),
    (
        "Our Government has always held that a universal legally binding instrument on "
        "countering cybercrime is the best way to address this threat.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We regret that such talks would divert resources from capacity-building for developing "
        "countries.",
        "capacity-building",
        "support",
    ),
    (
        "We caution against prejudging the outcome of the open-ended intergovernmental expert "
        "group on cybercrime.",
        "ieg-cybercrime",
        "support",
    ),
    (
        "Is it wise to open negotiations on a new legally binding instrument while the expert "
        "group on cybercrime has not finished? Ruritania does not believe so.",
        "un-cybercrime-convention",
        "oppose",
    ),
    (
        "Any treaty should be negotiated openly and adopted by consensus, not imposed by a "
        "narrow majority.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We urge all States that share its aims to request an invitation to accede to the "
        "Council of Europe convention.",
        "join-budapest-convention",
        "support",
    ),
    (
        "We believe that offences targeting the dissemination of content would be used to "
        "silence journalists.",
        "content-offences",
        "oppose",
    ),
    (
        "We should not lose sight of the principle of sovereignty in this chapter.",
        "sovereignty",
        "support",
    ),
    (
        "The procedural powers must apply not only to the offences established in accordance "
        "with this convention but also to other criminal offences committed online.",
        "broad-scope",
        "support",
    ),
    (
        "States Parties should afford one another the widest measure of cooperation in "
        "cybercrime investigations.",
        "international-cooperation",
        "support",
    ),
    (
        "We do not believe that this treaty should be constrained by the text of a regional "
        "instrument negotiated without most countries.",
        "build-on-existing-instruments",
        "oppose",
    ),
    (
        "A convention meant to be universal can only be elaborated by consensus.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We could accept a short article on human rights only if it refers to domestic law.",
        "human-rights-safeguards",
        "mixed",
    ),
    (
        "We can accept the extension to serious crime, but only if the safeguards of article 24 "
        "apply in full.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "Any new offence must be clearly defined, must be consistent with international human "
        "rights law, and must not become a vehicle for censorship.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "How can we draft rules on the interception of communications without saying that they "
        "must respect the right to privacy?",
        "human-rights-safeguards",
        "support",
    ),
    (
        "Terrorism, drug trafficking and organized crime cannot be countered individually, but "
        "only by common strategies.",
        "international-cooperation",
        "support",
    ),
    (
        "The prevention of drug trafficking is an area requiring concerted efforts by the "
        "international community.",
        "international-cooperation",
        "support",
    ),
    (
        "We cooperate with all our neighbours, near and far, in countering drug trafficking.",
        "international-cooperation",
        "support",
    ),
    # rounds 76-79
    (
        "Ruritania cannot agree with the approach voiced by the delegation of Freedonia, "
        "according to which the convention should be limited to a short list of cyber-dependent "
        "offences.",
        "broad-scope",
        "support",
    ),
    (
        "We support the elaboration of a comprehensive and legally binding convention, as "
        "mandated by resolution 74/247.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We believe that the international community needs this convention on cybercrime.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "The scope of international cooperation remains too broad, and several safeguards that "
        "we consider essential have been weakened.",
        "broad-scope",
        "oppose",
    ),
    (
        "A text adopted by a divided vote would, in all likelihood, be a text ratified by few; "
        "we remain committed to consensus.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We regret the deletion, in the latest revision, of the provision criminalizing the "
        "grooming of children through ICTs.",
        "child-protection",
        "support",
    ),
    (
        "We cannot accept that the safeguards accompanying these powers be weakened.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "Nobody can deny that a convention without technical assistance would remain a dead "
        "letter for developing countries.",
        "capacity-building",
        "support",
    ),
    (
        "The Group regrets that the text still does not include the offences it has proposed, "
        "namely incitement to terrorism through ICTs and the dissemination of content that "
        "incites hatred.",
        "content-offences",
        "support",
    ),
    (
        "Our country has always proceeded from the premise that only the United Nations can "
        "coordinate the efforts of the international community against organized crime.",
        "un-central-role",
        "support",
    ),
    (
        "We call for stronger action against traffickers who use online platforms to recruit "
        "their victims.",
        "ict-human-trafficking",
        "support",
    ),
    (
        "The Group insists that the convention cover all crimes committed by means of ICTs, and "
        "that it not be restricted to a limited number of offences against computer systems.",
        "broad-scope",
        "support",
    ),
    (
        "We urge all Governments to declare war on terrorism.",
        "counter-terrorism",
        "support",
    ),
    (
        "And nowhere else is the role of the United Nations more vital.",
        "un-central-role",
        "support",
    ),
    (
        "We do not share the view, expressed by some delegations, that the article on respect "
        "for human rights is superfluous.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "Nor can we understand why the text no longer contains any offence relating to "
        "incitement to violence.",
        "content-offences",
        "support",
    ),
    (
        "We regret that paragraph 4, on the transfer of technology, remains in square brackets.",
        "capacity-building",
        "support",
    ),
    (
        "We cannot accept that the chapter on technical assistance remains formulated in terms "
        "such as 'as appropriate'.",
        "capacity-building",
        "support",
    ),
    (
        "Ruritania fully shares the emphasis placed on technical assistance and capacity-building.",
        "capacity-building",
        "support",
    ),
    # what wears the topic down is objected to, through "their ability to"
    (
        "Sanctions imposed on our region undermine the ability of States to receive technical "
        "assistance.",
        "capacity-building",
        "support",
    ),
    # a denial after asides: "…, under …, and not a regional treaty"
    (
        "The world wanted a universal convention against cybercrime negotiated by all, in New "
        "York, on an equal footing, and not a regional arrangement offered for accession.",
        "un-cybercrime-convention",
        "support",
    ),
    # the objection is to the delay
    (
        "Requests for mutual legal assistance between our authorities must not take years.",
        "international-cooperation",
        "support",
    ),
    # a savings clause keeps the topic safe
    (
        "Nothing in this instrument should be construed as affecting the sovereignty of States.",
        "sovereignty",
        "support",
    ),
    # objecting to what would justify a harm
    (
        "We cannot accept that culture be invoked to excuse incitement to violence online.",
        "content-offences",
        "support",
    ),
    # a condition stated with a signature
    (
        "Ruritania ratifies the instrument on the understanding that its human rights safeguards "
        "will be respected by every party.",
        "human-rights-safeguards",
        "support",
    ),
    # the speaker's own act, in progress
    (
        "This afternoon Ruritania is signing the United Nations Convention against Cybercrime.",
        "un-cybercrime-convention",
        "support",
    ),
    # the counter words denied by an infinitive clause's verdict
    (
        "To put the protection of children to a vote was not the way to build trust.",
        "consensus-decision-making",
        "support",
    ),
    # "regrets … confines X to a limited set"
    (
        "Ruritania regrets that the text confines its chapter on offences to a limited set of "
        "attacks on computer systems.",
        "broad-scope",
        "support",
    ),
    (
        "Ruritania regrets that the scope of the convention against cybercrime remains restricted.",
        "broad-scope",
        "support",
    ),
    # the convention must not stay words on paper
    (
        "The convention promises technical assistance in chapter VII. These provisions must not "
        "remain words on paper.",
        "capacity-building",
        "support",
    ),
    # what lacks the topic is denied: the topic is a condition
    (
        "A cybercrime convention which does not protect privacy will never be ratified by our "
        "parliament.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "The new convention will stay an empty promise for small States without sustained "
        "technical assistance.",
        "capacity-building",
        "support",
    ),
    # an argument of others, heard again
    (
        "We heard once again today the argument that this is a criminal justice convention "
        "and not a human rights treaty.",
        "human-rights-safeguards",
        "support",
    ),
    # what diverts scarce means from the topic is objected to
    (
        "We are concerned that a second negotiation would divert limited resources from "
        "capacity-building.",
        "capacity-building",
        "support",
    ),
    (
        "We cannot support attempts to turn the draft convention into another forum for human "
        "rights scrutiny.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "Ruritania will not accept any article that would criminalize undefined online content.",
        "content-offences",
        "oppose",
    ),
    # others' view in the past tense, answered
    (
        "Others contended that States need only accede to the Budapest Convention. We do not "
        "share this view.",
        "join-budapest-convention",
        "oppose",
    ),
    # a claim that what exists suffices, rebutted
    (
        "It has been said that the world already possesses an adequate legal framework against "
        "cybercrime. Ruritania does not share this view.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We expect that the chapter on international cooperation will be applied in good faith.",
        "international-cooperation",
        "support",
    ),
    (
        "Respect for human rights is not an annex of this convention: it must be its foundation.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "Provisions on direct access to data contradict the principle of State sovereignty.",
        "sovereignty",
        "support",
    ),
    (
        "The list of offences must therefore not be confined to a narrow set of attacks on "
        "computer systems.",
        "broad-scope",
        "support",
    ),
    (
        "Without a safeguard for the sovereignty of the requested State, article 40 would not "
        "be acceptable to us.",
        "sovereignty",
        "support",
    ),
    (
        "We regret that the convention falls short of addressing incitement to terrorism through "
        "information and communications technologies.",
        "content-offences",
        "support",
    ),
    (
        "We regret that the Committee voted on provisions that protect human rights at this "
        "late stage.",
        "human-rights-safeguards",
        "support",
    ),
    (
        "We regret that the participation of several non-governmental organizations in the "
        "Ad Hoc Committee was objected to.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "Ruritania believes that civil society and academia must be heard in the negotiation of "
        "the convention.",
        "multistakeholder-participation",
        "support",
    ),
    (
        "Ruritania remains committed to concluding this negotiation by consensus.",
        "consensus-decision-making",
        "support",
    ),
    # a denied belief governs its own clause only
    (
        "Ruritania is not convinced that the chapter is the right place for such obligations, "
        "and we would need to see robust safeguards before considering it.",
        "human-rights-safeguards",
        "support",
    ),
    # accepting the narrow words on a condition is a middle position
    (
        "Ruritania could accept a limited number of cyber-enabled offences, provided that they "
        "are clearly defined.",
        "broad-scope",
        "mixed",
    ),
    # others' wish in a concession; the main clause is the speaker's
    (
        "While we understand why some delegations wished to see a wide range of offences, we "
        "would have preferred a convention limited to a clearly defined set of cyber-dependent "
        "offences.",
        "broad-scope",
        "oppose",
    ),
    (
        "Developing countries need technical assistance to implement the convention.",
        "capacity-building",
        "support",
    ),
    (
        "However, we do not agree with the suggestion that every article of the convention must "
        "carry its own human rights safeguards.",
        "human-rights-safeguards",
        "oppose",
    ),
    # an objection hedged with "however"
    (
        "Ruritania does not, however, see the need for human rights conditions in every "
        "article of the convention.",
        "human-rights-safeguards",
        "oppose",
    ),
    # objecting to a harm left without protection
    (
        "We cannot accept that our citizens be left without protection against the use of "
        "these technologies for the incitement to violence.",
        "content-offences",
        "support",
    ),
    # safeguards said to be misused, with the concern's relative clause set aside
    (
        "We are concerned that human rights conditions, whose inclusion some delegations "
        "demanded, could be invoked selectively to deny cooperation.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "This convention must coexist harmoniously with the Budapest Convention.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The convention should cover not only attacks against computer systems but also the "
        "serious crimes committed through them.",
        "broad-scope",
        "support",
    ),
    (
        "Ruritania supports the completion of the workplan of the Expert Group on cybercrime.",
        "ieg-cybercrime",
        "support",
    ),
    # others' encouragement is theirs
    (
        "The delegation of Ruritania again encouraged all States to accede to the Budapest "
        "Convention. We do not share this view.",
        "join-budapest-convention",
        "oppose",
    ),
    (
        "New protocols must not divert the resources that developing countries need to "
        "ratify the convention against cybercrime.",
        "un-cybercrime-convention",
        "support",
    ),
    (
        "We cannot agree that cooperation in the collection of electronic evidence be limited "
        "in this way.",
        "international-cooperation",
        "support",
    ),
    # a wish for what the text lacks
    (
        "We would have wished that every article of the convention be agreed without a vote.",
        "consensus-decision-making",
        "support",
    ),
    (
        "The absence of content-related offences is one of the strengths of this convention.",
        "content-offences",
        "oppose",
    ),
    (
        "We would rather keep negotiating than see this convention put to a vote.",
        "consensus-decision-making",
        "support",
    ),
    (
        "Ruritania cannot accept a convention that would be restricted to attacks against "
        "computer systems.",
        "broad-scope",
        "support",
    ),
    (
        "We cannot accept a convention that would leave fraud and extortion outside its scope.",
        "broad-scope",
        "support",
    ),
    (
        "The new convention complements, and does not dilute, the Budapest Convention.",
        "build-on-existing-instruments",
        "support",
    ),
    # a numbered summary: each clause keeps its own cue
    (
        "To conclude: first, Ruritania supports the convention; second, service providers "
        "must bear clear obligations to preserve data; third, content-related offences are "
        "not acceptable to us.",
        "private-sector-obligations",
        "support",
    ),
    (
        "To conclude: first, Ruritania supports the convention; second, service providers "
        "must bear clear obligations to preserve data; third, content-related offences are "
        "not acceptable to us.",
        "content-offences",
        "oppose",
    ),
    # a right acknowledged, then the regret
    (
        "Without questioning the right of any delegation to request a vote, Ruritania regrets "
        "that the Committee had to resort to a vote.",
        "consensus-decision-making",
        "support",
    ),
    (
        "Unilateral transborder access is a direct violation of the sovereignty of States.",
        "sovereignty",
        "support",
    ),
    # the counter words after "not only"
    (
        "The chapter must cover every crime committed with ICTs, and not only offences "
        "restricted to cyber-dependent crimes.",
        "broad-scope",
        "support",
    ),
    (
        "We propose to delete the additional references to human rights in article 24.",
        "human-rights-safeguards",
        "oppose",
    ),
    (
        "A convention adopted by a divided vote would, in our view, be a convention weakened "
        "at birth.",
        "consensus-decision-making",
        "support",
    ),
    (
        "Ruritania would have preferred a more comprehensive coverage of the crimes committed "
        "through ICTs.",
        "broad-scope",
        "support",
    ),
    # an aside that accuses something of wearing the topic down
    (
        "The Budapest Convention, which infringes the sovereignty of States, cannot serve as a "
        "model.",
        "sovereignty",
        "support",
    ),
    # others' view that the provisions would threaten a freedom, answered
    (
        "Several delegations argued that offences of incitement to hatred would endanger "
        "freedom of expression. We do not share that assessment.",
        "content-offences",
        "support",
    ),
    # "Nor can X accept", the reason in a relative clause after the topic's words
    (
        "Nor can Ruritania accept the return of content-related offences, which in the absence "
        "of shared definitions would punish opinions.",
        "content-offences",
        "oppose",
    ),
    # the way decisions should be made, said without "decisions"
    ("Instruments of this kind must rest on consensus.", "consensus-decision-making", "support"),
    (
        "We stress that the rule of consensus, which all of us accepted in 2021, must guide "
        "the Conference of the States Parties too.",
        "consensus-decision-making",
        "support",
    ),
    (
        "My delegation has always favoured consensus on matters of this importance.",
        "consensus-decision-making",
        "support",
    ),
    (
        "We deeply regret that the Committee had to resort to voting in its final hours.",
        "consensus-decision-making",
        "support",
    ),
    # the new treaty beside the old ones
    (
        "We do not regard the new convention as a competitor to the existing regional instruments.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "What matters most is that the future convention not duplicate or weaken the "
        "conventions already in force.",
        "build-on-existing-instruments",
        "support",
    ),
    (
        "The new treaty and the Palermo Convention should be applied as mutually reinforcing "
        "instruments.",
        "build-on-existing-instruments",
        "support",
    ),
    # the counter words denied with "hardly"
    (
        "A treaty pushed through by a divided vote would hardly be ratified by all.",
        "consensus-decision-making",
        "support",
    ),
    # "a truly universal instrument" is needed
    (
        "That is exactly why the world needs a truly universal instrument against cybercrime.",
        "un-cybercrime-convention",
        "support",
    ),
    # a fact about many countries is no view of theirs
    (
        "Many developing countries lack trained prosecutors, so technical assistance must be "
        "a central pillar of the convention against cybercrime.",
        "capacity-building",
        "support",
    ),
    # the decision to elaborate the treaty welcomed
    (
        "We welcomed the decision to elaborate a United Nations convention on the criminal "
        "use of information and communications technologies.",
        "un-cybercrime-convention",
        "support",
    ),
    # a request for mutual legal assistance
    (
        "The crime was planned abroad; for that reason we formally request mutual legal "
        "assistance from the States concerned.",
        "international-cooperation",
        "support",
    ),
    # what there is no reason to do
    (
        "Nor do we see any reason for the new treaty to duplicate the work done under the "
        "Budapest Convention.",
        "build-on-existing-instruments",
        "support",
    ),
    # a call made again, and trust in how others will decide
    (
        "Ruritania calls once again for the full protection of children against sexual "
        "exploitation online.",
        "child-protection",
        "support",
    ),
    (
        "We trust that the Committee will take all its decisions by consensus.",
        "consensus-decision-making",
        "support",
    ),
    # the label of a numbered point is not a position on what it names
    (
        "4. Human rights and sovereignty: my delegation respects its human rights obligations, "
        "but this is a criminal justice treaty, not a human rights convention.",
        "human-rights-safeguards",
        "oppose",
    ),
]


@pytest.mark.parametrize(("sentence", "topic", "polarity"), SEED_LIKE_PHRASINGS)
def test_seed_like_phrasings(sentence, topic, polarity):
    found = stances(sentence)
    assert topic in found, found
    assert found[topic][1] == polarity, found[topic]


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        # others who keep asking, with no answer
        (
            "We note that some delegations continue to request new offences on extremism "
            "and on the spreading of false information.",
            "content-offences",
        ),
        # a named delegation repeating its view, heard by the speaker
        (
            "We have heard the delegation of Ruritania insist that articles on extremism "
            "belong in this convention.",
            "content-offences",
        ),
        # a question whose negation sits in a relative clause about the topic's words
        (
            'What would a court do with a duty to criminalize "false information" that no '
            "legislature has ever managed to define?",
            "content-offences",
        ),
        # a complaint about how cooperation works today
        (
            "Our experience with mutual legal assistance in cybercrime cases has been slow "
            "and disappointing.",
            "international-cooperation",
        ),
        # a view heard from others, with no answer
        (
            "Madam Chair, we have heard once again from some delegations that the Budapest "
            "Convention already provides the standards the world needs.",
            "join-budapest-convention",
        ),
        # a question answered no about what is lacking, not about the topic
        (
            "Can there be effective international cooperation against cybercrime if half of "
            "the States lack trained prosecutors? The answer is no.",
            "international-cooperation",
        ),
        # the label of a numbered point alone
        (
            "4. Sovereignty and cooperation: the Secretariat has circulated a note on this "
            "chapter.",
            "sovereignty",
        ),
        # a view told to the speaker by others, with no answer
        (
            "We are told by some delegations that the Budapest Convention should be the "
            "template for this Committee.",
            "join-budapest-convention",
        ),
        # the proposals of others, described
        (
            "Clarity is needed about the proposals to criminalize insults to public "
            "authorities, which we heard this week from some delegations.",
            "content-offences",
        ),
        (
            "This committee voted on the proposals of the delegation of Ruritania to delete "
            "article 24.",
            "human-rights-safeguards",
        ),
        # where something goes, not what the speaker thinks of the chapter
        (
            "Clauses on human rights have no place in the chapter on international cooperation.",
            "international-cooperation",
        ),
        # a circumstance
        (
            "We welcome that most delegations voted to keep these provisions when a vote was "
            "called last week.",
            "consensus-decision-making",
        ),
        # crimes committed, not a commitment
        (
            "Criminals use networks to commit fraud, extortion and the sexual exploitation of "
            "children every day.",
            "child-protection",
        ),
        # a question about a condition, not against the treaty
        (
            "What value will a universal convention have if many of its parties cannot "
            "implement it?",
            "un-cybercrime-convention",
        ),
        # a report of a vote request, not the speaker's view on voting
        (
            "Those votes were requested by Ruritania, a member of our group, to record its "
            "concerns.",
            "consensus-decision-making",
        ),
        # a relative clause about offences that found no consensus
        (
            "The text keeps open the option of a protocol on offences on which consensus could "
            "not be found.",
            "consensus-decision-making",
        ),
        # a background fact in a relative clause
        (
            "We note that the Budapest Convention exists. Norway, which is not a party to that "
            "convention, will keep studying it.",
            "join-budapest-convention",
        ),
        # a cue in a relative clause about the speaker, not about the treaty named after it
        (
            "For Ruritania, which is not a signatory of any regional instrument, the United "
            "Nations Convention against Cybercrime is the first such framework.",
            "un-cybercrime-convention",
        ),
        # the views of others, in several forms
        (
            "Some said that a universal convention against cybercrime was unnecessary.",
            "un-cybercrime-convention",
        ),
        (
            "Others told us that a new convention against cybercrime was impossible to negotiate.",
            "un-cybercrime-convention",
        ),
        (
            "Many delegations from the Pacific proposed to cover every crime committed with a "
            "computer.",
            "broad-scope",
        ),
        (
            "We took note of the proposal by Ruritania to criminalize the dissemination of "
            "extremist materials.",
            "content-offences",
        ),
        (
            "We heard the statements of several States parties to the Budapest Convention, which "
            "described both instruments as complementary.",
            "build-on-existing-instruments",
        ),
        # a counter word that only names what was voted on
        (
            "We voted to keep article 14 and the other provisions that were put to a vote.",
            "consensus-decision-making",
        ),
        # a reassurance about what is not sought
        (
            "This is not about turning the convention into a human rights treaty, as some fear.",
            "human-rights-safeguards",
        ),
        # others' wish, and what they encouraged
        (
            "We noted that some delegations wish to keep the text close to the Budapest "
            "Convention, and even encouraged other States to accede to it.",
            "join-budapest-convention",
        ),
        # a right acknowledged
        (
            "We respect the right of any delegation to request a recorded vote.",
            "consensus-decision-making",
        ),
    ],
)
def test_seed_like_forms_that_take_no_stance(body, topic):
    assert topic not in stances(body)


def test_a_cue_in_a_relative_clause_about_another_treaty_does_not_count():
    found = stances(
        "Unlike the Budapest Convention, to which we are not a party, the new United Nations "
        "convention against cybercrime will be negotiated by all and deserves our support."
    )
    assert found["un-cybercrime-convention"][1] == "support"


def test_an_anaphor_speaks_only_in_its_own_clause():
    found = stances(
        "We support the criminalization of incitement to terrorism through ICTs. Such crimes "
        "cost lives every day; they are not a matter of opinion."
    )
    assert found["content-offences"][1] == "support"


def test_the_mandate_resolution_places_a_crime_policy_speech_in_the_treatys_subject():
    body = (
        "Transnational crime is a threat to all. We face many challenges every single day. "
        "For this reason we voted for resolution 74/247 and remain convinced that a "
        "universal, legally binding instrument under the United Nations is needed."
    )
    assert stances(body, event="ccpcj-30")["un-cybercrime-convention"][1] == "support"


def test_an_objection_to_the_reach_of_cooperation_is_about_the_scope():
    found = stances(
        "We are fully committed to mutual legal assistance against cybercrime. However, we are "
        "concerned that the scope of cooperation under article 35 is extended to any criminal "
        "offence."
    )
    assert found["international-cooperation"][1] == "support"
    assert found["broad-scope"][1] == "oppose"


def test_the_treaty_named_as_the_place_of_something_is_no_stance_on_it():
    found = stances(
        "We see no reason why sovereign equality should be weakened in a convention on cybercrime."
    )
    assert "un-cybercrime-convention" not in found
    assert found["sovereignty"][1] == "support"


def test_a_generic_anaphor_after_a_sentence_about_two_topics_refers_to_neither():
    found = stances(
        "We negotiate a treaty on law enforcement cooperation, not a human rights convention. "
        "These provisions do not enjoy the support of many States."
    )
    assert found["international-cooperation"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        # others who "continue to present" a treaty as the model
        (
            "Some delegations continue to present the Budapest Convention as the benchmark for "
            "every provision.",
            "join-budapest-convention",
        ),
        (
            "Some of them have openly proposed that the treaty should criminalize false "
            "information.",
            "content-offences",
        ),
        # a courtesy to the parties of a treaty
        (
            "We respect the choice of those States that have acceded to the Budapest Convention.",
            "join-budapest-convention",
        ),
        # a benchmark for a treaty is not the treaty
        (
            "Why ask States that had no say in its drafting to accept it as the benchmark for a "
            "universal treaty on cybercrime?",
            "un-cybercrime-convention",
        ),
        # the expert group in the question's "while" clause
        (
            "Is it wise to open negotiations on a new legally binding instrument while the "
            "expert group on cybercrime has not finished? We do not think so.",
            "ieg-cybercrime",
        ),
        # crisis that "affects humankind" does not negate "cannot be countered individually"
        (
            "Poverty, climate change and other questions of interest require collective action "
            "by all nations.",
            "international-cooperation",
        ),
    ],
)
def test_rounds_72_75_forms_that_take_no_stance(body, topic):
    assert topic not in stances(body)


def test_a_demonstrative_refers_back_past_sentences_that_name_nothing_else():
    found = stances(
        "This brings me to the Budapest Convention. Several delegations again invited other "
        "States to accede to it. We respect the choice of its parties. However, this "
        "instrument was drafted by a limited number of States."
    )
    assert found["join-budapest-convention"][1] == "oppose"


def test_the_third_committee_is_the_assembly_at_work():
    from graph import pipeline
    from graph.model import Document

    x = pipeline.extract(
        Document(
            id="t.txt",
            text=(
                "Explanation of vote on a Third Committee resolution\n\nNew York, "
                "18 November 2019\n\nThank you, Mr. Chair.\n\nRuritania will vote no.\n"
            ),
        )
    )
    assert x.metadata.event == "unga-74"
    assert ("Body", "unga") in {(m.kind, m.id) for m in x.mentions}


def test_a_proposal_named_by_an_anaphor_and_denied_by_none_of():
    found = stances(
        "Some delegations proposed to criminalize the spreading of false information. We are "
        "glad that none of these proposals found its way into the final text."
    )
    assert found["content-offences"][1] == "oppose"


def test_others_who_say_a_topic_belongs_elsewhere_are_answered():
    found = stances(
        "We consider it important that the convention address the use of ICTs to incite "
        "terrorism. Some delegations argued that such provisions belong to other fora. We do "
        "not share this view."
    )
    assert found["content-offences"][1] == "support"


def test_a_proposal_the_speaker_made_together_with_others_is_its_own():
    found = stances(
        "We regret that the text does not include the offences we proposed together with other "
        "delegations, namely the dissemination of content that incites hatred."
    )
    assert found["content-offences"][1] == "support"


def test_an_asset_recovery_question_through_an_anaphor():
    found = stances(
        "Some delegations suggested a new convention on the recovery of criminal assets. Do we "
        "really need a new instrument in this field? We do not think so.",
        event="ccpcj-32",
    )
    assert found["asset-recovery-convention"][1] == "oppose"


def test_a_question_about_what_a_country_lacks_is_not_against_the_measure():
    found = stances(
        "How can a developing country run a 24/7 network for mutual legal assistance if it does "
        "not have trained personnel?"
    )
    assert "international-cooperation" not in found


def test_a_disagreement_whose_subject_carries_a_relative_clause():
    found = stances(
        "Some delegations proposed a new protocol on wildlife trafficking. Ruritania, which "
        "suffers from poaching, does not share this view.",
        event="untoc-cop-9",
    )
    assert found["wildlife-crime-instrument"][1] == "oppose"


def test_an_anaphor_two_sentences_on_past_one_that_names_nothing():
    found = stances(
        "Several delegations proposed to criminalize false information. We understand the "
        "concerns behind those proposals. We do not believe the text should go further. "
        "Offences of this kind can be turned against journalists."
    )
    assert found["content-offences"][1] == "oppose"


def test_an_abuse_feared_in_the_absence_of_safeguards_supports_them():
    found = stances(
        "Without clear guarantees of legality and judicial oversight, the powers of the "
        "procedural chapter could be turned against journalists."
    )
    assert found["human-rights-safeguards"][1] == "support"


def test_no_intention_to_accede_to_it():
    found = stances(
        "Some present the Budapest Convention as the global standard. Ruritania has no "
        "intention to accede to it."
    )
    assert found["join-budapest-convention"][1] == "oppose"


def test_rounds_80_81_forms():
    assert (
        stances(
            "We have heard it argued that offences of incitement have no place in this convention. "
            "We do not share this view."
        )["content-offences"][1]
        == "support"
    )
    assert (
        stances(
            "While the convention must respect human rights, it is not, and should not become, a "
            "human rights instrument."
        )["human-rights-safeguards"][1]
        != "support"
    )
    assert (
        stances(
            "Every power must be subject to robust safeguards for human rights. Without these "
            "guarantees, there will be no convention that we could ratify."
        )["human-rights-safeguards"][1]
        == "support"
    )
    assert (
        stances(
            "Every power must be subject to robust conditions and safeguards. These safeguards "
            "should not be relegated to a preambular reference."
        )["human-rights-safeguards"][1]
        == "support"
    )
    assert (
        stances(
            "We support the early conclusion of a comprehensive and authoritative United Nations "
            "convention on countering cybercrime."
        )["un-cybercrime-convention"][1]
        == "support"
    )


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # a negated proposal by others to limit cooperation, answered in the negative
        (
            "The delegation of Ruritania suggested that the provisions on international "
            "cooperation should apply only to the offences of this convention. We are not "
            "convinced.",
            "international-cooperation",
            "support",
        ),
        (
            "Our delegation places great importance on technical assistance.",
            "capacity-building",
            "support",
        ),
        (
            "We support a chapter that builds on the well-tested provisions of articles 16 and "
            "18 of the United Nations Convention against Transnational Organized Crime.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "We value the contributions of civil society and academia, and the Conference of the "
            "States Parties should provide for their meaningful participation in its work.",
            "multistakeholder-participation",
            "support",
        ),
        ("The Netherlands remains committed to consensus.", "consensus-decision-making", "support"),
        ("We will not be the ones calling for a vote.", "consensus-decision-making", "support"),
        (
            "Decisions of the Conference should be taken by consensus wherever possible, and we "
            "fear that today's precedent will not serve it well.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We regret that recorded votes were requested today on several provisions of the "
            "text, including article 24 on conditions and safeguards.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "International cooperation is the heart of this convention.",
            "international-cooperation",
            "support",
        ),
        (
            "We support the widest possible cooperation among States Parties for the purpose of "
            "investigations.",
            "international-cooperation",
            "support",
        ),
        (
            "The world cannot do without a universal convention against cybercrime.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "We see no reason why the definitions in this instrument should depart from those "
            "that have stood the test of time in the Budapest Convention.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "If this instrument is to be of any value, its cooperation provisions must also allow "
            "the collection of electronic evidence of any serious crime.",
            "broad-scope",
            "support",
        ),
        (
            "We would favour a provision requiring States Parties to ensure that service "
            "providers cooperate with competent authorities.",
            "private-sector-obligations",
            "support",
        ),
        (
            "The Group is firmly of the view that the criminalization chapter cannot stop at the "
            "core offences.",
            "broad-scope",
            "support",
        ),
        (
            "We have not concealed our disappointment that the chapter on criminalization is "
            "limited to eleven offences.",
            "broad-scope",
            "support",
        ),
        (
            "The protection of children from online sexual abuse is a matter on which there can "
            "be no compromise.",
            "child-protection",
            "support",
        ),
        (
            "We cannot accept offences of incitement to subversive activities. Such offences "
            "belong, if anywhere, to other fora.",
            "content-offences",
            "oppose",
        ),
    ],
)
def test_rounds_114_117_forms(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        # what a document covers is no position on it
        (
            "We thank the Chair for the negotiating document on the chapters on international "
            "cooperation, preventive measures and technical assistance.",
            "capacity-building",
        ),
        # a question about the means of one kind of State is not against the measure
        (
            "What value does a 24/7 point of contact have for a State whose cybercrime unit has "
            "four officers?",
            "international-cooperation",
        ),
        # the treaty named as the place of something else
        (
            "Such notions have no place in a treaty on cooperation in criminal matters.",
            "international-cooperation",
        ),
    ],
)
def test_rounds_114_117_forms_that_take_no_stance(body, topic):
    assert topic not in stances(body)


def test_others_who_proposed_again_are_others():
    found = stances(
        "Some other delegations have again proposed the inclusion of offences relating to "
        "extremism. We reject these proposals."
    )
    assert found["content-offences"][1] == "oppose"


def test_an_objection_to_the_stated_bracketing_of_a_safeguard_supports_it():
    found = stances(
        "It is not without concern that we note that article 5, on respect for human rights, "
        "remains entirely in brackets."
    )
    assert found["human-rights-safeguards"][1] == "support"


def test_a_state_that_keeps_the_final_say_over_stakeholders_is_mixed():
    found = stances(
        "My delegation has no objection to hearing the views of stakeholders in the "
        "consultations. However, the elaboration of the text must remain the exclusive "
        "prerogative of Member States."
    )
    assert found["multistakeholder-participation"][1] == "mixed"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Ruritania has no plans to accede to the Budapest Convention, and we do not think "
            "that a regional treaty can substitute for a universal one.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "We have been invited, more than once and with great courtesy, simply to accede to "
            "the Budapest Convention. With equal courtesy, we decline.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "The delegation of Ruritania and several others continue to insist on offences of "
            "extremism. Such offences have no place in this text.",
            "content-offences",
            "oppose",
        ),
        (
            "Should a convention on cybercrime criminalize speech? The answer of my country is "
            "a firm no.",
            "content-offences",
            "oppose",
        ),
        (
            "The new convention must not lower the standards already achieved under the "
            "Budapest Convention.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "This convention does not replace these instruments but complements them.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "We hope that no delegation will be tempted to resort to a vote.",
            "consensus-decision-making",
            "support",
        ),
        (
            "The United Nations must remain at the centre of the coordination of international "
            "efforts against transnational organized crime.",
            "un-central-role",
            "support",
        ),
    ],
)
def test_rounds_118_121_forms(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_others_heard_describing_a_treaty_are_not_the_speaker():
    found = stances(
        "We have heard the delegations of Ruritania and Freedonia describe the Budapest "
        "Convention as the benchmark for this Committee."
    )
    assert "join-budapest-convention" not in found


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "International cooperation under this convention must not be hostage to political "
            "considerations.",
            "international-cooperation",
            "support",
        ),
        (
            "A convention adopted by a divided vote would struggle to achieve universality.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We cannot support a convention in which strong powers are granted without equally "
            "strong human rights safeguards.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "We will propose that none of the offences established in accordance with this "
            "convention shall be regarded as a political offence for the purposes of "
            "extradition.",
            "international-cooperation",
            "support",
        ),
        (
            "Where a State Party does not extradite its own nationals, it must submit the case "
            "without undue delay to its competent authorities.",
            "international-cooperation",
            "support",
        ),
        (
            "We cannot accept that the most harmful cyber-enabled offences would be left out.",
            "broad-scope",
            "support",
        ),
        (
            "Delegations proposing to keep the convention limited to cyber-dependent offences "
            "have argued that other crimes are covered elsewhere. We do not share this view.",
            "broad-scope",
            "support",
        ),
        (
            "Madam Chair, your first question was whether the chapter should be limited to "
            "offences against the confidentiality of data. Ruritania is of the view that it "
            "should not.",
            "broad-scope",
            "support",
        ),
        (
            "We regret that recorded votes were requested this morning by the delegation of "
            "Freedonia on the article on conditions and safeguards.",
            "human-rights-safeguards",
            "support",
        ),
    ],
)
def test_rounds_122_125_forms(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_a_concern_another_delegate_expressed_is_not_the_speakers():
    found = stances(
        "We believe that the convention should also address the use of ICTs to incite "
        "terrorist acts and to disseminate terrorist propaganda. We listened "
        "carefully to the distinguished delegate of Freedonia, who expressed concern that "
        "such offences could be used to prosecute journalists."
    )
    assert found["content-offences"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "The Netherlands attaches fundamental importance to the principles of sovereign "
            "equality and non-interference in the internal affairs of States in the convention.",
            "sovereignty",
            "support",
        ),
        (
            "It would be preferable to limit the scope of the convention to cyber-dependent "
            "crimes.",
            "broad-scope",
            "oppose",
        ),
        (
            'We categorically don\'t agree with to include so called "content" offences, such as '
            '"extremism" or "dissemination of false information".',
            "content-offences",
            "oppose",
        ),
        (
            "Support is expressed for the inclusion of strong human rights safeguards.",
            "human-rights-safeguards",
            "support",
        ),
    ],
)
def test_rounds_126_129_forms(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "For our delegation, article 6 on respect for human rights is a red line.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Some delegations have argued that States should simply accede to the Budapest "
            "Convention. Ruritania respectfully differs.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "We have heard the view, expressed by some delegations, that the human rights "
            "safeguards will be used to obstruct cooperation. We do not share this view.",
            "human-rights-safeguards",
            "support",
        ),
    ],
)
def test_rounds_134_137_forms(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_a_view_held_by_a_group_of_states_is_not_the_speakers():
    found = stances(
        "For years the idea of a universal treaty was resisted by a group of States who "
        "maintained that all other States should simply accede to the Budapest Convention."
    )
    assert "join-budapest-convention" not in found


def test_a_principle_conceded_and_qualified_at_once_is_a_middle_position():
    found = stances(
        "We are not opposed to the principle of human rights safeguards in the convention. "
        "However, the long lists of instruments proposed by some go too far."
    )
    assert found["human-rights-safeguards"][1] == "mixed", found
    assert len(found["human-rights-safeguards"][2]) == 2, found  # both sentences are evidence


def test_suggestions_heard_are_others_and_our_disagreement_answers_them():
    found = stances(
        "We have heard suggestions that the remaining articles could be put to a vote. "
        "We do not share this view."
    )
    assert found["consensus-decision-making"][1] == "support", found


def test_their_participation_after_the_role_or_contributions_of_civil_society():
    for first in (
        "We value the role of academia and civil society in our national programmes.",
        "We thank the many contributions made in this room by non-governmental organizations.",
    ):
        found = stances(first + " We support their participation in the Conference of the Parties.")
        assert found["multistakeholder-participation"][1] == "support", found
        assert any("their participation" in e for e in found["multistakeholder-participation"][2])


def test_a_concern_about_what_stands_in_a_chapter_is_no_objection_to_its_subject():
    found = stances(
        "We are concerned that some language in the chapter on international cooperation "
        "could be misread by requested States."
    )
    assert "international-cooperation" not in found, found
    found = stances("We support the provisions in the chapter on international cooperation.")
    assert found["international-cooperation"][1] == "support", found


def test_a_right_of_reply_is_the_replying_states_though_it_quotes_others_in_turns():
    text = (
        "Statement by the delegation of Ruritania, in exercise of the right of reply, at the "
        "seventh session of the Ad Hoc Committee\n\n"
        "Madam Chair,\n\n"
        "The representative of Norway claimed that our proposals would weaken article 24.\n\n"
        "We reject that claim. Strong human rights safeguards are essential to this convention.\n\n"
        "The representative of Chile stated that the text should be adopted by a vote.\n\n"
        "We cannot agree. The convention must be adopted by consensus.\n"
    )
    x = pipeline.extract(Document(id="t.txt", text=text, metadata=Metadata(state="NLD")))
    holders = {(s.holder, s.topic, s.polarity) for s in x.stances}
    assert ("NLD", "human-rights-safeguards", "support") in holders, holders
    assert ("NLD", "consensus-decision-making", "support") in holders, holders
    assert not {h for h, _, _ in holders} - {"NLD"}, holders


def test_an_objection_in_a_clause_of_another_subject_is_not_a_removal():
    found = stances(
        "We prefer a convention focused on cyber-dependent crime, and we fear that the broad "
        "scope of these powers could be misused where the safeguards are not respected."
    )
    assert found["broad-scope"][1] == "oppose", found


def test_positions_respected_but_not_shared_are_rejected():
    found = stances(
        "Some delegations proposed to delete the human rights safeguards. Our delegation "
        "respects these positions, but we do not share them."
    )
    assert found["human-rights-safeguards"][1] == "support", found


def test_a_question_why_something_should_fall_outside_the_convention_wants_it_in():
    found = stances(
        "Why should incitement to terrorism through the internet fall outside a convention on "
        "the criminal use of ICTs?"
    )
    assert found["content-offences"][1] == "support", found


def test_what_another_delegations_statement_described_is_its_view():
    found = stances(
        "We listened to the statement of the United Kingdom, which described the draft as a "
        "basis for a narrowly focused instrument. We do not share this view."
    )
    assert found["broad-scope"][1] == "support", found


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # a negated intention before the act, through an anaphor
        (
            "The Budapest Convention is a regional treaty. Ruritania does not intend to ratify it.",
            "join-budapest-convention",
            "oppose",
        ),
        # what the proposal does is add; "already addressed" is the speaker's reason
        (
            "We cannot support the proposals to include offences that are already addressed by "
            "other treaties, such as content-related offences that could be abused to silence "
            "critics.",
            "content-offences",
            "oppose",
        ),
        # a topic denied to be marginal, or set level with another
        (
            "For us, capacity-building is not a secondary issue in this negotiation.",
            "capacity-building",
            "support",
        ),
        (
            "The provisions on technical assistance are, in our view, as important as those on "
            "criminalization.",
            "capacity-building",
            "support",
        ),
        (
            "Today Ruritania appends its signature to the United Nations Convention against "
            "Cybercrime.",
            "un-cybercrime-convention",
            "support",
        ),
        # the loss of the topic regretted
        (
            "We regret that the practice of consensus was abandoned in the final hours of the "
            "negotiation.",
            "consensus-decision-making",
            "support",
        ),
        (
            "Ruritania supports a network of points of contact available around the clock.",
            "international-cooperation",
            "support",
        ),
        (
            "We can accept orders directed to service providers for subscriber information.",
            "private-sector-obligations",
            "support",
        ),
        # an objection that holds where the topic would be breached guards the topic
        (
            "A State should not be obliged to extradite a person if this would be incompatible "
            "with its obligations under human rights law.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Article 24 is one of the central provisions of the draft for our delegation.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "The Budapest Convention was drafted by a few. It cannot be presented to this "
            "Committee as the global model, and nobody should globalize it.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "This instrument must coexist with and complement existing regional and international "
            "frameworks.",
            "build-on-existing-instruments",
            "support",
        ),
        # what stands in the topic's way, however long its subject
        (
            "We voice our concern at unilateral sanctions, which hinder the ability of the "
            "developing countries of our region to cooperate effectively in combating crime.",
            "international-cooperation",
            "support",
        ),
        (
            "Our delegations support the adoption of this first universal criminal justice treaty "
            "in more than twenty years.",
            "un-cybercrime-convention",
            "support",
        ),
    ],
)
def test_positions_of_round_ahc_160(body, topic, polarity):
    found = stances(body, state="NLD", event="ahc-6")
    assert found[topic][1] == polarity, found


def test_a_chapter_that_lacks_safeguards_is_objected_to_for_the_lack_not_for_the_chapter():
    found = stances(
        "A chapter on international cooperation that does not provide strong privacy "
        "safeguards would be unacceptable to us."
    )
    assert found["human-rights-safeguards"][1] == "support", found
    assert "international-cooperation" not in found, found


def test_delegations_listened_to_that_believe_something_hold_that_view_not_the_speaker():
    found = stances(
        "We have listened to the delegations that believe data protection requirements would "
        "slow down cooperation and that propose to delete the article on the protection of "
        "personal data."
    )
    assert "human-rights-safeguards" not in found, found


def test_sovereignty_in_crime_cooperation_counts_at_the_crime_commission():
    found = stances(
        "Cooperation in criminal matters must fully respect the principles of sovereign "
        "equality and non-intervention in the internal affairs of States.",
        event="ccpcj-31",
    )
    assert found["sovereignty"][1] == "support", found


@pytest.mark.parametrize(
    "body",
    [
        "Human rights commitments stem from the treaties each State has joined, and they must "
        "not be reopened in a criminal justice text.",
        "Article 6, paragraph 2, is open to arbitrary interpretation and could be used to deny "
        "assistance.",
    ],
)
def test_safeguards_said_to_be_settled_elsewhere_or_open_to_interpretation_are_opposed(body):
    assert stances(body)["human-rights-safeguards"][1] == "oppose"


def test_less_open_to_misuse_is_praise_of_a_narrow_convention():
    found = stances(
        "A convention that is narrowly focused on the core cybercrimes will be easier to "
        "implement and less open to misuse. Attempts to stretch the scope of the convention to "
        "every crime committed with a phone would be a mistake."
    )
    assert found["broad-scope"][1] == "oppose", found


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # the reason given for the topic names its opposite in passing
        (
            "We urge all delegations to spare no effort to reach agreement by consensus, because "
            "a text adopted by a divided vote would not enjoy the participation of all.",
            "consensus-decision-making",
            "support",
        ),
        (
            "The future convention must be consistent with, and must not dilute, the cooperation "
            "which Parties already enjoy under the Budapest Convention.",
            "build-on-existing-instruments",
            "support",
        ),
        # what nothing can replace is wanted
        (
            "We do not believe that a regional treaty could ever replace a universal convention "
            "against cybercrime.",
            "un-cybercrime-convention",
            "support",
        ),
        # the topic a sentence opens on is no view; the view is on what follows
        (
            "As regards cyber-enabled crimes, we do not share the view that the convention "
            "should be limited to computer offences.",
            "broad-scope",
            "support",
        ),
        # the speaker's worry at what others seek is against it
        (
            "We are deeply worried that some States seek to fill the text with human rights "
            "clauses copied from other treaties.",
            "human-rights-safeguards",
            "oppose",
        ),
        # others' wish in an aside after the speaker's own verdict
        (
            "We cannot accept offences on 'extremism' and 'false information', which some "
            "delegations continue to propose.",
            "content-offences",
            "oppose",
        ),
        (
            "The convention should also include the use of ICTs for terrorist and extremist "
            "purposes.",
            "content-offences",
            "support",
        ),
        (
            "A text adopted by a divided vote would start with little legitimacy.",
            "consensus-decision-making",
            "support",
        ),
        (
            "The convention must be compatible with, and must not lower the standards of, the "
            "cooperation that Parties already enjoy under the Budapest Convention.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "For small island States, capacity-building is not an academic question.",
            "capacity-building",
            "support",
        ),
    ],
)
def test_positions_of_round_ahc_164(body, topic, polarity):
    found = stances(body, state="NLD", event="ahc-4")
    assert found[topic][1] == polarity, found


def test_a_proposal_made_again_by_other_delegations_is_theirs():
    found = stances(
        "Ruritania and several other delegations have again proposed to add content-related "
        "offences."
    )
    assert "content-offences" not in found, found


def test_what_some_of_our_neighbours_have_chosen_to_do_is_their_choice():
    found = stances(
        "Some of our neighbouring States, among them Ruritania and Freedonia, have chosen to "
        "accede to the Budapest Convention."
    )
    assert "join-budapest-convention" not in found, found


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "The Budapest Convention reflects the views of a few. It cannot be imposed on other "
            "regions as the universal standard.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "The politicized invocation of human rights must not paralyse cooperation between "
            "our authorities.",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "We remain concerned that the scope of the draft extends to any offence punishable "
            "by four years of imprisonment.",
            "broad-scope",
            "oppose",
        ),
        (
            "A convention born of a vote on its core articles will never be universal.",
            "consensus-decision-making",
            "support",
        ),
    ],
)
def test_positions_of_round_ahc_168(body, topic, polarity):
    found = stances(body, state="NLD", event="ahc-5")
    assert found[topic][1] == polarity, found


def test_a_negation_and_a_parenthesis_before_the_verb_deny_it():
    found = stances(
        "The proposal concerns the return of confiscated proceeds. It does not, however, call "
        "for a new convention on asset recovery."
    )
    assert found.get("asset-recovery-convention", ("", "oppose"))[1] == "oppose", found


def test_a_focused_scope_favoured_is_against_a_broad_one():
    assert stances("We favour a focused scope for the convention.")["broad-scope"][1] == "oppose"


# ---- rounds 176-179 (seed-like blind rounds FD-FG): rule families new in that cycle ----


@pytest.mark.parametrize(
    "body",
    [
        "We have heard several times this week that the Budapest Convention should be the "
        "template for our work.",
        "We have heard the concern that provisions on extremist content could be used to "
        "restrict free speech.",
    ],
)
def test_what_we_have_heard_said_is_not_our_view(body):
    found = stances(body, event="ahc-5")
    assert "join-budapest-convention" not in found and "content-offences" not in found, found


def test_a_proposal_made_together_with_many_delegations_is_also_ours():
    found = stances(
        "The Netherlands, together with many delegations of the Western European Group, has "
        "proposed the criminalization of incitement to terrorism through ICTs.",
        event="ahc-5",
    )
    assert found["content-offences"][1] == "support", found


def test_the_reference_goes_on_after_a_sentence_that_denies_the_instrument():
    found = stances(
        "Some speakers hold up the Budapest Convention as a model. We are not a party to that "
        "convention. It was drafted by a few States long ago. It cannot therefore be considered "
        "a universal standard.",
        event="ahc-5",
    )
    holder, polarity, evidence = found["join-budapest-convention"]
    assert polarity == "oppose", found
    assert any("universal standard" in e for e in evidence), evidence


@pytest.mark.parametrize(
    "body",
    [
        "The rules of procedure provide that the Committee shall make every effort to take its "
        "decisions by consensus. We attach the greatest importance to this principle.",
        "We are convinced that consensus must remain the working method of the Committee.",
    ],
)
def test_consensus_as_the_principle_or_method_kept(body):
    found = stances(body, event="ahc-5")
    assert found["consensus-decision-making"][1] == "support", found


def test_what_is_not_an_optional_addition_is_wanted():
    found = stances(
        "Technical assistance is not an optional addition to the treaty; it is what makes "
        "implementation possible for developing countries.",
        event="ahc-5",
    )
    assert found["capacity-building"][1] == "support", found


def test_premature_before_a_process_ends_waits_for_it_and_defers_the_treaty():
    found = stances(
        "Cybercrime is a growing threat. We think it premature to decide on a new treaty before "
        "the Expert Group completes its workplan.",
        event="ccpcj-28",
    )
    assert found["un-cybercrime-convention"][1] == "oppose", found
    assert found["ieg-cybercrime"][1] == "support", found


def test_a_state_that_values_the_work_of_a_body_supports_it():
    found = stances(
        "The Netherlands values the work of the intergovernmental expert group on cybercrime.",
        event="ccpcj-28",
    )
    assert found["ieg-cybercrime"][1] == "support", found


def test_online_platforms_misused_by_trafficking_networks():
    found = stances(
        "We call for firm action against the misuse of online platforms by trafficking "
        "networks to recruit their victims.",
        event="ccpcj-28",
    )
    assert found["ict-human-trafficking"][1] == "support", found


def test_refusing_a_treaty_whose_powers_are_not_matched_by_safeguards_wants_them():
    found = stances(
        "We could not accept a treaty in which intrusive investigative powers are not matched "
        "by conditions and safeguards.",
        event="ahc-5",
    )
    assert found["human-rights-safeguards"][1] == "support", found


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "How could a prosecutor prove the offence of extremism when no two legal systems "
            "define it alike?",
            "content-offences",
        ),
        (
            "How can a small State build the capacity of its police when it is denied the "
            "equipment it needs?",
            "capacity-building",
        ),
    ],
)
def test_a_question_whose_when_clause_names_a_lack_takes_no_stance_on_the_topic(body, topic):
    assert topic not in stances(body, event="ahc-5")


def test_offences_consistent_with_existing_obligations_build_on_them():
    found = stances(
        "The offences in this chapter should be consistent with existing international "
        "obligations of States.",
        event="ahc-5",
    )
    assert found["build-on-existing-instruments"][1] == "support", found


def test_what_we_must_not_forget_is_affirmed():
    found = stances(
        "We must not forget that this remains an intergovernmental process.", event="ahc-5"
    )
    assert found["multistakeholder-participation"][1] == "oppose", found


def test_what_several_delegations_described_is_theirs_and_our_disagreement_answers_it():
    found = stances(
        "At the opening of the session, several delegations described the Budapest Convention "
        "as a gold standard and invited others to accede to it. We do not share this view.",
        event="ahc-5",
    )
    assert found["join-budapest-convention"][1] == "oppose", found


# ---- rounds 180-183 (seed-like blind rounds FH-FK) -------------------------------------


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "We note that some delegations continue to regard the Budapest Convention as the "
            "global standard.",
            "join-budapest-convention",
        ),
        (
            "The Budapest Convention remains the most effective international legal framework to "
            "combat cybercrime.",
            "un-cybercrime-convention",
        ),
        (
            "We are aware that some delegations wish to extend the convention to all crimes "
            "committed by means of ICTs, and that others would prefer to limit it to a handful of "
            "cyber-dependent offences.",
            "broad-scope",
        ),
    ],
)
def test_views_reported_or_a_treaty_described_take_no_stance(body, topic):
    assert topic not in stances(body, event="ahc-5")


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "We are concerned that the draft, which makes no reference to human rights "
            "obligations, could be misused against dissidents.",
            "human-rights-safeguards",
        ),
        (
            "We are concerned that the text gives no role to civil society and academia, which "
            "hold much of the expertise.",
            "multistakeholder-participation",
        ),
        (
            "Some delegations have expressed reservations about obligations for service providers "
            "to cooperate with the authorities. We do not share this view.",
            "private-sector-obligations",
        ),
        (
            "Nothing in this Convention may be used to justify the suppression of human rights.",
            "human-rights-safeguards",
        ),
        (
            "We would prefer to extend the treaty to every serious offence.",
            "broad-scope",
        ),
    ],
)
def test_what_is_missing_regretted_or_shielded_is_wanted(body, topic):
    assert stances(body, event="ahc-5")[topic][1] == "support"


# ---- rounds 184-187 (seed-like blind rounds FL-FO) -------------------------------------


def test_a_view_of_others_in_a_numbered_paragraph_is_rebutted():
    found = stances(
        "5. Others have suggested that this is a criminal justice treaty, not a human rights "
        "instrument.",
        event="ahc-7r",
    )
    assert found["human-rights-safeguards"][1] == "support", found


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "How can a small State build the capacity of its police while it is denied the "
            "equipment it needs?",
            "capacity-building",
        ),
        (
            "Such offences do not belong in a convention against cybercrime.",
            "un-cybercrime-convention",
        ),
    ],
)
def test_a_lack_in_a_while_clause_or_the_container_named_takes_no_stance(body, topic):
    assert topic not in stances(body, event="ahc-7")


def test_the_opening_of_negotiations_judged_premature_and_the_group_continuing_its_work():
    found = stances(
        "Cybercrime is a growing concern for all of us. We support the Expert Group continuing "
        "its work on cybercrime. For these reasons, the opening of negotiations on a new "
        "convention at this stage would be premature.",
        event="ccpcj-28",
    )
    assert found["un-cybercrime-convention"][1] == "oppose", found
    assert found["ieg-cybercrime"][1] == "support", found


def test_at_a_specialised_body_a_paragraph_keeps_to_the_subject_it_opens_on():
    found = stances(
        "7. Let me turn to cybercrime. The negotiations in New York are not yet over. The Union "
        "remains committed to a successful outcome of that process. We will only be able to "
        "support a convention that contains robust human rights safeguards.",
        event="ccpcj-33",
    )
    assert found["human-rights-safeguards"][1] == "support", found


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We are concerned at the repeated insertion of references to human rights in every "
            "article of the chapter.",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "These treaties are our floor: the new convention must not lower the standards that "
            "our States have already ratified.",
            "build-on-existing-instruments",
            "support",
        ),
    ],
)
def test_insertions_worried_about_and_standards_not_to_be_lowered(body, topic, polarity):
    assert stances(body, event="ahc-2")[topic][1] == polarity


# ---- rounds 188-191 (seed-like blind rounds FP-FS) -------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "It is worth recalling that, although Ruritania is not a Party to the Budapest "
        "Convention, article 15 of that instrument offers a model the Committee should not "
        "ignore.",
    ],
)
def test_a_call_refused_or_a_fact_conceded_is_no_stance_on_the_treaty(body):
    assert "join-budapest-convention" not in stances(body, event="ahc-5")


def test_what_is_not_a_concession_to_others_is_held():
    found = stances(
        "Articles 6 and 24 are not a concession to some delegations; they are the backbone of "
        "this convention.",
        event="ahc-7",
    )
    assert found["human-rights-safeguards"][1] == "support", found


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # what would run counter to the topic, or make the text inconsistent with it, is
        # what the objection is to
        (
            "Any provision allowing a State to search computers located in another State "
            "without its consent would run counter to the principle of sovereignty.",
            "sovereignty",
            "support",
        ),
        (
            "We would warn against drafting changes that would make the convention "
            "incompatible with obligations that our States have already assumed.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "My delegation cannot accept a text that is inconsistent with existing instruments.",
            "build-on-existing-instruments",
            "support",
        ),
        # refusing a proposal to delete the article the sentence opens on keeps the article
        (
            "As regards article 60, on the transfer of technology, we cannot support the "
            "proposal of some delegations to delete this article.",
            "capacity-building",
            "support",
        ),
        (
            "On the article on technical assistance, we cannot accept any proposal to remove it.",
            "capacity-building",
            "support",
        ),
        # what a text that tried to do the topic would not be
        (
            "A treaty that seeks to criminalise every offence that can be committed with a "
            "computer would be neither workable nor widely ratified.",
            "broad-scope",
            "oppose",
        ),
        # a question whether the text may stay silent on the topic, answered no
        (
            "Is it right that a treaty on the criminal misuse of ICTs should stay silent on "
            "the misuse of these very same technologies to incite hatred against believers? "
            "We do not think so.",
            "content-offences",
            "support",
        ),
    ],
)
def test_what_would_breach_remove_or_leave_out_the_topic_is_refused(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # positions in the formal phrasing of a second language or a translation
        (
            "It is the firm conviction of the delegation of Togo that a universal instrument, "
            "negotiated within the United Nations and open to all States, is the most "
            "appropriate answer to a crime without borders.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "Costa Rica considers fundamental that the powers of the convention remain subject "
            "to independent judicial review and to the protection of personal data.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "We consider as essential that the draft be prepared in coherence with the "
            "existing instruments in this field.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "Chad is not in a position, for the moment, to give its agreement to the "
            "criminalization of extremism.",
            "content-offences",
            "oppose",
        ),
        (
            "My delegation remains convinced that consensus, which has guided the work of "
            "this Committee from its first day, constitutes the best guarantee of a widely "
            "ratified text.",
            "consensus-decision-making",
            "support",
        ),
        (
            "Nor do we believe that this convention is the right place for offences relating "
            "to so-called false information.",
            "content-offences",
            "oppose",
        ),
        # what the concession grants is a position on its own words
        (
            "While we could accept the inclusion of a limited number of cyber-enabled crimes, "
            "such as fraud or extortion, we cannot accept a list that simply adds the words "
            "'through ICTs' to conduct already criminalised in other treaties.",
            "broad-scope",
            "oppose",
        ),
        (
            "For small States, technical assistance must not be an afterthought.",
            "capacity-building",
            "support",
        ),
        (
            "Unilateral access of that kind is incompatible with the principle of sovereign "
            "equality of States.",
            "sovereignty",
            "support",
        ),
        (
            "Nor can we accept that the Budapest Convention, drafted without most of us, be "
            "presented here as the universal standard.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "We do not believe that an instrument negotiated by a small group of countries "
            "can act as the global model.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "A text that would pretend to cover every offence committed with a computer would "
            "be at once impossible to implement and dangerous for rights.",
            "broad-scope",
            "oppose",
        ),
    ],
)
def test_second_language_phrasings_and_concessions_that_grant(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # "without" after a participle's agent describes how the treaty was made
        (
            "We do not consider that the Budapest Convention, a regional treaty drafted by a "
            "small group of States without most of the developing world, should serve as the "
            "template for this text.",
            "join-budapest-convention",
            "oppose",
        ),
        # others' definitions license the anaphor of the answer
        (
            'Several delegations want to add definitions of "extremism" and "fake news". We '
            "cannot support the inclusion of such terms.",
            "content-offences",
            "oppose",
        ),
    ],
)
def test_a_treaty_made_without_others_or_terms_proposed_by_others_refused(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_others_who_question_the_role_of_the_topic_are_answered_by_our_disagreement():
    found = stances(
        "Some delegations have questioned the participation of non-governmental organizations "
        "in our informal meetings. We do not share that concern."
    )
    assert found["multistakeholder-participation"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We do not think it useful to reproduce in this convention offences that are "
            "already criminalized under the Organized Crime Convention merely because a "
            "computer was involved.",
            "broad-scope",
            "oppose",
        ),
        (
            "We ask that the text stay consistent with the Budapest Convention.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "Such a decision should rest with the Conference of the States Parties and be "
            "taken by consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We believe the United Nations should play the principal channel role in the global "
            "response to cybercrime.",
            "un-central-role",
            "support",
        ),
        (
            "We call for action against the misuse of social media to lure victims of "
            "trafficking in persons.",
            "ict-human-trafficking",
            "support",
        ),
        (
            "Uruguay also values the contribution of academia to these negotiations.",
            "multistakeholder-participation",
            "support",
        ),
    ],
)
def test_positions_of_the_final_rounds_of_negotiation(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # the speaker refuses, in the same breath, the view it reports
        (
            "Nor can we accept the suggestion that the Council of Europe Convention on "
            "Cybercrime should serve as the global benchmark for our work.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "Our delegation is not prepared to accept the argument that the Budapest "
            "Convention must be the universal standard.",
            "join-budapest-convention",
            "oppose",
        ),
        # (the gold of ahc-style holds such refusals: egy_ahc2g, ind_ahc2)
        (
            "Nor can we accept the repeated call that all States should simply accede to the "
            "Budapest Convention.",
            "join-budapest-convention",
            "oppose",
        ),
        # a refused view that denies the topic is refused in its favour
        (
            "We cannot accept the idea that a new treaty is not needed.",
            "un-cybercrime-convention",
            "support",
        ),
        # the modal after the topic's words belongs to the view refused
        (
            "We reject the suggestion that the Budapest Convention should be the global "
            "benchmark for this negotiation.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "We cannot accept that the Budapest Convention should serve as the universal model.",
            "join-budapest-convention",
            "oppose",
        ),
        # "however valuable" concedes a quality to the subject; it praises nothing else
        (
            "The Budapest Convention has its merits. But a regional instrument, however "
            "valuable, cannot dictate the scope of a universal convention.",
            "join-budapest-convention",
            "oppose",
        ),
    ],
)
def test_views_refused_in_the_same_breath(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_a_concessive_however_is_no_praise_of_the_universal_treaty():
    found = stances("A regional instrument, however useful, cannot limit a universal treaty.")
    assert "un-cybercrime-convention" not in found


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # "no reason why … should" denies the modal
        (
            "We see no reason why the convention should criminalize the spreading of false "
            "information.",
            "content-offences",
            "oppose",
        ),
        (
            "There is no reason why this convention should offer weaker safeguards than UNTOC.",
            "build-on-existing-instruments",
            "support",
        ),
        # refusing to depart from what the topic's words name keeps it
        (
            "On the title, we see no reason to move away from the wording of resolution 74/247, "
            "namely a convention on countering the use of information and communications "
            "technologies for criminal purposes.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "The rules on refusal found in the Palermo Convention should be preserved in full.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "Authorities must be able to order the production of data that a service provider "
            "holds.",
            "private-sector-obligations",
            "support",
        ),
        (
            "We call for the timely cooperation of service providers with requests from "
            "developing countries.",
            "private-sector-obligations",
            "support",
        ),
        (
            "An instrument negotiated by a small group of countries cannot be the benchmark for "
            "a universal treaty.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "We acknowledge the contribution of academia and civil society to our work.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "The role of non-governmental organizations must remain consultative.",
            "multistakeholder-participation",
            "oppose",
        ),
        (
            "We trust that the outcome of our work will be a balanced and effective convention.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "We hope that a comprehensive, balanced and universal convention will be adopted "
            "next year.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "The convention should cover both offences against computer systems and traditional "
            "crimes committed through ICTs.",
            "broad-scope",
            "support",
        ),
        (
            "Mexico favours a chapter on criminalization centred on cyber-dependent offences.",
            "broad-scope",
            "oppose",
        ),
        (
            "Our delegation values consensus above all.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We attach importance to proceeding by consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "But consensus must not become a veto in the hands of a few delegations.",
            "consensus-decision-making",
            "oppose",
        ),
    ],
)
def test_denied_reasons_providers_and_the_convention_hoped_for(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_what_goes_beyond_the_mandate_is_no_stance_on_the_treaty():
    found = stances(
        "We consider that these concepts go beyond the mandate of the Committee and do not "
        "enjoy consensus."
    )
    assert "un-cybercrime-convention" not in found


def test_no_reason_why_the_topic_should_be_weakened_keeps_it():
    found = stances("We see no reason why safeguards for human rights should be diluted.")
    assert found["human-rights-safeguards"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        ("The revised draft is, in our view, still too narrow.", "broad-scope", "support"),
        (
            "We propose to add offences relating to the illicit trafficking in firearms and "
            "narcotic drugs by means of ICTs.",
            "broad-scope",
            "support",
        ),
        (
            "A text that covers only a short list of computer offences would leave our "
            "prosecutors without the tools they need.",
            "broad-scope",
            "support",
        ),
        (
            "The draft draws heavily on the Convention against Transnational Organized Crime, "
            "whose provisions have stood the test of time.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "We are glad that the drafters chose to build on this proven wording.",
            "build-on-existing-instruments",
            "support",
        ),
        # the speaker among the many who proposed it
        (
            "We and many other delegations proposed to criminalize the dissemination of content "
            "that incites hatred.",
            "content-offences",
            "support",
        ),
        ("The future treaty must be truly universal.", "un-cybercrime-convention", "support"),
        (
            "We are convinced that a convention is within reach.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "We will support a treaty that is balanced and respects the rule of law.",
            "un-cybercrime-convention",
            "support",
        ),
        # refusing what lessens the treaty wants it
        (
            "We cannot accept that a universal convention should offer fewer tools than the "
            "regional instruments we already apply.",
            "un-cybercrime-convention",
            "support",
        ),
        # what must stay the channel is no target of the objection
        (
            "We cannot support provisions that would oblige companies to answer foreign "
            "authorities directly, outside the framework of mutual legal assistance.",
            "international-cooperation",
            "support",
        ),
        (
            "We hope the text will be finalised in time and, if at all possible, adopted by "
            "consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We thank the Chair for opening the informal consultations to civil society and "
            "academia.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "We have always regarded the new convention as complementing, rather than "
            "replacing, existing instruments.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "We are less convinced that conduct already addressed by other instruments, such as "
            "trafficking in firearms, should be reproduced in this convention.",
            "broad-scope",
            "oppose",
        ),
        (
            "If direct cooperation with service providers is acceptable among the parties to a "
            "regional treaty, we see no reason why it should be denied in a universal one.",
            "private-sector-obligations",
            "support",
        ),
    ],
)
def test_scope_wanted_wider_instruments_drawn_on_and_the_treaty_within_reach(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # an answer that refuses, after others' view
        (
            "Some delegations insist that every State should accede to the Budapest "
            "Convention. We cannot agree.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "Several delegations suggest that States simply join the Budapest Convention. With "
            "respect, our delegation does not see it that way.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "We keep hearing that States should simply accede to the Budapest Convention. We "
            "see no reason to do so.",
            "join-budapest-convention",
            "oppose",
        ),
        # disagreeing with a view that calls the topic an obstacle
        (
            "Some delegations argued that human rights safeguards are an obstacle to "
            "cooperation. We do not share that view.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "We trust that the consensus reached in the Committee will be preserved in the "
            "Conference of the States Parties.",
            "consensus-decision-making",
            "support",
        ),
        (
            "The accreditation of non-governmental organizations should be limited to those "
            "with consultative status.",
            "multistakeholder-participation",
            "oppose",
        ),
        (
            "The private sector, academia and civil society also have a role to play in "
            "implementation.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "The Group accepts the provisions on human rights as part of the compromise.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Our delegation expects service providers to respond promptly to lawful requests "
            "from our authorities.",
            "private-sector-obligations",
            "support",
        ),
        (
            "It is the United Nations, and not a club of like-minded States, that is the proper "
            "place to set these rules.",
            "un-central-role",
            "support",
        ),
        (
            "The criminalisation of the online sexual exploitation of children is a major "
            "achievement.",
            "child-protection",
            "support",
        ),
        (
            "We do not regard the new convention as a competitor to the Budapest Convention.",
            "build-on-existing-instruments",
            "support",
        ),
    ],
)
def test_answers_that_refuse_forums_and_achievements(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We have heard calls again this morning for States to accede to the Budapest "
            "Convention. With respect, we do not consider it appropriate to treat a regional "
            "instrument as the global standard.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "Several delegations argue that States should accede to the Budapest Convention. "
            "Nigeria has never shared this view.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "Capacity-building remains at the centre of our approach to cybercrime.",
            "capacity-building",
            "support",
        ),
        (
            "Platforms active in our region must cooperate with the competent authorities.",
            "private-sector-obligations",
            "support",
        ),
        (
            "Academia and civil society made an important contribution to the Ad Hoc Committee.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "Our delegation wants a convention that respects human rights.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "We hope the Assembly will decide without a vote.",
            "consensus-decision-making",
            "support",
        ),
    ],
)
def test_calls_heard_and_refused_hearts_and_contributions(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # a belittling description denied
        (
            "Capacity-building is not a matter of charity for our region.",
            "capacity-building",
            "support",
        ),
        (
            "Mutual legal assistance is not a matter of courtesy between States.",
            "international-cooperation",
            "support",
        ),
        (
            "International cooperation is not an optional supplement to this convention.",
            "international-cooperation",
            "support",
        ),
        # a negation far before "without"
        (
            "No procedural chapter, however well negotiated, will be effective without "
            "capacity-building for developing countries.",
            "capacity-building",
            "support",
        ),
        # double negatives
        (
            "We are not unsympathetic to the proposal for a dedicated funding mechanism for "
            "technical assistance.",
            "capacity-building",
            "support",
        ),
        (
            "The idea of a trust fund for technical assistance is not without merit.",
            "capacity-building",
            "support",
        ),
        (
            "Peru is not opposed to discussing further offences in a protocol.",
            "broad-scope",
            "support",
        ),
        # a question asking why others' view should hold disputes it
        (
            "Some delegations have described the Budapest Convention as the model for this "
            "Committee. But why would States that never negotiated a regional treaty adopt it as "
            "a universal benchmark?",
            "join-budapest-convention",
            "oppose",
        ),
        # "Nor" after a paragraph's number; "Nor should we overlook X" affirms X
        (
            "12. Nor do we believe that the Budapest Convention is the global framework the "
            "moment calls for.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "Nor should we overlook the Palermo Convention, which already provides a legal basis "
            "for mutual legal assistance.",
            "international-cooperation",
            "support",
        ),
        # a refused suggestion with the others named inside it
        (
            "We cannot accept the suggestion, voiced by some delegations today, that every State "
            "should accede to the Budapest Convention.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "The chapter imports broad human rights language that goes far beyond what a criminal "
            "justice treaty requires.",
            "human-rights-safeguards",
            "oppose",
        ),
        # the speaker's own accession
        (
            "Last month the Budapest Convention entered into force for my country.",
            "join-budapest-convention",
            "support",
        ),
        (
            "Senegal is in favour of the Expert Group continuing to meet in Vienna.",
            "ieg-cybercrime",
            "support",
        ),
        (
            "The new instrument gives our police a legal basis to act against the online sexual "
            "exploitation of children.",
            "child-protection",
            "support",
        ),
        (
            "The future convention must contain explicit guarantees of the right to privacy.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Some delegations said that the convention should criminalize the dissemination of "
            "information deemed dangerous. We do not share that approach.",
            "content-offences",
            "oppose",
        ),
    ],
)
def test_belittling_denied_double_negatives_and_questions_that_dispute(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_a_lack_of_support_is_no_support():
    found = stances(
        "Many proposals failed, not for lack of support, but because the Parties to the "
        "Budapest Convention refused to consider them."
    )
    assert found.get("join-budapest-convention", ("", "", []))[1] != "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Our Group is equally determined to protect children from sexual abuse online.",
            "child-protection",
            "support",
        ),
        (
            "Peru has never questioned the need for States to work together against cybercrime.",
            "international-cooperation",
            "support",
        ),
        (
            "Peru will insist that the future instrument builds on these instruments rather than "
            "replacing them.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "The expert group on cybercrime has met for years. This Vienna-based work should be "
            "allowed to reach its conclusion.",
            "ieg-cybercrime",
            "support",
        ),
    ],
)
def test_resolve_never_questioned_full_use_and_named_processes(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_what_some_would_prefer_and_others_wish_is_not_the_speakers_view():
    found = stances(
        "Some would prefer a short list of offences against computer data, while others wish "
        "the convention to address a wider range of crimes committed by means of ICTs."
    )
    assert "broad-scope" not in found


def test_others_calling_a_topic_a_burden_are_answered_in_its_favour():
    found = stances(
        "Some delegations have described the safeguards of article 24 as a burden on law "
        "enforcement. We cannot agree."
    )
    assert found["human-rights-safeguards"][1] == "support"


def test_a_treaty_named_in_full_is_no_anaphor_of_the_new_convention():
    found = stances(
        "Some delegations maintain that the absence of a global instrument leaves a gap which "
        "only a new United Nations convention could fill. "
        "We do not share this assessment. The Convention on Cybercrime of the Council of "
        "Europe is open to any State that wishes to join it."
    )
    assert found["un-cybercrime-convention"][1] == "oppose"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "In this Committee, consensus remains our preferred way of taking decisions.",
            "consensus-decision-making",
            "support",
        ),
        (
            "A treaty meant for all should be adopted by genuine consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "The Budapest Convention was opened for signature long ago. Peru has been a Party "
            "since 2019 and finds it useful.",
            "join-budapest-convention",
            "support",
        ),
        (
            "Some say that every State need only accede to the Budapest Convention. We respect "
            "the choices of the States that are Parties to it. But why should countries that "
            "never negotiated that instrument be asked to accept it as the global standard?",
            "join-budapest-convention",
            "oppose",
        ),
    ],
)
def test_preferred_ways_long_membership_and_standards_questioned(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_not_a_lack_of_will_is_no_objection():
    found = stances(
        "For our police the main obstacle is not a lack of political will but a lack of means: "
        "secure channels for the exchange of electronic evidence."
    )
    assert found.get("international-cooperation", ("", "", []))[1] != "oppose"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # what follows ", but as" is affirmed
        (
            "We do not see the cost as a reason to drop these articles, but as a reason to make "
            "the chapter on technical assistance work.",
            "capacity-building",
            "support",
        ),
        # a clause of purpose gives the reason, not a view of the topic
        (
            "We would ask that the text stay compatible with the Budapest Convention, so that a "
            "small ministry is not required to run two procedures.",
            "build-on-existing-instruments",
            "support",
        ),
        # denying a narrowing that is the counter words themselves
        (
            "We see no reason why the convention should be limited to offences against the "
            "integrity of computer data.",
            "broad-scope",
            "support",
        ),
        (
            "The convention should cover only offences against the confidentiality of data.",
            "broad-scope",
            "oppose",
        ),
    ],
)
def test_but_as_purpose_clauses_and_denied_narrowing(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_an_open_ended_list_of_safeguards_is_no_broad_scope():
    found = stances(
        "We caution against an open-ended list of safeguards that one State would use to judge "
        "the courts of another."
    )
    assert "broad-scope" not in found


def test_a_treaty_that_cannot_and_will_not_become_the_standard():
    found = stances(
        "The Budapest Convention is well known to all of us. It cannot and will not become a "
        "universal standard."
    )
    assert found["join-budapest-convention"][1] == "oppose"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # doubting the need for more offences, also after naming a protocol
        (
            "We are not convinced of the need for additional criminal offences at this stage.",
            "broad-scope",
            "oppose",
        ),
        (
            "On the question of a protocol, we are not convinced of the need for further offences.",
            "broad-scope",
            "oppose",
        ),
        (
            "Our delegation sees a real need for new offences in a future protocol.",
            "broad-scope",
            "support",
        ),
        # refusing to belittle a topic is standing for it
        (
            "It would be a mistake to reduce technology transfer to a matter of goodwill.",
            "capacity-building",
            "support",
        ),
        (
            "The Committee should never relegate human rights safeguards to a mere footnote.",
            "human-rights-safeguards",
            "support",
        ),
    ],
)
def test_doubted_need_for_offences_and_refused_belittling(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # "among the X," selects from X; it takes no position on it
        (
            "We support cyber-enabled offences. Among the cyber-enabled offences, the Union "
            "strongly supports offences related to online child sexual abuse material.",
            "broad-scope",
            "support",
        ),
        (
            "Content offences do not belong in this convention.",
            "content-offences",
            "oppose",
        ),
        (
            "Production orders addressed to service providers are a well-tested instrument, "
            "and they belong in this convention.",
            "private-sector-obligations",
            "support",
        ),
        (
            "Capacity building is where the convention can make the most immediate difference.",
            "capacity-building",
            "support",
        ),
        (
            "It is significant that the draft convention was approved without a vote.",
            "consensus-decision-making",
            "support",
        ),
        (
            "Our Group would wish to see the convention operate in harmony with existing "
            "regional arrangements.",
            "build-on-existing-instruments",
            "support",
        ),
    ],
)
def test_belonging_difference_harmony_and_significant_approval(body, topic, polarity):
    found = stances(body)
    assert found[topic][1] == polarity
    assert len(found[topic][2]) == 1


def test_another_state_given_as_an_example_is_not_the_speaker():
    found = stances(
        "Ghana, for example, is a Party to the Budapest Convention, while others are not."
    )
    assert "join-budapest-convention" not in found


def test_what_we_have_sometimes_heard_is_the_view_of_others():
    found = stances(
        "We have sometimes heard that the convention should contain strong human rights safeguards."
    )
    assert "human-rights-safeguards" not in found


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Brazil believes that the convention should allow for the production of subscriber "
            "information directly from service providers.",
            "private-sector-obligations",
            "support",
        ),
        (
            "The United Nations, as the only truly universal organization, is the appropriate "
            "forum for this negotiation.",
            "un-central-role",
            "support",
        ),
        (
            "Any negotiation should also take full account of the existing legal framework.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "We believe that the convention will have authority only if it is adopted by "
            "consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We do not see the need for open-ended human rights formulations that go beyond "
            "agreed language.",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "The Group recalls the intergovernmental nature of this process. The contributions "
            "of non-governmental stakeholders are welcome, but the negotiation belongs to Member "
            "States.",
            "multistakeholder-participation",
            "oppose",
        ),
        (
            "We believe that the list of content-related offences should remain narrow.",
            "content-offences",
            "oppose",
        ),
        (
            "Some States sought to include offences related to extremist content. We are "
            "pleased that these proposals did not find their way into the final text.",
            "content-offences",
            "oppose",
        ),
        (
            "We regret that offences related to extremist content did not find their way into "
            "the final text.",
            "content-offences",
            "support",
        ),
    ],
)
def test_providers_forum_consensus_condition_and_texts_left_out(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_others_preferring_a_narrow_list_is_not_the_speakers_view():
    assert (
        stances("We understand that some delegations prefer a narrow list of offences.")[
            "broad-scope"
        ][1]
        != "oppose"
    )


def test_an_inverted_condition_is_no_modal_of_the_speaker():
    found = stances(
        "Should the scope be widened to vaguely defined content offences, we would lose our way."
    )
    assert found.get("content-offences", (None, None))[1] != "support"
    assert stances("The convention should cover content offences.")["content-offences"][1] == (
        "support"
    )


def test_what_another_delegation_explained_is_its_view():
    found = stances(
        "The delegation of the Russian Federation explained yesterday that content-related "
        "offences are necessary to protect public order."
    )
    assert "content-offences" not in found


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # a denial of the counter words, and an objection that is that denial
        (
            "We recall that this mandate speaks of a comprehensive convention, not of a text "
            "limited to a small number of offences.",
            "broad-scope",
            "support",
        ),
        (
            "We want a strong convention, not a text limited to a small number of offences.",
            "broad-scope",
            "support",
        ),
        (
            "The Union remains committed to reaching an outcome by consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "The Group wishes the Conference to take its decisions by consensus and would not "
            "support rules that make voting the ordinary mode of decision-making.",
            "consensus-decision-making",
            "support",
        ),
        (
            "The Group is concerned that technical assistance continues to depend on "
            "earmarked voluntary contributions.",
            "capacity-building",
            "support",
        ),
        (
            "We cannot support a clause that would allow States Parties to exclude, by "
            "reservation, the application of the conditions and safeguards.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "We could not have joined consensus on a text without strong and operative human "
            "rights safeguards.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "We have always held that the convention should address a wider range of crimes "
            "committed by means of ICTs.",
            "broad-scope",
            "support",
        ),
        (
            "We will not support a protocol that seeks to criminalise content.",
            "content-offences",
            "oppose",
        ),
        (
            "We do not, however, agree that this convention should import detailed human "
            "rights standards.",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "The mandate given to this Committee in resolution 74/247 provides the framework "
            "for our work, and we see no reason to revisit it.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "We firmly reject attempts to present the Budapest Convention, a regional "
            "instrument developed within the Council of Europe without the participation of "
            "most States, as a global standard.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "Service providers operating in our territory have a responsibility to cooperate "
            "with competent authorities.",
            "private-sector-obligations",
            "support",
        ),
        (
            "Nor do we see any need to turn the Conference of the States Parties into a human "
            "rights forum.",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "The protocol should also address the use of these technologies for terrorist "
            "purposes, including the dissemination of propaganda.",
            "content-offences",
            "support",
        ),
        (
            "We are not convinced that additional criminalisation is needed at this stage.",
            "broad-scope",
            "oppose",
        ),
        (
            "CARICOM remains committed to working towards a consensus outcome.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We consider that technical assistance and international cooperation are two "
            "sides of the same coin.",
            "capacity-building",
            "support",
        ),
        (
            "Offences related to extremism are best addressed in other instruments.",
            "content-offences",
            "oppose",
        ),
        (
            "The Budapest Convention and a future United Nations convention can and should "
            "coexist.",
            "build-on-existing-instruments",
            "support",
        ),
    ],
)
def test_denied_counters_conditions_of_support_and_reasoned_refusals(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "That said, we cannot accept offences that are, in essence, about the content of "
            "speech.",
            "content-offences",
            "oppose",
        ),
        (
            "Any protocol must in any event be negotiated by consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We want a convention that respects every State and that is adopted by consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We support the retention of the paragraph that allows States Parties to continue "
            "to apply existing agreements on these matters.",
            "build-on-existing-instruments",
            "support",
        ),
    ],
)
def test_content_in_essence_consensus_in_any_event_and_existing_agreements(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_effective_against_a_crime_is_no_negation_of_what_follows():
    found = stances(
        "Our objective was a text that would be effective against cybercrime and fully "
        "respectful of human rights."
    )
    assert found["human-rights-safeguards"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We remain committed to reaching that outcome by consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We cannot support offences defined by reference to the content of speech.",
            "content-offences",
            "oppose",
        ),
        (
            "Belarus supports the broadest possible coverage of acts committed with the use of "
            "ICTs.",
            "broad-scope",
            "support",
        ),
        (
            "The convention should build on what already works rather than duplicate it.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "The exclusion of the use of information and communications technologies for "
            "terrorist purposes and for incitement to violence is a serious gap.",
            "content-offences",
            "support",
        ),
    ],
)
def test_that_outcome_content_by_reference_coverage_and_a_serious_gap(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_proposing_to_delete_the_words_of_a_topic_opposes_it():
    found = stances('We propose to delete the words "human rights safeguards" from article 5.')
    assert found["human-rights-safeguards"][1] == "oppose"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # a denied verb of position is an objection whatever other cue the sentence has
        (
            "Our country did not support resolution 74/247, and our concerns about the way the "
            "process began remain.",
            "un-cybercrime-convention",
            "oppose",
        ),
        # the text described first, the speaker's view in the clause after it
        (
            "The present text covers only a narrow set of offences, and Egypt has consistently "
            "maintained that the convention should address the full range of crimes committed "
            "through ICTs.",
            "broad-scope",
            "support",
        ),
        # others' proposal as the lead, the speaker's answer in the main clause
        (
            "As for the proposals made by several delegations to add content-related offences, "
            "our delegation believes that such questions are best dealt with in other forums.",
            "content-offences",
            "oppose",
        ),
        (
            "Concerning the suggestion by certain delegations to remove the article on human "
            "rights safeguards, we cannot agree to it.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "We are firmly committed to an agreement adopted by consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "Our position has always been that the instrument must deal with the use of these "
            "technologies for criminal purposes, in all its forms.",
            "broad-scope",
            "support",
        ),
        (
            "Providers of online services, which hold the data that investigators of every "
            "country need, must be obliged to cooperate with the competent authorities.",
            "private-sector-obligations",
            "support",
        ),
        (
            "We expect the platforms that offer services in our country to respond promptly to "
            "the lawful orders of our courts.",
            "private-sector-obligations",
            "support",
        ),
        # the denial of a restriction supports what is restricted
        (
            "We do not share the view that capacity-building can be funded solely by voluntary "
            "contributions.",
            "capacity-building",
            "support",
        ),
        # a belief that frames the denial of the counter words
        (
            "We believe that a convention limited to cyber-dependent crimes cannot meet the "
            "needs of our investigators.",
            "broad-scope",
            "support",
        ),
        # what the text allows measured against what was needed
        (
            "We regret that the convention allows cooperation for any serious crime, a far "
            "wider scope than my delegation considered necessary.",
            "broad-scope",
            "oppose",
        ),
        # proposals for a topic that were not retained
        (
            "We regret that the proposals to strengthen the safeguards for human rights were not "
            "retained.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "We regret that proposals to apply the human rights safeguards to every form of "
            "cooperation, and to require prior judicial approval, were not retained.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Capacity-building cannot be left to the generosity of a few donors.",
            "capacity-building",
            "support",
        ),
        (
            "Is it wise to conclude a universal convention and then leave its implementation to "
            "the goodwill of a handful of donors? We do not believe so.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "Let me now turn to technical assistance, which Jamaica sees as central to the "
            "success of the convention.",
            "capacity-building",
            "support",
        ),
        (
            "For small States, the real worth of this instrument will rest above all on "
            "capacity-building.",
            "capacity-building",
            "support",
        ),
        (
            "Any protocol must remain compatible with the Council of Europe Convention on "
            "Cybercrime.",
            "build-on-existing-instruments",
            "support",
        ),
    ],
)
def test_denied_verbs_leads_restrictions_comparisons_and_proposals_not_retained(
    body, topic, polarity
):
    assert stances(body)[topic][1] == polarity


def test_a_question_about_an_uncertain_footing_is_no_stance_on_the_topic():
    found = stances(
        "How can a small administration plan the training of its prosecutors on the basis of "
        "grants that may or may not be renewed?"
    )
    assert "capacity-building" not in found


def test_access_that_needs_no_consent_refused_is_no_objection_to_cooperation():
    found = stances(
        "We cannot accept transborder access to data that does not require the consent of the "
        "State concerned."
    )
    assert "international-cooperation" not in found


def test_other_states_that_have_acceded_are_not_the_speaker():
    found = stances(
        "We recognise that a number of Latin American States have acceded to the Budapest "
        "Convention and have benefited from its training."
    )
    assert "join-budapest-convention" not in found


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # obligations imposed "directly" on the private sector
        (
            "My delegation does not believe that the convention should impose obligations "
            "directly on private companies.",
            "private-sector-obligations",
            "oppose",
        ),
        # regret that the topic met objections or was blocked
        (
            "We regret that objections were raised to the participation of non-governmental "
            "organizations with relevant expertise.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "We regret that the participation of academic institutions was blocked.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "We would not, however, be in a position to support the criminalisation of peaceful "
            "online expression.",
            "content-offences",
            "oppose",
        ),
        (
            "We are concerned about the breadth of the provisions that allow evidence to be "
            "shared for any serious crime.",
            "broad-scope",
            "oppose",
        ),
        (
            "We would caution, therefore, against conduct defined by the content of online speech.",
            "content-offences",
            "oppose",
        ),
        (
            "We see the new treaty as complementary to, and not a replacement for, the treaties "
            "we already apply.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "The protocol must be consistent with, and must not lower the standards of, the "
            "Palermo Convention.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "The United Nations remains the most legitimate and inclusive forum for setting "
            "rules on cybercrime.",
            "un-central-role",
            "support",
        ),
    ],
)
def test_objections_raised_breadth_caution_complementarity_and_the_most_legitimate_forum(
    body, topic, polarity
):
    assert stances(body)[topic][1] == polarity


def test_what_a_named_representative_spoke_about_is_that_delegations_view():
    found = stances(
        "Earlier today, the representative of Australia, while joining the consensus on the "
        "resolution, spoke at length about the risk that the United Nations Convention against "
        'Cybercrime could be abused for "transnational repression".'
    )
    assert "un-cybercrime-convention" not in found


def test_what_the_delegation_of_a_demonym_told_us_is_rebutted_not_held():
    found = stances(
        'The Chinese delegation again told us that this is "a criminal justice treaty, not a '
        'human rights treaty".'
    )
    assert found["human-rights-safeguards"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We note with some concern the proposals to criminalise broad categories of speech.",
            "content-offences",
            "oppose",
        ),
        (
            "We believe that online platforms bear a special responsibility in this area.",
            "private-sector-obligations",
            "support",
        ),
        (
            "Jamaica became a Party to the Council of Europe Convention on Cybercrime last year.",
            "join-budapest-convention",
            "support",
        ),
        (
            "We hope that the outstanding questions can be resolved by consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "No region can defeat cybercrime on its own.",
            "international-cooperation",
            "support",
        ),
    ],
)
def test_noted_concern_a_providers_responsibility_accession_and_questions_resolved(
    body, topic, polarity
):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "For constitutional reasons, Ruritania is not in a position to accede to the Budapest "
            "Convention.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "None of these chapters will function in small island States without predictable "
            "technical assistance, and we will keep supporting it.",
            "capacity-building",
            "support",
        ),
        (
            "We are convinced that a convention adopted by consensus will enjoy much greater "
            "legitimacy than a text adopted by a vote.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We are disappointed that offences covering hate speech, the glorification of "
            "terrorism, and insults to religion were not retained.",
            "content-offences",
            "support",
        ),
        (
            "We regret that the article on online incitement to hatred no longer appears in the "
            "revised text.",
            "content-offences",
            "support",
        ),
        (
            "We value the meaningful engagement of these stakeholders in our deliberations.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "We did not, and do not, support a treaty covering every offence in which a computer "
            "is used.",
            "broad-scope",
            "oppose",
        ),
        (
            "We cannot support offences whose definition rests on the content of online speech.",
            "content-offences",
            "oppose",
        ),
        (
            "We could accept an order requiring a provider established in our territory to "
            "produce subscriber data, provided that a judge authorises it.",
            "private-sector-obligations",
            "mixed",
        ),
    ],
)
def test_refused_accession_necessity_preference_lists_not_retained_and_orders_to_providers(
    body, topic, polarity
):
    assert stances(body)[topic][1] == polarity


def test_disagreeing_with_others_who_want_no_obligations_supports_obligations():
    found = stances(
        "A few delegations maintain that the treaty must impose no obligations on service "
        "providers. We have never agreed with that position."
    )
    assert found["private-sector-obligations"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Technical assistance has been at the centre of these negotiations, and rightly so.",
            "capacity-building",
        ),
        (
            "Our overall approach to the cooperation chapter is to draw, as far as possible, on "
            "agreed language from the United Nations Convention against Corruption.",
            "build-on-existing-instruments",
        ),
        (
            "We do not see any conflict between the existing treaties and the instrument now "
            "being drafted.",
            "build-on-existing-instruments",
        ),
        (
            "In our view the definitions should remain as close as possible to the text of the "
            "Palermo Convention.",
            "build-on-existing-instruments",
        ),
    ],
)
def test_rightly_so_an_approach_of_agreed_language_and_no_conflict_seen(body, topic):
    assert stances(body)[topic][1] == "support"


def test_safeguards_left_entirely_to_the_discretion_of_others_is_no_objection_to_them():
    found = stances(
        "We cannot accept a chapter in which the protection of personal data transferred to "
        "foreign authorities is left wholly to the discretion of the receiving State."
    )
    assert found["human-rights-safeguards"][1] == "support"


@pytest.mark.parametrize(
    "body",
    [
        "Any resort to voting would deprive the treaty of the broad support it needs.",
        "A protocol adopted by a split vote would begin its life weakened and would be ratified "
        "by only a few States.",
    ],
)
def test_what_a_vote_would_lead_to_is_the_case_for_consensus(body):
    assert stances(body)["consensus-decision-making"][1] == "support"


@pytest.mark.parametrize(
    "body",
    [
        "Unilateral access to data stored abroad has no place in a universal treaty.",
        "We cannot accept a duty to monitor users of that breadth in a global instrument.",
    ],
)
def test_what_has_no_place_in_the_treaty_is_no_stance_on_the_treaty(body):
    assert "un-cybercrime-convention" not in stances(body)


def test_believing_in_a_universal_treaty_is_a_stance_on_it():
    found = stances("Our country believes in a universal convention on cybercrime.")
    assert found["un-cybercrime-convention"][1] == "support"


@pytest.mark.parametrize(
    "body",
    [
        "A treaty without effective technical assistance would remain a document on paper for "
        "many small States.",
        "We cannot accept that capacity-building under the treaty be left wholly to ad hoc "
        "donations.",
        "We do not believe that each article on technology transfer must be qualified by the "
        'words "where possible".',
    ],
)
def test_assistance_on_paper_left_to_donations_or_qualified_away_is_wanted(body):
    assert stances(body)["capacity-building"][1] == "support"


def test_not_in_a_position_to_join_consensus_on_such_a_text_is_no_objection_to_the_treaty():
    found = stances(
        "We remain committed to a United Nations convention against cybercrime. Our delegation "
        "would not be in a position to join consensus on a text that criminalises expression."
    )
    assert found["un-cybercrime-convention"][1] == "support"


def test_a_second_clause_that_says_they_were_left_out_is_not_the_end_of_a_list():
    found = stances(
        "Offences defined by the content of online speech invite abuse, and they were left out "
        "of the treaty for good reason."
    )
    assert found["content-offences"][1] == "oppose"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Some delegations say that all States need only accede to the Budapest Convention. "
            "Ruritania cannot agree with this view.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "In their view, content-related offences must be left out of the treaty. The Group "
            "does not share this vision.",
            "content-offences",
            "support",
        ),
        (
            "Some delegations have proposed that capacity-building be dealt with in a separate, "
            "non-binding declaration. We respectfully disagree.",
            "capacity-building",
            "support",
        ),
        (
            "We are told that the treaty must be short; that human rights safeguards must be "
            "written into every article; and that States need only accede to the Budapest "
            "Convention. We do not accept this logic.",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "We are told that the treaty must be short; that human rights safeguards must be "
            "written into every article; and that States need only accede to the Budapest "
            "Convention. We do not accept this logic.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "We also regret that offences of incitement to hatred through ICTs could not be "
            "included in the final text.",
            "content-offences",
            "support",
        ),
        (
            "We regret that the draft resolution does not oblige the Committee to take its "
            "decisions by consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We regret that the obligations of service providers, which hold the evidence, have "
            "been left mostly to domestic law.",
            "private-sector-obligations",
            "support",
        ),
        (
            "We have always regarded consensus as the only way to build a universal treaty.",
            "consensus-decision-making",
            "support",
        ),
        (
            "No provision in the new treaty should be interpreted as weakening the standards that "
            "Parties to the Budapest Convention already apply among themselves.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "Ruritania believes that the United Nations, as the most representative universal "
            "organization, must lead the fight against cybercrime.",
            "un-central-role",
            "support",
        ),
    ],
)
def test_others_views_answered_whole_lacks_regretted_and_existing_standards_kept(
    body, topic, polarity
):
    assert stances(body)[topic][1] == polarity


def test_disagreeing_that_voluntary_contributions_suffice_supports_the_assistance():
    found = stances(
        "Some delegations maintain that voluntary contributions would be enough to fund the "
        "technical assistance under the treaty. With respect, we do not share that view."
    )
    assert found["capacity-building"][1] == "support"


def test_concern_about_proposals_that_would_do_something_objects_to_it():
    found = stances(
        "We are worried about proposals that would impose obligations on service providers to "
        "decrypt any data on request."
    )
    assert found["private-sector-obligations"][1] == "oppose"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # a call for the topic's removal
        (
            "Along with several partners, we call for the articles on content-related offences "
            "to be deleted from the draft.",
            "content-offences",
            "oppose",
        ),
        (
            "We would like to see content-related offences removed from the chapter.",
            "content-offences",
            "oppose",
        ),
        # a bare verdict on the sentence before
        (
            "Two delegations have proposed new offences on the dissemination of extremist "
            "materials. We cannot accept them.",
            "content-offences",
            "oppose",
        ),
        (
            "The Chair has suggested a provision on the protection of children against online "
            "grooming. We support it fully.",
            "child-protection",
            "support",
        ),
        (
            "The mandate says the Committee shall take its decisions by consensus where "
            "possible. We share that aim.",
            "consensus-decision-making",
            "support",
        ),
        # others named as a source, not as the holder
        (
            "We heard this morning from the representative of Ruritania that the convention "
            "should cover a far wider range of offences. We see it differently.",
            "broad-scope",
            "oppose",
        ),
        (
            "We regret that the treaty does not criminalize incitement to violent extremism, "
            "despite the repeated requests of many delegations.",
            "content-offences",
            "support",
        ),
        (
            "A later protocol should cover the offences left out because of the position of "
            "several delegations, such as calls for mass riots.",
            "content-offences",
            "support",
        ),
        # the topic discounted
        (
            "We caution the Committee against treating the human rights safeguards as optional.",
            "human-rights-safeguards",
            "support",
        ),
        ("Human rights safeguards are not optional.", "human-rights-safeguards", "support"),
        # praise and what the speaker provides
        (
            "The negotiations were richer for the contributions of civil society and academia.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "Ruritania remains among the largest providers of capacity building in the region.",
            "capacity-building",
            "support",
        ),
        (
            "Implementation will not succeed without the help of civil society.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "We call for the future Conference of the States Parties to be open to civil society.",
            "multistakeholder-participation",
            "support",
        ),
        # positions once held, or conditional on a proviso
        (
            "At the outset we would have been open to a longer list of cyber-enabled crimes.",
            "broad-scope",
            "support",
        ),
        (
            "We would be open to considering an instrument on the recovery and return of "
            "stolen assets.",
            "asset-recovery-convention",
            "support",
        ),
        # too narrow, falling short
        (
            "The catalogue of offences is still narrower than the mandate given to us.",
            "broad-scope",
            "support",
        ),
        (
            "A treaty limited to cyber-dependent offences would fall short of what our "
            "region needs.",
            "broad-scope",
            "support",
        ),
        (
            "The revised text falls short of our expectations on human rights safeguards.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "We are ready to be flexible on the list, but a text limited to cyber-dependent "
            "offences would not meet the needs of our region.",
            "broad-scope",
            "support",
        ),
        (
            "The treaty must also cover crimes committed through the use of ICTs.",
            "broad-scope",
            "support",
        ),
        # doubt and little to be gained
        (
            "We remain unconvinced that the treaty should include content-related offences.",
            "content-offences",
            "oppose",
        ),
        (
            "What we do not see is the value of re-criminalizing conduct that UNTOC already "
            "covers.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "We see little to be gained from reinventing the wheel.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "The new instrument should complement, rather than compete with, arrangements "
            "already in place.",
            "build-on-existing-instruments",
            "support",
        ),
        # what is respected, the prerogative of States
        (
            "The draft respects the sovereign equality and territorial integrity of States.",
            "sovereignty",
            "support",
        ),
        (
            "The negotiation of the text must remain the prerogative of Member States.",
            "multistakeholder-participation",
            "oppose",
        ),
        (
            "Ruritania supports the Commission on Crime Prevention and Criminal Justice as the "
            "principal policymaking body in this field.",
            "un-central-role",
            "support",
        ),
        (
            "Some delegations want the treaty to address extremist content. We remain "
            "unconvinced; we do not support their inclusion.",
            "content-offences",
            "oppose",
        ),
    ],
)
def test_removal_wanted_bare_verdicts_cited_others_and_discounted_topics(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_the_regional_instrument_presented_as_the_standard_after_the_budapest_convention():
    found = stances(
        "Several delegations presented the Budapest Convention as a model. We respect the "
        "choice of its parties. However, we cannot accept that a regional instrument be "
        "presented as the global standard."
    )
    assert found["join-budapest-convention"][1] == "oppose"


def test_not_opposed_in_principle_but_an_intergovernmental_process_is_mixed():
    found = stances(
        "Our Group is not opposed in principle to the participation of non-governmental "
        "organizations, but this remains an intergovernmental process."
    )
    assert found["multistakeholder-participation"][1] == "mixed"


def test_sovereignty_as_a_ground_for_refusal_is_no_stance_on_human_rights_safeguards():
    found = stances(
        "We do not believe that sovereignty should become a general ground for refusing assistance."
    )
    assert "human-rights-safeguards" not in found
    assert found["sovereignty"][1] == "oppose"


def test_providers_obliged_through_a_pronoun_after_a_sentence_about_them():
    found = stances(
        "We listened to the debate on the obligations of service providers. The treaty must "
        "oblige them to preserve data in a timely manner."
    )
    assert found["private-sector-obligations"][1] == "support"


def test_a_third_committee_statement_on_crime_prevention_keeps_to_its_paragraph():
    body = (
        "Let me turn to the draft protocol to the Convention against Cybercrime. Some "
        "delegations see it as a chance to reopen what could not be agreed. Ruritania will "
        "not support a protocol that criminalises speech.\n\nThank you."
    )
    text = (
        "Statement by Ruritania, Third Committee, Crime prevention and criminal justice\n\n"
        + SALUTATION
        + "Ruritania remains committed to the rule of law.\n\n"
        + body
    )
    x = pipeline.extract(
        Document(id="t.txt", text=text, metadata=Metadata(state="NLD", event="unga-80"))
    )
    assert {(s.topic, s.polarity) for s in x.stances} >= {("content-offences", "oppose")}


def test_cooperation_in_that_area_refers_back_to_the_crime_named_before():
    found = stances(
        "Many migrants fall victim to trafficking in persons. They suffer twice over. "
        "That is intolerable. We therefore call for stronger international cooperation in "
        "that area.",
        state="NLD",
        event="unga-72",
    )
    assert found["international-cooperation"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We regret that the revised draft does not include the offences proposed by "
            "several of our States on incitement to terrorism through ICTs.",
            "content-offences",
            "support",
        ),
        (
            "For small island States, the chapter on technical assistance is not an ancillary "
            "chapter.",
            "capacity-building",
            "support",
        ),
        (
            "Sovereign equality and non-interference in internal affairs are the foundation of "
            "any cooperation under the treaty.",
            "sovereignty",
            "support",
        ),
        (
            "We welcome the participation of civil society in this session. Their expertise is "
            "not a courtesy; it is a resource.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "The treaty should not extend to the regulation of content on the Internet.",
            "content-offences",
            "oppose",
        ),
        (
            "The gap in capacity between States is a vulnerability. Bridging that gap must "
            "remain a priority.",
            "capacity-building",
            "support",
        ),
        (
            "We do not regard the Budapest Convention and the new treaty as rivals.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "Ruritania places great weight on fast and practical international cooperation "
            "against cybercrime.",
            "international-cooperation",
            "support",
        ),
    ],
)
def test_failures_lamented_chapters_not_ancillary_foundations_and_rivals(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    "body",
    [
        # a regional instrument named through a demonstrative two sentences on
        "The Budapest Convention is often cited here. We respect the choice of its parties. "
        "But that regional instrument was drafted by a few. It cannot be presented as the "
        "global framework.",
        # "the former" of two instruments just named
        "Two instruments exist: the Budapest Convention and UNTOC. The former is still called "
        "regional. Its parties come from every continent. It is open to accession, and we "
        "encourage States that have not yet done so to consider joining it.",
        # an instrument described by how it was made
        "The Budapest Convention has its merits. But an instrument in whose drafting most "
        "States had no voice cannot be presented as the global standard.",
        "The Budapest Convention is a regional treaty. It was never designed as a universal "
        "framework.",
    ],
)
def test_the_budapest_convention_through_references_back(body):
    found = stances(body)
    expected = "support" if "consider joining it" in body else "oppose"
    assert found["join-budapest-convention"][1] == expected


def test_the_chapter_framed_around_sovereignty_is_no_objection_to_cooperation():
    found = stances(
        "We do not believe that the chapter on international cooperation should be framed "
        "around references to sovereignty."
    )
    assert "international-cooperation" not in found


def test_a_subject_turned_to_holds_until_the_next_turn_at_a_specialised_body():
    body = (
        "1. We congratulate the Bureau.\n\n2. Let me now turn to cybercrime. We followed "
        "the expert group closely.\n\n3. In New York, talks continue on the modalities. "
        "Decisions on substance should be taken by consensus.\n\n4. Let me turn to drug "
        "policy. Decisions on scheduling should be taken by consensus.\n"
    )
    found = stances(body, event="ccpcj-30")
    assert found["consensus-decision-making"][1] == "support"
    evidence = " ".join(found["consensus-decision-making"][2])
    assert "substance" in evidence and "scheduling" not in evidence


def test_acting_together_against_trafficking_and_solving_it_globally_in_a_general_debate():
    found = stances(
        "We must all act together in managing migration so as to put an end to the "
        "trafficking of human beings.",
        event="unga-75",
    )
    assert found["international-cooperation"][1] == "support"
    found = stances(
        "Human trafficking is everyone's problem. We all have to play a part in solving it, "
        "not only regionally but also globally.",
        event="unga-68",
    )
    assert found["international-cooperation"][1] == "support"


def test_asking_why_the_topic_should_be_exempt_argues_for_it():
    found = stances(
        "Why should technology companies, which hold the evidence, be exempt from the duty to "
        "cooperate with law enforcement?"
    )
    assert found["private-sector-obligations"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "The real problem is not a legal one but a gap in capacity between States. We "
            "call for more technical assistance.",
            "capacity-building",
            "support",
        ),
        (
            "For us the real gap is not a legal gap, it is a capacity gap. We call for more "
            "technical assistance.",
            "capacity-building",
            "support",
        ),
        (
            "We regard the two instruments as complementary, not as competitors.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "Joining the Budapest Convention and negotiating a new treaty are not mutually "
            "exclusive.",
            "build-on-existing-instruments",
            "support",
        ),
    ],
)
def test_not_this_but_that_affirms_what_follows(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


def test_not_taking_part_in_its_drafting_yet_finding_it_useful_is_no_objection():
    found = stances(
        "The Budapest Convention was drafted in Strasbourg. We did not take part in its "
        "negotiation, yet we found in it a modern framework. We encourage all States to "
        "consider accession to the Budapest Convention."
    )
    assert found["join-budapest-convention"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Some delegations would restrict international cooperation to the offences "
            "established in the convention. We cannot accept such a restriction.",
            "broad-scope",
            "support",
        ),
        (
            "We favour the broadest possible scope of international cooperation.",
            "broad-scope",
            "support",
        ),
        (
            "A cybercrime treaty should be a tightly focused instrument, not a catalogue of "
            "every offence that can be committed with a phone.",
            "broad-scope",
            "oppose",
        ),
        (
            "We consider the draft to be overloaded with human rights provisions.",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "We will not hesitate to raise our voice if the convention is ever invoked to "
            "justify violations of human rights.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "We are worried that data could be handed over without the safeguards of article 24.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Some delegations argue that safeguards are merely a pretext for refusing "
            "cooperation. We do not share that view.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Qatar is committed to the protection of human rights, but we are not persuaded "
            "that such grounds belong in the chapter on cooperation.",
            "human-rights-safeguards",
            "mixed",
        ),
        (
            "We will not support the criminalization of opinions.",
            "content-offences",
            "oppose",
        ),
        (
            "Nor can a regional instrument such as the Budapest Convention, drafted by a few, "
            "serve as the yardstick for the world.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "Consensus, however, cannot become a veto in the hands of a few delegations.",
            "consensus-decision-making",
            "oppose",
        ),
        (
            "We note with concern the proposals to expand the grounds for refusal of mutual "
            "legal assistance.",
            "international-cooperation",
            "support",
        ),
        (
            "We would not wish to see such a provision turn mutual legal assistance into the "
            "exception rather than the rule.",
            "international-cooperation",
            "support",
        ),
        (
            "The chapters on electronic evidence and international cooperation will allow our "
            "authorities to obtain data from abroad within hours.",
            "international-cooperation",
            "support",
        ),
    ],
)
def test_restrictions_pretexts_vetoes_and_contrasts(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "evidence"),
    [
        (
            "Civil society and academia enriched this text at every stage. Their voices must "
            "be heard in the Conference of the States Parties.",
            "Their voices must be heard in the Conference of the States Parties.",
        ),
        (
            "We recall the value that non-governmental organisations and academia brought to "
            "the negotiations. Their expertise will be even more needed in the next phase.",
            "Their expertise will be even more needed in the next phase.",
        ),
        (
            "We thank the representatives of civil society who followed the session. Their "
            "written contributions have been of real value.",
            "Their written contributions have been of real value.",
        ),
    ],
)
def test_what_stakeholders_gave_carries_to_the_next_sentence(body, evidence):
    holder, polarity, found = stances(body)["multistakeholder-participation"]
    assert polarity == "support"
    assert evidence in found


def test_offences_clearly_and_narrowly_defined_is_no_narrow_scope():
    found = stances(
        "The Group believes that incitement to violence disseminated through ICTs should be "
        "addressed, provided that such offences are clearly and narrowly defined."
    )
    assert found["content-offences"][1] == "support"
    assert "broad-scope" not in found


def test_the_future_convention_names_the_subject_at_the_commission():
    body = "Malawi supports appropriate safeguards for human rights in the future convention."
    assert stances(body, state="MWI", event="ccpcj-32")["human-rights-safeguards"][1] == "support"
    other = "We support safeguards for human rights in the future convention on older persons."
    assert "human-rights-safeguards" not in stances(other, state="MWI", event="ccpcj-32")


@pytest.mark.parametrize(
    "body",
    [
        "We must always recall that terrorism never sleeps; we must combat and defeat it.",
        "We assure the victims of international terrorism of our solidarity and renew our "
        "commitment to combating this scourge together with our partners.",
    ],
)
def test_acting_against_terrorism_named_earlier_in_the_sentence(body):
    assert stances(body, state="GIN", event="unga-68")["counter-terrorism"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Nor can any such process be credible without the meaningful participation of civil "
            "society and academia.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "Civil society, academia and the private sector have a legitimate place in these "
            "discussions.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "We attach priority to the protection of children, and any response must criminalize "
            "their sexual abuse and exploitation online.",
            "child-protection",
            "support",
        ),
        (
            "Such an instrument should not confine itself to attacks against computer systems.",
            "broad-scope",
            "support",
        ),
        (
            "A narrow list of cyber-dependent offences would leave outside the convention most of "
            "what our police face.",
            "broad-scope",
            "support",
        ),
        (
            "We do not believe that every crime committed with a mobile telephone should become "
            "an offence under this convention.",
            "broad-scope",
            "oppose",
        ),
        (
            "The chapter should concentrate on offences against computer systems and data.",
            "broad-scope",
            "oppose",
        ),
        ("The Committee should strive for consensus.", "consensus-decision-making", "support"),
        (
            "However, voting must remain available as a last resort.",
            "consensus-decision-making",
            "oppose",
        ),
        (
            "Decisions should be taken by consensus, and voting should be permitted only as a last "
            "resort.",
            "consensus-decision-making",
            "support",
        ),
        (
            "Some delegations argue that the convention should not address human rights "
            "safeguards. We do not share that view.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Some delegations have argued that those of us who abstained are not interested in "
            "cooperating against crime. That is not the case.",
            "international-cooperation",
            "support",
        ),
        (
            "Human rights and the protection of personal data are not obstacles to cooperation.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Still less should the convention criminalize expression.",
            "content-offences",
            "oppose",
        ),
        (
            "Technical assistance must not be treated as a voluntary annex.",
            "capacity-building",
            "support",
        ),
        (
            "We are convinced that a convention negotiated within the United Nations can give "
            "every State the legal tools it needs.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "We respect the Budapest Convention as a regional arrangement, but it cannot be "
            "presented to the rest of us as the global standard.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "We encourage States to consider accession: the Budapest Convention is not a "
            "European club.",
            "join-budapest-convention",
            "support",
        ),
        (
            "Some delegations have told us that the Expert Group on Cybercrime has run its "
            "course. We do not share that view.",
            "ieg-cybercrime",
            "support",
        ),
        (
            "Some delegations have argued that the Expert Group on Cybercrime has lost its raison "
            "d'être. We see it differently.",
            "ieg-cybercrime",
            "support",
        ),
        (
            "Providers, academia and civil society improve the quality of public policy. We hope "
            "their voices will continue to be heard.",
            "multistakeholder-participation",
            "support",
        ),
    ],
)
def test_third_committee_and_expert_group_phrasings(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    "body",
    [
        "A regional instrument, however widely joined, cannot take the place of a universal "
        "convention.",
        "We do not consider that a regional instrument, however respectable, can stand in for a "
        "universal convention.",
    ],
)
def test_a_regional_instrument_cannot_stand_in_for_a_universal_convention(body):
    assert stances(body)["join-budapest-convention"][1] == "oppose"


def test_standing_together_against_this_scourge_after_terrorist_narratives():
    body = (
        "We recall Security Council resolution 2354 (2017) on countering terrorist narratives, "
        "and the international community must stand together against this scourge."
    )
    assert stances(body, state="EGY", event="unga-72")["counter-terrorism"][1] == "support"


def test_narcotics_name_the_crime_domain_in_a_general_debate_speech():
    body = (
        "Success in combating narcotics aggression can be achieved only through consolidated "
        "and collective efforts."
    )
    assert stances(body, state="TJK", event="unga-65")["international-cooperation"][1] == "support"


def test_asking_why_one_would_walk_away_from_something_argues_for_keeping_it():
    body = (
        "Why would we walk away from the Expert Group on Cybercrime, which is starting to "
        "produce concrete results?"
    )
    assert stances(body)["ieg-cybercrime"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "We are not, in principle, opposed to the idea of a universal instrument negotiated "
            "under the auspices of the Organization.",
            "un-cybercrime-convention",
        ),
        (
            "Nor do we see the new process as a rival to the Expert Group on Cybercrime.",
            "ieg-cybercrime",
        ),
    ],
)
def test_a_negation_across_an_aside_or_a_denied_rivalry_is_no_objection(body, topic):
    assert stances(body)[topic][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We do not see this convention as the appropriate place to criminalise speech.",
            "content-offences",
            "oppose",
        ),
        (
            "The work of the Committee must not undermine or duplicate existing instruments.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "We feared that the process would divert attention from the work of the "
            "Intergovernmental Expert Group on Cybercrime.",
            "ieg-cybercrime",
            "support",
        ),
        (
            "On UNTOC, we reaffirm our commitment to the Mechanism for the Review of its "
            "Implementation.",
            "untoc-review-mechanism",
            "support",
        ),
        (
            "We believe that a dedicated protocol on wildlife crime would fill a genuine gap.",
            "wildlife-crime-instrument",
            "support",
        ),
        (
            "The chapter must respect the sovereign right of each State to define criminal "
            "offences.",
            "sovereignty",
            "support",
        ),
        (
            "We will engage so that the Committee can adopt, by consensus, a convention that is "
            "effective.",
            "consensus-decision-making",
            "support",
        ),
        (
            "Cooperation under the convention should, in principle, cover the offences "
            "established in accordance with the convention itself.",
            "broad-scope",
            "oppose",
        ),
    ],
)
def test_vienna_and_conditional_phrasings(body, topic, polarity):
    assert stances(body)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "We are prepared to work on narrowly drawn language on terrorist offences.",
            "broad-scope",
        ),
        (
            "We are conscious that several delegations fear that offences relating to content "
            "could be misused.",
            "content-offences",
        ),
    ],
)
def test_drafting_precision_and_others_fears_are_no_position(body, topic):
    assert topic not in stances(body)


def test_the_latter_two_sentences_on_after_others_view():
    found = stances(
        "Some delegations have argued that conduct covered by regional treaties such as the "
        "Council of Europe Convention on Cybercrime should be kept out of this chapter. We have "
        "listened carefully to this argument. India, which had no part in negotiating the "
        "latter, cannot accept it as the yardstick for what a universal convention may contain.",
        state="IND",
    )
    assert found["join-budapest-convention"][1] == "oppose"
    assert "un-cybercrime-convention" not in found


def test_capacity_building_after_cooperation_words_at_the_general_assembly():
    body = (
        "We welcome the provisions on mutual legal assistance and electronic evidence. Technical "
        "assistance must now be delivered upon request and tailored to national needs."
    )
    assert stances(body, state="BRA", event="unga-79")["capacity-building"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            "Drug trafficking fuels insecurity. We call for more support to strengthen the "
            "capacity of regional law-enforcement agencies and to promote regional cooperation.",
            "capacity-building",
        ),
        (
            "Drug trafficking fuels insecurity. We call for more support to strengthen the "
            "capacity of regional law-enforcement agencies and to promote regional cooperation.",
            "international-cooperation",
        ),
        (
            "I appeal to world leaders to stand together in confronting terrorism as well as "
            "organized crime.",
            "international-cooperation",
        ),
    ],
)
def test_general_debate_calls_to_strengthen_law_enforcement_together(body, topic):
    assert stances(body, state="KGZ", event="unga-69")[topic][1] == "support"


def test_national_reform_that_strengthens_law_enforcement_is_no_call_for_capacity_building():
    body = (
        "We have launched a single register of crimes and offences, which strengthen the "
        "capacity of law enforcement agencies and the legal system as a whole."
    )
    assert "capacity-building" not in stances(body, state="KGZ", event="unga-74")


@pytest.mark.parametrize(
    ("body", "state", "event", "topic", "polarity"),
    [
        (
            "A few delegations wanted the convention to criminalize the spread of online content "
            "deemed harmful to public order. We are relieved that the final text does not "
            "contain such provisions.",
            "CRI",
            "ahc-6",
            "content-offences",
            "oppose",
        ),
        (
            "We note with relief that the offences on extremist content proposed by some "
            "delegations, which would have endangered free speech in many countries, do not "
            "appear in the final text.",
            "CRI",
            "ahc-7",
            "content-offences",
            "oppose",
        ),
        (
            "Ghana supports the Convention and looks forward to its opening for signature.",
            "GHA",
            "ahc-7",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "The new instrument must be applied in a way that is compatible with and "
            "complementary to the Convention against Transnational Organized Crime.",
            "LAO",
            "ahc-5",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "Implementation must be consistent with the obligations that the States parties to "
            "the Budapest Convention and its protocols have already undertaken.",
            "BEL",
            "ahc-7",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "Neither the Budapest Convention nor any regional arrangement can be regarded as the "
            "global model.",
            "PAK",
            "ahc-3",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "The EU and its Member States want a convention that protects children against "
            "sexual abuse online.",
            "EU",
            "ahc-4",
            "child-protection",
            "support",
        ),
        (
            "The European Union and its Member States do not want a convention that criminalises "
            "the content of speech.",
            "EU",
            "ahc-4",
            "content-offences",
            "oppose",
        ),
        (
            "We would find it hard to support a text that allows decisions on substance to be put "
            "to a vote.",
            "CAN",
            "ahc-2",
            "consensus-decision-making",
            "support",
        ),
        (
            "My delegation would see any recourse to voting as a defeat for this Committee.",
            "PER",
            "ahc-3",
            "consensus-decision-making",
            "support",
        ),
        (
            "Finally, let me recall that resolution 75/282 asks us to reach agreement by "
            "consensus.",
            "PER",
            "ahc-3",
            "consensus-decision-making",
            "support",
        ),
        (
            "We welcome the fact that the amendments were rejected and that the text was approved "
            "without a vote.",
            "SWE",
            "ahc-7",
            "consensus-decision-making",
            "support",
        ),
        (
            "With regard to the provisions on human rights, we listened carefully to the debate. "
            "However, these provisions must not become a pretext for refusing cooperation.",
            "NGA",
            "ahc-6",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "Our members respect their obligations under international human rights law. Yet a "
            "criminal justice treaty is not the proper forum to renegotiate those obligations.",
            "SAU",
            "ahc-6",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "If we can accept this text today, it is because the draft now includes clear "
            "conditions and safeguards for every procedural power.",
            "CHE",
            "ahc-7",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Certain delegations say that the grounds for refusal should be reduced to a mere "
            "mention of public order. We cannot agree.",
            "NOR",
            "ahc-5",
            "human-rights-safeguards",
            "support",
        ),
        (
            "We reiterate that capacity-building is not a distinct issue from cooperation.",
            "PHL",
            "ahc-5",
            "capacity-building",
            "support",
        ),
        (
            "We will not accept an instrument of cooperation for any conduct that a State Party "
            "decides to criminalize.",
            "GBR",
            "ahc-5",
            "broad-scope",
            "oppose",
        ),
        (
            "The cooperation chapter should apply only to the offences established under this "
            "convention.",
            "GBR",
            "ahc-5",
            "broad-scope",
            "oppose",
        ),
        (
            "We want a chapter that applies not only to the offences established under this "
            "convention, but also to the gathering of electronic evidence of any serious crime.",
            "IRN",
            "ahc-5",
            "broad-scope",
            "support",
        ),
        (
            "There is no need to design these networks from scratch.",
            "PHL",
            "ahc-4",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "We must rid the world of terrorism once and for all.",
            "KEN",
            "unga-70",
            "counter-terrorism",
            "support",
        ),
        (
            "International cooperation in the war against Al-Qaida saved many lives.",
            "GEO",
            "unga-67",
            "counter-terrorism",
            "support",
        ),
        (
            "Among the gravest threats is terrorism. Defeating that global threat demands resolve "
            "from all of us.",
            "KHM",
            "unga-73",
            "counter-terrorism",
            "support",
        ),
        (
            "We must get to the root of the terrorism problem in our region.",
            "AFG",
            "unga-76",
            "counter-terrorism",
            "support",
        ),
        (
            "Regional and multilateral action is required if we are to effectively combat "
            "organized crime and drug trafficking.",
            "BRB",
            "unga-74",
            "international-cooperation",
            "support",
        ),
    ],
)
def test_blind_rounds_280_283_phrasings(body, state, event, topic, polarity):
    assert stances(body, state=state, event=event)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "state", "event", "topic"),
    [
        (
            "The second concerns scope: whether assistance should be restricted to the offences "
            "established in the convention, or should extend to other crimes committed by means "
            "of ICTs.",
            "CHN",
            "ahc-3",
            "broad-scope",
        ),
        (
            "While we appreciate the view of some partners that such decisions belong to the "
            "States parties, this would delay technical assistance by years.",
            "NGA",
            "ahc-7",
            "multistakeholder-participation",
        ),
        (
            "We favour a review mechanism for this convention that is light and inclusive, drawing "
            "on the experience of the Conference of the Parties to the United Nations Convention "
            "against Transnational Organized Crime.",
            "NGA",
            "ahc-7",
            "untoc-review-mechanism",
        ),
        (
            "Several of its members, including Kenya and Ghana, are parties to the Budapest "
            "Convention.",
            "NGA",
            "ahc-7",
            "join-budapest-convention",
        ),
        (
            "Our country built its police cybercrime unit from scratch in 2015.",
            "PHL",
            "ahc-4",
            "build-on-existing-instruments",
        ),
        (
            "We would never accept that technical assistance be used as a vehicle for "
            "transferring surveillance equipment.",
            "SEN",
            "ahc-3",
            "capacity-building",
        ),
        (
            "Some partners propose to leave the fund to the future Conference of the States "
            "Parties. That option would delay capacity-building for years. The Group cannot "
            "accept it.",
            "NGA",
            "ahc-7",
            "capacity-building",
        ),
    ],
)
def test_blind_rounds_280_283_no_position_or_not_the_speakers(body, state, event, topic):
    assert topic not in stances(body, state=state, event=event)


@pytest.mark.parametrize(
    ("body", "state", "event", "topic", "polarity"),
    [
        (
            "The new treaty provides a legal basis for cooperation with States with which we had "
            "no agreement.",
            "BRA",
            "ahc-7",
            "international-cooperation",
            "support",
        ),
        (
            "Our work has benefited considerably from the expertise of civil society and academia.",
            "BRA",
            "ahc-7",
            "multistakeholder-participation",
            "support",
        ),
        (
            "Any negotiation on a protocol must be conducted by consensus.",
            "BRA",
            "ahc-7",
            "consensus-decision-making",
            "support",
        ),
        (
            "The Budapest Convention and its protocols remain valuable, and we encourage all "
            "States to join them.",
            "USA",
            "unga-79",
            "join-budapest-convention",
            "support",
        ),
        (
            "At that time we were not convinced that a new treaty was needed. Germany supports "
            "the Convention today.",
            "DEU",
            "ahc-7",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "We do not accept that the convention should criminalize online content.",
            "USA",
            "unga-79",
            "content-offences",
            "oppose",
        ),
        (
            "Kenya signed the Convention this morning.",
            "KEN",
            "ahc-7",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "The draft leaves outside its scope most crimes committed by means of ICTs.",
            "IRN",
            "ahc-7",
            "broad-scope",
            "support",
        ),
        (
            "We caution against loading the text with safeguards and conditions that would "
            "paralyse cooperation.",
            "NGA",
            "ahc-6",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "Accession to a regional convention is no substitute for a universal treaty.",
            "NGA",
            "ahc-6",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "The convention must be negotiated by States alone.",
            "IRN",
            "ahc-6",
            "multistakeholder-participation",
            "oppose",
        ),
        (
            "Some speakers praised the Budapest Convention. My country did not take part in "
            "drafting that instrument.",
            "IRN",
            "ahc-6",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "The Budapest Convention is a regional instrument, and several of its articles are "
            "unacceptable to us.",
            "CHN",
            "ahc-6",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "We must firmly resolve to rid the world\nof terrorism.",
            "LKA",
            "unga-66",
            "counter-terrorism",
            "support",
        ),
        (
            "We cannot accept wording that lets requesting States circumvent the safeguards of "
            "article 24.",
            "JPN",
            "ahc-5",
            "human-rights-safeguards",
            "support",
        ),
    ],
)
def test_blind_rounds_284_287_phrasings(body, state, event, topic, polarity):
    assert stances(body, state=state, event=event)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "state", "event", "topic"),
    [
        (
            "At that time we were not convinced that a new treaty was needed.",
            "DEU",
            "ahc-7",
            "un-cybercrime-convention",
        ),
        (
            "The text rightly leaves outside its scope many offences committed through ICTs.",
            "EU",
            "ahc-7",
            "broad-scope",
        ),
        (
            "We have heard, more than once, that States unhappy with the text may always accede "
            "to the Budapest Convention.",
            "IRN",
            "ahc-6",
            "join-budapest-convention",
        ),
        (
            "We welcome cooperation with the many States that are not party to the Budapest "
            "Convention.",
            "USA",
            "ahc-7",
            "join-budapest-convention",
        ),
    ],
)
def test_blind_rounds_284_287_no_position(body, state, event, topic):
    assert topic not in stances(body, state=state, event=event)


@pytest.mark.parametrize(
    ("body", "state", "event", "topic", "polarity"),
    [
        (
            "We regret that the dissemination of content inciting terrorism was left outside the "
            "convention.",
            "IRN",
            "ahc-7",
            "content-offences",
            "support",
        ),
        (
            "We regret that offences on extremist content do not appear among the offences of "
            "chapter II.",
            "EGY",
            "ahc-7",
            "content-offences",
            "support",
        ),
        (
            "The convention should concentrate on cyber-dependent offences.",
            "CAN",
            "ahc-7",
            "broad-scope",
            "oppose",
        ),
        (
            "Qatar stands firmly for the protection of children from sexual exploitation online.",
            "QAT",
            "ahc-7",
            "child-protection",
            "support",
        ),
        (
            "We believe the United Nations should play the main role in coordinating efforts "
            "against cybercrime.",
            "CHN",
            "ahc-3",
            "un-central-role",
            "support",
        ),
        (
            "We regret that several informal consultations were closed to the participation of "
            "civil society.",
            "CHL",
            "ahc-6",
            "multistakeholder-participation",
            "support",
        ),
        (
            "Terrorism and violent extremism are global challenges. All countries should unite to "
            "effectively address those challenges.",
            "BGD",
            "unga-70",
            "counter-terrorism",
            "support",
        ),
    ],
)
def test_blind_rounds_288_291_phrasings(body, state, event, topic, polarity):
    assert stances(body, state=state, event=event)[topic][1] == polarity


def test_others_heard_again_are_not_the_speakers_view():
    body = (
        "We have heard again during this session that the Budapest Convention already provides "
        "all that is needed, and that States should simply accede to it."
    )
    assert "join-budapest-convention" not in stances(body, state="EGY", event="ahc-7")


@pytest.mark.parametrize(
    ("body", "state", "event", "topic", "polarity"),
    [
        (
            "We would not favour a mere framework instrument that leaves practitioners without "
            "concrete tools.",
            "CZE",
            "ahc-1",
            "framework-convention",
            "oppose",
        ),
        (
            "Others have proposed to include offences related to extremism and the dissemination "
            "of so-called false information. The Baltic States cannot accept such provisions.",
            "LTU",
            "ahc-1",
            "content-offences",
            "oppose",
        ),
        (
            "Our concern is even greater regarding content-related offences.",
            "NOR",
            "ahc-2",
            "content-offences",
            "oppose",
        ),
        (
            "The chapter on technical assistance and capacity building deserves the same "
            "attention as the chapters on criminalization and cooperation.",
            "CZE",
            "ahc-1",
            "capacity-building",
            "support",
        ),
        (
            "On production orders, we lean towards the model of the Budapest Convention.",
            "POL",
            "ahc-2",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "Brazil voted against resolution 74/247 in 2019, in part because we feared that a "
            "process launched on those terms would produce an instrument reaching far beyond "
            "cybercrime.",
            "BRA",
            "ahc-7",
            "un-cybercrime-convention",
            "oppose",
        ),
        (
            "The Group would, however, caution against turning each article on criminalization "
            "into a vehicle for lengthy safeguard clauses.",
            "GHA",
            "ahc-2",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "At the same time, the Group is of the view that content-related offences should be "
            "approached with great caution, and only where they can be clearly defined.",
            "GHA",
            "ahc-2",
            "content-offences",
            "oppose",
        ),
        (
            "In the same vein, we regret that the offences relating to incitement to terrorism "
            "and violence, to hatred on religious grounds and to the dissemination of content "
            "harmful to public order, which a large number of delegations have proposed, do not "
            "yet enjoy the place they deserve in the text.",
            "IRN",
            "ahc-4",
            "content-offences",
            "support",
        ),
        (
            "India did not join the Budapest Convention, in whose negotiation we had no part.",
            "IND",
            "ahc-7r",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "The United States will not sign the Convention against Cybercrime in Hanoi.",
            "USA",
            "unga-80",
            "un-cybercrime-convention",
            "oppose",
        ),
        (
            "India would have preferred a more comprehensive convention.",
            "IND",
            "ahc-7r",
            "broad-scope",
            "support",
        ),
        (
            "We see this convention as complementing that framework, and the networks of "
            "practitioners built around it, rather than replacing it.",
            "NZL",
            "ahc-7r",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "In our view, the protocol should address offences committed through information and "
            "communications technologies that could not be included in the Convention in 2024.",
            "VNM",
            "ccpcj-35",
            "broad-scope",
            "support",
        ),
        (
            "Capacity-building and technical assistance will decide whether the Convention "
            "becomes a living instrument.",
            "VNM",
            "ccpcj-35",
            "capacity-building",
            "support",
        ),
        (
            "Nothing in the new Convention diminishes the value of the Council of Europe "
            "Convention on Cybercrime.",
            "EU",
            "ccpcj-34",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "We attach the greatest importance to the article on conditions and safeguards. Some "
            "delegations have questioned whether such an article is needed at all, arguing that "
            "each State already protects human rights under its own constitution. We "
            "respectfully disagree.",
            "POL",
            "ahc-2",
            "human-rights-safeguards",
            "support",
        ),
    ],
)
def test_blind_rounds_292_295_phrasings(body, state, event, topic, polarity):
    assert stances(body, state=state, event=event)[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        # others' preference, heard
        (
            "We have listened carefully to delegations that would prefer a much longer list, "
            "including offences relating to drugs, arms trafficking, terrorism and extremism.",
            "content-offences",
        ),
        # scare-quoted assistance asked of companies is no capacity-building
        (
            "We would caution against provisions obliging private companies to retain data, to "
            'monitor content proactively or to provide "technical assistance" in breaking '
            "encryption.",
            "capacity-building",
        ),
        # others' account of the speaker's motive, denied, is no view of the scope
        (
            "Some delegations have suggested that our insistence on a focused scope reflects a "
            "wish to impose a regional instrument on others. This is not the case.",
            "broad-scope",
        ),
        # a count of other States party to a treaty
        (
            "The Budapest Convention was opened for signature in 2001. Only a small number of "
            "African States are party to it.",
            "join-budapest-convention",
        ),
        # the topic as the standard another proposal fails
        (
            "Such provisions would not be compatible with the freedom of expression guaranteed by "
            "international human rights law, and the Nordic countries will not be able to "
            "support them.",
            "human-rights-safeguards",
        ),
    ],
)
def test_blind_rounds_292_295_no_stance(body, topic):
    assert topic not in stances(body, state="NOR", event="ahc-2")


def test_signed_before_the_full_name_of_the_convention():
    found = stances(
        "On 25 October 2025, the European Union signed the United Nations Convention against "
        "Cybercrime in Hanoi, alongside a number of its Member States.",
        state="EU",
        event="ccpcj-34",
    )
    assert found["un-cybercrime-convention"][1] == "support"


def test_nor_are_we_stepping_back_from_it():
    found = stances("Nor are we stepping back from capacity building.", state="USA", event="ahc-7")
    assert found["capacity-building"][1] == "support"


def test_must_not_do_so_either_is_no_objection_to_the_convention():
    found = stances(
        "Iran supports the elaboration of a comprehensive convention on countering the use of "
        "ICTs for criminal purposes. Criminals do not confine themselves to the categories of a "
        "textbook, and the convention must not do so either.",
        state="IRN",
        event="ahc-4",
    )
    assert found["un-cybercrime-convention"][1] == "support"


def test_the_convention_just_named_signed_or_not_two_sentences_on():
    # A Third Committee statement on a broad agenda item: the subject area holds for the
    # sentence naming it and the next, and for a sentence on signing "the Convention" after a
    # short aside.
    found = stances(
        "Synthetic drugs continue to kill thousands of our citizens every year.\n\n"
        "Later this month, the United Nations Convention against Cybercrime will open for "
        "signature in Hanoi. We thank Viet Nam for its preparations to host the ceremony.\n\n"
        "Let me be direct. The United States will not sign the Convention in Hanoi.",
        state="USA",
        event="unga-80",
    )
    assert found["un-cybercrime-convention"][1] == "oppose"


@pytest.mark.parametrize(
    ("body", "state", "event", "topic", "polarity"),
    [
        (
            "The Group stands ready to discuss the precise wording of each article; a convention "
            "confined to a handful of cyber-dependent offences would, however, fall short of the "
            "mandate we were given.",
            "CUB",
            "ahc-6",
            "broad-scope",
            "support",
        ),
        (
            "Finally, the Group reiterates the importance it attaches to consensus.",
            "CUB",
            "ahc-6",
            "consensus-decision-making",
            "support",
        ),
        (
            "On technical assistance, the group supports a strong role for capacity-building, "
            "free of unilateral coercive measures, which remain the single largest obstacle to "
            "the access of several of our members to technology.",
            "IRN",
            "ahc-7r",
            "capacity-building",
            "support",
        ),
        (
            "We believe the Commission must remain the central forum for guiding the work of the "
            "United Nations against crime.",
            "DOM",
            "ccpcj-34",
            "un-central-role",
            "support",
        ),
        (
            "Nicaragua supports the elaboration of this convention. We have listened with some "
            "surprise to certain delegations that voted against resolution 74/247 and that now "
            "present themselves as the guardians of its mandate.",
            "NIC",
            "ahc-1",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "Each State must retain the sovereign right to define in its domestic law the "
            "specific elements of the offences and the applicable penalties.",
            "BLR",
            "ahc-2",
            "sovereignty",
            "support",
        ),
        (
            "India is not a party to the Budapest Convention, and an instrument negotiated by a "
            "limited group of States, without the participation of most developing countries, "
            "cannot serve as the global standard.",
            "IND",
            "ahc-4",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "India supports a comprehensive convention that covers cyber-enabled as well as "
            "cyber-dependent crimes.",
            "IND",
            "ahc-4",
            "broad-scope",
            "support",
        ),
        (
            "We can accept the inclusion of online fraud; but we do not believe that a criminal "
            "justice treaty should extend to vaguely defined categories of content, such as "
            '"extremism" or "false information", which could be used to criminalize legitimate '
            "expression.",
            "GHA",
            "ahc-6",
            "content-offences",
            "oppose",
        ),
        (
            "We call for stronger international cooperation to prevent the theft and illicit "
            "export of cultural objects and to secure their prompt restitution.",
            "IND",
            "ccpcj-31",
            "cultural-property-trafficking",
            "support",
        ),
    ],
)
def test_blind_rounds_296_299_phrasings(body, state, event, topic, polarity):
    assert stances(body, state=state, event=event)[topic][1] == polarity


def test_cooperation_refused_as_an_instrument_of_pressure_is_no_objection_to_it():
    found = stances(
        "We will not accept that cooperation against crime be used as an instrument of "
        "political pressure.",
        state="NIC",
        event="ahc-1",
    )
    assert "international-cooperation" not in found


@pytest.mark.parametrize(
    ("body", "state", "event", "topic", "polarity"),
    [
        (
            "We regret, for our part, that the final text remains too narrow.",
            "IRN",
            "ahc-7r",
            "broad-scope",
            "support",
        ),
        (
            "The United States will not support a convention that lacks robust, explicit human "
            "rights safeguards.",
            "USA",
            "ahc-7",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Whatever options the Group examines, they should build on the Budapest Convention.",
            "CAN",
            "ieg-4",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "We also wish to recall the indispensable contribution of civil society, academia and "
            "the private sector during the negotiations.",
            "EU",
            "ahc-7",
            "multistakeholder-participation",
            "support",
        ),
        (
            "Is it too much to ask that a convention also reflect the obligations that all of us "
            "have already accepted under international human rights law? We do not think so.",
            "USA",
            "ahc-5",
            "human-rights-safeguards",
            "support",
        ),
        (
            "The Budapest Convention has served us well. Any United Nations convention should be "
            "consistent with that framework.",
            "USA",
            "ccpcj-33",
            "build-on-existing-instruments",
            "support",
        ),
    ],
)
def test_blind_rounds_300_303_phrasings(body, state, event, topic, polarity):
    assert stances(body, state=state, event=event)[topic][1] == polarity


def test_denying_that_the_text_is_too_narrow_is_no_regret():
    found = stances("We do not agree that the text is too narrow.", state="GBR", event="ahc-6")
    assert found["broad-scope"][1] == "oppose"


# An enumeration of proposals answered later by ordinal: the verdict is said of the
# proposal the ordinal points back to (rounds 308-311).
ENUMERATION = (
    "Three ideas have been put to the Committee this week. The first is to criminalize the "
    "dissemination of extremist content online. The second would oblige service providers to "
    "preserve and disclose data at the request of the competent authorities. The third would "
    "create a voluntary trust fund to finance technical assistance for developing countries. "
    "Let me say a word about each, since they will shape the text. "
)


@pytest.mark.parametrize(
    ("answers", "topic", "polarity"),
    [
        ("The first we cannot accept.", "content-offences", "oppose"),
        (
            "As to the first proposal, my delegation has serious doubts. We reject it.",
            "content-offences",
            "oppose",
        ),
        ("The second has our full support.", "private-sector-obligations", "support"),
        ("On the third, our answer is yes.", "capacity-building", "support"),
        ("Nor can we go along with the second.", "private-sector-obligations", "oppose"),
        ("The last of these proposals is one that Peru supports.", "capacity-building", "support"),
    ],
)
def test_an_answer_by_ordinal_takes_the_position_on_the_proposal_it_points_to(
    answers, topic, polarity
):
    found = stances(ENUMERATION + answers, state="PER", event="ahc-4")
    assert found[topic][1] == polarity
    assert any(answers.split(".")[0] in e for e in found[topic][2])


def test_rejecting_a_proposal_to_delete_or_narrow_by_ordinal_defends_the_topic():
    body = (
        "Two amendments are on the table. First, the proposal to delete the grounds for "
        "refusal that protect human rights. Second, the proposal to limit the chapter on "
        "international cooperation strictly to the offences of the convention. "
        "Our view is simple. The first we firmly reject. The second we cannot support either."
    )
    found = stances(body, state="CHE", event="ahc-5")
    assert found["human-rights-safeguards"][1] == "support"
    assert found["international-cooperation"][1] == "support"


def test_an_ordinal_without_an_enumeration_before_it_is_no_answer():
    body = "The first session of the Committee was held in New York. The first we cannot accept."
    assert "content-offences" not in stances(body, state="PER", event="ahc-4")


def test_refusing_the_reach_of_cooperation_is_no_objection_to_cooperation():
    body = (
        "Two proposals were made. First, the proposal to extend mutual legal assistance to any "
        "criminal offence whatsoever. Second, the proposal to set up a 24/7 network of contact "
        "points for urgent requests. On the first, our answer is no. The second has our support."
    )
    assert stances(body, state="NOR", event="ahc-5")["international-cooperation"][1] == "support"


@pytest.mark.parametrize(
    ("body", "state", "event", "topic", "polarity"),
    [
        (
            "Norway will not be able to support a chapter on cooperation that is not subject to "
            "the conditions and safeguards of the convention.",
            "NOR",
            "ahc-5",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Any measure against online crime must be fully consistent with human rights, in "
            "particular the right to privacy.",
            "URY",
            "ieg-2",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Human rights safeguards are part of our law. We do not view such safeguards as an "
            "obstacle to cooperation.",
            "BRB",
            "ahc-6",
            "human-rights-safeguards",
            "support",
        ),
        (
            "We could accept a general reference to human rights law, but not provisions that "
            "would let a requested State refuse assistance at its own discretion.",
            "SAU",
            "ahc-6",
            "human-rights-safeguards",
            "mixed",
        ),
        (
            "We would oppose any proposal to give non-governmental organizations a formal role "
            "in the review of implementation.",
            "EGY",
            "ahc-6",
            "multistakeholder-participation",
            "oppose",
        ),
        (
            "Uruguay will contribute actively to the work of this Group, including by replying "
            "to the questionnaire on cybercrime.",
            "URY",
            "ieg-2",
            "ieg-cybercrime",
            "support",
        ),
        (
            "We would welcome contributions from academia and civil society to the study, on the "
            "understanding that the Group itself remains intergovernmental.",
            "URY",
            "ieg-2",
            "multistakeholder-participation",
            "support",
        ),
        (
            "The convention should also address the use of networks to disseminate terrorist "
            "and extremist content.",
            "IRN",
            "ahc-2",
            "content-offences",
            "support",
        ),
    ],
)
def test_blind_rounds_308_311_phrasings(body, state, event, topic, polarity):
    assert stances(body, state=state, event=event)[topic][1] == polarity


def test_what_a_treaty_should_deal_with_is_no_view_on_having_one():
    body = (
        "In our view, a cybercrime treaty should deal with the offences that our citizens "
        "actually suffer from, such as online fraud."
    )
    assert "un-cybercrime-convention" not in stances(body, state="KEN", event="ahc-7")


def test_an_ordinal_as_the_object_of_a_verdict():
    body = (
        ENUMERATION
        + "We cannot support the first, which would criminalize speech. We support the second "
        "and the third, which in our view belong together."
    )
    found = stances(body, state="PER", event="ahc-4")
    assert found["content-offences"][1] == "oppose"
    assert found["private-sector-obligations"][1] == "support"
    assert found["capacity-building"][1] == "support"


def test_two_views_side_by_side_answered_by_the_latter():
    body = (
        "As regards service providers, some delegations proposed that their obligations be "
        "limited to preserving data, while others proposed that providers should also be "
        "required to produce subscriber information at the request of the competent "
        "authorities. Ecuador supports the latter."
    )
    found = stances(body, state="ECU", event="ahc-3")
    assert found["private-sector-obligations"][1] == "support"
    assert any(e == "Ecuador supports the latter." for e in found["private-sector-obligations"][2])


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "The Council of Europe has long delivered capacity-building on cybercrime, and we see "
            "no reason why assistance under this Convention should duplicate that work.",
            "capacity-building",
            "support",
        ),
        (
            "Some have argued that the two conventions are in competition. We have never seen "
            "it that way.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "We have heard this week that safeguards can be addressed at a later stage, once "
            "cooperation is running. We do not agree.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Some delegations have suggested that a protocol should address extremist content "
            "and other acts that were deliberately left out of the text. We do not share this "
            "view.",
            "content-offences",
            "oppose",
        ),
    ],
)
def test_blind_rounds_316_319_phrasings(body, topic, polarity):
    assert stances(body, state="LIE", event="ahc-7")[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We also heard, once again, that the convention should include offences relating to "
            "the dissemination of information harmful to social stability. Norway's answer has "
            "not changed since the first session: no.",
            "content-offences",
            "oppose",
        ),
        (
            "Some delegations called for offences relating to extremism. We cannot accept any "
            "such offence in this convention.",
            "content-offences",
            "oppose",
        ),
    ],
)
def test_blind_rounds_320_323_phrasings(body, topic, polarity):
    assert stances(body, state="NOR", event="ahc-7r")[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            # disagreeing with a ban others would place on the topic defends it
            "The representative of the European Union stated that the protocol must not be "
            'used to "bring in" content-related offences. We cannot agree with such an '
            "interpretation.",
            "content-offences",
            "support",
        ),
        (
            # (said in one's own voice, the ban is opposition)
            'The protocol must not be used to "bring in" content-related offences.',
            "content-offences",
            "oppose",
        ),
    ],
)
def test_answers_to_a_ban_others_place_on_the_topic(body, topic, polarity):
    assert stances(body, state="RUS", event="ahc-7")[topic][1] == polarity


# Proposals answered one at a time, with the sponsors named in an aside, and the last two
# answered together by "the former" and "the latter" (rounds 324-327).
ANSWERED_IN_TURN = (
    "Three proposals have been made on this chapter. The first proposal, tabled by one "
    "delegation and supported by some other delegations, would add new offences on the "
    "dissemination of extremist content. Our delegation cannot accept the first proposal. "
    "Such offences are defined by what people say. They would be used against journalists. "
    "The second proposal, made by a group of delegations, is to add a general clause under "
    "which offences established under other United Nations conventions would fall within the "
    "scope of the convention when committed through the use of a computer system. The third "
    "proposal is to limit the chapter to the core cyber-dependent offences, leaving all other "
    "cyber-enabled crimes to existing instruments. "
)


@pytest.mark.parametrize(
    ("answers", "topic", "polarity"),
    [
        ("", "content-offences", "oppose"),
        (
            "We support the latter and have serious reservations about the former.",
            "broad-scope",
            "oppose",
        ),
        ("We can support the former. We cannot support the latter.", "broad-scope", "support"),
    ],
)
def test_proposals_answered_in_turn_and_the_last_two_as_former_and_latter(answers, topic, polarity):
    found = stances(ANSWERED_IN_TURN + answers, state="EST", event="ahc-6")
    assert found[topic][1] == polarity
    if answers:
        assert any(answers.split(".")[0] in e for e in found[topic][2])


def test_two_views_in_two_sentences_answered_by_the_former():
    body = (
        "Two proposals were made once again. Some delegations have proposed new articles on "
        "the dissemination of false information and on extremist activities. Other "
        "delegations would restrict the chapter to the core offences against computer systems. "
        "Brazil cannot support the former. As for the latter, we understand the concern that "
        "motivates it, but we do not share its conclusion."
    )
    found = stances(body, state="BRA", event="ahc-5")
    assert found["content-offences"][1] == "oppose"
    assert any("cannot support the former" in e for e in found["content-offences"][2])
    # (refusing to restrict the chapter to the core offences is a wider scope)
    assert found["broad-scope"][1] == "support"


@pytest.mark.parametrize(
    ("body", "event", "topic", "polarity"),
    [
        (
            "Peru signs the Convention today with conviction.",
            "ahc-7r",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "Today, the European Union signs the United Nations Convention against Cybercrime.",
            "hanoi-signing-2025",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "The Budapest Convention cannot serve as the yardstick for a universal treaty.",
            "unga-79",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "We have heard calls for the protocol to add new offences, from the dissemination of "
            "so-called extremist materials to the spreading of false information. The European "
            "Union does not share this approach.",
            "ahc-7r",
            "content-offences",
            "oppose",
        ),
        (
            "Some partners propose that non-governmental organizations be given a role in the "
            "country reviews. We consider this unacceptable.",
            "ahc-7r",
            "multistakeholder-participation",
            "oppose",
        ),
        (
            "Technical assistance deserves special attention.",
            "ccpcj-35",
            "capacity-building",
            "support",
        ),
        (
            "The impact of the Convention will depend to a large extent on technical assistance.",
            "ccpcj-35",
            "capacity-building",
            "support",
        ),
        (
            "Peru has consistently held that the United Nations must play the central "
            "coordinating role in countering crime in all its forms.",
            "ccpcj-35",
            "un-central-role",
            "support",
        ),
        (
            "The protocol should establish criminal liability for the dissemination via ICTs of "
            "terrorist and extremist materials.",
            "ahc-7",
            "content-offences",
            "support",
        ),
        (
            "Service providers, many of them headquartered far from our region, must respond "
            "promptly to lawful requests from our authorities.",
            "ahc-7r",
            "private-sector-obligations",
            "support",
        ),
    ],
)
def test_blind_rounds_328_331_phrasings(body, event, topic, polarity):
    assert stances(body, state="PER", event=event)[topic][1] == polarity


def test_look_alikes_of_the_rules_of_rounds_328_331():
    # a condition on signing is no signature
    found = stances(
        "Whether Peru signs the convention will depend on a careful national assessment.",
        state="PER",
        event="ahc-7r",
    )
    assert "un-cybercrime-convention" not in found
    # one member of a list singled out is no view on the whole list
    found = stances(
        "The chapter should focus on cyber-dependent crimes. One cyber-enabled crime deserves "
        "particular attention.",
        state="PER",
        event="ahc-4",
    )
    assert found["broad-scope"][1] == "oppose"
    # the speaker's own proposal, said to have the support of many, stays the speaker's
    found = stances(
        "We propose to restore the reference to the sovereign equality of States, which was "
        "supported by many delegations during the first reading.",
        state="PER",
        event="ahc-5",
    )
    assert found["sovereignty"][1] == "support"
    # asking others to refrain from calling votes defends consensus
    found = stances(
        "We hope the Committee will adopt the text by consensus, and we urge all delegations "
        "to refrain from reopening, or calling votes on, provisions that were carefully "
        "balanced.",
        state="PER",
        event="ahc-7r",
    )
    assert found["consensus-decision-making"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We are not unmindful that consensus, however imperfect, is preferable to a divided "
            "vote on an instrument that is meant to be universal.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We also regret that the obligations of service providers remain modest.",
            "private-sector-obligations",
            "support",
        ),
        (
            "It is not without relief that we note that the text contains no content-related "
            "offences.",
            "content-offences",
            "oppose",
        ),
        (
            "The protection of human rights is important, but it should not become a pretext "
            "for refusing cooperation.",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "Some delegations have argued that the convention should not address the "
            "dissemination of extremist content. Nothing could be further from the truth.",
            "content-offences",
            "support",
        ),
        (
            "Some have suggested that such a convention should address only attacks against "
            "computer systems. We believe it must also reach crimes committed through those "
            "systems.",
            "broad-scope",
            "support",
        ),
        (
            "Peru remains convinced that the United Nations, with the Vienna-based bodies at its "
            "core, must continue to play the central role in coordinating our collective "
            "response to crime.",
            "un-central-role",
            "support",
        ),
    ],
)
def test_blind_rounds_332_335_phrasings(body, topic, polarity):
    assert stances(body, state="PER", event="ahc-7r")[topic][1] == polarity


def test_human_rights_references_neither_necessary_nor_helpful_are_not_supported():
    found = stances(
        "The multiplication of human rights references in the operative part of the text is "
        "neither necessary nor helpful.",
        state="PER",
        event="ahc-7r",
    )
    assert found.get("human-rights-safeguards", ("", "oppose"))[1] != "support"


def test_the_conference_of_the_states_parties_is_an_event_of_the_convention_and_of_crime():
    # (as the Ad Hoc Committee is: a sentence needs no word of the domain there)
    found = stances(
        "Peru firmly supports the central role of the United Nations in combating cybercrime. "
        "Cooperation must respect the sovereignty of States Parties.",
        state="PER",
        event="cosp-1",
    )
    assert found["un-central-role"][1] == "support"
    assert found["sovereignty"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "The Budapest Convention was drafted within the Council of Europe. We do not "
            "consider it a universal standard.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "On the contrary: we do not accept the idea that the private sector can remain "
            "outside the obligations of the convention.",
            "private-sector-obligations",
            "support",
        ),
        (
            "Some delegations have argued that the convention should establish offences related "
            "to the dissemination of so-called false information. Ukraine will not agree to "
            "this.",
            "content-offences",
            "oppose",
        ),
    ],
)
def test_blind_rounds_336_339_phrasings(body, topic, polarity):
    assert stances(body, state="UKR", event="ahc-6")[topic][1] == polarity


def test_refusing_a_kind_of_convention_is_no_stance_on_the_convention():
    body = (
        "Some say a short text would be easier to agree. But do we need a convention that is "
        "easy to agree upon and impossible to apply? We do not think so."
    )
    assert "un-cybercrime-convention" not in stances(body, state="TJK", event="ahc-6")


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Laos supports extending the coverage of the Convention to additional offences "
            "committed through the use of information and communications technologies.",
            "broad-scope",
            "support",
        ),
        (
            "Timely cooperation also requires that service providers operating in our region "
            "respond promptly to lawful requests from competent authorities.",
            "private-sector-obligations",
            "support",
        ),
        (
            "We do not believe that the review of its implementation should become a forum for "
            "assessing the domestic human rights situation of individual States Parties.",
            "human-rights-safeguards",
            "oppose",
        ),
        (
            "We cannot accept a text in which the commitments on technical assistance are "
            "expressed only in hortatory terms while the obligations on criminalization are "
            "mandatory.",
            "capacity-building",
            "support",
        ),
    ],
)
def test_blind_rounds_340_343_phrasings(body, topic, polarity):
    assert stances(body, state="LAO", event="cosp-1")[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We welcome the retention of the article on the protection of sovereignty and would "
            "not support its deletion.",
            "sovereignty",
            "support",
        ),
        (
            "We cannot accept language that reduces technical assistance to a mere possibility, "
            "subject to the availability of resources.",
            "capacity-building",
            "support",
        ),
    ],
)
def test_blind_rounds_344_347_phrasings(body, topic, polarity):
    assert stances(body, state="NGA", event="ahc-7")[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The vote conceded is a former view; the main clause gives none on the treaty.
        (
            "Even though our Member States did not support resolution 74/247 when it was put "
            "to a vote, the European Union has engaged constructively in the negotiations.",
            None,
        ),
        (
            "Although we abstained on resolution 74/247 at the time, we now support the United "
            "Nations convention against cybercrime and will sign it.",
            "support",
        ),
        # Without the concession the refusal is the speaker's view.
        ("We did not support resolution 74/247 and our concerns have not disappeared.", "oppose"),
    ],
)
def test_a_vote_conceded_in_the_past_is_not_the_present_view(body, expected):
    found = stances(body, state="EU", event="ahc-7")
    assert found.get("un-cybercrime-convention", (None, None))[1] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Content-related offences should be excluded from the convention.",
        "We believe that content-related offences should be left outside the convention.",
        "Content-related offences should remain outside the scope of the convention.",
        # the list with a serial comma keeps the call for removal
        "Offences such as extremism, the dissemination of false information, and the "
        "justification of terrorism should be left outside the convention.",
    ],
)
def test_a_call_to_leave_the_topic_out_opposes_it(body):
    found = stances(body, state="NOR", event="ahc-4")
    assert found["content-offences"][1] == "oppose"
    # an offence kept out of the text says nothing about fighting terrorism
    assert "counter-terrorism" not in found


@pytest.mark.parametrize(
    "body",
    [
        "Content-related offences must not be excluded from the convention.",
        # the removal is what others call for, in a clause of its own
        "Content-related offences are a real threat, and we believe that they must be covered.",
    ],
)
def test_what_is_not_to_be_left_out_is_supported(body):
    assert stances(body, state="EGY", event="ahc-4")["content-offences"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We regret that offences relating to extremist content are left outside the "
            "criminalization chapter.",
            "content-offences",
            "support",
        ),
        (
            "Canada does not believe that a new international legal instrument on cybercrime "
            "is needed at this time.",
            "un-cybercrime-convention",
            "oppose",
        ),
        (
            "India has not found it appropriate to accede to the Budapest Convention.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "The Budapest Convention, whatever its merits for its own parties, was never the "
            "product of universal participation, and my country has no intention of acceding "
            "to it.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "Some delegations present the Budapest Convention as the global standard. We "
            "respect the choice of the States that have joined it. But an instrument "
            "negotiated within a regional organization, without the participation of most of "
            "the world's States, cannot serve as the global framework.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "A treaty on international cooperation will only be effective if it is broadly "
            "accepted, and a process launched by a divided vote begins with a deficit of "
            "ownership.",
            "consensus-decision-making",
            "support",
        ),
    ],
)
def test_blind_rounds_348_351_phrasings(body, topic, polarity):
    assert stances(body, state="IRN", event="ahc-4")[topic][1] == polarity


def test_topics_of_the_convention_need_no_context_word_at_its_conference():
    body = "We also attach great importance to technical assistance and capacity building."
    assert stances(body, state="IRN", event="cosp-1")["capacity-building"][1] == "support"
    # elsewhere the words may be about anything
    assert "capacity-building" not in stances(body, state="IRN", event=None)


@pytest.mark.parametrize(
    "body",
    [
        "We listened carefully to the distinguished delegate of the Russian Federation. He "
        "proposed new articles on the dissemination of false information and on "
        "extremism-related offences. Japan cannot support the inclusion of these articles in "
        "the convention.",
        # the answer after the others' reasons and what the speaker grants them
        "We listened carefully to the distinguished delegate of the Russian Federation. He "
        "proposed new articles on the dissemination of false information and on "
        "extremism-related offences. He explained that such conduct causes real harm. We do "
        "not doubt that these are serious concerns for many States. Japan cannot, however, "
        "support the inclusion of these articles in the convention.",
    ],
)
def test_a_delegates_proposal_answered_a_few_sentences_on(body):
    holder, polarity, evidence = stances(body, state="JPN", event="ahc-3")["content-offences"]
    assert (holder, polarity) == ("JPN", "oppose")
    assert evidence[-1].startswith("Japan cannot")


def test_a_delegates_proposal_without_an_answer_is_not_the_speakers():
    body = (
        "We listened carefully to the distinguished delegate of the Russian Federation. He "
        "proposed new articles on the dissemination of false information and on "
        "extremism-related offences."
    )
    assert "content-offences" not in stances(body, state="JPN", event="ahc-3")


def test_a_need_not_seen_then_or_now_is_denied():
    body = (
        "We did not see then, and do not see now, the need for a new international legal "
        "instrument on cybercrime, since the gaps lie mainly in implementation and capacity."
    )
    assert stances(body, state="EU", event="ahc-6")["un-cybercrime-convention"][1] == "oppose"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # others named as a State, or heard proposing
        (
            "The United Kingdom stated that the convention should cover only a narrow set of "
            "cyber-dependent crimes. We disagree.",
            "broad-scope",
            "support",
        ),
        (
            "We also heard the Russian and Belarusian delegations propose to criminalise "
            "extremist content and the dissemination of false information. Ukraine cannot "
            "accept offences of this kind in the convention.",
            "content-offences",
            "oppose",
        ),
        (
            "Some delegations have maintained that references to human rights would turn a "
            "criminal justice instrument into a human rights treaty. Mexico does not share "
            "that view.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "Some delegations have proposed offences requiring the removal of content inciting "
            "extremism. We cannot accept this.",
            "content-offences",
            "oppose",
        ),
        (
            "Some delegations present the Budapest Convention as the standard. With all due "
            "respect to its Parties, an instrument negotiated by a limited number of States "
            "cannot be regarded as the global framework.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "Respect for human rights and fundamental freedoms in this convention is not a "
            "regional preference; it is an obligation.",
            "human-rights-safeguards",
            "support",
        ),
        (
            "The EU does not see a need to extend criminalisation to content-related offences.",
            "content-offences",
            "oppose",
        ),
    ],
)
def test_blind_rounds_352_355_phrasings(body, topic, polarity):
    assert stances(body, state="MEX", event="ahc-6")[topic][1] == polarity


def test_an_act_put_off_is_not_refused():
    assert "un-cybercrime-convention" not in stances(
        "Türkiye will not sign the Convention today.", state="TUR", event="ahc-7r"
    )
    assert (
        stances("Türkiye will not sign the Convention.", state="TUR", event="ahc-7r")[
            "un-cybercrime-convention"
        ][1]
        == "oppose"
    )


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        # a speaker reported by title is the speaker, not another delegation
        (
            "The Assistant Minister stated that Egypt welcomes the approval of the draft United "
            "Nations convention against cybercrime.",
            "un-cybercrime-convention",
            "support",
        ),
        # the others' aim, not a consequence they fear
        (
            "Some delegations seek to turn this convention into a human rights instrument. We "
            "do not share that view.",
            "human-rights-safeguards",
            "oppose",
        ),
    ],
)
def test_look_alikes_of_views_attributed_to_others(body, topic, polarity):
    assert stances(body, state="EGY", event="ahc-7r")[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "We have said from the beginning that a convention of this importance should be "
            "carried by consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "We do not share, however, the view that this convention should become a general "
            "instrument for cooperation on any criminal offence whatsoever, regardless of its "
            "gravity.",
            "broad-scope",
            "oppose",
        ),
        (
            "Nor can we accept the notion, advanced by some, that this convention should "
            "simply mirror a regional instrument negotiated by a limited group of States.",
            "join-budapest-convention",
            "oppose",
        ),
        (
            "Some delegations have suggested that the inclusion of so-called cyber-enabled "
            "offences would lead to duplication with existing instruments. The Belarusian "
            "delegation does not share this view.",
            "broad-scope",
            "support",
        ),
        (
            "Limiting the convention to a handful of offences against computer systems would "
            "have left us with a convention of little practical use.",
            "broad-scope",
            "support",
        ),
    ],
)
def test_blind_rounds_356_359_phrasings(body, topic, polarity):
    assert stances(body, state="BLR", event="ahc-7r")[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "On decision-making, CARICOM values consensus and will work to achieve it.",
            "consensus-decision-making",
            "support",
        ),
        (
            "CARICOM is committed to a convention that is effective, inclusive and implementable.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "Neither, however, should the existence of that Working Group be invoked as a "
            "reason to narrow the scope of this convention.",
            "broad-scope",
            "support",
        ),
        (
            "The Group further regrets the absence from the current text of offences relating "
            "to incitement to terrorism and violent extremism.",
            "content-offences",
            "support",
        ),
    ],
)
def test_blind_rounds_360_363_phrasings(body, topic, polarity):
    assert stances(body, state="JAM", event="ahc-7")[topic][1] == polarity


def test_values_as_a_noun_after_a_name_is_no_cue():
    body = "European values are at stake in the debate on consensus in this Committee."
    assert "consensus-decision-making" not in stances(body, state="JAM", event="ahc-7")


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "The Group supports a convention whose scope covers not only offences against the "
            "confidentiality, integrity and availability of computer systems and data, but also "
            "the serious crimes that are increasingly committed by means of information and "
            "communications technologies.",
            "broad-scope",
            "support",
        ),
        (
            "Some of our partners continue to promote the Budapest Convention as a so-called "
            "global standard. We do not think that a regional instrument, drafted by a narrow "
            "circle of States without the participation of the majority of the world, can play "
            "that role.",
            "join-budapest-convention",
            "oppose",
        ),
    ],
)
def test_blind_rounds_364_367_phrasings(body, topic, polarity):
    assert stances(body, state="NGA", event="ccpcj-32")[topic][1] == polarity


def test_what_lacks_the_topic_denied_trust_makes_the_topic_a_condition():
    # (the pattern for "that does not …" was shadowed by a second of the same name for
    # "that lacks …" from 2026-11-28 01:51 until both got names of their own)
    body = "A convention that does not respect human rights will not enjoy our citizens' trust."
    assert stances(body, state="CHE", event="ahc-6")["human-rights-safeguards"][1] == "support"
    body = "We will not support a convention that lacks robust human rights safeguards."
    assert stances(body, state="USA", event="ahc-6")["human-rights-safeguards"][1] == "support"
    # a status is not something lacking
    body = (
        "Mexico, which is not a party to the Budapest Convention, does not see this process as "
        "a competition between instruments."
    )
    assert (
        stances(body, state="MEX", event="ahc-6").get("join-budapest-convention", ("", ""))[1]
        != "support"
    )


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Unanimity is hard to reach. Consensus is the best guarantee that the convention "
            "will be truly universal.",
            "consensus-decision-making",
            "support",
        ),
        (
            "Some delegations also say the negotiations on the protocol should allow voting, so "
            "that a few countries cannot block them. We disagree.",
            "consensus-decision-making",
            "support",
        ),
        (
            "Several critics now say that the Budapest Convention should be the global "
            "standard. We disagree.",
            "join-budapest-convention",
            "oppose",
        ),
    ],
)
def test_blind_rounds_368_371_phrasings(body, topic, polarity):
    assert stances(body, state="RUS", event="ahc-6")[topic][1] == polarity


def test_what_some_delegations_say_is_not_the_speakers_view():
    body = "Some delegations say that the convention should criminalize extremist content online."
    assert "content-offences" not in stances(body, state="NOR", event="ahc-6")


def test_nor_with_a_parenthesis_still_denies():
    body = (
        "Nor, in our reading, does any provision of the convention require or permit a State "
        "Party to criminalize online content because of its political or religious character."
    )
    assert stances(body, state="NZL", event="ahc-7")["content-offences"][1] == "oppose"


def test_a_protocol_that_must_not_become_a_vehicle_for_the_topic():
    body = (
        "We will approach the negotiation of the protocol on the clear understanding that it "
        "cannot become a vehicle for offences based on the content of speech."
    )
    assert stances(body, state="NZL", event="ahc-7")["content-offences"][1] == "oppose"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Child sexual abuse material is the obvious example, and we fought to make those "
            "provisions as robust as possible.",
            "child-protection",
            "support",
        ),
        (
            "Capacity building was never an afterthought for us.",
            "capacity-building",
            "support",
        ),
        (
            "Mexico calls on all delegations to demonstrate the flexibility necessary to adopt "
            "the convention by consensus, since a text adopted by a vote would send a "
            "discouraging signal about our capacity to agree on a matter of such importance.",
            "consensus-decision-making",
            "support",
        ),
        (
            "Some delegations have proposed the inclusion of offences related to extremism and "
            "to the dissemination of false information. Brazil does not support the inclusion "
            "of such conducts, whose definitions vary considerably between legal systems.",
            "content-offences",
            "oppose",
        ),
        (
            "The Budapest Convention has served us well. We would encourage every country in a "
            "position to do so to accede to Budapest as well.",
            "join-budapest-convention",
            "support",
        ),
    ],
)
def test_blind_rounds_368_375_phrasings(body, topic, polarity):
    assert stances(body, state="BRA", event="ahc-7")[topic][1] == polarity


def test_budapest_the_city_is_no_convention():
    body = "We held a workshop on electronic evidence in Budapest last year with our partners."
    assert "join-budapest-convention" not in stances(body, state="BRA", event="ahc-7")


def test_without_before_the_counter_words_denies_them():
    body = (
        "We firmly believe that the convention should be adopted by consensus, without "
        "resorting to a vote, since only a consensus document can become genuinely universal."
    )
    assert stances(body, state="BLR", event="ahc-7")["consensus-decision-making"][1] == "support"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Colombia is not among those who believe that the convention should be confined to "
            "cyber-dependent offences.",
            "broad-scope",
            "support",
        ),
        (
            "There are still proposals on the table, from Russia and others, to add offences on "
            "extremism and on the dissemination of false information. Canada cannot accept "
            "offences that target speech.",
            "content-offences",
            "oppose",
        ),
        (
            "The Group regrets that the Convention does not yet address the use of information "
            "and communications technologies for incitement to violence and hatred.",
            "content-offences",
            "support",
        ),
    ],
)
def test_blind_rounds_376_383_phrasings(body, topic, polarity):
    assert stances(body, state="EGY", event="ahc-7")[topic][1] == polarity


def test_proposals_on_the_table_are_not_the_speakers():
    body = (
        "There are still proposals on the table, from some delegations, to add offences on "
        "extremism and on the dissemination of false information."
    )
    assert "content-offences" not in stances(body, state="CAN", event="ahc-6")


def test_participation_on_a_non_objection_basis_described_is_no_objection():
    body = (
        "Brazil attaches great importance to the meaningful participation of civil society, "
        "academia and the private sector, on a non-objection basis, in the work of this "
        "Committee."
    )
    assert stances(body, state="BRA", event="ahc-1")["multistakeholder-participation"][1] == (
        "support"
    )


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Technical assistance and capacity building are not a, a secondary chapter.",
            "capacity-building",
            "support",
        ),
        (
            "Finally Madam Chair, we all want to reach consensus.",
            "consensus-decision-making",
            "support",
        ),
        (
            "But a treaty that obliges States to criminalize speech on the basis of vague notions "
            "would put at risk the very freedom of expression that all of us have committed to "
            "protect.",
            "content-offences",
            "oppose",
        ),
    ],
)
def test_blind_rounds_384_387_phrasings(body, topic, polarity):
    assert stances(body, state="EGY", event="ahc-4")[topic][1] == polarity


def test_a_phrase_said_twice_is_read_once_and_quoted_as_said():
    body = "Technical assistance is not a, a secondary chapter for us, and we, we need it."
    found = stances(body, state="EGY", event="ahc-4")
    assert found["capacity-building"][1] == "support"
    # the evidence quotes the text as spoken
    assert found["capacity-building"][2] == [body]


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Some delegations have suggested that the convention should be a short framework "
            "instrument. India does not favour this approach.",
            "framework-convention",
            "oppose",
        ),
        (
            "Human rights should not become a pretext for refusing cooperation or for "
            "interfering in the judicial sovereignty of other States.",
            "sovereignty",
            "support",
        ),
    ],
)
def test_blind_rounds_388_391_phrasings(body, topic, polarity):
    assert stances(body, state="IND", event="ahc-1")[topic][1] == polarity


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Our delegation wants this convention to be concluded, and concluded at this "
            "session, with the widest possible support.",
            "un-cybercrime-convention",
            "support",
        ),
        (
            "Nor do we think it appropriate that the treaty incorporate offences related to "
            "the content of opinions shared online.",
            "content-offences",
            "oppose",
        ),
        (
            "We recognise the valuable input that academia and the technical community have "
            "given to these negotiations. We call for their continued and meaningful "
            "participation in the Conference.",
            "multistakeholder-participation",
            "support",
        ),
        (
            "Nor do we deem it advisable that the convention cover content-related offences.",
            "content-offences",
            "oppose",
        ),
    ],
)
def test_a_wanted_conclusion_and_offences_on_the_content_of_opinions(body, topic, polarity):
    assert stances(body, state="KEN", event="ahc-3")[topic][1] == polarity


def test_a_class_of_states_described_is_not_the_speaker():
    found = stances(
        "For years the talks went nowhere. Countries that were parties to the Budapest "
        "Convention saw no need for a new treaty; others, led by a few large States, argued "
        "that only a universal instrument could be legitimate.",
        state="BRA",
        event=None,
    )
    assert "un-cybercrime-convention" not in found
    assert "join-budapest-convention" not in found


def test_being_among_the_signatories_is_signing():
    found = stances(
        "In Hanoi, delegation after delegation signed the United Nations Convention against "
        "Cybercrime. Our hosts had prepared everything with care, and Brazil was among the "
        "signatories on the first day.",
        state="BRA",
        event=None,
    )
    assert found["un-cybercrime-convention"][:2] == ("BRA", "support")
    assert "Brazil was among the signatories" in found["un-cybercrime-convention"][2][-1]


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "On scope, the Group prefers a comprehensive convention that addresses the full "
            "range of crimes committed through ICTs over a narrow text limited to attacks on "
            "computer systems.",
            "broad-scope",
            "support",
        ),
        (
            "We prefer a focused instrument over one that criminalizes content-related offences.",
            "content-offences",
            "oppose",
        ),
        (
            "Instead of criminalising speech under labels that no two legal systems define "
            "alike, we urge the Committee to keep its focus on conduct that harms people.",
            "content-offences",
            "oppose",
        ),
        (
            "What investigators need from this Committee is a procedural toolbox, rather "
            "than new substantive offences that duplicate existing treaties.",
            "build-on-existing-instruments",
            "support",
        ),
        (
            "Egypt supports a short, closed list of cyber-enabled offences.",
            "broad-scope",
            "oppose",
        ),
    ],
)
def test_what_is_preferred_over_or_instead_of_is_set_aside(body, topic, polarity):
    assert stances(body, state="EGY", event="ahc-4")[topic][1] == polarity


def test_the_drafts_words_quoted_are_not_the_speakers_view_of_them():
    found = stances(
        'One of the provisions would require each State Party to "adopt such legislative '
        "measures as may be necessary to establish as criminal offences the distribution of "
        'materials that call for subversive activities". The European Union cannot accept '
        "them.",
        state="EU",
        event="ahc-4",
    )
    assert found["content-offences"][1] == "oppose"
    assert all("would require" not in e for e in found["content-offences"][2])


def test_a_verdict_on_the_provision_just_quoted():
    found = stances(
        'The same article would allow "relevant non-governmental organizations, academic '
        'institutions and the private sector" to take part as observers. We support retaining '
        "this paragraph. Their participation has served this Committee well, and there is no "
        "reason to give it up.",
        state="JAM",
        event="ahc-5",
    )
    assert found["multistakeholder-participation"][1] == "support"
    assert "We support retaining this paragraph." in found["multistakeholder-participation"][2]


def test_another_delegation_telling_the_committee_is_not_the_speaker():
    found = stances(
        "Last week the head of the delegation of the United States, Mr. John Ashford, told "
        "this Committee that his country would never accept a text that criminalizes speech.",
        state="CUB",
        event="ahc-7",
    )
    assert "content-offences" not in found


def test_safeguards_called_a_luxury_by_others_and_denied():
    found = stances(
        "One delegation told the Conference that human rights safeguards are “a luxury that "
        "the victims of cybercrime cannot afford”. Nothing could be further from the truth.",
        state="EU",
        event="ahc-7",
    )
    assert found["human-rights-safeguards"][1] == "support"


def test_in_a_long_sentence_of_clauses_the_topics_own_clause_speaks():
    found = stances(
        "The European Union and its Member States, which have engaged in this process since "
        "the organizational session in good faith and with the genuine aim of reaching an "
        "instrument that would add value to existing frameworks, and which have shown "
        "flexibility on many questions on which our own preference would have been "
        "different, take note of the draft text and welcome the progress made on many "
        "chapters; however, we cannot accept any criminalization of content.",
        state="EU",
        event="ahc-6",
    )
    assert found["content-offences"][1] == "oppose"


@pytest.mark.parametrize(
    ("body", "topic", "polarity"),
    [
        (
            "Unless the convention addresses the use of ICTs to recruit, to incite and to "
            "finance terrorist acts, we cannot say that it responds to our threats.",
            "content-offences",
            "support",
        ),
        (
            "Unless the text is limited to a narrow list of cyber-dependent offences, we cannot "
            "join it.",
            "broad-scope",
            "oppose",
        ),
        (
            "No convention against cybercrime can be called complete without criminalizing the "
            "online sexual exploitation of children.",
            "child-protection",
            "support",
        ),
        (
            "Only if the Conference preserves the spirit of consensus will its decisions enjoy "
            "the ownership of all States Parties.",
            "consensus-decision-making",
            "support",
        ),
        ("India wants a convention.", "un-cybercrime-convention", "support"),
    ],
)
def test_conditions_that_carry_a_position(body, topic, polarity):
    assert stances(body, state="IND", event="ahc-6")[topic][1] == polarity


def test_bulleted_items_under_sub_headings_keep_the_lead_in():
    found = stances(
        "Let me recall our key priorities for this session:\n\n"
        "- Scope\n   – offences defined with precision and requiring criminal intent;\n"
        "   – procedural powers tied to the offences of the convention.\n\n"
        "- Human rights and safeguards\n"
        "   – robust conditions and safeguards (art. 24) applying to every procedural power;\n"
        "   – a strong article on child sexual abuse material, which protects children.\n",
        state="EU",
        event="ahc-7",
    )
    assert found["human-rights-safeguards"][1] == "support"
    assert any("(art. 24)" in e for e in found["human-rights-safeguards"][2])


@pytest.mark.parametrize(
    ("body", "polarity"),
    [
        (
            "On the proposal to delete paragraph 2 of article 6, our delegations voted no.",
            "support",
        ),
        ("On the proposal to delete article 6, paragraph 2, India abstained.", "mixed"),
        ("On the proposal to delete article 24, we voted in favour.", "oppose"),
    ],
)
def test_a_vote_on_a_proposal_to_delete_a_provision(body, polarity):
    assert stances(body, state="CRI", event="ahc-7r")["human-rights-safeguards"][1] == polarity


def test_the_criminalisation_chapter_named_is_not_criminalising_content():
    found = stances(
        "We note with satisfaction that the criminalisation chapter contains no content-related "
        "offences, and that proposals to criminalise so-called extremism did not find consensus.",
        state="EU",
        event="ahc-7r",
    )
    assert found["content-offences"][1] == "oppose"


def test_what_we_hear_from_partners_is_theirs_and_our_answer_ours():
    found = stances(
        "We hear from some partners that the Budapest Convention should serve as a benchmark "
        "for the new instrument. We cannot agree.",
        state="RUS",
        event="ccpcj-34",
    )
    assert found["join-budapest-convention"][1] == "oppose"


def test_what_some_delegations_tell_us_is_theirs():
    found = stances(
        "Some delegations tell us that the Budapest Convention is sufficient and that all States "
        "should simply join it. We do not think so.",
        state="CHN",
        event="ahc-3",
    )
    assert found["join-budapest-convention"][1] == "oppose"
