import type { Analysis } from "../analysis/analyse.ts";
import { git } from "../load/git.ts";
import { formatDate } from "../model/vocabulary.ts";

export interface PrintFooter {
  /** `Buying a gift online · built 26 Nov 2026 from commit abc1234`: the left of every printed page's footer. */
  left: string;
}

let cached: { cwd: string; build: string } | undefined;

/**
 * What every printed page says about where it came from. The date is the commit's (or SOURCE_DATE_EPOCH's),
 * never the clock's, so the same content builds the same bytes; outside git it is the content's reference date.
 */
export function printFooter(analysis: Pick<Analysis, "content" | "asOf">, pageTitle: string, env: Record<string, string | undefined> = process.env): PrintFooter {
  if (!cached || cached.cwd !== analysis.content.cwd) cached = { cwd: analysis.content.cwd, build: buildStamp(analysis, env) };
  return { left: `${pageTitle} · ${cached.build}` };
}

function buildStamp(analysis: Pick<Analysis, "content" | "asOf">, env: Record<string, string | undefined>): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const head = git(["log", "-1", "--format=%H%x1f%cs"], analysis.content.cwd);
  const [commit = "", day = ""] = head.ok ? head.stdout.trim().split("\x1f") : [];
  const date = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000).toISOString().slice(0, 10) : day || analysis.asOf;
  const sha = env.GITHUB_SHA || commit;
  return `built ${formatDate(date)}${/^[0-9a-f]{7,64}$/.test(sha) ? ` from commit ${sha.slice(0, 7)}` : ""}`;
}

/** A CSS string literal that no text can break out of: quotes, backslashes, line breaks and `<` are escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, " ").replace(/</g, "\\3C ")}"`;
}
