"""The persistent store: an Oxigraph database on disk, one named graph per statement.

Reads go through rdflib (``open_dataset`` gives an rdflib ``Dataset`` backed by
oxrdflib, so string SPARQL queries are evaluated by Oxigraph); writes go straight to
pyoxigraph, which loads several times faster than adding triples through rdflib.

Layout of a store directory::

    DIR/treatygraph-store.json   which data directory is current, the IRI base
    DIR/data-<n>/                the Oxigraph (RocksDB) database

A change never touches the current database: it is copied (a RocksDB checkpoint,
cheap hard links) or started empty, changed, checked, and only then made current by
rewriting the marker atomically. A build or add that fails part-way therefore leaves
the store exactly as it was.
"""

from __future__ import annotations

import gc
import json
import shutil
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from . import builder
from .iris import DEFAULT_BASE, Minter
from .model import Extraction
from .storage import GraphFileError, write_text

MARKER = "treatygraph-store.json"
FORMAT = "treatygraph-store"
VERSION = 1
DEFAULT_STORE = "out/store"
# Quads handed to Oxigraph at a time: big enough for fast bulk loads, small enough
# to keep memory flat on a corpus of millions of triples.
_BATCH = 200_000


class StoreError(GraphFileError):
    """A store that cannot be opened or changed; the message names the directory."""


@dataclass(frozen=True)
class WriteSummary:
    added: int
    replaced: int
    unchanged: int
    statements: int  # statements in the store afterwards
    quads: int  # quads in the store afterwards


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
        raise StoreError(f"{path}: store version {marker.get('version')} (this needs {VERSION})")
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
    """An rdflib ``Dataset`` over the store (union default graph, like ``storage.load``).

    It is read-only: change a store with :func:`write` and :func:`remove`.
    """
    ds = Dataset(store=_read_only_store(open_oxigraph(path)), default_union=True)
    builder.bind_prefixes(ds, base_of(path))
    return ds


def _plain(term: Node) -> Node:
    """``"x"^^xsd:string`` as the plain ``"x"`` rdflib writes (RDF 1.1: the same literal)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


class ReadOnlyOxigraphStore(OxigraphStore):
    """oxrdflib's store, reading terms back the way rdflib built them.

    ``add_graph`` does nothing (a graph exists through its quads), so that
    ``ds.graph(name)`` can look a graph up in a read-only database.
    """

    def add_graph(self, graph: Graph) -> None:
        pass

    def triples(self, triple_pattern, context=None):  # type: ignore[no-untyped-def]
        for (s, p, o), contexts in super().triples(triple_pattern, context):
            yield (s, p, _plain(o)), contexts

    def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # type: ignore[no-untyped-def]  # noqa: N803
        result = super().query(query, initNs, initBindings, queryGraph, **kwargs)
        if result.type == "SELECT":
            # The private generator, not ``.bindings``: that would materialise every row.
            rows = getattr(result, "_genbindings", None) or result.bindings
            result.bindings = ({k: _plain(v) for k, v in row.items()} for row in rows)
        elif result.type == "CONSTRUCT" and result.graph is not None:
            graph = Graph()
            graph += ((s, p, _plain(o)) for s, p, o in result.graph)
            result.graph = graph
        return result


def _read_only_store(inner: ox.Store) -> ReadOnlyOxigraphStore:
    return ReadOnlyOxigraphStore(store=inner)


def statement_count(store: ox.Store, base: str = DEFAULT_BASE) -> int:
    prefix = Minter(base).statement_graph("x")[: -len("x")]
    return sum(1 for g in store.named_graphs() if g.value.startswith(prefix))


# ---- rdflib -> pyoxigraph ---------------------------------------------------------------


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


def _quads(ds: Dataset, name: URIRef) -> list[ox.Quad]:
    graph = ox.NamedNode(str(name))
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph) for s, p, o in ds.graph(name)]


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


class _Loader:
    """Batches quads into a writable Oxigraph database."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.pending: list[ox.Quad] = []

    def put_graph(self, quads: list[ox.Quad], name: ox.NamedNode) -> None:
        self.flush()  # an earlier batch may hold this graph's old quads
        self.store.remove_graph(name)
        self.pending.extend(quads)
        if len(self.pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.store.bulk_extend(self.pending)
            self.pending = []


def write(
    path: str | Path,
    extractions: Iterable[Extraction],
    *,
    base: str | None = None,
    with_text: bool = True,
    fresh: bool = False,
    check: Callable[[Dataset], None] | None = None,
) -> WriteSummary:
    """Add (or, with ``fresh``, build from scratch) statements in the store at ``path``.

    Each statement replaces its own named graph; the authority graph is rewritten
    from the codebook. ``check`` sees what this call writes (the authority graph and
    the new statements' graphs, as rdflib built them) before the change becomes
    current, and may raise to abandon it. Any exception leaves the store as it was.

    Oxigraph keeps values, not lexical forms: a derived datatype such as
    ``xsd:nonNegativeInteger`` (``oa:start``/``oa:end``) is read back as
    ``xsd:integer``. That is why ``check`` sees the data before it is stored.
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
        written = builder.new_dataset(base) if check is not None else None
        summary = _load(store, extractions, base, with_text, written)
        if check is not None and written is not None:
            check(written)
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
    extractions: Iterable[Extraction],
    base: str,
    with_text: bool,
    written: Dataset | None = None,
) -> WriteSummary:
    """Write the authority graph and each extraction's graph; ``written`` keeps a copy."""
    scratch = builder.new_dataset(base)

    def take(name: URIRef) -> list[ox.Quad]:
        graph = scratch.graph(name)
        if written is not None:
            target = written.graph(name)
            for triple in graph:
                target.add(triple)
        quads = _quads(scratch, name)
        scratch.remove_graph(graph)
        return quads

    authority = builder.add_authority(scratch, base)
    loader = _Loader(store)
    loader.put_graph(take(authority), ox.NamedNode(str(authority)))
    build = builder.Builder(scratch, base, with_text)
    added = replaced = unchanged = 0
    for x in extractions:
        name = build.add(x)
        quads = take(name)
        graph = ox.NamedNode(str(name))
        if store.contains_named_graph(graph):
            loader.flush()
            old = set(store.quads_for_pattern(None, None, None, graph))
            if old == _as_stored(quads):
                unchanged += 1
                continue
            replaced += 1
        else:
            added += 1
        loader.put_graph(quads, graph)
    loader.flush()
    return WriteSummary(added, replaced, unchanged, statement_count(store, base), len(store))


def _as_stored(quads: list[ox.Quad]) -> set[ox.Quad]:
    """The quads as Oxigraph will return them (derived datatypes normalised)."""
    memory = ox.Store()
    memory.extend(quads)
    return set(memory)


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
        for name in names:
            store.remove_graph(name)
        summary = WriteSummary(0, 0, 0, statement_count(store, base), len(store))
        store.flush()
        del store
    except BaseException as exc:
        store = None  # noqa: F841  (closes it: _discard needs it closed)
        _discard(target, exc)
        raise
    _commit(path, marker, new_data, base)
    return summary
