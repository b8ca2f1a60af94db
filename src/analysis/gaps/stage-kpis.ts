/** KPI targets per stage [001, 003]: a stage without a metric cannot tell whether it works. */
import type { GapRule } from "./rule.ts";

export const stageNoKpi: GapRule = {
  id: "stage/no-kpi",
  description: "A stage with no KPI: nothing tells whether it works.",
  concept: "KPI targets per stage [001, 003]",
  check: (context) =>
    context.journey.stages.flatMap((stage, s) => {
      const measured = context.index.stageKpis(context.journey, stage).length > 0 || stage.touchpoints.some((t) => t.kpis.length > 0);
      if (measured) return [];
      return [
        {
          title: context.words.stageNoKpi.title(stage.name),
          action: context.words.stageNoKpi.action,
          stage: stage.id,
          location: context.at(["stages", s, "id"]),
        },
      ];
    }),
};
