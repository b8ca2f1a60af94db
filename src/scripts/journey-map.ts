// Enhances the journey map: tooltips, the detail panel with deep links, filters, lane toggles and
// highlighting between the curve and the grid. The page reads completely without it.
const table = document.querySelector<HTMLTableElement>("table.map");
const tooltip = document.getElementById("tp-tooltip");
const panel = document.getElementById("tp-panel");

if (table && tooltip && panel) enhance(table, tooltip, panel);

function enhance(table: HTMLTableElement, tooltip: HTMLElement, panel: HTMLElement): void {
  const heads = [...table.querySelectorAll<HTMLElement>("th.tp-head[data-touchpoint]")];
  const headOf = new Map(heads.map((h) => [h.dataset.touchpoint!, h]));
  const points = new Map(
    [...document.querySelectorAll<SVGGElement>("#curve .point[data-touchpoint]")].map((p) => [p.dataset.touchpoint!, p]),
  );
  const panelBody = panel.querySelector<HTMLElement>(".panel-body")!;
  const panelTitle = panel.querySelector<HTMLElement>(".panel-title")!;
  const closeButton = panel.querySelector<HTMLButtonElement>(".panel-close")!;
  let openId: string | undefined;
  let returnFocus: HTMLElement | undefined;

  const parts = (id: string): Element[] => {
    const head = headOf.get(id);
    const cells = head ? [...table.querySelectorAll(`[data-col="${head.dataset.col}"]`)] : [];
    const point = points.get(id);
    return point ? [...cells, point] : cells;
  };

  const highlight = (id: string | undefined) => {
    for (const el of document.querySelectorAll(".is-highlighted")) el.classList.remove("is-highlighted");
    if (id) for (const el of parts(id)) el.classList.add("is-highlighted");
  };

  const showTooltip = (id: string, anchor: Element) => {
    const head = headOf.get(id);
    if (!head) return;
    const lines = [head.dataset.name ?? "", head.dataset.summary ?? "", head.dataset.feels ?? ""].filter(Boolean);
    tooltip.replaceChildren(
      ...lines.map((text, i) => {
        const line = document.createElement(i === 0 ? "strong" : "span");
        line.textContent = text;
        return line;
      }),
    );
    tooltip.hidden = false;
    const box = anchor.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), window.innerWidth - width - 8);
    const above = box.top - tooltip.offsetHeight - 8;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${above > 8 ? above : box.bottom + 8}px`;
  };
  const hideTooltip = () => {
    tooltip.hidden = true;
  };

  const open = (id: string, focus = true) => {
    const article = document.getElementById(id);
    if (!article?.classList.contains("touchpoint-detail")) return;
    const copy = article.cloneNode(true) as HTMLElement;
    // The copy must not repeat the page's ids, and the panel is already the way back to the map.
    for (const el of [copy, ...copy.querySelectorAll("[id]")]) el.removeAttribute("id");
    copy.querySelector(".back")?.remove();
    const heading = copy.querySelector("h3");
    panelTitle.textContent = heading?.textContent ?? "Touchpoint";
    heading?.remove();
    // In the panel the touchpoint's name is the h2, so its sections step up from h4 to h3.
    for (const h4 of copy.querySelectorAll("h4")) {
      const h3 = document.createElement("h3");
      h3.className = "panel-section";
      h3.textContent = h4.textContent;
      h4.replaceWith(h3);
    }
    panelBody.replaceChildren(...copy.childNodes);
    panel.hidden = false;
    openId = id;
    highlight(id);
    document.body.classList.add("panel-open");
    if (focus) closeButton.focus();
  };

  /** `refocus` is false when the reader followed a link elsewhere on the page: focus stays where it led. */
  const close = (refocus = true) => {
    if (!openId) return;
    panel.hidden = true;
    document.body.classList.remove("panel-open");
    const id = openId;
    openId = undefined;
    highlight(undefined);
    if (location.hash === `#${id}`) history.replaceState(null, "", location.pathname + location.search);
    if (!refocus) return;
    const own = headOf.get(id)?.querySelector<HTMLElement>("a");
    (returnFocus ?? own)?.focus();
    // The opener may have gone (hidden by a filter or a narrower screen): never leave focus on the body.
    if (document.activeElement === document.body || document.activeElement === null) own?.focus();
  };

  const select = (id: string, from?: HTMLElement) => {
    returnFocus = from;
    if (location.hash !== `#${id}`) history.pushState(null, "", `#${id}`);
    open(id);
  };

  for (const [id, head] of headOf) {
    const link = head.querySelector<HTMLAnchorElement>("a.tp-link")!;
    head.addEventListener("mouseenter", () => (highlight(id), showTooltip(id, head)));
    head.addEventListener("mouseleave", () => (highlight(openId), hideTooltip()));
    link.addEventListener("focus", () => (highlight(id), showTooltip(id, head)));
    link.addEventListener("blur", () => (highlight(openId), hideTooltip()));
    link.addEventListener("click", (event) => {
      event.preventDefault();
      hideTooltip();
      select(id, link);
    });
  }
  for (const [id, point] of points) {
    point.addEventListener("mouseenter", () => (highlight(id), showTooltip(id, point)));
    point.addEventListener("mouseleave", () => (highlight(openId), hideTooltip()));
    point.addEventListener("click", () => select(id, headOf.get(id)?.querySelector<HTMLElement>("a") ?? undefined));
  }
  // Hovering any cell of a column lights up its point on the curve.
  table.addEventListener("mouseover", (event) => {
    const cell = (event.target as Element).closest<HTMLElement>("td[data-col]");
    const head = cell && heads.find((h) => h.dataset.col === cell.dataset.col);
    if (head) highlight(head.dataset.touchpoint);
  });
  table.addEventListener("mouseleave", () => highlight(openId));

  // The gap report's links to touchpoints open the panel, and closing it returns to the gap.
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-touchpoint-link]")) {
    const id = link.dataset.touchpointLink!;
    if (!headOf.has(id)) continue;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      select(id, link);
    });
  }

  closeButton.addEventListener("click", () => close());
  document.addEventListener("keydown", (event) => {
    // A popover or the search dialog takes Escape first (see popovers.ts); the next Escape reaches the panel.
    if (event.key !== "Escape" || event.defaultPrevented || document.querySelector("dialog[open]")) return;
    hideTooltip();
    close();
  });
  // While the panel is open, Tab and Shift+Tab cycle through it: it leaves by its close button or Escape.
  panel.addEventListener("keydown", (event) => {
    if (event.key !== "Tab" || !openId) return;
    const focusable = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || !panel.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  window.addEventListener("hashchange", () => {
    const id = hashId();
    markGaps(id);
    // Opened by the address (the back button, a search result): closing returns focus to the map's own link.
    returnFocus = undefined;
    if (headOf.has(id)) open(id);
    else close(false);
  });
  const initial = hashId();
  markGaps(initial);
  if (headOf.has(initial)) open(initial, false);

  setUpToolbar(heads, parts);
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The fragment as an id; a malformed escape (`#%E0%A4%A`) is taken as it is rather than throwing. */
function hashId(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A map badge leads to `#gaps--<touchpoint>`, its worst gap; this lights up all of that touchpoint's gaps. */
function markGaps(hash: string): void {
  const touchpoint = hash.startsWith("gaps--") ? hash.slice("gaps--".length) : undefined;
  for (const item of document.querySelectorAll<HTMLElement>(".gap-item[data-gap-touchpoint]")) {
    item.classList.toggle("is-marked", item.dataset.gapTouchpoint === touchpoint);
  }
}

function setUpToolbar(heads: HTMLElement[], parts: (id: string) => Element[]): void {
  const toolbar = document.querySelector<HTMLElement>("[data-map-toolbar]");
  if (!toolbar) return;
  const selects = [...toolbar.querySelectorAll<HTMLSelectElement>("select[data-filter]")];
  const status = toolbar.querySelector<HTMLElement>(".filter-status")!;
  const clear = toolbar.querySelector<HTMLButtonElement>("[data-filter-clear]");
  // The filters live in the address (?channel=web&owner=Logistics), so a highlighted map can be bookmarked or shared.
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.dataset.filter!);
    if (wanted !== null && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  const apply = () => {
    const wanted = selects.filter((s) => s.value !== "");
    let matching = 0;
    for (const head of heads) {
      const match = wanted.every((s) => {
        const value = head.dataset[s.dataset.filter!] ?? "";
        return s.value === "-" ? value === "" : value === s.value;
      });
      if (match) matching++;
      for (const el of parts(head.dataset.touchpoint!)) el.classList.toggle("is-dimmed", wanted.length > 0 && !match);
    }
    status.textContent = wanted.length === 0 ? "" : (toolbar.dataset.matching ?? "{n} of {total}").replace("{n}", String(matching)).replace("{total}", String(heads.length));
    if (clear) clear.hidden = wanted.length === 0;
    const query = new URLSearchParams(location.search);
    for (const s of selects) {
      if (s.value === "") query.delete(s.dataset.filter!);
      else query.set(s.dataset.filter!, s.value);
    }
    const search = query.size > 0 ? `?${query}` : "";
    if (search !== location.search) history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  };
  for (const select of selects) select.addEventListener("change", apply);
  clear?.addEventListener("click", () => {
    for (const select of selects) select.value = "";
    apply();
    selects[0]?.focus();
  });
  if (selects.some((s) => s.value !== "")) apply();

  for (const box of toolbar.querySelectorAll<HTMLInputElement>("input[data-lane-toggle]")) {
    box.addEventListener("change", () => {
      const row = document.querySelector<HTMLElement>(`tr[data-lane="${box.dataset.laneToggle}"]`);
      if (row) row.hidden = !box.checked;
    });
  }
}
