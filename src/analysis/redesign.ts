import { round } from "../model/vocabulary.ts";
import type { Journey, Touchpoint } from "../model/index.ts";

export interface TouchpointChange {
  id: string;
  name: string;
  stage: string;
  /** Field → [before, after], for the fields a stakeholder cares about. */
  changes: Record<string, [unknown, unknown]>;
}

export interface RedesignComparison {
  current: string;
  future: string;
  removed: { id: string; name: string; stage: string }[];
  added: { id: string; name: string; stage: string }[];
  changed: TouchpointChange[];
  /** Average emotion per stage (matched by stage id), before and after. */
  stages: { id: string; name: string; current?: number; future?: number; gain?: number }[];
}

const COMPARED = ["name", "channel", "owner", "emotion", "moment_of_truth", "control", "confidence"] as const satisfies readonly (keyof Touchpoint)[];

/** What a future-state journey removes, adds and changes against the current state; touchpoints match by id. */
export function compareRedesign(current: Journey, future: Journey): RedesignComparison {
  const index = (j: Journey) => new Map(j.stages.flatMap((s) => s.touchpoints.map((t) => [t.id, { t, stage: s.name }] as const)));
  const before = index(current);
  const after = index(future);
  const changed: TouchpointChange[] = [];
  for (const [id, { t, stage }] of after) {
    const old = before.get(id)?.t;
    if (!old) continue;
    const changes: Record<string, [unknown, unknown]> = {};
    for (const field of COMPARED) if (old[field] !== t[field]) changes[field] = [old[field], t[field]];
    if (Object.keys(changes).length > 0) changed.push({ id, name: t.name, stage, changes });
  }
  const average = (j: Journey, id: string) => {
    const tps = j.stages.find((s) => s.id === id)?.touchpoints ?? [];
    return tps.length ? round(tps.reduce((n, t) => n + t.emotion, 0) / tps.length) : undefined;
  };
  const stageIds = [...new Map([...future.stages, ...current.stages].map((s) => [s.id, s.name])).entries()];
  return {
    current: current.id,
    future: future.id,
    removed: [...before].filter(([id]) => !after.has(id)).map(([id, { t, stage }]) => ({ id, name: t.name, stage })),
    added: [...after].filter(([id]) => !before.has(id)).map(([id, { t, stage }]) => ({ id, name: t.name, stage })),
    changed,
    stages: stageIds.map(([id, name]) => {
      const c = average(current, id);
      const f = average(future, id);
      return { id, name, current: c, future: f, gain: c !== undefined && f !== undefined ? round(f - c) : undefined };
    }),
  };
}

