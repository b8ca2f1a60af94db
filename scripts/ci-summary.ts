// `npm run ci:summary`: what a pull request does to the journeys (semantic diff against the base branch) and the gaps
// of the journeys it touched, as one Markdown document (see src/output/ci-summary.ts). It is printed, written as the
// GitHub job summary when there is one (cut at 1 MiB), and written to journeymap-comment/ for the pull-request comment:
// comment.md (cut below GitHub's comment limit) and pr-number. The comment is posted by a separate workflow
// (.github/workflows/journeymap-comment.yml), so that this one runs with a read-only token, also for forks.
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli/main.ts";
import type { Io } from "../src/cli/io.ts";
import { resolveLocale } from "../src/i18n/index.ts";
import { loadConfig } from "../src/load/load-config.ts";
import { ciSummaryMarkdown, commentBody, jobSummary, runUrl, siteUrl } from "../src/output/ci-summary.ts";
import type { DiffReport } from "../src/output/diff-markdown.ts";
import type { Report } from "../src/output/report-json.ts";

/** Where the comment's body and the pull request's number go, for the artifact the comment workflow reads. */
export const COMMENT_DIR = "journeymap-comment";

type Env = Record<string, string | undefined>;

export interface CiSummary {
  code: number;
  /** The whole document. */
  markdown: string;
  comment: string;
  summary: string;
  /** The pull request this run is for, from the GitHub event. */
  pullRequest?: number;
}

/** Runs `diff` and `report` as JSON in `cwd` and composes the summary; writes nothing. */
export async function ciSummary(cwd: string, env: Env, log: (text: string) => void = (t) => process.stderr.write(t)): Promise<CiSummary> {
  const capture = async (args: string[]) => {
    let out = "";
    let err = "";
    const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), cwd, color: false };
    const code = await main(args, io);
    if (err) log(err);
    return { code, out };
  };
  const base = env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined;
  const diff = await capture(base ? ["diff", base, "--format", "json"] : ["diff", "--format", "json"]);
  const report = await capture(["report", "--format", "json"]);
  const markdown = ciSummaryMarkdown({
    diff: diff.code === 0 ? (JSON.parse(diff.out) as DiffReport) : undefined,
    diffProblem: diff.code === 0 ? undefined : "The semantic diff is not available (see the job log), so this lists the gaps of every journey.",
    report: report.code === 0 ? (JSON.parse(report.out) as Report) : undefined,
    siteUrl: siteUrl(env),
    locale: resolveLocale(loadConfig(cwd, cwd).config.locale, env),
  });
  return { code: report.code, markdown, comment: commentBody(markdown, runUrl(env)), summary: jobSummary(markdown), pullRequest: pullRequestNumber(env) };
}

/** The pull request's number from the event payload, only as a positive integer. */
export function pullRequestNumber(env: Env): number | undefined {
  if (!env.GITHUB_EVENT_PATH || !/^pull_request/.test(env.GITHUB_EVENT_NAME ?? "")) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as { number?: unknown; pull_request?: { number?: unknown } };
    const number = event.pull_request?.number ?? event.number;
    return Number.isSafeInteger(number) && (number as number) > 0 ? (number as number) : undefined;
  } catch {
    return undefined;
  }
}

/** Prints the document, appends the job summary, and writes journeymap-comment/{comment.md,pr-number}. */
export async function writeCiSummary(cwd: string, env: Env): Promise<number> {
  const result = await ciSummary(cwd, env);
  process.stdout.write(result.markdown);
  const dir = join(cwd, COMMENT_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "comment.md"), result.comment);
  if (result.pullRequest !== undefined) writeFileSync(join(dir, "pr-number"), `${result.pullRequest}\n`);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, result.summary);
  return result.code;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await writeCiSummary(process.cwd(), process.env);
}
