import { plural } from "../model/vocabulary.ts";
import { analyse } from "../analysis/analyse.ts";
import { buildReport } from "../output/report-json.ts";
import { codeOwnersFor, readCodeOwners } from "../import/codeowners.ts";
import { formatPretty } from "../diagnostics/format-pretty.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import { loadContentInParallel } from "../load/load-content.ts";
import type { Io } from "./io.ts";
import { parseOptions } from "./parse-options.ts";
import { reportMarkdown } from "../output/report-markdown.ts";
import { UsageError } from "./usage-error.ts";

export const REPORT_HELP = `Usage: journeymap report [--dir DIR] [--journey ID] [--format md|json] [--fail-on error|warning|never]

Reports, per journey, the health score, the KPI table, the gaps (ranked by
severity, each with its file:line, owner and a suggested action) and the
emotion curve as a Mermaid diagram.

Options:
  --dir DIR          content folder (default: \`content\` in journeymap.config.yaml, else journeys/)
  --journey ID       only this journey
  --format FORMAT    md (default: for a pull-request comment or a CI job summary)
                     or json (stable, documented in the README, for other tools)
  --fail-on LEVEL    exit 1 when gaps of this severity or worse exist:
                     error, warning, or never (default: gaps are findings, not build errors)
  -h, --help         show this help

Exit codes: 0 done, 1 the content is invalid or --fail-on was met, 2 usage error.`;

export async function reportCommand(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseOptions("report", args, {
    dir: { type: "string" },
    journey: { type: "string" },
    format: { type: "string", choices: ["md", "json"] },
    "fail-on": { type: "string", choices: ["error", "warning", "never"] },
  });
  if (values.help) {
    io.out(REPORT_HELP);
    return 0;
  }
  const content = await loadContentInParallel({ cwd: io.cwd, dir: values.dir });
  const errors = content.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    io.err(`${formatPretty(errors, { color: io.color })}\n\njourneymap: the content has ${plural(errors.length, "error")}; fix them before reporting (see \`journeymap validate\`).`);
    return 1;
  }
  const analysis = analyse(content);
  if (values.journey !== undefined && !analysis.journey(values.journey)) {
    const ids = analysis.journeys.map((j) => j.id).sort();
    const guess = didYouMean(values.journey, ids);
    throw new UsageError(`no journey \`${values.journey}\`.${guess ? ` Did you mean \`${guess}\`?` : ""} Journeys: ${ids.join(", ")}.`);
  }
  const codeowners = readCodeOwners(io.cwd);
  const reviewers = codeowners && ((file: string) => codeOwnersFor(codeowners, file, io.cwd));
  const report = buildReport(analysis, values.journey === undefined ? undefined : [values.journey], { reviewers });
  io.out(values.format === "json" ? JSON.stringify(report, null, 2) : reportMarkdown(report, { locale: analysis.locale }));
  const failOn = values["fail-on"] ?? "never";
  const { error, warning } = report.totals.gaps;
  const failed = (failOn === "error" && error > 0) || (failOn === "warning" && error + warning > 0);
  if (failed) io.err(`journeymap: ${failOn === "error" ? `${error} error gaps` : `${error + warning} error and warning gaps`} (--fail-on ${failOn})`);
  return failed ? 1 : 0;
}
