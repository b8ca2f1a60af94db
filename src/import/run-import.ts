import { parse as parseYamlText } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { sortDiagnostics } from "../diagnostics/diagnostic.ts";
import type { Content } from "../model/content.ts";
import { contentWith, newErrors, type ContentPlace } from "./check.ts";
import { columnLetter, type Table } from "./csv-table.ts";
import type { JourneyColumn } from "./journey-table.ts";

/** The outcome of checking planned files against the whole content. */
export interface Checked {
  /** New errors, pointed back at the table's row and column where they come from one. */
  diagnostics: Diagnostic[];
  after: Content;
}

/**
 * Checks the planned files with everything else, as `journeymap validate` would once they are written. A problem in a
 * touchpoint that came from a table row is reported at that row's cell, since the YAML does not exist yet.
 */
export function checkPlanned(place: ContentPlace, before: Content, changes: ReadonlyMap<string, string>, origin?: { table: Table<JourneyColumn>; rowOf: Map<string, number>; path: string; shown: string }): Checked {
  const after = contentWith(place, changes);
  const found = newErrors(before, after);
  if (!origin) return { diagnostics: found, after };
  const planned = parseYamlText(changes.get(origin.path) ?? "") as { stages?: { touchpoints?: { id?: string }[] }[] } | null;
  const mapped = found.map((d): Diagnostic => {
    if (d.file !== origin.shown || !d.path) return d;
    const m = /^stages\[(\d+)\]\.touchpoints\[(\d+)\](?:\.([a-z_]+))?/.exec(d.path);
    const id = m ? planned?.stages?.[Number(m[1])]?.touchpoints?.[Number(m[2])]?.id : undefined;
    const row = id ? origin.rowOf.get(id) : undefined;
    if (row === undefined) return d;
    const key = (m?.[3] === "name" ? "name" : m?.[3]) as JourneyColumn | undefined;
    const col = (key && origin.table.columns[key]) || 1;
    return { ...d, file: origin.table.file, line: row, col, endLine: undefined, endCol: undefined, message: `${d.message} (column ${columnLetter(col)})` };
  });
  return { diagnostics: sortDiagnostics(mapped), after };
}
