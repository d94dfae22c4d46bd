// Lectern's search page and drop-in widget: one script, no build step, no framework.
//
// Page mode (GET / of `lectern serve`): the state lives in the URL (?q=&author=&period=&page=&doc=),
// so a results page can be linked, bookmarked and reloaded.
// Widget mode (any site):
//   <div data-lectern="https://search.example.org"></div>
//   <script src="https://search.example.org/widget.js"></script>
// renders a search box and results inside the element's Shadow DOM, so neither the host page's
// styles nor Lectern's leak across. Theme it with the --lectern-* custom properties (lectern.css).
(() => {
  "use strict";

  const PAGE_SIZE = 10;
  const FACETS = ["author", "lang", "tag", "reviewer"];
  const FACET_TITLES = { author: "Author", lang: "Language", tag: "Tag", reviewer: "Reviewer" };
  const FILTER_PARAM = { author: "author", lang: "lang", tag: "tag", reviewer: "reviewer" };

  // ---- small helpers ----

  const escapeText = (text) =>
    String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

  // The server escapes snippets and marks matches with <mark> only; keep exactly that.
  const safeMarked = (html) =>
    escapeText(String(html ?? "").replace(/<mark>/g, "\u0001").replace(/<\/mark>/g, "\u0002")
      .replace(/&lt;|&gt;|&amp;|&quot;|&#39;/g, (e) => ({ "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&#39;": "'" })[e]))
      .replace(/\u0001/g, "<mark>").replace(/\u0002/g, "</mark>");

  const yearText = (year) => (year < 0 ? `${-year} BC` : String(year));
  const periodText = (period) =>
    period ? (period.start === period.end ? yearText(period.start) : `${yearText(period.start)}–${yearText(period.end)}`) : "";

  // "1940s" -> 1940, "50s BC" -> -59 (the decade's first year).
  function decadeStart(label) {
    const match = /^(\d+)s( BC)?$/.exec(label);
    if (!match) return null;
    const value = Number(match[1]);
    return match[2] ? -(value + 9) : value;
  }

  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else if (name === "html") node.innerHTML = value;
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // ---- the search UI ----

  class LecternSearch {
    // root: where to render (an element or a shadow root); api: the server's base URL;
    // page: true to keep the state in the address bar.
    constructor(root, api, { page = false } = {}) {
      this.root = root;
      this.api = api.replace(/\/+$/, "");
      this.page = page;
      this.state = { q: "", filters: {}, period: "", offset: 0, doc: "" };
      this.suggestTimer = 0;
      this.suggestRequest = 0;
      this.searchRequest = 0;
      this.build();
      if (page) {
        this.readUrl();
        window.addEventListener("popstate", () => { this.readUrl(); this.run({ push: false }); });
        this.run({ push: false });
      }
    }

    build() {
      this.input = el("input", {
        type: "search", name: "q", placeholder: "Search reviews: words, \"phrases\", author:…, period:1940s",
        "aria-label": "Search reviews", autocomplete: "off", role: "combobox", "aria-autocomplete": "list",
        "aria-expanded": "false", "aria-controls": "lx-suggestions",
        oninput: () => this.scheduleSuggest(), onkeydown: (event) => this.suggestKeys(event),
        onblur: () => setTimeout(() => this.hideSuggestions(), 150),
      });
      this.suggestions = el("ul", { class: "lx-suggestions", id: "lx-suggestions", role: "listbox", hidden: true });
      this.form = el("form", { class: "lx-form", role: "search", onsubmit: (event) => {
        event.preventDefault();
        // A suggestion still on its way must not open over the results.
        clearTimeout(this.suggestTimer);
        this.suggestRequest++;
        this.hideSuggestions();
        this.state = { ...this.state, q: this.input.value.trim(), offset: 0, doc: "" };
        this.run();
      } }, this.input, el("button", { type: "submit" }, "Search"), this.suggestions);
      this.status = el("p", { class: "lx-status", role: "status", "aria-live": "polite" });
      this.notice = el("div", { class: "lx-notice" });
      this.chips = el("div", { class: "lx-filters", "aria-label": "Active filters" });
      this.hits = el("ol", { class: "lx-hits" });
      this.pager = el("nav", { class: "lx-pager", "aria-label": "Pages" });
      this.review = el("article", { class: "lx-review", hidden: true });
      this.side = el("aside", { class: "lx-side", "aria-label": "Refine" });
      this.main = el("section", { class: "lx-main" }, this.status, this.notice, this.chips, this.hits, this.pager, this.review);
      this.container = el("div", { class: `lx${this.page ? "" : " lx-compact"}` }, this.form,
        el("div", { class: "lx-body" }, this.side, this.main));
      this.root.append(this.container);
    }

    // ---- state and URL ----

    readUrl() {
      const params = new URLSearchParams(location.search);
      const filters = {};
      for (const facet of FACETS) {
        const values = params.getAll(FILTER_PARAM[facet]);
        if (values.length) filters[facet] = values;
      }
      this.state = {
        q: params.get("q") ?? "", filters, period: params.get("period") ?? "",
        offset: Math.max(0, (Number(params.get("page")) || 1) - 1) * PAGE_SIZE, doc: params.get("doc") ?? "",
      };
      this.input.value = this.state.q;
    }

    writeUrl(push) {
      if (!this.page) return;
      const params = new URLSearchParams();
      if (this.state.q) params.set("q", this.state.q);
      for (const [facet, values] of Object.entries(this.state.filters)) for (const v of values) params.append(FILTER_PARAM[facet], v);
      if (this.state.period) params.set("period", this.state.period);
      if (this.state.offset) params.set("page", String(this.state.offset / PAGE_SIZE + 1));
      if (this.state.doc) params.set("doc", this.state.doc);
      const url = `${location.pathname}${params.toString() ? "?" + params : ""}`;
      if (url === `${location.pathname}${location.search}`) return;
      if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
    }

    hasSearch() {
      return this.state.q !== "" || this.state.period !== "" || Object.keys(this.state.filters).length > 0;
    }

    async run({ push = true } = {}) {
      this.writeUrl(push);
      if (this.state.doc) return this.showReview(this.state.doc);
      this.review.hidden = true;
      if (!this.hasSearch()) {
        this.clearResults();
        this.status.textContent = "Type a search: words, \"a phrase\", author:grossman, period:1940s, rating:4..";
        return;
      }
      const params = new URLSearchParams({ q: this.state.q, limit: String(PAGE_SIZE), offset: String(this.state.offset),
        facets: [...FACETS, "decade"].join(","), facet_limit: "0", highlight: "html" });
      for (const [facet, values] of Object.entries(this.state.filters)) for (const v of values) params.append(FILTER_PARAM[facet], v);
      if (this.state.period) params.set("period", this.state.period);
      this.status.classList.remove("lx-error");
      this.status.textContent = "Searching…";
      const ticket = ++this.searchRequest;
      const results = await this.fetchJson(`/api/search?${params}`);
      if (ticket !== this.searchRequest || !results) return;
      this.render(results);
    }

    async fetchJson(path) {
      try {
        const response = await fetch(this.api + path, { headers: { Accept: "application/json" } });
        const body = await response.json();
        if (!response.ok) throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
        return body;
      } catch (error) {
        this.clearResults();
        this.status.classList.add("lx-error");
        this.status.textContent = `Search failed: ${error.message}`;
        return null;
      }
    }

    clearResults() {
      this.hits.replaceChildren();
      this.pager.replaceChildren();
      this.side.replaceChildren();
      this.chips.replaceChildren();
      this.notice.replaceChildren();
    }

    // ---- results ----

    render(results) {
      this.clearResults();
      const total = results.total_estimate ?? 0;
      const first = results.offset + 1;
      const last = results.offset + results.hits.length;
      this.status.textContent = total === 0 ? "No reviews match." :
        `${first}–${last} of ${results.total_bounds && results.total_bounds.lower !== results.total_bounds.upper ? "about " : ""}${total} reviews`;
      if (results.corrected_query) {
        const link = el("button", { type: "button", class: "lx-link", style: "background:none;border:0;padding:0;text-decoration:underline",
          onclick: () => { this.input.value = results.corrected_query; this.state = { ...this.state, q: results.corrected_query, offset: 0 }; this.run(); } },
          results.corrected_query);
        this.notice.append(results.auto_corrected
          ? el("p", { class: "lx-didyoumean" }, "Showing results for ", el("strong", {}, results.corrected_query), ".")
          : el("p", { class: "lx-didyoumean" }, "Did you mean ", link, "?"));
      }
      if (results.notice) this.notice.append(el("p", {}, results.notice));
      this.renderChips();
      for (const hit of results.hits) this.hits.append(this.renderHit(hit));
      this.renderPager(results.offset, results.hits.length, total);
      this.renderFacets(results.facets ?? {});
    }

    renderHit(hit) {
      const meta = [hit.authors?.join(", "), periodText(hit.period) && `about ${periodText(hit.period)}`,
        hit.rating != null && `★ ${hit.rating}`, hit.date, hit.reviewer && `review by ${hit.reviewer}`].filter(Boolean).join(" · ");
      return el("li", { class: "lx-hit" },
        el("h3", {}, el("button", { type: "button", html: safeMarked(hit.title_highlighted || escapeText(hit.title || "(untitled)")),
          onclick: () => this.openReview(hit.id) })),
        el("div", { class: "lx-meta" }, meta),
        hit.snippet ? el("p", { class: "lx-snippet", html: safeMarked(hit.snippet) }) : null,
        el("div", { class: "lx-actions" }, el("button", { type: "button", onclick: () => this.showSimilar(hit) }, "Similar reviews")));
    }

    renderPager(offset, shown, total) {
      if (total <= PAGE_SIZE && offset === 0) return;
      const page = Math.floor(offset / PAGE_SIZE) + 1;
      const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
      const go = (delta) => { this.state = { ...this.state, offset: offset + delta * PAGE_SIZE }; this.run(); };
      this.pager.append(
        el("button", { type: "button", disabled: offset === 0, onclick: () => go(-1), "aria-label": "Previous page" }, "← Previous"),
        el("span", {}, `Page ${page} of ${pages}`),
        el("button", { type: "button", disabled: offset + shown >= total, onclick: () => go(1), "aria-label": "Next page" }, "Next →"));
    }

    renderChips() {
      const chips = [];
      for (const [facet, values] of Object.entries(this.state.filters)) {
        for (const value of values) {
          chips.push(el("button", { type: "button", class: "lx-chip", "aria-label": `Remove filter ${FACET_TITLES[facet]}: ${value}`,
            onclick: () => this.toggleFilter(facet, value) }, `${FACET_TITLES[facet]}: ${value}`));
        }
      }
      if (this.state.period) {
        chips.push(el("button", { type: "button", class: "lx-chip", "aria-label": `Remove filter period ${this.state.period}`,
          onclick: () => this.setPeriod("") }, `Period: ${this.state.period.replace("..", "–")}`));
      }
      this.chips.replaceChildren(...chips);
    }

    renderFacets(facets) {
      const decades = (facets.decade ?? []).map((entry) => ({ ...entry, start: decadeStart(entry.value) }))
        .filter((entry) => entry.start !== null).sort((a, b) => a.start - b.start);
      if (decades.length) this.side.append(el("h2", {}, "Periods"), this.renderTimeline(decades));
      for (const facet of FACETS) {
        const values = facets[facet] ?? [];
        if (!values.length) continue;
        const chosen = this.state.filters[facet] ?? [];
        this.side.append(el("h2", {}, FACET_TITLES[facet]), el("ul", { class: "lx-facet", "data-facet": facet },
          values.slice(0, 12).map((entry) => el("li", {}, el("button", { type: "button", "aria-pressed": String(chosen.includes(entry.value)),
            onclick: () => this.toggleFilter(facet, entry.value) }, el("span", {}, entry.value), el("span", { class: "lx-count" }, entry.count))))));
      }
    }

    // Reviews per decade as bars: click one to filter by it, or drag across several.
    renderTimeline(decades) {
      const most = Math.max(...decades.map((d) => d.count));
      const [from, to] = this.state.period.split("..").map((v) => (v === "" ? null : Number(v)));
      const bars = decades.map((decade) => el("button", {
        type: "button", class: "lx-bar", "data-decade": decade.start, style: `height:${Math.max(6, (100 * decade.count) / most)}%`,
        title: `${decade.value}: ${decade.count} review${decade.count === 1 ? "" : "s"}`,
        "aria-label": `${decade.value}: ${decade.count} reviews`,
        "aria-pressed": String(from !== null && to !== null && decade.start >= from && decade.start + 9 <= to + 0),
      }));
      const timeline = el("div", { class: "lx-timeline", role: "group", "aria-label": "Reviews per decade of the period they cover" }, bars);
      let anchor = null;
      const decadeOf = (event) => {
        const finder = this.root.elementFromPoint ? this.root : document;  // a shadow root, or the page
        const target = finder.elementFromPoint(event.clientX, event.clientY);
        return target?.classList?.contains("lx-bar") ? Number(target.dataset.decade) : null;
      };
      const mark = (a, b) => bars.forEach((bar) => bar.classList.toggle("lx-dragging",
        Number(bar.dataset.decade) >= Math.min(a, b) && Number(bar.dataset.decade) <= Math.max(a, b)));
      timeline.addEventListener("pointerdown", (event) => { anchor = decadeOf(event); if (anchor !== null) { mark(anchor, anchor); event.preventDefault(); } });
      timeline.addEventListener("pointermove", (event) => { if (anchor === null) return; const here = decadeOf(event); if (here !== null) mark(anchor, here); });
      const finish = (event) => {
        if (anchor === null) return;
        const here = decadeOf(event) ?? anchor;
        const low = Math.min(anchor, here);
        const high = Math.max(anchor, here);
        anchor = null;
        this.setPeriod(`${low}..${high + 9}`);
      };
      timeline.addEventListener("pointerup", finish);
      timeline.addEventListener("pointerleave", () => { if (anchor !== null) { bars.forEach((b) => b.classList.remove("lx-dragging")); anchor = null; } });
      // Keyboard: Enter or Space on a bar filters by its decade.
      timeline.addEventListener("keydown", (event) => {
        if ((event.key === "Enter" || event.key === " ") && event.target.classList.contains("lx-bar")) {
          event.preventDefault();
          const start = Number(event.target.dataset.decade);
          this.setPeriod(`${start}..${start + 9}`);
        }
      });
      const axis = el("div", { class: "lx-timeline-axis" }, el("span", {}, decades[0].value), el("span", {}, decades[decades.length - 1].value));
      return el("div", {}, timeline, axis);
    }

    toggleFilter(facet, value) {
      const current = this.state.filters[facet] ?? [];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      const filters = { ...this.state.filters, [facet]: next };
      if (!next.length) delete filters[facet];
      this.state = { ...this.state, filters, offset: 0, doc: "" };
      this.run();
    }

    setPeriod(period) {
      this.state = { ...this.state, period, offset: 0, doc: "" };
      this.run();
    }

    async showSimilar(hit) {
      this.status.textContent = `Reviews similar to ${hit.title || "this review"}…`;
      const results = await this.fetchJson(`/api/similar/${encodeURIComponent(hit.id)}?limit=${PAGE_SIZE}`);
      if (!results) return;
      this.hits.replaceChildren(...results.hits.map((h) => this.renderHit(h)));
      this.pager.replaceChildren();
      this.status.textContent = `${results.hits.length} reviews similar to ${hit.title || "this review"}`;
    }

    // ---- one review ----

    openReview(id) {
      this.state = { ...this.state, doc: id };
      this.run();
    }

    async showReview(id) {
      const review = await this.fetchJson(`/api/doc/${encodeURIComponent(id)}`);
      if (!review) return;
      this.clearResults();
      this.status.textContent = "";
      const meta = [review.authors?.join(", "), periodText(review.period) && `about ${periodText(review.period)}`,
        review.rating != null && `★ ${review.rating}`, review.date, review.reviewer && `review by ${review.reviewer}`,
        review.language].filter(Boolean).join(" · ");
      this.review.replaceChildren(
        el("button", { type: "button", class: "lx-back", onclick: () => { this.state = { ...this.state, doc: "" }; this.run(); } },
          "← Back to results"),
        el("h2", {}, review.title || "(untitled)"),
        el("div", { class: "lx-meta" }, meta),
        review.tags?.length ? el("div", { class: "lx-meta" }, `Tags: ${review.tags.join(", ")}`) : null,
        el("div", { class: "lx-review-text" }, review.text ?? ""),
        el("div", { class: "lx-meta" }, review.path));
      this.review.hidden = false;
      this.review.querySelector("h2").setAttribute("tabindex", "-1");
      this.review.querySelector("h2").focus();
    }

    // ---- suggestions (search as you type) ----

    scheduleSuggest() {
      clearTimeout(this.suggestTimer);
      this.suggestTimer = setTimeout(() => this.suggest(), 120);
    }

    async suggest() {
      const typed = this.input.value;
      const ticket = ++this.suggestRequest;
      if (typed.trim().length < 2) return this.hideSuggestions();
      try {
        const response = await fetch(`${this.api}/api/suggest?q=${encodeURIComponent(typed)}&limit=8`);
        if (!response.ok || ticket !== this.suggestRequest) return;
        const body = await response.json();
        this.showSuggestions(body.suggestions ?? []);
      } catch {
        this.hideSuggestions();
      }
    }

    showSuggestions(items) {
      if (!items.length) return this.hideSuggestions();
      this.suggestions.replaceChildren(...items.map((item, index) => el("li", {
        role: "option", id: `lx-option-${index}`, "aria-selected": "false",
        onmousedown: (event) => { event.preventDefault(); this.pick(item.text); },
      }, item.text, el("span", { class: "lx-kind" }, item.kind))));
      this.suggestions.hidden = false;
      this.input.setAttribute("aria-expanded", "true");
    }

    hideSuggestions() {
      this.suggestions.hidden = true;
      this.input.setAttribute("aria-expanded", "false");
      this.input.removeAttribute("aria-activedescendant");
    }

    pick(text) {
      // The suggestion completes the last word typed.
      const words = this.input.value.split(/\s+/);
      words[words.length - 1] = /\s/.test(text) ? `"${text}"` : text;
      this.input.value = words.join(" ");
      this.hideSuggestions();
      this.form.requestSubmit();
    }

    suggestKeys(event) {
      const options = [...this.suggestions.children];
      if (this.suggestions.hidden || !options.length) return;
      const current = options.findIndex((o) => o.getAttribute("aria-selected") === "true");
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const next = (current + (event.key === "ArrowDown" ? 1 : -1) + options.length) % options.length;
        options.forEach((o, i) => o.setAttribute("aria-selected", String(i === next)));
        this.input.setAttribute("aria-activedescendant", options[next].id);
      } else if (event.key === "Enter" && current >= 0) {
        event.preventDefault();
        this.pick(options[current].firstChild.textContent);
      } else if (event.key === "Escape") {
        this.hideSuggestions();
      }
    }
  }

  // ---- mounting ----

  const script = document.currentScript;
  const scriptBase = script ? new URL(".", script.src).href.replace(/\/$/, "") : "";

  function mount(element) {
    if (element.dataset.lecternMounted) return;
    element.dataset.lecternMounted = "1";
    const api = element.dataset.lectern || scriptBase;
    if (element.dataset.lecternMode === "page") {
      element.lectern = new LecternSearch(element, api === "" ? "" : api, { page: true });
      return;
    }
    const shadow = element.attachShadow({ mode: "open" });
    shadow.append(el("link", { rel: "stylesheet", href: `${api}/lectern.css` }));
    element.lectern = new LecternSearch(shadow, api);
  }

  const mountAll = () => document.querySelectorAll("[data-lectern]").forEach(mount);
  window.Lectern = { mount, mountAll, LecternSearch };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
