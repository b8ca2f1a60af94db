import type { GapSeverity } from "../model/index.ts";
import { SEVERITY_ORDER, countBySeverity, type Gap } from "../analysis/find-gaps.ts";
import { t, type Locale } from "../i18n/index.ts";

export const SEVERITY_LABELS: Record<GapSeverity, string> = { error: "Error", warning: "Warning", info: "Info" };
export const SEVERITY_PLURALS: Record<GapSeverity, string> = { error: "Errors", warning: "Warnings", info: "Info" };

/** A shape per severity, drawn in a circle like the KPI status icons, so severity reads without colour. */
export const SEVERITY_ICONS: Record<GapSeverity, string> = { error: "✕", warning: "!", info: "i" };

export interface SeverityCount {
  severity: GapSeverity;
  count: number;
  icon: string;
  /** `Errors`, `Warnings`, `Info`: a column or group heading. */
  label: string;
  /** `1 error`, `15 warnings`, `2 info`. */
  text: string;
}

/** One count per severity, most severe first, zeros included: "0 errors" is news too. */
export function severityCounts(gaps: readonly Gap[], locale: Locale = "en"): SeverityCount[] {
  const counts = countBySeverity(gaps);
  const words = t(locale).severity;
  return SEVERITY_ORDER.map((severity) => ({ severity, count: counts[severity], icon: SEVERITY_ICONS[severity], label: words.plurals[severity], text: countText(counts[severity], severity, locale) }));
}

export function countText(count: number, severity: GapSeverity, locale: Locale = "en"): string {
  return t(locale).severity.count[severity](count);
}

export function gapsText(count: number, locale: Locale = "en"): string {
  return t(locale).severity.gaps(count);
}
