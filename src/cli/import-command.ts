import { existsSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { countBySeverity, sortDiagnostics } from "../diagnostics/diagnostic.ts";
import { formatPretty } from "../diagnostics/format-pretty.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import { displayPath } from "../load/display-path.ts";
import { readBounded } from "../load/load-file.ts";
import { ID_PATTERN } from "../model/index.ts";
import { plural } from "../model/vocabulary.ts";
import { contentDir, contentWith, sourceLines, type ContentPlace } from "../import/check.ts";
import { error, idFromName, writeAll, type PlannedWrite } from "../import/common.ts";
import { readTable } from "../import/csv-table.ts";
import { planNewJourney, planUpdate } from "../import/journey-import.ts";
import { JOURNEY_COLUMNS, readJourneyRows } from "../import/journey-table.ts";
import { planMermaidImport } from "../import/mermaid-import.ts";
import { checkPlanned } from "../import/run-import.ts";
import type { Io } from "./io.ts";
import { parseOptions } from "./parse-options.ts";
import { UsageError, unknownWord } from "./usage-error.ts";

export const IMPORT_HELP = `Usage: journeymap import csv FILE [--journey ID] [--out FILE] [--title TEXT] [--persona ID] [--dry-run]
       journeymap import mermaid FILE [--out-dir DIR] [--dry-run]

csv      A touchpoint table (one row per touchpoint: Stage, Touchpoint, Channel,
         Owner, Emotion, Does, Thinks, Feels, Pains, Highlights, Opportunities, …;
         headers in English, Spanish or Italian) becomes a journey.
         --journey ID names the journey (default: made from the file name).
         When that journey exists, its file is updated in place: ids, comments
         and every field the table does not carry are kept, and only what the
         table changes is written. Otherwise a new commented journey is written
         to --out (default: <content>/<ID>.yaml), for --persona (default: the
         first persona) with --title (default: made from the file name).
         Comma, semicolon or tab separated, UTF-8 with or without a BOM; a list
         cell (pains, highlights, …) holds one item per line.
mermaid  Every \`journey\` diagram in a Markdown or .mmd file becomes a journey:
         sections become stages, tasks touchpoints, the 1–5 score −2…+2, and
         actors personas (matched by name, or created). What Mermaid does not
         carry (the channel) gets a default and a comment asking you to fill it in.
         --out-dir DIR: where new journeys go (default: the content folder).

Options:
  --dir DIR     content folder (default: \`content\` in journeymap.config.yaml, else journeys/)
  --dry-run     say what would change, write nothing
  -h, --help    show this help

Problems are reported as FILE:row:column (CSV: row 1 is the header row) or
file:line:col, all in one run; when there is any, nothing is written.
Exit codes: 0 imported, 1 the input has problems, 2 usage error.`;

export async function importCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(
    "import",
    args,
    { journey: { type: "string" }, out: { type: "string" }, "out-dir": { type: "string" }, title: { type: "string" }, persona: { type: "string" }, dir: { type: "string" }, "dry-run": { type: "boolean" } },
    2,
  );
  if (values.help) {
    io.out(IMPORT_HELP);
    return 0;
  }
  const [kind, file] = positionals;
  if (!kind) throw new UsageError("say what to import: `journeymap import csv FILE` or `journeymap import mermaid FILE`. See `journeymap import --help`.");
  if (kind !== "csv" && kind !== "mermaid") throw unknownWord("command", kind, ["csv", "mermaid"], "journeymap import");
  if (!file) throw new UsageError(`name the file to import: \`journeymap import ${kind} FILE\`.`);
  const place: ContentPlace = { cwd: io.cwd, dir: values.dir };
  const path = resolve(io.cwd, file);
  const shown = displayPath(path, io.cwd);
  const read = readBounded(path, shown);
  if (!read.ok) return report(io, read.diagnostics, new Map());
  if (kind === "mermaid") {
    if (values.journey || values.out || values.title || values.persona) throw new UsageError("--journey, --out, --title and --persona are for `import csv`; a Mermaid file may hold several journeys (use --out-dir).");
    const before = contentWith(place);
    const plan = planMermaidImport(shown, read.bytes, before, values["out-dir"] ? resolve(io.cwd, values["out-dir"]) : contentDir(place), io.cwd);
    if (plan.diagnostics.length > 0) return report(io, plan.diagnostics, new Map());
    const changes = new Map(plan.writes.map((w) => [w.path, w.text]));
    const checked = checkPlanned(place, before, changes);
    if (checked.diagnostics.length > 0) return report(io, checked.diagnostics, changes);
    return finish(io, plan.writes, plan.changes, values["dry-run"] === true);
  }
  if (values["out-dir"]) throw new UsageError("--out-dir is for `import mermaid`; `import csv` takes --out FILE.");

  const before = contentWith(place);
  const table = readTable(shown, read.bytes, JOURNEY_COLUMNS, { unknownColumns: "error" });
  const { rows, diagnostics } = readJourneyRows(table, { config: before.config, kpiIds: before.kpis.map((k) => k.data.id) });
  const problems = [...table.diagnostics, ...diagnostics];
  if (problems.length > 0) return report(io, problems, new Map());
  if (rows.length === 0) return report(io, [error(shown, 2, 1, "csv/no-rows", "the table has a header row but no touchpoints", "add one row per touchpoint below the header")], new Map());

  const id = values.journey ?? idFromName(basename(file, extname(file)), "imported-journey");
  if (!ID_PATTERN.test(id)) throw new UsageError(`\`${id}\` is not a journey id: use lower-case letters, digits and single hyphens, e.g. \`${idFromName(id, "my-journey")}\`.`);
  const existing = before.journeys.find((j) => j.data.id === id);
  let target: string;
  let plan;
  if (existing) {
    if (values.out) throw new UsageError(`journey \`${id}\` exists in ${existing.file} and is updated in place; --out is for a new journey.`);
    target = resolve(io.cwd, existing.file);
    const current = readBounded(target, existing.file);
    if (!current.ok) return report(io, current.diagnostics, new Map());
    plan = planUpdate(shown, rows, existing.data, new TextDecoder().decode(current.bytes));
  } else {
    const broken = before.diagnostics.find((d) => d.severity === "error" && before.broken.journey.ids.has(id));
    if (broken && before.broken.journey.ids.has(id)) {
      return report(io, [error(shown, 1, 1, "import/journey-invalid", `journey \`${id}\` exists but does not validate, so it cannot be updated`, "fix it first (`journeymap validate`), then import again")], new Map());
    }
    target = values.out ? resolve(io.cwd, values.out) : join(contentDir(place), `${id}.yaml`);
    if (existsSync(target)) return report(io, [error(shown, 1, 1, "import/file-exists", `${displayPath(target, io.cwd)} already exists and is not journey \`${id}\`; nothing written`, "choose another --out, or name the journey in that file with --journey")], new Map());
    const personas = before.personas.map((p) => p.data.id).sort();
    if (values.persona !== undefined && !personas.includes(values.persona)) {
      const guess = didYouMean(values.persona, personas);
      throw new UsageError(`no persona \`${values.persona}\`.${guess ? ` Did you mean \`${guess}\`?` : ""} Personas: ${personas.join(", ") || "none yet"}.`);
    }
    const persona = values.persona ?? personas[0];
    if (!persona) return report(io, [error(shown, 1, 1, "import/no-persona", "a journey needs a persona, and there is none yet", "create one first: `journeymap new persona <id>`, or pass --persona")], new Map());
    const schema = relative(dirname(target), resolve(io.cwd, "schemas", "journey.schema.json")).split("\\").join("/");
    plan = planNewJourney(shown, rows, {
      id,
      title: values.title ?? titleFromName(basename(file, extname(file))),
      persona,
      schema,
      source: basename(file),
      titleGuessed: values.title === undefined,
      personaGuessed: values.persona === undefined && personas.length > 1,
    });
  }
  if (plan.diagnostics.length > 0 || plan.text === undefined) return report(io, plan.diagnostics, new Map());
  if (plan.changes.length === 0) {
    io.out(`${displayPath(target, io.cwd)}: already matches ${shown}; nothing to change.`);
    return 0;
  }
  const changes = new Map([[target, plan.text]]);
  const checked = checkPlanned(place, before, changes, { table, rowOf: plan.rowOf, path: target, shown: displayPath(target, io.cwd) });
  if (checked.diagnostics.length > 0) return report(io, checked.diagnostics, changes);
  return finish(io, [{ path: target, text: plan.text }], plan.changes.map((c) => `${displayPath(target, io.cwd)}: ${c}`), values["dry-run"] === true);
}

/** Every problem, then the tally; nothing has been written. */
export function report(io: Io, diagnostics: readonly Diagnostic[], planned: ReadonlyMap<string, string>): number {
  const sorted = sortDiagnostics(diagnostics);
  // A CSV row is not a line of the file (cells hold line breaks), so only YAML and Mermaid get a code frame.
  const lines = sourceLines(io.cwd, planned);
  io.err(formatPretty(sorted, { color: io.color, sourceLine: (file, line) => (/\.(csv|tsv|txt)$/i.test(file) ? undefined : lines(file, line)) }));
  const { error: errors } = countBySeverity(sorted);
  io.err(`\n✖ ${plural(errors, "error")}; nothing written.`);
  return errors > 0 ? 1 : 0;
}

export function finish(io: Io, writes: readonly PlannedWrite[], changes: readonly string[], dryRun: boolean): number {
  for (const line of changes) io.out(line);
  if (dryRun) {
    io.out(`(dry run: ${plural(writes.length, "file")} not written)`);
    return 0;
  }
  writeAll(writes);
  io.out(`✔ wrote ${writes.map((w) => displayPath(w.path, io.cwd)).join(", ")}`);
  return 0;
}

/** `online-store-purchase` → `Online store purchase`. */
export function titleFromName(name: string): string {
  const words = name.replace(/[-_.]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "Imported journey";
}
