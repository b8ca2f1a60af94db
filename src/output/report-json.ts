import type { GapRuleId, GapSeverity, Kpi } from "../model/index.ts";
import type { ContentIndex } from "../analysis/content-index.ts";
import { asOfDate, countBySeverity, journeyGaps } from "../analysis/find-gaps.ts";
import { journeyKpis } from "../analysis/gaps/journey-kpis.ts";
import { journeyHealth, type Health } from "../analysis/health.ts";
import { kpiStatus, type KpiStatusName, type KpiTrend } from "../analysis/kpi-status.ts";
import { compareRedesign, type RedesignComparison } from "../analysis/redesign.ts";
import { mermaidJourney } from "./mermaid-journey.ts";

/** The stable JSON of `journeymap report --format json` (documented in the README); bump `version` on a breaking change. */
export interface Report {
  version: 1;
  /** The reference date for staleness, `YYYY-MM-DD`. */
  asOf: string;
  totals: { journeys: number; gaps: Record<GapSeverity, number> };
  journeys: JourneyReport[];
}

export interface JourneyReport {
  id: string;
  title: string;
  state: "current" | "future";
  redesigns?: string;
  file: string;
  personas: string[];
  health: Health;
  /** The emotion curve as a Mermaid `journey` diagram. */
  mermaid: string;
  kpis: KpiReport[];
  gaps: GapReport[];
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
  status: KpiStatusName;
  latest?: { date: string; value: number };
  trend: KpiTrend;
  stale: boolean;
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
  owner?: string;
  file: string;
  line: number;
  col: number;
}

/** Health, KPIs, gaps and redesign of each journey (or of one), in the order the content lists them. */
export function buildReport(index: ContentIndex, journeyIds?: readonly string[]): Report {
  const asOf = asOfDate(index.content);
  const settings = index.content.config.gaps;
  const chosen = index.content.journeys.filter((j) => !journeyIds || journeyIds.includes(j.data.id));
  const journeys = chosen.map(({ data: journey, file }): JourneyReport => {
    const gaps = journeyGaps(index, journey.id);
    const current = journey.state === "future" && journey.redesigns ? index.journeys.get(journey.redesigns)?.data : undefined;
    return {
      id: journey.id,
      title: journey.title,
      state: journey.state,
      ...(journey.redesigns ? { redesigns: journey.redesigns } : {}),
      file,
      personas: journey.persona,
      health: journeyHealth(index, journey, gaps),
      mermaid: mermaidJourney(journey, journey.persona.map((id) => index.personas.get(id)?.data.name ?? id)),
      kpis: journeyKpis(index, journey).map(({ kpi: { data: kpi }, stage }) => {
        const status = kpiStatus(kpi, { asOf, staleAfterDays: settings.stale_after_days });
        return strip({
          id: kpi.id,
          name: kpi.name,
          unit: kpi.unit,
          currency: kpi.currency,
          direction: kpi.direction,
          target: kpi.target,
          warning: kpi.warning,
          status: status.status,
          latest: status.latest ? { date: status.latest.date, value: status.latest.value } : undefined,
          trend: status.trend,
          stale: status.stale,
          owner: kpi.owner,
          stage: stage?.id,
        });
      }),
      gaps: gaps.map((g) =>
        strip({
          rule: g.rule,
          severity: g.severity,
          title: g.title,
          action: g.action,
          stage: g.stage,
          touchpoint: g.touchpoint,
          kpi: g.kpi,
          owner: g.owner,
          file: g.location.file,
          line: g.location.line,
          col: g.location.col,
        }),
      ),
      ...(current ? { redesign: compareRedesign(current, journey) } : {}),
    };
  });
  const totals = countBySeverity(journeys.flatMap((j) => j.gaps));
  return { version: 1, asOf, totals: { journeys: journeys.length, gaps: totals }, journeys };
}

/** Leaves out undefined fields so the JSON has no `"x": null` noise and stays byte-stable. */
function strip<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
