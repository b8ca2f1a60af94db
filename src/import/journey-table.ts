import { stringify } from "csv-stringify/sync";
import { CONFIDENCES, CONTROLS, ID_PATTERN, KNOWN_CHANNELS, type Config, type Journey, type Touchpoint } from "../model/index.ts";
import { EMOTION_LABELS, EMOTION_MAX, EMOTION_MIN } from "../model/vocabulary.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import { error, looseKey } from "./common.ts";
import { cell, columnLetter, type ColumnSpec, type Table, type TableRow } from "./csv-table.ts";

/**
 * The touchpoint table: one row per touchpoint, the columns a workshop spreadsheet has. Headers are accepted in
 * English, Spanish and Italian; the export writes the English labels.
 */

export const JOURNEY_COLUMNS = [
  { key: "stage", label: "Stage", names: ["stage name", "phase", "etapa", "fase", "nombre de la etapa", "tappa", "nome della fase"] },
  { key: "name", label: "Touchpoint", names: ["touchpoint name", "touch point", "name", "punto de contacto", "nombre", "punto di contatto", "nome"] },
  { key: "channel", label: "Channel", names: ["canal", "medio", "canale", "mezzo"] },
  { key: "owner", label: "Owner", names: ["team", "owner team", "responsable", "propietario", "equipo", "dueno", "responsabile", "proprietario", "squadra"] },
  { key: "emotion", label: "Emotion", names: ["emotion score", "emocion", "emozione", "sentiment"] },
  { key: "does", label: "Does", names: ["doing", "hace", "que hace", "fa", "cosa fa"] },
  { key: "thinks", label: "Thinks", names: ["thinking", "piensa", "que piensa", "pensa", "cosa pensa"] },
  { key: "feels", label: "Feels", names: ["feeling", "siente", "que siente", "sente", "prova", "cosa prova"] },
  { key: "pains", label: "Pains", names: ["pain points", "pain", "puntos de dolor", "dolores", "problemas", "fricciones", "punti dolenti", "problemi", "criticita"] },
  { key: "highlights", label: "Highlights", names: ["bright spots", "puntos fuertes", "aspectos positivos", "lo mejor", "punti di forza", "aspetti positivi"] },
  { key: "opportunities", label: "Opportunities", names: ["ideas", "actions", "oportunidades", "acciones", "opportunita", "azioni"] },
  { key: "moment_of_truth", label: "Moment of truth", names: ["moment of truth", "mot", "momento de la verdad", "momento de verdad", "momento della verita"] },
  { key: "importance", label: "Importance", names: ["importancia", "importanza"] },
  { key: "satisfaction", label: "Satisfaction", names: ["satisfaccion", "soddisfazione"] },
  { key: "category", label: "Category", names: ["categoria", "tipo"] },
  { key: "control", label: "Control", names: ["control", "controllo"] },
  { key: "confidence", label: "Confidence", names: ["validated", "confianza", "validacion", "affidabilita", "validazione"] },
  { key: "description", label: "Description", names: ["descripcion", "descrizione"] },
  { key: "needs", label: "Needs", names: ["data needed", "necesita", "datos necesarios", "necessita", "dati necessari"] },
  { key: "kpis", label: "KPIs", names: ["kpi", "metrics", "indicadores", "metricas", "indicatori", "metriche"] },
  { key: "stage_id", label: "Stage ID", names: ["id etapa", "id de la etapa", "id fase", "id della fase", "id tappa"] },
  { key: "id", label: "Touchpoint ID", names: ["id", "touchpoint id", "id punto de contacto", "id punto di contatto"] },
] as const satisfies readonly ColumnSpec[];

export type JourneyColumn = (typeof JOURNEY_COLUMNS)[number]["key"];

/** Touchpoint fields a row sets; only the columns present in the table are here. */
/** A table carries an opportunity's text only; its owner and status stay in the YAML. */
export type RowFields = Partial<Pick<Touchpoint, "name" | "channel" | "owner" | "emotion" | "does" | "thinks" | "feels" | "pains" | "highlights" | "moment_of_truth" | "importance" | "satisfaction" | "category" | "control" | "confidence" | "description" | "needs" | "kpis"> & { opportunities: string[] }>;

/** The fields of the table that map 1:1 onto a touchpoint field (every column but the stage's and the id). */
export const FIELD_COLUMNS = JOURNEY_COLUMNS.map((c) => c.key).filter((k): k is Exclude<JourneyColumn, "stage" | "stage_id" | "id"> => k !== "stage" && k !== "stage_id" && k !== "id");

export const LIST_FIELDS = new Set<string>(["pains", "highlights", "opportunities", "needs", "kpis"]);

/** One row read: its stage, its touchpoint's id when the table has one, and the fields it sets. */
export interface JourneyRow {
  row: number;
  stage: string;
  stageId?: string;
  id?: string;
  /** Fields whose cell is filled in. */
  fields: RowFields;
  /** Columns present whose cell is empty: the field is cleared. */
  cleared: Set<string>;
}

export interface RowContext {
  config: Config;
  /** KPI ids that exist, to check the KPIs column against. */
  kpiIds: readonly string[];
}

const TRUE_WORDS = new Set(["yes", "y", "true", "x", "1", "si", "sì", "vero", "verdadero", "✓", "✔"].map(looseKey));
const FALSE_WORDS = new Set(["no", "n", "false", "0", "falso", "-"].map(looseKey));

/** The rows of a touchpoint table as touchpoint fields; every problem in every cell reported. */
export function readJourneyRows(table: Table<JourneyColumn>, context: RowContext): { rows: JourneyRow[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rows: JourneyRow[] = [];
  for (const key of ["stage", "name"] as const) {
    if (table.columns[key] === undefined && table.headers.length > 0) {
      const spec = JOURNEY_COLUMNS.find((c) => c.key === key)!;
      diagnostics.push(error(table.file, 1, table.headers.length + 1, "csv/missing-column", `the table has no \`${spec.label}\` column`, `add a column headed \`${spec.label}\` (or ${spec.names.slice(0, 3).map((n) => `\`${n}\``).join(", ")})`));
    }
  }
  if (diagnostics.length > 0) return { rows, diagnostics };
  const channels = channelVocabulary(context.config);
  let stage = "";
  let stageId: string | undefined;
  for (const tableRow of table.rows) {
    const at = (key: JourneyColumn) => table.columns[key] ?? 1;
    const problem = (key: JourneyColumn, message: string, hint: string) => diagnostics.push(error(table.file, tableRow.row, at(key), `csv/invalid-${key.replace(/_/g, "-")}`, `${message} (column ${columnLetter(at(key))}, \`${table.headers[at(key) - 1]}\`)`, hint));
    const get = (key: JourneyColumn) => cell(table, tableRow, key);
    // A blank stage cell continues the stage above, as in a sheet with merged stage cells.
    const stageCell = get("stage") ?? "";
    const stageIdCell = get("stage_id") || undefined;
    if (stageCell !== "") {
      stage = stageCell;
      stageId = stageIdCell;
    } else if (stageIdCell !== undefined) {
      stageId = stageIdCell;
    }
    if (stage === "") problem("stage", "the first touchpoint has no stage", "name the stage in the first row; a blank stage cell below continues the stage above");
    if (stageId !== undefined && !ID_PATTERN.test(stageId)) problem("stage_id", `\`${stageId}\` is not an id`, "lower-case letters, digits and single hyphens, e.g. `purchase`; or leave it empty for a new stage");
    const id = get("id") || undefined;
    if (id !== undefined && !ID_PATTERN.test(id)) problem("id", `\`${id}\` is not an id`, "lower-case letters, digits and single hyphens, e.g. `checkout`; or leave it empty and one is made from the name");
    const row: JourneyRow = { row: tableRow.row, stage, stageId, id, fields: {}, cleared: new Set() };
    for (const key of FIELD_COLUMNS) {
      const value = get(key);
      if (value === undefined) continue;
      if (value === "") {
        row.cleared.add(key);
        continue;
      }
      const parsed = parseField(key, value, channels, context.kpiIds);
      if ("problem" in parsed) problem(key, parsed.problem, parsed.hint);
      else (row.fields as Record<string, unknown>)[key] = parsed.value;
    }
    if (row.cleared.has("name")) problem("name", "the touchpoint has no name", "every row is a touchpoint: give it a name, or delete the row");
    rows.push(row);
  }
  return { rows, diagnostics };
}

type Parsed = { value: unknown } | { problem: string; hint: string };

function parseField(key: (typeof FIELD_COLUMNS)[number], text: string, channels: Map<string, string>, kpiIds: readonly string[]): Parsed {
  switch (key) {
    case "emotion":
      return parseEmotion(text);
    case "importance":
    case "satisfaction": {
      const n = Number(text.replace(",", "."));
      return Number.isInteger(n) && n >= 1 && n <= 5 ? { value: n } : { problem: `${key} must be a whole number from 1 to 5, got \`${text}\``, hint: `1 = ${key === "importance" ? "matters little" : "not at all satisfied"}, 5 = ${key === "importance" ? "matters a lot" : "fully satisfied"}; or leave it empty` };
    }
    case "moment_of_truth": {
      const k = looseKey(text);
      if (TRUE_WORDS.has(k)) return { value: true };
      if (FALSE_WORDS.has(k)) return { value: false };
      return { problem: `moment of truth must be yes or no, got \`${text}\``, hint: "write yes (or x, sí, sì, true) for a moment of truth; no or leave it empty otherwise" };
    }
    case "channel": {
      const id = channels.get(looseKey(text));
      if (id) return { value: id };
      const guess = didYouMean(looseKey(text), [...channels.keys()]);
      return { problem: `unknown channel \`${text}\``, hint: guess ? `did you mean \`${channels.get(guess)}\`?` : `use a channel id such as web, app, email, phone, store; or declare it under \`channels\` in journeymap.config.yaml` };
    }
    case "control":
    case "confidence": {
      const allowed: readonly string[] = key === "control" ? CONTROLS : CONFIDENCES;
      const k = looseKey(text).replace(/ /g, "-");
      if (allowed.includes(k)) return { value: k };
      const guess = didYouMean(k, allowed);
      return { problem: `${key} must be one of ${allowed.join(", ")}, got \`${text}\``, hint: guess ? `did you mean \`${guess}\`?` : `write one of ${allowed.join(", ")}, or leave it empty for the default (${allowed[0]})` };
    }
    case "category": {
      const id = looseKey(text).replace(/ /g, "-");
      return ID_PATTERN.test(id) ? { value: id } : { problem: `\`${text}\` is not a category id`, hint: "e.g. before-purchase, during-purchase, after-purchase, marketing-reach, or your own id" };
    }
    case "kpis": {
      const ids = listItems(text, /[\n,]/);
      const unknown = ids.filter((id) => !kpiIds.includes(id));
      if (unknown.length > 0) {
        const guess = didYouMean(unknown[0]!, kpiIds);
        return { problem: `unknown KPI \`${unknown[0]}\``, hint: guess ? `did you mean \`${guess}\`?` : "name KPI ids from journeys/kpis/, one per line or separated by commas" };
      }
      return { value: ids };
    }
    case "pains":
    case "highlights":
    case "opportunities":
    case "needs":
      return { value: listItems(text, /\n/) };
    default:
      return { value: text.replace(/\s*\n\s*/g, " ") };
  }
}

/** -2…+2 as a number (a true minus sign, a plus sign or a decimal comma accepted) or as its label. */
export function parseEmotion(text: string): Parsed {
  const numeric = text.replace(/[−–]/g, "-").replace(/^\+/, "").replace(",", ".").trim();
  const n = Number(numeric);
  if (numeric !== "" && Number.isFinite(n)) {
    if (Number.isInteger(n) && n >= EMOTION_MIN && n <= EMOTION_MAX) return { value: n };
  } else {
    const byLabel = Object.entries(EMOTION_LABELS).find(([, label]) => looseKey(label) === looseKey(text));
    if (byLabel) return { value: Number(byLabel[0]) };
  }
  return {
    problem: `emotion must be a whole number from ${EMOTION_MIN} to +${EMOTION_MAX}, got \`${text}\``,
    hint: `${Object.entries(EMOTION_LABELS).sort(([a], [b]) => Number(a) - Number(b)).map(([n, label]) => `${Number(n) > 0 ? "+" : ""}${n} ${label.toLowerCase()}`).join(", ")}`,
  };
}

/** A multi-line cell as a list: one item per line (a leading `-` or `•` bullet dropped), empty lines skipped. */
export function listItems(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((line) => line.trim().replace(/^[-•*]\s+/, "").trim())
    .filter((line) => line !== "");
}

/** Channel ids and labels, tolerantly keyed, to the channel id. */
function channelVocabulary(config: Config): Map<string, string> {
  const map = new Map<string, string>();
  for (const [id, info] of Object.entries(KNOWN_CHANNELS)) {
    map.set(looseKey(id), id);
    map.set(looseKey(info.label), id);
  }
  for (const channel of config.channels) {
    map.set(looseKey(channel.id), channel.id);
    map.set(looseKey(channel.label), channel.id);
  }
  return map;
}

/** A touchpoint field as the table writes it: lists one item per line, a moment of truth as yes/no. */
export function cellText(touchpoint: Touchpoint, key: (typeof FIELD_COLUMNS)[number]): string {
  const value = touchpoint[key];
  if (value === undefined) return "";
  if (Array.isArray(value)) return value.map((item) => (typeof item === "string" ? item : item.text)).join("\n");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

export interface ExportOptions {
  delimiter?: "," | ";";
  /** A byte-order mark first, so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
}

/** The journey as its touchpoint table: what `journeymap export csv` writes. */
export function journeyToCsv(journey: Journey, options: ExportOptions = {}): string {
  const header = JOURNEY_COLUMNS.map((c) => c.label);
  const rows = journey.stages.flatMap((stage) =>
    stage.touchpoints.map((tp) =>
      JOURNEY_COLUMNS.map((c) => (c.key === "stage" ? stage.name : c.key === "stage_id" ? stage.id : c.key === "id" ? tp.id : cellText(tp, c.key))),
    ),
  );
  return stringify([header, ...rows], { delimiter: options.delimiter ?? ",", bom: options.bom ?? true, record_delimiter: "unix" });
}

export type { TableRow };
