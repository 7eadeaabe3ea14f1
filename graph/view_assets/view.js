// treatygraph view: draws the graph from the JSON block and explains what is clicked.
// Every text from the data reaches the page through textContent, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("tg-data").textContent);
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var edgeById = new Map();
  data.edges.forEach(function (e) { edgeById.set(e.id, e); });
  var kindLabel = {};
  data.legend.forEach(function (k) { kindLabel[k.kind] = k.label; });

  // Stances grouped by statement, holder and topic, for the side panel and filters.
  var stancesOf = new Map();
  function remember(key, edge) {
    if (!stancesOf.has(key)) stancesOf.set(key, []);
    stancesOf.get(key).push(edge);
  }
  data.edges.forEach(function (e) {
    if (e.kind !== "stance") return;
    remember(e.statement, e); remember(e.from, e); remember(e.to, e);
  });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function nameOf(id) { var n = nodeById.get(id); return n ? n.name : id; }

  // ---- filters --------------------------------------------------------------------
  var hiddenKinds = new Set();
  // Kinds of link by name; in a big graph "mentions" hides everything else, so it
  // starts switched off there.
  var hiddenLinks = new Set(data.edges.length > 1500 ? ["mentions"] : []);
  function linkKind(e) { return e.kind === "stance" ? "stance" : e.label; }
  var filter = { state: "", topic: "", event: "", from: "", to: "" };
  var visibleNodes = new Set();
  var visibleEdges = new Set();

  function filtering() {
    return Boolean(filter.state || filter.topic || filter.event || filter.from || filter.to);
  }
  function statementPasses(id) {
    var s = nodeById.get(id);
    if (!s) return true;
    if (filter.state && s.state !== filter.state) return false;
    if (filter.event && s.event !== filter.event) return false;
    if (filter.from && !(s.date && s.date >= filter.from)) return false;
    if (filter.to && !(s.date && s.date.slice(0, 10) <= filter.to)) return false;
    if (filter.topic) {
      var own = stancesOf.get(id) || [];
      if (!own.some(function (e) { return e.to === filter.topic; })) return false;
    }
    return true;
  }
  function kindShown(id) {
    var n = nodeById.get(id);
    return n && !hiddenKinds.has(n.kind);
  }
  function compute() {
    visibleNodes = new Set();
    visibleEdges = new Set();
    var active = filtering();
    if (!active) {
      data.nodes.forEach(function (n) { if (!hiddenKinds.has(n.kind)) visibleNodes.add(n.id); });
    } else {
      data.nodes.forEach(function (n) {
        if (n.kind === "statement" && !hiddenKinds.has(n.kind) && statementPasses(n.id)) visibleNodes.add(n.id);
      });
      [filter.state, filter.topic, filter.event].forEach(function (id) {
        if (id && kindShown(id)) visibleNodes.add(id);
      });
      data.edges.forEach(function (e) {
        if (hiddenLinks.has(linkKind(e))) return;
        if (!e.statement || !statementPasses(e.statement)) return;
        if (e.kind === "stance" && filter.topic && e.to !== filter.topic) return;
        if (!kindShown(e.from) || !kindShown(e.to)) return;
        visibleNodes.add(e.from); visibleNodes.add(e.to);
      });
    }
    data.edges.forEach(function (e) {
      if (hiddenLinks.has(linkKind(e))) return;
      if (!visibleNodes.has(e.from) || !visibleNodes.has(e.to)) return;
      if (active && e.statement && !statementPasses(e.statement)) return;
      if (active && e.kind === "stance" && filter.topic && e.to !== filter.topic) return;
      visibleEdges.add(e.id);
    });
  }

  // ---- network --------------------------------------------------------------------
  var count = data.nodes.length;
  var nodeSet = new vis.DataSet(data.nodes.map(function (n) {
    var item = {
      id: n.id, label: n.label, shape: n.shape,
      color: { background: n.color, border: "#37474f", highlight: { background: n.color, border: "#000" } },
      size: 8 + Math.min(22, Math.sqrt(n.degree) * 2),
      font: { size: n.kind === "topic" || n.kind === "state" ? 14 : 11 }
    };
    if (n.level !== undefined) item.level = n.level;
    return item;
  }));
  var edgeSet = new vis.DataSet(data.edges.map(function (e) {
    return {
      id: e.id, from: e.from, to: e.to, width: e.width,
      color: { color: e.color, highlight: e.color, hover: e.color, opacity: e.kind === "stance" ? 1 : 0.6 },
      arrows: e.kind === "stance" ? { to: { enabled: true, scaleFactor: 0.6 } } : undefined
    };
  }));
  var nodeView = new vis.DataView(nodeSet, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new vis.DataView(edgeSet, { filter: function (e) { return visibleEdges.has(e.id); } });
  compute();

  var hierarchical = data.layout === "hierarchical";
  var big = count > 1000;
  var options = {
    autoResize: true,
    layout: hierarchical
      ? { hierarchical: { direction: "LR", sortMethod: "hubsize", levelSeparation: 260, nodeSpacing: 30 } }
      : { randomSeed: 7, improvedLayout: count <= 200 },
    physics: hierarchical ? { enabled: false } : {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -80, springLength: 110, avoidOverlap: 0.6 },
      stabilization: { enabled: true, iterations: count > 2000 ? 120 : (count > 500 ? 300 : 800), updateInterval: 25 }
    },
    edges: { smooth: big || hierarchical ? false : { type: "continuous" }, selectionWidth: 2 },
    interaction: { hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 150 }
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

  var api = { data: data, network: network, ready: false };
  window.treatygraph = api;
  function markReady() {
    if (api.ready) return;
    api.ready = true;
    document.body.setAttribute("data-ready", "true");
  }
  if (hierarchical) {
    network.once("afterDrawing", markReady);
  } else {
    network.once("stabilizationIterationsDone", function () {
      // Settled: physics off so thousands of nodes stop costing CPU and stay put.
      network.setOptions({ physics: { enabled: false } });
      markReady();
    });
  }

  // ---- side panel -----------------------------------------------------------------
  var details = document.getElementById("details");
  function clearDetails(title) {
    while (details.firstChild) details.removeChild(details.firstChild);
    details.appendChild(el("h2", "Details"));
    if (title) details.appendChild(el("h3", title));
  }
  function factList(pairs) {
    var dl = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "") return;
      dl.appendChild(el("dt", p[0]));
      dl.appendChild(el("dd", p[1]));
    });
    return dl;
  }
  function stanceList(edges, describe) {
    var ul = el("ul", null, "stances");
    edges.forEach(function (e) {
      var li = el("li", describe(e));
      li.style.color = e.color;
      li.addEventListener("click", function () { select({ edges: [e.id] }); showEdge(e.id); });
      ul.appendChild(li);
    });
    return ul;
  }
  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) return;
    clearDetails(n.name);
    details.appendChild(el("p", kindLabel[n.kind] || n.kind, "hint"));
    var pairs = [];
    if (n.kind === "statement") {
      pairs.push(["title", n.title], ["document", n.document], ["date", n.date],
        ["event", n.event ? nameOf(n.event) : ""], ["state", n.state ? nameOf(n.state) : ""]);
    }
    n.facts.forEach(function (f) { if (f[0] !== "name") pairs.push(f); });
    pairs.push(["IRI", n.id]);
    details.appendChild(factList(pairs));
    var own = stancesOf.get(id) || [];
    if (own.length) {
      details.appendChild(el("h3", "Stances (" + own.length + ")"));
      details.appendChild(stanceList(own, function (e) {
        return nameOf(e.from) + " " + e.polarity + " " + nameOf(e.to) + (e.date ? " (" + e.date + ")" : "");
      }));
    }
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) return;
    if (e.kind !== "stance") {
      clearDetails(nameOf(e.from) + " — " + e.label + " — " + nameOf(e.to));
      details.appendChild(factList([["from", nameOf(e.from)], ["to", nameOf(e.to)], ["IRI", e.id]]));
      return;
    }
    clearDetails(nameOf(e.from) + ": " + e.polarity + " — " + nameOf(e.to));
    var statement = nodeById.get(e.statement);
    details.appendChild(factList([
      ["state", nameOf(e.from)], ["topic", nameOf(e.to)], ["polarity", e.polarity],
      ["speaker", e.speaker], ["event", e.event], ["date", e.date],
      ["statement", statement ? (statement.title || statement.document) : e.statement],
      ["rule", e.rule], ["IRI", e.id]
    ]));
    e.evidence.forEach(function (ev) {
      details.appendChild(el("blockquote", ev.quote, "quote " + e.polarity));
      details.appendChild(el("div", "characters " + ev.start + "–" + ev.end + " of " +
        (statement ? statement.document : e.statement), "offsets"));
    });
  }
  function select(sel) {
    network.unselectAll();
    if (sel.nodes) network.selectNodes(sel.nodes.filter(function (id) { return visibleNodes.has(id); }));
    if (sel.edges) network.selectEdges(sel.edges.filter(function (id) { return visibleEdges.has(id); }));
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  api.showNode = showNode;
  api.showEdge = showEdge;

  // ---- legend, filters, search ----------------------------------------------------
  var kindsBox = document.getElementById("kinds");
  data.legend.forEach(function (k) {
    var row = el("label", null, "legend-row");
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; box.value = k.kind;
    box.setAttribute("data-kind", k.kind);
    box.addEventListener("change", function () {
      if (box.checked) hiddenKinds.delete(k.kind); else hiddenKinds.add(k.kind);
      refresh();
    });
    var swatch = el("span", null, "swatch");
    swatch.style.background = k.color;
    row.appendChild(box); row.appendChild(swatch); row.appendChild(el("span", k.label));
    kindsBox.appendChild(row);
  });
  var polBox = document.getElementById("polarities");
  Object.keys(data.polarities).forEach(function (p) {
    var row = el("div", null, "legend-row");
    var line = el("span", null, "line");
    line.style.background = data.polarities[p];
    row.appendChild(line); row.appendChild(el("span", "stance: " + p));
    polBox.appendChild(row);
  });
  var linkNames = [];
  data.edges.forEach(function (e) {
    var name = linkKind(e);
    if (linkNames.indexOf(name) < 0) linkNames.push(name);
  });
  linkNames.sort();
  var linksBox = document.getElementById("links");
  linkNames.forEach(function (name) {
    var row = el("label", null, "legend-row");
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = !hiddenLinks.has(name);
    box.setAttribute("data-link", name);
    box.addEventListener("change", function () {
      if (box.checked) hiddenLinks.delete(name); else hiddenLinks.add(name);
      refresh();
    });
    var line = el("span", null, "line");
    line.style.background = name === "stance" ? "#455a64" : "#b0bec5";
    row.appendChild(box); row.appendChild(line);
    row.appendChild(el("span", name === "stance" ? "stances" : name));
    linksBox.appendChild(row);
  });
  var notes = document.getElementById("notes");
  data.notes.forEach(function (t) { notes.appendChild(el("div", t)); });

  function fillSelect(selectId, kind) {
    var select = document.getElementById(selectId);
    data.nodes.filter(function (n) { return n.kind === kind; })
      .sort(function (a, b) { return a.name.localeCompare(b.name); })
      .forEach(function (n) {
        var option = el("option", n.name);
        option.value = n.id;
        select.appendChild(option);
      });
    select.addEventListener("change", function () {
      filter[selectId.slice(2)] = select.value;
      refresh();
    });
  }
  fillSelect("f-state", "state");
  fillSelect("f-topic", "topic");
  fillSelect("f-event", "event");
  ["f-from", "f-to"].forEach(function (id) {
    var input = document.getElementById(id);
    input.addEventListener("change", function () { filter[id.slice(2)] = input.value; refresh(); });
  });
  document.getElementById("reset").addEventListener("click", function () {
    filter = { state: "", topic: "", event: "", from: "", to: "" };
    hiddenKinds.clear();
    document.getElementById("controls").reset();
    Array.prototype.forEach.call(kindsBox.querySelectorAll("input"), function (b) { b.checked = true; });
    Array.prototype.forEach.call(linksBox.querySelectorAll("input"), function (b) {
      if (b.checked) hiddenLinks.delete(b.getAttribute("data-link"));
      else hiddenLinks.add(b.getAttribute("data-link"));
    });
    refresh();
  });

  var names = document.getElementById("names");
  var seen = new Set();
  data.nodes.slice().sort(function (a, b) { return a.name.localeCompare(b.name); }).forEach(function (n) {
    if (seen.has(n.name) || seen.size > 5000) return;
    seen.add(n.name);
    var option = document.createElement("option");
    option.value = n.name;
    names.appendChild(option);
  });
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) return null;
    var exact = null, partial = null;
    data.nodes.forEach(function (n) {
      var name = n.name.toLowerCase();
      if (!exact && (name === q || (n.code && n.code.toLowerCase() === q))) exact = n;
      if (!partial && name.indexOf(q) >= 0) partial = n;
    });
    return exact || partial;
  }
  var search = document.getElementById("search");
  function runSearch() {
    var n = find(search.value);
    if (!n) { clearDetails("No match for “" + search.value + "”"); return; }
    if (!visibleNodes.has(n.id)) document.getElementById("reset").click();
    select({ nodes: [n.id] });
    network.focus(n.id, { scale: 1.2, animation: false });
    showNode(n.id);
  }
  search.addEventListener("change", runSearch);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") runSearch(); });
  api.find = function (text) { search.value = text; runSearch(); };

  var counts = document.getElementById("counts");
  function refresh() {
    compute();
    nodeView.refresh();
    edgeView.refresh();
    counts.textContent = visibleNodes.size + " of " + data.nodes.length + " nodes, " +
      visibleEdges.size + " of " + data.edges.length + " edges shown";
  }
  api.setFilter = function (name, value) { filter[name] = value; refresh(); };
  api.visibleNodes = function () { return Array.from(visibleNodes); };
  refresh();
})();
