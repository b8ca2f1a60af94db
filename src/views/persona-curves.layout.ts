import { round } from "../model/vocabulary.ts";
import { curveMonotoneX, line, scaleLinear, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from "d3";

export interface OverlayInput {
  id: string;
  title: string;
  /** The journey's touchpoints in order, each with the band (stage) it belongs to when the chart is aligned by stage. */
  points: readonly { id: string; name: string; emotion: number; band?: string }[];
}

/** A stage band of the x axis: journeys are aligned stage by stage instead of stretched end to end. */
export interface OverlayBand {
  key: string;
  label: string;
}

export interface OverlayPoint {
  id: string;
  name: string;
  emotion: number;
  /** Position along the journey: 0 = first touchpoint, 1 = last. */
  t: number;
  x: number;
  y: number;
}

export type LineStyle = "solid" | "dashed" | "dotted" | "dash-dot";

export interface OverlayCurve {
  id: string;
  title: string;
  /** 0..3: picks the line style, the marker shape and the colour together, so curves differ without colour. */
  series: number;
  style: LineStyle;
  dash: string;
  /** Marker path centred on 0,0, drawn at every touchpoint. */
  marker: string;
  line: string;
  points: OverlayPoint[];
  start?: OverlayPoint;
  /** The first of the lowest points: the weakest link. */
  lowest?: OverlayPoint;
  end?: OverlayPoint;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PersonaCurvesLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  zeroY: number;
  /** The areas above and below zero, tinted so highs and dips read at a glance. */
  zones: { positive: Box; negative: Box };
  /** Where the y axis draws its signed labels and face icons, and the x axis its labels. */
  axis: { labelX: number; faceX: number; labelY: number };
  levels: { emotion: number; y: number }[];
  ticks: { t: number; x: number; label: string; anchor: "start" | "middle" | "end" }[];
  /** With bands: where each stage's band starts and ends, and its label. */
  bands: { key: string; label: string; x: number; width: number }[];
  curves: OverlayCurve[];
}

const STYLES: { style: LineStyle; dash: string; marker: SymbolType }[] = [
  { style: "solid", dash: "", marker: symbolCircle },
  { style: "dashed", dash: "9 6", marker: symbolSquare },
  { style: "dotted", dash: "0.5 6", marker: symbolDiamond },
  { style: "dash-dot", dash: "12 5 0.5 5", marker: symbolTriangle },
];
const MARKER_AREA = 52;
const MARGIN = { left: 72, right: 24, top: 18, bottom: 40 };
const TICK_LABELS: Record<number, string> = { 0: "First touchpoint", 0.5: "Halfway", 1: "Last touchpoint" };

/**
 * Several journeys of one persona on one chart. With `bands`, the axis is the stages, as bands of equal width,
 * each journey's touchpoints spread evenly inside the band of their stage: journeys line up stage by stage.
 * Without, each journey is stretched over the same normalised axis (first touchpoint left, last right).
 */
export function personaCurvesLayout(
  inputs: readonly OverlayInput[],
  width = 720,
  height = 300,
  bands: readonly OverlayBand[] = [],
  ticks: { first: string; halfway: string; last: string } = { first: TICK_LABELS[0]!, halfway: TICK_LABELS[0.5]!, last: TICK_LABELS[1]! },
): PersonaCurvesLayout {
  const tickLabels: Record<number, string> = { 0: ticks.first, 0.5: ticks.halfway, 1: ticks.last };
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const x = scaleLinear().domain([0, 1]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([-2, 2]).range([plot.bottom, plot.top]);
  const toLine = line<OverlayPoint>().x((p) => p.x).y((p) => p.y).curve(curveMonotoneX);
  const curves = inputs.map((input, i): OverlayCurve => {
    const series = i % STYLES.length;
    const { style, dash, marker } = STYLES[series]!;
    const last = input.points.length - 1;
    const perBand = new Map<string, number>();
    for (const p of input.points) if (p.band !== undefined) perBand.set(p.band, (perBand.get(p.band) ?? 0) + 1);
    const seen = new Map<string, number>();
    const bandIndex = new Map(bands.map((b, k) => [b.key, k]));
    const points = input.points.map((p, j) => {
      let t = last === 0 ? 0.5 : j / last;
      const band = p.band === undefined ? undefined : bandIndex.get(p.band);
      if (band !== undefined) {
        const k = seen.get(p.band!) ?? 0;
        seen.set(p.band!, k + 1);
        t = (band + (k + 0.5) / perBand.get(p.band!)!) / bands.length;
      }
      return { id: p.id, name: p.name, emotion: p.emotion, t: round(t, 2), x: round(x(t), 2), y: round(y(p.emotion), 2) };
    });
    return {
      id: input.id,
      title: input.title,
      series,
      style,
      dash,
      marker: symbol(marker, MARKER_AREA)() ?? "",
      line: points.length > 1 ? (toLine(points) ?? "") : "",
      points,
      start: points[0],
      lowest: points.reduce<OverlayPoint | undefined>((low, p) => (!low || p.emotion < low.emotion ? p : low), undefined),
      end: points[last],
    };
  });
  const zeroY = round(y(0), 2);
  const box = (top: number, bottom: number): Box => ({ x: plot.left, y: top, width: plot.right - plot.left, height: bottom - top });
  return {
    width,
    height,
    plot,
    zeroY,
    zones: { positive: box(plot.top, zeroY), negative: box(zeroY, plot.bottom) },
    axis: { labelX: plot.left - 38, faceX: plot.left - 18, labelY: plot.bottom + 24 },
    levels: [2, 1, 0, -1, -2].map((emotion) => ({ emotion, y: round(y(emotion), 2) })),
    ticks:
      bands.length > 0
        ? bands.map((_, k) => k / bands.length).concat(1).map((t) => ({ t: round(t, 4), x: round(x(t), 2), label: "", anchor: "middle" as const }))
        : [0, 0.25, 0.5, 0.75, 1].map((t) => ({ t, x: round(x(t), 2), label: tickLabels[t] ?? "", anchor: t === 0 ? "start" : t === 1 ? "end" : "middle" })),
    bands: bands.map((b, k) => ({ key: b.key, label: b.label, x: round(x(k / bands.length), 2), width: round(x((k + 1) / bands.length) - x(k / bands.length), 2) })),
    curves,
  };
}

/** Two decimals keep the SVG small and the output byte-for-byte stable. */
