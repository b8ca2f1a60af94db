import { round } from "../model/vocabulary.ts";
import { line, scaleLinear, scaleUtc } from "d3";
import type { Measurement } from "../model/index.ts";

export interface HistoryInput {
  measurements: readonly Measurement[];
  target: number;
  warning?: number;
  /** How a value reads on the axis and the labels, e.g. `54.2%`: the chart speaks the KPI's unit. */
  formatValue: (value: number) => string;
  /** The chart's words in the site's language: the target's label and the month names. */
  words?: { chartTarget: (value: string) => string; months: readonly string[] };
}

export interface HistoryPoint extends Measurement {
  x: number;
  y: number;
}

export interface HistoryLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: HistoryPoint[];
  line: string;
  /** The label's baseline and the end it is anchored at, placed clear of the line where possible. */
  target: { y: number; label: string; labelX: number; labelY: number; anchor: "start" | "end" };
  /** The at-risk zone between the warning threshold and the target; absent without a threshold. */
  band?: { y: number; height: number };
  yTicks: { y: number; label: string }[];
  /** Month under every tick; the year only where it starts or changes, so the axis stays short. */
  xTicks: { x: number; month: string; year?: string }[];
  last?: { x: number; y: number; label: string };
}

export const HISTORY_WIDTH = 360;
export const HISTORY_HEIGHT = 176;
const MARGIN = { top: 12, bottom: 34 };
/** Rough width of a character of the 11px axis text: enough to size the margins without measuring text. */
const CHAR_WIDTH = 6.6;
/** Keeps the first and last points off the plot's edges. */
const INSET = 8;
const MIN_TICK_SPACING = 34;
/** The largest point's radius and a hair: how close a label may come to the line. */
const POINT_CLEARANCE = 5;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A line chart of a KPI's measurements over time, on a value scale that always shows the target and the warning threshold. */
export function kpiHistoryLayout(input: HistoryInput, width = HISTORY_WIDTH, height = HISTORY_HEIGHT): HistoryLayout {
  const { measurements, target, warning, formatValue } = input;
  const months = input.words?.months ?? MONTHS;
  const y = scaleLinear().domain(valueDomain(measurements.map((m) => m.value), target, warning)).range([height - MARGIN.bottom, MARGIN.top]).nice(4);
  const yTicks = y.ticks(4).map((value) => ({ value, label: formatValue(value) }));
  const lastPoint = measurements.at(-1);
  const lastLabel = lastPoint ? formatValue(lastPoint.value) : "";
  const plot = {
    left: Math.ceil(Math.max(...yTicks.map((t) => t.label.length)) * CHAR_WIDTH) + 10,
    right: width - Math.ceil(Math.max(lastLabel.length, 3) * CHAR_WIDTH + 14),
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };

  const dates = measurements.map((m) => utcDate(m.date));
  const x = scaleUtc()
    .domain([dates[0] ?? new Date(0), dates.at(-1) ?? new Date(0)])
    .range([plot.left + INSET, plot.right - INSET]);
  const points = measurements.map((m, i) => ({ ...m, x: round(x(dates[i]!), 2), y: round(y(m.value), 2) }));
  const toLine = line<HistoryPoint>()
    .x((p) => p.x)
    .y((p) => p.y);

  const targetY = round(y(target), 2);
  const warningY = warning === undefined ? undefined : round(y(warning), 2);
  const last = points.at(-1);
  const targetLabel = input.words ? input.words.chartTarget(formatValue(target)) : `Target ${formatValue(target)}`;
  return {
    width,
    height,
    plot,
    points,
    line: points.length > 1 ? (toLine(points) ?? "") : "",
    target: { y: targetY, label: targetLabel, ...targetLabelPlace(targetLabel, targetY, warningY, points, plot) },
    band: warningY === undefined ? undefined : { y: Math.min(targetY, warningY), height: Math.abs(warningY - targetY) },
    yTicks: yTicks.map((t) => ({ y: round(y(t.value), 2), label: t.label })),
    xTicks: monthTicks(points, plot.right - plot.left, months),
    last: last && { x: last.x, y: last.y, label: lastLabel },
  };
}

/** Values, target and threshold all in view, with some air so no point sits on the frame; never below zero for non-negative data. */
function valueDomain(values: number[], target: number, warning: number | undefined): [number, number] {
  const all = [...values, target, ...(warning === undefined ? [] : [warning])];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const pad = (max - min) * 0.12 || Math.abs(max) * 0.1 || 1;
  return [min >= 0 ? Math.max(0, min - pad) : min - pad, max + pad];
}

/**
 * The target's label goes at the first of four places clear of the line: preferably on the side away from the band,
 * so it never covers the shading, at the left end and then the right. If none is clear, the first place; its halo keeps it legible.
 */
function targetLabelPlace(label: string, targetY: number, warningY: number | undefined, points: HistoryPoint[], plot: HistoryLayout["plot"]) {
  const width = label.length * CHAR_WIDTH;
  const above = { y: targetY - 5, top: targetY - 15, bottom: targetY - 2 };
  const below = { y: targetY + 13, top: targetY + 2, bottom: targetY + 16 };
  const sides = (warningY !== undefined && warningY < targetY ? [below, above] : [above, below]).filter((s) => s.top >= plot.top - 4 && s.bottom <= plot.bottom);
  const left = { labelX: plot.left + 4, anchor: "start" as const, x0: plot.left, x1: plot.left + 8 + width };
  const right = { labelX: plot.right - 4, anchor: "end" as const, x0: plot.right - 8 - width, x1: plot.right };
  const places = sides.flatMap((side) => [left, right].map((end) => ({ ...end, ...side })));
  const clear = places.find((p) => !lineCrosses(points, p.x0 - POINT_CLEARANCE, p.x1 + POINT_CLEARANCE, p.top - POINT_CLEARANCE, p.bottom + POINT_CLEARANCE)) ?? places[0] ?? { ...left, ...above };
  return { labelX: clear.labelX, labelY: clear.y, anchor: clear.anchor };
}

/** Whether the polyline through the points passes through the box: its y range over [x0, x1] is set by the points inside and the ends. */
function lineCrosses(points: HistoryPoint[], x0: number, x1: number, top: number, bottom: number): boolean {
  const ys = points.filter((p) => p.x >= x0 && p.x <= x1).map((p) => p.y);
  for (const x of [x0, x1]) {
    const i = points.findIndex((p) => p.x >= x);
    const a = points[i - 1];
    const b = points[i];
    if (a && b) ys.push(a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x));
  }
  return ys.length > 0 && Math.max(...ys) >= top && Math.min(...ys) <= bottom;
}

/** One tick per measured month, thinned from the newest backwards so the latest month is always labelled. */
function monthTicks(points: HistoryPoint[], plotWidth: number, monthNames: readonly string[] = MONTHS): HistoryLayout["xTicks"] {
  const months = points.filter((p, i) => p.date.slice(0, 7) !== points[i - 1]?.date.slice(0, 7));
  const step = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor(plotWidth / MIN_TICK_SPACING))));
  const kept = months.filter((_, i) => (months.length - 1 - i) % step === 0);
  return kept.map((p, i) => {
    const year = p.date.slice(0, 4);
    const month = monthNames[Number(p.date.slice(5, 7)) - 1] ?? "";
    return { x: p.x, month, year: i === 0 || kept[i - 1]!.date.slice(0, 4) !== year ? year : undefined };
  });
}

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Two decimals keep the SVG small and the output byte-for-byte stable. */
