"""Run the extractors over documents: one document flows through the stages.

Each stage sees the document as the previous stages left it (metadata merged, user
metadata first; mentions added), and the partial extractions are merged.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from . import extractors
from .model import Document, Extraction


def extract(doc: Document, names: Sequence[str] = extractors.DEFAULT_PIPELINE) -> Extraction:
    result = Extraction(document=doc, metadata=doc.metadata)
    for name in names:
        part = extractors.get(name).extract(doc)
        result = result.merged_with(part)
        doc = dataclasses.replace(
            doc, metadata=result.metadata, mentions=doc.mentions + part.mentions
        )
    return dataclasses.replace(result, document=doc)


def extract_all(
    docs: Iterable[Document], names: Sequence[str] = extractors.DEFAULT_PIPELINE
) -> Iterator[Extraction]:
    for doc in docs:
        yield extract(doc, names)


# Below this many documents, starting worker processes (each loads the codebook and
# builds its gazetteer) costs more than it saves.
PARALLEL_THRESHOLD = 200


def default_jobs(n_docs: int) -> int:
    """All cores for a corpus, one process for a handful of statements."""
    return (os.cpu_count() or 1) if n_docs >= PARALLEL_THRESHOLD else 1


def extract_many(
    docs: Sequence[Document],
    names: Sequence[str] = extractors.DEFAULT_PIPELINE,
    jobs: int | None = None,
) -> Iterator[Extraction]:
    """Extractions of ``docs`` in input order, computed by ``jobs`` worker processes.

    The results are the same as :func:`extract_all`: each document is extracted
    independently and ``Executor.map`` yields in input order.
    """
    jobs = default_jobs(len(docs)) if jobs is None else max(1, jobs)
    if jobs == 1 or len(docs) < 2:
        yield from extract_all(docs, names)
        return
    # Chunks amortise pickling; several per worker keep both cores busy to the end.
    chunk = max(1, min(64, len(docs) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_extract_one, docs, itertools.repeat(tuple(names)), chunksize=chunk)


def _extract_one(doc: Document, names: tuple[str, ...]) -> Extraction:
    return extract(doc, names)


R = TypeVar("R")
# Documents per task when extracting and rendering: enough to amortise the per-call
# costs (pickling, one SHACL run per batch), few enough to keep both cores busy.
BATCH = 32


def extract_and_render(
    docs: Sequence[Document],
    render: Callable[[Sequence[Extraction]], Sequence[R]],
    names: Sequence[str] = extractors.DEFAULT_PIPELINE,
    jobs: int | None = None,
    batch: int = BATCH,
) -> Iterator[tuple[Extraction, R]]:
    """Each document's extraction and what ``render`` makes of it, in input order.

    ``render`` (picklable, e.g. :class:`graph.store.Renderer`) runs in the worker
    processes on a batch of extractions at a time, so building and checking the
    graphs is spread over the cores as extraction is.
    """
    jobs = default_jobs(len(docs)) if jobs is None else max(1, jobs)
    batches = [docs[i : i + batch] for i in range(0, len(docs), batch)]
    if jobs == 1 or len(batches) < 2:
        for part in batches:
            yield from _extract_and_render(part, tuple(names), render)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = pool.map(
            _extract_and_render, batches, itertools.repeat(tuple(names)), itertools.repeat(render)
        )
        for part in parts:
            yield from part


def _extract_and_render(
    docs: Sequence[Document],
    names: tuple[str, ...],
    render: Callable[[Sequence[Extraction]], Sequence[R]],
) -> list[tuple[Extraction, R]]:
    extractions = [extract(doc, names) for doc in docs]
    return list(zip(extractions, render(extractions), strict=True))
