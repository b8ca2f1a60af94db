import type { Kpi } from "../model/index.ts";

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
