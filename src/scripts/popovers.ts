// Disclosure popovers (a <details> whose content floats over the page: the phone's navigation menu, the map's
// Lanes menu) open and close without JavaScript; this adds what a keyboard and a pointer expect of a popover:
// Escape closes the innermost open one and puts focus back on its summary, and a click or focus elsewhere closes it.
// A modal <dialog> (the search) closes on Escape by itself and restores focus; while one is open this stays out of it.
const POPOVERS = "details.nav-menu, details.lanes-menu, details[data-popover]";

const openPopovers = (): HTMLDetailsElement[] => [...document.querySelectorAll<HTMLDetailsElement>(POPOVERS)].filter((d) => d.open);

function close(details: HTMLDetailsElement, refocus: boolean): void {
  details.open = false;
  if (refocus) details.querySelector<HTMLElement>(":scope > summary")?.focus();
}

// Capture phase, so the page's own Escape handler (which closes the touchpoint panel) sees it as handled.
window.addEventListener(
  "keydown",
  (event) => {
    if (event.key !== "Escape" || event.defaultPrevented || document.querySelector("dialog[open]")) return;
    const open = openPopovers();
    if (open.length === 0) return;
    // The one holding focus, else the last opened in document order (popovers do not nest here).
    const active = open.find((d) => d.contains(document.activeElement)) ?? open[open.length - 1]!;
    event.preventDefault();
    close(active, true);
  },
  true,
);

document.addEventListener("click", (event) => {
  const target = event.target as Node;
  for (const details of openPopovers()) if (!details.contains(target)) close(details, false);
});

// Tabbing out of an open menu closes it, so it never covers what focus moved on to.
document.addEventListener("focusout", (event) => {
  const details = (event.target as Element).closest?.<HTMLDetailsElement>(POPOVERS);
  const next = event.relatedTarget as Node | null;
  if (details?.open && next && !details.contains(next)) close(details, false);
});
