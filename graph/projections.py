"""Projections of the RDF graph onto networkx graphs, for analysis.

Each function reads a dataset (or graph) with SPARQL SELECTs (``book``, the graph's
:func:`names`, can be passed in to save reading them again) and returns a networkx
graph whose nodes are keyed by IRI (as a string). Every node carries ``iri``,
``label``, ``kind`` (the tg: class name) and ``code`` (the codebook id, e.g. ``RUS``);
every edge carries ``kind`` and the IRIs it was derived from, so any result can be
taken back to SPARQL.

- :func:`actor_graph`: persons, states and bodies (undirected), linked by who
  represents whom, who speaks at whose meetings and who mentions whom.
- :func:`stance_graph`: states and topics (bipartite, undirected), one edge per
  (state, topic) with the state's net position and the stances behind it.
- :func:`citation_graph`: statements -> resolutions and instruments (directed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx
from rdflib import Dataset, Graph, URIRef
from rdflib.query import ResultRow

TG = "https://treatygraph.org/ontology#"
_PREFIXES = f"""
PREFIX tg: <{TG}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
"""

POLARITIES = ("support", "oppose", "mixed")


def _select(ds: Dataset | Graph, text: str) -> list[ResultRow]:
    return list(ds.query(_PREFIXES + text))  # type: ignore[arg-type]


def _str(term: object) -> str | None:
    return None if term is None else str(term)


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# ---- labels and codes ----------------------------------------------------------------

_LABELS = """
SELECT ?x ?type ?code ?label WHERE {
  ?x a ?type .
  VALUES ?type { tg:State tg:Person tg:Organization tg:Body tg:Topic tg:Resolution
                 tg:Instrument tg:Event tg:Statement }
  OPTIONAL { ?x tg:code ?code }
  OPTIONAL { ?x skos:prefLabel|foaf:name|rdfs:label ?label }
}
"""


@dataclass(frozen=True)
class Names:
    """Codes and labels of the graph's entities, chosen deterministically."""

    codes: dict[str, str]
    labels: dict[str, str]
    kinds: dict[str, str]

    def kind(self, iri: str) -> str:
        return self.kinds.get(iri, "")

    def code(self, iri: str) -> str:
        return self.codes.get(iri) or _tail(iri)

    def label(self, iri: str) -> str:
        return self.labels.get(iri) or self.code(iri)

    def node(self, iri: str, kind: str, **extra: object) -> dict[str, object]:
        return {"iri": iri, "kind": kind, "code": self.code(iri), "label": self.label(iri), **extra}


def names(ds: Dataset | Graph) -> Names:
    codes: dict[str, str] = {}
    labels: dict[str, list[tuple[int, str]]] = defaultdict(list)
    kinds: dict[str, str] = {}
    for row in _select(ds, _LABELS):
        iri = str(row.x)
        kinds[iri] = min(kinds.get(iri, _tail(str(row.type))), _tail(str(row.type)))
        if row.code is not None:
            codes[iri] = min(codes.get(iri, str(row.code)), str(row.code))
        if row.label is not None:
            # English labels first, then untagged, then any other language.
            lang = getattr(row.label, "language", None)
            rank = 0 if lang == "en" else 1 if lang is None else 2
            labels[iri].append((rank, str(row.label)))
    return Names(codes, {iri: min(options)[1] for iri, options in labels.items()}, kinds)


# ---- stances ---------------------------------------------------------------------------

_STANCES = """
SELECT ?stance ?holder ?topic ?polarity ?statement ?docId ?date ?event ?eventStart WHERE {
  ?stance a tg:Stance ; tg:holder ?holder ; tg:topic ?topic ; tg:polarity ?polarity ;
          tg:statement ?statement .
  OPTIONAL { ?statement tg:documentId ?docId }
  OPTIONAL { ?statement dcterms:date ?date }
  OPTIONAL { ?statement tg:deliveredAt ?event . OPTIONAL { ?event schema:startDate ?eventStart } }
}
"""


@dataclass(frozen=True)
class StanceRecord:
    """One tg:Stance with what is needed to place it in time."""

    stance: str
    holder: str  # state IRI
    topic: str  # topic IRI
    polarity: str  # support | oppose | mixed
    statement: str  # statement IRI
    document: str  # document id
    date: str | None  # ISO date or year: the statement's, else its event's start
    event: str | None  # event IRI


def _when(date: str | None, event_start: str | None) -> str | None:
    # A bare year on the statement is refined by its event's start date in that year.
    if date and len(date) == 4 and event_start and event_start.startswith(date):
        return event_start
    return date or event_start


def stance_records(ds: Dataset | Graph) -> list[StanceRecord]:
    """All stances in the graph, in IRI order."""
    out = {}
    for row in _select(ds, _STANCES):
        polarity = _tail(str(row.polarity))
        if polarity not in POLARITIES:
            continue
        record = StanceRecord(
            stance=str(row.stance),
            holder=str(row.holder),
            topic=str(row.topic),
            polarity=polarity,
            statement=str(row.statement),
            document=_str(row.docId) or _tail(str(row.statement)),
            date=_when(_str(row.date), _str(row.eventStart)),
            event=_str(row.event),
        )
        # A statement with several dates or events must not multiply its stances.
        previous = out.get(record.stance)
        if previous is None or (record.date or "~", record.event or "") < (
            previous.date or "~",
            previous.event or "",
        ):
            out[record.stance] = record
    return [out[k] for k in sorted(out)]


def net_polarity(counts: dict[str, int]) -> str:
    """The net position from counts of support / oppose / mixed stances.

    support if supporting stances outnumber opposing ones, oppose if the reverse,
    mixed otherwise (a tie, or only mixed stances). Mixed stances count for neither
    side, so one hedged statement does not cancel a clear position.
    """
    score = counts.get("support", 0) - counts.get("oppose", 0)
    return "support" if score > 0 else "oppose" if score < 0 else "mixed"


def stance_graph(
    ds: Dataset | Graph,
    topics: Sequence[str] | None = None,
    records: Iterable[StanceRecord] | None = None,
    book: Names | None = None,
) -> nx.Graph:
    """States and topics; an edge per (state, topic) the state took a position on.

    Edge attributes: ``kind`` ("stance"), ``polarity`` (net position, see
    :func:`net_polarity`), ``count`` (stances), ``support`` / ``oppose`` / ``mixed``
    (stances of each polarity), ``stances`` and ``statements`` (sorted IRI tuples).
    Node attribute ``bipartite`` is 0 for states and 1 for topics. ``topics`` keeps
    only stances on those topic IRIs.
    """
    keep = set(topics) if topics is not None else None
    book = book or names(ds)
    per_edge: dict[tuple[str, str], list[StanceRecord]] = defaultdict(list)
    for r in records if records is not None else stance_records(ds):
        if keep is None or r.topic in keep:
            per_edge[(r.holder, r.topic)].append(r)
    g = nx.Graph()
    for state, topic in sorted(per_edge):
        items = per_edge[(state, topic)]
        counts = {p: sum(1 for r in items if r.polarity == p) for p in POLARITIES}
        if state not in g:
            g.add_node(state, **book.node(state, "State", bipartite=0))
        if topic not in g:
            g.add_node(topic, **book.node(topic, "Topic", bipartite=1))
        g.add_edge(
            state,
            topic,
            kind="stance",
            polarity=net_polarity(counts),
            count=len(items),
            **counts,
            stances=tuple(sorted(r.stance for r in items)),
            statements=tuple(sorted({r.statement for r in items})),
        )
    return g


# ---- actors ----------------------------------------------------------------------------

_VOICES = """
SELECT ?s ?state ?speaker WHERE {
  ?s a tg:Statement .
  OPTIONAL { ?s tg:onBehalfOf ?state }
  OPTIONAL { ?s tg:speaker ?speaker }
}
"""
# Simple patterns, one per relation: rdflib evaluates UNIONs of joins very slowly.
_PAIRS = {
    "represents": "SELECT ?a ?b WHERE { ?a tg:represents ?b }",
    "member-of": "SELECT ?a ?b WHERE { ?a tg:memberOf ?b }",
}
_PER_STATEMENT = {
    "speaks-at": "SELECT ?s ?b WHERE { ?s tg:deliveredAt ?e . ?e tg:organizedBy ?b }",
    "mentions": "SELECT ?s ?b WHERE { ?s tg:mentions ?b }",
}
_ACTOR_KINDS = ("Person", "State", "Body")

PREDICATES = {
    "represents": TG + "represents",
    "member-of": TG + "memberOf",
    "speaks-for": TG + "onBehalfOf",
    "speaks-at": TG + "deliveredAt",
    "mentions": TG + "mentions",
}


def actor_graph(ds: Dataset | Graph, book: Names | None = None) -> nx.Graph:
    """Persons, states and bodies, linked by what the statements say of them.

    Relations: ``represents`` (person - state, tg:represents), ``member-of``
    (person - body), ``speaks-for`` (a statement's speaker and its State),
    ``speaks-at`` (a statement's State and speaker, and the body organising its
    event), ``mentions`` (a statement's State, or its speaker when it has none, and
    each state, body or person it mentions). One undirected edge per pair:
    ``relations`` and ``predicates`` list what links them, ``kind`` joins the
    relations with "+", ``weight`` counts the facts (one per statement, or one for a
    fact without a statement) and ``statements`` lists the statement IRIs. Every
    speaker and speaking State is a node, even without edges; self-loops are dropped.
    """
    book = book or names(ds)
    facts: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    nodes: set[str] = set()

    def link(a: str, b: str, relation: str, statement: str = "") -> None:
        if a == b or book.kind(a) not in _ACTOR_KINDS or book.kind(b) not in _ACTOR_KINDS:
            return
        nodes.update((a, b))
        facts[(a, b) if a < b else (b, a)][relation].add(statement)

    voices: dict[str, tuple[str | None, str | None]] = {}
    for row in _select(ds, _VOICES):
        state, speaker = _str(row.state), _str(row.speaker)
        voices[str(row.s)] = (state, speaker)
        nodes.update(x for x in (state, speaker) if x and book.kind(x) in _ACTOR_KINDS)
        if state and speaker:
            link(speaker, state, "speaks-for", str(row.s))
    for relation, text in _PAIRS.items():
        for row in _select(ds, text):
            link(str(row.a), str(row.b), relation)
    for relation, text in _PER_STATEMENT.items():
        for row in _select(ds, text):
            stmt = str(row.s)
            state, speaker = voices.get(stmt, (None, None))
            # Mentions come from the statement's State; its speaker only stands in.
            voices_here = (state or speaker,) if relation == "mentions" else (state, speaker)
            for voice in voices_here:
                if voice:
                    link(voice, str(row.b), relation, stmt)
    nodes.update(iri for iri in book.kinds if book.kinds[iri] == "Person")
    g = nx.Graph()
    for node in sorted(nodes):
        g.add_node(node, **book.node(node, book.kind(node)))
    for (a, b), relations in sorted(facts.items()):
        statements = sorted({s for ss in relations.values() for s in ss if s})
        weight = sum(len(ss) for ss in relations.values())
        g.add_edge(
            a,
            b,
            kind="+".join(sorted(relations)),
            relations=tuple(sorted(relations)),
            predicates=tuple(PREDICATES[r] for r in sorted(relations)),
            statements=tuple(statements),
            weight=weight,
        )
    return g


# ---- citations -------------------------------------------------------------------------

_CITATIONS = """
SELECT ?statement ?docId ?state ?date ?cited ?type (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
  ?statement a tg:Statement ; tg:cites ?cited .
  ?cited a ?type . VALUES ?type { tg:Resolution tg:Instrument }
  OPTIONAL { ?statement tg:documentId ?docId }
  OPTIONAL { ?statement tg:onBehalfOf ?state }
  OPTIONAL { ?statement dcterms:date ?date }
  OPTIONAL { ?m tg:refersTo ?cited ; tg:statement ?statement }
}
GROUP BY ?statement ?docId ?state ?date ?cited ?type
"""


def citation_graph(ds: Dataset | Graph, book: Names | None = None) -> nx.DiGraph:
    """Statements -> the resolutions and instruments they cite (tg:cites).

    Statement nodes carry ``document``, ``state`` (IRI or None) and ``date``; edges
    carry ``kind`` ("cites"), ``predicate`` and ``mentions`` (spans naming it).
    """
    book = book or names(ds)
    g = nx.DiGraph()
    rows = sorted(_select(ds, _CITATIONS), key=lambda r: (str(r.statement), str(r.cited)))
    for row in rows:
        stmt, cited = str(row.statement), str(row.cited)
        if stmt not in g:
            g.add_node(
                stmt,
                **book.node(stmt, "Statement"),
                document=_str(row.docId) or _tail(stmt),
                state=_str(row.state),
                date=_str(row.date),
            )
        if cited not in g:
            g.add_node(cited, **book.node(cited, _tail(str(row.type))))
        g.add_edge(
            stmt, cited, kind="cites", predicate=TG + "cites", mentions=int(row.mentions or 0)
        )
    return g


def iri(term: str | URIRef) -> URIRef:
    """A node key back as an rdflib term, for SPARQL."""
    return URIRef(str(term))
