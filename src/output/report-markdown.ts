import { plural } from "../model/vocabulary.ts";
import type { GapSeverity } from "../model/index.ts";
import type { JourneyReport, KpiReport, Report } from "./report-json.ts";
import { KPI_STATUS_LABELS } from "../analysis/kpi-status.ts";
import { formatKpiValue } from "../model/vocabulary.ts";
import { code, fenced, inline, prose } from "./markdown.ts";

const SEVERITY: Record<GapSeverity, string> = { error: "🔴 error", warning: "🟠 warning", info: "🔵 info" };
const STATUS = { "on-track": "🟢", "at-risk": "🟠", "off-track": "🔴", "no-data": "⚪" } as const;
const TREND = { improving: "↗ improving", worsening: "↘ worsening", flat: "→ flat", unknown: "—" } as const;

/** An accepted finding, as the report may list it per journey: a gap the author accepted, with the reason. */
type AcceptedGap = JourneyReport["gaps"][number] & { reason?: string };

/**
 * Markdown for a pull-request comment or a CI job summary; GitHub renders the mermaid blocks as diagrams. Every text that
 * comes from the content or a file name is escaped (see markdown.ts): the comment is posted as the bot.
 */
export function reportMarkdown(report: Report, options: { title?: string } = {}): string {
  const { error, warning, info } = report.totals.gaps;
  const out = [
    `# ${options.title ?? "Journey report"}`,
    "",
    `${plural(report.totals.journeys, "journey")} · ${plural(error, "error")}, ${plural(warning, "warning")}, ${info} info · KPIs as of ${report.asOf}`,
    "",
  ];
  for (const journey of report.journeys) out.push(...journeySection(journey));
  return `${out.join("\n").trimEnd()}\n`;
}

function journeySection(j: JourneyReport): string[] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const g of j.gaps) counts[g.severity]++;
  const lines = [
    `## ${inline(j.title)} · health ${j.health.score}/100`,
    "",
    `${j.state === "future" ? `Future state, redesigns ${code(j.redesigns ?? "")}` : "Current state"} · ${code(j.file)} · ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`,
    "",
    `Health ${j.health.score} = 40% emotion (${j.health.emotion}) + 30% KPIs (${j.health.kpis}) + 30% gaps (${j.health.gaps}).`,
    "",
  ];
  if (j.kpis.length > 0) {
    lines.push("| KPI | Status | Latest | Target | Trend |", "| --- | --- | --- | --- | --- |");
    for (const k of j.kpis) lines.push(`| ${cell(k.name)} | ${STATUS[k.status]} ${KPI_STATUS_LABELS[k.status].toLowerCase()}${k.stale ? " (stale)" : ""} | ${latest(k)} | ${k.direction === "higher" ? "≥" : "≤"} ${inline(formatKpiValue(k.target, k))} | ${TREND[k.trend]} |`);
    lines.push("");
  } else {
    lines.push("_No KPI measures this journey._", "");
  }
  if (j.gaps.length > 0) {
    lines.push("| Severity | Gap | Where | Owner | Suggested action |", "| --- | --- | --- | --- | --- |");
    for (const g of j.gaps) {
      lines.push(`| ${SEVERITY[g.severity]} | ${tableProse(g.title)} <sub>${cell(g.rule)}</sub> | ${code(`${g.file}:${g.line}`, { table: true })} | ${cell(g.owner ?? "—")} | ${tableProse(g.action)} |`);
    }
    lines.push("");
  } else {
    lines.push("_No gaps found._", "");
  }
  if (j.redesign) {
    const r = j.redesign;
    const gains = r.stages.filter((s) => s.gain !== undefined).map((s) => `${cell(s.name)} ${s.gain! > 0 ? "+" : ""}${s.gain}`);
    lines.push(`Redesign of ${code(r.current)}: ${plural(r.added.length, "touchpoint")} added, ${r.removed.length} removed, ${r.changed.length} changed. Emotion gained per stage: ${gains.join(", ") || "—"}.`, "");
  }
  const accepted = (j as { accepted?: AcceptedGap[] }).accepted ?? [];
  if (accepted.length > 0) {
    lines.push(`Accepted (${accepted.length}), out of the health score and the \`--fail-on\` gate:`, "");
    for (const g of accepted) lines.push(`- ${prose(g.title)} <sub>${inline(g.rule)}</sub> at ${code(`${g.file}:${g.line}`)}${g.reason ? `: ${inline(g.reason)}` : ""}`);
    lines.push("");
  }
  lines.push("<details><summary>Emotion curve</summary>", "", ...fenced("mermaid", j.mermaid), "", "</details>", "");
  return lines;
}

function latest(k: KpiReport): string {
  return k.latest ? `${inline(formatKpiValue(k.latest.value, k))} (${inline(k.latest.date)})` : "no data";
}

/** Text from YAML inside a table cell: escaped by `inline`, which also escapes the pipe that would end the cell. */
function cell(text: string): string {
  return inline(text);
}

/** A gap's title or action inside a table cell: its `quoted` parts as code spans, with the pipe escaped there too. */
function tableProse(text: string): string {
  return prose(text, { table: true });
}

