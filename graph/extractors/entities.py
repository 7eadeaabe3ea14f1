"""The built-in entity extractor: states, instruments, bodies, resolutions, events."""

from __future__ import annotations

from functools import cached_property

from .. import codebook, gazetteer, sentences
from ..model import Document, Extraction, Mention, Span
from . import header as hdr
from . import persons


class EntityExtractor:
    """Codebook entities named in the speech (gazetteer, patterns, resolution numbers)."""

    name = "entities"

    @cached_property
    def _book(self) -> codebook.Codebook:
        return codebook.load()

    @cached_property
    def _gazetteer(self) -> gazetteer.Gazetteer:
        return gazetteer.build(self._book)

    def _context_bodies(self, doc: Document) -> list[str]:
        organizer = self._book.organizer_of(doc.metadata.event)
        return [organizer] if organizer else []

    def extract(self, doc: Document) -> Extraction:
        text = doc.text
        spans = sentences.boilerplate_spans(text)
        candidates = self._gazetteer.candidates(text, self._context_bodies(doc))
        candidates += self._gazetteer.events(text)
        kept = [
            c
            for c in gazetteer.resolve_overlaps(candidates)
            if not any(b0 <= c.start < b1 for b0, b1 in spans)
        ]
        labels = {e.id: e.label for e in self._book.entities}
        mentions = gazetteer.to_mentions(text, kept, labels)
        head = text[: hdr.header_end(text) or min(len(text), 600)]
        for name, start, end in hdr.organizations(head):
            state = doc.metadata.state
            org_id = f"{state or 'x'}-{name}"
            mentions.append(
                Mention("Organization", org_id, Span(start, end, text[start:end]), name, "header")
            )
        named = persons.named_persons(text, spans)
        return Extraction(document=doc, mentions=tuple(mentions), persons=tuple(named))
