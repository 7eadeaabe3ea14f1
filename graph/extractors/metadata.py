"""The built-in metadata extractor: guesses what the user did not say."""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property

from .. import codebook, gazetteer, iris
from ..model import Document, Extraction, Metadata, Person, Span
from . import header as hdr
from . import turns as tr
from . import voice
from .persons import is_not_a_name

# Who a speaker speaks for, said in the opening of the speech when the title block
# does not: "I have the honour to speak on behalf of the European Union", "Ghana
# aligns itself with …, and wishes to add … in its national capacity".
_ON_BEHALF = re.compile(
    r"\b(?:on\s+behalf\s+of|greetings\s+(?:of|from))\s+(?:the\s+)?"
    # "on behalf of the Government and people of Ghana", "the warm greetings of the
    # President and the people of the Republic of Ghana"
    r"(?:(?:(?:President|Government|people|King|Queen|Emir|Sultan)\s+(?:and\s+(?:the\s+)?)?)+"
    r"of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_OPENING = 800
# "on behalf of Canada, Australia and my own country, New Zealand": the speaker's own State
# among the several a title names.
_OWN_COUNTRY = re.compile(r"\b(?:my|our)\s+own\s+(?:country|nation|State),?\s+(?:the\s+)?$", re.I)
_SELF_SUBJECT = re.compile(
    r"\s+(?:(?:also|therefore|fully|strongly|firmly|again|always)\s+){0,2}(?:supports|believes|welcomes|"
    r"considers|attaches|reaffirms|reiterates|wishes|would like|thanks|shares|remains|stands|comes|"
    r"joins|has (?:always|long|consistently)|"
    r"is (?:pleased|honoured|honored|committed|convinced|ready))\b"
)
# … or of what it does as a party: "Ghana signs", "Ghana intends to", "Ghana calls on".
_SELF_ACT = re.compile(
    r"\s+(?:(?:also|therefore|fully|strongly|firmly|again|today)\s+)?(?:signs|intends|calls\s+on|"
    r"calls\s+upon|urges|will\s+(?:sign|ratify|continue|implement|prioriti[sz]e|work|spare)|"
    r"supported|welcomed|has\s+been\s+a\s+party|stands\s+ready"
    # "Viet Nam has supported the elaboration of …"
    r"|has\s+(?:supported|welcomed|joined|signed|made|expressed|accepted)"
    # "Russia did not block the consensus", "Russia will take part in …"
    r"|did\s+not\s+(?:block|oppose|object|stand|join|sign)|will\s+take\s+part"
    # "Ghana acceded to the Budapest Convention in 2018", "Ghana continues to …"
    r"|acceded|ratified|continues\s+to"
    # a speech that tells its State's part in the negotiations: "Brazil insisted that …",
    # "Brazil never accepted that …", "Brazil voted to keep them"
    r"|insisted|argued|defended|fought|pushed|voted|never\s+accepted)\b"
)
# The State begins the clause: "… Chair, Costa Rica supports", "Therefore, Peru welcomes".
# A web page's publisher under the speech: "Ministry of Foreign Affairs, Arab Republic of X".
_PUBLISHER_LINE = re.compile(
    r"^[ \t*_]*(?:(?:Permanent )?Mission|Ministry|Embassy|Government|Department|Office)\b"
    r"[^\n]{0,100}$",
    re.M,
)
# "Vienna, Austria, 30 May 2022": a country named as where a dateline's city is, not whom
# the statement speaks for.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t*_]*[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3},[ \t]*$")
_DATELINE_AFTER = re.compile(
    r"[ \t]*(?:[,–—-][ \t]*(?:\d{1,2}\b|(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b)|[*_]*[ \t]*(?:\n|$))"
)
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:original(?:ly)?(?:\s+(?:text|version|language|delivered|written))?(?:\s+in|:)"
    r"|translat\w*\s+(?:from|into)|in\s+the\s+original)\s+(?:the\s+)?$",
    re.I,
)
_CLOSING = re.compile(r"\bThank you(?: (?:very much|for your attention))?,?[^\n]{0,30}\n")
_SENTENCE_START = re.compile(r"(?:^|[.;:]\s+|,\s+|\n\s*)(?:[A-Z][a-z]+,?\s+)?(?:the\s+)?$")
_EU_INSTITUTION = re.compile(
    r"\b(?:European Commission|European External Action Service|Council of the European Union"
    r"|Delegation of the European Union)\b",
    re.IGNORECASE,
)
# "at this session", "the present fifth session": the session the speech is given at.
_THIS_SESSION = re.compile(r"\b(?:this|the present|the current)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _party_named(c: gazetteer.Candidate) -> str | None:
    """The party a name stands for: a State, or the EU (a body that is also a party)."""
    if c.kind == "State" or (c.kind, c.id) == ("Body", "eu"):
        return "EU" if c.id == "eu" else c.id
    return None


_SUBJECT_BEFORE = re.compile(
    r"\b(?:[Oo]n|[Rr]egarding|[Cc]oncerning|[Aa]bout)\s+the\s+(?:[\w-]+\s+)?(?:situation|question|crisis|conflict"
    r"|developments?|events|war|elections?)\s+in\s+(?:the\s+)?$"
)


def _without_dateline_countries(
    header: str, named: list[gazetteer.Candidate]
) -> list[gazetteer.Candidate]:
    """The header's names less a dateline's country ("Vienna, Austria, 30 May 2022"), when
    another party is named: the place is not whom the statement speaks for."""
    parties = [c for c in named if _party_named(c)]
    # "On the situation in Syria" in a briefing's list of contents: a subject, not a party.
    subjects = [c for c in parties if _SUBJECT_BEFORE.search(header, max(0, c.start - 60), c.start)]
    if subjects:
        named = [c for c in named if c not in subjects]
        parties = [c for c in parties if c not in subjects]
    places = [
        c
        for c in parties
        if (
            _DATELINE_BEFORE.search(header, max(0, c.start - 60), c.start)
            and _DATELINE_AFTER.match(header, c.end)
        )
        # ("Unofficial translation – original in Portuguese": a language, not a party)
        or _LANGUAGE_BEFORE.search(header, max(0, c.start - 40), c.start)
    ]
    if len(places) == len(parties):
        return named
    return [c for c in named if c not in places]


def _as_written(phrase: str, header: str, text: str) -> str:
    """``phrase`` of the title-cased ``header`` as the text writes it (in capitals when
    the title block is): the two have the same offsets."""
    m = re.search(r"\s+".join(map(re.escape, phrase.split())), header)
    return re.sub(r"\s+", " ", text[m.start() : m.end()]) if m else phrase


class MetadataExtractor:
    """Speaker, role, organisation, state, event, date, place and translation from the header."""

    name = "metadata"

    @cached_property
    def _gazetteer(self) -> gazetteer.Gazetteer:
        return gazetteer.build(codebook.load())

    @cached_property
    def _place_words(self) -> frozenset[str]:
        words: set[str] = set()
        for state in codebook.load().by_kind("State"):
            words.update((*state.labels, *state.demonyms))
        return frozenset(words)

    def _party(self, named: list[gazetteer.Candidate], opening: str) -> str | None:
        """The State (or the EU) the statement speaks for; ``named``: the header's names."""
        states = [p for c in named if (p := _party_named(c))]
        if states:
            most = max(map(states.count, states))
            tied = [p for p in dict.fromkeys(states) if states.count(p) == most]
            if len(tied) > 1:
                for c in self._gazetteer.candidates(opening):
                    before = opening[max(0, c.start - 40) : c.start]
                    if c.id in tied and _OWN_COUNTRY.search(before):
                        return c.id
            return tied[0]
        for c in gazetteer.resolve_overlaps(self._gazetteer.candidates(opening)):
            if c.kind == "State" or (c.kind, c.id) == ("Body", "eu"):
                if _ON_BEHALF.search(opening[max(0, c.start - 90) : c.start]):
                    return "EU" if c.id == "eu" else c.id
                if re.match(r"\s+aligns\s+itself\b", opening[c.end :]):
                    return c.id
        # "… the Dominican Republic supports the elaboration …": a State speaking of
        # itself in the third person, as the subject of a verb of position.
        for c in gazetteer.resolve_overlaps(self._gazetteer.candidates(opening)):
            if (
                c.kind == "State"
                and _SELF_SUBJECT.match(opening, c.end)
                and _SENTENCE_START.search(opening[max(0, c.start - 30) : c.start])
            ):
                return c.id
        return None

    def _self_named(self, speech: str) -> str | None:
        """The State a speech names as the subject of its own positions throughout
        ("Ghana welcomes …", "Ghana calls on …", "Ghana will …"), when neither the title
        nor the opening says whom it speaks for: at least twice, and more than any other."""
        counts: dict[str, int] = {}
        for c in gazetteer.resolve_overlaps(self._gazetteer.candidates(speech)):
            if (
                c.kind == "State"
                and (_SELF_SUBJECT.match(speech, c.end) or _SELF_ACT.match(speech, c.end))
                and _SENTENCE_START.search(speech[max(0, c.start - 30) : c.start])
            ):
                counts[c.id] = counts.get(c.id, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            return ranked[0][0]
        return None

    def _publisher(self, text: str) -> str | None:
        """The one State named on the publisher's lines below the speech's closing words."""
        tail = text[-1500:]
        closing = list(_CLOSING.finditer(tail))
        if not closing:
            return None
        states = {
            c.id
            for line in _PUBLISHER_LINE.finditer(tail, closing[-1].end())
            for c in gazetteer.resolve_overlaps(self._gazetteer.candidates(line.group()))
            if c.kind == "State"
        }
        return states.pop() if len(states) == 1 else None

    def _record(
        self, text: str, named: list[gazetteer.Candidate]
    ) -> tuple[str, tr.Turn | None] | None:
        """The party a record of several delegations' turns is published as, and its first
        turn: the delegation the title names, else the one that speaks longest."""
        size: dict[str, int] = {}
        first: dict[str, tr.Turn] = {}
        every = tr.reported_turns(text) or tr.turns(text)
        for t in every:
            party = None if t.presiding else self._turn_party(text, t)
            if party:
                size[party] = size.get(party, 0) + t.end - t.start
                first.setdefault(party, t)
        if len(size) < 2:
            return None
        # (a title block runs at most to the record's first turn)
        titled = self._party([c for c in named if c.end <= every[0].start], "")
        if titled and (
            voice.lead_speech(text, hdr.header_end(text), every[0].start)
            or (titled not in size and tr.is_reply(text))
        ):
            # A mission's own statement, then its account of what others said (or its reply,
            # its own words between those of the others it answers).
            return titled, None
        party = titled if titled in size else max(size, key=lambda p: size[p])
        return party, first[party]

    def _name_in_detail(self, detail: str) -> tuple[str | None, str | None]:
        """A turn's parenthesis that begins with a person's name and goes on with a role,
        when the name names no State or body."""
        head, _, role = detail.partition(",")
        head = head.strip()
        if not role.strip() or not re.fullmatch(hdr.CAPITALISED_NAME, head):
            return None, None
        if any(is_not_a_name(w) for w in head.split()) or self._gazetteer.candidates(head):
            return None, None
        return head, role.split(",")[0].strip() or None

    def _turn_party(self, text: str, turn: tr.Turn) -> str | None:
        heading = text[turn.start : turn.body]
        if turn.who.isupper():
            # "REPUBLIC OF MOLDOVA (Mr. A. Person, …):" read in title case (same offsets)
            heading = heading.replace(turn.who, hdr.caps_to_title(turn.who), 1)
        named = gazetteer.resolve_overlaps(self._gazetteer.candidates(heading))
        return tr.party_of(text, turn, ((c.kind, c.id, turn.start + c.start) for c in named))

    @staticmethod
    def _held_on(event_id: str, day: str) -> bool:
        try:
            return codebook.load().held_on(event_id, date.fromisoformat(day))
        except ValueError:
            return False

    @staticmethod
    def _session_instead(event_id: str, day: str) -> str | None:
        try:
            return codebook.load().session_instead(event_id, date.fromisoformat(day))
        except ValueError:
            return None

    def _event_on(self, named: list[gazetteer.Candidate], day: str) -> str | None:
        """The session of a body named in the header that ``day`` falls in."""
        try:
            when = date.fromisoformat(day)
        except ValueError:
            return None
        book = codebook.load()
        for c in named:
            if c.kind == "Body":
                event = book.event_on(c.id, when)
                if event:
                    return event
        return None

    def extract(self, doc: Document) -> Extraction:
        text = doc.text
        end = hdr.header_end(text) or min(len(text), 600)
        header = hdr.caps_to_title(text[:end], hdr.codebook_acronyms())
        values: dict[str, object] = {}
        found = hdr.find_date(header)
        if found and hdr.is_stamp(header, found):
            # A page's posting stamp gives way to the dateline of the news lead below it.
            lead = text[end : end + 400].lstrip()
            found = hdr.lead_date(lead, found) or found
        if found and hdr.is_span_end(header, found):
            # "Vienna, 11–21 April 2023" above, "Vienna, 18 April 2023" under the speech
            found = hdr.closing_date(text, end, found[0]) or found
        if not found:
            # "… Thank you, Madam Chair.\n\nNew York, 29 January 2024": dated at its end
            found = hdr.closing_date(text, end)
        if found:
            values["date"] = found[0]
        values["translation"] = hdr.is_translation(header) or hdr.has_translation_note(text)
        name, role, offset = hdr.speaker_and_role(
            header, lambda w: w in self._place_words, is_not_a_name
        )
        if name and (byline := hdr.interviewer_byline(header, name)) is not None:
            # "… interview\n\nAmbassador A. Person, …, on ratification\n\nBy J. Reporter":
            # an interview's byline names the journalist, not the one who speaks.
            unsigned = header[: byline[0]] + " " * (byline[1] - byline[0]) + header[byline[1] :]
            name, role, offset = hdr.speaker_and_role(
                unsigned, lambda w: w in self._place_words, is_not_a_name
            )
        if name:
            values["speaker"] = name
            if role:
                values["role"] = _as_written(role, header, text)
        if not name:
            # A ministry's news page: the lead quotes the official in the third person.
            # ("PRESS APPROACH BY AMBASSADOR A. PERSON, …": a title in capitals)
            name, role, at = hdr.news_lead_speaker(
                hdr.caps_to_title(text[: end + _OPENING], hdr.codebook_acronyms()),
                is_not_a_name,
            )
            if name:
                values["speaker"] = name
                offset = at
                if role:
                    values["role"] = role
        note = None if values.get("role") else hdr.author_note(text)
        note_state = None
        if note is not None and (not name or note[0] in (None, name)):
            # An article: the note on its author under it gives the office (and the name
            # when the byline had none).
            if not name and note[0]:
                name = note[0]
                values["speaker"] = name
                offset = text.rfind(name)
            values["role"] = note[1]
            if note[2]:
                owner = {c.id for c in self._gazetteer.candidates(note[2]) if c.kind == "State"}
                if len(owner) == 1:
                    note_state = owner.pop()
        signed = hdr.signature_block(text)
        if signed is not None and not (name and found):
            # A speech sent as a message, signed at its end ("--\nA. Person\nDeputy Head
            # of Delegation\n…\nVienna, 1 June 2022").
            block = text[signed : hdr.signature_end(text, signed)]
            # "As delivered – reconvened concluding session of the Ad Hoc Committee, New
            # York, 8 August 2024" on the line above the signature.
            trailer = hdr.trailer_line(text, signed)
            if not found and (found := hdr.find_date(trailer) or hdr.find_date(block)):
                values["date"] = found[0]
            if not name:
                name, role, at = hdr.speaker_and_role(
                    block, lambda w: w in self._place_words, is_not_a_name
                )
                if name:
                    values["speaker"] = name
                    offset = signed + at
                    if role:
                        values["role"] = role
            values["translation"] = values["translation"] or hdr.is_translation(block)
            header = "\n\n".join([header, trailer, block])
        orgs = hdr.organizations(header, offset)
        if orgs:
            # The speaker's own unit is the most specific one named in the title.
            # (not the close of a turn's parenthesis: "… Ministry of Foreign Affairs):")
            values["organization"] = (orgs[-1][0] if name else orgs[0][0]).rstrip(" ):;,")
        named = _without_dateline_countries(
            header, gazetteer.resolve_overlaps(self._gazetteer.candidates(header))
        )
        turn = tr.speaker_turn(text)
        record = self._record(text, named)
        if record is not None and (record[1] is None or tr.reported_turns(text)):
            # A record in the third person of several delegations' turns.
            party, said = record
            if not name and said is not None and said.detail:
                name, offset = said.detail, text.find(said.detail, said.start)
                values["speaker"] = name
        elif turn is not None:
            if record is not None:
                # A verbatim record of several delegations: the one it is published as.
                turn = record[1] or turn
            # A transcript: the speaker's turn says who speaks and for whom; the chair's
            # turns before it (and the chair's country) do not.
            end = min(end, turn.start)
            if hdr.is_translation(text[turn.start : turn.body]):
                values["translation"] = True
            party = (record[0] if record else None) or (
                self._turn_party(text, turn)
                or self._party(named, text[turn.body : turn.body + _OPENING])
            )
            if not name:
                name, role = turn.person
                if not name and turn.detail and party and not turn.who.istitle():
                    # "MEXICO (José Ángel Treviño Ochoa, Deputy Legal Adviser, Ministry of
                    # Foreign Affairs):": a name without an honorific, then the role.
                    name, role = self._name_in_detail(turn.detail)
                offset = text.find(name, turn.start, turn.body) if name else -1
                if name and " " not in name:
                    # "MS. WHITCOMBE (New Zealand):" after the chair's "I give the floor to
                    # New Zealand, Ms. Hannah Whitcombe, Legal Adviser of …": the full name.
                    fuller = tr.introduced(text[: turn.start], name)
                    if fuller:
                        name, role, offset = fuller[0], fuller[1] or role, fuller[2]
                if name:
                    values["speaker"] = name
                    if role:
                        values["role"] = role
        else:
            party = (
                self._party(named, text[end : end + _OPENING])
                or self._self_named(text[end:])
                or self._publisher(text)
            )
        if not party and isinstance(values.get("role"), str):
            # "Deputy Permanent Representative of Brazil to the United Nations": the one
            # State the speaker's office names, when nothing else says whom they speak for.
            offices = {
                c.id for c in self._gazetteer.candidates(str(values["role"])) if c.kind == "State"
            }
            if len(offices) == 1:
                party = offices.pop()
        if not party and _EU_INSTITUTION.search(header):
            # "Introductory remarks of A. Person, Deputy Director-General, on behalf of the
            # European Commission": an institution of the Union speaks for the EU.
            party = "EU"
        if not party and note_state:
            # ("… is Ghana's Permanent Representative …" in the note on the author)
            party = note_state
        if party:
            values["state"] = party
        events = sorted(self._gazetteer.events(header), key=lambda c: c.start)
        if not events and signed is not None:
            # "—\nAd Hoc Committee on Cybercrime, reconvened concluding session\nNew York\n1
            # August 2024" under the speech: the session its footer names.
            footer = text[signed : hdr.signature_end(text, signed)]
            events = sorted(self._gazetteer.events(footer), key=lambda c: c.start)
        opening = text[end : end + _OPENING]
        here = [
            c
            for c in sorted(self._gazetteer.events(opening), key=lambda c: c.start)
            if _THIS_SESSION.search(opening, max(0, c.start - 30), c.start)
        ]
        if not here and found:
            # "On 25 October 2025, at the signing ceremony … in Hanoi": an event named in
            # the opening whose dates hold the statement's date.
            here = [c for c in self._gazetteer.events(opening) if self._held_on(c.id, found[0])]
        if events:
            values["event"] = events[0].id
            if found:
                # "Chair of the thirty-first session …, at the opening of the thirty-second
                # session": of the sessions a title names, the one under way on its date.
                held = [c.id for c in events if self._held_on(c.id, found[0])]
                # A session misnamed in the title ("the seventh session", dated during
                # the reconvened one): the session of the body that the date falls in.
                values["event"] = (
                    (held[0] if held else None)
                    or self._session_instead(events[0].id, found[0])
                    or events[0].id
                )
        elif here:
            # No session in the title, but the speech opens "at this reconvened
            # concluding session of the Ad Hoc Committee".
            values["event"] = here[0].id
        elif found:
            # "Statement at the adoption … by the General Assembly, 24 December 2024":
            # the session of a body named in the title that the date falls in.
            event = self._event_on(named, found[0])
            if event:
                values["event"] = event
        venue = hdr.VENUE.search(header)
        if venue:
            values["place"] = venue.group(1)
        guessed = Metadata(**values, guessed=frozenset(values))  # type: ignore[arg-type]
        metadata = doc.metadata.merged_over(guessed)
        persons: tuple[Person, ...] = ()
        if metadata.speaker:
            span = None
            if name and name == metadata.speaker and offset >= 0:
                span = Span(offset, offset + len(name), text[offset : offset + len(name)])
                if span.text != name:  # the name wraps a line in the header
                    span = None
            persons = (
                Person(
                    id=iris.slug(metadata.speaker),
                    name=metadata.speaker,
                    role=metadata.role,
                    organization=metadata.organization,
                    state=metadata.state,
                    span=span,
                ),
            )
        return Extraction(document=doc, metadata=metadata, persons=persons)
