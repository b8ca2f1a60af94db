import type { Analysis } from "../analysis/analyse.ts";
import type { KpiStatusName } from "../analysis/kpi-status.ts";
import type { GapSeverity } from "../model/index.ts";
import { SEVERITY_ICONS } from "./gap-severity.ts";
import { healthBand } from "./health-view.ts";
import { href } from "./href.ts";
import { emotionCurveLayout, type CurveLayout } from "./emotion-curve.layout.ts";
import { severityCounts, type SeverityCount } from "./gap-severity.ts";
import { healthView, type HealthView } from "./health-view.ts";
import { t } from "../i18n/index.ts";
import { compareText } from "../i18n/text-order.ts";

export interface JourneyCard {
  id: string;
  title: string;
  area: string;
  state: "current" | "future";
  personas: { id: string; name: string }[];
  stages: string[];
  touchpoints: number;
  momentsOfTruth: number;
  summary?: string;
  sparkline: CurveLayout;
  lowest?: { name: string; emotion: number };
  kpis: Record<KpiStatusName, number>;
  kpiCount: number;
  health: HealthView;
  /** Gaps per severity, most severe first. */
  gaps: SeverityCount[];
  /** Lower-cased words a search matches against. */
  searchText: string;
}

export interface PortfolioArea {
  name: string;
  /** `/areas/<slug>/`: every journey of the area, when the home page shows only some. */
  slug: string;
  href: string;
  /** The cards the page shows: all of a small area, the least healthy CARDS_PER_AREA of a large one. */
  journeys: JourneyCard[];
  total: number;
}

export interface PortfolioSummary {
  touchpoints: number;
  /** Mean health across journeys, and how many are good, fair and poor. */
  health: { mean: number; bands: { id: string; label: string; icon: string; count: number }[] };
  /** Least healthy first: where to look first. */
  weakest: { id: string; title: string; href: string; score: number; band: string; icon: string }[];
  /** The most severe open gaps across the portfolio, on moments of truth first. */
  worstGaps: { title: string; severity: GapSeverity; icon: string; journey: { title: string; href: string }; href: string }[];
  /** KPIs off track, worst first. */
  offTrack: { id: string; name: string; href: string }[];
  gaps: SeverityCount[];
}

export interface PortfolioView {
  title: string;
  journeys: number;
  summary: PortfolioSummary;
  areas: PortfolioArea[];
  personas: { id: string; name: string }[];
}

/** A home page stays small however large the portfolio: past this many journeys an area links to its own pages. */
export const CARDS_PER_AREA = 12;
/** …and with many areas, fewer per area: the home page shows at most this many cards in all (at least 3 an area). */
export const HOME_CARDS = 48;
/** Journeys per page of an area's own listing. */
export const AREA_PAGE_SIZE = 48;
const SUMMARY_ITEMS = 5;

const SPARK_HEIGHT = 56;

/** The home page: a summary of the portfolio, then the journeys as cards grouped by product area, in a stable order. */
export function portfolioView(analysis: Analysis): PortfolioView {
  const { content } = analysis;
  const areas = cardsByArea(analysis);
  const all = [...areas.values()].flat();
  const sorted = [...areas.entries()].sort(([a], [b]) => compareText(a, b));
  const perArea = Math.max(3, Math.min(CARDS_PER_AREA, Math.floor(HOME_CARDS / Math.max(1, sorted.length))));
  return {
    title: content.config.title,
    journeys: content.journeys.length,
    summary: portfolioSummary(analysis, all),
    areas: sorted.map(([name, journeys]) => {
      const byTitle = journeys.sort((a, b) => compareText(a.title, b.title) || compareText(a.id, b.id));
      // A large area shows its least healthy journeys here, in title order; all of them are on its own pages.
      const shown = byTitle.length <= perArea ? byTitle : new Set([...byTitle].sort((a, b) => a.health.score - b.health.score || compareText(a.title, b.title)).slice(0, perArea));
      const slug = areaSlug(name);
      return { name, slug, href: href(`/areas/${slug}/`), journeys: shown instanceof Set ? byTitle.filter((j) => shown.has(j)) : shown, total: byTitle.length };
    }),
    personas: content.personas.map((p) => ({ id: p.data.id, name: p.data.name })).sort((a, b) => compareText(a.name, b.name)),
  };
}

/** Every journey's card, by product area. */
function cardsByArea(analysis: Analysis): Map<string, JourneyCard[]> {
  const areas = new Map<string, JourneyCard[]>();
  for (const journey of analysis.journeys) {
    const card = journeyCard(analysis, journey);
    const cards = areas.get(card.area);
    if (cards) cards.push(card);
    else areas.set(card.area, [card]);
  }
  return areas;
}

function journeyCard(analysis: Analysis, { journey, loaded: { area = t(analysis.locale).ui.home.otherArea }, kpis: measuring, gaps, health }: Analysis["journeys"][number]): JourneyCard {
  const { index } = analysis;
  const touchpoints = journey.stages.flatMap((s) => s.touchpoints);
  const personas = journey.persona.map((id) => ({ id, name: index.personas.get(id)?.data.name ?? id }));
  // The same KPIs the health score and the report count: stage, touchpoint and path KPIs, once each.
  const kpis: Record<KpiStatusName, number> = { "on-track": 0, "at-risk": 0, "off-track": 0, "no-data": 0 };
  for (const { kpi } of measuring) kpis[kpi.status.status]++;
  const width = 240;
  const sparkline = emotionCurveLayout(
    touchpoints.map((tp, column) => ({ column, id: tp.id, name: tp.name, emotion: tp.emotion, momentOfTruth: tp.moment_of_truth })),
    [],
    Math.max(1, touchpoints.length),
    width / Math.max(1, touchpoints.length),
    SPARK_HEIGHT,
  );
  return {
    id: journey.id,
    title: journey.title,
    area,
    state: journey.state,
    personas,
    stages: journey.stages.map((s) => s.name),
    touchpoints: touchpoints.length,
    momentsOfTruth: touchpoints.filter((t) => t.moment_of_truth).length,
    summary: journey.summary,
    sparkline,
    lowest: sparkline.lowest ? { name: sparkline.lowest.name, emotion: sparkline.lowest.emotion } : undefined,
    kpis,
    kpiCount: measuring.length,
    health: healthView(health, measuring.length, analysis.locale),
    gaps: severityCounts(gaps, analysis.locale),
    searchText: [journey.title, journey.summary ?? "", area, ...personas.map((p) => p.name), ...touchpoints.map((t) => t.name)].join(" ").toLowerCase(),
  };
}

/**
 * An area's own listing: every journey of the area, by title, for the pages `/areas/<slug>/`, `/areas/<slug>/2/`…
 * Only the journeys' ids and titles: each page makes the cards it shows (areaCards). Astro keeps every page's share
 * of the listing for the whole build, and all the cards had held 12 MB of it at 1,000 journeys.
 */
export function areaListings(analysis: Analysis): { name: string; slug: string; journeys: { id: string; title: string }[] }[] {
  const other = t(analysis.locale).ui.home.otherArea;
  const areas = new Map<string, { id: string; title: string }[]>();
  for (const { id, journey, loaded } of analysis.journeys) {
    const area = loaded.area ?? other;
    const journeys = areas.get(area);
    if (journeys) journeys.push({ id, title: journey.title });
    else areas.set(area, [{ id, title: journey.title }]);
  }
  return [...areas]
    .sort(([a], [b]) => compareText(a, b))
    .map(([name, journeys]) => ({ name, slug: areaSlug(name), journeys: journeys.sort((a, b) => compareText(a.title, b.title) || compareText(a.id, b.id)) }));
}

/** The cards of the given journeys, in that order. */
export function areaCards(analysis: Analysis, journeys: readonly { id: string }[]): JourneyCard[] {
  return journeys.map(({ id }) => journeyCard(analysis, analysis.journey(id)!));
}

/** `Retail & Home` → `retail-home`: an area's address. */
export function areaSlug(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "area";
}

const SEVERITY_RANK: Record<GapSeverity, number> = { error: 0, warning: 1, info: 2 };

function portfolioSummary(analysis: Analysis, cards: readonly JourneyCard[]): PortfolioSummary {
  const scores = analysis.journeys.map((j) => j.health.score);
  const mean = scores.length ? Math.round(scores.reduce((n, s) => n + s, 0) / scores.length) : 0;
  const bands = (["good", "fair", "poor"] as const).map((id) => {
    const band = healthBand(id === "good" ? 100 : id === "fair" ? 60 : 0, analysis.locale);
    return { id, label: band.label, icon: band.icon, count: cards.filter((c) => c.health.band.id === id).length };
  });
  const moments = new Map(analysis.journeys.map((j) => [j.id, new Set(j.journey.stages.flatMap((s) => s.touchpoints.filter((t) => t.moment_of_truth).map((t) => t.id)))]));
  const gaps = analysis.journeys
    .flatMap((j) => j.gaps.map((g) => ({ g, j })))
    .filter(({ g }) => g.severity !== "info")
    .sort((a, b) => SEVERITY_RANK[a.g.severity] - SEVERITY_RANK[b.g.severity] || Number(moments.get(b.j.id)!.has(b.g.touchpoint ?? "")) - Number(moments.get(a.j.id)!.has(a.g.touchpoint ?? "")) || compareText(a.j.journey.title, b.j.journey.title));
  const journeyHref = (id: string) => href(`/journeys/${id}/`);
  const seenKpis = new Set<string>();
  const offTrack = analysis.kpis
    .filter((k) => k.status.status === "off-track")
    .sort((a, b) => Math.abs(b.status.relativeGap ?? 0) - Math.abs(a.status.relativeGap ?? 0) || compareText(a.kpi.name, b.kpi.name))
    .filter((k) => (seenKpis.has(k.id) ? false : (seenKpis.add(k.id), true)));
  return {
    touchpoints: cards.reduce((n, c) => n + c.touchpoints, 0),
    health: { mean, bands },
    weakest: [...cards]
      .sort((a, b) => a.health.score - b.health.score || compareText(a.title, b.title))
      .slice(0, SUMMARY_ITEMS)
      .map((c) => ({ id: c.id, title: c.title, href: journeyHref(c.id), score: c.health.score, band: c.health.band.label, icon: c.health.band.icon })),
    worstGaps: gaps.slice(0, SUMMARY_ITEMS).map(({ g, j }) => ({
      title: g.title,
      severity: g.severity,
      icon: SEVERITY_ICONS[g.severity],
      journey: { title: j.journey.title, href: journeyHref(j.id) },
      href: `${journeyHref(j.id)}${g.touchpoint ? `#${g.touchpoint}` : "#gaps"}`,
    })),
    offTrack: offTrack.slice(0, SUMMARY_ITEMS + 1).map((k) => ({ id: k.id, name: k.kpi.name, href: href(`/kpis/#kpi-${k.id}`) })),
    gaps: severityCounts(analysis.journeys.flatMap((j) => j.gaps), analysis.locale),
  };
}
