// `npm run ci:summary`: what a pull request does to the journeys (semantic diff against the base branch) and where
// they fall short (gap report), as one Markdown document: printed, appended to the GitHub job summary when there is
// one, and written to journeymap-comment.md for the pull-request comment.
import { appendFileSync, writeFileSync } from "node:fs";
import { main } from "../src/cli/main.ts";
import type { Io } from "../src/cli/io.ts";

/** Hidden marker that lets the workflow find and update its own comment instead of adding a new one each push. */
export const COMMENT_MARKER = "<!-- journeymap-report -->";

const capture = async (args: string[]) => {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), cwd: process.cwd(), color: false };
  const code = await main(args, io);
  if (err) process.stderr.write(err);
  return { code, out };
};

const base = process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : undefined;
const diff = await capture(base ? ["diff", base] : ["diff"]);
const report = await capture(["report"]);
const body = [COMMENT_MARKER, diff.code === 0 ? diff.out : "_The semantic diff is not available (see the job log)._\n", report.out].join("\n");

process.stdout.write(body);
writeFileSync("journeymap-comment.md", body);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, body);
process.exitCode = report.code;
