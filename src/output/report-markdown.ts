import type { GapSeverity } from "../model/index.ts";
import type { JourneyReport, KpiReport, Report } from "./report-json.ts";
import { t, type Locale, type Messages } from "../i18n/index.ts";
import { formatKpiValue } from "../model/vocabulary.ts";
import { code, fenced, inline, prose } from "./markdown.ts";

const STATUS = { "on-track": "🟢", "at-risk": "🟠", "off-track": "🔴", "no-data": "⚪" } as const;

/** An accepted finding, as the report may list it per journey: a gap the author accepted, with the reason. */
type AcceptedGap = JourneyReport["gaps"][number] & { reason?: string };

/**
 * Markdown for a pull-request comment or a CI job summary; GitHub renders the mermaid blocks as diagrams. Every text that
 * comes from the content or a file name is escaped (see markdown.ts): the comment is posted as the bot.
 */
export function reportMarkdown(report: Report, options: { title?: string; locale?: Locale } = {}): string {
  const words = t(options.locale ?? "en");
  const w = words.report;
  const { error, warning, info } = report.totals.gaps;
  const out = [
    `# ${options.title ?? w.title}`,
    "",
    w.totals(report.totals.journeys, error, warning, info, report.asOf),
    "",
  ];
  for (const journey of report.journeys) out.push(...journeySection(journey, words, options.locale ?? "en"));
  return `${out.join("\n").trimEnd()}\n`;
}

function journeySection(j: JourneyReport, words: Messages, locale: Locale): string[] {
  const w = words.report;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const g of j.gaps) counts[g.severity]++;
  const lines = [
    `## ${w.heading(inline(j.title), j.health.score)}`,
    "",
    `${j.state === "future" ? w.future(code(j.redesigns ?? "")) : w.current} · ${code(j.file)} · ${w.counts(counts.error, counts.warning, counts.info)}`,
    "",
    // Code owners are named as code, so GitHub does not ask them for a review from a comment.
    ...(j.reviewers?.length ? [`${w.reviewers} ${j.reviewers.map((r) => code(r)).join(", ")}`, ""] : []),
    w.health(j.health.score, j.health.emotion, j.health.kpis, j.health.gaps),
    "",
  ];
  if (j.kpis.length > 0) {
    lines.push(w.kpiHeader, "| --- | --- | --- | --- | --- |");
    for (const k of j.kpis) lines.push(`| ${cell(k.name)} | ${STATUS[k.status]} ${words.kpiStatus[k.status].toLowerCase()}${k.stale ? w.stale : ""} | ${latest(k, w.noData, locale)} | ${k.direction === "higher" ? "≥" : "≤"} ${inline(formatKpiValue(k.target, k, locale))} | ${w.trend[k.trend]} |`);
    lines.push("");
  } else {
    lines.push(w.noKpi, "");
  }
  if (j.gaps.length > 0) {
    lines.push(w.gapHeader, "| --- | --- | --- | --- | --- |");
    for (const g of j.gaps) {
      lines.push(`| ${w.severity[g.severity]} | ${tableProse(g.title)} <sub>${cell(g.rule)}</sub> | ${code(`${g.file}:${g.line}`, { table: true })} | ${cell(g.owner ?? "—")} | ${tableProse(g.action)} |`);
    }
    lines.push("");
  } else {
    lines.push(w.noGaps, "");
  }
  if (j.redesign) {
    const r = j.redesign;
    const gains = r.stages.filter((s) => s.gain !== undefined).map((s) => `${cell(s.name)} ${s.gain! > 0 ? "+" : ""}${s.gain}`);
    lines.push(w.redesign(code(r.current), r.added.length, r.removed.length, r.changed.length, gains.join(", ") || "—"), "");
  }
  const accepted = (j as { accepted?: AcceptedGap[] }).accepted ?? [];
  if (accepted.length > 0) {
    lines.push(w.accepted(accepted.length), "");
    for (const g of accepted) lines.push(`- ${prose(g.title)} <sub>${inline(g.rule)}</sub> ${w.at} ${code(`${g.file}:${g.line}`)}${g.reason ? `: ${inline(g.reason)}` : ""}`);
    lines.push("");
  }
  lines.push(`<details><summary>${w.curve}</summary>`, "", ...fenced("mermaid", j.mermaid), "", "</details>", "");
  return lines;
}

function latest(k: KpiReport, noData = "no data", locale: Locale = "en"): string {
  return k.latest ? `${inline(formatKpiValue(k.latest.value, k, locale))} (${inline(k.latest.date)})` : noData;
}

/** Text from YAML inside a table cell: escaped by `inline`, which also escapes the pipe that would end the cell. */
function cell(text: string): string {
  return inline(text);
}

/** A gap's title or action inside a table cell: its `quoted` parts as code spans, with the pipe escaped there too. */
function tableProse(text: string): string {
  return prose(text, { table: true });
}

