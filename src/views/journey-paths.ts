import type { JourneyAnalysis } from "../analysis/analyse.ts";
import type { KpiStatusName } from "../analysis/kpi-status.ts";

export interface PathView {
  id: string;
  name: string;
  description?: string;
  priority?: number;
  share?: number;
  /** High priority by `priority` or `share`: a critical path. */
  critical: boolean;
  steps: { id: string; name: string; emotion: number; momentOfTruth: boolean }[];
  /** The lowest emotion along the path: where this group of customers is most at risk. */
  lowest?: { id: string; name: string; emotion: number };
  kpis: { id: string; name: string; status: KpiStatusName }[];
}

/** The journey's critical paths, most critical first, as the analysis ranked them. */
export function journeyPathsView(journey: JourneyAnalysis): PathView[] {
  return journey.paths.map(({ path, steps, lowest, critical, kpis }) => ({
    id: path.id,
    name: path.name,
    description: path.description,
    priority: path.priority,
    share: path.share,
    critical,
    steps: steps.map(({ id, name, emotion, momentOfTruth }) => ({ id, name, emotion, momentOfTruth })),
    lowest: lowest && { id: lowest.id, name: lowest.name, emotion: lowest.emotion },
    kpis,
  }));
}
