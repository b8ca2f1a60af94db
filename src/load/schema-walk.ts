import { z } from "zod";

/** What the loader needs to know about the schema at a document path, for messages and hints. */
export interface SchemaInfo {
  schema: z.ZodType;
  description?: string;
  minimum?: number;
  maximum?: number;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[] };
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
  const bag = (current as unknown as { _zod: { bag?: { minimum?: number; maximum?: number } } })._zod.bag ?? {};
  return { schema: current, description, minimum: bag.minimum, maximum: bag.maximum };
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
    const child = def.shape?.[key];
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
  return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

export function unionOptions(schema: z.ZodType): z.ZodType[] {
  const def = defOf(unwrap(schema).schema);
  return def.type === "union" ? (def.options ?? []) : [];
}
