/**
 * Critical paths [000, 001, 002]: customers enter from different places and skip steps; teams rank their
 * most relevant paths ("top 10 critical paths") and analyse friction and drop-off along each. A
 * high-priority path (`priority` ≤ `critical_priority`, or `share` ≥ `critical_share`) whose lowest step
 * is very negative (≤ `critical_low`) loses many customers at one place.
 */
import { signed } from "../../model/vocabulary.ts";
import type { Path } from "../../model/index.ts";
import type { GapContext, GapRule } from "./rule.ts";

/** Whether the settings make this path a critical one. */
export function isCriticalPath(path: Path, settings: GapContext["settings"]): boolean {
  return (path.priority !== undefined && path.priority <= settings.critical_priority) || (path.share !== undefined && path.share >= settings.critical_share);
}

export const criticalLowPoint: GapRule = {
  id: "path/critical-low-point",
  description:
    "A high-priority path (`priority` ≤ `critical_priority` or `share` ≥ `critical_share`) whose lowest step feels `critical_low` or worse.",
  concept: "Critical paths [000, 002]",
  check: (context) => {
    const byId = new Map(context.steps.map((s) => [s.touchpoint.id, s] as const));
    return context.journey.paths.flatMap((path, p) => {
      if (!isCriticalPath(path, context.settings)) return [];
      const steps = path.touchpoints.flatMap((id, i) => {
        const step = byId.get(id);
        return step ? [{ step, i }] : [];
      });
      if (steps.length === 0) return [];
      const low = Math.min(...steps.map(({ step }) => step.touchpoint.emotion));
      if (low > context.settings.critical_low) return [];
      const { step, i } = steps.find(({ step }) => step.touchpoint.emotion === low)!;
      const rank = [
        path.share !== undefined ? context.words.criticalLowPoint.share(path.share) : undefined,
        path.priority !== undefined ? context.words.criticalLowPoint.priority(path.priority) : undefined,
      ].filter(Boolean);
      return [
        {
          title: context.words.criticalLowPoint.title(path.name, rank.join(", "), step.touchpoint.name, signed(low)),
          action:
            step.touchpoint.opportunities.length > 0
              ? context.words.criticalLowPoint.withOpportunity(step.touchpoint.opportunities[0]!.text)
              : context.words.criticalLowPoint.action(step.touchpoint.name),
          path: path.id,
          stage: step.stage.id,
          touchpoint: step.touchpoint.id,
          ...(step.touchpoint.owner ? { owner: step.touchpoint.owner } : {}),
          location: context.at(["paths", p, "touchpoints", i]),
        },
      ];
    });
  },
};
