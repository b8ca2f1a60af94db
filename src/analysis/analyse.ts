import type { GapSettings, Journey, Kpi, Path, Stage } from "../model/index.ts";
import type { Content, Loaded, LoadedJourney } from "../model/content.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { indexContent, type ContentIndex } from "./content-index.ts";
import { asOfDate, countBySeverity, findGaps, type AcceptedGap, type Gap } from "./find-gaps.ts";
import { journeyKpis } from "./gaps/journey-kpis.ts";
import { journeyHealth, type Health } from "./health.ts";
import { kpiStatus, type KpiStatus } from "./kpi-status.ts";
import { compareRedesign, type RedesignComparison } from "./redesign.ts";
import { importancePositions, type StepPosition } from "./importance.ts";
import { analysePaths, type PathAnalysis } from "./paths.ts";
import { resolveLocale, type Locale } from "../i18n/index.ts";

/** A KPI as every page and report sees it: one status, measured against one reference date. */
export interface KpiAnalysis {
  id: string;
  kpi: Kpi;
  loaded: Loaded<Kpi>;
  status: KpiStatus;
}

/** Everything the analysis says about one journey. */
export interface JourneyAnalysis {
  id: string;
  journey: Journey;
  loaded: LoadedJourney;
  /** Open findings, most severe first: they count in the health score and the `--fail-on` gate. */
  gaps: Gap[];
  /** Findings the authors accepted, with their reason: shown, never counted. */
  accepted: AcceptedGap[];
  health: Health;
  /** Each KPI that measures the journey once, with the first stage it measures. */
  kpis: { kpi: KpiAnalysis; stage?: Stage }[];
  /** Critical paths, most critical first. */
  paths: PathAnalysis[];
  /** For a future-state journey: today's journey and what the redesign changes. */
  current?: Journey;
  redesign?: RedesignComparison;
  /** Future-state journeys that redesign this one. */
  redesignedBy: Journey[];
  /** Importance × satisfaction of every step that states both. */
  positions: StepPosition[];
}

export interface Analysis {
  content: Content;
  index: ContentIndex;
  settings: GapSettings;
  /** The reference date for staleness, `YYYY-MM-DD`. */
  asOf: string;
  /**
   * The language of the findings and of everything shown from this analysis (site, `report --format md`,
   * ci:summary): JOURNEYMAP_LOCALE, else the config's `locale`, else English.
   */
  locale: Locale;
  /** In the order the content lists them. */
  journeys: JourneyAnalysis[];
  journey(id: string): JourneyAnalysis | undefined;
  kpis: KpiAnalysis[];
  kpi(id: string): KpiAnalysis | undefined;
  /** Warnings only the analysis can find, e.g. an acceptance that matches no finding any more. */
  diagnostics: Diagnostic[];
}

/**
 * The one analysis of the content: run once per build and once per CLI command, so the site, the
 * report, the diff and the history all read the same statuses, gaps and scores.
 */
export function analyse(content: Content, settings: GapSettings = content.config.gaps, locale: Locale = resolveLocale(content.config.locale)): Analysis {
  const index = indexContent(content);
  const asOf = settings.as_of ?? asOfDate(content);
  const kpis: KpiAnalysis[] = content.kpis.map((loaded) => ({
    id: loaded.data.id,
    kpi: loaded.data,
    loaded,
    status: kpiStatus(loaded.data, { asOf, staleAfterDays: settings.stale_after_days }),
  }));
  const kpiById = new Map(kpis.map((k) => [k.id, k]));
  const diagnostics: Diagnostic[] = [];
  const redesignedBy = new Map<string, Journey[]>();
  for (const { data } of content.journeys) if (data.redesigns) redesignedBy.set(data.redesigns, [...(redesignedBy.get(data.redesigns) ?? []), data]);
  const reuse = reusable(content, settings, asOf, locale);
  const journeys = content.journeys.map((loaded): JourneyAnalysis => {
    const journey = loaded.data;
    const current = journey.state === "future" && journey.redesigns ? index.journeys.get(journey.redesigns)?.data : undefined;
    const previous = reuse.get(journey);
    if (previous && previous.analysis.current === current) {
      diagnostics.push(...previous.unmatched);
      return { ...previous.analysis, loaded, redesignedBy: redesignedBy.get(journey.id) ?? [] };
    }
    const redesign = current ? compareRedesign(current, journey) : undefined;
    const measuring = journeyKpis(index, journey).flatMap(({ kpi, stage }) => {
      const analysed = kpiById.get(kpi.data.id);
      return analysed ? [{ kpi: analysed, stage }] : [];
    });
    const findings = findGaps({ index, loaded, settings, asOf, kpiStatus: (id) => kpiById.get(id)?.status, redesign, locale });
    diagnostics.push(...findings.unmatched);
    const analysis: JourneyAnalysis = {
      id: journey.id,
      journey,
      loaded,
      gaps: findings.gaps,
      accepted: findings.accepted,
      health: journeyHealth(journey, measuring.map(({ kpi }) => kpi.status.status), findings.gaps),
      kpis: measuring,
      paths: analysePaths(journey, (id) => kpiById.get(id), settings),
      current,
      redesign,
      redesignedBy: redesignedBy.get(journey.id) ?? [],
      positions: importancePositions(journey, settings),
    };
    reuse.set(journey, { analysis, unmatched: findings.unmatched });
    return analysis;
  });
  const journeyById = new Map(journeys.map((j) => [j.id, j]));
  return {
    content,
    index,
    settings,
    asOf,
    locale,
    journeys,
    journey: (id) => journeyById.get(id),
    kpis,
    kpi: (id) => kpiById.get(id),
    diagnostics,
  };
}

/** Open gaps of every journey, per severity. */
export function totalGaps(analysis: Analysis): ReturnType<typeof countBySeverity> {
  return countBySeverity(analysis.journeys.flatMap((j) => j.gaps));
}

export type { AcceptedGap, Gap, Path, PathAnalysis, StepPosition };

/**
 * A journey's analysis depends on its own data, the journey it redesigns, and what every journey shares: the
 * KPIs, the personas, the settings, the reference date and the language. While those stay the same objects
 * (the dev server re-reads only the file that was saved), an unchanged journey keeps its analysis, so a save
 * re-analyses one journey, not all of them. A build loads everything afresh, so nothing is reused there.
 */
let previousRun: { context: string; journeys: WeakMap<Journey, { analysis: JourneyAnalysis; unmatched: Diagnostic[] }> } | undefined;
const identities = new WeakMap<object, number>();
let nextIdentity = 0;

function identity(value: object): number {
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = ++nextIdentity));
  return id;
}

function reusable(content: Content, settings: GapSettings, asOf: string, locale: Locale): WeakMap<Journey, { analysis: JourneyAnalysis; unmatched: Diagnostic[] }> {
  const context = [asOf, locale, JSON.stringify(settings), JSON.stringify(content.config.channels), ...content.kpis.map((k) => identity(k.data)), "|", ...content.personas.map((p) => identity(p.data))].join(",");
  if (previousRun?.context !== context) previousRun = { context, journeys: new WeakMap() };
  return previousRun.journeys;
}
