"""The SPARQL endpoint, queried over HTTP by a real client (SPARQLWrapper)."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from SPARQLWrapper import (
    CSV,
    JSON,
    POST,
    POSTDIRECTLY,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from graph import query, serve, storage, store
from graph.cli import main

STATEMENTS = "SELECT ?s WHERE { ?s a <https://treatygraph.org/ontology#Statement> } ORDER BY ?s"
HEAVY = (
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) != STR(?i)) }"
)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory, seed_extractions) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    store.write(path, seed_extractions)
    return path


def start(source: Path, **options) -> serve.Endpoint:
    server = serve.make_server(str(source), port=0, workers=1, **options)
    serve.serve_in_thread(server)
    return server


@pytest.fixture(scope="module")
def endpoint(store_dir: Path):
    server = start(store_dir, timeout=20, max_rows=5)
    yield server.url
    server.shutdown()
    serve.close(server)


def client(url: str, text: str, fmt: str = JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(text)
    sparql.setReturnFormat(fmt)
    return sparql


def test_select_over_get_matches_the_local_query(endpoint: str, store_dir: Path) -> None:
    text = query.get_named("stance-summary").text
    server_rows = client(endpoint, text + " LIMIT 5").queryAndConvert()["results"]["bindings"]
    local = list(query.run(storage.load(store_dir), text + " LIMIT 5"))
    assert [r["topic"]["value"] for r in server_rows] == [str(r[0]) for r in local]
    assert len(server_rows) == 5


@pytest.mark.parametrize("method", [URLENCODED, POSTDIRECTLY])
def test_select_over_post(endpoint: str, method: str) -> None:
    sparql = client(endpoint, STATEMENTS)
    sparql.setMethod(POST)
    sparql.setRequestMethod(method)  # form-encoded, or application/sparql-query
    rows = sparql.queryAndConvert()["results"]["bindings"]
    assert [r["s"]["value"].rsplit("/", 1)[1] for r in rows] == [
        "000_d5c38ce167951bfd.txt",
        "003_b0063f3532b4051a.txt",
    ]


def test_xml_csv_and_tsv_results(endpoint: str) -> None:
    xml = client(endpoint, STATEMENTS, XML).queryAndConvert()  # a parsed DOM
    uris = [n.firstChild.data for n in xml.getElementsByTagName("uri")]
    assert len(uris) == 2 and uris[0].endswith("000_d5c38ce167951bfd.txt")
    table = client(endpoint, STATEMENTS, CSV).queryAndConvert().decode("utf-8")
    assert table.splitlines()[0] == "s" and len(table.splitlines()) == 3
    tsv = client(endpoint, STATEMENTS, TSV).queryAndConvert().decode("utf-8")
    assert tsv.splitlines()[0] == "?s" and tsv.splitlines()[1].startswith("<https://")


def test_construct_as_turtle_and_ask(endpoint: str) -> None:
    text = (
        "CONSTRUCT { ?s a <https://treatygraph.org/ontology#Statement> } "
        "WHERE { ?s a <https://treatygraph.org/ontology#Statement> }"
    )
    turtle = client(endpoint, text, TURTLE).queryAndConvert()
    graph = Graph().parse(data=turtle, format="turtle")
    assert len(graph) == 2
    assert client(endpoint, "ASK { ?s ?p ?o }").queryAndConvert()["boolean"] is True


def test_describe_as_turtle(endpoint: str) -> None:
    statement = "<https://treatygraph.org/id/statement/003_b0063f3532b4051a.txt>"
    turtle = client(endpoint, f"DESCRIBE {statement}", TURTLE).queryAndConvert()
    graph = Graph().parse(data=turtle, format="turtle")
    # What is said about the statement (this endpoint caps answers at 5 triples).
    assert len(graph) == 5
    assert set(graph.subjects()) == {URIRef(statement[1:-1])}


def http(url: str, data: bytes | None = None, headers: dict | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8")


def test_updates_are_refused(endpoint: str) -> None:
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    form = urllib.parse.urlencode({"update": update}).encode()
    for data, headers in (
        (form, {"Content-Type": "application/x-www-form-urlencoded"}),
        (update.encode(), {"Content-Type": "application/sparql-update"}),
        (update.encode(), {"Content-Type": "application/sparql-query"}),
    ):
        status, _, body = http(endpoint, data, headers)
        assert (status, body) == (403, "updates are not allowed: this endpoint is read-only\n")
    assert client(endpoint, "ASK { <urn:a> ?p ?o }").queryAndConvert()["boolean"] is False


def test_results_are_capped_and_marked(endpoint: str) -> None:
    url = endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"})
    status, headers, body = http(url, headers={"Accept": "text/csv"})
    assert status == 200 and headers["X-Result-Truncated"] == "true"
    assert len(list(csv.reader(io.StringIO(body)))) == 1 + 5


def test_bad_queries_and_formats(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed):
        client(endpoint, "SELECT WHERE").queryAndConvert()
    url = endpoint + "?" + urllib.parse.urlencode({"query": STATEMENTS})
    status, _, body = http(url, headers={"Accept": "image/png"})
    assert status == 406 and body.startswith("no acceptable result format; offered: ")
    assert http(endpoint.replace("/sparql", "/nope") + "?query=x")[0] == 404


def test_a_query_past_the_timeout_is_stopped(store_dir: Path) -> None:
    server = start(store_dir, timeout=1)
    try:
        url = server.url + "?" + urllib.parse.urlencode({"query": HEAVY})
        started = time.monotonic()
        status, _, body = http(url)
        assert (status, body) == (503, "query timed out after 1 s\n")
        assert time.monotonic() - started < 10
        # The worker that ran it was replaced: the endpoint still answers.
        assert client(server.url, "ASK { ?s ?p ?o }").queryAndConvert()["boolean"] is True
    finally:
        server.shutdown()
        serve.close(server)


def test_the_serve_command_over_a_file(seed_graph_file: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "graph.cli", "serve", str(seed_graph_file), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()  # type: ignore[union-attr]
        match = re.match(r"serving .* at (http://127\.0\.0\.1:\d+/sparql) \(read-only", line)
        assert match, line + process.stderr.read()  # type: ignore[union-attr]
        rows = client(match[1], STATEMENTS).queryAndConvert()["results"]["bindings"]
        assert len(rows) == 2
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_serve_missing_graph_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nope.ttl"
    result = CliRunner().invoke(main, ["serve", str(missing), "--port", "0"])
    assert result.exit_code == 1
    assert result.output == f"Error: {missing}: no such file\n"


def test_negotiation_prefers_the_clients_order() -> None:
    offered = serve.TABLE_TYPES
    assert serve.negotiate("text/csv;q=0.5, application/sparql-results+xml", offered) == (
        "application/sparql-results+xml"
    )
    assert serve.negotiate("*/*", offered) == "application/sparql-results+json"
    assert serve.negotiate("text/*", offered) == "text/csv"
    assert serve.negotiate("text/csv;q=0", offered) is None
