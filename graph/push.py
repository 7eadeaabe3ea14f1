"""Upload a store's (or an RDF file's) named graphs to another SPARQL 1.1 server.

Each graph *replaces* the server's graph of the same name, so pushing again does not
duplicate anything: with the Graph Store Protocol an HTTP ``PUT`` per graph, with
SPARQL Update a ``DROP SILENT GRAPH`` and an ``INSERT DATA`` in one request. This is
the way to go from one machine to a shared server (Oxigraph server, Apache Jena
Fuseki, GraphDB, Virtuoso, …). Only the standard library talks HTTP.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from . import storage, store

USER_AGENT = "treatygraph-push"


class PushError(OSError):
    """The server refused an upload or cannot be reached; the message names the URL."""


@dataclass(frozen=True)
class PushSummary:
    graphs: int
    triples: int


class Source:
    """The graphs of a store directory or an RDF file, as N-Triples, one at a time."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if store.is_store(self.path):
            self.oxigraph = store.open_oxigraph(self.path)
            self.dataset = None
        else:
            self.oxigraph = None
            self.dataset = storage.load(self.path)

    def names(self) -> list[str | None]:
        """Graph IRIs in order; None stands for a file's (non-empty) default graph."""
        if self.oxigraph is not None:
            return sorted(g.value for g in self.oxigraph.named_graphs())
        assert self.dataset is not None
        default: list[str | None] = [None] if len(self.dataset.default_graph) else []
        named = sorted(
            str(g.identifier)
            for g in self.dataset.graphs()
            if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)
        )
        return default + named

    def ntriples(self, name: str | None) -> tuple[str, int]:
        """The graph as N-Triples (lines sorted, for repeatable requests) and its size."""
        if self.oxigraph is not None:
            import pyoxigraph as ox

            data = self.oxigraph.dump(
                format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name or "")
            )
            lines = sorted(line for line in data.decode("utf-8").splitlines() if line)
        else:
            assert self.dataset is not None
            source = (
                self.dataset.default_graph if name is None else self.dataset.graph(URIRef(name))
            )
            graph = Graph()
            graph += source
            text = graph.serialize(format="nt")
            lines = sorted(line for line in text.splitlines() if line.strip())
        return "\n".join(lines) + "\n", len(lines)


def push(
    path: str | Path,
    endpoint: str | None = None,
    graph_store: str | None = None,
    timeout: float = 120.0,
    progress: Callable[[list, str], Iterable] | None = None,
) -> PushSummary:
    """Replace each graph of ``path`` on the server; Graph Store Protocol if
    ``graph_store`` is given, else SPARQL Update at ``endpoint``."""
    if not graph_store and not endpoint:
        raise PushError("give --endpoint URL (SPARQL Update) or --graph-store URL")
    source = Source(path)
    names = source.names()
    walk: Iterable = progress(names, "pushing") if progress else names
    graphs = triples = 0
    for name in walk:
        data, count = source.ntriples(name)
        if graph_store:
            _put(graph_store, name, data, timeout)
        else:
            assert endpoint is not None
            _update(endpoint, name, data, timeout)
        graphs += 1
        triples += count
    return PushSummary(graphs, triples)


def _put(graph_store: str, name: str | None, data: str, timeout: float) -> None:
    query = "default" if name is None else urllib.parse.urlencode({"graph": name})
    url = graph_store + ("&" if "?" in graph_store else "?") + query
    _send(url, "PUT", data.encode("utf-8"), "application/n-triples", timeout, graph_store)


def _update(endpoint: str, name: str | None, data: str, timeout: float) -> None:
    if name is None:
        text = f"DROP SILENT DEFAULT ;\nINSERT DATA {{\n{data}}}\n"
    else:
        iri = URIRef(name).n3()
        text = f"DROP SILENT GRAPH {iri} ;\nINSERT DATA {{ GRAPH {iri} {{\n{data}}} }}\n"
    _send(endpoint, "POST", text.encode("utf-8"), "application/sparql-update", timeout, endpoint)


def _send(url: str, method: str, body: bytes, media: str, timeout: float, shown: str) -> None:
    request = urllib.request.Request(
        url,
        data=body,
        method=method,
        headers={"Content-Type": f"{media}; charset=utf-8", "User-Agent": USER_AGENT},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = _first_line(exc.read().decode("utf-8", errors="replace"))
        raise PushError(f"{shown}: HTTP {exc.code} {exc.reason}{detail}") from None
    except urllib.error.URLError as exc:
        raise PushError(f"{shown}: cannot connect: {exc.reason}") from None
    except TimeoutError:
        raise PushError(f"{shown}: no answer within {timeout:g} s") from None


def _first_line(text: str) -> str:
    line = next((x.strip() for x in text.splitlines() if x.strip()), "")
    return f": {line[:200]}" if line else ""
