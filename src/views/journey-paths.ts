import type { Journey } from "../model/index.ts";
import type { ContentIndex } from "../analysis/content-index.ts";
import { kpiStatus, type KpiStatusName } from "../analysis/kpi-status.ts";

export interface PathView {
  id: string;
  name: string;
  description?: string;
  priority?: number;
  share?: number;
  steps: { id: string; name: string; emotion: number; momentOfTruth: boolean }[];
  /** The lowest emotion along the path: where this group of customers is most at risk. */
  lowest?: { id: string; name: string; emotion: number };
  kpis: { id: string; name: string; status: KpiStatusName }[];
}

/** The journey's critical paths, most critical first (by priority, then as written). */
export function journeyPathsView(index: ContentIndex, journey: Journey): PathView[] {
  const touchpoints = new Map(journey.stages.flatMap((s) => s.touchpoints.map((t) => [t.id, t] as const)));
  return journey.paths
    .map((path, order) => {
      const steps = path.touchpoints.flatMap((id) => {
        const t = touchpoints.get(id);
        return t ? [{ id, name: t.name, emotion: t.emotion, momentOfTruth: t.moment_of_truth }] : [];
      });
      const lowest = steps.reduce<(typeof steps)[number] | undefined>((low, s) => (!low || s.emotion < low.emotion ? s : low), undefined);
      return {
        order,
        view: {
          id: path.id,
          name: path.name,
          description: path.description,
          priority: path.priority,
          share: path.share,
          steps,
          lowest: lowest && { id: lowest.id, name: lowest.name, emotion: lowest.emotion },
          kpis: path.kpis.flatMap((id) => {
            const kpi = index.kpis.get(id)?.data;
            return kpi ? [{ id, name: kpi.name, status: kpiStatus(kpi).status }] : [];
          }),
        },
      };
    })
    .sort((a, b) => (a.view.priority ?? Infinity) - (b.view.priority ?? Infinity) || a.order - b.order)
    .map(({ view }) => view);
}
