import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { countBySeverity } from "../diagnostics/diagnostic.ts";
import { formatGithub } from "../diagnostics/format-github.ts";
import { formatJson } from "../diagnostics/format-json.ts";
import { formatPretty, summaryLine } from "../diagnostics/format-pretty.ts";
import { loadContentInParallel } from "../load/load-content.ts";
import type { Io } from "./io.ts";
import { parseOptions } from "./parse-options.ts";

export const VALIDATE_HELP = `Usage: journeymap validate [--dir DIR] [--format pretty|json|github]

Checks every journey, persona and KPI file: YAML syntax, the fields of each
file against the model, and references across files (personas, KPIs, stages,
redesigned journeys, unique ids). Every problem is reported as
file:line:col with a hint; all problems of all files in one run.

Options:
  --dir DIR        content folder (default: \`content\` in journeymap.config.yaml, else journeys/)
  --format FORMAT  pretty (default; coloured on a terminal), json (for tools),
                   github (GitHub Actions annotations on the pull request's lines)
  -h, --help       show this help

Exit codes: 0 valid (warnings allowed), 1 the content has errors, 2 usage error.`;

export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseOptions("validate", args, {
    dir: { type: "string" },
    format: { type: "string", choices: ["pretty", "json", "github"] },
  });
  if (values.help) {
    io.out(VALIDATE_HELP);
    return 0;
  }
  const content = await loadContentInParallel({ cwd: io.cwd, dir: values.dir });
  const { diagnostics } = content;
  const checked = { journeys: content.journeys.length, personas: content.personas.length, kpis: content.kpis.length, files: content.stats.files };
  const format = values.format ?? "pretty";
  if (format === "json") {
    io.out(formatJson(diagnostics, checked));
  } else if (format === "github") {
    if (diagnostics.length > 0) io.out(formatGithub(diagnostics));
    io.out(summaryLine(diagnostics, checked, false));
  } else {
    if (diagnostics.length > 0) io.out(`${formatPretty(diagnostics, { color: io.color, sourceLine: sourceLines(io.cwd) })}\n\n`);
    io.out(summaryLine(diagnostics, checked, io.color));
  }
  return countBySeverity(diagnostics).error > 0 ? 1 : 0;
}

/** Re-reads a file once for its code frames; a file that cannot be read just gets none. */
function sourceLines(cwd: string) {
  const cache = new Map<string, string[] | undefined>();
  return (file: string, line: number) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(resolve(cwd, file), "utf8").split(/\r?\n/));
      } catch {
        cache.set(file, undefined);
      }
    }
    const text = cache.get(file)?.[line - 1];
    return text !== undefined && text.length <= 200 ? text : undefined;
  };
}
