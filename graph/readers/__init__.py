"""Readers turn files into :class:`~graph.model.Document` objects.

``read(paths)`` walks files and directories and yields documents, and a
:class:`Problem` for every input it could not read, so that one bad file never
stops the others.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from .metadata import SIDECAR_SUFFIX
from .sniff import HEAD, NotAStatement, kind, suffix_kind

# kind -> "module:function(path, problem, field_map)"; a reader's module (and the
# library behind it: trafilatura, pypdf, python-docx) is imported only when a file
# of its kind turns up.
_registry: dict[str, str] = {}


def register(kind_name: str, target: str) -> None:
    """Read files of ``kind_name`` (see :func:`graph.readers.sniff.kind`) with
    ``target``; later wins."""
    _registry[kind_name] = target


def reader_for(kind_name: str) -> Callable[..., Iterator[object]]:
    module_name, _, attr = _registry[kind_name].partition(":")
    return getattr(importlib.import_module(module_name), attr)


register("text", "graph.readers.text:read_text_file")
register("html", "graph.readers.html:read_html_file")
register("pdf", "graph.readers.pdf:read_pdf_file")
register("docx", "graph.readers.word:read_docx_file")
register("jsonl", "graph.readers.corpus:read_jsonl")

_NOT_STATEMENTS = ("readme.md", "sources.md")
_KNOWN = ".txt, .md, .html, .pdf, .docx, .jsonl"


@dataclass(frozen=True)
class Problem:
    """An input that could not be read (``fatal``) or was read with a caveat."""

    path: str
    message: str
    line: int | None = None
    fatal: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


def _is_statement(path: Path) -> bool:
    """Files a directory walk reads: those with a statement's suffix (a LICENSE or
    a Makefile beside the statements is not one). A file named on the command line
    is read whatever its name, by its content."""
    name = path.name
    return (
        not name.startswith(".")
        and not name.endswith(SIDECAR_SUFFIX)
        and name.lower() not in _NOT_STATEMENTS
        and suffix_kind(path) is not None
    )


def _walk(path: Path) -> Iterator[Path | Problem]:
    """Files under ``path``; an unreadable subdirectory is reported, not fatal."""
    try:
        entries = sorted(path.iterdir())
    except PermissionError as exc:
        yield Problem(str(path), f"cannot list directory: {exc.strerror}")
        return
    except OSError as exc:
        yield Problem(str(path), f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.is_file() and _is_statement(entry):
            yield entry


def expand(paths: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """The statement files under ``paths`` in a stable order."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Problem(str(path), "no such file or directory")
        elif path.is_dir():
            found = list(_walk(path))
            if not found:
                yield Problem(str(path), f"no statements found ({_KNOWN})", fatal=False)
            yield from found
        else:
            yield path


def _kind(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD)
    except OSError as exc:
        raise NotAStatement(f"cannot read: {exc.strerror or exc}") from exc
    return kind(path, head)


def read(
    paths: Iterable[str | Path], field_map: Mapping[str, str] | None = None
) -> Iterator[Document | Problem]:
    """Documents from files, directories and JSON Lines corpora."""
    for item in expand(paths):
        if isinstance(item, Problem):
            yield item
            continue
        try:
            kind_name = _kind(item)
        except NotAStatement as exc:
            yield Problem(str(item), str(exc))
            continue
        yield from reader_for(kind_name)(item, Problem, field_map or {})
