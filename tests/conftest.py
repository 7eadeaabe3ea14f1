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


HOSTILE_TEXT = (
    "Statement by the delegation of Germany at the second session of the Ad Hoc Committee\n\n"
    "Mr. Chair,\n\n"
    "Germany strongly supports a convention with robust human rights safeguards "
    '</script><script>window.__pwned = 1</script> and "quotes" '
    '<img src=x onerror="window.__pwned=2">.\n\n'
    "We oppose a broad scope that would criminalize content <b>offline</b> & more.\n"
)
HOSTILE_META = {
    "title": '<img src=x onerror="window.__pwned=3"> Evil "title" </script>',
    "speaker": "Eve <script>window.__pwned=4</script> O'Neil",
    "state": "DEU",
    "date": "2022-06-01",
    "event": "ahc-2",
}


@pytest.fixture(scope="session")
def hostile_graph_file(tmp_path_factory):
    """A graph built by the real pipeline from a statement full of markup payloads."""
    import json

    from graph import builder, pipeline, readers, storage

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "evil.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "evil.meta.json").write_text(json.dumps(HOSTILE_META), encoding="utf-8")
    docs = [d for d in readers.read([folder]) if not isinstance(d, readers.Problem)]
    ds = builder.build([pipeline.extract(d) for d in docs])
    path = folder / "hostile.ttl"
    storage.save(ds, path)
    return path
