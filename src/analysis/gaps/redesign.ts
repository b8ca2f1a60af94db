/**
 * Redesign regressions [domain: current state vs future state]: a future-state journey is the journey the team
 * designs; it must not make a stage feel worse than today (lower mean or lower lowest emotion), nor drop a
 * touchpoint that carried a KPI or was a moment of truth [004] without saying where that went.
 * Reads the redesign comparison the analysis computed (`context.redesign`).
 */
import { signed } from "../../model/vocabulary.ts";
import type { GapRule } from "./rule.ts";

export const stageWorse: GapRule = {
  id: "redesign/stage-worse",
  description: "A future-state journey makes a stage feel worse than today: a lower mean emotion, or a lower lowest point (stages matched by id).",
  concept: "Current state vs future state [domain]",
  check: (context) => {
    const redesign = context.redesign;
    if (!redesign || context.journey.state !== "future") return [];
    return redesign.stages.flatMap((stage) => {
      const s = context.journey.stages.findIndex((x) => x.id === stage.id);
      if (s < 0) return [];
      const worse: string[] = [];
      if (stage.current !== undefined && stage.future !== undefined && stage.future < stage.current) {
        worse.push(context.words.stageWorse.mean(signed(stage.future), signed(stage.current)));
      }
      if (stage.currentLowest !== undefined && stage.futureLowest !== undefined && stage.futureLowest < stage.currentLowest) {
        worse.push(context.words.stageWorse.lowest(signed(stage.futureLowest), signed(stage.currentLowest)));
      }
      if (worse.length === 0) return [];
      return [
        {
          title: context.words.stageWorse.title(stage.name, worse.join("; ")),
          action: context.words.stageWorse.action,
          stage: stage.id,
          location: context.at(["stages", s, "id"]),
        },
      ];
    });
  },
};

export const droppedTouchpoint: GapRule = {
  id: "redesign/dropped-touchpoint",
  description: "A future-state journey drops a touchpoint of today's journey that carried a KPI or was a moment of truth.",
  concept: "Current state vs future state; moments of truth [004]",
  check: (context) => {
    const redesign = context.redesign;
    if (!redesign || context.journey.state !== "future") return [];
    return redesign.removed
      .filter((t) => t.kpis.length > 0 || t.momentOfTruth)
      .map((t) => {
        const words = context.words.droppedTouchpoint;
        const carried = [t.momentOfTruth ? words.momentOfTruth : undefined, t.kpis.length ? words.measuredBy(t.kpis.join(", ")) : undefined].filter(Boolean).join(", ");
        return {
          title: words.title(t.name, t.id, t.stage, carried),
          action: t.kpis.length ? words.kpiAction(t.kpis.join(", ")) : words.action,
          stage: t.stageId,
          location: context.at(["redesigns"]),
        };
      });
  },
};
