import type { Analysis } from "../analysis/analyse.ts";
import { git } from "../load/git.ts";
import { formatDate } from "../model/vocabulary.ts";
import { t, type Locale } from "../i18n/index.ts";

export interface PrintFooter {
  /** `Buying a gift online · built 26 Nov 2026 from commit abc1234`: the left of every printed page's footer. */
  left: string;
}

let cached: { cwd: string; locale: Locale; build: string } | undefined;

/**
 * What every printed page says about where it came from. The date is the commit's (or SOURCE_DATE_EPOCH's),
 * never the clock's, so the same content builds the same bytes; outside git it is the content's reference date.
 */
export function printFooter(analysis: Pick<Analysis, "content" | "asOf"> & { locale?: Locale }, pageTitle: string, env: Record<string, string | undefined> = process.env): PrintFooter {
  const locale = analysis.locale ?? "en";
  if (!cached || cached.cwd !== analysis.content.cwd || cached.locale !== locale) cached = { cwd: analysis.content.cwd, locale, build: buildStamp(analysis, env, locale) };
  return { left: `${pageTitle} · ${cached.build}` };
}

function buildStamp(analysis: Pick<Analysis, "content" | "asOf">, env: Record<string, string | undefined>, locale: Locale): string {
  const words = t(locale).ui.print;
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const head = git(["log", "-1", "--format=%H%x1f%cs"], analysis.content.cwd);
  const [commit = "", day = ""] = head.ok ? head.stdout.trim().split("\x1f") : [];
  const date = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000).toISOString().slice(0, 10) : day || analysis.asOf;
  const sha = env.GITHUB_SHA || commit;
  return `${words.built(formatDate(date, locale))}${/^[0-9a-f]{7,64}$/.test(sha) ? words.fromCommit(sha.slice(0, 7)) : ""}`;
}

/** A CSS string literal that no text can break out of: quotes, backslashes, line breaks and `<` are escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, " ").replace(/</g, "\\3C ")}"`;
}
