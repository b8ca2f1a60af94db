import { round } from "../model/vocabulary.ts";
import { area, curveMonotoneX, line, scaleLinear } from "d3";

export interface CurveInput {
  /** The grid column the point sits in (a stage with no touchpoints still takes a column). */
  column: number;
  id: string;
  name: string;
  emotion: number;
  momentOfTruth: boolean;
}

export interface CurveStage {
  id: string;
  name: string;
  /** Index of the stage's first touchpoint column. */
  start: number;
  count: number;
}

export interface CurveLayout {
  width: number;
  height: number;
  zeroY: number;
  /** y of each emotion level, -2..+2, for gridlines and labels. */
  levels: { emotion: number; y: number }[];
  points: (CurveInput & { x: number; y: number })[];
  line: string;
  /** The area between the curve and zero; clipped above and below zero to colour highs and dips. */
  area: string;
  bands: (CurveStage & { x: number; width: number })[];
  lowest?: { id: string; name: string; emotion: number };
}

export const CURVE_HEIGHT = 180;
/** Room above +2 and below -2 for the point markers: 22 px on the map, less on small charts. */
const padding = (height: number) => Math.min(22, height * 0.15);

/** One point per touchpoint at the centre of its grid column, so the curve lines up with the map's columns. */
export function emotionCurveLayout(points: readonly CurveInput[], stages: readonly CurveStage[], columns: number, columnWidth: number, height = CURVE_HEIGHT): CurveLayout {
  const width = Math.max(1, columns) * columnWidth;
  const y = scaleLinear().domain([-2, 2]).range([height - padding(height), padding(height)]);
  const placed = points.map((p) => ({ ...p, x: round((p.column + 0.5) * columnWidth, 2), y: round(y(p.emotion), 2) }));
  const zeroY = round(y(0), 2);
  const toLine = line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y).curve(curveMonotoneX);
  const toArea = area<{ x: number; y: number }>().x((p) => p.x).y0(zeroY).y1((p) => p.y).curve(curveMonotoneX);
  const lowest = placed.reduce<(typeof placed)[number] | undefined>((low, p) => (!low || p.emotion < low.emotion ? p : low), undefined);
  return {
    width,
    height,
    zeroY,
    levels: [-2, -1, 0, 1, 2].map((emotion) => ({ emotion, y: round(y(emotion), 2) })),
    points: placed,
    line: placed.length > 1 ? (toLine(placed) ?? "") : "",
    area: placed.length > 1 ? (toArea(placed) ?? "") : "",
    bands: stages.map((s) => ({ ...s, x: s.start * columnWidth, width: s.count * columnWidth })),
    lowest: lowest ? { id: lowest.id, name: lowest.name, emotion: lowest.emotion } : undefined,
  };
}

/** Two decimals keep the SVG small and the output byte-for-byte stable. */
