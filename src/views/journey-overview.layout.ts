import { area, curveMonotoneX, line, scaleLinear } from "d3";
import type { Journey, Stage } from "../model/index.ts";
import { EMOTION_MAX, EMOTION_MIN, EMOTION_SCALE, round } from "../model/vocabulary.ts";

/**
 * The overview's chart: stages as bands of equal width across the whole page, each stage's touchpoints
 * spread evenly inside its band. Equal bands keep several curves (today and the redesign, or one per
 * persona) on the same stage-aligned axes even when their touchpoint counts differ.
 *
 * x is in per cent of the width, so the chart fits any screen; y is in pixels of a fixed-height plot.
 * The SVG's viewBox is 1000 units wide (x × 10) and stretched with `preserveAspectRatio="none"`;
 * markers are placed in HTML so they stay round.
 */

export const OVERVIEW_HEIGHT = 150;
const PADDING = 16;

export interface BandInput {
  id: string;
  name: string;
}

export interface SeriesInput {
  id: string;
  label: string;
  /** `main` is the journey itself; `compare` today's journey behind a redesign; `persona` one persona's own curve. */
  role: SeriesRole;
  /** Each point with the id of the band (stage) it sits in, in journey order. */
  points: { id: string; name: string; stage: string; emotion: number; momentOfTruth: boolean }[];
}

export type SeriesRole = "main" | "compare" | "persona";

export interface PlacedPoint {
  id: string;
  name: string;
  stage: string;
  emotion: number;
  momentOfTruth: boolean;
  /** Per cent of the chart's width. */
  x: number;
  y: number;
}

export interface SeriesLayout {
  id: string;
  label: string;
  role: SeriesRole;
  points: PlacedPoint[];
  /** In viewBox units (x × 10). */
  line: string;
  area: string;
}

export interface OverviewLayout {
  height: number;
  zeroY: number;
  levels: { emotion: number; y: number }[];
  /** Left edge and width of each band, per cent. */
  bands: { id: string; name: string; x: number; width: number }[];
  series: SeriesLayout[];
}

export function overviewLayout(bands: readonly BandInput[], series: readonly SeriesInput[], height = OVERVIEW_HEIGHT): OverviewLayout {
  const y = scaleLinear().domain([EMOTION_MIN, EMOTION_MAX]).range([height - PADDING, PADDING]);
  const width = 100 / Math.max(1, bands.length);
  const bandIndex = new Map(bands.map((b, i) => [b.id, i]));
  const toLine = line<PlacedPoint>().x((p) => p.x * 10).y((p) => p.y).curve(curveMonotoneX);
  const zeroY = round(y(0), 2);
  const toArea = area<PlacedPoint>().x((p) => p.x * 10).y0(zeroY).y1((p) => p.y).curve(curveMonotoneX);
  return {
    height,
    zeroY,
    levels: EMOTION_SCALE.map((emotion) => ({ emotion, y: round(y(emotion), 2) })),
    bands: bands.map((b, i) => ({ id: b.id, name: b.name, x: round(i * width, 3), width: round(width, 3) })),
    series: series.map((s) => {
      const perBand = new Map<string, number>();
      for (const p of s.points) perBand.set(p.stage, (perBand.get(p.stage) ?? 0) + 1);
      const seen = new Map<string, number>();
      const points = s.points.flatMap((p) => {
        const band = bandIndex.get(p.stage);
        if (band === undefined) return [];
        const j = seen.get(p.stage) ?? 0;
        seen.set(p.stage, j + 1);
        const x = (band + (j + 0.5) / perBand.get(p.stage)!) * width;
        return [{ ...p, x: round(x, 3), y: round(y(p.emotion), 2) }];
      });
      return {
        id: s.id,
        label: s.label,
        role: s.role,
        points,
        line: points.length > 1 ? (toLine(points) ?? "") : "",
        area: points.length > 1 ? (toArea(points) ?? "") : "",
      };
    }),
  };
}

/**
 * The stages of a redesign and of today's journey on one axis: the redesign's stages in order, and a stage
 * only today has placed after the stage that came before it today.
 */
export function mergedStages(future: Journey, current?: Journey): Stage[] {
  const merged = [...future.stages];
  if (!current) return merged;
  let after = -1;
  for (const stage of current.stages) {
    const at = merged.findIndex((s) => s.id === stage.id);
    if (at >= 0) {
      after = at;
      continue;
    }
    merged.splice(after + 1, 0, stage);
    after += 1;
  }
  return merged;
}

export function seriesPoints(journey: Journey, emotionOf: (t: Journey["stages"][number]["touchpoints"][number]) => number = (t) => t.emotion): SeriesInput["points"] {
  return journey.stages.flatMap((stage) =>
    stage.touchpoints.map((t) => ({ id: t.id, name: t.name, stage: stage.id, emotion: emotionOf(t), momentOfTruth: t.moment_of_truth })),
  );
}
