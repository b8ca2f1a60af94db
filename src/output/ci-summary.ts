// The document `npm run ci:summary` writes for a pull request: short when little changed. First what the change does
// to the journeys (the semantic diff), then the gaps of only the journeys it touched, one line for the rest, and a
// link to the published site. Without a base to compare to, the gaps of every journey.
import { t, type Locale } from "../i18n/index.ts";
import type { GapSeverity } from "../model/index.ts";
import { diffMarkdown, type DiffReport } from "./diff-markdown.ts";
import { capMarkdown, COMMENT_LIMIT, inline, JOB_SUMMARY_LIMIT } from "./markdown.ts";
import type { JourneyReport, Report } from "./report-json.ts";
import { reportMarkdown } from "./report-markdown.ts";

/** Hidden marker that lets the workflow find and update its own comment instead of adding a new one each push. */
export const COMMENT_MARKER = "<!-- journeymap-report -->";

export interface SummaryInput {
  /** The semantic diff against the base; absent when there is no base to compare to. */
  diff?: DiffReport;
  /** Why there is no diff, when one was expected. */
  diffProblem?: string;
  /** The gap report of every journey at the head; absent when the content is invalid. */
  report?: Report;
  /** The published site, for links. */
  siteUrl?: string;
  /** The content's language (the config's `locale`, or JOURNEYMAP_LOCALE): headings, table headers and words. */
  locale?: Locale;
}

/** The whole document, starting with the comment marker. */
export function ciSummaryMarkdown({ diff, diffProblem, report, siteUrl, locale = "en" }: SummaryInput): string {
  const w = t(locale).ci;
  const out = [COMMENT_MARKER];
  if (diff) out.push(diffMarkdown(diff, { locale }));
  else if (diffProblem) out.push(`_${inline(diffProblem)}_`, "");
  if (!report) {
    out.push(w.noReport);
    return `${out.join("\n").trimEnd()}\n`;
  }
  const site = siteUrl ? safeUrl(siteUrl) : undefined;
  const touched = diff ? new Set(diff.journeys.map((j) => j.id)) : undefined;
  const shown = touched ? report.journeys.filter((j) => touched.has(j.id)) : report.journeys;
  const rest = report.journeys.filter((j) => !shown.includes(j));
  if (shown.length > 0) {
    const title = touched ? w.touched(shown.length) : t(locale).report.title;
    out.push(reportMarkdown(only(report, shown), { title, locale }));
  } else {
    out.push(diff ? w.noJourneyChanged : w.noJourneys, "");
  }
  if (rest.length > 0) {
    const counts = countGaps(rest);
    out.push(w.others(rest.length, counts.error, counts.warning, counts.info), "");
  }
  if (site) {
    const pages = shown.filter((j) => !diff || diff.journeys.some((d) => d.id === j.id && d.kind !== "added"));
    const links = pages.map((j) => `[${inline(j.title)}](${site}journeys/${encodeURIComponent(j.id)}/)`);
    out.push(`${w.site} ${site}${links.length ? ` · ${links.join(" · ")}` : ""}`, "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** The pull-request comment: the document, cut below GitHub's limit with a link to the job summary that holds it all. */
export function commentBody(markdown: string, runUrl?: string): string {
  const where = runUrl ? `the job summary: ${runUrl}` : "the job summary of this run";
  return capMarkdown(markdown, COMMENT_LIMIT, `**The report is longer than a comment can hold, so it is cut here.** The whole report is in ${where}.`);
}

/** The job summary: the document, cut at GitHub's 1 MiB per step. */
export function jobSummary(markdown: string): string {
  return capMarkdown(markdown, JOB_SUMMARY_LIMIT, "**The report is longer than a job summary can hold (1 MiB), so it is cut here.** Run `npm run ci:summary` locally, or `npx journeymap report --journey ID` for one journey.", { bytes: true });
}

/** The run's page, where the job summary is: `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`. */
export function runUrl(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
  if (!server || !repository || !run || !/^\d+$/.test(run)) return undefined;
  return safeUrl(`${server}/${repository}/actions/runs/${run}`);
}

/**
 * The published site: `JOURNEYMAP_SITE_URL` when set, else, in GitHub Actions on github.com, the GitHub Pages address
 * the workflow publishes to (`https://<owner>.github.io/<repository>/`).
 */
export function siteUrl(env: Record<string, string | undefined>): string | undefined {
  const explicit = env.JOURNEYMAP_SITE_URL?.trim();
  if (explicit) return safeUrl(explicit.endsWith("/") ? explicit : `${explicit}/`);
  if (env.GITHUB_ACTIONS !== "true" || env.GITHUB_SERVER_URL !== "https://github.com") return undefined;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) return undefined;
  const host = `${owner.toLowerCase()}.github.io`;
  return safeUrl(repo.toLowerCase() === host ? `https://${host}/` : `https://${host}/${repo}/`);
}

/** An http(s) URL that can sit in a Markdown link as is, or nothing. */
function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
    return parsed.href.replace(/[()<>\s"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  } catch {
    return undefined;
  }
}

function countGaps(journeys: readonly JourneyReport[]): Record<GapSeverity, number> {
  const counts: Record<GapSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const g of journeys.flatMap((j) => j.gaps)) counts[g.severity]++;
  return counts;
}

/** The report of some of its journeys, with their totals. */
function only(report: Report, journeys: JourneyReport[]): Report {
  const totals = { ...report.totals, journeys: journeys.length, gaps: countGaps(journeys) };
  if ("accepted" in totals) Object.assign(totals, { accepted: journeys.reduce((n, j) => n + ((j as { accepted?: unknown[] }).accepted?.length ?? 0), 0) });
  return { ...report, totals, journeys };
}
