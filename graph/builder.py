"""Extractions to RDF: the only module that knows the ontology mapping.

Every statement becomes its own named graph (so it can be replaced or removed
cleanly); the codebook's background facts sit in the authority graph, typed
``tg:AuthorityGraph``, apart from anything extracted.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from . import codebook
from .iris import DEFAULT_BASE, Minter
from .model import Extraction, Mention, Span

TG = codebook.TG
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "tg": TG,
    "oa": OA,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "schema": SCHEMA,
    "xsd": XSD,
}

_CITED_KINDS = ("Resolution", "Instrument")


def new_dataset(base: str = DEFAULT_BASE) -> Dataset:
    ds = Dataset(default_union=True)
    bind_prefixes(ds, base)
    return ds


def bind_prefixes(g: Graph | Dataset, base: str = DEFAULT_BASE) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    minter = Minter(base)
    for short, path in (
        ("state", "state/"),
        ("res", "resolution/"),
        ("instrument", "instrument/"),
        ("body", "body/"),
        ("event", "event/"),
        ("topic", "topic/"),
        ("person", "person/"),
        ("stmt", "statement/"),
    ):
        g.bind(short, Namespace(minter.base + path), override=True)


def add_authority(ds: Dataset, base: str = DEFAULT_BASE) -> URIRef:
    """Load the codebook's Turtle into the authority graph (rebased if needed)."""
    minter = Minter(base)
    name = minter.authority_graph()
    target = ds.graph(name)
    source = codebook.load_graph(codebook.background_files())
    vocab = Graph()
    vocab.parse(codebook.ontology_dir() / "vocabulary.ttl", format="turtle")
    for s, p, o in (*source, *vocab):
        s = minter.rebase(s) if isinstance(s, URIRef) else s
        o = minter.rebase(o) if isinstance(o, URIRef) else o
        target.add((s, p, o))
    target.add((name, RDF.type, TG.AuthorityGraph))
    target.add((name, RDFS.label, Literal("Codebook background facts (not extracted)", lang="en")))
    return name


class Builder:
    """Adds extractions to a dataset under one IRI base."""

    def __init__(self, ds: Dataset, base: str = DEFAULT_BASE, with_text: bool = True) -> None:
        self.ds = ds
        self.minter = Minter(base)
        self.book = codebook.load()
        self.with_text = with_text

    # ---- helpers ------------------------------------------------------------

    def _entity(self, kind: str, id: str) -> URIRef:
        return self.minter.entity(kind, id)

    def _span(self, g: Graph, node: URIRef, span: Span, stmt: URIRef) -> None:
        g.add((node, OA.exact, Literal(span.text)))
        g.add((node, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
        g.add((node, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))
        g.add((node, TG.statement, stmt))

    def _declare_unknown(self, g: Graph, mention: Mention, node: URIRef) -> None:
        """Entities found in text but absent from the codebook get their type here."""
        if self.book.entity(mention.kind, mention.id) is not None:
            return
        g.add((node, RDF.type, TG[mention.kind]))
        g.add((node, TG.code, Literal(mention.id)))
        if mention.kind == "Resolution":
            g.add((node, TG.symbol, Literal(mention.id)))
            g.add((node, SKOS.prefLabel, Literal(f"Resolution {mention.id}", lang="en")))
        elif mention.kind == "Event":
            prefix = mention.id.rsplit("-", 1)[0]
            for body in self.book.by_kind("Body"):
                if body.event_id_template and body.event_id_template.startswith(prefix + "-"):
                    g.add((node, TG.organizedBy, self._entity("Body", body.id)))
            g.add((node, SKOS.prefLabel, Literal(mention.id, lang="en")))
        elif mention.kind == "Organization":
            g.add((node, SKOS.prefLabel, Literal(mention.label or mention.span.text, lang="en")))

    # ---- the mapping -----------------------------------------------------------

    def add(self, x: Extraction) -> URIRef:
        """Replace the named graph of ``x``'s statement with what ``x`` says."""
        doc = x.document
        graph_name = self.minter.statement_graph(doc.id)
        self.ds.remove_graph(self.ds.graph(graph_name))
        g = self.ds.graph(graph_name)
        stmt = self.minter.statement(doc.id)
        md = x.metadata

        g.add((graph_name, RDF.type, TG.StatementGraph))
        g.add((graph_name, PROV.wasDerivedFrom, stmt))
        g.add((stmt, RDF.type, TG.Statement))
        g.add((stmt, TG.documentId, Literal(doc.id)))
        g.add((stmt, RDFS.label, Literal(md.title or doc.id)))
        if self.with_text:
            g.add((stmt, TG.text, Literal(doc.text)))
        if md.title:
            g.add((stmt, DCTERMS.title, Literal(md.title)))
        if md.date:
            dtype = XSD.date if len(md.date) == 10 else XSD.gYear if len(md.date) == 4 else None
            g.add((stmt, DCTERMS.date, Literal(md.date, datatype=dtype)))
        if md.language:
            g.add((stmt, DCTERMS.language, Literal(md.language)))
        if md.translation is not None:
            g.add((stmt, TG.translation, Literal(md.translation)))
        if md.place:
            g.add((stmt, TG.place, Literal(md.place)))
        if md.source:
            g.add((stmt, DCTERMS.source, Literal(md.source)))
        for key in sorted(md.guessed):
            g.add((stmt, TG.guessed, Literal(key)))
        state = self._entity("State", md.state) if md.state else None
        if state is not None:
            g.add((stmt, TG.onBehalfOf, state))
        if md.event:
            event = self._entity("Event", md.event)
            g.add((stmt, TG.deliveredAt, event))
            if self.book.entity("Event", md.event) is None:
                self._declare_unknown(
                    g, Mention("Event", md.event, Span(0, 0, ""), md.event), event
                )

        speaker = None
        for person in x.persons:
            node = self._entity("Person", person.id)
            g.add((node, RDF.type, TG.Person))
            g.add((node, FOAF.name, Literal(person.name)))
            g.add((node, RDFS.label, Literal(person.name)))
            if person.role:
                g.add((node, TG.role, Literal(person.role)))
            if person.state:
                g.add((node, TG.represents, self._entity("State", person.state)))
            if person.organization:
                org = self.minter.organization(person.state, person.organization)
                g.add((node, TG.memberOf, org))
                g.add((org, RDF.type, TG.Organization))
                g.add((org, SKOS.prefLabel, Literal(person.organization, lang="en")))
                if person.state:
                    g.add((org, TG.partOfState, self._entity("State", person.state)))
            if person.name == md.speaker:
                speaker = node
                g.add((stmt, TG.speaker, node))
            if person.span is not None:
                rule = "speaker" if person.name == md.speaker else "title-and-name"
                mention = Mention("Person", person.id, person.span, person.name, rule)
                self._add_mention(g, doc.id, stmt, mention, node)

        for mention in x.mentions:
            if mention.kind == "Organization":
                name = mention.label or mention.span.text
                node = self.minter.organization(md.state, name)
                g.add((node, RDF.type, TG.Organization))
                g.add((node, SKOS.prefLabel, Literal(name, lang="en")))
                if md.state:
                    g.add((node, TG.partOfState, self._entity("State", md.state)))
            else:
                node = self._entity(mention.kind, mention.id)
                self._declare_unknown(g, mention, node)
            self._add_mention(g, doc.id, stmt, mention, node)

        for stance in x.stances:
            node = self.minter.stance(doc.id, stance.holder, stance.topic)
            g.add((node, RDF.type, TG.Stance))
            g.add((node, TG.holder, self._entity("State", stance.holder)))
            g.add((node, TG.topic, self._entity("Topic", stance.topic)))
            g.add((node, TG.polarity, TG[stance.polarity]))
            g.add((node, TG.statement, stmt))
            g.add((node, PROV.wasDerivedFrom, stmt))
            if speaker is not None:
                g.add((node, TG.stanceSpeaker, speaker))
            if stance.target:
                kind = self.book.kind_of(stance.target)
                if kind:
                    g.add((node, TG.target, self._entity(kind, stance.target)))
            g.add((node, TG.extractor, Literal(stance.extractor)))
            for rule in stance.rule.split(","):
                if rule:
                    g.add((node, TG.rule, Literal(rule)))
            for span in stance.evidence:
                ev = self.minter.evidence(doc.id, span.start, span.end)
                g.add((ev, RDF.type, TG.Evidence))
                self._span(g, ev, span, stmt)
                g.add((node, TG.evidence, ev))
        return graph_name

    def _add_mention(
        self, g: Graph, doc_id: str, stmt: URIRef, mention: Mention, node: URIRef
    ) -> None:
        predicate = TG.cites if mention.kind in _CITED_KINDS else TG.mentions
        g.add((stmt, predicate, node))
        m = self.minter.mention(doc_id, mention.span.start, mention.span.end, node)
        g.add((m, RDF.type, TG.Mention))
        g.add((m, TG.refersTo, node))
        self._span(g, m, mention.span, stmt)
        if mention.rule:
            g.add((m, TG.rule, Literal(mention.rule)))


def build(
    extractions: Iterable[Extraction], base: str = DEFAULT_BASE, with_text: bool = True
) -> Dataset:
    """A dataset with the authority graph and one named graph per statement."""
    ds = new_dataset(base)
    add_authority(ds, base)
    builder = Builder(ds, base, with_text)
    for x in extractions:
        builder.add(x)
    return ds
