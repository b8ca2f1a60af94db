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
          title: `“${s.touchpoint.name}” matters a lot to customers (importance ${importance}/5) and leaves them unsatisfied (satisfaction ${satisfaction}/5)`,
          action:
            s.touchpoint.opportunities.length > 0
              ? `Put it first in the plan: ${s.touchpoint.opportunities[0]!.text}`
              : "Put it first in the plan: find out with customers what they miss here, and name the opportunity",
          ...onStep(s),
          location: context.at([...s.path, "satisfaction"]),
        },
      ];
    }),
};
