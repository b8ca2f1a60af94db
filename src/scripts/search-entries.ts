// The results list from Pagefind's answers: the index holds one document per page (a journey's touchpoints and gaps
// are its sections, see src/views/search-index.ts), and the list shows each section found as a result of its own,
// with its kind and context from the document's `sections` meta. No DOM here: the search script and the browser
// tests share it.

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
  anchors?: { id?: string; text?: string; element?: string }[];
}

export interface SearchEntry {
  url: string;
  title: string;
  kind: string;
  kinds: string[];
  context?: string;
  /** Pagefind's excerpt: text with <mark> around the words found (the script shows everything else as text). */
  excerpt: string;
  filters: Record<string, string[]>;
}

type Sections = Record<string, { kinds: string[]; context?: string }>;

function sectionsOf(data: PagefindData): Sections {
  try {
    return JSON.parse(data.meta.sections ?? "{}") as Sections;
  } catch {
    return {};
  }
}

/**
 * The results one document gives: with words searched, its sections that hold them (best first) and the page itself
 * if its own text does; with filters only, the page and every section. `kind` keeps only results of that kind.
 */
export function entriesOf(data: PagefindData, kind?: string, searched = true): SearchEntry[] {
  const sections = sectionsOf(data);
  const page = (excerpt: string): SearchEntry => ({
    url: data.url,
    title: data.meta.title ?? data.url,
    kind: data.meta.kind ?? "",
    kinds: [data.meta.kind ?? ""],
    ...(data.meta.context ? { context: data.meta.context } : {}),
    excerpt,
    filters: data.filters,
  });
  const section = (id: string, title: string, excerpt: string): SearchEntry | undefined => {
    const s = sections[id];
    if (!s) return undefined;
    return { url: `${data.url.replace(/#.*$/, "")}#${id}`, title, kind: s.kinds[0] ?? "", kinds: s.kinds, ...(s.context ? { context: s.context } : {}), excerpt, filters: data.filters };
  };
  let entries: SearchEntry[];
  if (searched && data.sub_results) {
    const score = (r: PagefindSubResult) => (r.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
    entries = [...data.sub_results]
      .map((r, i) => ({ r, i, score: score(r) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      // A persona's or a KPI's document is one section: its own address may carry an anchor (/kpis/#kpi-nps).
      .map(({ r }) => (r.url === data.url || !r.url.includes("#") ? page(r.excerpt) : section(r.url.slice(r.url.indexOf("#") + 1), r.title, r.excerpt)))
      .filter((e): e is SearchEntry => e !== undefined);
  } else {
    const titles = new Map((data.anchors ?? []).map((a) => [a.id ?? "", a.text ?? ""]));
    entries = [page(data.excerpt), ...Object.keys(sections).map((id) => section(id, titles.get(id) ?? id, "")!)];
  }
  return kind ? entries.filter((e) => e.kinds.includes(kind)) : entries;
}
