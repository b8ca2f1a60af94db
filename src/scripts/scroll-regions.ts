// The detailed map, and the overview of a journey of many stages, scroll sideways inside a region that is a tab
// stop (so a keyboard can scroll it) named "… scrolls sideways". Where one fits the screen it scrolls nothing (a
// short journey's map on a laptop, a wide overview stacked on a phone): then it is neither a tab stop nor a named
// region, until it overflows again (a narrower window, a larger font). Without a script they stay as built.
const SELECTOR = ".map-scroll, .overview-frame.wide";

interface Built {
  role: string | null;
  label: string | null;
}

function watchScrollRegions(): void {
  const regions = [...document.querySelectorAll<HTMLElement>(SELECTOR)].filter((el) => el.getAttribute("tabindex") === "0");
  if (regions.length === 0 || typeof ResizeObserver === "undefined") return;
  const built = new Map<HTMLElement, Built>(regions.map((el) => [el, { role: el.getAttribute("role"), label: el.getAttribute("aria-label") }]));
  const update = (el: HTMLElement, as: Built) => {
    if (el.scrollWidth > el.clientWidth + 1) {
      el.setAttribute("tabindex", "0");
      if (as.role) el.setAttribute("role", as.role);
      if (as.label) el.setAttribute("aria-label", as.label);
    } else if (el !== document.activeElement) {
      // A region that has the focus keeps it: nothing moves under the reader.
      el.removeAttribute("tabindex");
      el.removeAttribute("role");
      el.removeAttribute("aria-label");
    }
  };
  // The region's own box and its content's: either changes whether it overflows.
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const el = entry.target.closest<HTMLElement>(SELECTOR);
      const as = el && built.get(el);
      if (el && as) update(el, as);
    }
  });
  for (const [el, as] of built) {
    update(el, as);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
  }
}

watchScrollRegions();
