import { plural } from "../model/vocabulary.ts";
import type { GapSeverity } from "../model/index.ts";
import type { JourneyReport, KpiReport, Report } from "./report-json.ts";
import { KPI_STATUS_LABELS } from "../analysis/kpi-status.ts";
import { formatKpiValue } from "../model/vocabulary.ts";

const SEVERITY: Record<GapSeverity, string> = { error: "🔴 error", warning: "🟠 warning", info: "🔵 info" };
const STATUS = { "on-track": "🟢", "at-risk": "🟠", "off-track": "🔴", "no-data": "⚪" } as const;
const TREND = { improving: "↗ improving", worsening: "↘ worsening", flat: "→ flat", unknown: "—" } as const;

/** Markdown for a pull-request comment or a CI job summary; GitHub renders the mermaid blocks as diagrams. */
export function reportMarkdown(report: Report): string {
  const { error, warning, info } = report.totals.gaps;
  const out = [
    "# Journey report",
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
    `## ${cell(j.title)} · health ${j.health.score}/100`,
    "",
    `${j.state === "future" ? `Future state, redesigns \`${j.redesigns}\`` : "Current state"} · \`${j.file}\` · ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`,
    "",
    `Health ${j.health.score} = 40% emotion (${j.health.emotion}) + 30% KPIs (${j.health.kpis}) + 30% gaps (${j.health.gaps}).`,
    "",
  ];
  if (j.kpis.length > 0) {
    lines.push("| KPI | Status | Latest | Target | Trend |", "| --- | --- | --- | --- | --- |");
    for (const k of j.kpis) lines.push(`| ${cell(k.name)} | ${STATUS[k.status]} ${KPI_STATUS_LABELS[k.status].toLowerCase()}${k.stale ? " (stale)" : ""} | ${latest(k)} | ${k.direction === "higher" ? "≥" : "≤"} ${formatKpiValue(k.target, k)} | ${TREND[k.trend]} |`);
    lines.push("");
  } else {
    lines.push("_No KPI measures this journey._", "");
  }
  if (j.gaps.length > 0) {
    lines.push("| Severity | Gap | Where | Owner | Suggested action |", "| --- | --- | --- | --- | --- |");
    for (const g of j.gaps) {
      lines.push(`| ${SEVERITY[g.severity]} | ${cell(g.title)} <sub>${g.rule}</sub> | \`${g.file}:${g.line}\` | ${cell(g.owner ?? "—")} | ${cell(g.action)} |`);
    }
    lines.push("");
  } else {
    lines.push("_No gaps found._", "");
  }
  if (j.redesign) {
    const r = j.redesign;
    const gains = r.stages.filter((s) => s.gain !== undefined).map((s) => `${cell(s.name)} ${s.gain! > 0 ? "+" : ""}${s.gain}`);
    lines.push(`Redesign of \`${r.current}\`: ${plural(r.added.length, "touchpoint")} added, ${r.removed.length} removed, ${r.changed.length} changed. Emotion gained per stage: ${gains.join(", ") || "—"}.`, "");
  }
  lines.push("<details><summary>Emotion curve</summary>", "", "```mermaid", j.mermaid.trimEnd(), "```", "", "</details>", "");
  return lines;
}

function latest(k: KpiReport): string {
  return k.latest ? `${formatKpiValue(k.latest.value, k)} (${k.latest.date})` : "no data";
}

/** Text from YAML inside a table cell: no pipes, line breaks or HTML that would break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

