import type { Kpi, Measurement } from "../model/index.ts";

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
  stale: boolean;
}

export interface KpiStatusOptions {
  /** `YYYY-MM-DD` the age of the latest measurement is counted to. */
  asOf?: string;
  staleAfterDays?: number;
}

/**
 * Where a KPI stands: on track when the latest value meets the target (honouring the direction),
 * at risk when it misses the target but not the warning threshold, off track past it (or with no threshold).
 */
export function kpiStatus(kpi: Pick<Kpi, "direction" | "target" | "warning" | "measurements">, options: KpiStatusOptions = {}): KpiStatus {
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
  const stale = age !== undefined && options.staleAfterDays !== undefined && age > options.staleAfterDays;
  return { status, latest, gap, relativeGap, trend, age, stale };
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
