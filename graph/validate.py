"""SHACL validation against ``ontology/shapes.ttl`` (pySHACL).

Two ways: :func:`validate` checks one graph as a whole (``treatygraph validate``);
:func:`problems_by_graph` checks statements' named graphs, a batch at a time, each
with the authority graph it points into. That is how ``build`` and ``add`` check a
corpus: in the extraction workers, on both cores, and only what an ``add`` changes.
It finds what checking the merged graph finds, because every shape is about nodes
that live in one statement's graph (its statement, stances, evidence, mentions)
or in the authority graph; only two statements giving one shared node conflicting
values for a ``sh:maxCount 1`` property would go unnoticed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH

from . import codebook

AUTHORITY = "codebook"  # who a violation of a node outside any statement is reported for


@dataclass(frozen=True)
class Report:
    conforms: bool
    text: str
    violations: int


@cache
def _shapes() -> Graph:
    g = Graph()
    g.parse(codebook.ontology_dir() / "shapes.ttl", format="turtle")
    return g


def shapes() -> Graph:
    g = Graph()
    g += _shapes()
    return g


def union(ds: Dataset | Graph) -> Graph:
    """All triples of a dataset in one graph (pySHACL validates one data graph)."""
    if not isinstance(ds, Dataset):
        return ds
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _run(data: Graph, inplace: bool = False) -> tuple[bool, Graph, str]:
    """pySHACL over ``data``; ``inplace`` spares a copy of a graph nobody else reads."""
    from pyshacl import validate as shacl_validate  # heavy import, only when validating

    conforms, results, text = shacl_validate(
        data,
        shacl_graph=_shapes(),
        inference="none",
        advanced=True,
        allow_warnings=True,
        inplace=inplace,
    )
    return bool(conforms), results, str(text)


def validate(ds: Dataset | Graph) -> Report:
    conforms, results, text = _run(union(ds))
    violations = len(set(results.subjects(predicate=SH.resultSeverity)))
    return Report(conforms=conforms, text=text, violations=violations)


def problems_by_graph(
    ds: Dataset, names: Sequence[URIRef], authority: Graph
) -> dict[URIRef, list[str]]:
    """Violations of the named graphs ``names`` of ``ds``, checked together with the
    authority graph, by graph: one line per violation, ``node path: message``.

    A violation at a node outside these graphs is listed under ``AUTHORITY``.
    """
    data = Graph()
    owners: dict[object, list[URIRef]] = {}
    for name in names:
        graph = ds.graph(name)
        data += graph
        for subject in set(graph.subjects()):
            owners.setdefault(subject, []).append(name)
    data += authority
    conforms, results, _ = _run(data, inplace=True)
    out: dict[URIRef, list[str]] = {}
    if conforms:
        return out
    for result in sorted(set(results.subjects(SH.resultSeverity, SH.Violation))):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage) or results.value(
            result, SH.sourceConstraintComponent
        )
        line = f"{focus.n3() if focus is not None else '?'}"
        line += f" {path.n3()}" if isinstance(path, URIRef) else ""
        line += f": {message}"
        for name in owners.get(focus, [URIRef(AUTHORITY)]):
            out.setdefault(name, []).append(line)
    for lines in out.values():
        lines.sort()
    return out


def validate_graphs(
    ds: Dataset, names: Sequence[URIRef], authority: Graph, batch: int = 32
) -> Report:
    """:func:`problems_by_graph` over many graphs, a batch at a time, as one report."""
    problems: dict[URIRef, list[str]] = {}
    for i in range(0, len(names), batch):
        for name, lines in problems_by_graph(ds, names[i : i + batch], authority).items():
            problems.setdefault(name, []).extend(lines)
    lines = [f"{name}: {line}" for name in sorted(problems) for line in problems[name]]
    text = "\n".join(lines) + "\n" if lines else ""
    return Report(conforms=not problems, text=text, violations=len(lines))
