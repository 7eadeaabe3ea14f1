"""What every file reader shares: bounded reading, metadata, the Document.

A reader yields problems through the ``problem`` callable it is given and, at the
end, the document made by :func:`document`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from .. import language
from ..model import Document, Metadata
from .decode import normalise
from .metadata import read_sidecar, to_metadata

# A statement is a speech of at most some 100 KB; a bigger file is something else
# (a dump, a log) and reading it would take minutes, so it is refused at once.
MAX_BYTES = 10 * 1024 * 1024


class ReadError(Exception):
    """The file cannot be read as a statement; the message says why."""


def load_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(
                f"too large ({size / 1024 / 1024:.1f} MB; a statement is at most "
                f"{MAX_BYTES // 1024 // 1024} MB)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from exc


def sidecar(path: Path, problem: Callable[..., object]) -> tuple[dict[str, object], list]:
    """The sidecar's fields, and the (non-fatal) problem of an unreadable sidecar."""
    try:
        return read_sidecar(path), []
    except ValueError as exc:
        return {}, [problem(str(path), str(exc), fatal=False)]


def document(
    path: Path,
    text: str,
    fields: Mapping[str, object],
    problem: Callable[..., object],
    found: Mapping[str, object] | None = None,
) -> Iterator[object]:
    """Problems with the metadata, then the Document (or the problem of no text).

    ``fields`` are what the user stated (sidecar, front matter); ``found`` what the
    file itself says (an HTML <title>, DOCX core properties): the user's win.
    """
    if not text.strip():
        yield problem(str(path), "empty statement (no text)")
        return
    metadata, issues = to_metadata({**(found or {}), **fields})
    for issue in issues:
        yield problem(str(path), issue, fatal=False)
    yield Document(id=path.name, text=text, metadata=with_language(metadata, text), path=str(path))


def read_converted(
    path: Path, problem: Callable[..., object], convert: Callable[[bytes], tuple[str, dict]]
) -> Iterator[object]:
    """A binary format's reader: ``convert`` turns the file's bytes into (text, found
    metadata) or raises :class:`ReadError`, which becomes the file's one problem."""
    fields, issues = sidecar(path, problem)
    yield from issues
    try:
        text, found = convert(load_bytes(path))
    except ReadError as exc:
        yield problem(str(path), str(exc))
        return
    yield from document(path, normalise(text), fields, problem, found)


def with_language(metadata: Metadata, text: str) -> Metadata:
    """The detected language where the user gave none, marked as guessed."""
    if metadata.language:
        return metadata
    detected = language.detect(text)
    if detected is None:
        return metadata
    guess = Metadata(language=detected, guessed=frozenset({"language"}))
    return metadata.merged_over(guess)
