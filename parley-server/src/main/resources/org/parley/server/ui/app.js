// The router: every view lives in the URL's fragment (#/view?params), so every state can be
// bookmarked and shared; as_of in it pins the ledger's recorded instant for every request.
"use strict";
(() => {
  const main = document.getElementById("view");
  let params = new URLSearchParams();

  const app = {
    query(path, extra) {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined) q.set(k, v);
      if (params.get("as_of")) q.set("as_of", params.get("as_of"));
      const s = q.toString();
      return path + (s ? "?" + s : "");
    },
    keep() {
      return params.get("as_of") ? { as_of: params.get("as_of") } : {};
    },
    asOf(instant) {
      document.getElementById("as-of").textContent =
        "Ledger as of " + instant + (params.get("as_of") ? " (pinned by as_of)" : " · add as_of=" + instant + " to a link to reproduce this view");
    },
  };

  async function route() {
    const raw = location.hash.replace(/^#\/?/, "") || "map";
    const [path, query] = raw.split("?");
    params = new URLSearchParams(query || "");
    const [view, id] = path.split("/").map(decodeURIComponent);
    document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === view));
    main.removeAttribute("data-ready");
    main.replaceChildren(Dom.el("p", { class: "muted" }, "Loading…"));
    try {
      switch (view) {
        case "map": await MapView.render(main, params, app); break;
        case "timeline": await Views.timeline(main, params, app); break;
        case "positions": await Views.positions(main, params, app); break;
        case "gap": await Views.gap(main, params, app); break;
        case "disputes": await Views.disputes(main, params, app); break;
        case "claim": await Views.claim(main, params, app, id); break;
        case "document": await Views.document(main, params, app, id); break;
        case "search": await Views.search(main, params, app); break;
        default: main.replaceChildren(Dom.el("p", { class: "error" }, "No such view: " + view));
      }
      main.setAttribute("data-ready", view);
    } catch (e) {
      main.replaceChildren(Dom.el("p", { class: "error" }, String(e.message || e)));
      main.setAttribute("data-ready", "error");
    }
  }

  document.getElementById("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = Dom.hash("search", Object.assign({ q: document.getElementById("search-box").value }, app.keep()));
  });
  window.addEventListener("hashchange", route);
  route();
})();
