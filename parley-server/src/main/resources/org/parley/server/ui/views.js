// The table, timeline, evidence and search views. Text from the ledger only ever enters the page
// through Dom.el / text nodes.
"use strict";
const Views = (() => {
  const { el, svg, link, hash, api, table, pct } = Dom;

  function claimLinks(claims, app) {
    return claims.map((c, i) => [i ? ", " : "", link(hash("claim/" + c.entry, app.keep()), "#" + c.entry)]).flat();
  }

  function issueLabel(issue) {
    return issue.type + (issue.regions.length ? " " + issue.regions.join(",") : "")
      + (issue.withdrawer ? " (" + issue.withdrawer + " withdraws)" : "");
  }

  function stance(s) {
    return s ? s.kind + " " + s.polarity + (s.detail ? " — " + s.detail : "") : "–";
  }

  function partyForm(view, params, names) {
    const inputs = names.map((n) => el("input", { name: n, value: params.get(n) || "", "aria-label": n, size: 10 }));
    const form = el("form", { class: "party-form" }, inputs.map((i, k) => [names[k] + " ", i, " "]).flat(),
      el("button", { type: "submit" }, "Show"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const p = Object.fromEntries(names.map((n, k) => [n, inputs[k].value]));
      if (params.get("as_of")) p.as_of = params.get("as_of");
      location.hash = hash(view, p);
    });
    return form;
  }

  async function positions(main, params, app) {
    const data = await api(app.query("/api/v1/positions", { party: params.get("party") || "RUS" }));
    app.asOf(data.as_of);
    const rows = data.issues.map((t) => [issueLabel(t.issue), stance(t.current), t.current.since || "–",
      t.current.latest || "–", claimLinks(t.current.claims, app)]);
    main.replaceChildren(el("h1", {}, "Positions of " + data.name), partyForm("positions", params, ["party"]),
      table(["Issue", "Stance", "Since", "Latest", "Claims"], rows));
  }

  async function gap(main, params, app) {
    const data = await api(app.query("/api/v1/gap", { first: params.get("first") || "RUS", second: params.get("second") || "UKR" }));
    app.asOf(data.as_of);
    const rows = data.rows.map((r) => [issueLabel({ type: r.type, regions: r.regions }),
      el("span", { class: "verdict" }, r.verdict),
      [stance(r.first && r.first.current), " ", r.first ? claimLinks(r.first.current.claims, app) : []].flat(),
      [stance(r.second && r.second.current), " ", r.second ? claimLinks(r.second.current.claims, app) : []].flat(),
      r.why]);
    main.replaceChildren(el("h1", {}, "Gap between " + data.first + " and " + data.second),
      partyForm("gap", params, ["first", "second"]),
      table(["Issue", "Verdict", data.first, data.second, "Why"], rows));
  }

  async function disputes(main, params, app) {
    const data = await api(app.query("/api/v1/disputes", {}));
    app.asOf(data.as_of);
    const figures = data.figures.map((f) => [f.holder, f.regions.join(","), f.period, f.why,
      f.claims.map((c, i) => [i ? "; " : "", link(hash("claim/" + c.entry, app.keep()), "#" + c.entry),
        " " + (c.share !== null ? pct(c.share) : (c.area_km2 !== null ? c.area_km2 + " km²" : c.approx)),
        " (" + (c.outlet || c.doc) + ")"]).flat()]);
    const positions = data.positions.map((p) => [p.holder, p.type + (p.regions.length ? " " + p.regions.join(",") : ""),
      p.period, p.why, [p.first.label + ": ", claimLinks(p.first.claims, app), " / ", p.second.label + ": ",
        claimLinks(p.second.claims, app)].flat()]);
    main.replaceChildren(el("h1", {}, "Disputes"),
      el("h2", {}, "Control figures (" + figures.length + ")"),
      table(["Holder", "Regions", "Period", "Why", "Claims"], figures),
      el("h2", {}, "Positions (" + positions.length + ")"),
      table(["Holder", "Issue", "Period", "Why", "Claims"], positions));
  }

  function points(thread) {
    const runs = [thread.current].concat(thread.superseded);
    return runs.flatMap((r) => r.claims.filter((c) => c.date).map((c) => ({ date: c.date, kind: c.kind, entry: c.entry, text: c.text })));
  }

  async function timeline(main, params, app) {
    const party = params.get("party") || "RUS";
    const [pos, sh] = await Promise.all([api(app.query("/api/v1/positions", { party, citations: 200 })), api(app.query("/api/v1/shifts", { party, citations: 1 }))]);
    app.asOf(pos.as_of);
    const rows = pos.issues.map((t) => ({ label: issueLabel(t.issue), key: JSON.stringify(t.issue), pts: points(t) }));
    const all = rows.flatMap((r) => r.pts.map((p) => Date.parse(p.date))).concat(sh.shifts.filter((s) => s.date).map((s) => Date.parse(s.date)));
    const min = Math.min(...all), max = Math.max(...all);
    const W = 1100, L = 300, H = 28 * rows.length + 40;
    const x = (d) => L + 10 + (max > min ? (Date.parse(d) - min) / (max - min) : 0.5) * (W - L - 30);
    const chart = svg("svg", { width: W, height: H, role: "img", "aria-label": "timeline of " + party + "'s positions" });
    rows.forEach((r, i) => {
      const y = 30 + i * 28;
      chart.appendChild(svg("text", { x: 4, y: y + 4, class: "row-label" }, r.label.length > 44 ? r.label.slice(0, 43) + "…" : r.label));
      chart.appendChild(svg("line", { x1: L, x2: W - 10, y1: y, y2: y, stroke: "#e3e6ea" }));
      r.pts.forEach((p) => {
        const a = svg("a", { href: hash("claim/" + p.entry, app.keep()), class: "point" },
          svg("circle", { cx: x(p.date), cy: y, r: 5, class: "dot-" + p.kind }, svg("title", {}, p.date + " " + p.kind + ": " + (p.text || ""))));
        chart.appendChild(a);
      });
      sh.shifts.filter((s) => JSON.stringify(s.issue) === r.key && s.date).forEach((s) => {
        const cx = x(s.date);
        chart.appendChild(svg("polygon", { points: `${cx},${y - 12} ${cx - 6},${y - 3} ${cx + 6},${y - 3}`, class: "shift-mark shift-" + s.kind },
          svg("title", {}, s.date + ": " + s.kind)));
      });
    });
    if (isFinite(min)) {
      const first = new Date(min).getUTCFullYear(), last = new Date(max).getUTCFullYear();
      for (let y = first; y <= last + 1; y++) {
        const d = y + "-01-01";
        if (Date.parse(d) < min || Date.parse(d) > max) continue;
        chart.appendChild(svg("line", { x1: x(d), x2: x(d), y1: 18, y2: H - 6, stroke: "#eef0f2" }));
        chart.appendChild(svg("text", { x: x(d) + 2, y: 14, class: "axis" }, String(y)));
      }
    }
    main.replaceChildren(el("h1", {}, "Timeline of " + pos.name + "'s positions"), partyForm("timeline", params, ["party"]),
      el("p", { class: "muted" }, "Dots: demands (red), offers (green), rejections (purple); triangles: shifts (" + sh.shifts.length + ")."),
      el("div", { class: "timeline" }, chart));
  }

  function highlighted(text, spans, current, app) {
    const cuts = new Set([0, text.length]);
    spans.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
    const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const piece = text.slice(a, b);
      const covering = spans.filter((s) => s.start <= a && s.end >= b);
      if (!covering.length) { out.push(piece); continue; }
      const isCurrent = covering.some((s) => s.entry === current);
      const mark = el("mark", { class: isCurrent ? "current" : null, "data-entry": covering[0].entry }, piece);
      out.push(isCurrent ? mark : link(hash("claim/" + covering[0].entry, app.keep()), mark));
    }
    return out;
  }

  async function claim(main, params, app, id) {
    const data = await api(app.query("/api/v1/claims/" + encodeURIComponent(id), {}));
    app.asOf(data.as_of);
    const e = data.claim, c = e.claim;
    const doc = await api(app.query("/api/v1/documents/" + encodeURIComponent(c.doc), {}));
    const spans = c.evidence.map((s) => ({ start: s.start, end: s.end, entry: e.entry }));
    const a = c.attribution || {};
    const chain = (a.via || []).concat(a.source ? [a.source] : []).join(" → ") || (a.named ? "named in the text" : "–");
    const facts = [["Kind", c.kind], ["Holder", c.holder || "–"], ["Voiced by", c.agent || "–"], ["Status", c.status || "–"],
      ["Attribution chain", chain + (a.named === false ? " (unnamed)" : "")], ["Valid time", c.valid_time || "– (report date counts)"],
      ["Reported", c.reported || "–"], ["Recorded", e.recorded_at], ["Superseded", e.superseded_at || "no"],
      ["Rule", c.rule || "–"], ["Confidence", c.confidence === undefined ? "–" : String(c.confidence)],
      ["Review", e.review ? e.review.decision + " by " + e.review.reviewer + (e.review.why ? ": " + e.review.why : "")
        + (e.review.changes ? " (" + e.review.changes + ")" : "") : "not reviewed"]];
    const text = el("div", { class: "doc-text", id: "doc-text" }, highlighted(doc.document.text, spans, e.entry, app));
    main.replaceChildren(el("h1", {}, "Claim #" + e.entry + ": " + c.kind + (c.holder ? " by " + c.holder : "")),
      el("dl", { class: "facts" }, facts.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]).flat()),
      el("h2", {}, ["Evidence in ", link(hash("document/" + c.doc, app.keep()), doc.document.title || c.doc),
        doc.document.date ? " (" + doc.document.date + ")" : ""]), text);
    const m = text.querySelector("mark.current");
    if (m) m.scrollIntoView({ block: "center" });
  }

  async function documentView(main, params, app, id) {
    const doc = await api(app.query("/api/v1/documents/" + encodeURIComponent(id), {}));
    app.asOf(doc.as_of);
    const spans = doc.claims.flatMap((c) => c.evidence.map((s) => ({ start: s.start, end: s.end, entry: c.entry })));
    const d = doc.document;
    main.replaceChildren(el("h1", {}, d.title || d.id),
      el("p", { class: "muted" }, [d.id, d.date, d.outlet, d.url].filter((x) => x).join(" · ") + " · " + doc.claims.length + " claims"),
      el("div", { class: "doc-text", id: "doc-text" }, highlighted(d.text, spans, null, app)));
  }

  async function search(main, params, app) {
    const q = params.get("q") || "";
    document.getElementById("search-box").value = q;
    if (!q) { main.replaceChildren(el("p", {}, "Type a query in the search box.")); return; }
    const data = await api(app.query("/api/v1/search", { q, limit: 50 }));
    app.asOf(data.as_of);
    const items = data.hits.map((h) => el("li", { class: "hit hit-" + h.kind },
      h.kind === "claim" ? link(hash("claim/" + h.entry, app.keep()), "claim #" + h.entry) : link(hash("document/" + h.doc, app.keep()), "document"),
      " in ", link(hash("document/" + h.doc, app.keep()), h.title || h.doc), " — ", h.snippet));
    main.replaceChildren(el("h1", {}, "Search: " + q),
      el("p", { class: "muted" }, data.count + " hit" + (data.count === 1 ? "" : "s") + (data.has_more ? " (more exist: refine the query)" : "")),
      el("ul", { class: "hits" }, items));
  }

  return { positions, gap, disputes, timeline, claim, document: documentView, search };
})();
