import { kpiStatus } from "../kpi-status.ts";
import { journeyKpis } from "./journey-kpis.ts";
import type { GapRule } from "./rule.ts";

export const kpiNoData: GapRule = {
  id: "kpi/no-data",
  description: "A KPI that measures the journey has no measurement yet.",
  check: (context) =>
    journeyKpis(context.index, context.journey)
      .filter(({ kpi }) => kpi.data.measurements.length === 0)
      .map(({ kpi, stage }) => ({
        title: `${kpi.data.name} has no measurement yet`,
        action: `Add the first value from ${kpi.data.source ?? "its data source"} under \`measurements\``,
        stage: stage?.id,
        kpi: kpi.data.id,
        owner: kpi.data.owner,
        location: { file: kpi.file, ...kpi.at(["id"]) },
      })),
};

export const kpiStale: GapRule = {
  id: "kpi/stale",
  description: "A KPI's latest measurement is older than `stale_after_days` before the reference date.",
  check: (context) =>
    journeyKpis(context.index, context.journey).flatMap(({ kpi, stage }) => {
      const status = kpiStatus(kpi.data, { asOf: context.asOf, staleAfterDays: context.settings.stale_after_days });
      if (!status.stale || !status.latest) return [];
      return [
        {
          title: `${kpi.data.name} was last measured on ${status.latest.date}, ${status.age} days before ${context.asOf}`,
          action: `Add a current measurement, or check that ${kpi.data.source ?? "its source"} still reports it`,
          stage: stage?.id,
          kpi: kpi.data.id,
          owner: kpi.data.owner,
          location: { file: kpi.file, ...kpi.at(["measurements", kpi.data.measurements.length - 1, "date"]) },
        },
      ];
    }),
};
