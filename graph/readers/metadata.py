"""Metadata the user gives: sidecar files, front matter and corpus fields.

Values are checked here, once: an unknown state code or an impossible date is
reported and dropped, and the statement is still read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from pathlib import Path

from .. import codebook
from ..model import METADATA_KEYS, Metadata

SIDECAR_SUFFIX = ".meta.json"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_TRUE = {"true", "yes", "1", "y"}
_FALSE = {"false", "no", "0", "n"}


def sidecar_for(path: Path) -> Path:
    return (
        path.with_name(path.name + SIDECAR_SUFFIX)
        if path.suffix == ""
        else path.with_suffix(SIDECAR_SUFFIX)
    )


def read_sidecar(path: Path) -> dict[str, object]:
    """The JSON object beside a statement (``x.txt`` -> ``x.meta.json``), or {}."""
    side = sidecar_for(path)
    if not side.is_file():
        return {}
    try:
        value = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{side}: unreadable metadata sidecar: {exc}") from exc
    if not isinstance(value, dict):
        raise ValueError(f"{side}: metadata sidecar must hold a JSON object")
    return value


def split_front_matter(text: str) -> tuple[dict[str, object], str, int]:
    """``key: value`` lines between ``---`` fences; returns (fields, body, body offset)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, 0
    fields: dict[str, object] = {}
    for line in match.group(1).splitlines():
        if ":" in line and not line.lstrip().startswith("#"):
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip().strip("\"'")
    return fields, text[match.end() :], match.end()


def _date(value: object) -> str:
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            parsed = dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return parsed.isoformat()[: len(text)] if fmt != "%Y-%m-%d" else parsed.isoformat()
    raise ValueError(f"impossible date {text!r} (expected YYYY-MM-DD)")


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"translation must be true or false, not {value!r}")


def to_metadata(fields: Mapping[str, object]) -> tuple[Metadata, list[str]]:
    """Checked metadata and the list of problems with the fields that were dropped."""
    values: dict[str, object] = {}
    problems: list[str] = []
    states = codebook.load().state_codes
    for key in METADATA_KEYS:
        raw = fields.get(key)
        if raw is None or raw == "":
            continue
        try:
            if key == "date":
                values[key] = _date(raw)
            elif key == "translation":
                values[key] = _bool(raw)
            elif key == "state":
                code = str(raw).strip().upper()
                if code not in states:
                    raise ValueError(f"unknown state code {raw!r} (expected ISO 3166-1 alpha-3)")
                values[key] = code
            else:
                values[key] = str(raw).strip()
        except ValueError as exc:
            problems.append(str(exc))
    if "date" not in values and fields.get("year") not in (None, ""):
        try:
            values["date"] = _date(fields["year"])
        except ValueError as exc:
            problems.append(str(exc))
    return Metadata(**values), problems  # type: ignore[arg-type]
