"""Who stands with whom, how positions move, and what the graph holds.

Definitions (the README repeats them):

- A State's **net position** on a topic is computed from all its stances on that
  topic: ``support`` if its supporting stances outnumber its opposing ones,
  ``oppose`` if the reverse, ``mixed`` otherwise (a tie, or only mixed stances).
- Two States **share** a topic when both have a net position on it; they **agree**
  on it when their net positions are equal (mixed agrees with mixed). The
  **agreement share** of a pair is agreeing topics / shared topics; pairs with no
  shared topic are not listed.
- **Blocs** are Louvain communities (networkx, fixed seed, so the same graph gives
  the same blocs) of the agreement network: States with a position, linked when
  they agree on at least one shared topic, weighted by agreement share. A State
  that agrees with nobody is a bloc of its own.
- A topic **separates** the blocs by its spread: the largest minus the smallest
  share of supporting States among the blocs with a position on it (at least two).
- A **shift** is a State's position on a topic that reverses its previous clear
  position (support then oppose, or oppose then support), in date order; mixed
  stances and undated statements neither make nor break a shift.

Functions return plain records; :func:`render` turns them into text.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph

from . import projections
from .projections import StanceRecord

LOUVAIN_SEED = 0
TOP = 10


class AnalysisError(Exception):
    """A request the graph cannot answer, e.g. an unknown state or topic."""


# ---- identifiers ------------------------------------------------------------------------


def _resolve(
    given: Sequence[str] | None, known: dict[str, str], what: str, looks_like: str
) -> list[str] | None:
    """IRIs for codes the user gave; one clear error for a code not in the graph."""
    if given is None or len(given) == 0:
        return None
    out = []
    for code in given:
        key = code.upper() if what == "state" else code.lower()
        if key not in known:
            raise AnalysisError(f"unknown {what} {code!r} ({looks_like})")
        out.append(known[key])
    return sorted(set(out))


def _codes(book: projections.Names, kind: str) -> dict[str, str]:
    return {book.code(iri): iri for iri, k in sorted(book.kinds.items()) if k == kind}


def _topic_hint(topics: dict[str, str]) -> str:
    if not topics:
        return "this graph has no topics"
    sample = ", ".join(sorted(topics)[:3])
    return f"topics are codebook ids such as {sample}; {len(topics)} in this graph"


_STATE_HINT = "states are ISO 3166-1 alpha-3 codes such as RUS or USA, or EU"


# ---- alignment ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    a: str  # state code, a < b
    b: str
    shared: int
    agree: int
    share: float
    topics: tuple[str, ...]  # the shared topics' codes
    a_iri: str = ""
    b_iri: str = ""


@dataclass(frozen=True)
class Separator:
    topic: str
    label: str
    spread: float
    support: tuple[float | None, ...]  # share of supporting states, per bloc (None: no position)
    iri: str = ""


@dataclass(frozen=True)
class Alignment:
    states: tuple[str, ...]  # codes of the states with a position, sorted
    positions: dict[str, dict[str, str]]  # state code -> topic code -> net position
    pairs: tuple[Pair, ...]  # by share desc, shared desc, then codes
    blocs: tuple[tuple[str, ...], ...]  # by size desc, then first member
    separators: tuple[Separator, ...]  # by spread desc, then topic
    topics: tuple[str, ...]  # the topics considered (codes)
    iris: dict[str, str] = field(default_factory=dict)  # code -> IRI

    def bloc_of(self, state: str) -> int:
        """1-based bloc number of a state."""
        for i, bloc in enumerate(self.blocs, 1):
            if state in bloc:
                return i
        raise KeyError(state)

    def share(self, a: str, b: str) -> float | None:
        key = (a, b) if a < b else (b, a)
        for p in self.pairs:
            if (p.a, p.b) == key:
                return p.share
        return None


def alignment(ds: Dataset | Graph, topics: Sequence[str] | None = None) -> Alignment:
    """Agreement between every pair of States, blocs, and the topics dividing them."""
    book = projections.names(ds)
    known_topics = _codes(book, "Topic")
    topic_iris = _resolve(topics, known_topics, "topic", _topic_hint(known_topics))
    sg = projections.stance_graph(ds, topic_iris, book=book)
    code = {n: d["code"] for n, d in sg.nodes(data=True)}
    positions: dict[str, dict[str, str]] = defaultdict(dict)
    for u, v, d in sg.edges(data=True):
        state, topic = (u, v) if sg.nodes[u]["kind"] == "State" else (v, u)
        positions[code[state]][code[topic]] = d["polarity"]
    states = tuple(sorted(positions))

    pairs = []
    for a, b in combinations(states, 2):
        shared = sorted(set(positions[a]) & set(positions[b]))
        if not shared:
            continue
        agree = sum(1 for t in shared if positions[a][t] == positions[b][t])
        pairs.append(Pair(a, b, len(shared), agree, agree / len(shared), tuple(shared)))
    pairs.sort(key=lambda p: (-p.share, -p.shared, p.a, p.b))

    blocs = _blocs(states, pairs)
    labels = {code[n]: d["label"] for n, d in sg.nodes(data=True) if d["kind"] == "Topic"}
    iris = {code[n]: n for n in sg.nodes}
    separators = _separators(positions, blocs, labels, iris)
    considered = tuple(sorted(code[t] for t in topic_iris)) if topic_iris else tuple(sorted(labels))
    pairs = [
        Pair(p.a, p.b, p.shared, p.agree, p.share, p.topics, iris[p.a], iris[p.b]) for p in pairs
    ]
    return Alignment(
        states,
        dict(positions),
        tuple(pairs),
        blocs,
        separators,
        considered,
        dict(sorted(iris.items())),
    )


def agreement_network(states: Sequence[str], pairs: Sequence[Pair]) -> nx.Graph:
    """States linked by agreement share (pairs that agree on nothing get no edge)."""
    g = nx.Graph()
    g.add_nodes_from(sorted(states))
    for p in sorted(pairs, key=lambda p: (p.a, p.b)):
        if p.agree:
            g.add_edge(p.a, p.b, weight=p.share, shared=p.shared)
    return g


def _blocs(states: Sequence[str], pairs: Sequence[Pair]) -> tuple[tuple[str, ...], ...]:
    g = agreement_network(states, pairs)
    if g.number_of_nodes() == 0:
        return ()
    communities = nx.community.louvain_communities(g, weight="weight", seed=LOUVAIN_SEED)
    blocs = [tuple(sorted(c)) for c in communities]
    return tuple(sorted(blocs, key=lambda b: (-len(b), b)))


def _separators(
    positions: dict[str, dict[str, str]],
    blocs: Sequence[Sequence[str]],
    labels: dict[str, str],
    iris: dict[str, str],
) -> tuple[Separator, ...]:
    if len(blocs) < 2:
        return ()
    out = []
    for topic in sorted(labels):
        shares: list[float | None] = []
        for bloc in blocs:
            held = [positions[s][topic] for s in bloc if topic in positions[s]]
            shares.append(sum(1 for p in held if p == "support") / len(held) if held else None)
        present = [s for s in shares if s is not None]
        if len(present) < 2:
            continue
        spread = max(present) - min(present)
        out.append(Separator(topic, labels[topic], spread, tuple(shares), iris[topic]))
    out.sort(key=lambda s: (-s.spread, s.topic))
    return tuple(out)


# ---- timeline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    state: str
    topic: str
    date: str | None
    event: str | None  # event code
    statement: str  # document id
    polarity: str
    shift: str | None  # e.g. "support->oppose" when this stance reverses the last clear one
    stance: str = ""  # IRI
    statement_iri: str = ""


def timeline(
    ds: Dataset | Graph, state: str | None = None, topic: str | None = None
) -> list[TimelineEntry]:
    """Every stance by state, topic and date (undated last), with shifts flagged."""
    book = projections.names(ds)
    states = _codes(book, "State")
    topics = _codes(book, "Topic")
    state_iri = _resolve([state] if state else None, states, "state", _STATE_HINT)
    topic_iri = _resolve([topic] if topic else None, topics, "topic", _topic_hint(topics))
    records = [
        r
        for r in projections.stance_records(ds)
        if (state_iri is None or r.holder in state_iri)
        and (topic_iri is None or r.topic in topic_iri)
    ]

    def order(r: StanceRecord) -> tuple:
        return (book.code(r.holder), book.code(r.topic), r.date is None, r.date or "", r.document)

    out = []
    last: dict[tuple[str, str], str] = {}
    for r in sorted(records, key=order):
        key = (r.holder, r.topic)
        shift = None
        if r.date is not None and r.polarity != "mixed":
            before = last.get(key)
            if before is not None and before != r.polarity:
                shift = f"{before}->{r.polarity}"
            last[key] = r.polarity
        out.append(
            TimelineEntry(
                state=book.code(r.holder),
                topic=book.code(r.topic),
                date=r.date,
                event=book.code(r.event) if r.event else None,
                statement=r.document,
                polarity=r.polarity,
                shift=shift,
                stance=r.stance,
                statement_iri=r.statement,
            )
        )
    return out


# ---- stats ------------------------------------------------------------------------------

_COUNTS = """
SELECT ?type (COUNT(DISTINCT ?x) AS ?n) WHERE {
  ?x a ?type .
  VALUES ?type { tg:Statement tg:Person tg:State tg:Organization tg:Body tg:Event tg:Resolution
                 tg:Instrument tg:Topic tg:Stance tg:Mention tg:Evidence }
}
GROUP BY ?type
"""
# What statements, stances and officials refer to (as opposed to all the codebook
# knows). One simple pattern per predicate: rdflib joins VALUES over predicates slowly.
_REFERRING = (
    "onBehalfOf",
    "speaker",
    "deliveredAt",
    "mentions",
    "cites",
    "holder",
    "topic",
    "represents",
    "memberOf",
    "target",
)
_EVENTS = """
SELECT ?event ?start (COUNT(DISTINCT ?s) AS ?statements) WHERE {
  ?s a tg:Statement .
  OPTIONAL { ?s tg:deliveredAt ?event . OPTIONAL { ?event schema:startDate ?start } }
}
GROUP BY ?event ?start
"""
TYPE_ORDER = (
    "Statement",
    "Person",
    "State",
    "Organization",
    "Body",
    "Event",
    "Resolution",
    "Instrument",
    "Topic",
    "Stance",
    "Mention",
    "Evidence",
)


@dataclass(frozen=True)
class TypeCount:
    kind: str
    total: int  # in the graph, codebook included
    referenced: int | None  # referred to by statements, stances or officials (entities only)


@dataclass(frozen=True)
class Cited:
    code: str
    label: str
    kind: str
    statements: int
    states: int
    iri: str


@dataclass(frozen=True)
class Central:
    code: str
    label: str
    kind: str
    degree: int
    degree_centrality: float
    betweenness: float
    iri: str


@dataclass(frozen=True)
class EventCount:
    event: str | None  # code; None for statements without an event
    label: str
    start: str | None
    statements: int
    iri: str | None


@dataclass(frozen=True)
class Stats:
    counts: tuple[TypeCount, ...]
    cited: tuple[Cited, ...]  # most cited resolutions and instruments
    central: tuple[Central, ...]  # most central actors
    events: tuple[EventCount, ...]


def stats(ds: Dataset | Graph, top: int = TOP) -> Stats:
    """Counts by type, most cited instruments and resolutions, central actors, events."""
    book = projections.names(ds)
    totals = _type_counts(ds, _COUNTS)
    referenced = _referenced(ds, book)
    counts = tuple(
        TypeCount(
            k,
            totals.get(k, 0),
            referenced.get(k, 0)
            if k not in ("Statement", "Stance", "Mention", "Evidence")
            else None,
        )
        for k in TYPE_ORDER
    )
    return Stats(
        counts, _most_cited(ds, top, book), _most_central(ds, top, book), _events(ds, book)
    )


def _type_counts(ds: Dataset | Graph, text: str) -> dict[str, int]:
    rows = projections._select(ds, text)
    return {projections._tail(str(r.type)): int(r.n) for r in rows}


def _referenced(ds: Dataset | Graph, book: projections.Names) -> dict[str, int]:
    seen: set[str] = set()
    for name in _REFERRING:
        rows = projections._select(ds, f"SELECT DISTINCT ?x WHERE {{ ?s tg:{name} ?x }}")
        seen.update(str(r.x) for r in rows)
    return dict(Counter(book.kind(x) for x in seen if book.kind(x)))


def _most_cited(ds: Dataset | Graph, top: int, book: projections.Names) -> tuple[Cited, ...]:
    cg = projections.citation_graph(ds, book)
    out = []
    for node, data in cg.nodes(data=True):
        if data["kind"] == "Statement":
            continue
        citing = list(cg.predecessors(node))
        states = {cg.nodes[s]["state"] for s in citing if cg.nodes[s]["state"]}
        out.append(Cited(data["code"], data["label"], data["kind"], len(citing), len(states), node))
    out.sort(key=lambda c: (-c.statements, -c.states, c.kind, c.code))
    return tuple(out[:top])


def _most_central(ds: Dataset | Graph, top: int, book: projections.Names) -> tuple[Central, ...]:
    ag = projections.actor_graph(ds, book)
    if ag.number_of_nodes() == 0:
        return ()
    degree = nx.degree_centrality(ag)
    # Unweighted shortest paths: a link is a link, however many statements make it.
    between = nx.betweenness_centrality(ag, normalized=True)
    out = [
        Central(
            d["code"],
            d["label"],
            d["kind"],
            ag.degree(n),
            round(degree[n], 6),
            round(between[n], 6),
            n,
        )
        for n, d in ag.nodes(data=True)
    ]
    out.sort(key=lambda c: (-c.betweenness, -c.degree, c.kind, c.code))
    return tuple(out[:top])


def _events(ds: Dataset | Graph, book: projections.Names) -> tuple[EventCount, ...]:
    counts: Counter[tuple[str | None, str | None]] = Counter()
    for r in projections._select(ds, _EVENTS):
        event = str(r.event) if r.event is not None else None
        start = str(r.start) if r.start is not None else None
        counts[(event, start)] += int(r.statements)
    out = [
        EventCount(
            book.code(e) if e else None,
            book.label(e) if e else "(no event)",
            start,
            n,
            e,
        )
        for (e, start), n in counts.items()
    ]
    out.sort(key=lambda e: (e.event is None, e.start or "~", _natural(e.event or "")))
    return tuple(out)


def _natural(code: str) -> tuple:
    """unga-8 before unga-11."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", code))


# ---- rendering --------------------------------------------------------------------------


def _table(names: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    from .query import table

    return table(names, [["" if c is None else str(c) for c in row] for row in rows])


def _csv(names: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    writer.writerows([["" if c is None else c for c in row] for row in rows])
    return out.getvalue()


def _json(value: object) -> str:
    return json.dumps(value, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def render(result: Alignment | list[TimelineEntry] | Stats, fmt: str) -> str:
    """Text for an analysis result: ``table`` (people), ``csv`` or ``json`` (tools)."""
    if isinstance(result, Alignment):
        return _render_alignment(result, fmt)
    if isinstance(result, Stats):
        return _render_stats(result, fmt)
    return _render_timeline(result, fmt)


_PAIR_COLUMNS = ["state_a", "state_b", "shared", "agree", "share", "bloc_a", "bloc_b"]


def _render_alignment(al: Alignment, fmt: str) -> str:
    rows = [
        [p.a, p.b, p.shared, p.agree, f"{p.share:.2f}", al.bloc_of(p.a), al.bloc_of(p.b)]
        for p in al.pairs
    ]
    if fmt == "csv":
        return _csv(_PAIR_COLUMNS, rows)
    if fmt == "json":
        return _json(
            {
                "topics": list(al.topics),
                "states": {s: {"iri": al.iris[s], "bloc": al.bloc_of(s)} for s in al.states},
                "positions": al.positions,
                "pairs": [asdict(p) for p in al.pairs],
                "blocs": [list(b) for b in al.blocs],
                "separators": [asdict(s) for s in al.separators],
            }
        )
    parts = [_table(_PAIR_COLUMNS, rows)]
    parts.append(
        f"blocs ({len(al.blocs)}; Louvain on agreement share, seed {LOUVAIN_SEED}):\n"
        + "".join(f"  {i}: {' '.join(b)}\n" for i, b in enumerate(al.blocs, 1))
    )
    if al.separators:
        names = ["topic", "spread", *[f"bloc {i} support" for i in range(1, len(al.blocs) + 1)]]
        sep_rows = [
            [s.topic, f"{s.spread:.2f}", *["" if x is None else f"{x:.2f}" for x in s.support]]
            for s in al.separators
        ]
        parts.append("topics that separate the blocs:\n" + _table(names, sep_rows))
    return "\n".join(parts)


_TIMELINE_COLUMNS = ["state", "topic", "date", "event", "statement", "polarity", "shift"]


def _render_timeline(entries: list[TimelineEntry], fmt: str) -> str:
    rows = [[e.state, e.topic, e.date, e.event, e.statement, e.polarity, e.shift] for e in entries]
    if fmt == "csv":
        return _csv(_TIMELINE_COLUMNS, rows)
    if fmt == "json":
        return _json([asdict(e) for e in entries])
    shifts = sum(1 for e in entries if e.shift)
    return _table(_TIMELINE_COLUMNS, rows) + f"shifts: {shifts}\n"


def _render_stats(st: Stats, fmt: str) -> str:
    if fmt == "json":
        sections = {"counts": st.counts, "cited": st.cited, "central": st.central}
        return _json(
            {
                **{k: [asdict(x) for x in v] for k, v in sections.items()},
                "events": [asdict(e) for e in st.events],
            }
        )
    if fmt == "csv":
        raise AnalysisError("stats has no csv format (use table or json)")
    parts = [
        "counts:\n"
        + _table(
            ["type", "in graph", "referenced"], [[c.kind, c.total, c.referenced] for c in st.counts]
        ),
        "most cited resolutions and instruments:\n"
        + _table(
            ["id", "type", "statements", "states", "label"],
            [[c.code, c.kind, c.statements, c.states, c.label] for c in st.cited],
        ),
        "most central actors (actor graph):\n"
        + _table(
            ["id", "type", "degree", "betweenness", "label"],
            [[c.code, c.kind, c.degree, f"{c.betweenness:.3f}", c.label] for c in st.central],
        ),
        "statements per event:\n"
        + _table(
            ["event", "start", "statements", "label"],
            [[e.event or "-", e.start, e.statements, e.label] for e in st.events],
        ),
    ]
    return "\n".join(parts)


# ---- heatmap ----------------------------------------------------------------------------


def heatmap(al: Alignment, path: str | Path) -> Path:
    """A PNG of agreement shares, States ordered by bloc; grey where no topic is shared."""
    import matplotlib

    matplotlib.use("Agg")  # no display; same pixels everywhere
    import matplotlib.pyplot as plt
    import numpy as np

    order = [s for bloc in al.blocs for s in bloc]
    n = len(order)
    matrix = np.full((max(n, 1), max(n, 1)), np.nan)
    shares = {(p.a, p.b): p.share for p in al.pairs}
    for i, a in enumerate(order):
        for j, b in enumerate(order):
            value = 1.0 if a == b else shares.get((a, b) if a < b else (b, a))
            matrix[i, j] = np.nan if value is None else value
    size = min(max(3.0, 0.28 * n + 2.0), 40.0)
    fig, ax = plt.subplots(figsize=(size + 1.2, size), dpi=100)
    cmap = matplotlib.colormaps["RdYlGn"].with_extremes(bad="#dddddd")
    image = ax.imshow(np.ma.masked_invalid(matrix), cmap=cmap, vmin=0.0, vmax=1.0)
    ax.set_xticks(range(n), order, rotation=90, fontsize=7)
    ax.set_yticks(range(n), order, fontsize=7)
    edge = 0
    for bloc in al.blocs[:-1]:  # lines between blocs
        edge += len(bloc)
        ax.axhline(edge - 0.5, color="black", linewidth=1)
        ax.axvline(edge - 0.5, color="black", linewidth=1)
    title = "agreement share between States, by bloc"
    ax.set_title(title if n else "no stances: nothing to compare", fontsize=9)
    fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04, label="agreement share")
    fig.tight_layout()
    buffer = io.BytesIO()
    try:
        # No "Software" chunk: the bytes depend on the picture only.
        fig.savefig(buffer, format="png", metadata={"Software": None})
    finally:
        plt.close(fig)
    target = Path(path)
    _write_bytes(target, buffer.getvalue())
    return target


def _write_bytes(path: Path, data: bytes) -> None:
    """Atomic write, like :func:`graph.storage.write_text`: temporary file, then rename."""
    from .storage import GraphFileError

    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise GraphFileError(f"{path}: cannot write: {exc.strerror or exc}") from None
