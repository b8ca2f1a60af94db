import { z } from "zod";

/** What the loader needs to know about the schema at a document path, for messages and hints. */
export interface SchemaInfo {
  schema: z.ZodType;
  description?: string;
  minimum?: number;
  maximum?: number;
}

type Check = { _zod: { def: { check: string; value?: unknown; inclusive?: boolean; pattern?: RegExp } } };
type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[]; checks?: Check[]; entries?: Record<string, string>; keyType?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(["optional", "default", "prefault", "nullable", "readonly", "catch", "nonoptional"]);

/** Strips optional/default/pipe layers, keeping the first description met on the way. */
export function unwrap(schema: z.ZodType): SchemaInfo {
  let current = schema;
  let description = z.globalRegistry.get(current)?.description;
  for (;;) {
    const def = defOf(current);
    const inner = WRAPPERS.has(def.type) ? def.innerType : def.type === "pipe" ? def.in : undefined;
    if (!inner) break;
    current = inner;
    description ??= z.globalRegistry.get(current)?.description;
  }
  return { schema: current, description, ...bounds(current) };
}

/** Inclusive numeric bounds from the schema's checks (`z.int().min(-2).max(2)`). */
function bounds(schema: z.ZodType): { minimum?: number; maximum?: number } {
  const out: { minimum?: number; maximum?: number } = {};
  for (const check of defOf(schema).checks ?? []) {
    const { check: kind, value, inclusive } = check._zod.def;
    if (typeof value !== "number" || !inclusive) continue;
    if (kind === "greater_than") out.minimum = value;
    if (kind === "less_than") out.maximum = value;
  }
  return out;
}

/** How an author would name what a schema accepts: "an id", "a list of ids", "one of a, b". */
export function expectedForm(schema: z.ZodType): string {
  const inner = unwrap(schema).schema;
  const def = defOf(inner);
  if (def.type === "enum") return `one of ${Object.values(def.entries ?? {}).join(", ")}`;
  if (def.type === "array" && def.element) {
    const item = expectedForm(def.element);
    return item === "an id" ? "a list of ids" : item === "a text" ? "a list of texts" : "a list";
  }
  if (def.type === "string") return (def.checks ?? []).some((c) => c._zod.def.pattern) ? "an id" : "a text";
  if (def.type === "number") return "a number";
  if (def.type === "boolean") return "true or false";
  if (def.type === "object") return "a mapping of fields";
  return def.type;
}

export function kindOf(schema: z.ZodType): string {
  return defOf(unwrap(schema).schema).type;
}

/** The schema at `path`, walking objects, arrays and unions; undefined past the schema's edge. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): SchemaInfo | undefined {
  let info = unwrap(root);
  for (const key of path) {
    const next = step(info.schema, key);
    if (!next) return undefined;
    info = next;
  }
  return info;
}

function step(schema: z.ZodType, key: PropertyKey): SchemaInfo | undefined {
  const def = defOf(schema);
  if (def.type === "object" && typeof key === "string") {
    // Own fields only: `constructor` or `toString` in a file are unknown fields, not Object.prototype's.
    const child = def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
    return child ? unwrap(child) : undefined;
  }
  if (def.type === "array" && typeof key === "number" && def.element) return unwrap(def.element);
  if (def.type === "union") {
    for (const option of def.options ?? []) {
      const found = step(unwrap(option).schema, key);
      if (found) return found;
    }
  }
  return undefined;
}

/** Field names a mapping allows, for did-you-mean on unknown fields. */
export function fieldsOf(schema: z.ZodType): string[] {
  const def = defOf(unwrap(schema).schema);
  if (def.type === "object" && def.shape) return Object.keys(def.shape);
  // A record keyed by an enum (gap rule ids) allows exactly the enum's values.
  if (def.type === "record" && def.keyType) return Object.values(defOf(def.keyType).entries ?? {});
  return [];
}

export function unionOptions(schema: z.ZodType): z.ZodType[] {
  const def = defOf(unwrap(schema).schema);
  return def.type === "union" ? (def.options ?? []) : [];
}
