"""The one place that mints IRIs.

IRIs are built from stable identifiers (ISO codes, UN symbols, codebook slugs,
document ids) so the same input always gives the same graph. The base is
configurable; the authority Turtle is written against :data:`DEFAULT_BASE` and
rebased when another base is chosen.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

DEFAULT_BASE = "https://treatygraph.org/id/"

_PATHS = {
    "State": "state",
    "Instrument": "instrument",
    "Body": "body",
    "Event": "event",
    "Resolution": "resolution",
    "Topic": "topic",
    "Person": "person",
    "Organization": "organization",
    "Statement": "statement",
    "Graph": "graph",
}


# Letters that Unicode does not decompose into an ASCII base letter; without these,
# "Bozkır" would lose its dotless i ("bozkr").
_LATIN_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "ħ": "h",
        "Ħ": "H",
        "þ": "th",
        "Þ": "Th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
    }
)


def slug(text: str) -> str:
    """Lowercase ASCII slug: 'Dmitry Bukin' -> 'dmitry-bukin', 'Volkan Bozkır' ->
    'volkan-bozkir'."""
    ascii_text = (
        unicodedata.normalize("NFKD", text.translate(_LATIN_LETTERS))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def _segment(kind: str, id: str) -> str:
    if kind == "Resolution":
        # A/RES/74/247 -> A-RES-74-247; S/RES/1325(2000) -> S-RES-1325-2000
        return re.sub(r"-+", "-", re.sub(r"[^A-Za-z0-9]+", "-", id)).strip("-")
    if kind in ("State",):
        return id
    if kind in ("Statement", "Graph"):
        return re.sub(r"[^A-Za-z0-9._~-]+", "-", id).strip("-") or digest(id)
    return slug(id) if kind in ("Person", "Organization") else id


def digest(text: str, length: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


class Minter:
    """Mints the IRIs of one graph under one base."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base

    def entity(self, kind: str, id: str) -> URIRef:
        return URIRef(f"{self.base}{_PATHS[kind]}/{_segment(kind, id)}")

    def statement(self, doc_id: str) -> URIRef:
        return self.entity("Statement", doc_id)

    def statement_graph(self, doc_id: str) -> URIRef:
        return URIRef(f"{self.base}graph/statement/{_segment('Statement', doc_id)}")

    def authority_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/authority")

    def stance(self, doc_id: str, holder: str, topic: str) -> URIRef:
        return URIRef(f"{self.statement(doc_id)}/stance/{holder}/{topic}")

    def evidence(self, doc_id: str, start: int, end: int) -> URIRef:
        return URIRef(f"{self.statement(doc_id)}/span/{start}-{end}")

    def mention(self, doc_id: str, start: int, end: int, target: URIRef) -> URIRef:
        """One span may name two entities ("European Union": the body and, when it speaks,
        the party), so the entity's path is part of the mention's IRI."""
        text = str(target)
        path = text[len(self.base) :] if text.startswith(self.base) else digest(text)
        return URIRef(f"{self.statement(doc_id)}/mention/{start}-{end}/{path}")

    def organization(self, state: str | None, name: str) -> URIRef:
        return self.entity("Organization", f"{state or 'x'} {name}")

    def rebase(self, term: URIRef) -> URIRef:
        """Move an IRI of the shipped authority data under this minter's base."""
        text = str(term)
        if self.base != DEFAULT_BASE and text.startswith(DEFAULT_BASE):
            return URIRef(self.base + text[len(DEFAULT_BASE) :])
        return term
