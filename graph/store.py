"""The persistent store: an Oxigraph database on disk, one named graph per statement.

Reads go through rdflib (``open_dataset`` gives an rdflib ``Dataset`` whose string
SPARQL queries Oxigraph evaluates); writes go straight to pyoxigraph's bulk loader.

Each statement is its own named graph, keyed by its document id. The store's
default graph holds the *merge* of all named graphs (every distinct triple once),
kept up to date on every change: queries read it, so they see the same set of
triples as over an RDF file (Oxigraph's union default graph would repeat a triple
once per graph that holds it), and they need no union at query time.

Layout of a store directory::

    DIR/treatygraph-store.json   which data directory is current, the IRI base
    DIR/data-<n>/                the Oxigraph (RocksDB) database

A change never touches the current database: it is copied (a RocksDB checkpoint,
cheap hard links) or started empty, changed, and only then made current by
rewriting the marker atomically. A build or add that fails part-way (an error, or
statements that do not conform to the shapes) therefore leaves the store as it was.
"""

from __future__ import annotations

import gc
import io
import json
import shutil
import traceback
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore as _OxrdflibStore
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.store import Store as RdflibStore
from rdflib.term import Node

from . import builder
from .iris import DEFAULT_BASE, Minter
from .model import Extraction
from .storage import GraphFileError, write_text

MARKER = "treatygraph-store.json"
FORMAT = "treatygraph-store"
VERSION = 2  # 2: the default graph holds the merge of the named graphs
DEFAULT_STORE = "out/store"
# N-Quads text handed to Oxigraph's bulk loader at a time: big enough for fast
# loads, small enough to keep memory flat on a corpus of millions of triples.
_BATCH_CHARS = 32_000_000
# Oxigraph keeps values, not lexical forms: it reads ``"5"^^xsd:nonNegativeInteger``
# back as ``xsd:integer``. The builder's derived datatypes, restored on reading.
_DERIVED = {
    ox.NamedNode(str(builder.OA.start)): XSD.nonNegativeInteger,
    ox.NamedNode(str(builder.OA.end)): XSD.nonNegativeInteger,
}
_XSD_STRING = ox.NamedNode(str(XSD.string))
_TERM_CACHE = 200_000  # terms an open store keeps converted
_OPTIMIZE_AFTER = 500  # statements written at once after which the database is compacted
_XSD_INTEGER = ox.NamedNode(str(XSD.integer))


class StoreError(GraphFileError):
    """A store that cannot be opened or changed; the message names the directory."""


class NonConformingError(StoreError):
    """Statements whose graphs break the SHACL shapes; nothing was written.

    ``problems`` maps a document id (or ``codebook``) to its violations.
    """

    def __init__(self, message: str, problems: Mapping[str, Sequence[str]]) -> None:
        super().__init__(message)
        self.problems = dict(problems)


@dataclass(frozen=True)
class WriteSummary:
    added: int
    replaced: int
    unchanged: int
    statements: int  # statements in the store afterwards
    quads: int  # quads in the named graphs afterwards


# ---- statements as N-Triples (runs in extraction workers) -----------------------------


@dataclass(frozen=True)
class Rendered:
    """One statement's named graph, ready to load, and its SHACL violations."""

    document: str
    graph: str
    ntriples: str
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class Renderer:
    """Builds statement graphs with :mod:`graph.builder` and, with ``validate``, checks
    them against the shapes (see :func:`graph.validate.problems_by_graph`).

    A picklable callable, so extraction workers can build and check their batch.
    """

    base: str = DEFAULT_BASE
    with_text: bool = True
    validate: bool = False

    def __call__(self, extractions: Sequence[Extraction]) -> list[Rendered]:
        from . import validate as shacl

        ds = Dataset(store=_Scratch())
        builder.bind_prefixes(ds, self.base)
        build = builder.Builder(ds, self.base, self.with_text)
        names = [build.add(x) for x in extractions]
        problems: dict[URIRef, list[str]] = {}
        if self.validate:
            problems = shacl.problems_by_graph(ds, names, authority_graph(self.base))
        shared = problems.get(URIRef(shacl.AUTHORITY), [])  # the codebook's, if any
        return [
            Rendered(
                x.document.id,
                str(name),
                ntriples(ds.graph(name)),
                tuple(problems.get(name, []) + shared),
            )
            for x, name in zip(extractions, names, strict=True)
        ]


class _Scratch(RdflibStore):
    """A write-mostly rdflib store: each graph's triples in insertion order.

    The builder only adds triples and replaces whole graphs; rdflib's Memory store
    keeps indexes for any pattern, which cost more than building the graphs.
    """

    context_aware = True
    graph_aware = True

    def __init__(self) -> None:
        super().__init__()
        self.graphs: dict[Node, dict[tuple[Node, Node, Node], None]] = {}

    def add(self, triple, context, quoted=False) -> None:  # type: ignore[no-untyped-def]
        self.graphs.setdefault(context.identifier, {})[triple] = None

    def addN(self, quads) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        for s, p, o, context in quads:
            self.add((s, p, o), context)

    def add_graph(self, graph: Graph) -> None:
        self.graphs.setdefault(graph.identifier, {})

    def remove_graph(self, graph: Graph) -> None:
        self.graphs.pop(graph.identifier, None)

    def _selected(self, context: Any) -> list[dict]:
        if context is None:
            return list(self.graphs.values())
        return [self.graphs.get(getattr(context, "identifier", context), {})]

    def triples(self, triple_pattern, context=None):  # type: ignore[no-untyped-def]
        s, p, o = triple_pattern
        for graph in self._selected(context):
            for triple in graph:
                if (
                    (s is None or triple[0] == s)
                    and (p is None or triple[1] == p)
                    and (o is None or triple[2] == o)
                ):
                    yield triple, iter((context,))

    def remove(self, triple_pattern, context=None) -> None:  # type: ignore[no-untyped-def]
        for graph in self._selected(context):
            for triple in [t for t, _ in self.triples(triple_pattern, None) if t in graph]:
                del graph[triple]

    def __len__(self, context: Any = None) -> int:
        return sum(len(graph) for graph in self._selected(context))

    def contexts(self, triple=None):  # type: ignore[no-untyped-def]
        for name, graph in self.graphs.items():
            if triple is None or triple in graph:
                yield Graph(store=self, identifier=name)


def ntriples(graph: Graph) -> str:
    return graph.serialize(format="nt")


@cache
def authority_graph(base: str = DEFAULT_BASE) -> Graph:
    """The codebook's authority graph (built once per process)."""
    ds = builder.new_dataset(base)
    name = builder.add_authority(ds, base)
    graph = Graph(identifier=name)
    graph += ds.graph(name)
    return graph


# ---- opening ----------------------------------------------------------------------


def is_store(path: str | Path) -> bool:
    """True for a directory written by :func:`write` (it holds the marker file)."""
    path = Path(path)
    return path.is_dir() and (path / MARKER).is_file()


def _read_marker(path: Path) -> dict:
    try:
        marker = json.loads((path / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: unreadable store marker {MARKER}: {exc}") from exc
    if not isinstance(marker, dict) or marker.get("format") != FORMAT:
        raise StoreError(f"{path}: {MARKER} is not a treatygraph store marker")
    if marker.get("version") != VERSION:
        raise StoreError(
            f"{path}: store version {marker.get('version')} (this needs {VERSION}); "
            "rebuild it with: treatygraph build SOURCES --store DIR"
        )
    return marker


def _data_dir(path: Path, marker: dict) -> Path:
    data = path / str(marker.get("data", ""))
    if not marker.get("data") or not data.is_dir():
        raise StoreError(f"{path}: store data directory {marker.get('data')!r} is missing")
    return data


def base_of(path: str | Path) -> str:
    return str(_read_marker(Path(path)).get("base", DEFAULT_BASE))


def open_oxigraph(path: str | Path) -> ox.Store:
    """The current database of a store, read-only (other readers may share it)."""
    path = Path(path)
    data = _data_dir(path, _read_marker(path))
    try:
        return ox.Store.read_only(str(data))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open store: {exc}") from exc


def open_dataset(path: str | Path) -> Dataset:
    """An rdflib ``Dataset`` over the store: its default graph is the union of the
    statements' graphs, as for a file read by ``storage.load``.

    It is read-only: change a store with :func:`write` and :func:`remove`.
    """
    ds = Dataset(store=OxigraphStore(store=open_oxigraph(path)), default_union=True)
    builder.bind_prefixes(ds, base_of(path))
    return ds


def from_ox(term: Any, predicate: ox.NamedNode | None = None) -> Node:
    """A pyoxigraph term as rdflib builds it (plain strings, derived datatypes kept)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype == _XSD_STRING:
            return Literal(term.value)
        if term.datatype == _XSD_INTEGER and predicate in _DERIVED:
            return Literal(term.value, datatype=_DERIVED[predicate])
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot read {term!r}")


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


class OxigraphStore(_OxrdflibStore):
    """oxrdflib's store over a read-only database whose default graph is the merge.

    rdflib's union (context None) is read from the default graph; rdflib's own
    default graph is empty, as after loading a TriG file; terms come back the way
    rdflib built them. The class name is what ``query.run`` looks for to hand
    query text to Oxigraph's engine.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Query results repeat terms (states, topics, labels): converting each once
        # is most of what reading a large result costs in Python.
        self._terms: dict[tuple[Any, Any], Node] = {}

    def term(self, term: Any, predicate: ox.NamedNode | None = None) -> Node:
        key = (term, predicate if predicate in _DERIVED else None)
        found = self._terms.get(key)
        if found is None:
            if len(self._terms) >= _TERM_CACHE:
                self._terms.clear()
            found = self._terms[key] = from_ox(term, predicate)
        return found

    def add_graph(self, graph: Graph) -> None:
        pass  # a graph exists through its quads; lets ``ds.graph(name)`` look one up

    def _graph_name(self, context: Any) -> ox.NamedNode | ox.DefaultGraph | None:
        """Where rdflib's ``context`` lives in Oxigraph; None: nowhere (empty)."""
        if context is None:
            return ox.DefaultGraph()
        identifier = getattr(context, "identifier", context)
        if identifier == DATASET_DEFAULT_GRAPH_ID or not isinstance(identifier, URIRef):
            return None
        return ox.NamedNode(str(identifier))

    def triples(self, triple_pattern, context=None):  # type: ignore[no-untyped-def]
        graph = self._graph_name(context)
        if graph is None:
            return iter(())
        try:
            s, p, o = (None if t is None else to_ox(t) for t in triple_pattern)
        except (TypeError, ValueError):
            return iter(())  # a pattern no stored triple can match (e.g. a path)
        return self._triples(s, p, o, graph, context)

    def _triples(self, s, p, o, graph, context) -> Iterator:  # type: ignore[no-untyped-def]
        term = self.term
        for q in self._inner.quads_for_pattern(s, p, o, graph):
            predicate = q.predicate
            triple = (term(q.subject), term(predicate), term(q.object, predicate))
            yield triple, iter((context,))

    def __len__(self, context: Any = None) -> int:
        graph = self._graph_name(context)
        if graph is None:
            return 0
        where = (
            "?s ?p ?o" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{ ?s ?p ?o }}"
        )
        result = self._inner.query(f"SELECT (COUNT(*) AS ?c) WHERE {{ {where} }}")
        return int(next(iter(result))[0].value)  # type: ignore[arg-type,index]

    def contexts(self, triple=None):  # type: ignore[no-untyped-def]
        if triple is None:
            names = {g.value for g in self._inner.named_graphs()}
        else:
            s, p, o = (to_ox(t) for t in triple)
            names = {
                q.graph_name.value
                for q in self._inner.quads_for_pattern(s, p, o)
                if isinstance(q.graph_name, ox.NamedNode)
            }
        return (Graph(store=self, identifier=URIRef(n)) for n in sorted(names))

    def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # type: ignore[no-untyped-def]  # noqa: N803
        if not isinstance(query, str) or kwargs:
            raise NotImplementedError("Oxigraph evaluates query text")  # rdflib's engine then
        result = self._inner.query(
            query,
            prefixes={k: str(v) for k, v in dict(self._namespace_for_prefix, **initNs).items()},
            substitutions={ox.Variable(k): to_ox(v) for k, v in initBindings.items()},
        )
        if isinstance(result, ox.QueryBoolean):
            out = Result("ASK")
            out.askAnswer = bool(result)
        elif isinstance(result, ox.QuerySolutions):
            out = Result("SELECT")
            names = [Variable(v.value) for v in result.variables]
            out.vars = names
            term = self.term
            out.bindings = (
                {k: term(v) for k, v in zip(names, row, strict=True) if v is not None}
                for row in result
            )
        else:
            out = Result("CONSTRUCT")
            out.graph = Graph()
            term = self.term
            out.graph += ((term(s), term(p), term(o, p)) for s, p, o in result)
        return out


def statement_count(store: ox.Store, base: str = DEFAULT_BASE) -> int:
    prefix = Minter(base).statement_graph("x")[: -len("x")]
    return sum(1 for g in store.named_graphs() if g.value.startswith(prefix))


def named_quads(store: ox.Store) -> int:
    """Quads in the named graphs (the merge in the default graph not counted)."""
    result = store.query("SELECT (COUNT(*) AS ?c) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(next(iter(result))[0].value)  # type: ignore[arg-type,index]


# ---- writing -------------------------------------------------------------------------


def _prepare(path: Path) -> dict | None:
    """The marker of an existing store, None for a new one; refuses other folders."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store directory")
    if is_store(path):
        return _read_marker(path)
    if path.is_dir() and any(path.iterdir()):
        raise StoreError(f"{path}: exists and is not a treatygraph store (not empty)")
    return None


def _next_data_name(path: Path, marker: dict | None) -> str:
    current = str(marker.get("data", "data-0")) if marker else "data-0"
    try:
        n = int(current.rsplit("-", 1)[1]) + 1
    except (IndexError, ValueError):
        n = 1
    while (path / f"data-{n}").exists():  # leftovers of a crash: never reuse them
        n += 1
    return f"data-{n}"


def _commit(path: Path, marker: dict | None, new_data: str, base: str) -> None:
    """Make ``new_data`` current (atomic marker rewrite), then drop the old database."""
    record = {"format": FORMAT, "version": VERSION, "data": new_data, "base": base}
    write_text(path / MARKER, json.dumps(record, indent=1) + "\n")
    if marker and marker.get("data") and marker["data"] != new_data:
        shutil.rmtree(path / str(marker["data"]), ignore_errors=True)


class _Writer:
    """Puts statement graphs into a writable database and keeps the merge up to date.

    Into an empty database everything goes through the bulk loader, each graph's
    triples twice (named graph and merge); a graph already there is compared with
    the new one, and replaced only if it differs.
    """

    def __init__(self, store: ox.Store, empty: bool) -> None:
        self.store = store
        self.empty = empty
        self.pending: list[str] = []
        self.pending_chars = 0
        self.seen: set[str] = set()
        self.added = self.replaced = self.unchanged = 0

    def put(self, graph: str, text: str) -> None:
        name = ox.NamedNode(graph)
        known = graph in self.seen
        self.seen.add(graph)
        if not known and (self.empty or not self.store.contains_named_graph(name)):
            self.added += 1
            self._queue(graph, text)
            return
        self.flush()  # the graph's old quads may still be pending
        new = _parsed(text, name)
        old = set(self.store.quads_for_pattern(None, None, None, name))
        if old == new:
            self.unchanged += 1
            return
        if not known:
            self.replaced += 1
        self.drop(name, keep={(q.subject, q.predicate, q.object) for q in new})
        merge = ox.DefaultGraph()
        self.store.extend([*new, *(ox.Quad(q.subject, q.predicate, q.object, merge) for q in new)])

    def drop(self, name: ox.NamedNode, keep: set | frozenset = frozenset()) -> None:
        """Remove a named graph, and from the merge its triples no other graph holds."""
        old = list(self.store.quads_for_pattern(None, None, None, name))
        self.store.remove_graph(name)
        merge = ox.DefaultGraph()
        for q in old:
            triple = (q.subject, q.predicate, q.object)
            if triple in keep:
                continue
            others = self.store.quads_for_pattern(*triple)
            if not any(isinstance(o.graph_name, ox.NamedNode) for o in others):
                self.store.remove(ox.Quad(*triple, merge))

    def fresh(self, graph: str, text: str) -> bytes:
        """N-Quads for a graph new to an empty database: in the merge and named."""
        self.seen.add(graph)
        self.added += 1
        return (text + _in_graph(text, graph)).encode("utf-8")

    def stream(self, chunks: Iterator[bytes]) -> None:
        """Bulk-load N-Quads as ``chunks`` yields them (into an empty database)."""
        reader = _Reader(chunks)
        try:
            self.store.bulk_load(io.BufferedReader(reader, 1 << 20), ox.RdfFormat.N_QUADS)
        except BaseException:
            if reader.error is not None:
                raise reader.error from None
            raise
        if reader.error is not None:
            raise reader.error

    def _queue(self, graph: str, text: str) -> None:
        self.pending += [text, _in_graph(text, graph)]
        self.pending_chars += 2 * len(text)
        if self.pending_chars >= _BATCH_CHARS:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            data = "".join(self.pending).encode("utf-8")
            self.pending, self.pending_chars = [], 0
            self.store.bulk_load(data, ox.RdfFormat.N_QUADS)


def _in_graph(text: str, graph: str) -> str:
    """N-Triples ``text`` as N-Quads in ``graph``."""
    # N-Triples escapes line breaks inside literals: " .\n" only ends a line.
    return text.replace(" .\n", f" <{graph}> .\n")


def _parsed(text: str, name: ox.NamedNode) -> set[ox.Quad]:
    """The quads of N-Triples ``text`` in graph ``name``, as Oxigraph stores them."""
    memory = ox.Store()
    memory.load(text.encode("utf-8"), ox.RdfFormat.N_TRIPLES, to_graph=name)
    return set(memory)


def write(
    path: str | Path,
    statements: Iterable[Extraction | Rendered],
    *,
    base: str | None = None,
    with_text: bool = True,
    fresh: bool = False,
) -> WriteSummary:
    """Add (or, with ``fresh``, build from scratch) statements in the store at ``path``.

    ``statements`` are extractions, or statements already rendered (and checked) by a
    :class:`Renderer`, e.g. in extraction workers. Each statement replaces its own
    named graph; the authority graph is rewritten from the codebook. If a rendered
    statement has SHACL problems, :class:`NonConformingError` lists them all and the
    store is left as it was, as it is after any other exception.
    """
    path = Path(path)
    marker = _prepare(path)
    stored_base = str(marker.get("base", DEFAULT_BASE)) if marker else None
    if base and stored_base and base != stored_base and not fresh:
        raise StoreError(f"{path}: the store uses base {stored_base}, not {base}")
    base = base or stored_base or DEFAULT_BASE
    path.mkdir(parents=True, exist_ok=True)
    new_data = _next_data_name(path, marker)
    target = path / new_data
    try:
        if marker and not fresh:
            open_oxigraph(path).backup(str(target))
        store = ox.Store(str(target))
        summary = _load(store, statements, base, with_text, empty=not marker or fresh)
        if summary.added + summary.replaced >= _OPTIMIZE_AFTER:
            store.optimize()  # compacts what the bulk loader wrote: queries get ~4x faster
        store.flush()
        del store  # closes the database before it becomes current
    except BaseException as exc:
        store = None  # noqa: F841  (closes it: _discard needs it closed)
        _discard(target, exc)
        raise
    _commit(path, marker, new_data, base)
    return summary


def _discard(target: Path, exc: BaseException) -> None:
    """Delete an abandoned database; it must be closed first, and the traceback's
    frames still hold it, so their locals are cleared (the traceback stays)."""
    traceback.clear_frames(exc.__traceback__)
    gc.collect()
    shutil.rmtree(target, ignore_errors=True)


def _load(
    store: ox.Store,
    statements: Iterable[Extraction | Rendered],
    base: str,
    with_text: bool,
    empty: bool,
) -> WriteSummary:
    writer = _Writer(store, empty)
    authority = authority_graph(base)
    render = Renderer(base, with_text)
    problems: dict[str, list[str]] = {}

    def checked() -> Iterator[Rendered]:
        for item in statements:
            rendered = item if isinstance(item, Rendered) else render([item])[0]
            if rendered.problems:
                problems.setdefault(rendered.document, []).extend(rendered.problems)
            if not problems:  # after a problem, only collect the others
                yield rendered

    if empty:
        # One bulk load streams the whole build: the fewest writes to disk.
        repeated: list[Rendered] = []  # a document id seen again replaces the first

        def chunks() -> Iterator[bytes]:
            yield writer.fresh(str(authority.identifier), ntriples(authority))
            for rendered in checked():
                if rendered.graph in writer.seen:
                    repeated.append(rendered)
                else:
                    yield writer.fresh(rendered.graph, rendered.ntriples)

        writer.stream(chunks())
        writer.added -= 1  # the authority graph is not a statement
        for rendered in repeated:
            writer.put(rendered.graph, rendered.ntriples)
    else:
        writer.put(str(authority.identifier), ntriples(authority))
        writer.added = writer.replaced = writer.unchanged = 0  # it is not a statement
        for rendered in checked():
            writer.put(rendered.graph, rendered.ntriples)
    if problems:
        raise NonConformingError(non_conforming_message(problems), problems)
    writer.flush()
    return WriteSummary(
        writer.added,
        writer.replaced,
        writer.unchanged,
        statement_count(store, base),
        named_quads(store),
    )


class _Reader(io.RawIOBase):
    """A binary file over an iterator of byte strings, for Oxigraph's bulk loader.

    An exception raised by the iterator (e.g. in extraction) is kept in ``error``.
    """

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self.chunks = chunks
        self.buffer = b""
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:  # type: ignore[no-untyped-def]
        while not self.buffer:
            try:
                self.buffer = next(self.chunks)
            except StopIteration:
                return 0
            except BaseException as exc:
                self.error = exc
                raise
        n = min(len(target), len(self.buffer))
        target[:n] = self.buffer[:n]
        self.buffer = self.buffer[n:]
        return n


def non_conforming_message(problems: Mapping[str, Sequence[str]]) -> str:
    n = len(problems)
    return f"{n} statement{' does' if n == 1 else 's do'} not conform to the shapes"


def remove(path: str | Path, ids: Iterable[str]) -> WriteSummary:
    """Drop the named graphs of the statements ``ids`` (document ids or graph IRIs)."""
    path = Path(path)
    if not is_store(path):
        raise StoreError(f"{path}: not a treatygraph store")
    marker = _read_marker(path)
    base = str(marker.get("base", DEFAULT_BASE))
    minter = Minter(base)
    current = open_oxigraph(path)
    names = []
    for id in ids:
        iri = id if id.startswith(("http://", "https://")) else str(minter.statement_graph(id))
        try:
            name = ox.NamedNode(iri)
        except ValueError:
            raise StoreError(f"{path}: no statement {id!r} in the store") from None
        if not current.contains_named_graph(name):
            raise StoreError(f"{path}: no statement {id!r} in the store")
        names.append(name)
    new_data = _next_data_name(path, marker)
    target = path / new_data
    try:
        current.backup(str(target))
        store = ox.Store(str(target))
        writer = _Writer(store, empty=False)
        for name in names:
            writer.drop(name)
        summary = WriteSummary(0, 0, 0, statement_count(store, base), named_quads(store))
        store.flush()
        del store
    except BaseException as exc:
        store = None  # noqa: F841  (closes it: _discard needs it closed)
        _discard(target, exc)
        raise
    _commit(path, marker, new_data, base)
    return summary
