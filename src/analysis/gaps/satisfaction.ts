/**
 * Importance × satisfaction [003]: a map documents each step's relative importance to the customer and how
 * satisfied the customer is with it today. A step customers rate very important (`importance` ≥
 * `important_from`) and are unsatisfied with (`satisfaction` ≤ `unsatisfied_up_to`) sits in the priority
 * quadrant: where improving pays most.
 */
import { onStep, type GapRule } from "./rule.ts";

export const importantUnsatisfied: GapRule = {
  id: "satisfaction/important-unsatisfied",
  description:
    "A touchpoint customers rate very important (`importance` ≥ `important_from`) and are unsatisfied with (`satisfaction` ≤ `unsatisfied_up_to`): the priority quadrant.",
  concept: "Importance × satisfaction [003]",
  check: (context) =>
    context.steps.flatMap((s) => {
      const { importance, satisfaction } = s.touchpoint;
      if (importance === undefined || satisfaction === undefined) return [];
      if (importance < context.settings.important_from || satisfaction > context.settings.unsatisfied_up_to) return [];
      return [
        {
          title: context.words.importantUnsatisfied.title(s.touchpoint.name, importance, satisfaction),
          action:
            s.touchpoint.opportunities.length > 0
              ? context.words.importantUnsatisfied.withOpportunity(s.touchpoint.opportunities[0]!.text)
              : context.words.importantUnsatisfied.action,
          ...onStep(s),
          location: context.at([...s.path, "satisfaction"]),
        },
      ];
    }),
};
