"""Reading and writing graphs: RDF files in any common syntax, written atomically.

A write goes to a temporary file beside the target and is renamed over it, so an
existing graph is never left half-written.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .builder import bind_prefixes, new_dataset

FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",
}
# Export names users type -> rdflib serializer names and file suffixes.
EXPORT_FORMATS = {
    "turtle": ("turtle", ".ttl"),
    "trig": ("trig", ".trig"),
    "nt": ("nt", ".nt"),
    "nquads": ("nquads", ".nq"),
    "jsonld": ("json-ld", ".jsonld"),
}
QUAD_FORMATS = {"trig", "nquads"}


class GraphFileError(Exception):
    """A graph file that cannot be read or written; the message names the file."""


def format_for(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise GraphFileError(f"{path}: unknown RDF file type {path.suffix!r} (known: {known})")
    return fmt


def load(path: str | Path) -> Dataset:
    """A dataset from an RDF file (named graphs kept for TriG and N-Quads) or a store
    directory written by ``build --store`` / ``add`` (see :mod:`graph.store`)."""
    path = Path(path)
    if path.is_dir():
        from . import store  # imported here: store imports this module

        if store.is_store(path):
            return store.open_dataset(path)
    if not path.exists():
        raise GraphFileError(f"{path}: no such file")
    if path.is_dir():
        raise GraphFileError(f"{path}: is a directory, not an RDF file or a store")
    fmt = format_for(path)
    ds = new_dataset()
    try:
        if fmt in QUAD_FORMATS:
            ds.parse(path, format=fmt)
        else:
            ds.default_graph.parse(path, format=fmt)  # type: ignore[attr-defined]
    except Exception as exc:  # rdflib raises many types for bad syntax
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GraphFileError(f"{path}: not valid {fmt}: {first}") from exc
    return ds


def union(ds: Dataset | Graph) -> Graph:
    """All triples of a dataset as one graph."""
    if not isinstance(ds, Dataset):
        return ds
    g = Graph()
    bind_prefixes(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def serialize(ds: Dataset | Graph, fmt: str) -> str:
    """Deterministic text: the same graph always gives the same bytes."""
    rdflib_fmt = EXPORT_FORMATS.get(fmt, (fmt, ""))[0]
    if rdflib_fmt in ("nt", "nquads"):
        target = ds if rdflib_fmt == "nquads" else union(ds)
        lines = target.serialize(format=rdflib_fmt).splitlines()
        return "\n".join(sorted(line for line in lines if line.strip())) + "\n"
    if rdflib_fmt == "trig":
        return _trig(ds)
    if rdflib_fmt == "json-ld":
        return _canonical_json(union(ds).serialize(format="json-ld"))
    return union(ds).serialize(format=rdflib_fmt)


_PREFIX_LINE = re.compile(r"^@prefix [^\n]*\n", re.MULTILINE)


def _trig(ds: Dataset | Graph) -> str:
    """TriG with graphs in IRI order, each written by the (ordered) Turtle serializer."""
    if not isinstance(ds, Dataset):
        return ds.serialize(format="turtle")
    prefix_lines: set[str] = set()
    blocks = []
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if len(g) == 0:
            continue
        body = Graph()
        bind_prefixes(body)
        for triple in g:
            body.add(triple)
        turtle = body.serialize(format="turtle")
        prefix_lines.update(m.group().strip() for m in _PREFIX_LINE.finditer(turtle))
        text = _PREFIX_LINE.sub("", turtle).strip()
        name = g.identifier.n3() if not str(g.identifier).startswith("urn:x-rdflib:") else ""
        # Not indented: multi-line literals must keep their text exactly.
        blocks.append(f"{name} {{\n{text}\n}}\n" if name else f"{{\n{text}\n}}\n")
    return "\n".join(sorted(prefix_lines)) + "\n\n" + "\n".join(blocks)


def _sort_json(value: object) -> object:
    if isinstance(value, dict):
        return {k: _sort_json(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sort_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _canonical_json(text: str) -> str:
    return json.dumps(_sort_json(json.loads(text)), indent=1, ensure_ascii=False) + "\n"


def write_text(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (temporary file, then rename)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        # mkstemp makes owner-only files; an output should get the usual permissions.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise GraphFileError(f"{path}: cannot write: {exc.strerror or exc}") from exc


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def save(ds: Dataset | Graph, path: str | Path, fmt: str | None = None) -> None:
    path = Path(path)
    write_text(path, serialize(ds, fmt or format_for(path)))
