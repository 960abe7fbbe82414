/* kgraph viz: draws the JSON payload with vis-network. Corpus text reaches the page only through
   textContent and vis's canvas labels; nothing is ever assigned to innerHTML. */
(function () {
  "use strict";
  var started = performance.now();
  var data = JSON.parse(document.getElementById("kgraph-data").textContent);
  var big = data.nodes.length > 1000;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function fmt(n) { return Number(n).toLocaleString("en"); }
  function short(text) { return text.length > 42 ? text.slice(0, 40) + "\u2026" : text; }
  function conf(c) { return c === null || c === undefined ? "" : Number(c).toFixed(2); }

  var kinds = {};
  data.kinds.forEach(function (k) { kinds[k.id] = k; });
  var relColour = {};
  data.relations.forEach(function (r) { relColour[r.name] = r.color; });
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });

  /* ---- header, notice ---- */
  document.getElementById("title").textContent = data.title;
  document.getElementById("counts").textContent =
    fmt(data.nodes.length) + " nodes · " + fmt(data.edges.length) + " relations";
  var om = data.omitted, notes = [];
  if (om.nodes > 0 || om.edges > 0) {
    notes.push("Showing the " + fmt(data.nodes.length) + " most connected nodes (--max-nodes " +
      fmt(om.maxNodes) + "): " + fmt(om.nodes) + " nodes and " + fmt(om.edges) +
      " relations are left out. To see them: kgraph viz --focus CONCEPT --depth 2, " +
      "kgraph viz --query FILE.rq, or a larger --max-nodes.");
  }
  if (om.belowConfidence > 0) {
    notes.push(fmt(om.belowConfidence) + " relations below --min-confidence are hidden.");
  }
  if (om.negated > 0) {
    notes.push(fmt(om.negated) + (om.negated === 1 ? " negated statement" : " negated statements") +
      " (\u201cX does not buy Y\u201d) not drawn.");
  }
  if (data.nodes.length === 0) {
    notes.push("Nothing to draw: the graph (or the query's result) has no relations between concepts.");
  }
  var notice = document.getElementById("notice");
  notes.forEach(function (t) { notice.appendChild(el("p", t)); });
  notice.hidden = notes.length === 0;

  /* ---- vis data ---- */
  function nodeSize(n) { return Math.min(10 + 4 * Math.sqrt(n.degree), 48); }
  var visNodes = data.nodes.map(function (n) {
    var k = kinds[n.kind] || kinds.other || { shape: "dot", color: "#7f8c8d" };
    return {
      id: n.id, label: short(n.label), x: n.x, y: n.y, shape: k.shape, size: nodeSize(n),
      color: { background: k.color, border: "#ffffff",
               highlight: { background: k.color, border: "#111111" },
               hover: { background: k.color, border: "#111111" } },
      font: n.kind === "core" ? { size: 17, face: "sans-serif", bold: true, color: "#10253f" }
                              : { size: 14, face: "sans-serif", color: "#1b1b1b" },
      borderWidth: 1.5
    };
  });
  // vis-network 9.1.2 truncates positions to whole pixels and draws the "middle"-aligned label
  // of an exactly horizontal edge at the canvas origin: nudge such edges off the horizontal
  var nodeIndex = {};
  visNodes.forEach(function (n, i) { n.x = Math.floor(n.x); n.y = Math.floor(n.y); nodeIndex[n.id] = i; });
  data.edges.forEach(function (e) {
    var a = visNodes[nodeIndex[e.from]], b = visNodes[nodeIndex[e.to]];
    if (a !== b && a.y === b.y) b.y += 2;
  });
  var pairCount = {};
  var visEdges = data.edges.map(function (e) {
    var key = e.from < e.to ? e.from + "|" + e.to : e.to + "|" + e.from;
    var nth = pairCount[key] = (pairCount[key] || 0) + 1;
    var structural = e.relation === "broader" || e.relation === "type" || e.relation === "subClassOf";
    var colour = relColour[e.relation] || "#666666";
    var edge = {
      id: e.id, from: e.from, to: e.to, label: e.relation, relation: e.relation,
      arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      color: { color: colour, highlight: colour, hover: colour, opacity: structural ? 0.7 : 0.9 },
      width: structural ? 1 : 1.6, dashes: structural,
      font: { size: 11, color: structural ? "#5c6670" : colour, strokeWidth: 3,
              strokeColor: "#ffffff", align: "middle" }
    };
    if (e.from === e.to) edge.selfReference = { size: 18 };
    // the first edge of a pair is straight; its siblings (A buys B, B sells A ...) curve apart
    edge.smooth = nth > 1 || e.from === e.to
      ? { enabled: true, type: "curvedCW", roundness: 0.18 * (nth - 1) + 0.12 }
      : false;
    return edge;
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var hidden = {};
  var edgeView = new vis.DataView(edges, { filter: function (e) { return !hidden[e.relation]; } });

  var container = document.getElementById("graph");
  var options = {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    nodes: { scaling: { label: { enabled: false } } },
    edges: { smooth: false, selectionWidth: 1.5, hoverWidth: 0.8,
             chosen: { label: false } },
    interaction: { hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   keyboard: false, multiselect: false, navigationButtons: false }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edgeView }, options);
  var state = { network: network, nodes: nodes, edges: edges, data: data,
                firstDrawMs: null, setupMs: null };
  window.__kgraph = state;
  network.once("afterDrawing", function () {
    state.firstDrawMs = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });
  network.fit({ animation: false });
  state.setupMs = performance.now() - started;
  if (data.focus.length) network.selectNodes(data.focus);

  /* ---- tooltips: DOM built with textContent ---- */
  var tip = document.getElementById("tip");
  function showTip(content, pointer) {
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    tip.appendChild(content);
    tip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 8) x = Math.max(8, box.left + pointer.x - w - 14);
    if (y + h > window.innerHeight - 8) y = Math.max(8, window.innerHeight - h - 8);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }

  function nodeTip(n) {
    var box = el("div");
    box.appendChild(el("div", n.label, "tip-title"));
    var kind = (kinds[n.kind] || { name: n.kind }).name;
    var line = kind + (n.classes.length ? " · " + n.classes.join(", ") : "");
    box.appendChild(el("div", line, "tip-kind"));
    if (n.states.length) box.appendChild(el("div", "state: " + n.states.join(", ")));
    var tags = Object.keys(n.labels);
    if (tags.length) {
      var list = el("dl", null, "tip-labels");
      tags.forEach(function (tag) {
        list.appendChild(el("dt", tag || "—"));
        list.appendChild(el("dd", n.labels[tag].join(", ")));
      });
      box.appendChild(list);
    }
    box.appendChild(el("div", n.degree + (n.degree === 1 ? " relation" : " relations"), "tip-meta"));
    box.appendChild(el("div", n.iri, "tip-iri"));
    return box;
  }
  function edgeTip(e) {
    var box = el("div");
    var from = byId[e.from], to = byId[e.to];
    box.appendChild(el("div", from.label + " \u2014 " + e.relation + " \u2192 " + to.label, "tip-title"));
    var head = [];
    if (e.confidence !== null) head.push("confidence " + conf(e.confidence));
    var n = e.evidence.length + e.more;
    if (n) head.push(n + (n === 1 ? " sentence" : " sentences"));
    if (head.length) box.appendChild(el("div", head.join(" · "), "tip-kind"));
    if (!e.evidence.length) box.appendChild(el("div", "Asserted directly, not extracted from a sentence.", "tip-meta"));
    e.evidence.forEach(function (ev) {
      var q = el("blockquote", ev.sentence || "(no sentence text)");
      box.appendChild(q);
      var src = [ev.source || "unknown document"];
      if (ev.language) src.push(ev.language);
      if (ev.confidence !== null) src.push(conf(ev.confidence));
      box.appendChild(el("div", src.join(" · "), "tip-source"));
    });
    if (e.more) box.appendChild(el("div", "+ " + e.more + " more", "tip-meta"));
    box.appendChild(el("div", e.predicate, "tip-iri"));
    return box;
  }
  network.on("hoverNode", function (p) { showTip(nodeTip(byId[p.node]), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeTip(edgeById[p.edge]), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  /* ---- legend and relation filter ---- */
  var kindList = document.getElementById("kinds");
  data.kinds.forEach(function (k) {
    var li = el("li");
    var sw = el("span", null, "swatch shape-" + k.shape);
    sw.style.backgroundColor = k.color;
    li.appendChild(sw);
    li.appendChild(el("span", k.name));
    kindList.appendChild(li);
  });
  var relList = document.getElementById("relations");
  var boxes = [];
  data.relations.forEach(function (r) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = r.name;
    box.addEventListener("change", function () {
      hidden[r.name] = !box.checked;
      edgeView.refresh();
    });
    boxes.push(box);
    var sw = el("span", null, "line");
    sw.style.borderTopColor = r.color;
    if (r.name === "broader" || r.name === "type" || r.name === "subClassOf") sw.style.borderTopStyle = "dashed";
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(el("span", r.name));
    label.appendChild(el("span", fmt(r.count), "count"));
    li.appendChild(label);
    relList.appendChild(li);
  });
  function setAll(on) {
    boxes.forEach(function (b) { b.checked = on; hidden[b.value] = !on; });
    edgeView.refresh();
  }
  document.getElementById("rel-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("rel-none").addEventListener("click", function () { setAll(false); });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });

  /* ---- search ---- */
  var search = document.getElementById("search");
  var matches = document.getElementById("matches");
  var haystack = data.nodes.map(function (n) {
    var words = [n.label];
    Object.keys(n.labels).forEach(function (t) { words = words.concat(n.labels[t]); });
    return words.join("\n").toLowerCase();
  });
  function go(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 300 } });
    matches.hidden = true;
  }
  function find() {
    var q = search.value.trim().toLowerCase();
    while (matches.firstChild) matches.removeChild(matches.firstChild);
    if (!q) { matches.hidden = true; return; }
    var found = [];
    for (var i = 0; i < haystack.length && found.length < 20; i++) {
      if (haystack[i].indexOf(q) !== -1) found.push(data.nodes[i]);
    }
    found.sort(function (a, b) { return b.degree - a.degree; });
    if (!found.length) matches.appendChild(el("li", "no match", "none"));
    found.forEach(function (n) {
      var li = el("li");
      var b = el("button", n.label);
      b.type = "button";
      b.appendChild(el("span", " " + (kinds[n.kind] || { name: n.kind }).name, "kind"));
      b.addEventListener("click", function () { go(n.id); });
      li.appendChild(b);
      matches.appendChild(li);
    });
    matches.hidden = false;
  }
  search.addEventListener("input", find);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var first = matches.querySelector("button");
      if (first) first.click();
    } else if (ev.key === "Escape") {
      matches.hidden = true;
    }
  });
})();
