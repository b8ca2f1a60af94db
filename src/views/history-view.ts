import { plural, signed } from "../model/vocabulary.ts";
import type { ContentDiff, JourneyDiff } from "../analysis/content-diff.ts";
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
  lines: { text: string; href?: string }[];
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

/** "What changed": each commit with a line per journey, KPI and persona it touched, newest first. */
export function changesView(history: HistoryAnalysis | undefined, href: (path: string) => string): ChangeEntry[] {
  return (history?.changes ?? []).map(({ commit, diff, invalid }) => ({
    commit: commit.commit.slice(0, 7),
    date: commit.date.slice(0, 10),
    author: commit.author,
    subject: commit.subject,
    invalid,
    lines: describe(diff, href),
  }));
}

function describe(diff: ContentDiff, href: (path: string) => string): ChangeEntry["lines"] {
  const lines: ChangeEntry["lines"] = diff.journeys.map((j) => ({ text: journeyLine(j), href: j.kind === "removed" ? undefined : href(`/journeys/${j.id}/`) }));
  for (const k of diff.kpis) {
    const parts = [k.kind === "changed" ? "" : k.kind];
    if (k.actual) parts.push(`actual ${k.actual.before?.value ?? "none"} → ${k.actual.after?.value ?? "none"}`);
    for (const f of k.fields) parts.push(`${f.field} ${JSON.stringify(f.before)} → ${JSON.stringify(f.after)}`);
    lines.push({ text: `KPI ${k.name}: ${parts.filter(Boolean).join("; ")}`, href: k.kind === "removed" ? undefined : href(`/kpis/#kpi-${k.id}`) });
  }
  for (const p of diff.personas) lines.push({ text: `Persona ${p.name} ${p.kind}`, href: p.kind === "removed" ? undefined : href(`/personas/${p.id}/`) });
  return lines;
}

function journeyLine(j: JourneyDiff): string {
  if (j.kind !== "changed") return `Journey ${j.title} ${j.kind}${j.kind === "added" ? ` with ${plural(j.curve.after.length, "touchpoint")}` : ""}`;
  const count = (kind: string) => j.touchpoints.filter((t) => t.kind === kind).length;
  const parts: string[] = [];
  for (const kind of ["added", "removed", "renamed", "changed"]) if (count(kind)) parts.push(`${plural(count(kind), "touchpoint")} ${kind}`);
  const emotions = j.touchpoints.flatMap((t) => t.fields.filter((f) => f.field === "emotion").map((f) => `${t.name} ${signed(Number(f.before))} → ${signed(Number(f.after))}`));
  if (emotions.length) parts.push(`emotion: ${emotions.slice(0, 3).join(", ")}${emotions.length > 3 ? ", …" : ""}`);
  if (j.fields.length) parts.push(j.fields.map((f) => f.field).join(", "));
  if (j.gaps.closed.length) parts.push(`${plural(j.gaps.closed.length, "gap")} closed`);
  if (j.gaps.opened.length) parts.push(`${plural(j.gaps.opened.length, "gap")} opened`);
  if (j.gaps.changed.length) parts.push(`${plural(j.gaps.changed.length, "gap")} changed`);
  const health = j.health.before !== undefined && j.health.after !== undefined && j.health.before !== j.health.after ? ` (health ${j.health.before} → ${j.health.after})` : "";
  return `Journey ${j.title}: ${parts.join("; ") || "changed"}${health}`;
}
