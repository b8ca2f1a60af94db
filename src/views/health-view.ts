import type { Health } from "../analysis/health.ts";

export type HealthBandId = "good" | "fair" | "poor";

export interface HealthBand {
  id: HealthBandId;
  label: string;
  /** The same shapes as KPI status: the band reads without colour. */
  icon: string;
}

export interface HealthPart {
  id: "emotion" | "kpis" | "gaps";
  label: string;
  /** 0–100; absent for KPIs when the journey has none (the score then counts them as 0). */
  value?: number;
  /** Its share of the score, e.g. `40 %`. */
  weight: string;
  /** How it is computed, in a line a stakeholder can check by hand. */
  note: string;
}

export interface HealthView {
  score: number;
  band: HealthBand;
  parts: HealthPart[];
  /** For screen readers and tooltips: `Health 40 out of 100, poor`. */
  text: string;
}

/** Bands a stakeholder reads at a glance: 75 and up is good, under 50 poor. */
export function healthBand(score: number): HealthBand {
  if (score >= 75) return { id: "good", label: "Good", icon: "✓" };
  if (score >= 50) return { id: "fair", label: "Fair", icon: "!" };
  return { id: "poor", label: "Poor", icon: "✕" };
}

/** The health score with its three parts, the weights and formulas of `journeyHealth` spelled out. */
export function healthView(health: Health, kpiCount: number): HealthView {
  const band = healthBand(health.score);
  return {
    score: health.score,
    band,
    text: `Health ${health.score} out of 100, ${band.label.toLowerCase()}`,
    parts: [
      { id: "emotion", label: "Emotion", value: health.emotion, weight: "40 %", note: "Mean emotion on a 0–100 scale; moments of truth count twice" },
      {
        id: "kpis",
        label: "KPIs",
        value: kpiCount === 0 ? undefined : health.kpis,
        weight: "30 %",
        note: kpiCount === 0 ? "No KPI measures this journey yet, so this part counts as 0" : `Share of its ${kpiCount} KPIs on track; at risk counts half`,
      },
      { id: "gaps", label: "Gaps", value: health.gaps, weight: "30 %", note: "100, minus 10 per error and 3 per warning" },
    ],
  };
}
