"""Readers turn files into :class:`~graph.model.Document` objects.

``read(paths)`` walks files and directories and yields documents, and a
:class:`Problem` for every input it could not read, so that one bad file never
stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..model import Document
from .corpus import read_jsonl
from .metadata import SIDECAR_SUFFIX
from .text import read_text_file

CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


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


def _is_corpus(path: Path) -> bool:
    return path.name.endswith(CORPUS_SUFFIXES)


def _is_statement(path: Path) -> bool:
    name = path.name
    return (
        not name.startswith(".")
        and not name.endswith(SIDECAR_SUFFIX)
        and name.lower().endswith(TEXT_SUFFIXES + CORPUS_SUFFIXES)
        and name.lower() not in ("readme.md", "sources.md")
    )


def expand(paths: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """The statement files under ``paths`` in a stable order."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Problem(str(path), "no such file or directory")
        elif path.is_dir():
            try:
                children = sorted(p for p in path.rglob("*") if p.is_file() and _is_statement(p))
            except PermissionError as exc:
                yield Problem(str(path), f"cannot list directory: {exc.strerror}")
                continue
            if not children:
                yield Problem(str(path), "no statements found (.txt, .md, .jsonl)", fatal=False)
            yield from children
        else:
            yield path


def read(
    paths: Iterable[str | Path], field_map: Mapping[str, str] | None = None
) -> Iterator[Document | Problem]:
    """Documents from files, directories and JSON Lines corpora."""
    for item in expand(paths):
        if isinstance(item, Problem):
            yield item
        elif _is_corpus(item):
            yield from read_jsonl(item, field_map or {}, Problem)
        else:
            yield from read_text_file(item, Problem)
