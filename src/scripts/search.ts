// Site-wide search over the Pagefind index in <base>/pagefind/ (built by src/views/pagefind-integration.ts).
// Pagefind is loaded on first use only. Results are built with DOM nodes and text, never innerHTML: an excerpt's
// only markup is Pagefind's <mark>, and everything else in it is shown as text.

import { entriesOf, type PagefindData, type SearchEntry } from "./search-entries.ts";

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] }>;
}

const MAX_RESULTS = 20;

/** The words the script writes, in the site's language: a JSON element SearchBox.astro fills from the catalogue. */
interface SearchStrings {
  nothing: string;
  one: string;
  other: string;
  firstShown: string;
  theseFilters: string;
  unavailable: string;
  kinds: Record<string, string>;
}
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
const root = document.querySelector<HTMLElement>("[data-site-search]");

if (root) {
  const dialog = root.querySelector<HTMLDialogElement>("[data-search-dialog]")!;
  const opener = root.querySelector<HTMLButtonElement>("[data-search-open]")!;
  const form = root.querySelector<HTMLFormElement>("[data-search-form]")!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>("[data-search-filter]")];
  const status = root.querySelector<HTMLElement>("[data-search-status]")!;
  const list = root.querySelector<HTMLOListElement>("[data-search-results]")!;
  const base = root.dataset.base ?? "/";
  const kinds = (root.dataset.kinds ?? "").split("|");
  const words = JSON.parse(root.querySelector("[data-search-strings]")?.textContent ?? "{}") as SearchStrings;
  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;

  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const folder = `${base.replace(/\/?$/, "/")}pagefind/`;
      const module = (await import(/* @vite-ignore */ `${folder}pagefind.js`)) as Pagefind;
      await module.options({ excerptLength: 24 });
      // A large site's index comes in parts (src/views/pagefind-integration.ts): one search covers them all.
      const parts = (await fetch(`${folder}parts.json`).then((r) => (r.ok ? r.json() : []), () => [])) as string[];
      // All at once: each adds its part to the list in the order called, before it loads, so the order of results
      // does not depend on which part arrives first.
      await Promise.all(parts.map((part) => module.mergeIndex(`${folder}${part}/`)));
      await fillFilters(module);
      return module;
    })();
    return pagefind;
  };

  const fillFilters = async (pf: Pagefind) => {
    const available = await pf.filters();
    for (const select of selects) {
      const key = select.dataset.searchFilter!;
      const values = Object.keys(available[key] ?? {});
      const ordered = key === "kind" ? kinds.filter((k) => values.includes(k)) : values.sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
      for (const value of ordered) select.append(new Option(key === "kind" ? (words.kinds?.[value] ?? value) : value, value));
    }
  };

  /** Pagefind's excerpt as nodes: <mark> becomes a mark element, the rest (entities decoded) plain text. */
  const excerptNodes = (excerpt: string): Node[] => {
    const decode = (s: string) => new DOMParser().parseFromString(`<!doctype html><body>${s}`, "text/html").body.textContent ?? "";
    return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      if (!marked) return document.createTextNode(decode(part));
      const mark = document.createElement("mark");
      mark.textContent = decode(marked[1]!);
      return mark;
    });
  };

  const element = (tag: string, className: string, text?: string) => {
    const el = document.createElement(tag);
    el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };

  /** `total` is undefined when more results than those shown were found and not all were counted. */
  const render = (results: SearchEntry[], total: number | undefined, term: string) => {
    list.replaceChildren(
      ...results.map((r) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = r.url;
        const head = element("span", "result-head");
        head.append(element("span", "result-title", r.title), element("span", "result-kind", words.kinds?.[r.kind] ?? r.kind));
        if (r.context) head.append(element("span", "result-context", r.context));
        const excerpt = element("span", "result-excerpt");
        excerpt.append(...excerptNodes(r.excerpt));
        a.append(head, excerpt);
        li.append(a);
        return li;
      }),
    );
    const shown = total === undefined || total > results.length ? fill(words.firstShown, { k: results.length }) : "";
    status.textContent = total === 0 ? fill(words.nothing, { q: term }) : `${fill(total === 1 ? words.one : words.other, { n: total ?? `${results.length}+` })}${shown}.`;
  };

  const search = async () => {
    const current = ++run;
    const term = input.value.trim();
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.searchFilter!, s.value]));
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    try {
      const pf = await load();
      const found = await pf.search(term || null, { filters });
      // Pages in Pagefind's order, a few at a time, until the list is full: a page may give several results.
      const entries: SearchEntry[] = [];
      let next = 0;
      while (entries.length <= MAX_RESULTS && next < found.results.length && current === run) {
        const batch = await Promise.all(found.results.slice(next, next + 4).map((r) => r.data()));
        next += batch.length;
        for (const data of batch) entries.push(...entriesOf(data, filters.kind, Boolean(term)));
      }
      const complete = next >= found.results.length && entries.length <= MAX_RESULTS;
      if (current === run) render(entries.slice(0, MAX_RESULTS), complete ? entries.length : undefined, term || words.theseFilters);
    } catch {
      if (current === run) status.textContent = words.unavailable;
    }
  };

  const open = () => {
    if (dialog.open) return input.focus();
    dialog.showModal();
    input.focus();
    input.select();
    void load().catch(() => (status.textContent = words.unavailable));
  };

  opener.addEventListener("click", open);
  root.querySelector("[data-search-close]")!.addEventListener("click", () => dialog.close());
  form.addEventListener("input", () => void search());
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    list.querySelector("a")?.click();
  });
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Following a result on the same page changes only the hash: close the dialog so the touchpoint shows.
  list.addEventListener("click", (event) => {
    if ((event.target as Element).closest("a")) dialog.close();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    event.preventDefault();
    open();
  });
}
