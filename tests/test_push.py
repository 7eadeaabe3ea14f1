"""push: upload to a real Oxigraph server on loopback; pushing twice adds nothing."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph import store
from graph.cli import main

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or shutil.which(
        "oxigraph", path=str(Path(sys.executable).parent)
    )
    if not found:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph(tmp_path: Path):
    """A real Oxigraph server on a free loopback port; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            oxigraph_binary(),
            "serve",
            "--location",
            str(tmp_path / "oxigraph"),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                remote_count(base, "ASK { ?s ?p ?o }")
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"oxigraph exited: {process.stderr.read().decode()}")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def remote_count(base: str, text: str) -> int:
    url = f"{base}/query?" + urllib.parse.urlencode({"query": text})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.load(response)
    if "boolean" in answer:
        return int(answer["boolean"])
    return int(answer["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, seed_extractions) -> Path:
    path = tmp_path_factory.mktemp("push") / "store"
    store.write(path, seed_extractions)
    return path


def local_quads(path: Path) -> int:
    return store.named_quads(store.open_oxigraph(path))


def push(*args: str):
    return CliRunner().invoke(main, ["push", *args], catch_exceptions=False)


def test_graph_store_push_twice_equals_once(oxigraph: str, store_dir: Path) -> None:
    first = push(str(store_dir), "--graph-store", f"{oxigraph}/store")
    assert first.exit_code == 0, first.output
    expected = local_quads(store_dir)
    assert first.output.startswith(f"pushed 3 graphs, {expected} triples -> {oxigraph}/store (")
    once = remote_count(oxigraph, COUNT)
    assert once == expected
    assert push(str(store_dir), "--graph-store", f"{oxigraph}/store").exit_code == 0
    assert remote_count(oxigraph, COUNT) == once
    assert remote_count(oxigraph, GRAPHS) == 3


def test_sparql_update_push_twice_equals_once(oxigraph: str, store_dir: Path) -> None:
    for _ in range(2):
        result = push(str(store_dir), "--endpoint", f"{oxigraph}/update")
        assert result.exit_code == 0, result.output
        assert remote_count(oxigraph, COUNT) == local_quads(store_dir)
    assert remote_count(oxigraph, GRAPHS) == 3


def test_push_an_edited_statement_replaces_it(oxigraph: str, tmp_path: Path, seed_extractions):
    import dataclasses

    path = tmp_path / "store"
    store.write(path, seed_extractions)
    assert push(str(path), "--graph-store", f"{oxigraph}/store").exit_code == 0
    smaller = dataclasses.replace(seed_extractions[0], stances=())
    store.write(path, [smaller])
    assert push(str(path), "--graph-store", f"{oxigraph}/store").exit_code == 0
    assert remote_count(oxigraph, COUNT) == local_quads(path)
    graph = store.Minter().statement_graph(smaller.document.id).n3()
    stance = "<https://treatygraph.org/ontology#Stance>"
    assert remote_count(oxigraph, f"ASK {{ GRAPH {graph} {{ ?s a {stance} }} }}") == 0
    assert remote_count(oxigraph, f"ASK {{ GRAPH ?g {{ ?s a {stance} }} }}") == 1


def test_push_a_trig_file(oxigraph: str, tmp_path: Path, seed_dataset) -> None:
    from graph import storage

    trig = tmp_path / "graph.trig"
    storage.save(seed_dataset, trig)
    for _ in range(2):
        assert push(str(trig), "--graph-store", f"{oxigraph}/store").exit_code == 0
    assert remote_count(oxigraph, GRAPHS) == 3
    assert remote_count(oxigraph, COUNT) == len(list(seed_dataset.quads((None, None, None, None))))


def test_push_needs_a_target(store_dir: Path) -> None:
    result = CliRunner().invoke(main, ["push", str(store_dir)])
    assert result.exit_code == 2
    assert "give --endpoint URL (SPARQL Update) or --graph-store URL" in result.output


def test_push_to_a_closed_port_is_one_line(store_dir: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/store"
    result = CliRunner().invoke(main, ["push", str(store_dir), "--graph-store", url])
    assert result.exit_code == 1
    assert result.output == f"Error: {url}: cannot connect: [Errno 111] Connection refused\n"
