"""The HTML view as a file: self-contained, escaped, deterministic, and what it shows."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from graph import query, storage, view
from graph.cli import main


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.data_block = ""
        self._in_data = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self._in_data = tag == "script" and attrs.get("id") == "tg-data"

    def handle_endtag(self, tag):
        self._in_data = False

    def handle_data(self, data):
        if self._in_data:
            self.data_block += data


def _page(path):
    parser = _Tags()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser, json.loads(parser.data_block)


def _count(ds, sparql: str) -> int:
    return int(next(iter(query.run(ds, sparql)))[0])


def test_seed_view_shows_actors_and_every_stance(seed_graph_file, tmp_path):
    ds = storage.load(seed_graph_file)
    out = tmp_path / "graph.html"
    result = view.render(ds, out)
    parser, data = _page(out)

    kinds = {n["kind"] for n in data["nodes"]}
    assert {"statement", "person", "state", "resolution", "instrument", "topic"} <= kinds
    names = {n["name"] for n in data["nodes"]}
    assert {"Dmitry Bukin", "Oleg Syromolotov", "General Assembly resolution 74/247"} <= names
    stances = [e for e in data["edges"] if e["kind"] == "stance"]
    n_stances = _count(
        ds, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://treatygraph.org/ontology#Stance> }"
    )
    assert len(stances) == n_stances > 0
    for edge in stances:
        assert edge["evidence"], edge["id"]
        assert edge["polarity"] in {"support", "oppose", "mixed"}
    assert str(result) == f"{result.nodes} nodes, {result.edges} edges -> {out}"
    assert result.nodes == len(data["nodes"]) and result.edges == len(data["edges"])


def test_resolution_facts_reach_the_page(seed_graph_file, tmp_path):
    out = tmp_path / "g.html"
    view.render(storage.load(seed_graph_file), out)
    _, data = _page(out)
    res = next(n for n in data["nodes"] if n["name"] == "General Assembly resolution 74/247")
    facts = dict((k, v) for k, v in res["facts"])
    assert facts["date"] == "2019-12-27"
    assert facts["adopted by"] == "recorded vote"
    assert facts["votes in favour"] == "79"


def test_page_is_self_contained(seed_graph_file, tmp_path):
    out = tmp_path / "g.html"
    view.render(storage.load(seed_graph_file), out)
    parser, _ = _page(out)
    for tag, attrs in parser.tags:
        assert "src" not in attrs or attrs["src"].startswith("data:"), (tag, attrs)
        assert tag != "link", attrs
    csp = [a["content"] for t, a in parser.tags if a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]
    assert [t for t, _ in parser.tags].count("script") == 3


def test_hostile_text_cannot_leave_the_data_block(hostile_graph_file, tmp_path):
    from conftest import HOSTILE_META

    out = tmp_path / "evil.html"
    view.render(storage.load(hostile_graph_file), out)
    text = out.read_text(encoding="utf-8")
    parser, data = _page(out)
    # Only our three scripts, no element smuggled in by a payload.
    assert [t for t, _ in parser.tags].count("script") == 3
    assert "img" not in [t for t, _ in parser.tags]
    block = text[text.index('id="tg-data">') : text.index("</script>", text.index('id="tg-data">'))]
    assert "<" not in block.split(">", 1)[1] and "&" not in block
    # The payloads survive as data, character for character.
    names = {n["name"] for n in data["nodes"]}
    assert HOSTILE_META["speaker"] in names
    titles = {n.get("title") for n in data["nodes"]}
    assert HOSTILE_META["title"] in titles
    quotes = [ev["quote"] for e in data["edges"] if e["kind"] == "stance" for ev in e["evidence"]]
    assert any("</script><script>window.__pwned = 1</script>" in q for q in quotes)
    assert "<title>treatygraph</title>" in text


def test_output_is_deterministic(seed_graph_file, tmp_path):
    ds = storage.load(seed_graph_file)
    view.render(ds, tmp_path / "a.html")
    view.render(storage.load(seed_graph_file), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_focus_keeps_the_neighbourhood(seed_graph_file, tmp_path):
    ds = storage.load(seed_graph_file)
    full = view.render(ds, tmp_path / "all.html")
    # Belarus is named only in Syromolotov's statement: two steps reach him, not Bukin.
    result = view.render(ds, tmp_path / "p.html", focus="blr")
    _, data = _page(tmp_path / "p.html")
    names = {n["name"] for n in data["nodes"]}
    assert {"Belarus", "Oleg Syromolotov"} <= names and "Dmitry Bukin" not in names
    assert result.nodes < full.nodes
    assert result.notes == (
        f"showing the neighbourhood of blr ({result.nodes} of {full.nodes} nodes)",
    )


def test_topic_keeps_only_its_stances(seed_graph_file, tmp_path):
    view.render(
        storage.load(seed_graph_file), tmp_path / "t.html", topics=["human-rights-safeguards"]
    )
    _, data = _page(tmp_path / "t.html")
    stances = [e for e in data["edges"] if e["kind"] == "stance"]
    assert stances
    assert {e["to"].rsplit("/", 1)[-1] for e in stances} == {"human-rights-safeguards"}


def test_max_nodes_keeps_the_best_connected_and_says_so(seed_graph_file, tmp_path):
    ds = storage.load(seed_graph_file)
    full = view.render(ds, tmp_path / "all.html")
    result = view.render(ds, tmp_path / "small.html", max_nodes=10)
    _, data = _page(tmp_path / "small.html")
    assert len(data["nodes"]) == 10
    note = f"showing the 10 best-connected of {full.nodes} nodes (raise --max-nodes to see more)"
    assert data["notes"] == [note]
    assert str(result).splitlines()[1] == f"note: {note}"
    kept = {n["kind"] for n in data["nodes"]}
    assert "state" in kept  # Russia is the hub of the seed graph


def test_hierarchical_layout_gives_levels(seed_graph_file, tmp_path):
    view.render(storage.load(seed_graph_file), tmp_path / "h.html", layout="hierarchical")
    _, data = _page(tmp_path / "h.html")
    assert data["layout"] == "hierarchical"
    levels = {n["kind"]: n["level"] for n in data["nodes"]}
    assert levels["event"] < levels["statement"] < levels["state"] < levels["topic"]


@pytest.fixture
def runner():
    return CliRunner()


def test_cli_view_writes_the_page(runner, seed_graph_file, tmp_path):
    out = tmp_path / "v.html"
    result = runner.invoke(main, ["view", str(seed_graph_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(rf"\d+ nodes, \d+ edges -> {re.escape(str(out))}\n", result.output)
    assert out.stat().st_size > 100_000  # vis-network is inlined


def test_cli_view_errors_are_one_line(runner, seed_graph_file, tmp_path):
    out = tmp_path / "v.html"
    result = runner.invoke(main, ["view", str(seed_graph_file), "-o", str(out), "--focus", "XXX"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: --focus 'XXX': no state with that ISO3 code or person with that slug "
        "in the graph (e.g. RUS, dmitry-bukin)\n"
    )
    result = runner.invoke(main, ["view", str(seed_graph_file), "-o", str(out), "--topic", "nope"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: unknown topic 'nope' (known: ")
    assert "broad-scope" in result.output and result.output.count("\n") == 1
    assert not out.exists()
