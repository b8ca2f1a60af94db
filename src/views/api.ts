import type { Analysis } from "../analysis/analyse.ts";
import { countBySeverity } from "../analysis/find-gaps.ts";
import { buildReport, gapReport, kpiFields, strip } from "../output/report-json.ts";
import { API_VERSION, type ApiGaps, type ApiIndex, type ApiJourney, type ApiKpis, type ApiPersona } from "../model/api-schema.ts";
import { repositoryFile, siteSourceLinks } from "./source-links.ts";

/** Site paths with the base path, as the pages link them (src/views/href.ts in the site). */
export type Href = (path: string) => string;

export const apiPaths = {
  index: "/api/index.json",
  journey: (id: string) => `/api/journeys/${id}.json`,
  persona: (id: string) => `/api/personas/${id}.json`,
  kpis: "/api/kpis.json",
  gaps: "/api/gaps.json",
  schemas: "/api/schema/",
};


/**
 * Files as the published API names them: inside the content's repository, whatever folder the build ran from (the
 * reports name them as the author typed them, from the working directory).
 */
function inRepository(analysis: Analysis): (file: string) => string {
  const { info } = siteSourceLinks(analysis);
  return (file) => repositoryFile(info, analysis.content.cwd, file);
}

/** `api/index.json`: every journey, persona and KPI with links to its page and its own document. */
export function apiIndex(analysis: Analysis, href: Href, commit?: string): ApiIndex {
  const { content } = analysis;
  return strip({
    version: API_VERSION,
    title: content.config.title,
    asOf: analysis.asOf,
    commit,
    links: { kpis: href(apiPaths.kpis), gaps: href(apiPaths.gaps), schemas: href(apiPaths.schemas) },
    journeys: analysis.journeys.map((j) =>
      strip({
        id: j.id,
        title: j.journey.title,
        state: j.journey.state,
        area: j.loaded.area,
        personas: j.journey.persona,
        health: j.health.score,
        gaps: countBySeverity(j.gaps),
        href: href(`/journeys/${j.id}/`),
        api: href(apiPaths.journey(j.id)),
      }),
    ),
    personas: content.personas.map(({ data: p }) => ({ id: p.id, name: p.name, role: p.role, href: href(`/personas/${p.id}/`), api: href(apiPaths.persona(p.id)) })),
    kpis: analysis.kpis.map((k) => ({ id: k.id, name: k.kpi.name, status: k.status.status, href: href(`/kpis/#kpi-${k.id}`) })),
  });
}

/** `api/journeys/<id>.json`: the journey as validated, with its health, gaps, KPI statuses and curve (as `report --format json`). */
export function apiJourney(analysis: Analysis, id: string, href: Href): ApiJourney {
  const j = analysis.journey(id);
  const report = buildReport(analysis, [id]).journeys[0];
  if (!j || !report) throw new Error(`no journey ${id}`);
  const file = inRepository(analysis);
  const page = href(`/journeys/${id}/`);
  let index = 0;
  const curve = j.journey.stages.flatMap((stage) =>
    stage.touchpoints.map((t) => ({
      touchpoint: t.id,
      name: t.name,
      stage: stage.id,
      index: index++,
      emotion: t.emotion,
      momentOfTruth: t.moment_of_truth,
      href: `${page}#${t.id}`,
    })),
  );
  return strip({
    version: API_VERSION,
    asOf: analysis.asOf,
    id,
    area: j.loaded.area,
    file: file(j.loaded.file),
    href: page,
    journey: j.journey,
    health: report.health,
    gaps: report.gaps.map((g) => ({ ...g, file: file(g.file) })),
    accepted: report.accepted.map((g) => ({ ...g, file: file(g.file) })),
    kpis: report.kpis,
    curve,
  }) as ApiJourney;
}

/** `api/personas/<id>.json`: the persona and the journeys they appear in. */
export function apiPersona(analysis: Analysis, id: string, href: Href): ApiPersona {
  const loaded = analysis.content.personas.find((p) => p.data.id === id);
  if (!loaded) throw new Error(`no persona ${id}`);
  return {
    version: API_VERSION,
    id,
    file: inRepository(analysis)(loaded.file),
    href: href(`/personas/${id}/`),
    persona: loaded.data,
    journeys: analysis.journeys
      .filter((j) => j.journey.persona.includes(id))
      .map((j) => ({ id: j.id, title: j.journey.title, href: href(`/journeys/${j.id}/`), api: href(apiPaths.journey(j.id)) })),
  } as ApiPersona;
}

/** `api/kpis.json`: every KPI with its status, its measurements and the journeys it measures. */
export function apiKpis(analysis: Analysis, href: Href): ApiKpis {
  return {
    version: API_VERSION,
    asOf: analysis.asOf,
    kpis: analysis.kpis.map(({ id, kpi, status }) =>
      strip({
        ...kpiFields(kpi, status),
        description: kpi.description,
        source: kpi.source,
        measurements: kpi.measurements,
        journeys: analysis.journeys.filter((j) => j.kpis.some((m) => m.kpi.id === id)).map((j) => j.id),
        href: href(`/kpis/#kpi-${id}`),
      }),
    ),
  };
}

/** `api/gaps.json`: every open gap of every journey, most severe first within each journey. */
export function apiGaps(analysis: Analysis, href: Href): ApiGaps {
  return { ...apiGapsHead(analysis), gaps: analysis.journeys.flatMap(gapsOfJourney(analysis, href)) };
}

function apiGapsHead(analysis: Analysis): Omit<ApiGaps, "gaps"> {
  return {
    version: API_VERSION,
    asOf: analysis.asOf,
    totals: { ...countBySeverity(analysis.journeys.flatMap((j) => j.gaps)), accepted: analysis.journeys.reduce((n, j) => n + j.accepted.length, 0) },
  };
}

function gapsOfJourney(analysis: Analysis, href: Href): (journey: Analysis["journeys"][number]) => ApiGaps["gaps"] {
  // Straight from the analysis, not through the whole report: that drew every journey's Mermaid diagram and held
  // all of it at once (at 1,000 journeys the build's peak memory).
  const file = inRepository(analysis);
  return (j) => j.gaps.map((g) => ({ ...gapReport(g), file: file(g.location.file), journey: j.id, href: href(g.touchpoint ? `/journeys/${j.id}/#${g.touchpoint}` : `/journeys/${j.id}/#gaps`) }));
}

/**
 * The text of `api/gaps.json`, `apiJson(apiGaps(analysis, href))` exactly, made a journey at a time: a build writes
 * the parts one after the other (journey-files-integration.ts) instead of holding the whole text (29 MB at 1,000
 * journeys) and its three copies on their way through a Response, which made the first seconds of the build its
 * memory's high point. The dev server joins them.
 */
export function* apiGapsJsonParts(analysis: Analysis, href: Href): Generator<string> {
  const head = JSON.stringify(apiGapsHead(analysis));
  yield `${head.slice(0, -1)},"gaps":[`;
  const gaps = gapsOfJourney(analysis, href);
  let first = true;
  for (const journey of analysis.journeys) {
    const items = gaps(journey);
    if (items.length === 0) continue;
    const part = items.map((g) => JSON.stringify(g)).join(",");
    yield first ? part : `,${part}`;
    first = false;
  }
  yield "]}\n";
}

/**
 * The JSON text of an API document: stable key order as built, no indentation (browsers and jq lay it out; indenting
 * made a third of the 120 MB of API files of a 1,000-journey site), a final newline.
 */
export function apiJson(document: unknown): string {
  return `${JSON.stringify(document)}\n`;
}
