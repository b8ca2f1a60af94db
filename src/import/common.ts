import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { slugify } from "../load/schema-issues.ts";

/**
 * What every importer shares: ids derived from names, problems as diagnostics, and writing all files or none.
 */

/** An id from a name, deterministically: lower-case, accents dropped, hyphens; `fallback` when nothing is left. */
export function idFromName(name: string, fallback = "item"): string {
  return slugify(name) || fallback;
}

/** Hands out ids unique among those already taken: `checkout`, then `checkout-2`, `checkout-3`, … */
export class IdAllocator {
  readonly #taken: Set<string>;
  constructor(taken: Iterable<string> = []) {
    this.#taken = new Set(taken);
  }
  /** The id for `name`, made unique and reserved. */
  next(name: string, fallback?: string): string {
    return this.reserve(idFromName(name, fallback));
  }
  /** `id` itself when free, else the first free `id-N`; reserved either way. */
  reserve(id: string): string {
    let candidate = id;
    for (let n = 2; this.#taken.has(candidate); n++) candidate = `${id}-${n}`;
    this.#taken.add(candidate);
    return candidate;
  }
  has(id: string): boolean {
    return this.#taken.has(id);
  }
}

/**
 * A column header or a name compared tolerantly: case, accents, spaces, underscores and hyphens do not count,
 * so `Momento de la verdad`, `momento_de_la_verdad` and `MOMENTO DE LA VERDAD` are the same.
 */
export function looseKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_\-./()]+/g, " ")
    .trim();
}

export function error(file: string, line: number, col: number, rule: string, message: string, hint?: string): Diagnostic {
  return { severity: "error", rule, message, hint, file, line, col };
}

/** A file to write, with its new text; `created` when it does not exist yet. */
export interface PlannedWrite {
  path: string;
  text: string;
}

/**
 * Writes every planned file or none: each goes to a temporary file beside it first, and only when all are written are
 * they renamed into place (a rename is atomic), so a failure half-way never leaves a half-updated content folder.
 */
export function writeAll(writes: readonly PlannedWrite[]): void {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const { path, text } of writes) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = `${path}.journeymap-${process.pid}.tmp`;
      writeFileSync(temp, text);
      staged.push({ temp, path });
    }
  } catch (cause) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw cause;
  }
  for (const { temp, path } of staged) renameSync(temp, path);
}
