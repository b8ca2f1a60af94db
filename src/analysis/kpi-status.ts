import type { Kpi, KpiCadence, Measurement } from "../model/index.ts";

/**
 * Days after which a KPI measured at a cadence is stale: two periods missed plus a grace for late reports
 * (seeds 001, 003: a KPI has a current value and when it was measured; a monthly figure three months old is not current).
 */
export const CADENCE_STALE_AFTER_DAYS: Record<KpiCadence, number> = { weekly: 15, monthly: 62, quarterly: 184, yearly: 400 };

export type KpiStatusName = "on-track" | "at-risk" | "off-track" | "no-data";
export type KpiTrend = "improving" | "worsening" | "flat" | "unknown";

export interface KpiStatus {
  status: KpiStatusName;
  latest?: Measurement;
  /** Latest minus target: positive means above target, whatever the direction. */
  gap?: number;
  /** The gap relative to the target, e.g. -0.12 for 12 % below it; undefined when the target is 0. */
  relativeGap?: number;
  /** The latest measurement against the one before, honouring the direction. */
  trend: KpiTrend;
  /** Days between the latest measurement and the reference date, when one is given. */
  age?: number;
  /** The age past which it is stale: from its cadence, else the setting; undefined without a reference date. */
  staleAfterDays?: number;
  stale: boolean;
}

export interface KpiStatusOptions {
  /** `YYYY-MM-DD` the age of the latest measurement is counted to. */
  asOf?: string;
  /** The limit for a KPI without a `cadence` (`gaps.stale_after_days`); a cadence sets its own. */
  staleAfterDays?: number;
}

/**
 * Where a KPI stands: on track when the latest value meets the target (honouring the direction),
 * at risk when it misses the target but not the warning threshold, off track past it (or with no threshold).
 */
export function kpiStatus(kpi: Pick<Kpi, "direction" | "target" | "warning" | "measurements"> & { cadence?: KpiCadence }, options: KpiStatusOptions = {}): KpiStatus {
  const latest = kpi.measurements.at(-1);
  if (!latest) return { status: "no-data", trend: "unknown", stale: false };
  const gap = latest.value - kpi.target;
  const relativeGap = kpi.target === 0 ? undefined : gap / Math.abs(kpi.target);
  const better = (a: number, b: number) => (kpi.direction === "higher" ? a >= b : a <= b);
  const status = better(latest.value, kpi.target)
    ? "on-track"
    : kpi.warning !== undefined && better(latest.value, kpi.warning)
      ? "at-risk"
      : "off-track";
  const previous = kpi.measurements.at(-2);
  const trend: KpiTrend = !previous
    ? "unknown"
    : previous.value === latest.value
      ? "flat"
      : better(latest.value, previous.value)
        ? "improving"
        : "worsening";
  const age = options.asOf ? daysBetween(latest.date, options.asOf) : undefined;
  const staleAfterDays = age === undefined ? undefined : staleLimit(kpi, options.staleAfterDays);
  const stale = age !== undefined && staleAfterDays !== undefined && age > staleAfterDays;
  return { status, latest, gap, relativeGap, trend, age, ...(staleAfterDays !== undefined ? { staleAfterDays } : {}), stale };
}

/** Days after which the KPI is stale: its cadence's, else the given default. */
export function staleLimit(kpi: { cadence?: KpiCadence }, fallback?: number): number | undefined {
  return kpi.cadence ? CADENCE_STALE_AFTER_DAYS[kpi.cadence] : fallback;
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD`, in UTC so the answer never depends on the machine. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const KPI_STATUS_LABELS: Record<KpiStatusName, string> = {
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
  "no-data": "No data",
};

/** A shape per status, so status reads in grey and without colour vision. */
export const KPI_STATUS_ICONS: Record<KpiStatusName, string> = { "on-track": "✓", "at-risk": "!", "off-track": "✕", "no-data": "?" };
