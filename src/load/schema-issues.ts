import type { z } from "zod";
import { formatPath, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { didYouMean, listSome, Suggester } from "../diagnostics/suggest.ts";
import { ID_PATTERN, STAGE_REF_PATTERN } from "../model/index.ts";
import { expectedForm, fieldsOf, kindOf, schemaAt, unionOptions, type SchemaInfo } from "./schema-walk.ts";
import type { Position } from "../model/content.ts";
import { plural } from "../model/vocabulary.ts";

/** Maps document paths to source positions; the YAML layer implements it. */
export interface Locator {
  file: string;
  at(path: readonly PropertyKey[]): Position;
  key(path: readonly PropertyKey[], key: string): Position;
}

type Issue = z.core.$ZodIssue;

/** Unknown fields reported one by one per mapping; the rest are counted in one more diagnostic. */
export const MAX_UNKNOWN_FIELDS = 20;

/** A value quoted in a message stays short: a 100 KB key would otherwise be printed whole. */
function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
type Path = readonly PropertyKey[];

/** Turns zod's issues into diagnostics an author can act on: plain words, the offending value, a hint. */
export function schemaDiagnostics(issues: readonly Issue[], root: z.ZodType, value: unknown, locator: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const emit = (rule: string, path: Path, message: string, hint: string | undefined, position = locator.at(path)) =>
    out.push({ severity: "error", rule, message: withContext(value, path, message), hint, file: locator.file, ...position, path: formatPath(path) || undefined });

  // A misspelled field also shows up as a missing one; report it once, as the misspelling.
  const misspelled = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const suggester = new Suggester(fieldsOf(schemaAt(root, issue.path)?.schema ?? root));
    for (const key of issue.keys.slice(0, MAX_UNKNOWN_FIELDS)) {
      const guess = suggester.suggest(key);
      if (guess) misspelled.add(formatPath([...issue.path, guess]));
    }
  }

  const visit = (issue: Issue, prefix: Path) => {
    const path = [...prefix, ...issue.path];
    const info = schemaAt(root, path);
    const actual = valueAt(value, path);
    const field = fieldLabel(path);
    if ((issue.code === "invalid_type" || issue.code === "invalid_union" || issue.code === "invalid_value") && actual === undefined && path.length > 0) {
      if (misspelled.has(formatPath(path))) return;
      emit("schema/missing-field", path.slice(0, -1), `missing required field ${field}`, hintFor(info, `add \`${String(path.at(-1))}: …\``));
      return;
    }
    switch (issue.code) {
      case "unrecognized_keys": {
        const allowed = info ? fieldsOf(info.schema) : [];
        const suggester = new Suggester(allowed);
        // A mapping full of unknown fields is one mistake (or an attack): the first few are reported, then a count.
        for (const key of issue.keys.slice(0, MAX_UNKNOWN_FIELDS)) {
          const guess = suggester.suggest(key);
          const hint = guess ? `did you mean \`${guess}\`?` : `fields allowed here: ${listSome(allowed, 30)}`;
          emit("schema/unknown-field", path, `unknown field \`${shorten(key)}\``, hint, locator.key(path, key));
        }
        const more = issue.keys.length - MAX_UNKNOWN_FIELDS;
        if (more > 0) {
          // Reported where the unreported ones start.
          emit("schema/unknown-field", path, `and ${plural(more, "more unknown field")} in this mapping`, `fields allowed here: ${listSome(allowed, 30)}`, locator.key(path, issue.keys[MAX_UNKNOWN_FIELDS]!));
        }
        return;
      }
      case "invalid_type": {
        if (path.length === 0) {
          emit("schema/invalid-type", path, `the file must be a mapping of fields (\`id: …\`), not ${describe(actual)}`, "start from an example file in journeys/");
        } else {
          emit("schema/invalid-type", path, `${field} must be ${expected(issue.expected, info)}, got ${describe(actual)}`, hintFor(info));
        }
        return;
      }
      case "invalid_union": {
        // Report the branch the author evidently meant (list vs single value), not every alternative.
        const options = info ? unionOptions(info.schema) : [];
        const meant = options.findIndex((o) => (kindOf(o) === "array") === Array.isArray(actual));
        const branch = meant >= 0 ? issue.errors[meant] : undefined;
        if (branch && branch.length > 0 && !(branch[0]?.code === "invalid_type" && branch[0].path.length === 0)) {
          for (const sub of branch) visit(sub, path);
        } else {
          const forms = options.map(expectedForm).join(" or ");
          emit("schema/invalid-type", path, `${field} must be ${forms}, got ${describe(actual)}`, hintFor(info));
        }
        return;
      }
      case "invalid_value": {
        const values = issue.values.map(String);
        const guess = typeof actual === "string" ? didYouMean(actual, values) : undefined;
        emit("schema/invalid-value", path, `${field} must be one of ${values.join(", ")}; got ${describe(actual)}`, guess ? `did you mean \`${guess}\`?` : hintFor(info));
        return;
      }
      case "too_small":
      case "too_big": {
        emit("schema/out-of-range", path, rangeMessage(issue, field, actual, info), hintFor(info));
        return;
      }
      case "invalid_format": {
        const { message, hint } = formatMessage(issue, field, actual);
        emit("schema/invalid-format", path, message, hint ?? hintFor(info));
        return;
      }
      case "custom": {
        const params = (issue.params ?? {}) as { rule?: string; hint?: string };
        emit(params.rule ?? "schema/invalid", path, issue.message, params.hint ?? hintFor(info));
        return;
      }
      default:
        emit("schema/invalid", path, `${field}: ${issue.message}`, hintFor(info));
    }
  };
  for (const issue of issues) visit(issue, []);
  return out;
}

function hintFor(info: SchemaInfo | undefined, fallback?: string): string | undefined {
  const description = info?.description;
  if (description && fallback) return `${fallback}: ${lowerFirst(description)}`;
  return description ?? fallback;
}

function fieldLabel(path: Path): string {
  const last = path.at(-1);
  if (typeof last === "number") {
    const owner = path.at(-2);
    return owner === undefined ? `item ${last + 1}` : `\`${String(owner)}\` item ${last + 1}`;
  }
  return last === undefined ? "the file" : `\`${String(last)}\``;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields",
};

function expected(kind: string, info: SchemaInfo | undefined): string {
  const whole = kind === "number" && info !== undefined && isInteger(info.schema);
  const base = whole ? EXPECTED.int! : ((Object.hasOwn(EXPECTED, kind) ? EXPECTED[kind] : undefined) ?? kind);
  if ((kind === "number" || kind === "int") && info?.minimum !== undefined && info.maximum !== undefined) {
    return `${base} from ${info.minimum} to ${info.maximum}`;
  }
  return base;
}

function isInteger(schema: z.ZodType): boolean {
  const format = (schema as unknown as { _zod: { def: { format?: string } } })._zod.def.format;
  return typeof format === "string" && format.includes("int");
}

function rangeMessage(issue: Extract<Issue, { code: "too_small" | "too_big" }>, field: string, actual: unknown, info: SchemaInfo | undefined): string {
  const small = issue.code === "too_small";
  const limit = Number(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
  switch (issue.origin) {
    case "string":
      return small && limit <= 1 ? `${field} must not be empty` : `${field} must have ${small ? "at least" : "at most"} ${plural(limit, "character")}`;
    case "array":
      return `${field} needs ${small ? "at least" : "at most"} ${plural(limit, "item")}, has ${Array.isArray(actual) ? actual.length : 0}`;
    default: {
      const range = info?.minimum !== undefined && info.maximum !== undefined ? ` (from ${info.minimum} to ${info.maximum})` : "";
      return `${field} must be ${small ? "at least" : "at most"} ${limit}${range}, got ${describe(actual)}`;
    }
  }
}

function formatMessage(issue: Extract<Issue, { code: "invalid_format" }>, field: string, actual: unknown): { message: string; hint?: string } {
  const got = describe(actual);
  const pattern = (issue as { pattern?: string }).pattern;
  if (issue.format === "date") return { message: `${field} must be a date written YYYY-MM-DD, got ${got}`, hint: "e.g. `2026-03-31`" };
  if (issue.format === "url") return { message: `${field} must be an http(s) link, got ${got}`, hint: "e.g. `https://example.com/report`" };
  if (pattern === String(ID_PATTERN)) {
    const slug = typeof actual === "string" ? slugify(actual) : "";
    return { message: `${field} must be lower-case letters, digits and single hyphens, got ${got}`, hint: slug ? `e.g. \`${slug}\`` : undefined };
  }
  if (pattern === String(STAGE_REF_PATTERN)) return { message: `${field} must name a stage as \`journey-id/stage-id\`, got ${got}`, hint: "e.g. `online-store-purchase/checkout`" };
  return { message: `${field} has the wrong form, got ${got}` };
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    // Own properties only: a path through `constructor` must not reach Object.prototype.
    if (!Object.hasOwn(node, key as string)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}

const ENTITY: Record<string, string> = { stages: "stage", touchpoints: "touchpoint", paths: "path", measurements: "measurement", channels: "channel" };

/** Prefix with the nearest named entity, e.g. "touchpoint `checkout`: …", so the message reads on its own. */
function withContext(root: unknown, path: Path, message: string): string {
  let label: string | undefined;
  for (let i = 0; i + 1 < path.length; i++) {
    const key = String(path[i]);
    const kind = Object.hasOwn(ENTITY, key) ? ENTITY[key] : undefined;
    if (!kind || typeof path[i + 1] !== "number") continue;
    const item = valueAt(root, path.slice(0, i + 2)) as { id?: unknown; date?: unknown } | undefined;
    const name = typeof item?.id === "string" ? item.id : typeof item?.date === "string" ? item.date : undefined;
    label = name ? `${kind} \`${name}\`` : `${kind} ${Number(path[i + 1]) + 1}`;
  }
  return label ? `${label}: ${message}` : message;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
