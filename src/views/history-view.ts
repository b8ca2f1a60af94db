import { signed } from "../model/vocabulary.ts";
import { t, type Locale } from "../i18n/index.ts";

/** The words of the call in progress (changesView sets them; everything below runs synchronously inside it). */
let w = t("en").ui.changes;
import type { ContentDiff, FieldChange, JourneyDiff, KpiDiff } from "../analysis/content-diff.ts";
import type { HistoryAnalysis } from "../analysis/history.ts";
import { emotionCurveLayout, type CurveLayout } from "./emotion-curve.layout.ts";

export type Availability = { available: true; partial: boolean } | { available: false; reason: string };

export interface JourneyHistoryView {
  availability: Availability;
  /** Oldest first. */
  points: { commit: string; date: string; subject: string; health: number; curve: CurveLayout; touchpoints: number }[];
  /** Health over commits as a polyline in a 0..width × 0..height box. */
  healthLine?: { width: number; height: number; path: string; dots: { x: number; y: number; health: number; commit: string }[] };
}

export interface ChangeEntry {
  commit: string;
  date: string;
  author: string;
  subject: string;
  invalid: boolean;
  /** The change in a stakeholder's words, before the commit message. */
  headline: string;
  lines: { text: string; href?: string; details: string[] }[];
}

const SPARK_WIDTH = 160;
const SPARK_HEIGHT = 40;

/** A journey's health and curve at each commit that touched the content. */
export function journeyHistoryView(history: HistoryAnalysis | undefined, availability: Availability, journeyId: string): JourneyHistoryView {
  const states = history?.journeys.get(journeyId) ?? [];
  const points = states.map((s) => ({
    commit: s.commit.commit.slice(0, 7),
    date: s.commit.date.slice(0, 10),
    subject: s.commit.subject,
    health: s.health,
    touchpoints: s.emotions.length,
    curve: emotionCurveLayout(
      s.emotions.map((emotion, column) => ({ column, id: `${column}`, name: `${column + 1}`, emotion, momentOfTruth: false })),
      [],
      s.emotions.length,
      SPARK_WIDTH / Math.max(1, s.emotions.length),
      SPARK_HEIGHT,
    ),
  }));
  return { availability, points, healthLine: points.length > 1 ? healthLine(points) : undefined };
}

function healthLine(points: { health: number; commit: string }[]): JourneyHistoryView["healthLine"] {
  const width = 480;
  const height = 120;
  const pad = 14;
  const x = (i: number) => Math.round((pad + (i * (width - 2 * pad)) / (points.length - 1)) * 100) / 100;
  const y = (h: number) => Math.round((height - pad - (h / 100) * (height - 2 * pad)) * 100) / 100;
  const dots = points.map((p, i) => ({ x: x(i), y: y(p.health), health: p.health, commit: p.commit }));
  return { width, height, path: dots.map((d, i) => `${i === 0 ? "M" : "L"}${d.x},${d.y}`).join(""), dots };
}

/** "What changed": each commit with what it did to the journeys, KPIs and personas, newest first. */
export function changesView(history: HistoryAnalysis | undefined, href: (path: string) => string, locale: Locale = "en"): ChangeEntry[] {
  w = t(locale).ui.changes;
  return (history?.changes ?? []).map(({ commit, diff, invalid }) => {
    const lines = describe(diff, href);
    return {
      commit: commit.commit.slice(0, 7),
      date: commit.date.slice(0, 10),
      author: commit.author,
      subject: commit.subject,
      invalid,
      // What a stakeholder reads first: the change to the journeys, in their words; the commit message comes second.
      headline: lines.length === 0 ? w.headlineWording : lines.length === 1 ? lines[0]!.text : w.headlineMore(lines[0]!.text, lines.length - 1),
      lines,
    };
  });
}

function describe(diff: ContentDiff, href: (path: string) => string): ChangeEntry["lines"] {
  const lines: ChangeEntry["lines"] = diff.journeys.map((j) => ({ ...journeyLine(j), href: j.kind === "removed" ? undefined : href(`/journeys/${j.id}/`) }));
  for (const k of diff.kpis) {
    const details: string[] = [];
    if (k.actual) details.push(measurementLine(k.actual));
    for (const f of k.fields) details.push(fieldLine(f));
    if (k.status.before && k.status.after && k.status.before !== k.status.after) details.push(w.statusChange(w.statuses[k.status.before] ?? k.status.before, w.statuses[k.status.after] ?? k.status.after));
    const text = k.kind === "changed" ? w.kpiChanged(k.name, Boolean(k.actual && k.fields.length === 0)) : w.kpiKind(k.name, w.kinds[k.kind] ?? k.kind);
    lines.push({ text, details, href: k.kind === "removed" ? undefined : href(`/kpis/#kpi-${k.id}`) });
  }
  for (const p of diff.personas) lines.push({ text: w.personaKind(p.name, w.kinds[p.kind] ?? p.kind), details: p.fields.map(fieldLine), href: p.kind === "removed" ? undefined : href(`/personas/${p.id}/`) });
  return lines;
}

/** A new measurement reads as one; the same date with another value is a correction. */
function measurementLine(actual: NonNullable<KpiDiff["actual"]>): string {
  const { before, after } = actual;
  if (!after) return w.measurementsRemoved(String(before?.value), String(before?.date));
  if (!before) return w.firstMeasurement(String(after.value), after.date);
  if (before.date === after.date) return w.corrected(after.date, String(before.value), String(after.value));
  return w.newMeasurement(String(after.value), after.date, String(before.value), before.date);
}

function journeyLine(j: JourneyDiff): { text: string; details: string[] } {
  if (j.kind !== "changed") return { text: w.journeyKind(j.title, w.kinds[j.kind] ?? j.kind, j.kind === "added" ? j.curve.after.length : undefined), details: [] };
  const count = (kind: string) => j.touchpoints.filter((t) => t.kind === kind).length;
  const parts: string[] = [];
  for (const kind of ["added", "removed", "renamed", "changed"]) if (count(kind)) parts.push(w.touchpoints(count(kind), w.kinds[kind] ?? kind));
  if (j.gaps.closed.length) parts.push(w.gaps(j.gaps.closed.length, "closed"));
  if (j.gaps.opened.length) parts.push(w.gaps(j.gaps.opened.length, "opened"));
  if (j.gaps.changed.length) parts.push(w.gaps(j.gaps.changed.length, "changed"));
  const health = j.health.before !== undefined && j.health.after !== undefined && j.health.before !== j.health.after ? w.health(j.health.before, j.health.after) : "";
  const details = [
    ...j.fields.map(fieldLine),
    ...j.touchpoints.flatMap((t) =>
      t.kind === "changed" || t.kind === "renamed"
        ? [`${t.name}: ${t.fields.map(fieldLine).join("; ")}`]
        : [`${t.name}: ${w.kinds[t.kind] ?? t.kind}`],
    ),
    ...j.stages.map((s) => w.stage(s.name, s.kind === "changed" ? s.fields.map(fieldLine).join("; ") : (w.kinds[s.kind] ?? s.kind))),
  ];
  return { text: `${w.journey(j.title, parts.join("; "))}${health}`, details: details.slice(0, MAX_DETAILS).concat(details.length > MAX_DETAILS ? [w.andMore(details.length - MAX_DETAILS)] : []) };
}

const MAX_DETAILS = 8;

/** `emotion −2 → 0`, `name “Checkout” → “Guest checkout”`, `pains 2 → 3 items`: a field's before and after. */
function fieldLine(f: FieldChange): string {
  const field = f.field.replace(/_/g, " ");
  if (f.field === "emotion" && typeof f.before === "number" && typeof f.after === "number") return `emotion ${signed(f.before)} → ${signed(f.after)}`;
  return `${field} ${valueText(f.before)} → ${valueText(f.after)}`;
}

function valueText(value: unknown): string {
  if (value === undefined || value === null) return w.none;
  if (typeof value === "string") return `“${value.length > 80 ? `${value.slice(0, 79)}…` : value}”`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return w.none;
    const words = value.map(itemText);
    return words.every((w) => w !== undefined) && words.join(", ").length <= 100 ? words.join(", ") : w.items(value.length);
  }
  // A map such as a touchpoint's `emotions` or `promises`: its entries.
  const entries = Object.entries(value as Record<string, unknown>);
  const text = entries.map(([k, v]) => `${k} ${typeof v === "number" ? signed(v) : String(v)}`).join(", ");
  return text.length <= 100 ? text : w.entries(entries.length);
}

/** A list item as words: a sentence, or a record's text or name with its status when it has one. */
function itemText(item: unknown): string | undefined {
  if (typeof item === "string" || typeof item === "number") return String(item);
  const r = item as { text?: unknown; name?: unknown; status?: unknown };
  const label = typeof r.text === "string" ? r.text : typeof r.name === "string" ? r.name : undefined;
  if (label === undefined) return undefined;
  const short = label.length > 60 ? `${label.slice(0, 59)}…` : label;
  return typeof r.status === "string" && r.status !== "idea" ? `${short} (${w.statuses[r.status] ?? r.status.replace("-", " ")})` : short;
}
