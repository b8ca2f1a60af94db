import { parse, CsvError } from "csv-parse/sync";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import { error, looseKey } from "./common.ts";

/**
 * A spreadsheet saved as CSV, read as Excel, Google Sheets and LibreOffice write it: a UTF-8 byte-order mark, `,` or
 * `;` (European Excel) or tab separators, quoted cells with separators, quotes and line breaks inside. Positions are
 * what the spreadsheet shows: row 1 is the header row, columns count from 1 (A).
 */

export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The header as the export writes it. */
  label: string;
  /** Every accepted spelling, in English, Spanish and Italian; compared with `looseKey`. */
  names: readonly string[];
}

export interface TableRow {
  /** Spreadsheet row, 1 = the header row. */
  row: number;
  cells: string[];
}

export interface Table<K extends string = string> {
  file: string;
  /** Column number (1-based) of each known column found. */
  columns: Partial<Record<K, number>>;
  headers: string[];
  rows: TableRow[];
  diagnostics: Diagnostic[];
}

export interface TableOptions {
  /** Unknown columns are errors (a typo must not drop data) or ignored (analytics exports carry many other columns). */
  unknownColumns: "error" | "ignore";
}

/** `A`, `B`, …, `Z`, `AA`: how a spreadsheet names column `n` (1-based). */
export function columnLetter(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

/** The separator the header line uses most, outside quotes: `,`, `;` or a tab. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  return [";", "\t"].reduce((best, d) => (counts[d]! > counts[best]! ? d : best), ",");
}

export function readTable<K extends string>(file: string, input: string | Uint8Array, specs: readonly ColumnSpec<K>[], options: TableOptions): Table<K> {
  const text = typeof input === "string" ? input : decode(input);
  const table: Table<K> = { file, columns: {}, headers: [], rows: [], diagnostics: [] };
  if (text === undefined) {
    table.diagnostics.push(error(file, 1, 1, "csv/encoding", "the file is not UTF-8 text", "save it as \"CSV UTF-8\" (Excel) or download it as CSV (Google Sheets), which are UTF-8"));
    return table;
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter: detectDelimiter(text.replace(/^\uFEFF/, "")), relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (cause) {
    const e = cause as CsvError & { records?: number; column?: number };
    const row = (e.records ?? 0) + 1;
    const col = typeof e.column === "number" ? e.column + 1 : 1;
    const quote = e.code === "CSV_QUOTE_NOT_CLOSED" || e.code === "INVALID_OPENING_QUOTE" || e.code === "CSV_INVALID_CLOSING_QUOTE";
    table.diagnostics.push(
      error(file, row, col, "csv/syntax", quote ? `a quoted cell is not closed properly (${e.message.split(":")[0]?.toLowerCase()})` : `the file cannot be read as CSV: ${e.message}`, "a cell with a quote inside must be quoted and its quotes doubled (`\"She said \"\"no\"\"\"`); re-export the sheet as CSV"),
    );
    return table;
  }
  const [header, ...body] = records;
  if (!header || header.every((h) => h.trim() === "")) {
    table.diagnostics.push(error(file, 1, 1, "csv/empty", "the file has no header row", `start with a header row naming the columns, e.g. ${specs.slice(0, 4).map((s) => s.label).join(", ")}`));
    return table;
  }
  table.headers = header.map((h) => h.trim());
  const byName = new Map<string, ColumnSpec<K>>();
  for (const spec of specs) for (const name of [spec.label, spec.key, ...spec.names]) byName.set(looseKey(name), spec);
  const allNames = [...byName.keys()];
  table.headers.forEach((name, i) => {
    const col = i + 1;
    if (name === "") return;
    const spec = byName.get(looseKey(name));
    if (!spec) {
      if (options.unknownColumns === "ignore") return;
      const guess = didYouMean(looseKey(name), allNames);
      const guessed = guess ? byName.get(guess) : undefined;
      table.diagnostics.push(
        error(file, 1, col, "csv/unknown-column", `unknown column \`${name}\` (column ${columnLetter(col)})`, guessed ? `did you mean \`${guessed.label}\`?` : `known columns: ${specs.map((s) => s.label).join(", ")}; remove the column or rename it`),
      );
      return;
    }
    const earlier = table.columns[spec.key];
    if (earlier !== undefined) {
      table.diagnostics.push(error(file, 1, col, "csv/duplicate-column", `column \`${name}\` (${columnLetter(col)}) repeats \`${table.headers[earlier - 1]}\` (${columnLetter(earlier)})`, "keep one column per field: merge the two"));
      return;
    }
    table.columns[spec.key] = col;
  });
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === "")) return;
    const extra = cells.findIndex((c, k) => k >= table.headers.length && c.trim() !== "");
    if (extra >= 0) {
      table.diagnostics.push(error(file, row, extra + 1, "csv/extra-cell", `a value in column ${columnLetter(extra + 1)}, which has no header`, "give the column a header, or move the value into a named column"));
    }
    table.rows.push({ row, cells });
  });
  return table;
}

/** The trimmed cell of `key` in a row, or undefined when the column is absent. */
export function cell<K extends string>(table: Table<K>, row: TableRow, key: K): string | undefined {
  const col = table.columns[key];
  return col === undefined ? undefined : (row.cells[col - 1] ?? "").replace(/\r\n?/g, "\n").trim();
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
