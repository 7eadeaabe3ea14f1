"""The built-in entity extractor: states, instruments, bodies, resolutions, events."""

from __future__ import annotations

import dataclasses
import re
from functools import cached_property

from .. import codebook, gazetteer, sentences, textview
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

    @cached_property
    def _session_hosts(self) -> frozenset[str]:
        """Bodies with numbered sessions (not the UN's named conferences)."""
        return frozenset(
            e.organizer for e in self._book.by_kind("Event") if e.organizer and not e.patterns
        )

    @cached_property
    def _unreported(self) -> frozenset[str]:
        """Bodies outside the codebook's entities, known only for their sessions."""
        return frozenset(e.id for e in self._book.by_kind("Body") if e.outside_codebook)

    def _context_bodies(self, doc: Document, cased: str) -> list[str]:
        organizer = self._book.organizer_of(doc.metadata.event)
        if organizer or doc.metadata.event:
            return [organizer] if organizer else []
        # A speech given outside any session (a lecture, a hearing) that tells the story
        # of the Ad Hoc Committee: its "fourth session" is the Committee's, the body with
        # sessions that the speech names most often, by name or as "the Committee" (of a
        # tie, the first named).
        hosts = self._session_hosts
        named = [
            c.id
            for c in gazetteer.resolve_overlaps(self._gazetteer.candidates(cased))
            if c.kind == "Body" and c.id in hosts
        ]
        if not named:
            return []

        def times(body: str) -> int:
            entity = self._book.entity("Body", body)
            labels = entity.context_labels if entity else ()
            return named.count(body) + sum(
                len(re.findall(rf"\b{re.escape(label)}\b", cased)) for label in labels
            )

        return [max(dict.fromkeys(named), key=times)]

    def _former_states(self, doc: Document) -> frozenset[str]:
        """States that had ceased to exist before the statement's year: a speech names
        them as history ("in 1968 it invaded Czechoslovakia"), not as actors."""
        year = (doc.metadata.date or "")[:4]
        if not year.isdigit():
            return frozenset()
        return frozenset(
            e.id
            for e in self._book.entities
            if e.kind == "State" and e.dissolved and e.dissolved.year < int(year)
        )

    def extract(self, doc: Document) -> Extraction:
        text = doc.text
        spans = sentences.boilerplate_spans(text)
        # A paragraph in another language still names States as written in English
        # ("Saudamos as delegações de Portugal, de Angola e de Cabo Verde") and resolutions
        # by their numbers ("la résolution 74/247").
        speech_spans = sentences.boilerplate_spans(text, foreign=False)
        # Names are matched as written; lines set in capitals are read in title case
        # (same offsets), so "THE REPUBLIC OF GHANA" in a title block is Ghana.
        cased = hdr.caps_to_title(text, hdr.codebook_acronyms())
        context = self._context_bodies(doc, cased)
        candidates = self._gazetteer.candidates(cased, context)
        candidates += self._gazetteer.events(cased, context)
        rejoined = textview.rejoined(cased)
        if rejoined != cased:
            # … and read again with the words a PDF broke across lines made whole
            # ("Conven-\ntion against …"), for the names found only so (a compound broken
            # at its own hyphen, "sixty-\nninth", is found as written).
            seen = {(c.kind, c.id, c.start) for c in candidates}
            candidates += [
                c
                for c in self._gazetteer.candidates(rejoined, context)
                + self._gazetteer.events(rejoined, context)
                if (c.kind, c.id, c.start) not in seen
            ]
        labels = {e.id: e.label for e in self._book.entities}

        def part_of_name(body: gazetteer.Candidate, outer: gazetteer.Candidate) -> bool:
            # "the Council of Europe Convention on Cybercrime" names the Council, whose
            # name is no part of the treaty's title; "United Nations" in "United Nations
            # Convention against Corruption" is.
            if outer.kind != "Instrument":
                return True
            return cased[body.start : body.end].casefold() in labels.get(outer.id, "").casefold()

        gone = self._former_states(doc)
        kept = [
            c
            for c in gazetteer.resolve_overlaps(candidates, part_of_name)
            if not any(
                b0 <= c.start < b1
                for b0, b1 in (speech_spans if c.kind in ("State", "Resolution") else spans)
            )
            and not (c.kind == "State" and c.id in gone)
            and c.id not in self._unreported
            # (nor are their sessions, but for the one the statement is delivered at)
            and not (
                c.kind == "Event"
                and c.id != doc.metadata.event
                and self._book.organizer_of(c.id) in self._unreported
            )
        ]
        # "the Second Additional Protocol to the Budapest Convention" names the treaty it
        # supplements too.
        taken = {(c.kind, c.start, c.end) for c in kept}
        kept += [
            c
            for c in gazetteer.resolve_overlaps(
                [
                    c
                    for c in candidates
                    if c.kind == "Instrument" and (c.kind, c.start, c.end) not in taken
                ]
            )
            if any(
                o.kind == "Instrument"
                and o.id != c.id
                and o.start < c.start
                and c.end <= o.end
                and _SUPPLEMENTS.search(cased, o.start, c.start)
                for o in kept
            )
        ]
        # The EU is named in these negotiations as a party (codebook §1: "regional
        # organisation acting as a party"), whoever speaks: "the European Union argued for a
        # narrow text" names the State-like EU as well as the body.
        kept += [
            gazetteer.Candidate("State", "EU", c.start, c.end, c.rule)
            for c in kept
            if (c.kind, c.id) == ("Body", "eu")
        ]
        mentions = gazetteer.to_mentions(text, kept, labels)
        head = text[: hdr.header_end(text) or min(len(text), 600)]
        for name, start, end in hdr.organizations(head):
            state = doc.metadata.state
            org_id = f"{state or 'x'}-{name}"
            mentions.append(
                Mention("Organization", org_id, Span(start, end, text[start:end]), name, "header")
            )
        # A State's or a body's name is never a person's ("we congratulate South Sudan").
        # Names in capitals are read from the title-cased text; the span keeps the text
        # as written.
        named = [
            dataclasses.replace(p, span=_as_written(p.span, text))
            for p in persons.named_persons(cased, spans)
            if not any(c.start < p.span.end and p.span.start < c.end for c in kept)
        ]
        return Extraction(document=doc, mentions=tuple(mentions), persons=tuple(named))


_SUPPLEMENTS = re.compile(r"\b(?:to|supplementing)\s+the\s+$", re.IGNORECASE)


def _as_written(span: Span, text: str) -> Span:
    return Span(span.start, span.end, text[span.start : span.end])
