/**
 * KPI data [001, 003]: a KPI needs a current value and the date it was measured. A KPI declares how often
 * it is measured (`cadence`), and is stale when two periods have passed without a new measurement; the
 * status, with its age and limit, comes from the analysis (`context.kpiStatus`).
 */
import { journeyKpis } from "./journey-kpis.ts";
import type { GapRule } from "./rule.ts";

export const kpiNoData: GapRule = {
  id: "kpi/no-data",
  description: "A KPI that measures the journey has no measurement yet.",
  concept: "KPI current value [001, 003]",
  check: (context) =>
    journeyKpis(context.index, context.journey)
      .filter(({ kpi }) => kpi.data.measurements.length === 0)
      .map(({ kpi, stage }) => ({
        title: context.words.kpiNoData.title(kpi.data.name),
        action: context.words.kpiNoData.action(kpi.data.source),
        stage: stage?.id,
        kpi: kpi.data.id,
        owner: kpi.data.owner,
        location: { file: kpi.file, ...kpi.at(["id"]) },
      })),
};

export const kpiStale: GapRule = {
  id: "kpi/stale",
  description:
    "A KPI's latest measurement is older than its cadence allows (two periods: weekly 15 days, monthly 62, quarterly 184, yearly 400), or than `stale_after_days` without a cadence, before the reference date.",
  concept: "KPI cadence: when it was measured [001, 003]",
  check: (context) =>
    journeyKpis(context.index, context.journey).flatMap(({ kpi, stage }) => {
      const status = context.kpiStatus(kpi.data.id);
      if (!status?.stale || !status.latest) return [];
      return [
        {
          title: context.words.kpiStale.title(kpi.data.name, status.latest.date, status.age ?? 0, context.asOf, kpi.data.cadence),
          action: context.words.kpiStale.action(kpi.data.source),
          stage: stage?.id,
          kpi: kpi.data.id,
          owner: kpi.data.owner,
          location: { file: kpi.file, ...kpi.at(["measurements", kpi.data.measurements.length - 1, "date"]) },
        },
      ];
    }),
};
