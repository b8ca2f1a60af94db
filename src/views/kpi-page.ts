import type { Journey, Kpi } from "../model/index.ts";
import type { KpiAtCommit } from "../analysis/history.ts";
import type { Analysis } from "../analysis/analyse.ts";
import type { LoadedJourney } from "../model/content.ts";
import { KPI_STATUS_LABELS, type KpiStatus, type KpiStatusName } from "../analysis/kpi-status.ts";
import { formatDate, formatKpiValue } from "../model/vocabulary.ts";
import { t, INTL_TAGS, type Locale } from "../i18n/index.ts";
import { kpiHistoryLayout, type HistoryLayout } from "./kpi-history.layout.ts";
import { compareText } from "../i18n/text-order.ts";

interface KpiStageRef {
  journeyId: string;
  journeyTitle: string;
  /** The current-state journey this one redesigns, if any. */
  redesigns?: string;
  stageId: string;
  stageName: string;
}

export interface KpiCardView {
  id: string;
  name: string;
  description?: string;
  owner?: string;
  source?: string;
  unit: string;
  direction: Kpi["direction"];
  directionLabel: string;
  status: KpiStatusName;
  statusLabel: string;
  target: string;
  warning?: string;
  latest?: { value: string; date: string; note?: string };
  /** `Stale: last measured 95 days before 31 Oct 2026 (monthly)`, when the latest value is older than its cadence allows. */
  stale?: string;
  /** e.g. `4.2 points below target (−6%)`; absent without data. */
  gap?: string;
  /**
   * The stages it measures, grouped by journey. First the journey whose section the card is in, which needs no name;
   * the others are named, a redesign of that journey simply as "the future state".
   */
  measures: { journeyId: string; journeyName?: string; stages: { id: string; name: string }[] }[];
  /** Journeys the KPI also measures beyond the MEASURES_SHOWN listed: a shared KPI's card stays small at any scale. */
  moreJourneys: number;
  chart?: { layout: HistoryLayout; title: string; description: string };
  measurements: { date: string; value: string; note?: string }[];
  /** How the target moved over the content's git history, when it did: oldest first. */
  targetHistory?: { date: string; target: string; commit: string }[];
}

export interface KpiGroup {
  /** For the section's id and heading link; absent for the KPIs tied to no stage. */
  journey?: { id: string; area?: string; future: boolean };
  title: string;
  counts: StatusCount[];
  kpis: KpiCardView[];
}

export interface StatusCount {
  status: KpiStatusName;
  label: string;
  count: number;
}

export interface KpiPageView {
  total: number;
  /** Journeys with at least one KPI. */
  journeys: number;
  /** The reference date statuses and staleness are measured against (the report's `asOf`). */
  asOf: string;
  /** KPIs whose latest value is older than their cadence allows. */
  stale: { id: string; name: string }[];
  summary: StatusCount[];
  /** Off-track, then at-risk KPIs, each worst first: what a stakeholder should look at. Empty statuses are left out. */
  attention: { status: KpiStatusName; label: string; kpis: { id: string; name: string }[] }[];
  groups: KpiGroup[];
}

/** The same shapes as the KPI badges on the journey maps, so a status reads without colour. */
export { KPI_STATUS_ICONS as STATUS_ICONS } from "../analysis/kpi-status.ts";
/** The order stakeholders read the summary in. */
const SUMMARY_ORDER: KpiStatusName[] = ["on-track", "at-risk", "off-track", "no-data"];
/** Within a group the worst comes first; no data ranks before on-track because it may hide a problem. */
const SEVERITY: Record<KpiStatusName, number> = { "off-track": 0, "at-risk": 1, "no-data": 2, "on-track": 3 };

/** The KPI page: a status summary, then one section per journey with its KPIs worst first. */
export function kpiPageView(analysis: Analysis, targets?: ReadonlyMap<string, readonly KpiAtCommit[]>): KpiPageView {
  const journeys = orderedJourneys(analysis);
  const measured = measuredStages(analysis, journeys);
  const scored = analysis.kpis.map(({ kpi, status }) => ({ kpi, status })).sort(bySeverity);

  const groups = new Map<string, KpiCardView[]>();
  for (const { kpi, status } of scored) {
    const refs = measured.get(kpi.id) ?? [];
    const key = refs[0]?.journeyId ?? "";
    groups.set(key, [...(groups.get(key) ?? []), withTargetHistory(kpiCard(kpi, status, refs, analysis.asOf, analysis.locale), kpi, targets?.get(kpi.id), analysis.locale)]);
  }
  const sections = journeys.flatMap(({ data: j, area }) => {
    const kpis = groups.get(j.id);
    return kpis ? [{ journey: { id: j.id, area, future: j.state === "future" }, title: j.title, counts: countByStatus(kpis.map((k) => k.status), analysis.locale), kpis }] : [];
  });
  const untied = groups.get("");
  return {
    total: scored.length,
    journeys: sections.length,
    asOf: formatDate(analysis.asOf, analysis.locale),
    stale: scored.filter((s) => s.status.stale).map((s) => ({ id: s.kpi.id, name: s.kpi.name })),
    summary: countByStatus(scored.map((s) => s.status.status), analysis.locale),
    attention: (["off-track", "at-risk"] as const).flatMap((status) => {
      const kpis = scored.filter((s) => s.status.status === status).map((s) => ({ id: s.kpi.id, name: s.kpi.name }));
      return kpis.length > 0 ? [{ status, label: t(analysis.locale).kpiStatus[status], kpis }] : [];
    }),
    groups: untied ? [...sections, { title: t(analysis.locale).ui.kpi.untied, counts: countByStatus(untied.map((k) => k.status), analysis.locale), kpis: untied }] : sections,
  };
}

/**
 * By area, then title, except that a redesign follows the journey it redesigns: a KPI measuring
 * both is then filed under today's journey, wherever the redesign's own area would sort.
 */
function orderedJourneys({ index }: Analysis): LoadedJourney[] {
  const sortKey = (j: LoadedJourney) => {
    const current = (j.data.redesigns && index.journeys.get(j.data.redesigns)) || j;
    return [current.area ?? "", current.data.title, j.data.state === "future" ? 1 : 0, j.data.title] as const;
  };
  return [...index.content.journeys].sort((a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    return compareText(x[0], y[0]) || compareText(x[1], y[1]) || x[2] - y[2] || compareText(x[3], y[3]);
  });
}

/** Every stage a KPI measures: named by the stage, by the KPI, or by a touchpoint within the stage. */
function measuredStages({ index }: Analysis, journeys: LoadedJourney[]): Map<string, KpiStageRef[]> {
  const out = new Map<string, KpiStageRef[]>();
  for (const { data: journey } of journeys) {
    for (const stage of journey.stages) {
      const ids = new Set([...index.stageKpis(journey, stage).map((k) => k.id), ...stage.touchpoints.flatMap((t) => t.kpis)]);
      for (const id of ids) {
        const refs = out.get(id);
        // Pushed, not copied: a KPI that every journey measures has thousands of stages at N = 1,000.
        if (refs) refs.push(stageRef(journey, stage.id, stage.name));
        else out.set(id, [stageRef(journey, stage.id, stage.name)]);
      }
    }
  }
  return out;
}

function stageRef(journey: Journey, stageId: string, stageName: string): KpiStageRef {
  return { journeyId: journey.id, journeyTitle: journey.title, redesigns: journey.redesigns, stageId, stageName };
}

function bySeverity(a: { kpi: Kpi; status: KpiStatus }, b: { kpi: Kpi; status: KpiStatus }): number {
  return SEVERITY[a.status.status] - SEVERITY[b.status.status] || shortfall(b) - shortfall(a) || compareText(a.kpi.name, b.kpi.name);
}

/** How far a KPI misses its target, relative to it, whatever its direction: larger is worse. */
function shortfall({ kpi, status }: { kpi: Kpi; status: KpiStatus }): number {
  const gap = status.relativeGap ?? 0;
  return kpi.direction === "higher" ? -gap : gap;
}

function countByStatus(statuses: KpiStatusName[], locale: Locale = "en"): StatusCount[] {
  return SUMMARY_ORDER.map((status) => ({ status, label: t(locale).kpiStatus[status], count: statuses.filter((s) => s === status).length }));
}

function withTargetHistory(card: KpiCardView, kpi: Kpi, history?: readonly KpiAtCommit[], locale: Locale = "en"): KpiCardView {
  if (!history || history.length < 2) return card;
  const targetHistory = history.map((h) => ({ date: formatDate(h.commit.date.slice(0, 10), locale), target: formatKpiValue(h.target, kpi, locale), commit: h.commit.commit.slice(0, 7) }));
  return { ...card, targetHistory };
}

function kpiCard(kpi: Kpi, status: KpiStatus, refs: KpiStageRef[], asOf: string, locale: Locale = "en"): KpiCardView {
  const words = t(locale);
  const format = (value: number) => formatKpiValue(value, kpi, locale);
  const measurements = kpi.measurements.map((m) => ({ date: formatDate(m.date, locale), value: format(m.value), note: m.note }));
  const target = format(kpi.target);
  const warning = kpi.warning === undefined ? undefined : format(kpi.warning);
  return {
    id: kpi.id,
    name: kpi.name,
    description: kpi.description,
    owner: kpi.owner,
    source: kpi.source,
    unit: kpi.unit === "currency" ? words.ui.kpi.currency(kpi.currency ?? "") : (words.ui.kpi.units[kpi.unit] ?? kpi.unit[0]!.toUpperCase() + kpi.unit.slice(1)),
    direction: kpi.direction,
    directionLabel: kpi.direction === "higher" ? words.ui.kpi.higher : words.ui.kpi.lower,
    status: status.status,
    statusLabel: words.kpiStatus[status.status],
    target,
    warning,
    latest: status.latest && { value: format(status.latest.value), date: formatDate(status.latest.date, locale), note: status.latest.note },
    stale: status.stale ? words.ui.kpi.staleText(status.age ?? 0, formatDate(asOf, locale), kpi.cadence) : undefined,
    gap: gapText(kpi, status, locale),
    measures: byJourney(refs, words.ui.kpi.futureState).slice(0, MEASURES_SHOWN),
    moreJourneys: Math.max(0, byJourney(refs, words.ui.kpi.futureState).length - MEASURES_SHOWN),
    chart:
      kpi.measurements.length === 0
        ? undefined
        : {
            layout: kpiHistoryLayout({ measurements: kpi.measurements, target: kpi.target, warning: kpi.warning, formatValue: format, words: words.ui.kpisPage }),
            title: words.ui.kpi.chartTitle(kpi.name),
            description: words.ui.kpisPage.chartDescription(
              measurements.length,
              measurements.map((m) => `${m.date}: ${m.value}${m.note ? ` (${m.note})` : ""}`).join("; "),
              target,
              warning,
              kpi.direction === "higher",
            ),
          },
    measurements,
  };
}

/** `4.2 points below target (−6%)`: percentages differ in points, everything else in the KPI's own unit. */
export function gapText(kpi: Pick<Kpi, "unit" | "currency">, status: Pick<KpiStatus, "gap" | "relativeGap">, locale: Locale = "en"): string | undefined {
  const words = t(locale).ui.kpi;
  if (status.gap === undefined) return undefined;
  if (status.gap === 0) return words.onTarget;
  const size = Math.abs(status.gap);
  const amount =
    kpi.unit === "percent" ? words.points(new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: 2 }).format(size), size === 1) : formatKpiValue(size, kpi, locale);
  return words.gap(amount, status.gap > 0, status.relativeGap === undefined ? "" : signedPercent(status.relativeGap, locale));
}

/** `−6%`, `+0.5%`: a true minus sign, and a decimal only where whole percents would read as zero change. */
function signedPercent(ratio: number, locale: Locale = "en"): string {
  const digits = Math.abs(ratio) < 0.1 ? 1 : 0;
  const text = new Intl.NumberFormat(INTL_TAGS[locale], { style: "percent", maximumFractionDigits: digits }).format(Math.abs(ratio));
  return `${ratio < 0 ? "−" : "+"}${text}`;
}

/** Journeys listed on a KPI card; the card counts the rest. */
export const MEASURES_SHOWN = 6;

function byJourney(refs: KpiStageRef[], futureState = "the future state"): KpiCardView["measures"] {
  const section = refs[0]?.journeyId;
  const out = new Map<string, KpiCardView["measures"][number]>();
  for (const ref of refs) {
    const journeyName = ref.journeyId === section ? undefined : ref.redesigns === section ? futureState : ref.journeyTitle;
    const entry = out.get(ref.journeyId) ?? { journeyId: ref.journeyId, journeyName, stages: [] };
    entry.stages.push({ id: ref.stageId, name: ref.stageName });
    out.set(ref.journeyId, entry);
  }
  return [...out.values()];
}
