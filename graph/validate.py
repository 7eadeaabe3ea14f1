"""SHACL validation of a graph against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Dataset, Graph

from . import codebook


@dataclass(frozen=True)
class Report:
    conforms: bool
    text: str
    violations: int


def shapes() -> Graph:
    g = Graph()
    g.parse(codebook.ontology_dir() / "shapes.ttl", format="turtle")
    return g


def union(ds: Dataset | Graph) -> Graph:
    """All triples of a dataset in one graph (pySHACL validates one data graph)."""
    if not isinstance(ds, Dataset):
        return ds
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def validate(ds: Dataset | Graph) -> Report:
    from pyshacl import validate as shacl_validate  # heavy import, only when validating

    conforms, results, text = shacl_validate(
        union(ds), shacl_graph=shapes(), inference="none", advanced=True, allow_warnings=True
    )
    from rdflib.namespace import SH

    violations = len(set(results.subjects(predicate=SH.resultSeverity)))
    return Report(conforms=bool(conforms), text=str(text), violations=violations)
