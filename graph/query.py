"""SPARQL over a graph, and the library of named questions shipped in ``queries/``.

A named query declares its parameters in its header (``# param: state State ?holder``);
a value the user gives is turned into an RDF term by the IRI minter and injected as a
``VALUES`` block with its N3 form, so user text is never pasted into query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from .iris import DEFAULT_BASE, Minter

_PARAM = re.compile(r"^#\s*param:\s*(?P<name>[\w-]+)\s+(?P<kind>\w+)\s+\?(?P<var>\w+)\s*$", re.M)
_TITLE = re.compile(r"^#\s*title:\s*(?P<title>.+)$", re.M)
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
# Codebook ids, ISO codes, UN symbols and person slugs; nothing else reaches a query.
_PARAM_VALUE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/()-]{0,80}$")


class QueryError(Exception):
    """A query that cannot run: bad syntax, unknown name, bad parameter."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    text: str
    params: tuple[tuple[str, str, str], ...]  # (name, kind, variable)


def named_queries() -> dict[str, NamedQuery]:
    out = {}
    folder = resources.files("graph") / "queries"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        title = _TITLE.search(text)
        params = tuple((m["name"], m["kind"], m["var"]) for m in _PARAM.finditer(text))
        name = entry.name[: -len(".rq")]
        out[name] = NamedQuery(name, title["title"].strip() if title else name, text, params)
    return out


def get_named(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"unknown named query {name!r} (known: {', '.join(queries)})")
    return queries[name]


def bind_parameters(query: NamedQuery, values: Mapping[str, str], base: str = DEFAULT_BASE) -> str:
    """The query text with ``VALUES`` blocks for the given parameters."""
    known = {p[0]: p for p in query.params}
    unknown = sorted(set(values) - set(known))
    if unknown:
        allowed = ", ".join(known) or "none"
        raise QueryError(
            f"query {query.name!r} has no parameter {unknown[0]!r} (parameters: {allowed})"
        )
    minter = Minter(base)
    blocks = []
    for name, value in sorted(values.items()):
        _, kind, var = known[name]
        if not _PARAM_VALUE.match(value):
            raise QueryError(f"parameter {name}: {value!r} is not an identifier (e.g. RUS, ahc-1)")
        if kind in ("State",):
            value = value.upper()
        term = minter.entity(kind, value)
        blocks.append(f"VALUES ?{var} {{ {term.n3()} }}")
    if not blocks:
        return query.text
    m = _WHERE.search(query.text)
    if m is None:
        raise QueryError(f"query {query.name!r} has no WHERE clause to bind parameters in")
    return query.text[: m.end()] + "\n  " + "\n  ".join(blocks) + query.text[m.end() :]


def run(ds: Dataset | Graph, text: str) -> Result:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the union graph."""
    from rdflib.plugins.sparql import prepareQuery

    if _native(ds):
        # A store-backed dataset evaluates query *text* with its own engine (Oxigraph),
        # which also reports syntax errors; rdflib's parse would only cost time.
        try:
            return ds.query(text)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {_first_line(exc)}") from exc
        except Exception as exc:
            raise QueryError(f"SPARQL evaluation failed: {_first_line(exc)}") from exc
    try:
        prepared = prepareQuery(text)
    except Exception as exc:  # pyparsing and rdflib raise several types
        raise QueryError(f"SPARQL syntax error: {_first_line(exc)}") from exc
    try:
        return ds.query(prepared)
    except Exception as exc:
        raise QueryError(f"SPARQL evaluation failed: {_first_line(exc)}") from exc


def _native(ds: Dataset | Graph) -> bool:
    """Whether ``ds`` lives in an Oxigraph store (imported only when one is in use)."""
    store = getattr(ds, "store", None)
    if store is None or type(store).__module__.split(".")[0] not in ("graph", "oxrdflib"):
        return False
    from oxrdflib import OxigraphStore as Base

    return isinstance(store, Base)


def _first_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:300] if text else type(exc).__name__


# ---- formatting ------------------------------------------------------------------

_SHORT = {
    "https://treatygraph.org/ontology#": "tg:",
}


def _cell(term: Any, base: str = DEFAULT_BASE) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        if text.startswith(base):
            return text[len(base) :]
        for long, short in _SHORT.items():
            if text.startswith(long):
                return short + text[len(long) :]
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return str(term)
    return str(term)


def rows(result: Result) -> tuple[list[str], list[list[Any]]]:
    if result.type != "SELECT":
        raise QueryError(f"a {result.type} query has no rows")
    names = [str(v) for v in (result.vars or [])]
    return names, [list(row) for row in result]


def format_result(result: Result, fmt: str, base: str = DEFAULT_BASE) -> str:
    """Text for a result: table, csv, tsv, json (SPARQL JSON), xml; graphs as Turtle."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return result.graph.serialize(format="turtle")
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": answer}) + "\n"
        return ("yes" if answer else "no") + "\n"
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8") + "\n"
    if fmt == "xml":
        return result.serialize(format="xml").decode("utf-8")
    names, data = rows(result)
    if fmt == "tsv":
        # One row per line, as TSV readers expect: tabs and line breaks are escaped.
        lines = ["\t".join(names)]
        lines += ["\t".join(_tsv_escape(_cell(t, base)) for t in row) for row in data]
        return "\n".join(lines) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        for row in data:
            writer.writerow([_cell(t, base) for t in row])
        return out.getvalue()
    return table(names, [[_cell(t, base) for t in row] for row in data])


def _tsv_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def table(names: Sequence[str], data: Sequence[Sequence[str]], width: int = 60) -> str:
    """A plain text table; long cells are cut with an ellipsis, newlines shown as spaces."""
    cells = [
        [
            " ".join(c.split())[:width] + ("…" if len(" ".join(c.split())) > width else "")
            for c in row
        ]
        for row in data
    ]
    widths = [len(n) for n in names]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()
    rule = "  ".join("-" * w for w in widths)
    body = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    footer = f"({len(cells)} row{'s' if len(cells) != 1 else ''})"
    return "\n".join([line, rule, *body, footer]) + "\n"
