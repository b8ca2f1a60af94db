import { Document, isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Node, type Pair } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Journey, Touchpoint } from "../model/index.ts";
import { signed } from "../model/vocabulary.ts";
import { keepFormat } from "./keep-format.ts";
import { IdAllocator, error, looseKey } from "./common.ts";
import { FIELD_COLUMNS, type JourneyRow, type RowFields } from "./journey-table.ts";

/**
 * Rows of a touchpoint table → a journey's YAML: a new commented file, or the existing file updated in place through
 * the `yaml` Document API, so ids, comments, formatting and every field the table does not carry (systems, evidence,
 * stage goals, paths, …) are kept, and a value the table did not change is not touched.
 */

/** Field order in a touchpoint, as the authoring guide writes it: where a field the table adds is inserted. */
/** How changed YAML is written: long texts unfolded, flow lists as authors write them (`[a, b]`). */
const FORMAT = { lineWidth: 0, flowCollectionPadding: false } as const;

const TOUCHPOINT_ORDER = ["id", "name", "description", "channel", "category", "control", "owner", "does", "thinks", "feels", "emotion", "pains", "highlights", "opportunities", "moment_of_truth", "importance", "satisfaction", "systems", "needs", "evidence", "confidence", "kpis"];

/** Values a field has when it is not written: clearing a cell that holds one changes nothing. */
const DEFAULTS: Record<string, unknown> = { control: "owned", confidence: "hypothesis", moment_of_truth: false, pains: [], highlights: [], opportunities: [], needs: [], kpis: [] };

export interface PlanResult {
  /** The journey file's new text; absent when there were errors. */
  text?: string;
  /** What changes, one line each, for the command's output. */
  changes: string[];
  /** The table row of each touchpoint id, to point problems found later at the row. */
  rowOf: Map<string, number>;
  diagnostics: Diagnostic[];
}

export interface NewJourney {
  id: string;
  title: string;
  persona: string;
  /** Relative path of the journey schema from the new file, for the editor's schema line. */
  schema: string;
  /** Where the rows come from, for the file's header comment. */
  source: string;
  /** Set when the title was made from the file name: the file asks the author to check it. */
  titleGuessed?: boolean;
  personaGuessed?: boolean;
}

interface Resolved {
  row: JourneyRow;
  stageKey: string;
  id: string;
  existing?: Touchpoint;
}

/** A new journey file from the rows. */
export function planNewJourney(file: string, rows: readonly JourneyRow[], meta: NewJourney): PlanResult {
  const diagnostics: Diagnostic[] = [];
  const rowOf = new Map<string, number>();
  const stageIds = new IdAllocator();
  const touchpointIds = new IdAllocator();
  for (const row of rows) if (row.id && !touchpointIds.has(row.id)) touchpointIds.reserve(row.id);
  const stages: { key: string; id: string; name: string; touchpoints: Record<string, unknown>[] }[] = [];
  const seenIds = new Set<string>();
  for (const row of rows) {
    const key = row.stageId ?? looseKey(row.stage);
    let stage = stages.find((s) => s.key === key);
    if (!stage) {
      stage = { key, id: row.stageId ? stageIds.reserve(row.stageId) : stageIds.next(row.stage, "stage"), name: row.stage, touchpoints: [] };
      stages.push(stage);
    }
    const id = row.id ?? touchpointIds.next(row.fields.name ?? "", "touchpoint");
    if (row.id && seenIds.has(row.id)) {
      diagnostics.push(error(file, row.row, 1, "csv/duplicate-id", `touchpoint id \`${row.id}\` is used by an earlier row`, "each row is one touchpoint: give it its own id, or leave the id empty"));
      continue;
    }
    seenIds.add(id);
    rowOf.set(id, row.row);
    for (const field of ["channel", "emotion"] as const) {
      if (row.fields[field] === undefined) diagnostics.push(error(file, row.row, 1, `csv/missing-${field}`, `touchpoint \`${row.fields.name ?? id}\` has no ${field}`, field === "channel" ? "every touchpoint needs a channel, e.g. web, app, email, phone, store" : "every touchpoint needs an emotion from -2 (very negative) to +2 (very positive)"));
    }
    stage.touchpoints.push(ordered({ id, ...row.fields }));
  }
  if (diagnostics.length > 0) return { changes: [], rowOf, diagnostics };
  const doc = new Document({
    id: meta.id,
    title: meta.title,
    persona: meta.persona,
    state: "current",
    stages: stages.map((s) => ({ id: s.id, name: s.name, touchpoints: s.touchpoints })),
  });
  doc.commentBefore = ` yaml-language-server: $schema=${meta.schema}\n Imported from ${meta.source} by \`journeymap import\`. Stage goals, KPIs, systems and evidence are not in the\n table: add them here. Check it with: npx journeymap validate`;
  const top = doc.contents as YAMLMap;
  if (meta.titleGuessed) (top.get("title", true) as Node).comment = " made from the file name: write the journey's real title";
  if (meta.personaGuessed) (top.get("persona", true) as Node).comment = " the first persona: name the one this journey is for (journeys/personas/)";
  const count = stages.reduce((n, s) => n + s.touchpoints.length, 0);
  return { text: doc.toString(FORMAT), changes: [`new journey \`${meta.id}\`: ${stages.length} stage(s), ${count} touchpoint(s)`], rowOf, diagnostics };
}

/** The existing journey file updated in place from the rows. */
export function planUpdate(file: string, rows: readonly JourneyRow[], journey: Journey, text: string): PlanResult {
  const diagnostics: Diagnostic[] = [];
  const changes: string[] = [];
  const rowOf = new Map<string, number>();
  const doc = parseDocument(text);
  const stagesNode = doc.get("stages", true);
  if (!isSeq(stagesNode)) return { changes, rowOf, diagnostics: [error(file, 1, 1, "import/unexpected-yaml", "the journey's `stages` is not a list", "fix the journey file first (`journeymap validate`)")] };

  // Stages of the table, matched to the journey's by id, else by name; new ones get an id made from the name.
  const stageIds = new IdAllocator(journey.stages.map((s) => s.id));
  const stageOf = new Map<string, { id: string; name: string; existing: boolean }>();
  const stageOrder: string[] = [];
  const existingStage = (row: JourneyRow) =>
    (row.stageId ? journey.stages.find((s) => s.id === row.stageId) : undefined) ?? (row.stageId === undefined ? journey.stages.find((s) => looseKey(s.name) === looseKey(row.stage)) : undefined);
  for (const row of rows) {
    const key = row.stageId ?? looseKey(row.stage);
    if (stageOf.has(key)) continue;
    const found = existingStage(row);
    stageOf.set(key, found ? { id: found.id, name: row.stage, existing: true } : { id: row.stageId ? stageIds.reserve(row.stageId) : stageIds.next(row.stage, "stage"), name: row.stage, existing: false });
    stageOrder.push(key);
  }

  // Touchpoints matched by id, else by name among those not matched yet; new ones get an id made from the name.
  const all = journey.stages.flatMap((s) => s.touchpoints);
  const touchpointIds = new IdAllocator(all.map((t) => t.id));
  for (const row of rows) if (row.id) touchpointIds.reserve(row.id);
  const matched = new Set<string>();
  const resolved: Resolved[] = [];
  for (const row of rows) {
    const stageKey = row.stageId ?? looseKey(row.stage);
    const existing = row.id ? all.find((t) => t.id === row.id) : all.find((t) => !matched.has(t.id) && row.fields.name !== undefined && looseKey(t.name) === looseKey(row.fields.name));
    const id = existing?.id ?? row.id ?? touchpointIds.next(row.fields.name ?? "", "touchpoint");
    if (matched.has(id) || rowOf.has(id)) {
      diagnostics.push(error(file, row.row, 1, "csv/duplicate-id", `touchpoint \`${id}\` is already in row ${rowOf.get(id)}`, "each row is one touchpoint: remove the repeated row, or give it its own id"));
      continue;
    }
    matched.add(id);
    rowOf.set(id, row.row);
    if (!existing) {
      for (const field of ["channel", "emotion"] as const) {
        if (row.fields[field] === undefined) diagnostics.push(error(file, row.row, 1, `csv/missing-${field}`, `new touchpoint \`${row.fields.name ?? id}\` has no ${field}`, field === "channel" ? "a new touchpoint needs a channel, e.g. web, app, email, phone, store" : "a new touchpoint needs an emotion from -2 to +2"));
      }
    }
    resolved.push({ row, stageKey, id, existing });
  }
  if (diagnostics.length > 0) return { changes, rowOf, diagnostics };

  // Existing nodes by id: reused as they are (with their comments), changed field by field.
  const stageNodes = new Map<string, YAMLMap>();
  const touchpointNodes = new Map<string, YAMLMap>();
  const whereNow = new Map<string, string>();
  for (const node of stagesNode.items) {
    if (!isMap(node)) continue;
    const id = String(node.get("id"));
    stageNodes.set(id, node);
    const tps = node.get("touchpoints", true);
    if (isSeq(tps)) for (const tp of tps.items) if (isMap(tp)) touchpointNodes.set(String(tp.get("id")), tp), whereNow.set(String(tp.get("id")), id);
  }

  const byStage = new Map<string, YAMLMap[]>();
  for (const { row, stageKey, id, existing } of resolved) {
    const stage = stageOf.get(stageKey)!;
    let node: YAMLMap;
    if (existing) {
      node = touchpointNodes.get(id)!;
      const changed = updateTouchpoint(doc, node, existing, row);
      if (changed.length > 0) changes.push(`touchpoint \`${id}\`: ${changed.join("; ")}`);
      if (whereNow.get(id) !== stage.id) changes.push(`touchpoint \`${id}\`: moved from stage \`${whereNow.get(id)}\` to \`${stage.id}\``);
    } else {
      node = doc.createNode(ordered({ id, ...row.fields })) as YAMLMap;
      changes.push(`touchpoint \`${id}\`: added to stage \`${stage.id}\` (row ${row.row})`);
    }
    byStage.set(stage.id, [...(byStage.get(stage.id) ?? []), node]);
  }
  for (const t of all) if (!matched.has(t.id)) changes.push(`touchpoint \`${t.id}\`: removed (not in the table)`);

  // Stages in the table's order; a stage the table does not name stays after the stage it followed.
  const order = stageOrder.map((k) => stageOf.get(k)!.id);
  journey.stages.forEach((s, i) => {
    if (order.includes(s.id)) return;
    const before = journey.stages.slice(0, i).reverse().find((p) => order.includes(p.id));
    order.splice(before ? order.indexOf(before.id) + 1 : 0, 0, s.id);
  });
  const newItems: unknown[] = [];
  for (const id of order) {
    const known = stageNodes.get(id);
    const nodes = byStage.get(id) ?? [];
    const info = [...stageOf.values()].find((s) => s.id === id);
    if (known) {
      const existingStage = journey.stages.find((s) => s.id === id)!;
      if (info && info.name !== existingStage.name) {
        setField(doc, known, "name", info.name, ["id", "name"]);
        changes.push(`stage \`${id}\`: renamed “${existingStage.name}” → “${info.name}”`);
      }
      const seq = known.get("touchpoints", true);
      const before = isSeq(seq) ? seq.items : [];
      if (!sameNodes(before, nodes) && (info || before.length > 0)) {
        if (isSeq(seq)) seq.items = nodes;
        else setField(doc, known, "touchpoints", Object.assign(new YAMLSeq(), { items: nodes }), ["id", "name", "goal", "description", "kpis", "touchpoints"]);
      }
      newItems.push(known);
    } else {
      changes.push(`stage \`${id}\`: added (“${info?.name ?? id}”)`);
      const stage = doc.createNode({ id, name: info?.name ?? id }) as YAMLMap;
      stage.set("touchpoints", Object.assign(new YAMLSeq(), { items: nodes }));
      newItems.push(stage);
    }
  }
  if (!sameNodes(stagesNode.items, newItems)) stagesNode.items = newItems;
  if (changes.length === 0) return { text, changes, rowOf, diagnostics };
  return { text: keepFormat(text, parseDocument(text).toString(FORMAT), doc.toString(FORMAT)), changes, rowOf, diagnostics };
}

function sameNodes(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Applies a row's fields to one touchpoint's node, touching only what differs from the journey; says what changed. */
function updateTouchpoint(doc: Document, node: YAMLMap, current: Touchpoint, row: JourneyRow): string[] {
  const changed: string[] = [];
  for (const key of FIELD_COLUMNS) {
    const has = key in row.fields;
    if (!has && !row.cleared.has(key)) continue;
    const want = has ? (row.fields as Record<string, unknown>)[key] : undefined;
    // Opportunities compare by text: the table does not carry their owner and status.
    const now = key === "opportunities" ? current.opportunities.map((o) => o.text) : (current as Record<string, unknown>)[key];
    if (!has) {
      if (now === undefined || equal(now, DEFAULTS[key])) continue;
      node.delete(key);
      changed.push(`${label(key)} cleared`);
      continue;
    }
    if (equal(want, now)) continue;
    setField(doc, node, key, want, TOUCHPOINT_ORDER);
    changed.push(describe(key, now, want));
  }
  return changed;
}

function describe(key: string, from: unknown, to: unknown): string {
  if (key === "emotion") return `emotion ${signed(Number(from))} → ${signed(Number(to))}`;
  if (Array.isArray(to)) return `${label(key)} (${(from as unknown[] | undefined)?.length ?? 0} → ${to.length} items)`;
  if (typeof to === "string" && to.length > 40) return `${label(key)} changed`;
  return `${label(key)} ${from === undefined ? "set to" : `${JSON.stringify(from)} →`} ${JSON.stringify(to)}`;
}

const label = (key: string) => key.replace(/_/g, " ");

/**
 * Sets one field on a mapping node: a scalar keeps its node (and its comment and quoting), a list keeps the items that
 * stay, and a field the node lacks is inserted where the authoring guide puts it.
 */
export function setField(doc: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[]): void {
  const current = map.get(key, true);
  if (isScalar(current) && !Array.isArray(value)) {
    current.value = value;
    return;
  }
  if (isSeq(current) && Array.isArray(value)) {
    const old = current.items.filter(isScalar);
    current.items = value.map((v) => {
      const i = old.findIndex((n) => n.value === v);
      return i >= 0 ? old.splice(i, 1)[0]! : doc.createNode(v);
    });
    return;
  }
  if (current !== undefined) {
    map.set(key, doc.createNode(value));
    return;
  }
  const pair = doc.createPair(key, value) as Pair;
  const rank = order.indexOf(key);
  let at = map.items.length;
  if (rank >= 0) {
    const after = map.items.findIndex((p) => {
      const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
      const r = order.indexOf(k);
      return r > rank;
    });
    if (after >= 0) at = after;
  }
  map.items.splice(at, 0, pair);
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** A touchpoint's fields in the authoring guide's order. */
function ordered(fields: RowFields & { id: string }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of TOUCHPOINT_ORDER) {
    const value = (fields as Record<string, unknown>)[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}
