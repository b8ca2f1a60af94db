import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import type { Content, Loaded } from "../model/content.ts";
import type { Kpi } from "../model/index.ts";
import type { KpiImportSettings } from "../model/kpi-import-settings.ts";
import { error, looseKey } from "./common.ts";
import { cell, columnLetter, detectDelimiter, readTable, type ColumnSpec } from "./csv-table.ts";
import { formatNumber, isDate, recordMeasurement, type NewMeasurement } from "./kpi-measurements.ts";

/** One measurement to record, and where it comes from (for problems). */
export interface Entry extends NewMeasurement {
  kpi: Loaded<Kpi>;
  /** Where to point a conflict: the table's row and value column, or none for `kpi record`. */
  at?: { file: string; row: number; col: number };
}

/** The new text of each KPI file touched, what changed, and every conflict. */
export interface MeasurementPlan {
  texts: Map<string, string>;
  changes: string[];
  diagnostics: Diagnostic[];
  counts: { added: number; replaced: number; unchanged: number };
}

/** Applies every entry to its KPI's file text, in memory; conflicts are problems unless `replace`. */
export function planMeasurements(entries: readonly Entry[], readText: (file: string) => string, replace: boolean): MeasurementPlan {
  const plan: MeasurementPlan = { texts: new Map(), changes: [], diagnostics: [], counts: { added: 0, replaced: 0, unchanged: 0 } };
  const perKpi = new Map<string, { added: string[]; replaced: string[] }>();
  for (const entry of [...entries].sort((a, b) => (a.kpi.file < b.kpi.file ? -1 : a.kpi.file > b.kpi.file ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const file = entry.kpi.file;
    const text = plan.texts.get(file) ?? readText(file);
    const outcome = recordMeasurement(text, entry, replace);
    const summary = perKpi.get(entry.kpi.data.id) ?? { added: [], replaced: [] };
    perKpi.set(entry.kpi.data.id, summary);
    if (outcome.kind === "conflict") {
      const where = entry.at ?? { file, row: outcome.line, col: 1 };
      plan.diagnostics.push(
        error(where.file, where.row, where.col, "kpi/conflicting-measurement", `KPI \`${entry.kpi.data.id}\` already has ${formatNumber(outcome.previous)} on ${entry.date}, not ${formatNumber(entry.value)}`, `pass --replace to overwrite it${entry.at ? ` (it is at ${file}:${outcome.line})` : ""}, or correct the value`),
      );
      continue;
    }
    plan.texts.set(file, outcome.text);
    if (outcome.kind === "added") plan.counts.added++, summary.added.push(entry.date);
    else if (outcome.kind === "replaced") plan.counts.replaced++, summary.replaced.push(`${entry.date} ${formatNumber(outcome.previous)} → ${formatNumber(entry.value)}`);
    else plan.counts.unchanged++;
  }
  for (const [id, { added, replaced }] of [...perKpi].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parts = [
      ...(added.length === 1 ? [`added ${added[0]}`] : added.length > 1 ? [`added ${added.length} measurements (${added[0]} … ${added.at(-1)})`] : []),
      ...(replaced.length > 0 ? [`replaced ${replaced.join(", ")}`] : []),
    ];
    if (parts.length > 0) plan.changes.push(`${id}: ${parts.join("; ")}`);
  }
  return plan;
}

type KpiColumn = "date" | "kpi" | "value" | "note";

const DEFAULT_NAMES: Record<KpiColumn, string[]> = {
  date: ["date", "day", "month", "period", "fecha", "dia", "mes", "periodo", "data", "giorno", "mese"],
  kpi: ["kpi", "kpi id", "id", "kpi name", "metric", "name", "indicador", "metrica", "nombre", "indicatore", "nome"],
  value: ["value", "actual", "valor", "valore", "amount"],
  note: ["note", "notes", "comment", "nota", "comentario", "commento"],
};

/** The rows of a KPI export as measurements: every problem in every row. */
export function readKpiTable(file: string, bytes: Uint8Array, content: Content, settings: KpiImportSettings): { entries: Entry[]; diagnostics: Diagnostic[]; rows: number } {
  const specs: ColumnSpec<KpiColumn>[] = (Object.keys(DEFAULT_NAMES) as KpiColumn[]).map((key) => {
    const configured = settings.columns[key];
    return { key, label: configured ?? key, names: configured ? [configured] : DEFAULT_NAMES[key] };
  });
  const table = readTable(file, bytes, specs, { unknownColumns: "ignore" });
  const diagnostics = [...table.diagnostics];
  if (diagnostics.length > 0) return { entries: [], diagnostics, rows: 0 };
  for (const key of ["date", "kpi", "value"] as const) {
    if (table.columns[key] !== undefined) continue;
    const wanted = settings.columns[key];
    const guess = wanted ? didYouMean(looseKey(wanted), table.headers.map(looseKey)) : undefined;
    diagnostics.push(
      error(file, 1, 1, "csv/missing-column", `no ${key} column${wanted ? ` \`${wanted}\` (from kpi_import.columns in the config)` : ""}`, guess ? `did you mean \`${table.headers.find((h) => looseKey(h) === guess)}\`?` : `name it \`${key}\`, or map your export's header under \`kpi_import.columns.${key}\` in journeymap.config.yaml (columns: ${table.headers.join(", ")})`),
    );
  }
  if (diagnostics.length > 0) return { entries: [], diagnostics, rows: 0 };
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  const decimal = settings.decimal ?? (detectDelimiter(text) === ";" ? "," : ".");
  const byName = new Map<string, Loaded<Kpi>>();
  for (const k of content.kpis) byName.set(looseKey(k.data.id), k), byName.set(looseKey(k.data.name), k);
  const mapped = new Map(Object.entries(settings.kpis).map(([name, id]) => [looseKey(name), id]));
  const entries: Entry[] = [];
  const seen = new Map<string, { row: number; value: number }>();
  for (const row of table.rows) {
    const col = (key: KpiColumn) => table.columns[key]!;
    const where = (key: KpiColumn) => `(column ${columnLetter(col(key))}, \`${table.headers[col(key) - 1]}\`)`;
    const kpiText = cell(table, row, "kpi") ?? "";
    const mappedId = mapped.get(looseKey(kpiText));
    const kpi = mappedId ? content.kpis.find((k) => k.data.id === mappedId) : byName.get(looseKey(kpiText));
    let ok = true;
    if (!kpi) {
      ok = false;
      const guess = didYouMean(looseKey(kpiText), [...byName.keys(), ...mapped.keys()]);
      const shown = guess ? (byName.get(guess)?.data.id ?? guess) : undefined;
      diagnostics.push(error(file, row.row, col("kpi"), "kpi/unknown-kpi", kpiText ? `unknown KPI \`${kpiText}\` ${where("kpi")}` : `no KPI named ${where("kpi")}`, shown ? `did you mean \`${shown}\`?` : "use a KPI id or name from journeys/kpis/, or map the export's metric name under `kpi_import.kpis` in journeymap.config.yaml"));
    }
    const dateText = cell(table, row, "date") ?? "";
    const date = parseDate(dateText, settings.date_format);
    if (!date) {
      ok = false;
      diagnostics.push(error(file, row.row, col("date"), "kpi/invalid-date", `\`${dateText}\` is not a date in the format ${settings.date_format} ${where("date")}`, `write dates as ${settings.date_format}, or set \`kpi_import.date_format\` in journeymap.config.yaml (${["YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY", "YYYYMMDD", "YYYY-MM"].join(", ")})`));
    }
    const valueText = cell(table, row, "value") ?? "";
    const value = parseNumber(valueText, decimal);
    if (value === undefined) {
      ok = false;
      diagnostics.push(error(file, row.row, col("value"), "kpi/invalid-value", `\`${valueText}\` is not a number ${where("value")}`, decimal === "," ? "write the value with a decimal comma, e.g. 54,1 (this file is read with `,` as the decimal mark)" : "write the value as a number, e.g. 54.1 (a % sign is fine)"));
    }
    if (!ok || !kpi || !date || value === undefined) continue;
    const key = `${kpi.data.id}@${date}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.value !== value) diagnostics.push(error(file, row.row, col("value"), "kpi/duplicate-row", `KPI \`${kpi.data.id}\` on ${date} is ${formatNumber(earlier.value)} in row ${earlier.row} and ${formatNumber(value)} here`, "keep one row per KPI and date"));
      continue;
    }
    seen.set(key, { row: row.row, value });
    const note = table.columns.note !== undefined ? cell(table, row, "note") || undefined : undefined;
    entries.push({ kpi, date, value, note, at: { file, row: row.row, col: col("value") } });
  }
  return { entries, diagnostics, rows: table.rows.length };
}

/** A date in the export's layout → `YYYY-MM-DD`, or undefined; a month (`YYYY-MM`) is its last day. */
export function parseDate(text: string, format: KpiImportSettings["date_format"]): string | undefined {
  const t = text.trim();
  let y: string | undefined, m: string | undefined, d: string | undefined;
  const match = (re: RegExp) => re.exec(t);
  let r: RegExpExecArray | null;
  if ((r = match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/))) [, y, m, d] = r;
  else if (format === "DD/MM/YYYY" && (r = match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/))) [, d, m, y] = r;
  else if (format === "MM/DD/YYYY" && (r = match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/))) [, m, d, y] = r;
  else if (format === "DD.MM.YYYY" && (r = match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/))) [, d, m, y] = r;
  else if (format === "YYYYMMDD" && (r = match(/^(\d{4})(\d{2})(\d{2})$/))) [, y, m, d] = r;
  else if (format === "YYYY-MM" && (r = match(/^(\d{4})-?(\d{2})$/))) {
    [, y, m] = r;
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    d = String(last);
  }
  if (!y || !m || !d) return undefined;
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  return isDate(iso) ? iso : undefined;
}

/** `54.1`, `54,1` (with a decimal comma), `1,204.5`, `12.5%`, ` 3 ` → a number; anything else undefined. */
export function parseNumber(text: string, decimal: "." | ","): number | undefined {
  let t = text.trim().replace(/[%\s\u00a0]/g, "").replace(/^[−–]/, "-");
  if (t === "") return undefined;
  if (decimal === ",") t = t.replace(/\./g, "").replace(",", ".");
  else t = t.replace(/,/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
