"""JSON Lines corpora (optionally gzipped): one statement per line.

Each line is an object with ``id``, ``text`` and optional metadata fields;
``field_map`` renames fields (``{"state": "country_code"}`` reads UNGDC as it is).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from ..model import Document
from .common import MAX_BYTES, with_language
from .decode import normalise
from .metadata import to_metadata


def _open(path: Path):
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="strict", newline="\n")
    return path.open("r", encoding="utf-8", errors="strict", newline="\n")


def _mapped(record: Mapping[str, object], source: str) -> object:
    """A field's value: ``source`` names a field, or is a template such as
    ``unga-{session}`` filled from the line (None when a named field is missing)."""
    if "{" not in source:
        return record.get(source)
    try:
        return source.format_map({k: v for k, v in record.items() if v not in (None, "")})
    except (KeyError, ValueError, IndexError, AttributeError):
        return None


def read_jsonl(
    path: Path, problem: Callable[..., object], field_map: Mapping[str, str] | None = None
) -> Iterator[object]:
    field_map = field_map or {}
    try:
        handle = _open(path)
    except OSError as exc:
        yield problem(str(path), f"cannot read: {exc.strerror or exc}")
        return
    seen = 0
    with handle:
        lineno = 0
        while True:
            lineno += 1
            try:
                line = handle.readline()
            except (UnicodeDecodeError, OSError, EOFError) as exc:
                yield problem(str(path), f"unreadable from here on: {exc}", line=lineno)
                return
            if not line:
                break
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield problem(str(path), f"malformed JSON: {exc.msg}", line=lineno)
                continue
            if not isinstance(record, dict):
                yield problem(str(path), "line is not a JSON object", line=lineno)
                continue
            fields = {key: _mapped(record, source) for key, source in field_map.items()}
            fields = {**record, **{k: v for k, v in fields.items() if v is not None}}
            text = fields.get("text")
            if not isinstance(text, str) or not text.strip():
                yield problem(str(path), "no 'text' field", line=lineno)
                continue
            if len(text) > MAX_BYTES:
                yield problem(str(path), f"text too long ({len(text):,} characters)", line=lineno)
                continue
            doc_id = str(fields.get("id") or f"{path.name}:{lineno}")
            metadata, issues = to_metadata(fields)
            for issue in issues:
                yield problem(str(path), issue, line=lineno, fatal=False)
            seen += 1
            text = normalise(text)
            yield Document(
                id=doc_id,
                text=text,
                metadata=with_language(metadata, text),
                path=f"{path}:{lineno}",
            )
    if seen == 0:
        yield problem(str(path), "no statements in corpus", fatal=False)
