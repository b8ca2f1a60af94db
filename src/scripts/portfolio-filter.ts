// Search and filter the journey cards; without JavaScript every card shows and the form stays hidden.
const form = document.querySelector<HTMLFormElement>("[data-portfolio-filters]");
if (form) {
  const cards = [...document.querySelectorAll<HTMLElement>(".journey-card")];
  const status = form.querySelector<HTMLElement>(".filter-status")!;
  const empty = document.querySelector<HTMLElement>(".empty-result");
  const apply = () => {
    const data = new FormData(form);
    const words = String(data.get("q") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    const persona = String(data.get("persona") ?? "");
    const state = String(data.get("state") ?? "");
    let shown = 0;
    for (const card of cards) {
      const match =
        words.every((w) => card.dataset.search?.includes(w)) &&
        (!persona || (card.dataset.personas ?? "").split(" ").includes(persona)) &&
        (!state || card.dataset.state === state);
      card.hidden = !match;
      if (match) shown++;
    }
    for (const area of document.querySelectorAll<HTMLElement>("[data-area]")) {
      area.hidden = !area.querySelector(".journey-card:not([hidden])");
    }
    const filtering = words.length > 0 || persona !== "" || state !== "";
    status.textContent = filtering ? `${shown} of ${cards.length} journeys` : "";
    if (empty) empty.hidden = shown > 0;
  };
  form.addEventListener("input", apply);
  form.addEventListener("submit", (event) => event.preventDefault());
}
