// Filters a long list (the gap report, the opportunity backlog) by the fields its form names: each <select>'s
// name matches a data attribute of the items. Without JavaScript the whole list shows and the form stays hidden.
// The choice is kept in the address (?team=Logistics), so a team can bookmark its own list.
const listFilters = document.querySelector<HTMLFormElement>("[data-filter-form]");
if (listFilters) filterList(listFilters);
openLegendForHash();
window.addEventListener("hashchange", openLegendForHash);

function filterList(form: HTMLFormElement): void {
  const selects = [...form.querySelectorAll<HTMLSelectElement>("select")];
  const items = [...document.querySelectorAll<HTMLElement>("[data-filter-item]")];
  const groups = [...document.querySelectorAll<HTMLElement>("[data-filter-group]")];
  const status = form.querySelector<HTMLElement>(".filter-status")!;
  const empty = document.querySelector<HTMLElement>("[data-filter-empty]");
  const clear = form.querySelector<HTMLButtonElement>("button[type=reset]");
  // The status line's words come from the page, in its language: `{shown} of {total} gaps`.
  const matching = form.dataset.matching ?? "{shown} of {total}";

  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted !== null && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }

  const apply = () => {
    const chosen = selects.filter((s) => s.value !== "");
    let shown = 0;
    for (const item of items) {
      const match = chosen.every((s) => item.dataset[s.name] === s.value);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) {
      const visible = group.querySelectorAll("[data-filter-item]:not([hidden])").length;
      group.hidden = visible === 0;
      const count = group.querySelector("[data-filter-count]");
      if (count) count.textContent = String(visible);
    }
    status.textContent = chosen.length > 0 ? matching.replace("{shown}", String(shown)).replace("{total}", String(items.length)) : "";
    if (clear) clear.hidden = chosen.length === 0;
    if (empty) empty.hidden = shown > 0;
    const query = new URLSearchParams(chosen.map((s) => [s.name, s.value]));
    const search = query.size > 0 ? `?${query}` : "";
    if (search !== location.search) history.replaceState(null, "", `${location.pathname}${search}${location.hash}`);
  };
  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
  // Reset clears the fields after its event, so apply once they are cleared.
  form.addEventListener("reset", () => setTimeout(apply));
  apply();
}

/** A link to a rule (`#rule-kpi-off-track`) opens the legend it sits in. */
function openLegendForHash(): void {
  const target = location.hash ? document.getElementById(safeDecode(location.hash.slice(1))) : null;
  const legend = target?.closest("details");
  if (legend && !legend.open) {
    legend.open = true;
    target!.scrollIntoView();
  }
}

/** A malformed fragment (`#%E0%A4%A`) is simply no target, never an exception that stops the page's scripts. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
