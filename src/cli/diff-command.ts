import { resolve } from "node:path";
import { analyse } from "../analysis/analyse.ts";
import { diffContent, type ContentDiff } from "../analysis/content-diff.ts";
import { formatPretty } from "../diagnostics/format-pretty.ts";
import { isShallow, mainMergeBase, repositoryRoot, resolveCommit } from "../load/git.ts";
import { loadConfig } from "../load/load-config.ts";
import { loadContent } from "../load/load-content.ts";
import { contentAtRevision, revisionCache } from "../load/revision.ts";
import { plural } from "../model/vocabulary.ts";
import { diffMarkdown, type DiffReport } from "../output/diff-markdown.ts";
import { resolveLocale } from "../i18n/index.ts";
import type { Io } from "./io.ts";
import { parseOptions } from "./parse-options.ts";
import { UsageError } from "./usage-error.ts";

export const DIFF_HELP = `Usage: journeymap diff [BASE] [HEAD] [--dir DIR] [--format md|json]

Compares the content at two git revisions: journeys, stages, touchpoints,
personas and KPIs added, removed, renamed and changed field by field; emotion
per touchpoint before and after; KPI targets and actuals that moved; gaps
opened and closed; each journey's health score before -> after.

  BASE   default: where this branch forked from the main branch
  HEAD   default: the working tree (uncommitted changes included)

Options:
  --dir DIR        content folder (default: \`content\` in journeymap.config.yaml, else journeys/)
  --format FORMAT  md (default: for a pull-request comment) or json
  -h, --help       show this help

Exit codes: 0 done, 1 the content at HEAD is invalid, 2 usage error (outside git, unknown revision).`;

export function diffCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parseOptions("diff", args, { dir: { type: "string" }, format: { type: "string", choices: ["md", "json"] } }, 2);
  if (values.help) {
    io.out(DIFF_HELP);
    return 0;
  }
  const root = repositoryRoot(io.cwd);
  if (!root) throw new UsageError("this is not a git repository: `journeymap diff` compares the content at two git revisions. Run it inside a clone.");
  const [baseArg, headArg] = positionals;
  const baseCommit = baseArg ? commitOf(root, baseArg) : (mainMergeBase(root) ?? commitOf(root, "HEAD"));
  const headCommit = headArg ? commitOf(root, headArg) : undefined;

  // The content folder and the config at each revision are read from git objects, at the same places as in the working tree.
  const { config } = loadConfig(io.cwd, io.cwd);
  const dir = values.dir ? resolve(io.cwd, values.dir) : resolve(io.cwd, config.content);
  const cache = revisionCache();
  const atCommit = (commit: string) => contentAtRevision({ root, commit, cwd: io.cwd, dir, cache });
  const before = atCommit(baseCommit);
  const after = headCommit ? atCommit(headCommit) : loadContent({ cwd: io.cwd, dir });

  const errors = after.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    io.err(`${formatPretty(errors, { color: io.color })}\n\njourneymap: the content at ${headArg ?? "the working tree"} has ${plural(errors.length, "error")}; fix them first.`);
    return 1;
  }
  if (before.diagnostics.some((d) => d.severity === "error")) {
    io.err(`journeymap: the content at ${baseArg ?? "the base"} has problems; files that did not load there count as added.`);
  }
  const report: DiffReport = {
    base: { revision: baseArg ?? "merge base with the main branch", commit: baseCommit },
    head: headCommit ? { revision: headArg!, commit: headCommit } : { revision: "working tree" },
    ...diffContent(analyse(before), analyse(after)),
  };
  io.out(values.format === "json" ? JSON.stringify(report, null, 2) : diffMarkdown(report, { locale: resolveLocale(config.locale) }));
  return 0;
}

function commitOf(root: string, revision: string): string {
  const commit = resolveCommit(root, revision);
  if (commit) return commit;
  if (isShallow(root)) {
    throw new UsageError(`\`${revision}\` is not in this shallow clone. Fetch more history first: \`git fetch --deepen=50\` (or \`git fetch --unshallow\`), or \`git fetch origin main\` for the main branch.`);
  }
  throw new UsageError(`unknown revision \`${revision}\`: give a commit, branch or tag, e.g. \`HEAD~1\` or \`main\`.`);
}
