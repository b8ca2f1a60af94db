import type { Journey } from "../model/index.ts";
import { countBySeverity, type Gap } from "./find-gaps.ts";
import type { KpiStatusName } from "./kpi-status.ts";

export interface Health {
  /** 0–100: 40 % emotion, 30 % KPIs, 30 % gaps. */
  score: number;
  /** Mean emotion mapped from −2..+2 to 0..100, moments of truth counted twice. */
  emotion: number;
  /** Share of the journey's KPIs on track, at-risk ones counting half; 0 without KPIs. */
  kpis: number;
  /** 100 minus 10 per error and 3 per warning, never below 0. */
  gaps: number;
}

/**
 * The journey health score, documented in the README: simple enough for a stakeholder to recompute.
 * `gaps` are the open ones: accepted findings do not count.
 */
export function journeyHealth(journey: Journey, kpiStatuses: readonly KpiStatusName[], gaps: readonly Gap[]): Health {
  const touchpoints = journey.stages.flatMap((s) => s.touchpoints);
  const weight = (t: { moment_of_truth: boolean }) => (t.moment_of_truth ? 2 : 1);
  const totalWeight = touchpoints.reduce((n, t) => n + weight(t), 0);
  const meanEmotion = totalWeight === 0 ? 0 : touchpoints.reduce((n, t) => n + t.emotion * weight(t), 0) / totalWeight;
  const emotion = Math.round(((meanEmotion + 2) / 4) * 100);

  const onTrack = kpiStatuses.filter((s) => s === "on-track").length + kpiStatuses.filter((s) => s === "at-risk").length / 2;
  const kpis = kpiStatuses.length === 0 ? 0 : Math.round((onTrack / kpiStatuses.length) * 100);

  const counts = countBySeverity(gaps);
  const gapScore = Math.max(0, 100 - 10 * counts.error - 3 * counts.warning);
  return { score: Math.round(0.4 * emotion + 0.3 * kpis + 0.3 * gapScore), emotion, kpis, gaps: gapScore };
}
