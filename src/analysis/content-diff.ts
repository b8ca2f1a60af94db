import type { Journey, Kpi, Touchpoint } from "../model/index.ts";
import type { ContentIndex } from "./content-index.ts";
import { journeyGaps, type Gap } from "./find-gaps.ts";
import { journeyHealth } from "./health.ts";
import { kpiStatus, type KpiStatusName } from "./kpi-status.ts";

export type ChangeKind = "added" | "removed" | "changed" | "renamed";

export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface TouchpointDiff {
  kind: ChangeKind;
  id: string;
  /** For a detected rename: the id it had before. */
  previousId?: string;
  name: string;
  stage: string;
  fields: FieldChange[];
}

export interface JourneyDiff {
  kind: ChangeKind;
  id: string;
  title: string;
  fields: FieldChange[];
  stages: { kind: ChangeKind; id: string; name: string; fields: FieldChange[] }[];
  touchpoints: TouchpointDiff[];
  /** Emotion per touchpoint, in journey order, before and after: the curves to draw side by side. */
  curve: { before: { id: string; emotion: number }[]; after: { id: string; emotion: number }[] };
  gaps: { opened: GapSummary[]; closed: GapSummary[] };
  health: { before?: number; after?: number };
}

export interface GapSummary {
  rule: string;
  severity: string;
  title: string;
  touchpoint?: string;
  kpi?: string;
}

export interface KpiDiff {
  kind: ChangeKind;
  id: string;
  name: string;
  fields: FieldChange[];
  /** The latest actual before and after, when it moved. */
  actual?: { before?: { date: string; value: number }; after?: { date: string; value: number } };
  status: { before?: KpiStatusName; after?: KpiStatusName };
}

export interface ContentDiff {
  journeys: JourneyDiff[];
  personas: { kind: ChangeKind; id: string; name: string; fields: FieldChange[] }[];
  kpis: KpiDiff[];
}

/** What changed between two loads of the content: entity by entity, field by field, with gaps and health. */
export function diffContent(before: ContentIndex, after: ContentIndex): ContentDiff {
  const journeyIds = union([...before.journeys.keys()], [...after.journeys.keys()]);
  const journeys = journeyIds.flatMap((id) => {
    const diff = diffJourney(before, after, id);
    return diff ? [diff] : [];
  });
  const personaIds = union([...before.personas.keys()], [...after.personas.keys()]);
  const personas = personaIds.flatMap((id) => {
    const a = before.personas.get(id)?.data;
    const b = after.personas.get(id)?.data;
    const fields = fieldChanges(a, b, ["id"]);
    if (a && b && fields.length === 0) return [];
    return [{ kind: kindOf(a, b), id, name: (b ?? a)!.name, fields }];
  });
  const kpiIds = union([...before.kpis.keys()], [...after.kpis.keys()]);
  const kpis = kpiIds.flatMap((id) => {
    const diff = diffKpi(before.kpis.get(id)?.data, after.kpis.get(id)?.data);
    return diff ? [diff] : [];
  });
  return { journeys, personas, kpis };
}

function diffJourney(beforeIndex: ContentIndex, afterIndex: ContentIndex, id: string): JourneyDiff | undefined {
  const a = beforeIndex.journeys.get(id)?.data;
  const b = afterIndex.journeys.get(id)?.data;
  const fields = fieldChanges(a, b, ["id", "stages", "paths"]);
  const stages = diffStages(a, b);
  const touchpoints = diffTouchpoints(a, b);
  const gapsBefore = a ? journeyGaps(beforeIndex, id) : [];
  const gapsAfter = b ? journeyGaps(afterIndex, id) : [];
  const key = (g: Gap) => `${g.rule}|${g.touchpoint ?? ""}|${g.kpi ?? ""}|${g.stage ?? ""}|${g.title}`;
  const beforeKeys = new Set(gapsBefore.map(key));
  const afterKeys = new Set(gapsAfter.map(key));
  const opened = gapsAfter.filter((g) => !beforeKeys.has(key(g))).map(summary);
  const closed = gapsBefore.filter((g) => !afterKeys.has(key(g))).map(summary);
  const pathsChanged = JSON.stringify(a?.paths) !== JSON.stringify(b?.paths);
  if (a && b && fields.length === 0 && stages.length === 0 && touchpoints.length === 0 && opened.length === 0 && closed.length === 0 && !pathsChanged) return undefined;
  if (pathsChanged && a && b) fields.push({ field: "paths", before: a.paths.map((p) => p.id), after: b.paths.map((p) => p.id) });
  const curve = (j?: Journey) => (j ? j.stages.flatMap((s) => s.touchpoints.map((t) => ({ id: t.id, emotion: t.emotion }))) : []);
  return {
    kind: kindOf(a, b),
    id,
    title: (b ?? a)!.title,
    fields,
    stages,
    touchpoints,
    curve: { before: curve(a), after: curve(b) },
    gaps: { opened, closed },
    health: {
      before: a ? journeyHealth(beforeIndex, a, gapsBefore).score : undefined,
      after: b ? journeyHealth(afterIndex, b, gapsAfter).score : undefined,
    },
  };
}

function diffStages(a?: Journey, b?: Journey): JourneyDiff["stages"] {
  const before = new Map((a?.stages ?? []).map((s) => [s.id, s]));
  const after = new Map((b?.stages ?? []).map((s) => [s.id, s]));
  return union([...before.keys()], [...after.keys()]).flatMap((id) => {
    const x = before.get(id);
    const y = after.get(id);
    const fields = fieldChanges(x, y, ["id", "touchpoints"]);
    if (x && y && fields.length === 0) return [];
    return [{ kind: kindOf(x, y), id, name: (y ?? x)!.name, fields }];
  });
}

type Placed = { touchpoint: Touchpoint; stage: string };

function diffTouchpoints(a?: Journey, b?: Journey): TouchpointDiff[] {
  const place = (j?: Journey) => new Map((j?.stages ?? []).flatMap((s) => s.touchpoints.map((t) => [t.id, { touchpoint: t, stage: s.id }] as [string, Placed])));
  const before = place(a);
  const after = place(b);
  const removed = [...before.keys()].filter((id) => !after.has(id));
  const added = [...after.keys()].filter((id) => !before.has(id));
  const renames = detectRenames(removed.map((id) => before.get(id)!), added.map((id) => after.get(id)!));
  const out: TouchpointDiff[] = [];
  const renamedTo = new Set(renames.values());
  // In the order of the journey before the change, then what was added; a rename takes the old one's place.
  for (const id of union([...before.keys()], [...after.keys()])) {
    const x = before.get(id);
    const y = after.get(id);
    if (y && !x && renamedTo.has(id)) continue;
    const to = x && !y ? renames.get(id) : undefined;
    if (to) {
      const renamed = after.get(to)!;
      out.push({ kind: "renamed", id: to, previousId: id, name: renamed.touchpoint.name, stage: renamed.stage, fields: [{ field: "id", before: id, after: to }, ...placedChanges(x, renamed)] });
      continue;
    }
    const fields = placedChanges(x, y);
    if (x && y && fields.length === 0) continue;
    out.push({ kind: kindOf(x, y), id, name: (y ?? x)!.touchpoint.name, stage: (y ?? x)!.stage, fields });
  }
  return out;
}

/** A removed and an added touchpoint are one renamed touchpoint when their names match, or most of their words do. */
function detectRenames(removed: Placed[], added: Placed[]): Map<string, string> {
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const old of removed) {
    const match = added.find((n) => !taken.has(n.touchpoint.id) && similar(old.touchpoint, n.touchpoint));
    if (match) {
      renames.set(old.touchpoint.id, match.touchpoint.id);
      taken.add(match.touchpoint.id);
    }
  }
  return renames;
}

function similar(a: Touchpoint, b: Touchpoint): boolean {
  if (a.name.trim().toLowerCase() === b.name.trim().toLowerCase()) return true;
  const words = (t: Touchpoint) => new Set(`${t.name} ${t.does ?? ""} ${t.thinks ?? ""}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return a.channel === b.channel && shared / Math.max(1, new Set([...x, ...y]).size) >= 0.6;
}

function placedChanges(x?: Placed, y?: Placed): FieldChange[] {
  const fields = fieldChanges(x?.touchpoint, y?.touchpoint, ["id"]);
  if (x && y && x.stage !== y.stage) fields.unshift({ field: "stage", before: x.stage, after: y.stage });
  return fields;
}

function diffKpi(a?: Kpi, b?: Kpi): KpiDiff | undefined {
  const fields = fieldChanges(a, b, ["id", "measurements"]);
  const latest = (k?: Kpi) => {
    const m = k?.measurements.at(-1);
    return m ? { date: m.date, value: m.value } : undefined;
  };
  const moved = JSON.stringify(latest(a)) !== JSON.stringify(latest(b));
  const history = JSON.stringify(a?.measurements) !== JSON.stringify(b?.measurements);
  if (a && b && fields.length === 0 && !history) return undefined;
  if (a && b && history && !moved) fields.push({ field: "measurements", before: a.measurements.length, after: b.measurements.length });
  return {
    kind: kindOf(a, b),
    id: (b ?? a)!.id,
    name: (b ?? a)!.name,
    fields,
    ...(moved ? { actual: { before: latest(a), after: latest(b) } } : {}),
    status: { before: a ? kpiStatus(a).status : undefined, after: b ? kpiStatus(b).status : undefined },
  };
}

/** Fields whose value differs, compared as JSON, in the order the model declares them. */
function fieldChanges(a: object | undefined, b: object | undefined, skip: readonly string[]): FieldChange[] {
  if (!a || !b) return [];
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return union(Object.keys(x), Object.keys(y))
    .filter((field) => !skip.includes(field) && JSON.stringify(x[field]) !== JSON.stringify(y[field]))
    .map((field) => ({ field, before: x[field], after: y[field] }));
}

function kindOf(a: unknown, b: unknown): ChangeKind {
  return !a ? "added" : !b ? "removed" : "changed";
}

function summary(g: Gap): GapSummary {
  return { rule: g.rule, severity: g.severity, title: g.title, ...(g.touchpoint ? { touchpoint: g.touchpoint } : {}), ...(g.kpi ? { kpi: g.kpi } : {}) };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

