"""Extractors: a small protocol and a registry of named, lazily imported parts.

Built-in extractors register here through :func:`register`, exactly as third-party
ones do from the ``treatygraph.extractors`` entry-point group (``name =
"package.module:ClassName"``). Nothing is imported until an extractor is asked for.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from ..model import Document, Extraction

ENTRY_POINT_GROUP = "treatygraph.extractors"
DEFAULT_PIPELINE: tuple[str, ...] = ("metadata", "entities", "stances")


@runtime_checkable
class Extractor(Protocol):
    """Anything with a name that turns a document into a (partial) extraction."""

    name: str

    def extract(self, doc: Document) -> Extraction: ...


class UnknownExtractorError(KeyError):
    def __str__(self) -> str:
        return f"unknown extractor {self.args[0]!r} (known: {', '.join(names())})"


_registry: dict[str, str] = {}
_loaded: dict[str, Extractor] = {}
_entry_points_read = False


def register(name: str, target: str) -> None:
    """Register ``target`` ("module:attribute") under ``name``; later wins."""
    _registry[name] = target
    _loaded.pop(name, None)


def _read_entry_points() -> None:
    global _entry_points_read
    if _entry_points_read:
        return
    _entry_points_read = True
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        register(ep.name, ep.value)


def names() -> list[str]:
    _read_entry_points()
    return sorted(_registry)


def describe(name: str) -> str:
    """The first line of an extractor's docstring."""
    cls = _resolve(name)
    doc = (cls.__doc__ or "").strip().splitlines()
    return doc[0] if doc else ""


def _resolve(name: str) -> type:
    _read_entry_points()
    if name not in _registry:
        raise UnknownExtractorError(name)
    module_name, _, attr = _registry[name].partition(":")
    return getattr(importlib.import_module(module_name), attr)


def get(name: str) -> Extractor:
    """The extractor registered as ``name`` (instantiated once per process)."""
    if name not in _loaded:
        extractor = _resolve(name)()
        if not isinstance(extractor, Extractor):
            raise TypeError(f"extractor {name!r} does not implement extract(doc) -> Extraction")
        _loaded[name] = extractor
    return _loaded[name]


register("metadata", "graph.extractors.metadata:MetadataExtractor")
register("entities", "graph.extractors.entities:EntityExtractor")
register("stances", "graph.extractors.stances:StanceExtractor")
