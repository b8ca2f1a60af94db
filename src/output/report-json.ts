import type { GapRuleId, GapSeverity, Kpi } from "../model/index.ts";
import type { Analysis, StepPosition } from "../analysis/analyse.ts";
import { countBySeverity, type Gap } from "../analysis/find-gaps.ts";
import type { Health } from "../analysis/health.ts";
import type { KpiStatus, KpiStatusName, KpiTrend } from "../analysis/kpi-status.ts";
import type { RedesignComparison } from "../analysis/redesign.ts";
import { mermaidJourney } from "./mermaid-journey.ts";

/** The stable JSON of `journeymap report --format json` (documented in the README); bump `version` on a breaking change. */
export interface Report {
  version: 1;
  /** The reference date for staleness, `YYYY-MM-DD`. */
  asOf: string;
  /** Open gaps per severity (accepted ones are counted apart). */
  totals: { journeys: number; gaps: Record<GapSeverity, number>; accepted: number };
  journeys: JourneyReport[];
}

export interface JourneyReport {
  id: string;
  title: string;
  state: "current" | "future";
  redesigns?: string;
  file: string;
  /** The journey file's code owners from CODEOWNERS (GitHub's rules: the last matching pattern wins), when the repository has one. */
  reviewers?: string[];
  personas: string[];
  health: Health;
  /** The emotion curve as a Mermaid `journey` diagram. */
  mermaid: string;
  kpis: KpiReport[];
  /** Open gaps, most severe first. */
  gaps: GapReport[];
  /** Findings the authors accepted in the YAML, with their reason: outside the health score and `--fail-on`. */
  accepted: (GapReport & { reason: string })[];
  /** Importance × satisfaction of every step that states both [003]. */
  positions: StepPosition[];
  redesign?: RedesignComparison;
}

export interface KpiReport {
  id: string;
  name: string;
  unit: Kpi["unit"];
  currency?: string;
  direction: Kpi["direction"];
  target: number;
  warning?: number;
  cadence?: Kpi["cadence"];
  status: KpiStatusName;
  latest?: { date: string; value: number };
  trend: KpiTrend;
  stale: boolean;
  /** Days from the latest measurement to `asOf`. */
  age?: number;
  owner?: string;
  stage?: string;
}

export interface GapReport {
  rule: GapRuleId;
  severity: GapSeverity;
  title: string;
  action: string;
  stage?: string;
  touchpoint?: string;
  kpi?: string;
  path?: string;
  owner?: string;
  file: string;
  line: number;
  col: number;
}

export interface ReportOptions {
  /** A journey file's reviewers: the report reads CODEOWNERS once and names them per journey. */
  reviewers?: (file: string) => string[];
}

/** Health, KPIs, gaps and redesign of each journey (or of one), in the order the content lists them: read from the one analysis. */
export function buildReport(analysis: Analysis, journeyIds?: readonly string[], options: ReportOptions = {}): Report {
  const chosen = analysis.journeys.filter((j) => !journeyIds || journeyIds.includes(j.id));
  const journeys = chosen.map(({ journey, loaded, gaps, accepted, health, kpis, redesign, positions }): JourneyReport => ({
    id: journey.id,
    title: journey.title,
    state: journey.state,
    ...(journey.redesigns ? { redesigns: journey.redesigns } : {}),
    file: loaded.file,
    ...(options.reviewers ? { reviewers: options.reviewers(loaded.file) } : {}),
    personas: journey.persona,
    health,
    mermaid: mermaidJourney(journey, journey.persona.map((id) => analysis.index.personas.get(id)?.data.name ?? id)),
    kpis: kpis.map(({ kpi: { kpi, status }, stage }) => strip({ ...kpiFields(kpi, status), stage: stage?.id })),
    gaps: gaps.map(gapReport),
    accepted: accepted.map((g) => ({ ...gapReport(g), reason: g.accepted.reason })),
    positions,
    ...(redesign ? { redesign } : {}),
  }));
  const totals = countBySeverity(journeys.flatMap((j) => j.gaps));
  return { version: 1, asOf: analysis.asOf, totals: { journeys: journeys.length, gaps: totals, accepted: journeys.reduce((n, j) => n + j.accepted.length, 0) }, journeys };
}

/** A gap as the reports and the API write it. */
export function gapReport(g: Gap): GapReport {
  return strip({
    rule: g.rule,
    severity: g.severity,
    title: g.title,
    action: g.action,
    stage: g.stage,
    touchpoint: g.touchpoint,
    kpi: g.kpi,
    path: g.path,
    owner: g.owner,
    file: g.location.file,
    line: g.location.line,
    col: g.location.col,
  });
}

/** A KPI with its status as the report and the JSON API both give it. */
export function kpiFields(kpi: Kpi, status: KpiStatus) {
  return strip({
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    currency: kpi.currency,
    direction: kpi.direction,
    target: kpi.target,
    warning: kpi.warning,
    cadence: kpi.cadence,
    status: status.status,
    latest: status.latest ? { date: status.latest.date, value: status.latest.value } : undefined,
    trend: status.trend,
    stale: status.stale,
    age: status.age,
    owner: kpi.owner,
  });
}

/** Leaves out undefined fields so the JSON has no `"x": null` noise and stays byte-stable. */
export function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
