import type { Kpi } from "./kpi.ts";
import type { OpportunityStatus } from "./touchpoint.ts";
import { INTL_TAGS, t, type Locale } from "../i18n/index.ts";
import { formatCount } from "../i18n/plural.ts";

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

/** The emotion's word in the site's language: `Very negative`, `Muy negativa`, `Molto negativa`. */
export function emotionLabel(emotion: number, locale: Locale = "en"): string {
  const labels = t(locale).emotion.labels;
  return (Object.hasOwn(labels, String(emotion)) ? labels[String(emotion) as keyof typeof labels] : undefined) ?? t(locale).emotion.unknown;
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

/**
 * `1 stage`, `2 stages`, `1,030 files` (the CLI's English, thousands grouped as the site's are); irregular plurals are
 * passed in: `plural(n, "study", "studies")`.
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount("en", count)} ${count === 1 ? singular : pluralForm}`;
}

/** The word alone, for sentences that place the number elsewhere. */
export function pluralWord(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/** `count` and its word in a language, by its plural rules (Intl.PluralRules): `1 día`, `0 giorni`, `3 stages`. */
export { count as pluralIn, pick as pluralWordIn } from "../i18n/plural.ts";

/**
 * A number as a reader of the locale expects it: grouped thousands, at most `digits` decimals (`12,345.5`,
 * `12.345,5`). The locale is the build's, never the machine's, so builds are stable.
 */
export function formatNumber(value: number, digits = 2, locale: Locale = "en"): string {
  return new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: digits }).format(value);
}

const UNIT_SUFFIX: Partial<Record<Kpi["unit"], string>> = { percent: "%", seconds: " s", minutes: " min", hours: " h" };

/** A KPI value as a stakeholder reads it: `54.2%`, `€1,250`, `3.5 days` (`54,2 %`, `1250 €`, `3,5 días`). */
export function formatKpiValue(value: number, kpi: Pick<Kpi, "unit" | "currency">, locale: Locale = "en"): string {
  const tag = INTL_TAGS[locale];
  if (kpi.unit === "currency") {
    // Whole amounts without ".00": axis labels stay short.
    const cents = Number.isInteger(value) ? 0 : 2;
    return new Intl.NumberFormat(tag, { style: "currency", currency: kpi.currency ?? "EUR", minimumFractionDigits: cents, maximumFractionDigits: cents }).format(value);
  }
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(value);
  if (kpi.unit === "days") return `${number} ${t(locale).units.days}`;
  if (kpi.unit === "percent") return `${number}${t(locale).units.percent}`;
  return `${number}${UNIT_SUFFIX[kpi.unit] ?? ""}`;
}

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * `31 Oct 2026` from `2026-10-31`, without time zones getting involved; `31 oct 2026` in Spanish and `31 ott 2026` in
 * Italian (Intl). English keeps its own month names, the same on every Node version ("Sep", where ICU may say "Sept").
 */
export function formatDate(date: string, locale: Locale = "en"): string {
  const [y, m, d] = date.split("-").map(Number);
  if (locale === "en") return `${d} ${EN_MONTHS[(m ?? 1) - 1]} ${y}`;
  const utc = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(INTL_TAGS[locale], { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(utc).replace(/\.(?= \d{4}$)/, "");
}

export const OPPORTUNITY_STATUS_LABELS: Record<OpportunityStatus, string> = {
  idea: "Idea",
  planned: "Planned",
  "in-progress": "In progress",
  done: "Done",
  dropped: "Dropped",
};

/** An opportunity's status in the site's language. */
export function opportunityStatusLabel(status: OpportunityStatus, locale: Locale = "en"): string {
  return t(locale).opportunityStatus[status];
}
