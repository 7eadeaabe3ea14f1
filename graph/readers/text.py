"""Plain text and Markdown statements, with front matter or a sidecar for metadata."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from .common import ReadError, document, load_bytes, sidecar
from .decode import UndecodableError, decode
from .metadata import split_front_matter

# Front matter is inside the bytes to decode, so an "encoding:" line there is found
# on the raw bytes (it is ASCII in every encoding a declaration makes sense in).
_FRONT = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n(.*?)\r?\n---", re.DOTALL)
_ENCODING = re.compile(
    rb"^[ \t]*encoding[ \t]*:[ \t]*[\"']?([\w.-]+)", re.MULTILINE | re.IGNORECASE
)


def declared_encoding(data: bytes, fields: Mapping[str, object]) -> str | None:
    """The encoding the sidecar or the front matter states, if any."""
    if fields.get("encoding"):
        return str(fields["encoding"])
    front = _FRONT.match(data[:8192])
    found = _ENCODING.search(front.group(1)) if front else None
    return found.group(1).decode("ascii") if found else None


def read_text_file(
    path: Path, problem: Callable[..., object], field_map: Mapping[str, str] | None = None
) -> Iterator[object]:
    del field_map  # only corpora rename fields
    fields, issues = sidecar(path, problem)
    yield from issues
    try:
        data = load_bytes(path)
        text, _encoding = decode(data, declared_encoding(data, fields))
    except (ReadError, UndecodableError) as exc:
        yield problem(str(path), str(exc))
        return
    front, body, _offset = split_front_matter(text)
    yield from document(path, body, {**front, **fields}, problem)
