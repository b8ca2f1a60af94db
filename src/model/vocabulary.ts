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
