"""The persistent store: build/add/replace/remove, atomic failure, reading a store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph import extractors, pipeline, storage, store
from graph.cli import main
from graph.model import Document, Extraction, Stance
from tests.conftest import SOURCES

STMT_A = "000_d5c38ce167951bfd.txt"
STMT_B = "003_b0063f3532b4051a.txt"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def dump(path: Path) -> list[str]:
    """The store's content as sorted N-Quads lines."""
    text = store.open_oxigraph(path).dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")
    return sorted(text.splitlines())


def graphs(path: Path) -> set[str]:
    return {g.value for g in store.open_oxigraph(path).named_graphs()}


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """A private copy of sources/ that a test may edit."""
    folder = tmp_path / "sources"
    shutil.copytree(SOURCES, folder)
    return folder


@pytest.fixture
def built(tmp_path: Path, sources: Path) -> Path:
    path = tmp_path / "store"
    result = run("build", str(sources), "--store", str(path))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 statements, 2 officials,")
    assert f"quads -> {path} (" in result.output
    return path


def test_build_store_has_one_graph_per_statement_and_the_authority_graph(built: Path) -> None:
    base = "https://treatygraph.org/id/graph/"
    assert graphs(built) == {
        base + "authority",
        base + f"statement/{STMT_A}",
        base + f"statement/{STMT_B}",
    }
    assert store.is_store(built)
    assert not (built / "out").exists()  # no file written unless -o is given


def test_readding_unchanged_files_changes_nothing(built: Path, sources: Path) -> None:
    before = dump(built)
    result = run("add", str(sources), "--store", str(built))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("0 added, 0 replaced, 2 unchanged; 2 statements, ")
    assert dump(built) == before


def test_an_edited_file_replaces_its_old_facts(built: Path, sources: Path) -> None:
    text_file = sources / STMT_A
    text = text_file.read_text(encoding="utf-8")
    assert "Budapest" in text
    text_file.write_text(text.replace("Budapest", "Bucharest"), encoding="utf-8")
    before = graphs(built)
    result = run("add", str(text_file), "--store", str(built))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("0 added, 1 replaced, 0 unchanged; 2 statements, ")
    assert graphs(built) == before  # the statement keeps its graph (its id is stable)
    ds = storage.load(built)
    graph = ds.graph(store.Minter().statement_graph(STMT_A))
    texts = [str(o) for o in graph.objects(None, store.builder.TG.text)]
    assert len(texts) == 1 and "Bucharest" in texts[0]  # one text, the new one
    quoted = {str(o) for o in graph.objects(None, store.builder.OA.exact)}
    assert not any("Budapest" in q for q in quoted)


def test_add_creates_a_store_and_adds_new_statements(tmp_path: Path, sources: Path) -> None:
    path = tmp_path / "new-store"
    first = run("add", str(sources / STMT_A), "--store", str(path), "--no-validate")
    assert first.output.startswith("1 added, 0 replaced, 0 unchanged; 1 statement, ")
    second = run("add", str(sources), "--store", str(path), "--no-validate")
    assert second.output.startswith("1 added, 0 replaced, 1 unchanged; 2 statements, ")


def test_remove_drops_one_statement(built: Path) -> None:
    result = run("remove", STMT_A, "--store", str(built))
    assert result.exit_code == 0
    assert result.output.startswith("removed 1; 1 statement, ")
    assert not any(STMT_A in g for g in graphs(built))
    assert any(STMT_B in g for g in graphs(built))
    ask = f'ASK {{ ?s <https://treatygraph.org/ontology#documentId> "{STMT_A}" }}'
    assert (
        run("query", str(built), ask, "--format", "json")
        .output.strip()
        .endswith('"boolean": false}')
    )


def test_remove_unknown_id_is_one_clear_line(built: Path) -> None:
    before = dump(built)
    result = CliRunner().invoke(main, ["remove", "nope", "--store", str(built)])
    assert result.exit_code == 1
    assert result.output == f"Error: {built}: no statement 'nope' in the store\n"
    assert dump(built) == before


def test_remove_from_a_folder_that_is_no_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["remove", "x", "--store", str(tmp_path)])
    assert result.output == f"Error: {tmp_path}: not a treatygraph store\n"


def test_add_refuses_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(main, ["add", str(SOURCES), "--store", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {tmp_path}: exists and is not a treatygraph store (not empty)\n"
    )


def test_a_write_failing_part_way_leaves_the_store_as_it_was(built: Path, sources: Path) -> None:
    from graph import readers

    docs = [d for d in readers.read([sources]) if not isinstance(d, readers.Problem)]
    extractions = [pipeline.extract(d) for d in docs]
    before, files_before = dump(built), sorted(p.name for p in built.iterdir())

    def failing():
        yield extractions[0]  # one statement is written to the new copy ...
        raise RuntimeError("disk on fire")  # ... then the run dies

    for fresh in (False, True):
        with pytest.raises(RuntimeError, match="disk on fire"):
            store.write(built, failing(), fresh=fresh)
        assert dump(built) == before
        assert sorted(p.name for p in built.iterdir()) == files_before  # no leftovers


class EvidenceFreeStance:
    """Test plugin: a stance without evidence, which the SHACL shapes forbid."""

    name = "evidence-free"

    def extract(self, doc: Document) -> Extraction:
        if doc.id != STMT_A:
            return Extraction(document=doc)
        return Extraction(document=doc, stances=(Stance("DEU", "broad-scope", "support", ()),))


class CrashesOnOne:
    """Test plugin: fails on one statement of a corpus, after others are built."""

    name = "crashes"

    def extract(self, doc: Document) -> Extraction:
        if doc.id == "copy-35.txt":
            raise RuntimeError("extractor crashed on copy-35.txt")
        return Extraction(document=doc)


@pytest.fixture
def plugins():
    """The two plugin extractors, registered as a third-party package would."""
    for cls in (EvidenceFreeStance, CrashesOnOne):
        extractors.register(cls.name, f"{__name__}:{cls.__name__}")
    yield
    for cls in (EvidenceFreeStance, CrashesOnOne):
        extractors._registry.pop(cls.name, None)
        extractors._loaded.pop(cls.name, None)


def test_a_statement_that_breaks_the_shapes_leaves_the_store_as_it_was(
    built: Path, sources: Path, plugins
) -> None:
    before = dump(built)
    text_file = sources / STMT_A
    text_file.write_text(text_file.read_text(encoding="utf-8") + "\nMore.", encoding="utf-8")
    pipeline_args = ["--extractor", "metadata", "--extractor", "evidence-free"]
    for command in (["add"], ["build", "--jobs", "1"]):
        result = CliRunner().invoke(
            main, [*command, str(sources), "--store", str(built), *pipeline_args]
        )
        assert result.exit_code == 1
        stance = f"<https://treatygraph.org/id/statement/{STMT_A}/stance/DEU/broad-scope>"
        assert result.output == (
            f"{STMT_A}: {stance} <https://treatygraph.org/ontology#evidence>: "
            "A stance without evidence is not a stance.\n"
            f"Error: 1 statement does not conform to the shapes; nothing written to {built}\n"
        ), result.output
        assert dump(built) == before
    # --no-validate is the way to keep such a graph anyway.
    result = CliRunner().invoke(
        main, ["add", str(sources), "--store", str(built), "--no-validate", *pipeline_args]
    )
    assert result.output.startswith("0 added, 2 replaced, 0 unchanged; 2 statements, ")


def test_a_build_that_crashes_part_way_leaves_the_store_as_it_was(
    built: Path, tmp_path: Path, plugins
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (SOURCES / STMT_A).read_text(encoding="utf-8")
    for i in range(40):  # more than one batch: the first is built before the crash
        (corpus / f"copy-{i:02d}.txt").write_text(text, encoding="utf-8")
    before, files_before = dump(built), sorted(p.name for p in built.iterdir())
    for command in (["add"], ["build"]):
        result = CliRunner().invoke(
            main, [*command, str(corpus), "--store", str(built), "--extractor", "crashes"]
        )
        assert isinstance(result.exception, RuntimeError), result.output
        assert str(result.exception) == "extractor crashed on copy-35.txt"
        assert dump(built) == before
        assert sorted(p.name for p in built.iterdir()) == files_before  # no leftovers


def test_query_export_and_view_read_a_store_like_a_file(
    built: Path, sources: Path, tmp_path: Path
) -> None:
    ttl = tmp_path / "graph.ttl"
    assert run("build", str(sources), "-o", str(ttl)).exit_code == 0
    for name in ("stances", "stance-summary", "officials", "resolutions-cited"):
        on_store = run("query", str(built), "--name", name, "--format", "csv").output
        on_file = run("query", str(ttl), "--name", name, "--format", "csv").output
        assert on_store == on_file, name
    exported = run("export", str(built), "--format", "trig").output
    assert f"graph/statement/{STMT_A}>" in exported
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert (
        run("query", str(built), count, "--format", "csv").output
        == run("query", str(ttl), count, "--format", "csv").output
    )
    html = tmp_path / "view.html"
    assert run("view", str(built), "-o", str(html)).exit_code == 0
    assert html.stat().st_size > 1000


def test_a_plain_directory_is_not_a_graph(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", str(tmp_path)])
    assert result.output == f"Error: {tmp_path}: is a directory, not an RDF file or a store\n"


def test_jobs_do_not_change_the_output(tmp_path: Path) -> None:
    one, two = tmp_path / "one.trig", tmp_path / "two.trig"
    assert run("build", str(SOURCES), "-o", str(one), "--jobs", "1").exit_code == 0
    assert run("build", str(SOURCES), "-o", str(two), "--jobs", "2").exit_code == 0
    assert one.read_bytes() == two.read_bytes()


def test_extract_many_keeps_input_order(seed_docs) -> None:
    docs = list(seed_docs) * 3
    ids = [x.document.id for x in pipeline.extract_many(docs, jobs=2)]
    assert ids == [d.id for d in docs]


def test_removing_and_readding_leave_what_a_fresh_build_makes(
    tmp_path: Path, sources: Path
) -> None:
    # A copy of a statement shares many triples (its people, the entities it
    # declares) with the original: each must stay while one statement holds it.
    for suffix in (".txt", ".meta.json"):
        original = (sources / STMT_A).with_suffix(suffix)
        (sources / f"copy{suffix}").write_bytes(original.read_bytes())
    three, two = tmp_path / "three", tmp_path / "two"
    assert run("build", str(sources), "--store", str(three)).exit_code == 0
    ttl = tmp_path / "three.ttl"
    assert run("build", str(sources), "-o", str(ttl)).exit_code == 0
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    on_file = run("query", str(ttl), count, "--format", "csv").output
    assert run("query", str(three), count, "--format", "csv").output == on_file
    full = dump(three)
    assert run("remove", "copy.txt", "--store", str(three)).exit_code == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for suffix in (".txt", ".meta.json"):
        (sources / f"copy{suffix}").rename(elsewhere / f"copy{suffix}")
    assert run("build", str(sources), "--store", str(two)).exit_code == 0
    assert dump(three) == dump(two)
    result = run("add", str(elsewhere), "--store", str(three))
    assert result.output.startswith("1 added, 0 replaced, 0 unchanged; 3 statements, ")
    assert dump(three) == full


def test_validate_checks_a_store_graph_by_graph(
    built: Path, tmp_path: Path, sources: Path, plugins
) -> None:
    assert run("validate", str(built)).output == f"{built}: conforms\n"
    bad = tmp_path / "bad"
    args = ["--extractor", "metadata", "--extractor", "evidence-free", "--no-validate"]
    assert run("build", str(sources), "--store", str(bad), *args).exit_code == 0
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    graph = f"https://treatygraph.org/id/graph/statement/{STMT_A}"
    stance = f"<https://treatygraph.org/id/statement/{STMT_A}/stance/DEU/broad-scope>"
    assert result.output == (
        f"{graph}: {stance} <https://treatygraph.org/ontology#evidence>: "
        "A stance without evidence is not a stance.\n"
        f"{bad}: does not conform (1 violations)\n"
    )


def test_rendered_statements_are_the_builders_graphs(seed_extractions, seed_dataset) -> None:
    from rdflib import Graph

    rendered = store.Renderer()(seed_extractions)
    assert [r.document for r in rendered] == [x.document.id for x in seed_extractions]
    for r in rendered:
        assert r.problems == ()
        graph = set(Graph().parse(data=r.ntriples, format="nt"))
        assert graph == set(seed_dataset.graph(store.URIRef(r.graph)))


def test_queries_on_a_store_run_in_oxigraph_and_agree_with_the_file(built: Path, tmp_path: Path):
    from graph import query as q

    on_store = storage.load(built)
    assert q._native(on_store)
    out = tmp_path / "g.trig"
    storage.save(on_store, out)
    on_file = storage.load(out)
    assert not q._native(on_file)
    text = q.get_named("stance-summary").text
    assert sorted(map(tuple, q.run(on_store, text))) == sorted(map(tuple, q.run(on_file, text)))
