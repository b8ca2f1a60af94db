import { resolve } from "node:path";
import { countBySeverity, sortDiagnostics } from "../diagnostics/diagnostic.ts";
import { formatGithub } from "../diagnostics/format-github.ts";
import { formatJson } from "../diagnostics/format-json.ts";
import { formatPretty, summaryLine } from "../diagnostics/format-pretty.ts";
import { loadContentInParallel } from "../load/load-content.ts";
import { sourceLineReader } from "../load/source-lines.ts";
import type { Analysis } from "../analysis/analyse.ts";
import type { Content } from "../model/content.ts";
import type { Journey } from "../model/index.ts";
import { git, mainMergeBase, repositoryRoot, resolveCommit } from "../load/git.ts";
import type { Io } from "./io.ts";
import { UsageError } from "./usage-error.ts";
import { parseOptions } from "./parse-options.ts";

export const VALIDATE_HELP = `Usage: journeymap validate [--dir DIR] [--format pretty|json|github] [--changed [--base REF]]

Checks every journey, persona and KPI file: YAML syntax, the fields of each
file against the model, and references across files (personas, KPIs, stages,
redesigned journeys, unique ids). Every problem is reported as
file:line:col with a hint; all problems of all files in one run.

Options:
  --dir DIR        content folder (default: \`content\` in journeymap.config.yaml, else journeys/)
  --format FORMAT  pretty (default; coloured on a terminal), json (for tools),
                   github (GitHub Actions annotations on the pull request's lines)
  --changed        only report problems in files changed against the base branch
                   (committed, staged, unstaged or new): for a pre-commit hook.
                   References are still checked against all the content.
  --base REF       with --changed: compare with REF (default: where the branch left main)
  -h, --help       show this help

Exit codes: 0 valid (warnings allowed), 1 the content has errors, 2 usage error.`;

export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  return (await validate(args, io)).status;
}

/** What `validate` found: the exit status, and the content and its analysis when it loaded (`npm run build` reuses them). */
export interface Validation {
  status: number;
  content?: Content;
  /** Only for content without errors, and only when a journey accepts a finding (else nothing needed it). */
  analysis?: Analysis;
}

export async function validate(args: readonly string[], io: Io): Promise<Validation> {
  const { values } = parseOptions("validate", args, {
    dir: { type: "string" },
    format: { type: "string", choices: ["pretty", "json", "github"] },
    changed: { type: "boolean" },
    base: { type: "string" },
  });
  if (values.help) {
    io.out(VALIDATE_HELP);
    return { status: 0 };
  }
  const format = values.format ?? "pretty";
  if (values.base !== undefined && !values.changed) throw new UsageError("--base goes with --changed.");
  const content = await loadContentInParallel({ cwd: io.cwd, dir: values.dir });
  // Some problems only the analysis sees (an acceptance that matches no finding any more): warnings, so only on valid content.
  // Only an `accepted` item can be unmatched: without one, the analysis (the gap engine on every journey) is skipped.
  // (Loaded only then: the gap engine is most of the code a plain `validate` would otherwise compile.)
  const analysis = content.diagnostics.some((d) => d.severity === "error") || !content.journeys.some((j) => acceptsFindings(j.data)) ? undefined : (await import("../analysis/analyse.ts")).analyse(content);
  const all = analysis ? sortDiagnostics([...content.diagnostics, ...analysis.diagnostics]) : content.diagnostics;
  const changed = values.changed ? changedFiles(io.cwd, values.base) : undefined;
  const diagnostics = changed ? all.filter((d) => changed.has(resolve(io.cwd, d.file))) : all;
  const checked = { journeys: content.journeys.length, personas: content.personas.length, kpis: content.kpis.length, files: content.stats.files };
  if (changed && format !== "json") io.out(`Changed content files: ${[...changed].filter((f) => f.startsWith(content.dir)).length}`);
  if (format === "json") {
    io.out(formatJson(diagnostics, checked));
  } else if (format === "github") {
    if (diagnostics.length > 0) io.out(formatGithub(diagnostics));
    io.out(summaryLine(diagnostics, checked, false));
  } else {
    if (diagnostics.length > 0) io.out(`${formatPretty(diagnostics, { color: io.color, sourceLine: sourceLineReader(io.cwd) })}\n\n`);
    io.out(summaryLine(diagnostics, checked, io.color));
  }
  return { status: countBySeverity(diagnostics).error > 0 ? 1 : 0, content, analysis };
}

/** Whether a journey accepts any finding (`accepted` on the journey, a stage, a touchpoint or a path). */
function acceptsFindings(journey: Journey): boolean {
  return (
    journey.accepted.length > 0 ||
    journey.paths.some((p) => p.accepted.length > 0) ||
    journey.stages.some((s) => s.accepted.length > 0 || s.touchpoints.some((t) => t.accepted.length > 0))
  );
}

/** Absolute paths of files changed against the base: committed on the branch, staged, unstaged, or new. */
function changedFiles(cwd: string, base?: string): Set<string> {
  const root = repositoryRoot(cwd);
  if (!root) throw new UsageError("--changed needs a git repository: it compares with the base branch.");
  const from = base ? resolveCommit(root, base) : (mainMergeBase(root) ?? resolveCommit(root, "HEAD"));
  if (!from) throw new UsageError(`unknown revision \`${base}\` for --base.`);
  const changed = git(["diff", "--name-only", "-z", from], root).stdout.split("\0");
  const untracked = git(["ls-files", "--others", "--exclude-standard", "-z"], root).stdout.split("\0");
  return new Set([...changed, ...untracked].filter(Boolean).map((f) => resolve(root, f)));
}
