import type { Kpi } from "./kpi.ts";
import type { OpportunityStatus } from "./touchpoint.ts";

/**
 * The words and numbers every layer shares: the emotion scale, its labels, and how counts and signed
 * numbers are written. One copy, so the CLI, the report and the site never disagree.
 */

/** The emotion scale: −2 very negative … +2 very positive (seeds 001, 004). */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
export const EMOTION_SCALE = [-2, -1, 0, 1, 2] as const;

export const EMOTION_LABELS: Record<number, string> = {
  [-2]: "Very negative",
  [-1]: "Negative",
  0: "Neutral",
  1: "Positive",
  2: "Very positive",
};

export function emotionLabel(emotion: number): string {
  return EMOTION_LABELS[emotion] ?? "Unknown";
}

/** `−2`, `0`, `+1.5`: signed with a true minus sign, rounded to one decimal. */
export function signed(value: number): string {
  const n = round(value);
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0";
}

/** Rounded to `digits` decimals (default 1), without floating-point tails: 0.30000000000000004 → 0.3. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** `1 stage`, `2 stages`, `0 stages`; irregular plurals are passed in: `plural(n, "study", "studies")`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** The word alone, for sentences that place the number elsewhere. */
export function pluralWord(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/** A number as a reader expects it: grouped thousands, at most `digits` decimals. Fixed locale, so builds are stable. */
export function formatNumber(value: number, digits = 2): string {
  return new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(value);
}

const UNIT_SUFFIX: Partial<Record<Kpi["unit"], string>> = { percent: "%", seconds: " s", minutes: " min", hours: " h", days: " days" };

/** A KPI value as a stakeholder reads it: `54.2%`, `€1,250`, `3.5 days`. Fixed locale, so builds are stable. */
export function formatKpiValue(value: number, kpi: Pick<Kpi, "unit" | "currency">): string {
  if (kpi.unit === "currency") {
    // Whole amounts without ".00": axis labels stay short.
    const cents = Number.isInteger(value) ? 0 : 2;
    return new Intl.NumberFormat("en-GB", { style: "currency", currency: kpi.currency ?? "EUR", minimumFractionDigits: cents, maximumFractionDigits: cents }).format(value);
  }
  const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(value);
  return `${number}${UNIT_SUFFIX[kpi.unit] ?? ""}`;
}

/** `31 Oct 2026` from `2026-10-31`, without time zones getting involved. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

export const OPPORTUNITY_STATUS_LABELS: Record<OpportunityStatus, string> = {
  idea: "Idea",
  planned: "Planned",
  "in-progress": "In progress",
  done: "Done",
  dropped: "Dropped",
};
