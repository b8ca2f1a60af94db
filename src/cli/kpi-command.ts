import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { didYouMean } from "../diagnostics/suggest.ts";
import { displayPath } from "../load/display-path.ts";
import { readBounded } from "../load/load-file.ts";
import { plural } from "../model/vocabulary.ts";
import { contentWith, newErrors, type ContentPlace } from "../import/check.ts";
import { error } from "../import/common.ts";
import { planMeasurements, readKpiTable, parseNumber, type Entry } from "../import/kpi-import.ts";
import { isDate } from "../import/kpi-measurements.ts";
import { finish, report } from "./import-command.ts";
import type { Io } from "./io.ts";
import { parseOptions } from "./parse-options.ts";
import { UsageError, unknownWord } from "./usage-error.ts";

export const KPI_HELP = `Usage: journeymap kpi record ID --date YYYY-MM-DD --value NUMBER [--note TEXT] [--replace]
       journeymap kpi import FILE.csv [--replace]

record   Adds one measurement to the KPI's file.
import   Adds many: a CSV with date, KPI (id or name) and value columns, and an
         optional note column; headers in English, Spanish or Italian. An
         analytics export with other headers, date layouts or metric names is
         read through \`kpi_import\` in journeymap.config.yaml (README).

Measurements go in date order, written like the ones around them; every
comment and every other byte of the file stays as it was. A date that already
has a different value is refused unless --replace is given; the same value
again changes nothing. Prints what changed.

Options:
  --replace     overwrite the value of a date that has one
  --dry-run     say what would change, write nothing
  --dir DIR     content folder (default: \`content\` in journeymap.config.yaml, else journeys/)
  -h, --help    show this help

Problems are reported as FILE:row:column or file:line:col, all in one run;
when there is any, nothing is written.
Exit codes: 0 recorded (or nothing to change), 1 a problem, 2 usage error.`;

export function kpiCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parseOptions(
    "kpi",
    args,
    { date: { type: "string" }, value: { type: "string" }, note: { type: "string" }, replace: { type: "boolean" }, dir: { type: "string" }, "dry-run": { type: "boolean" } },
    2,
  );
  if (values.help) {
    io.out(KPI_HELP);
    return 0;
  }
  const [action, target] = positionals;
  if (!action) throw new UsageError("say what to do: `journeymap kpi record ID --date D --value V` or `journeymap kpi import FILE.csv`. See `journeymap kpi --help`.");
  if (action !== "record" && action !== "import") throw unknownWord("command", action, ["record", "import"], "journeymap kpi");
  const place: ContentPlace = { cwd: io.cwd, dir: values.dir };
  const before = contentWith(place);
  let entries: Entry[];
  if (action === "record") {
    if (!target) throw new UsageError("name the KPI: `journeymap kpi record ID --date YYYY-MM-DD --value NUMBER`.");
    if (values.date === undefined || values.value === undefined) throw new UsageError("`kpi record` needs --date YYYY-MM-DD and --value NUMBER.");
    if (!isDate(values.date)) throw new UsageError(`--date must be a calendar date YYYY-MM-DD, got \`${values.date}\`.`);
    const value = parseNumber(values.value, ".");
    if (value === undefined) throw new UsageError(`--value must be a number (e.g. 54.1), got \`${values.value}\`.`);
    const kpi = before.kpis.find((k) => k.data.id === target);
    if (!kpi) {
      if (before.broken.kpi.ids.has(target)) return report(io, [error(displayPath(before.dir, io.cwd), 1, 1, "kpi/invalid-file", `KPI \`${target}\` does not validate, so nothing is recorded in it`, "fix it first: `journeymap validate`")], new Map());
      const ids = before.kpis.map((k) => k.data.id).sort();
      const guess = didYouMean(target, ids);
      throw new UsageError(`no KPI \`${target}\`.${guess ? ` Did you mean \`${guess}\`?` : ""} See journeys/kpis/.`);
    }
    entries = [{ kpi, date: values.date, value, note: values.note }];
  } else {
    if (!target) throw new UsageError("name the CSV file: `journeymap kpi import FILE.csv`.");
    if (values.date || values.value || values.note) throw new UsageError("--date, --value and --note are for `kpi record`; `kpi import` reads them from the file.");
    const path = resolve(io.cwd, target);
    const shown = displayPath(path, io.cwd);
    const read = readBounded(path, shown, 64 * 1024 * 1024);
    if (!read.ok) return report(io, read.diagnostics, new Map());
    const table = readKpiTable(shown, read.bytes, before, before.config.kpi_import);
    if (table.diagnostics.length > 0) return report(io, table.diagnostics, new Map());
    if (table.entries.length === 0) {
      io.out(`${shown}: no measurements in the file; nothing to change.`);
      return 0;
    }
    entries = table.entries;
  }
  const plan = planMeasurements(entries, (file) => readFileSync(resolve(io.cwd, file), "utf8"), values.replace === true);
  if (plan.diagnostics.length > 0) return report(io, plan.diagnostics, new Map());
  const changes = new Map([...plan.texts].filter(([file, text]) => text !== readFileSync(resolve(io.cwd, file), "utf8")).map(([file, text]) => [resolve(io.cwd, file), text]));
  if (changes.size === 0) {
    io.out(`nothing to change: ${plural(plan.counts.unchanged, "measurement")} already recorded with the same value.`);
    return 0;
  }
  const after = contentWith(place, changes);
  const problems = newErrors(before, after);
  if (problems.length > 0) return report(io, problems, changes);
  const tally = [`${plural(plan.counts.added, "measurement")} added`, ...(plan.counts.replaced ? [`${plan.counts.replaced} replaced`] : []), ...(plan.counts.unchanged ? [`${plan.counts.unchanged} already there`] : [])];
  return finish(io, [...changes].map(([path, text]) => ({ path, text })), [...plan.changes, `${tally.join(", ")} in ${plural(changes.size, "KPI file")}`], values["dry-run"] === true);
}
