"""The built-in metadata extractor: guesses what the user did not say."""

from __future__ import annotations

import re
from functools import cached_property

from .. import codebook, gazetteer, iris
from ..model import Document, Extraction, Metadata, Person, Span
from . import header as hdr

_VENUES = re.compile(
    r"\b(Vienna|New York|Geneva|Hanoi|Nairobi|Bangkok|Kyoto|Doha|Budapest|Palermo)\b"
)


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
            words.update(x for x in (*state.labels, *state.demonyms) if " " not in x)
        return frozenset(words)

    def extract(self, doc: Document) -> Extraction:
        text = doc.text
        end = hdr.header_end(text) or min(len(text), 600)
        header = text[:end]
        values: dict[str, object] = {}
        found = hdr.find_date(header)
        if found:
            values["date"] = found[0]
        values["translation"] = hdr.is_translation(header)
        name, role, offset = hdr.speaker_and_role(header, lambda w: w in self._place_words)
        if name:
            values["speaker"] = name
            if role:
                values["role"] = role
        orgs = hdr.organizations(header, offset)
        if orgs:
            # The speaker's own unit is the most specific one named in the title.
            values["organization"] = orgs[-1][0] if name else orgs[0][0]
        states = [
            c.id
            for c in gazetteer.resolve_overlaps(self._gazetteer.candidates(header))
            if c.kind == "State"
        ]
        if states:
            values["state"] = max(dict.fromkeys(states), key=states.count)
        events = sorted(self._gazetteer.events(header), key=lambda c: c.start)
        if events:
            values["event"] = events[0].id
        venue = _VENUES.search(header)
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
