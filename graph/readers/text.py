"""Plain text and Markdown statements, with front matter or a sidecar for metadata."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ..model import Document
from .decode import UndecodableError, decode
from .metadata import read_sidecar, split_front_matter, to_metadata


def read_text_file(path: Path, problem: Callable[..., object]) -> Iterator[object]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield problem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    try:
        text, _encoding = decode(data)
    except UndecodableError as exc:
        yield problem(str(path), str(exc))
        return
    fields, body, _offset = split_front_matter(text)
    try:
        fields = {**fields, **read_sidecar(path)}
    except ValueError as exc:
        yield problem(str(path), str(exc), fatal=False)
    if not body.strip():
        yield problem(str(path), "empty statement (no text)")
        return
    metadata, issues = to_metadata(fields)
    for issue in issues:
        yield problem(str(path), issue, fatal=False)
    yield Document(id=path.name, text=body, metadata=metadata, path=str(path))
