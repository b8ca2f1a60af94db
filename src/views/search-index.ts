import type { Analysis } from "../analysis/analyse.ts";
import { gapItems } from "./gap-item.ts";
import { gapsText } from "./gap-severity.ts";
import { escapeXml } from "./journey-export.ts";
import { t } from "../i18n/index.ts";
import { compareText } from "../i18n/text-order.ts";

/** The kinds of result the search can be narrowed to, as the filter shows them. */
export const SEARCH_KINDS = ["Journey", "Touchpoint", "Gap", "Persona", "KPI"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * One search record: a journey, one of its touchpoints or gaps, a persona or a KPI. `url` is a site path without the
 * base (`/journeys/checkout/#payment`); the search adds the base at run time, so one index serves any BASE_PATH.
 */
export interface SearchRecord {
  url: string;
  content: string;
  meta: { title: string; kind: SearchKind; context?: string };
  /** A touchpoint with gaps is also found under "Gap". */
  filters: { kind: SearchKind[]; journey: string[]; area: string[]; persona: string[] };
}

const OTHER_AREA = "Other journeys";

/** Text parts joined as sentences, empties dropped: what Pagefind indexes and quotes in excerpts. */
function text(...parts: (string | number | undefined | readonly (string | undefined)[])[]): string {
  return parts
    .flat()
    .filter((p): p is string | number => p !== undefined && p !== "")
    .map((p) => String(p).trim())
    .map((p) => (/[.!?…:"”]$/.test(p) ? p : `${p}.`))
    .join(" ");
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => compareText(a, b));

/**
 * Every record the site's search holds, in the content's order: built from the one analysis, never from the HTML, so
 * what is found does not depend on how a page lays it out, and each result leads to its own anchor.
 */
export function searchRecords(analysis: Analysis): SearchRecord[] {
  return [...eachSearchRecord(analysis)];
}

/** The same, one at a time: the index is built without holding every record (100 MB at 1,000 journeys). */
export function* eachSearchRecord(analysis: Analysis): Generator<SearchRecord> {
  const { content, index } = analysis;
  const personaName = (id: string) => index.personas.get(id)?.data.name ?? id;
  const journeysOfPersona = new Map<string, { titles: Set<string>; areas: Set<string> }>();
  const journeysOfKpi = new Map<string, { titles: Set<string>; areas: Set<string>; personas: Set<string> }>();

  for (const j of analysis.journeys) {
    const { journey } = j;
    const area = j.loaded.area ?? OTHER_AREA;
    const personas = journey.persona.map(personaName);
    const filters = { journey: [journey.title], area: [area], persona: sorted(personas) };
    for (const id of journey.persona) {
      const entry = journeysOfPersona.get(id) ?? { titles: new Set(), areas: new Set() };
      entry.titles.add(journey.title);
      entry.areas.add(area);
      journeysOfPersona.set(id, entry);
    }
    for (const { kpi } of j.kpis) {
      const entry = journeysOfKpi.get(kpi.id) ?? { titles: new Set(), areas: new Set(), personas: new Set() };
      entry.titles.add(journey.title);
      entry.areas.add(area);
      for (const p of personas) entry.personas.add(p);
      journeysOfKpi.set(kpi.id, entry);
    }
    const page = `/journeys/${journey.id}/`;
    yield {
      url: page,
      content: text(
        journey.title,
        journey.summary,
        area,
        personas,
        journey.owner && `Owner: ${journey.owner}`,
        journey.start && `Starts: ${journey.start}`,
        journey.end && `Ends: ${journey.end}`,
        journey.stages.flatMap((s) => [s.name, s.goal]),
        journey.paths.map((p) => p.name),
      ),
      meta: { title: journey.title, kind: "Journey", context: area },
      filters: { kind: ["Journey"], ...filters },
    };
    // A touchpoint's gaps are found through its own record (its details list them): a record of their own per touchpoint
    // made up a third of all records, and Pagefind's time grows with the number of records more than with their text.
    const byUrl = new Map<string, ReturnType<typeof gapItems>>();
    const ofTouchpoint = new Map<string, ReturnType<typeof gapItems>>();
    for (const gap of gapItems(analysis, journey, j.gaps, { onJourneyPage: false })) {
      const kind = gap.target?.kind;
      if (gap.touchpoint) {
        ofTouchpoint.set(gap.touchpoint, [...(ofTouchpoint.get(gap.touchpoint) ?? []), gap]);
        continue;
      }
      // The anchor only: the target's href carries the base path, which the search adds itself.
      const url = (kind === "stage" || kind === "path") && gap.target ? `${page}#${gap.target.href.split("#")[1]}` : `${page}#gaps`;
      byUrl.set(url, [...(byUrl.get(url) ?? []), gap]);
    }
    const gapText = (gaps: ReturnType<typeof gapItems>) => gaps.flatMap((g) => [g.title, g.action, g.owner && `Owner: ${g.owner}`, g.target && `${g.target.kindLabel}: ${g.target.label}`, g.severityLabel, g.rule]);
    // `2 gaps, worst: error`, in the site's language, as on the map's badges.
    const gapCount = (gaps: ReturnType<typeof gapItems>) => t(analysis.locale).ui.gapReport.badge(gapsText(gaps.length, analysis.locale), gaps[0]!.severityLabel.toLowerCase());
    for (const stage of journey.stages) {
      for (const t of stage.touchpoints) {
        const gaps = ofTouchpoint.get(t.id) ?? [];
        yield {
          url: `${page}#${t.id}`,
          content: text(
            t.name,
            t.description,
            `Stage: ${stage.name}`,
            t.owner && `Owner: ${t.owner}`,
            t.does && `Does: ${t.does}`,
            t.thinks && `Thinks: ${t.thinks}`,
            t.feels && `Feels: ${t.feels}`,
            t.pains.map((p) => `Pain point: ${p}`),
            t.highlights.map((h) => `Highlight: ${h}`),
            t.opportunities.map((o) => `Opportunity: ${o.text}`),
            t.systems.map((s) => [s.name, ...(s.data ?? [])].join(", ")),
            t.needs,
            t.evidence.map((e) => `${e.text} (${e.source})`),
            Object.entries(t.promises).map(([k, v]) => `${k}: ${v}`),
            gapText(gaps),
          ),
          meta: { title: t.name, kind: "Touchpoint", context: [journey.title, stage.name, ...(gaps.length > 0 ? [gapCount(gaps)] : [])].join(" · ") },
          filters: { kind: gaps.length > 0 ? ["Touchpoint", "Gap"] : ["Touchpoint"], ...filters },
        };
      }
    }
    // The gaps of a stage or a path lead to it on the map, the rest (KPIs, the journey as a whole) to the gap report.
    for (const [url, gaps] of byUrl) {
      const first = gaps[0]!;
      const where = first.touchpoint || first.target?.kind === "stage" || first.target?.kind === "path" ? first.target?.label : undefined;
      yield {
        url,
        content: text(gapText(gaps)),
        meta: {
          title: gaps.length === 1 ? first.title : `${gaps.length} gaps${where ? ` at ${where}` : ` in ${journey.title}`}`,
          kind: "Gap",
          context: `${journey.title} · ${gaps.length === 1 ? first.severityLabel : `worst: ${first.severityLabel}`}`,
        },
        filters: { kind: ["Gap"], ...filters },
      };
    }
  }

  for (const { data: p } of content.personas) {
    const used = journeysOfPersona.get(p.id);
    yield {
      url: `/personas/${p.id}/`,
      content: text(
        p.name,
        p.role,
        p.location,
        p.background,
        p.income,
        p.goals,
        p.motivations,
        p.challenges,
        p.doubts,
        p.quote,
        p.empathy ? [...p.empathy.says, ...p.empathy.thinks, ...p.empathy.does, ...p.empathy.feels] : [],
      ),
      meta: { title: p.name, kind: "Persona", context: p.role },
      filters: { kind: ["Persona"], journey: sorted(used?.titles ?? []), area: sorted(used?.areas ?? []), persona: [p.name] },
    };
  }

  for (const k of analysis.kpis) {
    const used = journeysOfKpi.get(k.id);
    yield {
      url: `/kpis/#kpi-${k.id}`,
      content: text(k.kpi.name, k.kpi.description, k.kpi.owner && `Owner: ${k.kpi.owner}`, k.kpi.source && `Source: ${k.kpi.source}`, k.kpi.measurements.map((m) => m.note)),
      meta: { title: k.kpi.name, kind: "KPI", context: k.status.status.replace(/-/g, " ") },
      filters: { kind: ["KPI"], journey: sorted(used?.titles ?? []), area: sorted(used?.areas ?? []), persona: sorted(used?.personas ?? []) },
    };
  }
}

/**
 * What Pagefind indexes: one HTML document per page of the site, its records as sections. A journey's touchpoints
 * and gap groups are sections (a heading with the record's anchor as id: Pagefind returns them as sub-results)
 * instead of records of their own: Pagefind's time and memory grow with the number of records faster than with
 * their text (42,000 records at 1,000 journeys took 40 s and 3.3 GB; the same text as 1,000 documents, a fraction).
 * `sections` (in the meta) gives each section's kind and context, in document order, for the results list.
 */
export interface SearchDocument {
  url: string;
  html: string;
}

/** A section's kinds (a touchpoint with gaps is also a Gap) and the line under its title. */
export type SearchSections = Record<string, { kinds: SearchKind[]; context?: string }>;

/** One at a time, so the HTML of a thousand journeys is never held at once. */
export function* searchDocuments(records: Iterable<SearchRecord>, language = "en"): Generator<SearchDocument> {
  // A page's records come one after another (a journey, then its touchpoints and gaps), so a page is complete when
  // the next record belongs to another. Only a journey's page gathers sections; a persona or a KPI (its card on
  // /kpis/) stays a document of its own.
  const pageOf = (r: SearchRecord) => (r.url.startsWith("/journeys/") ? r.url.replace(/#.*$/, "") : r.url);
  let current: { url: string; list: SearchRecord[] } | undefined;
  for (const record of records) {
    const url = pageOf(record);
    if (current?.url === url) {
      current.list.push(record);
      continue;
    }
    if (current) yield documentOf(current.url, current.list, language);
    current = { url, list: [record] };
  }
  if (current) yield documentOf(current.url, current.list, language);
}

function documentOf(url: string, list: readonly SearchRecord[], language: string): SearchDocument {
  const head = list.find((r) => r.url === url) ?? list[0]!;
  const sections = list.filter((r) => r !== head);
  const kinds = [...new Set(list.flatMap((r) => r.filters.kind))];
  const filters = { ...head.filters, kind: SEARCH_KINDS.filter((k) => kinds.includes(k)) };
  const map: SearchSections = Object.fromEntries(sections.map((r) => [anchorOf(r.url), { kinds: r.filters.kind, ...(r.meta.context ? { context: r.meta.context } : {}) }]));
  const tags = (name: "filter" | "meta", key: string, values: readonly string[]) => values.map((v) => `<span data-pagefind-${name}="${key}">${escapeXml(v)}</span>`).join("");
  const html = [
    `<!doctype html><html lang="${escapeXml(language)}"><head><meta charset="utf-8"><title>${escapeXml(head.meta.title)}</title></head><body>`,
    `<div data-pagefind-ignore>`,
    tags("meta", "title", [head.meta.title]),
    tags("meta", "kind", [head.meta.kind]),
    head.meta.context ? tags("meta", "context", [head.meta.context]) : "",
    sections.length > 0 ? tags("meta", "sections", [JSON.stringify(map)]) : "",
    ...Object.entries(filters).map(([key, values]) => tags("filter", key, values)),
    `</div>`,
    `<h1>${escapeXml(head.meta.title)}</h1><p>${escapeXml(afterTitle(head))}</p>`,
    ...sections.map((r) => `<h2 id="${escapeXml(anchorOf(r.url))}">${escapeXml(r.meta.title)}</h2><p>${escapeXml(afterTitle(r))}</p>`),
    `</body></html>`,
  ].join("");
  return { url, html };
}

const anchorOf = (url: string) => url.slice(url.indexOf("#") + 1);
/** The record's text without the title it starts with: the heading says it, and excerpts would repeat it. */
const afterTitle = (r: SearchRecord) => (r.content.startsWith(`${r.meta.title}.`) ? r.content.slice(r.meta.title.length + 1).trimStart() : r.content);
