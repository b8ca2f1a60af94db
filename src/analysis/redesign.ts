import type { Journey, Touchpoint } from "../model/index.ts";
import { round } from "../model/vocabulary.ts";
import { matchTouchpoints } from "./match-touchpoints.ts";

export interface TouchpointChange {
  id: string;
  /** The id it has today, when the redesign renamed it. */
  previousId?: string;
  name: string;
  stage: string;
  /** Field → [before, after], for the fields a stakeholder cares about. */
  changes: Record<string, [unknown, unknown]>;
}

export interface RedesignStage {
  id: string;
  name: string;
  /** Mean emotion today and in the redesign; undefined where the stage does not exist or has no touchpoints. */
  current?: number;
  future?: number;
  gain?: number;
  currentLowest?: number;
  futureLowest?: number;
}

export interface RedesignComparison {
  current: string;
  future: string;
  removed: { id: string; name: string; stage: string; stageId: string; kpis: string[]; momentOfTruth: boolean }[];
  added: { id: string; name: string; stage: string; stageId: string }[];
  changed: TouchpointChange[];
  /** Per stage (matched by stage id), in the redesign's order, then stages it removed. */
  stages: RedesignStage[];
}

const COMPARED = ["name", "channel", "owner", "emotion", "moment_of_truth", "control", "confidence"] as const satisfies readonly (keyof Touchpoint)[];

/** What a future-state journey removes, adds and changes against the current state, and how each stage feels. */
export function compareRedesign(current: Journey, future: Journey): RedesignComparison {
  const match = matchTouchpoints(current, future);
  const changed: TouchpointChange[] = [];
  for (const { before, after, renamed } of match.matched) {
    const changes: Record<string, [unknown, unknown]> = {};
    for (const field of COMPARED) if (before.touchpoint[field] !== after.touchpoint[field]) changes[field] = [before.touchpoint[field], after.touchpoint[field]];
    if (renamed || Object.keys(changes).length > 0) {
      changed.push({ id: after.touchpoint.id, ...(renamed ? { previousId: before.touchpoint.id } : {}), name: after.touchpoint.name, stage: after.stage.name, changes });
    }
  }
  const emotions = (j: Journey, id: string) => j.stages.find((s) => s.id === id)?.touchpoints.map((t) => t.emotion) ?? [];
  const mean = (xs: number[]) => (xs.length ? round(xs.reduce((n, x) => n + x, 0) / xs.length) : undefined);
  const lowest = (xs: number[]) => (xs.length ? Math.min(...xs) : undefined);
  const stageIds = [...new Map([...future.stages, ...current.stages].map((s) => [s.id, s.name])).entries()];
  return {
    current: current.id,
    future: future.id,
    removed: match.removed.map(({ touchpoint: t, stage }) => ({ id: t.id, name: t.name, stage: stage.name, stageId: stage.id, kpis: t.kpis, momentOfTruth: t.moment_of_truth })),
    added: match.added.map(({ touchpoint: t, stage }) => ({ id: t.id, name: t.name, stage: stage.name, stageId: stage.id })),
    changed,
    stages: stageIds.map(([id, name]) => {
      const before = emotions(current, id);
      const after = emotions(future, id);
      const c = mean(before);
      const f = mean(after);
      return { id, name, current: c, future: f, gain: c !== undefined && f !== undefined ? round(f - c) : undefined, currentLowest: lowest(before), futureLowest: lowest(after) };
    }),
  };
}
