import type { Analysis } from "../analysis/analyse.ts";
import type { KpiStatusName } from "../analysis/kpi-status.ts";
import { emotionCurveLayout, type CurveLayout } from "./emotion-curve.layout.ts";
import { severityCounts, type SeverityCount } from "./gap-severity.ts";
import { healthView, type HealthView } from "./health-view.ts";

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

export interface PortfolioView {
  title: string;
  journeys: number;
  areas: { name: string; journeys: JourneyCard[] }[];
  personas: { id: string; name: string }[];
}

const SPARK_HEIGHT = 56;

/** The home page: one card per journey, grouped by product area, in a stable order. */
export function portfolioView(analysis: Analysis): PortfolioView {
  const { content, index } = analysis;
  const areas = new Map<string, JourneyCard[]>();
  for (const { journey, loaded: { area = "Other journeys" }, kpis: measuring, gaps, health } of analysis.journeys) {
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
    const card: JourneyCard = {
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
      health: healthView(health, measuring.length),
      gaps: severityCounts(gaps),
      searchText: [journey.title, journey.summary ?? "", area, ...personas.map((p) => p.name), ...touchpoints.map((t) => t.name)].join(" ").toLowerCase(),
    };
    areas.set(area, [...(areas.get(area) ?? []), card]);
  }
  return {
    title: content.config.title,
    journeys: content.journeys.length,
    areas: [...areas.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, journeys]) => ({ name, journeys: journeys.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id)) })),
    personas: content.personas.map((p) => ({ id: p.data.id, name: p.data.name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
