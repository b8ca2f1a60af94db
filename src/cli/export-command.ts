import { resolve } from "node:path";
import { formatPretty } from "../diagnostics/format-pretty.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import { displayPath } from "../load/display-path.ts";
import { loadContent } from "../load/load-content.ts";
import { plural } from "../model/vocabulary.ts";
import { writeAll } from "../import/common.ts";
import { journeyToCsv } from "../import/journey-table.ts";
import { mermaidJourney } from "../output/mermaid-journey.ts";
import type { Io } from "./io.ts";
import { parseOptions } from "./parse-options.ts";
import { UsageError, unknownWord } from "./usage-error.ts";

export const EXPORT_HELP = `Usage: journeymap export csv --journey ID [--out FILE] [--delimiter , | ;]
       journeymap export mermaid --journey ID [--out FILE]

csv      The journey's touchpoint table, one row per touchpoint, with the
         columns \`journeymap import csv\` reads back (Stage, Touchpoint,
         Channel, Owner, Emotion, Does, Thinks, Feels, Pains, …, Stage ID,
         Touchpoint ID). Edit it in Sheets or Excel, then import it again to
         update the journey in place. UTF-8 with a byte-order mark, so Excel
         reads accents; --delimiter ; for a European Excel.
mermaid  The journey as a Mermaid \`journey\` diagram, for a README.

Options:
  --journey ID   the journey to export (required)
  --out FILE     write to FILE (default: standard output)
  --dir DIR      content folder (default: \`content\` in journeymap.config.yaml, else journeys/)
  -h, --help     show this help

Exit codes: 0 written, 1 the journey's file has errors, 2 usage error.`;

export function exportCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parseOptions("export", args, { journey: { type: "string" }, out: { type: "string" }, dir: { type: "string" }, delimiter: { type: "string", choices: [",", ";"] } }, 1);
  if (values.help) {
    io.out(EXPORT_HELP);
    return 0;
  }
  const [format] = positionals;
  if (!format) throw new UsageError("say what to export: `journeymap export csv --journey ID` or `journeymap export mermaid --journey ID`.");
  if (format !== "csv" && format !== "mermaid") throw unknownWord("command", format, ["csv", "mermaid"], "journeymap export");
  if (!values.journey) throw new UsageError(`name the journey: \`journeymap export ${format} --journey ID\`.`);
  if (format === "mermaid" && values.delimiter) throw new UsageError("--delimiter is for `export csv`.");
  const content = loadContent({ cwd: io.cwd, dir: values.dir });
  const loaded = content.journeys.find((j) => j.data.id === values.journey);
  if (!loaded) {
    if (content.broken.journey.ids.has(values.journey)) {
      const errors = content.diagnostics.filter((d) => d.severity === "error");
      io.err(`${formatPretty(errors, { color: io.color })}\n\njourneymap: journey \`${values.journey}\` does not validate (${plural(errors.length, "error")} in the content); fix it first.`);
      return 1;
    }
    const ids = content.journeys.map((j) => j.data.id).sort();
    const guess = didYouMean(values.journey, ids);
    throw new UsageError(`no journey \`${values.journey}\`.${guess ? ` Did you mean \`${guess}\`?` : ""} Journeys: ${ids.join(", ") || "none"}.`);
  }
  const journey = loaded.data;
  const names = new Map(content.personas.map((p) => [p.data.id, p.data.name]));
  const text = format === "csv" ? journeyToCsv(journey, { delimiter: (values.delimiter as "," | ";" | undefined) ?? "," }) : mermaidJourney(journey, journey.persona.map((id) => names.get(id) ?? id));
  if (values.out) {
    const path = resolve(io.cwd, values.out);
    writeAll([{ path, text }]);
    const rows = journey.stages.reduce((n, s) => n + s.touchpoints.length, 0);
    io.err(`✔ wrote ${displayPath(path, io.cwd)}${format === "csv" ? ` (${plural(rows, "touchpoint")})` : ""}`);
  } else {
    io.out(text.replace(/\n$/, ""));
  }
  return 0;
}
