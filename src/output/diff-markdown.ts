import { signed } from "../model/vocabulary.ts";
import { t, type Locale } from "../i18n/index.ts";

/** The words of the call in progress: diffMarkdown sets them, and everything below runs synchronously inside it. */
let w = t("en").diff;
import type { ContentDiff, FieldChange, GapSummary, JourneyDiff, KpiDiff } from "../analysis/content-diff.ts";
import { code, inline, prose } from "./markdown.ts";

/** `journeymap diff --format json`: the semantic diff with the revisions it compares. */
export interface DiffReport extends ContentDiff {
  base: { revision: string; commit: string };
  head: { revision: string; commit?: string };
}



/** A gap found before and after the change whose details (title, severity) changed: the same gap, not one closed and one opened. */
export interface ChangedGap {
  before: GapSummary;
  after: GapSummary;
}

const SEVERITY_ICON: Record<string, string> = { error: "🔴", warning: "🟠", info: "🔵" };

/**
 * The semantic diff as Markdown for a pull-request comment: what the change does to the journeys, not the YAML.
 * Every text that comes from the content, a revision or a file name is escaped (see markdown.ts).
 */
export function diffMarkdown(report: DiffReport, options: { locale?: Locale } = {}): string {
  w = t(options.locale ?? "en").diff;
  const head = report.head.commit ? `${code(report.head.revision)} (${code(report.head.commit.slice(0, 7))})` : w.workingTree;
  const out = [`# ${w.title}`, "", w.comparing(`${inline(report.base.revision)} (${code(report.base.commit.slice(0, 7))})`, head), ""];
  if (report.journeys.length === 0 && report.personas.length === 0 && report.kpis.length === 0) {
    out.push(w.nothing);
    return `${out.join("\n")}\n`;
  }
  for (const journey of report.journeys) out.push(...journeySection(journey));
  if (report.kpis.length > 0) {
    out.push(`## ${w.kpis}`, "");
    for (const kpi of report.kpis) out.push(`- ${kpiLine(kpi)}`);
    out.push("");
  }
  if (report.personas.length > 0) {
    out.push(`## ${w.personas}`, "");
    for (const p of report.personas) out.push(`- **${text(p.name)}** (${code(p.id)}) ${w.kinds[p.kind]}${p.fields.length ? `: ${p.fields.map((f) => inline(f.field)).join(", ")}` : ""}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function journeySection(j: JourneyDiff): string[] {
  const health = j.health.before !== undefined && j.health.after !== undefined ? w.health(j.health.before, j.health.after) : j.health.after !== undefined ? w.healthNow(j.health.after) : "";
  const lines = [`## ${text(j.title)} (${code(j.id)}) ${w.kinds[j.kind]}${health}`, ""];
  for (const f of j.fields) lines.push(`- ${fieldLine(f)}`);
  for (const s of j.stages) lines.push(`- ${w.stage} **${text(s.name)}** (${code(s.id)}) ${w.kinds[s.kind]}${s.fields.length ? `: ${s.fields.map(fieldLine).join("; ")}` : ""}`);
  for (const t of j.touchpoints) {
    const what = t.kind === "renamed" ? w.renamedFrom(code(t.previousId ?? "")) : w.kinds[t.kind];
    const fields = t.fields.filter((f) => f.field !== "id");
    lines.push(`- ${w.touchpoint} **${text(t.name)}** (${code(t.id)}, ${w.stageOf(code(t.stage))}) ${what}${fields.length ? `: ${fields.map(fieldLine).join("; ")}` : ""}`);
  }
  if (j.kind === "changed" && JSON.stringify(j.curve.before) !== JSON.stringify(j.curve.after)) {
    lines.push("", `${w.curveBefore} ${curve(j.curve.before)}`, `${w.curveAfter} ${curve(j.curve.after)}`);
  }
  const changed = (j.gaps as { changed?: ChangedGap[] }).changed ?? [];
  if (j.gaps.closed.length > 0) lines.push("", w.closed(j.gaps.closed.length), ...j.gaps.closed.map((g) => `- ✅ ${gapLine(g)}`));
  if (changed.length > 0) lines.push("", w.changed(changed.length), ...changed.map(changedLine));
  if (j.gaps.opened.length > 0) lines.push("", w.opened(j.gaps.opened.length), ...j.gaps.opened.map((g) => `- ${icon(g)} ${gapLine(g)}`));
  lines.push("");
  return lines;
}

function icon(g: GapSummary): string {
  return SEVERITY_ICON[g.severity] ?? "•";
}

function gapLine(g: GapSummary): string {
  return `${prose(g.title, { max: 160 })} <sub>${inline(g.rule)}</sub>`;
}

/** The gap as it is now, and what it was: its severity when that moved, its title when that was reworded. */
function changedLine({ before, after }: ChangedGap): string {
  const was: string[] = [];
  if (before.severity !== after.severity) was.push(`${icon(before)} ${inline(before.severity)} → ${icon(after)} ${inline(after.severity)}`);
  if (before.title !== after.title) was.push(`${w.was} ${prose(before.title, { max: 160 })}`);
  return `- ${icon(after)} ${gapLine(after)}${was.length ? ` (${was.join("; ")})` : ""}`;
}

function kpiLine(k: KpiDiff): string {
  const parts: string[] = [];
  if (k.actual) parts.push(`${w.actual} ${k.actual.before ? `${k.actual.before.value} (${k.actual.before.date})` : w.none} → ${k.actual.after ? `${k.actual.after.value} (${k.actual.after.date})` : w.none}`);
  for (const f of k.fields) parts.push(fieldLine(f));
  const status = k.status.before && k.status.after && k.status.before !== k.status.after ? w.now(w.statuses[k.status.after] ?? k.status.after, w.statuses[k.status.before] ?? k.status.before) : "";
  return `**${text(k.name)}** (${code(k.id)}) ${w.kinds[k.kind]}${parts.length ? `: ${parts.join("; ")}` : ""}${status}`;
}

function fieldLine(f: FieldChange): string {
  if (f.field === "emotion") return `${w.emotion} ${signedValue(f.before)} → ${signedValue(f.after)}`;
  return `${inline(f.field)} ${value(f.before)} → ${value(f.after)}`;
}

function value(v: unknown): string {
  if (v === undefined) return w.empty;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.length === 0 ? w.empty : text(v.join(", "));
  // Evidence, systems: what a reviewer needs is how many, the details are in the YAML diff.
  if (Array.isArray(v)) return v.length === 0 ? w.empty : w.items(v.length);
  return typeof v === "string" ? `“${text(v)}”` : code(JSON.stringify(v) ?? String(v));
}

function signedValue(v: unknown): string {
  return typeof v === "number" ? signed(v) : value(v);
}

function curve(points: { emotion: number }[]): string {
  return points.length === 0 ? w.empty : points.map((p) => signed(p.emotion)).join(" ");
}

/** YAML text inside Markdown: one line, escaped, at most 160 characters. */
function text(s: string): string {
  return inline(s, 160);
}
