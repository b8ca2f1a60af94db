import type { GapSettings, Journey, Path } from "../model/index.ts";
import type { KpiStatusName } from "./kpi-status.ts";

export interface PathStep {
  id: string;
  name: string;
  stage: string;
  emotion: number;
  momentOfTruth: boolean;
}

export interface PathAnalysis {
  path: Path;
  steps: PathStep[];
  /** The lowest emotion along the path: where this group of customers is most at risk. */
  lowest?: PathStep;
  /** High priority (by `priority` or `share`, thresholds in the gap settings) [000: "top 10 critical paths"]. */
  critical: boolean;
  kpis: { id: string; name: string; status: KpiStatusName }[];
}

/** The journey's paths, most critical first (by priority, then as written). */
export function analysePaths(
  journey: Journey,
  kpi: (id: string) => { kpi: { name: string }; status: { status: KpiStatusName } } | undefined,
  settings: Pick<GapSettings, "critical_priority" | "critical_share">,
): PathAnalysis[] {
  const touchpoints = new Map(journey.stages.flatMap((s) => s.touchpoints.map((t) => [t.id, { t, stage: s.id }] as const)));
  return journey.paths
    .map((path, order) => {
      const steps = path.touchpoints.flatMap((id) => {
        const found = touchpoints.get(id);
        return found ? [{ id, name: found.t.name, stage: found.stage, emotion: found.t.emotion, momentOfTruth: found.t.moment_of_truth }] : [];
      });
      const lowest = steps.reduce<PathStep | undefined>((low, s) => (!low || s.emotion < low.emotion ? s : low), undefined);
      const critical = (path.priority !== undefined && path.priority <= settings.critical_priority) || (path.share !== undefined && path.share >= settings.critical_share);
      const kpis = path.kpis.flatMap((id) => {
        const found = kpi(id);
        return found ? [{ id, name: found.kpi.name, status: found.status.status }] : [];
      });
      return { order, analysis: { path, steps, lowest, critical, kpis } };
    })
    .sort((a, b) => (a.analysis.path.priority ?? Infinity) - (b.analysis.path.priority ?? Infinity) || a.order - b.order)
    .map(({ analysis }) => analysis);
}
