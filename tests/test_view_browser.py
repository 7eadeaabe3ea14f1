"""The HTML view in a real browser: Chromium from the distribution, driven by Playwright.

Skipped, with the reason, only where no Chromium binary or no Playwright is installed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from graph import storage, view

pytestmark = pytest.mark.browser

CHROMIUM_FLAGS = [
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str | None:
    for candidate in (os.environ.get("TREATYGRAPH_CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    binary = _chromium()
    if binary is None:
        pytest.skip(
            "no Chromium binary (install the distribution's chromium package: make browser)"
        )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=binary, args=CHROMIUM_FLAGS)
        yield b
        b.close()


class Page:
    """A loaded view, with what the browser reported while loading it."""

    def __init__(self, browser, path: Path, timeout_ms: int = 60_000) -> None:
        self.page = browser.new_page(viewport={"width": 1300, "height": 850})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("request", lambda req: self.requests.append(req.url))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-ready=true]", timeout=timeout_ms)

    def _console(self, msg) -> None:
        if msg.type in ("error", "warning"):
            self.errors.append(msg.text)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def click_node(self, node_id: str) -> None:
        """Click where the node is drawn, as a user would."""
        box = self.page.locator("#network canvas").bounding_box()
        point = self.js(
            """id => { const n = window.treatygraph.network;
                       return n.canvasToDOM(n.getPositions([id])[id]); }""",
            node_id,
        )
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])

    def details(self) -> str:
        return self.page.locator("#details").inner_text()

    def close(self) -> None:
        self.page.close()


def _render(ds_path: Path, tmp_path: Path, **kwargs) -> Path:
    out = tmp_path / "view.html"
    view.render(storage.load(ds_path), out, **kwargs)
    return out


def _drawn_pixels(page: Page) -> int:
    """Pixels of the graph canvas that differ from the background."""
    return page.js(
        """() => { const c = document.querySelector('#network canvas');
                   const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   let n = 0;
                   for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0) n++;
                   return n; }"""
    )


def test_seed_view_loads_offline_without_errors_and_draws(browser, seed_graph_file, tmp_path):
    page = Page(browser, _render(seed_graph_file, tmp_path))
    try:
        assert page.errors == []
        assert [u for u in page.requests if not u.startswith("file:")] == []
        assert _drawn_pixels(page) > 5000
        shown = page.page.locator("#counts").inner_text()
        n, m = page.js("() => [treatygraph.data.nodes.length, treatygraph.data.edges.length]")
        assert shown == f"{n} of {n} nodes, {m} of {m} edges shown"
        legend = page.page.locator("#legend").inner_text()
        assert "Official" in legend and "stance: oppose" in legend
    finally:
        page.close()


def test_clicking_a_state_then_a_stance_shows_its_quote(browser, seed_graph_file, tmp_path):
    page = Page(browser, _render(seed_graph_file, tmp_path))
    try:
        page.click_node("https://treatygraph.org/id/state/RUS")
        assert page.page.locator("#details h3").first.inner_text() == "Russian Federation"
        edge = page.js(
            """() => treatygraph.data.edges.find(e => e.kind === 'stance'
                      && e.from.endsWith('/state/RUS') && e.to.endsWith('/topic/broad-scope'))"""
        )
        item = page.page.locator("#details ul.stances li", has_text="Broad scope").first
        item.click()
        quotes = page.page.locator("#details blockquote").all_inner_texts()
        assert quotes == [ev["quote"] for ev in edge["evidence"]]
        text = page.details()
        assert "Dmitry Bukin" in text and "support" in text
        assert f"characters {edge['evidence'][0]['start']}–{edge['evidence'][0]['end']}" in text
    finally:
        page.close()


def test_clicking_a_stance_edge_on_the_canvas_shows_its_quote(browser, seed_graph_file, tmp_path):
    page = Page(browser, _render(seed_graph_file, tmp_path))
    try:
        # The middle of a stance edge, where no node is drawn.
        target = page.js(
            """() => { const n = treatygraph.network;
                for (const e of treatygraph.data.edges.filter(e => e.kind === 'stance')) {
                  const p = n.getPositions([e.from, e.to]);
                  const mid = n.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2,
                                             y: (p[e.from].y + p[e.to].y) / 2});
                  if (n.getNodeAt(mid) === undefined && n.getEdgeAt(mid) === e.id)
                    return {id: e.id, x: mid.x, y: mid.y, quote: e.evidence[0].quote};
                }
                return null; }"""
        )
        assert target is not None, "no stance edge is clickable on its own"
        box = page.page.locator("#network canvas").bounding_box()
        page.page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
        assert target["quote"] in page.page.locator("#details blockquote").all_inner_texts()
    finally:
        page.close()


def test_hostile_statement_stays_text(browser, hostile_graph_file, tmp_path):
    from conftest import HOSTILE_META

    page = Page(browser, _render(hostile_graph_file, tmp_path))
    try:
        assert page.js("() => window.__pwned") is None
        assert page.page.locator("img").count() == 0
        assert page.errors == []
        person = page.js("() => treatygraph.data.nodes.find(n => n.kind === 'person').id")
        page.click_node(person)
        assert page.page.locator("#details h3").first.inner_text() == HOSTILE_META["speaker"]
        statement = page.js("() => treatygraph.data.nodes.find(n => n.kind === 'statement').id")
        page.js("id => treatygraph.showNode(id)", statement)
        assert HOSTILE_META["title"] in page.details()
        quotes = []
        items = page.page.locator("#details ul.stances li")
        for i in range(items.count()):
            page.js("id => treatygraph.showNode(id)", statement)
            page.page.locator("#details ul.stances li").nth(i).click()
            quotes += page.page.locator("#details blockquote").all_inner_texts()
        assert any("</script><script>window.__pwned = 1</script>" in q for q in quotes)
        assert any("<b>offline</b> & more." in q for q in quotes)
        assert page.js("() => window.__pwned") is None
        assert page.page.locator("#details script, #details img, #details b").count() == 0
    finally:
        page.close()


def test_search_and_filters(browser, seed_graph_file, tmp_path):
    page = Page(browser, _render(seed_graph_file, tmp_path))
    try:
        page.page.fill("#search", "bukin")
        page.page.press("#search", "Enter")
        assert page.page.locator("#details h3").first.inner_text() == "Dmitry Bukin"
        assert page.js("() => treatygraph.network.getSelectedNodes()") == [
            "https://treatygraph.org/id/person/dmitry-bukin"
        ]

        total = len(page.js("() => treatygraph.visibleNodes()"))
        page.page.select_option("#f-event", "https://treatygraph.org/id/event/ahc-1")
        at_ahc1 = set(page.js("() => treatygraph.visibleNodes()"))
        assert "https://treatygraph.org/id/person/dmitry-bukin" in at_ahc1
        assert "https://treatygraph.org/id/person/oleg-syromolotov" not in at_ahc1
        assert len(at_ahc1) < total

        page.page.click("#reset")
        page.page.fill("#f-to", "2019-01-01")
        page.page.dispatch_event("#f-to", "change")
        before_2019 = set(page.js("() => treatygraph.visibleNodes()"))
        assert "https://treatygraph.org/id/person/oleg-syromolotov" in before_2019
        assert "https://treatygraph.org/id/person/dmitry-bukin" not in before_2019

        page.page.click("#reset")
        edges_before = page.page.locator("#counts").inner_text()
        page.page.uncheck("#links input[data-link=mentions]")
        assert page.page.locator("#counts").inner_text() != edges_before
        page.page.check("#links input[data-link=mentions]")

        page.page.click("#reset")
        page.page.uncheck("#kinds input[data-kind=topic]")
        shown = page.js("() => treatygraph.visibleNodes()")
        assert not any("/topic/" in n for n in shown)
        assert len(shown) < total
    finally:
        page.close()


def _big_graph(path: Path, nodes: int) -> None:
    """A synthetic graph of ``nodes`` nodes shaped like a large corpus build."""
    from rdflib import RDF, RDFS, XSD, Dataset, Literal, Namespace, URIRef
    from rdflib.namespace import DCTERMS, SKOS

    tg = Namespace("https://treatygraph.org/ontology#")
    base = "https://treatygraph.org/id/"
    ds = Dataset(default_union=True)
    g = ds.graph(URIRef(base + "graph/synthetic"))
    topics, states = [], []
    for i in range(40):
        t = URIRef(f"{base}topic/t{i}")
        topics.append(t)
        g.add((t, RDF.type, tg.Topic))
        g.add((t, tg.code, Literal(f"t{i}")))
        g.add((t, SKOS.prefLabel, Literal(f"Topic {i}")))
    for i in range(190):
        s = URIRef(f"{base}state/S{i:03d}")
        states.append(s)
        g.add((s, RDF.type, tg.State))
        g.add((s, tg.code, Literal(f"S{i:03d}")))
        g.add((s, SKOS.prefLabel, Literal(f"State {i}")))
    polarities = [tg.support, tg.oppose, tg.mixed]
    for p in polarities:
        g.add((p, RDFS.label, Literal(str(p).rsplit("#", 1)[-1])))
    for i in range(nodes - 230):
        st = URIRef(f"{base}statement/d{i}")
        g.add((st, RDF.type, tg.Statement))
        g.add((st, tg.documentId, Literal(f"d{i}")))
        g.add((st, DCTERMS.date, Literal(f"{1990 + i % 30}-01-01", datatype=XSD.date)))
        g.add((st, tg.onBehalfOf, states[i % 190]))
        g.add((st, tg.mentions, states[(i * 7) % 190]))
        stance = URIRef(f"{base}statement/d{i}/stance/x")
        g.add((stance, RDF.type, tg.Stance))
        g.add((stance, tg.holder, states[i % 190]))
        g.add((stance, tg.topic, topics[i % 40]))
        g.add((stance, tg.polarity, polarities[i % 3]))
        g.add((stance, tg.statement, st))
    storage.save(ds, path)


def test_five_thousand_nodes_open_and_settle(browser, tmp_path):
    source = tmp_path / "big.ttl"
    _big_graph(source, 5000)
    out = tmp_path / "big.html"
    result = view.render(storage.load(source), out)
    assert result.nodes == 5000
    page = Page(browser, out, timeout_ms=180_000)
    try:
        assert page.errors == []
        # Settled: physics is off once the layout stabilised, so the page stays responsive.
        assert page.js("() => treatygraph.network.physics.physicsEnabled") is False
        assert _drawn_pixels(page) > 5000
    finally:
        page.close()
