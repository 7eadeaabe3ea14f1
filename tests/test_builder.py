"""The graph: named graphs per statement, stable IRIs, evidence, byte-identical output."""

from __future__ import annotations

import subprocess
import sys

from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from graph import builder, pipeline, storage
from graph.builder import OA, TG
from graph.model import Document, Metadata

BASE = "https://treatygraph.org/id/"


def test_each_statement_is_its_own_named_graph_apart_from_the_authority_graph(seed_dataset):
    names = {str(g.identifier) for g in seed_dataset.graphs() if len(g)}
    assert f"{BASE}graph/authority" in names
    assert f"{BASE}graph/statement/000_d5c38ce167951bfd.txt" in names
    assert f"{BASE}graph/statement/003_b0063f3532b4051a.txt" in names
    authority = seed_dataset.graph(URIRef(f"{BASE}graph/authority"))
    assert (URIRef(f"{BASE}graph/authority"), None, TG.AuthorityGraph) in authority
    res = URIRef(f"{BASE}resolution/A-RES-74-247")
    assert (res, TG.votesFor, Literal(79)) in authority


def test_readable_stable_iris(seed_dataset):
    subjects = {str(s) for s in seed_dataset.subjects()}
    for iri in (
        f"{BASE}person/oleg-syromolotov",
        f"{BASE}resolution/A-RES-75-282",
        f"{BASE}statement/003_b0063f3532b4051a.txt",
    ):
        assert iri in subjects


def test_every_evidence_span_quotes_the_statement_text(seed_dataset):
    texts = {s: str(o) for s, o in seed_dataset.subject_objects(TG.text)}
    checked = 0
    for node in set(seed_dataset.subjects(OA.exact, None)):
        stmt = seed_dataset.value(node, TG.statement)
        start = int(seed_dataset.value(node, OA.start))
        end = int(seed_dataset.value(node, OA.end))
        assert texts[stmt][start:end] == str(seed_dataset.value(node, OA.exact))
        checked += 1
    assert checked > 20


def test_adding_a_statement_again_replaces_its_graph():
    ds = builder.new_dataset()
    b = builder.Builder(ds)
    doc = Document(
        id="s.txt",
        text="Mr. Chair,\n\nWe support capacity-building against crime.",
        metadata=Metadata(state="NLD"),
    )
    b.add(pipeline.extract(doc))
    first = len(ds)
    b.add(pipeline.extract(doc))
    assert len(ds) == first
    edited = Document(
        id="s.txt", text="Mr. Chair,\n\nNothing to say.", metadata=Metadata(state="NLD")
    )
    b.add(pipeline.extract(edited))
    assert not list(ds.subjects(TG.topic, None))


def test_same_input_gives_byte_identical_turtle_across_processes(tmp_path):
    script = (
        "import sys; from graph import readers, pipeline, builder, storage;"
        "docs=[d for d in readers.read(['sources']) if not isinstance(d, readers.Problem)];"
        "ds=builder.build(pipeline.extract_all(docs));"
        "sys.stdout.write(storage.serialize(ds, sys.argv[1]))"
    )
    for fmt in ("turtle", "trig", "jsonld"):
        runs = {
            subprocess.run(
                [sys.executable, "-c", script, fmt],
                capture_output=True,
                text=True,
                check=True,
                env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
                cwd=str(__import__("pathlib").Path(__file__).resolve().parents[1]),
            ).stdout
            for seed in ("1", "2")
        }
        assert len(runs) == 1, fmt


def test_exports_round_trip_to_an_isomorphic_graph(seed_dataset, tmp_path):
    union = storage.union(seed_dataset)
    for suffix in (".ttl", ".nt", ".jsonld", ".trig"):
        path = tmp_path / f"g{suffix}"
        storage.save(seed_dataset, path)
        assert isomorphic(storage.union(storage.load(path)), union), suffix


def test_base_iri_is_configurable(seed_extractions):
    ds = builder.build(seed_extractions, base="http://example.org/tg/")
    subjects = {str(s) for s in ds.subjects()}
    assert (
        "http://example.org/tg/state/RUS" in subjects
        or "http://example.org/tg/body/ahc" in subjects
    )
    assert not any(s.startswith(BASE) for s in subjects)


def test_one_span_naming_two_entities_gives_two_mentions_and_the_graph_conforms():
    from graph import builder, pipeline, validate
    from graph.model import Document

    doc = Document(
        id="eu.txt",
        text="Madam Chair,\n\nI speak on behalf of the European Union. "
        "The European Union supports capacity building for developing countries.\n",
    )
    ds = builder.build([pipeline.extract(doc)])
    rows = list(
        ds.query(
            "PREFIX tg: <https://treatygraph.org/ontology#> "
            "SELECT ?m ?e WHERE { ?m a tg:Mention ; tg:refersTo ?e }"
        )
    )
    targets = sorted(str(e).rsplit("/", 2)[-2] + "/" + str(e).rsplit("/", 1)[-1] for _, e in rows)
    assert targets.count("state/EU") == 2 and targets.count("body/eu") == 2
    assert len({m for m, _ in rows}) == len(rows)
    assert validate.validate(ds).conforms
