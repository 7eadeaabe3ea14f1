"""The interactive HTML view: one self-contained page, safe with hostile text.

The graph is projected to nodes and edges with SPARQL, then drawn by vis-network,
the library pyvis bundles. pyvis's own page template loads Bootstrap and vis from
CDNs and pastes tooltips into the page as HTML, so the page here is our own: the
vis-network script shipped inside the pyvis package is inlined, the data travels as
JSON inside a non-executable ``<script type="application/json">`` with every ``<``,
``>`` and ``&`` escaped, and the page's script only ever writes text with
``textContent``. A Content-Security-Policy forbids requests to any other host.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDFS, SKOS

from .builder import TG
from .storage import write_text

SCHEMA = "https://schema.org/"

# Node kinds, in legend order: (rdf class local name, legend label, colour, shape, level)
KINDS: dict[str, tuple[str, str, str, str, int]] = {
    "statement": ("Statement", "Statement", "#8d99ae", "dot", 1),
    "person": ("Person", "Official", "#1e88e5", "dot", 2),
    "state": ("State", "State", "#f57c00", "hexagon", 3),
    "body": ("Body", "Body", "#8e24aa", "triangle", 2),
    "organization": ("Organization", "Organisation", "#ba68c8", "triangleDown", 2),
    "resolution": ("Resolution", "Resolution", "#2e7d32", "diamond", 2),
    "instrument": ("Instrument", "Treaty or draft", "#00897b", "star", 2),
    "event": ("Event", "Event", "#6d4c41", "square", 0),
    "topic": ("Topic", "Topic", "#fdd835", "box", 4),
}
POLARITY_COLOURS = {"support": "#2e7d32", "oppose": "#c62828", "mixed": "#f9a825"}
LINK_COLOUR = "#b0bec5"

# Facts shown in the side panel (codebook internals such as cue patterns are not).
FACTS = [
    (SKOS.prefLabel, "name"),
    (TG.role, "role"),
    (TG.symbol, "symbol"),
    (DCTERMS.date, "date"),
    (TG.adoptionMethod, "adopted by"),
    (TG.votesFor, "votes in favour"),
    (TG.votesAgainst, "votes against"),
    (TG.abstentions, "abstentions"),
    (TG.adoptedBy, "adopted in"),
    (TG.adoptedIn, "adopted by resolution"),
    (TG.establishes, "establishes"),
    (TG.openedForSignature, "opened for signature"),
    (TG.entryIntoForce, "entry into force"),
    (TG.sponsoredBy, "sponsored by"),
    (TG.author, "author"),
    (URIRef(SCHEMA + "startDate"), "from"),
    (URIRef(SCHEMA + "endDate"), "to"),
    (TG.place, "place"),
    (TG.organizedBy, "organised by"),
    (TG.formalName, "formal name"),
    (TG.iso2, "ISO 3166 alpha-2"),
    (TG.proposition, "proposition"),
    (DCTERMS.description, "description"),
    (TG.memberOf, "member of"),
    (TG.represents, "represents"),
    (DCTERMS.source, "source"),
    (DCTERMS.language, "language"),
    (TG.code, "identifier"),
]

_NODES = """
PREFIX tg: <https://treatygraph.org/ontology#>
SELECT ?n ?kind ?code WHERE {
  VALUES ?kind { tg:Statement tg:Person tg:State tg:Body tg:Organization
                 tg:Resolution tg:Instrument tg:Event tg:Topic }
  ?n a ?kind .
  OPTIONAL { ?n tg:code ?code }
}
"""

_STATEMENTS = """
PREFIX tg: <https://treatygraph.org/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?s ?id ?title ?date ?event ?state ?speaker WHERE {
  ?s a tg:Statement ; tg:documentId ?id .
  OPTIONAL { ?s dcterms:title ?title }
  OPTIONAL { ?s dcterms:date ?date }
  OPTIONAL { ?s tg:deliveredAt ?event }
  OPTIONAL { ?s tg:onBehalfOf ?state }
  OPTIONAL { ?s tg:speaker ?speaker }
}
"""

_LINKS = """
PREFIX tg: <https://treatygraph.org/ontology#>
SELECT ?s ?p ?o WHERE {
  VALUES ?p { tg:speaker tg:onBehalfOf tg:deliveredAt tg:cites tg:mentions
              tg:represents tg:memberOf }
  ?s ?p ?o .
}
"""

_STANCES = """
PREFIX tg: <https://treatygraph.org/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?st ?holder ?topic ?polarity ?s ?speaker ?rule ?quote ?start ?end WHERE {
  ?st a tg:Stance ; tg:holder ?holder ; tg:topic ?topic ; tg:polarity ?p ;
      tg:statement ?s .
  ?p rdfs:label ?polarity .
  OPTIONAL { ?st tg:stanceSpeaker ?speaker }
  OPTIONAL { ?st tg:rule ?rule }
  OPTIONAL { ?st tg:evidence ?ev . ?ev oa:exact ?quote ; oa:start ?start ; oa:end ?end }
}
"""

_TOPIC_TREE = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX tg: <https://treatygraph.org/ontology#>
SELECT ?code ?broader WHERE {
  ?t a tg:Topic ; tg:code ?code .
  OPTIONAL { ?t skos:broader+/tg:code ?broader }
}
"""

_LINK_LABELS = {
    TG.speaker: "speaker",
    TG.onBehalfOf: "on behalf of",
    TG.deliveredAt: "delivered at",
    TG.cites: "cites",
    TG.mentions: "mentions",
    TG.represents: "represents",
    TG.memberOf: "member of",
}


class ViewError(Exception):
    """A view that cannot be drawn as asked (unknown focus or topic)."""


@dataclass(frozen=True)
class ViewResult:
    path: Path
    nodes: int
    edges: int
    total_nodes: int
    notes: tuple[str, ...] = field(default_factory=tuple)

    def __str__(self) -> str:
        lines = [f"{self.nodes} nodes, {self.edges} edges -> {self.path}"]
        lines += [f"note: {note}" for note in self.notes]
        return "\n".join(lines)


def render(
    ds: Dataset | Graph,
    output: Path,
    *,
    focus: str | None = None,
    topics: list[str] | tuple[str, ...] = (),
    layout: str = "force",
    max_nodes: int = 5000,
    title: str = "treatygraph",
) -> ViewResult:
    """Write the HTML view of ``ds`` to ``output`` and say what it shows."""
    g = project(ds, topics=topics)
    total = g.number_of_nodes()
    notes: list[str] = []
    if focus:
        g = _focus(g, focus)
        notes.append(
            f"showing the neighbourhood of {focus} ({g.number_of_nodes()} of {total} nodes)"
        )
    if max_nodes and g.number_of_nodes() > max_nodes:
        before = g.number_of_nodes()
        g = _top_by_degree(g, max_nodes)
        notes.append(
            f"showing the {max_nodes} best-connected of {before} nodes "
            "(raise --max-nodes to see more)"
        )
    page = page_html(g, layout=layout, title=title, notes=notes)
    write_text(output, page)
    return ViewResult(output, g.number_of_nodes(), g.number_of_edges(), total, tuple(notes))


# ---- projection: RDF -> networkx ------------------------------------------------------


def _label(ds: Dataset | Graph, node: URIRef) -> str:
    for prop in (SKOS.prefLabel, FOAF.name, RDFS.label, TG.code):
        values = sorted(str(v) for v in ds.objects(node, prop))
        if values:
            return values[0]
    return str(node).rsplit("/", 1)[-1]


def _topic_codes(ds: Dataset | Graph, topics: list[str] | tuple[str, ...]) -> set[str]:
    """The asked topics and every narrower one; unknown codes are an error."""
    tree: dict[str, set[str]] = defaultdict(set)
    for row in ds.query(_TOPIC_TREE):
        tree.setdefault(str(row.code), set())
        if row.broader is not None:
            tree[str(row.broader)].add(str(row.code))
    unknown = [t for t in topics if t not in tree]
    if unknown:
        known = ", ".join(sorted(tree)) or "none in this graph"
        raise ViewError(f"unknown topic {unknown[0]!r} (known: {known})")
    wanted = set(topics)
    for t in topics:
        wanted |= tree[t]
    return wanted


def project(ds: Dataset | Graph, topics: list[str] | tuple[str, ...] = ()) -> nx.MultiDiGraph:
    """Statements, actors, citations and stances as a graph; attributes carry IRIs."""
    kinds: dict[URIRef, str] = {}
    codes: dict[URIRef, str] = {}
    by_class = {f"{TG}{cls}": kind for kind, (cls, *_rest) in KINDS.items()}
    for row in ds.query(_NODES):
        kind = by_class[str(row.kind)]
        # A node typed twice (e.g. the EU as State and Body) keeps its first kind in
        # legend order, so the choice does not depend on query order.
        if row.n not in kinds or list(KINDS).index(kind) < list(KINDS).index(kinds[row.n]):
            kinds[row.n] = kind
        if row.code is not None:
            codes[row.n] = str(row.code)

    g = nx.MultiDiGraph()

    def add_node(n: URIRef) -> str:
        key = str(n)
        if key not in g:
            g.add_node(key, iri=key, kind=kinds[n], label=_label(ds, n), code=codes.get(n, ""))
        return key

    statements: dict[str, dict[str, str]] = {}
    for row in ds.query(_STATEMENTS):
        key = add_node(row.s)
        info = statements.setdefault(key, {})
        info["title"] = info.get("title") or str(row.title or "")
        info["date"] = info.get("date") or str(row.date or "")
        info["id"] = str(row.id)
        for name in ("event", "state", "speaker"):
            value = getattr(row, name)
            if value is not None and value in kinds:
                info[name] = str(value)
    for key, info in statements.items():
        state = codes.get(URIRef(info["state"]), "") if "state" in info else ""
        short = " ".join(x for x in (state, info["date"]) if x) or info["id"]
        g.nodes[key].update(
            label=short,
            title=info["title"] or info["id"],
            date=info["date"],
            event=info.get("event", ""),
            state=info.get("state", ""),
            document=info["id"],
        )

    wanted_topics = _topic_codes(ds, topics) if topics else None
    stance_rows: dict[str, dict] = {}
    for row in ds.query(_STANCES):
        if row.holder not in kinds or row.topic not in kinds or row.s not in kinds:
            continue
        if wanted_topics is not None and codes.get(row.topic) not in wanted_topics:
            continue
        st = stance_rows.setdefault(
            str(row.st),
            {
                "holder": row.holder,
                "topic": row.topic,
                "polarity": str(row.polarity),
                "statement": str(row.s),
                "speaker": row.speaker,
                "rule": str(row.rule or ""),
                "evidence": [],
            },
        )
        if row.quote is not None:
            ev = {"quote": str(row.quote), "start": int(row.start), "end": int(row.end)}
            if ev not in st["evidence"]:
                st["evidence"].append(ev)
    for iri, st in sorted(stance_rows.items()):
        a, b = add_node(st["holder"]), add_node(st["topic"])
        info = statements.get(st["statement"], {})
        speaker = st["speaker"] if st["speaker"] in kinds else None
        g.add_edge(
            a,
            b,
            key=iri,
            iri=iri,
            kind="stance",
            label=st["polarity"],
            polarity=st["polarity"],
            statement=st["statement"],
            speaker=_label(ds, speaker) if speaker else "",
            event=_label(ds, URIRef(info["event"])) if info.get("event") else "",
            date=info.get("date", ""),
            rule=st["rule"],
            evidence=sorted(st["evidence"], key=lambda e: (e["start"], e["end"])),
        )

    seen_pairs: set[tuple[str, str]] = set()
    links = sorted(
        ((row.s, row.p, row.o) for row in ds.query(_LINKS)),
        key=lambda t: (t[1] == TG.mentions, str(t[0]), str(t[1]), str(t[2])),
    )
    for s, p, o in links:
        if s not in kinds or o not in kinds or s == o:
            continue
        a, b = str(s), str(o)
        if p == TG.mentions and (a, b) in seen_pairs:
            continue  # already drawn as speaker, on behalf of, delivered at or cites
        seen_pairs.add((a, b))
        add_node(s)
        add_node(o)
        statement = a if kinds[s] == "statement" else ""
        g.add_edge(
            a, b, key=f"{a} {p} {b}", kind="link", label=_LINK_LABELS[p], statement=statement
        )
    for key in g.nodes:
        g.nodes[key]["facts"] = _facts(ds, URIRef(key))
    return g


def _facts(ds: Dataset | Graph, node: URIRef) -> list[list[str]]:
    facts = []
    for prop, name in FACTS:
        values = []
        for value in ds.objects(node, prop):
            values.append(str(value) if isinstance(value, Literal) else _label(ds, value))
        for value in sorted(set(values)):
            facts.append([name, value])
    return facts


def _focus(g: nx.MultiDiGraph, focus: str) -> nx.MultiDiGraph:
    """The nodes within two steps of a state (ISO3 code) or person (slug)."""
    wanted = focus.strip()
    matches = [
        n
        for n, data in g.nodes(data=True)
        if (data["kind"] == "state" and data["code"].upper() == wanted.upper())
        or (data["kind"] == "person" and n.rsplit("/", 1)[-1] == wanted.lower())
    ]
    if not matches:
        raise ViewError(
            f"--focus {focus!r}: no state with that ISO3 code or person with that slug "
            "in the graph (e.g. RUS, dmitry-bukin)"
        )
    keep: set[str] = set()
    undirected = g.to_undirected(as_view=True)
    for n in matches:
        keep |= set(nx.single_source_shortest_path_length(undirected, n, cutoff=2))
    return g.subgraph(keep).copy()


def _top_by_degree(g: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), n))
    return g.subgraph(ranked[:limit]).copy()


# ---- the page -------------------------------------------------------------------------


def _json_for_html(data: object) -> str:
    """JSON that cannot end its <script> element or open a comment or entity."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


@cache
def _asset(name: str) -> str:
    if name == "vis-network.min.js":
        lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
        return (lib / name).read_text(encoding="utf-8")
    return (resources.files("graph") / "view_assets" / name).read_text(encoding="utf-8")


def page_data(g: nx.MultiDiGraph, layout: str, notes: list[str]) -> dict:
    nodes = []
    for n in sorted(g.nodes):
        d = g.nodes[n]
        _cls, legend, colour, shape, level = KINDS[d["kind"]]
        node = {
            "id": n,
            "label": d["label"] if len(d["label"]) <= 40 else d["label"][:39] + "…",
            "name": d["label"],
            "kind": d["kind"],
            "code": d["code"],
            "color": colour,
            "shape": shape,
            "facts": d["facts"],
            "degree": g.degree(n),
        }
        if layout == "hierarchical":
            node["level"] = level
        for extra in ("title", "date", "event", "state", "document"):
            if extra in d:
                node[extra] = d[extra]
        nodes.append(node)
    edges = []
    for a, b, key, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1])):
        edge = {"id": key, "from": a, "to": b, "kind": d["kind"], "statement": d["statement"]}
        if d["kind"] == "stance":
            edge.update(
                color=POLARITY_COLOURS.get(d["polarity"], "#546e7a"),
                polarity=d["polarity"],
                speaker=d["speaker"],
                event=d["event"],
                date=d["date"],
                rule=d["rule"],
                evidence=d["evidence"],
                width=3,
            )
        else:
            edge.update(color=LINK_COLOUR, label=d["label"], width=1)
        edges.append(edge)
    legend = [
        {"kind": kind, "label": legend, "color": colour, "shape": shape}
        for kind, (_cls, legend, colour, shape, _lvl) in KINDS.items()
    ]
    return {
        "nodes": nodes,
        "edges": edges,
        "legend": legend,
        "polarities": POLARITY_COLOURS,
        "layout": layout,
        "notes": notes,
    }


def page_html(g: nx.MultiDiGraph, *, layout: str, title: str, notes: list[str]) -> str:
    data = page_data(g, layout, notes)
    template = _asset("view.html")
    replacements = {
        "{{TITLE}}": html.escape(title),
        "{{CSS}}": _asset("view.css"),
        "{{VIS_JS}}": _asset("vis-network.min.js"),
        "{{APP_JS}}": _asset("view.js"),
        "{{DATA}}": _json_for_html(data),
    }
    # One pass, so text substituted earlier is never searched for later markers.
    out, pos = [], 0
    while True:
        start = template.find("{{", pos)
        if start < 0:
            out.append(template[pos:])
            break
        end = template.index("}}", start) + 2
        out.append(template[pos:start])
        out.append(replacements[template[start:end]])
        pos = end
    return "".join(out)
