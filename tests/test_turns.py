"""Statements published as transcripts or meeting records: the speaker's turn is the
statement, the presiding officer's turns around it are not."""

from __future__ import annotations

from graph import pipeline
from graph.extractors.turns import speaker_turn, turns
from graph.model import Document

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
