// The map view: Ukraine's regions shaded by the Russian-controlled share on the day the slider
// picks (from the server's control maps, else from the ledger's control claims), and the control
// claims of the region clicked, with their map-check verdicts.
"use strict";
const MapView = (() => {
  let regions = null;

  function colour(share) {
    if (share === null || share === undefined) return "#d0d4d8";
    const t = Math.max(0, Math.min(1, share));
    const from = [242, 240, 236], to = [140, 29, 24];
    const c = from.map((f, i) => Math.round(f + (to[i] - f) * Math.sqrt(t)));
    return "rgb(" + c.join(",") + ")";
  }

  function legend() {
    return Dom.el("div", { class: "legend" }, "share held by Russia:",
      [0, 0.1, 0.25, 0.5, 0.75, 1].map((s) => Dom.el("span", {},
        Dom.el("span", { class: "sw", style: "background:" + colour(s) }), " " + Dom.pct(s))),
      Dom.el("span", { class: "sw", style: "background:" + colour(null) }), " no figure");
  }

  async function render(main, params, app) {
    const dates = (await Dom.api(app.query("/api/v1/control/dates", {}))).dates;
    if (!regions) regions = await (await fetch("/api/v1/regions")).json();
    let date = params.get("date") || dates[dates.length - 1] || new Date().toISOString().slice(0, 10);
    let index = Math.max(0, dates.indexOf(date));
    const slider = Dom.el("input", { type: "range", id: "date-slider", min: 0,
      max: Math.max(0, dates.length - 1), value: index, "aria-label": "date" });
    const label = Dom.el("strong", { id: "date-label" }, date);
    const source = Dom.el("span", { id: "map-source", class: "muted" });
    const panel = Dom.el("div", { class: "panel", id: "region-panel" },
      Dom.el("p", { class: "muted" }, "Click a region for its control claims and their map checks."));
    const mapDiv = Dom.el("div", { id: "map" });
    main.replaceChildren(Dom.el("h1", {}, "Russian-controlled share by region"),
      Dom.el("div", { class: "slider" }, Dom.el("span", {}, "Date"), slider, label), source, legend(),
      Dom.el("div", { class: "map-layout" }, mapDiv, panel));
    const map = L.map(mapDiv, { zoomSnap: 0.25, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Boundaries: geoBoundaries / © OpenStreetMap contributors (ODbL)");
    const layer = L.geoJSON(regions, {
      style: (f) => ({ className: "region region-" + f.properties.shapeISO, color: "#555", weight: 1,
        fillOpacity: 0.85, fillColor: colour(null) }),
      onEachFeature: (f, l) => l.on("click", () => select(f.properties.shapeISO, panel, app, date, params)),
    }).addTo(map);
    map.fitBounds(layer.getBounds());
    const shade = async (d) => {
      const data = await Dom.api(app.query("/api/v1/control", { date: d }));
      app.asOf(data.as_of);
      const byId = new Map(data.regions.map((r) => [r.region, r]));
      layer.eachLayer((l) => {
        const r = byId.get(l.feature.properties.shapeISO);
        l.setStyle({ fillColor: colour(r ? r.share : null) });
        l.bindTooltip(l.feature.properties.shapeName + ": " + Dom.pct(r ? r.share : null));
      });
      source.textContent = data.source === "map"
        ? (data.map ? "Measured on the control map of " + data.map.date + " (" + data.map.file + ")" : (data.note || "no map"))
        : "From the ledger's control claims up to " + d + " (the server has no control maps: start it with --map DIR)";
    };
    slider.addEventListener("input", async () => {
      date = dates[Number(slider.value)];
      label.textContent = date;
      params.set("date", date);
      history.replaceState(null, "", Dom.hash("map", Object.fromEntries(params)));
      await shade(date);
    });
    await shade(date);
    if (params.get("region")) await select(params.get("region"), panel, app, date, params);
  }

  async function select(region, panel, app, date, params) {
    params.set("region", region);
    history.replaceState(null, "", Dom.hash("map", Object.fromEntries(params)));
    const data = await Dom.api(app.query("/api/v1/check-control", { region: region, limit: 100 }));
    const rows = data.checks.map((c) => [
      Dom.link(Dom.hash("claim/" + c.claim.entry, app.keep()), "#" + c.claim.entry),
      c.claim.date || "–",
      Dom.el("span", { class: "verdict " + (c.check ? c.check.verdict.split(" ")[0] : "") },
        c.check ? c.check.verdict : "no maps"),
      c.claim.text || "",
    ]);
    panel.replaceChildren(Dom.el("h2", {}, "Control claims about " + region),
      rows.length ? Dom.table(["Claim", "Date", "Map check", "Evidence"], rows)
        : Dom.el("p", { class: "muted" }, "The ledger holds no control claim about this region."),
      data.has_more ? Dom.el("p", { class: "muted" }, "More claims exist; the newest 100 are shown.") : "");
  }

  return { render, colour };
})();
