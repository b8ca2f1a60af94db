/**
 * KPI targets [001, 003, 000]: a KPI has a direction, a target and a current value; one below target
 * at a stage or touchpoint is a gap. Statuses come from the analysis (`context.kpiStatus`), computed once.
 */
import { journeyKpis } from "./journey-kpis.ts";
import type { GapRule } from "./rule.ts";

/** A KPI whose latest value misses its target (`kpi/off-track`) or sits between target and warning (`kpi/at-risk`). */
function kpiRule(id: "kpi/off-track" | "kpi/at-risk"): GapRule {
  const wanted = id === "kpi/off-track" ? "off-track" : "at-risk";
  return {
    id,
    description: id === "kpi/off-track" ? "A KPI's latest value is past its warning threshold (or misses a target that has none)." : "A KPI's latest value misses its target but not its warning threshold.",
    concept: "KPI below target [001, 000]",
    check: (context) =>
      journeyKpis(context.index, context.journey).flatMap(({ kpi, stage }) => {
        const status = context.kpiStatus(kpi.data.id);
        if (status?.status !== wanted || !status.latest) return [];
        const gap = Math.abs(Math.round((status.gap ?? 0) * 100) / 100);
        return [
          {
            title: context.words.kpiOffTarget.title(kpi.data.name, wanted === "off-track", status.latest.value, kpi.data.target, gap, kpi.data.unit === "percent", (status.gap ?? 0) > 0),
            action: context.words.kpiOffTarget.action(kpi.data.owner, stage?.name),
            stage: stage?.id,
            kpi: kpi.data.id,
            owner: kpi.data.owner,
            location: { file: kpi.file, ...kpi.at(["measurements", kpi.data.measurements.length - 1, "value"]) },
          },
        ];
      }),
  };
}

export const kpiOffTrack = kpiRule("kpi/off-track");
export const kpiAtRisk = kpiRule("kpi/at-risk");
