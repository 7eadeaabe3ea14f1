"""The objects that flow between stages: readers -> extractors -> builder.

They are frozen and know nothing of RDF: only :mod:`graph.builder` maps them to the
ontology. Offsets always count Unicode code points into ``Document.text`` as read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Polarity = Literal["support", "oppose", "mixed"]

# Metadata keys a statement can carry, in the order reports show them.
METADATA_KEYS: tuple[str, ...] = (
    "speaker",
    "role",
    "organization",
    "state",
    "event",
    "date",
    "place",
    "language",
    "translation",
    "title",
    "source",
)


@dataclass(frozen=True)
class Span:
    """A piece of the document text: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Metadata:
    """What is known about the delivery of a statement.

    ``guessed`` lists the keys that an extractor inferred from the text rather than
    the user stating them (front matter, sidecar, corpus fields).
    """

    speaker: str | None = None
    role: str | None = None
    organization: str | None = None
    state: str | None = None
    event: str | None = None
    date: str | None = None
    place: str | None = None
    language: str | None = None
    translation: bool | None = None
    title: str | None = None
    source: str | None = None
    guessed: frozenset[str] = frozenset()

    def as_dict(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in METADATA_KEYS}

    def merged_over(self, weaker: Metadata) -> Metadata:
        """Values of ``self`` win; ``weaker`` fills the gaps (and keeps its guesses)."""
        values: dict[str, object] = {}
        guessed: set[str] = set()
        for key in METADATA_KEYS:
            mine = getattr(self, key)
            if mine is not None:
                values[key] = mine
                if key in self.guessed:
                    guessed.add(key)
            else:
                values[key] = getattr(weaker, key)
                if key in weaker.guessed and values[key] is not None:
                    guessed.add(key)
        return Metadata(**values, guessed=frozenset(guessed))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Document:
    """One statement as read: its id, its text and what the user told us about it."""

    id: str
    text: str
    metadata: Metadata = field(default_factory=Metadata)
    path: str | None = None
    # Filled by the pipeline between stages, so later extractors see earlier results.
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A reference in the text to a canonical entity (``kind`` is the entity type)."""

    kind: str
    id: str
    span: Span
    label: str | None = None
    rule: str = ""


@dataclass(frozen=True)
class Person:
    """An official who speaks or is named."""

    id: str
    name: str
    role: str | None = None
    organization: str | None = None
    state: str | None = None
    span: Span | None = None


@dataclass(frozen=True)
class Stance:
    """A position: ``holder`` supports/opposes the proposition ``topic``."""

    holder: str
    topic: str
    polarity: Polarity
    evidence: tuple[Span, ...]
    target: str | None = None
    extractor: str = ""
    rule: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document; extractors return partial ones."""

    document: Document
    metadata: Metadata = field(default_factory=Metadata)
    mentions: tuple[Mention, ...] = ()
    persons: tuple[Person, ...] = ()
    stances: tuple[Stance, ...] = ()
    warnings: tuple[str, ...] = ()

    def merged_with(self, other: Extraction) -> Extraction:
        return Extraction(
            document=self.document,
            metadata=self.metadata.merged_over(other.metadata),
            mentions=self.mentions + other.mentions,
            persons=self.persons + other.persons,
            stances=self.stances + other.stances,
            warnings=self.warnings + other.warnings,
        )
