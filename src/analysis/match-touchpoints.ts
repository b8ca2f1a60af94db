import type { Journey, Stage, Touchpoint } from "../model/index.ts";

/** A touchpoint with the stage it sits in. */
export interface Placed {
  touchpoint: Touchpoint;
  stage: Stage;
}

export interface TouchpointMatch {
  /** Pairs in the order of the later journey: same id, or a detected rename (`renamed: true`). */
  matched: { before: Placed; after: Placed; renamed: boolean }[];
  /** Only in the earlier journey, in its order. */
  removed: Placed[];
  /** Only in the later journey, in its order. */
  added: Placed[];
}

/**
 * Which touchpoint of one journey is which of another: by id first, then a removed and an added touchpoint
 * are one renamed touchpoint when their names match, or most of their words do on the same channel.
 * One engine for the diff between commits and the comparison of a redesign with today's journey.
 */
export function matchTouchpoints(before: Journey | undefined, after: Journey | undefined): TouchpointMatch {
  const a = placed(before);
  const b = placed(after);
  const removed = [...a.values()].filter((p) => !b.has(p.touchpoint.id));
  const added = [...b.values()].filter((p) => !a.has(p.touchpoint.id));
  const renames = new Map<string, Placed>();
  const taken = new Set<string>();
  for (const old of removed) {
    const match = added.find((n) => !taken.has(n.touchpoint.id) && similar(old.touchpoint, n.touchpoint));
    if (!match) continue;
    renames.set(match.touchpoint.id, old);
    taken.add(match.touchpoint.id);
  }
  const renamedFrom = new Set([...renames.values()].map((p) => p.touchpoint.id));
  const matched: TouchpointMatch["matched"] = [];
  for (const [id, later] of b) {
    const same = a.get(id);
    if (same) matched.push({ before: same, after: later, renamed: false });
    const old = renames.get(id);
    if (old) matched.push({ before: old, after: later, renamed: true });
  }
  return {
    matched,
    removed: removed.filter((p) => !renamedFrom.has(p.touchpoint.id)),
    added: added.filter((p) => !taken.has(p.touchpoint.id)),
  };
}

function placed(journey: Journey | undefined): Map<string, Placed> {
  return new Map((journey?.stages ?? []).flatMap((stage) => stage.touchpoints.map((touchpoint) => [touchpoint.id, { touchpoint, stage }] as const)));
}

function similar(a: Touchpoint, b: Touchpoint): boolean {
  if (a.name.trim().toLowerCase() === b.name.trim().toLowerCase()) return true;
  const words = (t: Touchpoint) => new Set(`${t.name} ${t.does ?? ""} ${t.thinks ?? ""}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return a.channel === b.channel && shared / Math.max(1, new Set([...x, ...y]).size) >= 0.6;
}
