// Filters the gap report by team, severity, rule and journey. Without JavaScript the whole list shows,
// grouped by severity, and the form stays hidden. The choice is kept in the address (?team=Logistics),
// so a team can bookmark its own list.
const gapFilters = document.querySelector<HTMLFormElement>("[data-gap-filters]");
if (gapFilters) filterGaps(gapFilters);
openLegendForHash();
window.addEventListener("hashchange", openLegendForHash);

function filterGaps(form: HTMLFormElement): void {
  const selects = [...form.querySelectorAll<HTMLSelectElement>("select")];
  const items = [...document.querySelectorAll<HTMLElement>("[data-gap-item]")];
  const groups = [...document.querySelectorAll<HTMLElement>("[data-gap-group]")];
  const status = form.querySelector<HTMLElement>(".filter-status")!;
  const empty = document.querySelector<HTMLElement>("[data-gap-empty]");

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
      const visible = group.querySelectorAll("[data-gap-item]:not([hidden])").length;
      group.hidden = visible === 0;
      const count = group.querySelector("[data-group-count]");
      if (count) count.textContent = String(visible);
    }
    status.textContent = chosen.length > 0 ? `${shown} of ${items.length} gaps` : "";
    if (empty) empty.hidden = shown > 0;
    const query = new URLSearchParams(chosen.map((s) => [s.name, s.value]));
    const search = query.size > 0 ? `?${query}` : "";
    if (search !== location.search) history.replaceState(null, "", `${location.pathname}${search}${location.hash}`);
  };
  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
  // Reset clears the fields after its event, so apply once they are cleared.
  form.addEventListener("reset", () => setTimeout(apply));
  if (selects.some((s) => s.value !== "")) apply();
}

/** A link to a rule (`#rule-kpi-off-track`) opens the legend it sits in. */
function openLegendForHash(): void {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const legend = target?.closest("details");
  if (legend && !legend.open) {
    legend.open = true;
    target!.scrollIntoView();
  }
}
