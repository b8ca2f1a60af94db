import type { GapSettings, Journey } from "../model/index.ts";

/**
 * Importance × satisfaction [003]: each step's relative importance to the customer against how satisfied
 * they are with it today. Important and unsatisfied is where to act first.
 */
export type Quadrant = "priority" | "strength" | "low-priority" | "overserved";

export interface StepPosition {
  touchpoint: string;
  name: string;
  stage: string;
  importance: number;
  satisfaction: number;
  quadrant: Quadrant;
}

export function importancePositions(journey: Journey, settings: Pick<GapSettings, "important_from" | "unsatisfied_up_to">): StepPosition[] {
  return journey.stages.flatMap((stage) =>
    stage.touchpoints.flatMap((t) => {
      if (t.importance === undefined || t.satisfaction === undefined) return [];
      const important = t.importance >= settings.important_from;
      const unsatisfied = t.satisfaction <= settings.unsatisfied_up_to;
      const quadrant: Quadrant = important ? (unsatisfied ? "priority" : "strength") : unsatisfied ? "low-priority" : "overserved";
      return [{ touchpoint: t.id, name: t.name, stage: stage.id, importance: t.importance, satisfaction: t.satisfaction, quadrant }];
    }),
  );
}
