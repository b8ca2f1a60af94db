import type { Health } from "../analysis/health.ts";
import { t, type Locale } from "../i18n/index.ts";

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
export function healthBand(score: number, locale: Locale = "en"): HealthBand {
  const bands = t(locale).health.bands;
  if (score >= 75) return { id: "good", label: bands.good, icon: "✓" };
  if (score >= 50) return { id: "fair", label: bands.fair, icon: "!" };
  return { id: "poor", label: bands.poor, icon: "✕" };
}

/** The health score with its three parts, the weights and formulas of `journeyHealth` spelled out. */
export function healthView(health: Health, kpiCount: number, locale: Locale = "en"): HealthView {
  const band = healthBand(health.score, locale);
  const words = t(locale).health;
  return {
    score: health.score,
    band,
    text: words.text(health.score, band.label.toLowerCase()),
    parts: [
      { id: "emotion", label: words.parts.emotion, value: health.emotion, weight: "40 %", note: words.notes.emotion },
      {
        id: "kpis",
        label: words.parts.kpis,
        value: kpiCount === 0 ? undefined : health.kpis,
        weight: "30 %",
        note: kpiCount === 0 ? words.notes.noKpis : words.notes.kpis(kpiCount),
      },
      { id: "gaps", label: words.parts.gaps, value: health.gaps, weight: "30 %", note: words.notes.gaps },
    ],
  };
}
