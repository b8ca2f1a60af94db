import type { Journey, Kpi } from "../model/index.ts";
import { matchTouchpoints, type Placed } from "./match-touchpoints.ts";
import type { Analysis, KpiAnalysis } from "./analyse.ts";
import type { Gap } from "./find-gaps.ts";
import type { KpiStatusName } from "./kpi-status.ts";

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
  /** Gaps the change opened and closed, and those at the same place whose details changed. */
  gaps: { opened: GapSummary[]; closed: GapSummary[]; changed: { before: GapSummary; after: GapSummary }[] };
  health: { before?: number; after?: number };
}

export interface GapSummary {
  rule: string;
  severity: string;
  title: string;
  touchpoint?: string;
  kpi?: string;
  path?: string;
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
export function diffContent(before: Analysis, after: Analysis): ContentDiff {
  const journeyIds = union(before.journeys.map((j) => j.id), after.journeys.map((j) => j.id));
  const journeys = journeyIds.flatMap((id) => {
    const diff = diffJourney(before, after, id);
    return diff ? [diff] : [];
  });
  const personaIds = union([...before.index.personas.keys()], [...after.index.personas.keys()]);
  const personas = personaIds.flatMap((id) => {
    const a = before.index.personas.get(id)?.data;
    const b = after.index.personas.get(id)?.data;
    const fields = fieldChanges(a, b, ["id"]);
    if (a && b && fields.length === 0) return [];
    return [{ kind: kindOf(a, b), id, name: (b ?? a)!.name, fields }];
  });
  const kpiIds = union(before.kpis.map((k) => k.id), after.kpis.map((k) => k.id));
  const kpis = kpiIds.flatMap((id) => {
    const diff = diffKpi(before.kpi(id), after.kpi(id));
    return diff ? [diff] : [];
  });
  return { journeys, personas, kpis };
}

function diffJourney(before: Analysis, after: Analysis, id: string): JourneyDiff | undefined {
  const x = before.journey(id);
  const y = after.journey(id);
  const a = x?.journey;
  const b = y?.journey;
  const fields = fieldChanges(a, b, ["id", "stages", "paths"]);
  const stages = diffStages(a, b);
  const touchpoints = diffTouchpoints(a, b);
  const gaps = diffGaps(x?.gaps ?? [], y?.gaps ?? []);
  const pathsChanged = JSON.stringify(a?.paths) !== JSON.stringify(b?.paths);
  const gapsMoved = gaps.opened.length + gaps.closed.length + gaps.changed.length > 0;
  if (a && b && fields.length === 0 && stages.length === 0 && touchpoints.length === 0 && !gapsMoved && !pathsChanged) return undefined;
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
    gaps,
    health: { before: x?.health.score, after: y?.health.score },
  };
}

/**
 * Gaps opened, closed and changed. A gap is the same gap when its rule and place (touchpoint, KPI, stage,
 * path) are the same: a new title or severity there is a change, not one gap closed and another opened.
 */
function diffGaps(before: readonly Gap[], after: readonly Gap[]): JourneyDiff["gaps"] {
  const place = (g: Gap) => `${g.rule}|${g.touchpoint ?? ""}|${g.kpi ?? ""}|${g.stage ?? ""}|${g.path ?? ""}`;
  const same = (g: GapSummary, h: GapSummary) => g.title === h.title && g.severity === h.severity;
  const left = new Map<string, GapSummary[]>();
  for (const g of before) left.set(place(g), [...(left.get(place(g)) ?? []), summary(g)]);
  const opened: GapSummary[] = [];
  const changed: { before: GapSummary; after: GapSummary }[] = [];
  const unmatched: { key: string; gap: GapSummary }[] = [];
  // Identical gaps pair first, so that of two gaps at one place only the one that differs reads as changed.
  for (const g of after) {
    const candidates = left.get(place(g)) ?? [];
    const i = candidates.findIndex((c) => same(c, summary(g)));
    if (i >= 0) candidates.splice(i, 1);
    else unmatched.push({ key: place(g), gap: summary(g) });
  }
  for (const { key, gap } of unmatched) {
    const previous = left.get(key)?.shift();
    if (previous) changed.push({ before: previous, after: gap });
    else opened.push(gap);
  }
  const closed = [...left.values()].flat();
  return { opened, closed, changed };
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

function diffTouchpoints(a?: Journey, b?: Journey): TouchpointDiff[] {
  const match = matchTouchpoints(a, b);
  const byBefore = new Map(match.matched.map((m) => [m.before.touchpoint.id, m]));
  const out: TouchpointDiff[] = [];
  // In the order of the journey before the change, then what was added; a rename takes the old one's place.
  for (const stage of a?.stages ?? []) {
    for (const touchpoint of stage.touchpoints) {
      const m = byBefore.get(touchpoint.id);
      if (!m) {
        out.push({ kind: "removed", id: touchpoint.id, name: touchpoint.name, stage: stage.id, fields: [] });
        continue;
      }
      const fields = placedChanges(m.before, m.after);
      const to = m.after.touchpoint;
      if (m.renamed) out.push({ kind: "renamed", id: to.id, previousId: touchpoint.id, name: to.name, stage: m.after.stage.id, fields: [{ field: "id", before: touchpoint.id, after: to.id }, ...fields] });
      else if (fields.length > 0) out.push({ kind: "changed", id: to.id, name: to.name, stage: m.after.stage.id, fields });
    }
  }
  for (const { touchpoint, stage } of match.added) out.push({ kind: "added", id: touchpoint.id, name: touchpoint.name, stage: stage.id, fields: [] });
  return out;
}

function placedChanges(x: Placed, y: Placed): FieldChange[] {
  const fields = fieldChanges(x.touchpoint, y.touchpoint, ["id"]);
  if (x.stage.id !== y.stage.id) fields.unshift({ field: "stage", before: x.stage.id, after: y.stage.id });
  return fields;
}

function diffKpi(x?: KpiAnalysis, y?: KpiAnalysis): KpiDiff | undefined {
  const a = x?.kpi;
  const b = y?.kpi;
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
    status: { before: x?.status.status, after: y?.status.status },
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
  return { rule: g.rule, severity: g.severity, title: g.title, ...(g.touchpoint ? { touchpoint: g.touchpoint } : {}), ...(g.kpi ? { kpi: g.kpi } : {}), ...(g.path ? { path: g.path } : {}) };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

