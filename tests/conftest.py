"""Shared fixtures: the example statements, the seed graph, and ../shared when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "sources"
SHARED = Path(os.environ.get("TREATYGRAPH_SHARED", REPO.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (set TREATYGRAPH_SHARED to the shared/ folder)")
    return path


@pytest.fixture(scope="session")
def seed_docs():
    from graph import readers

    docs = [d for d in readers.read([SOURCES]) if not isinstance(d, readers.Problem)]
    assert len(docs) == 2
    return docs


@pytest.fixture(scope="session")
def seed_extractions(seed_docs):
    from graph import pipeline

    return [pipeline.extract(d) for d in seed_docs]


@pytest.fixture(scope="session")
def seed_dataset(seed_extractions):
    from graph import builder

    return builder.build(seed_extractions)


@pytest.fixture(scope="session")
def seed_graph_file(tmp_path_factory, seed_dataset):
    from graph import storage

    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    storage.save(seed_dataset, path)
    return path
