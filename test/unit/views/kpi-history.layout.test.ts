import { describe, expect, it } from "vitest";
import { kpiHistoryLayout, type HistoryInput } from "../../../src/views/kpi-history.layout.ts";

const percent = (v: number) => `${v}%`;

/** Checkout conversion: higher is better, target 55, at risk down to 48, drifting downwards. */
const CONVERSION: HistoryInput = {
  target: 55,
  warning: 48,
  formatValue: percent,
  measurements: [
    { date: "2026-03-31", value: 43.5 },
    { date: "2026-04-30", value: 42.8 },
    { date: "2026-05-31", value: 44.1 },
    { date: "2026-07-31", value: 41.2, note: "guest checkout removed" },
  ],
};

describe("the history chart of a KPI", () => {
  const layout = kpiHistoryLayout(CONVERSION);

  it("places the points left to right in date order, spaced by time rather than by index", () => {
    const xs = layout.points.map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.points.map((p) => p.date)).toEqual(CONVERSION.measurements.map((m) => m.date));
    // June has no measurement: the gap from May to July is twice a month's step.
    const [mar, apr, may, jul] = xs as [number, number, number, number];
    expect((jul - may) / (apr - mar)).toBeCloseTo(61 / 30, 1);
  });

  it("keeps the first and last points inside the plot", () => {
    expect(layout.points[0]!.x).toBeGreaterThan(layout.plot.left);
    expect(layout.points.at(-1)!.x).toBeLessThan(layout.plot.right);
  });

  it("draws higher values higher up", () => {
    const [, apr, may] = layout.points;
    expect(may!.y).toBeLessThan(apr!.y);
  });

  it("has a value axis that shows the target and the warning threshold even when every value is below both", () => {
    expect(layout.target.y).toBeGreaterThanOrEqual(layout.plot.top);
    expect(layout.target.y).toBeLessThan(Math.min(...layout.points.map((p) => p.y)));
    const values = layout.yTicks.map((t) => Number.parseFloat(t.label));
    expect(Math.max(...values)).toBeGreaterThanOrEqual(55);
    expect(Math.min(...values)).toBeLessThanOrEqual(41.2);
  });

  it("shades the at-risk band from the target line down to the warning threshold", () => {
    expect(layout.band!.y).toBe(layout.target.y);
    const warningY = layout.band!.y + layout.band!.height;
    expect(warningY).toBeGreaterThan(layout.target.y);
    expect(warningY).toBeLessThan(layout.points[0]!.y);
  });

  it("labels the target with its value and the latest point with its value", () => {
    expect(layout.target.label).toBe("Target 55%");
    expect(layout.last).toEqual({ x: layout.points.at(-1)!.x, y: layout.points.at(-1)!.y, label: "41.2%" });
  });

  it("draws one line through all points", () => {
    expect(layout.line.match(/[ML]/g)).toHaveLength(4);
  });

  it("labels each measured month on the time axis, with the year under the first", () => {
    expect(layout.xTicks.map((t) => [t.month, t.year])).toEqual([["Mar", "2026"], ["Apr", undefined], ["May", undefined], ["Jul", undefined]]);
  });

  it("formats the value axis in the KPI's unit", () => {
    expect(layout.yTicks.every((t) => t.label.endsWith("%"))).toBe(true);
  });
});

describe("the band and the target label of a KPI where lower is better", () => {
  const layout = kpiHistoryLayout({
    target: 7,
    warning: 9,
    formatValue: (v) => `${v} min`,
    measurements: [
      { date: "2026-05-31", value: 7.4 },
      { date: "2026-06-30", value: 8.2 },
    ],
  });

  it("shades the band above the target line, up to the warning threshold", () => {
    expect(layout.band!.y + layout.band!.height).toBe(layout.target.y);
    expect(layout.band!.y).toBeLessThan(layout.target.y);
  });

  it("puts the target label below its line, clear of the band", () => {
    expect(layout.target.labelY).toBeGreaterThan(layout.target.y);
  });
});

describe("a target label that would sit on the line", () => {
  it("moves to the right end when the line starts on the target", () => {
    const layout = kpiHistoryLayout({
      target: 96,
      warning: 92,
      formatValue: percent,
      measurements: [
        { date: "2026-04-30", value: 96.1 },
        { date: "2026-05-31", value: 93 },
        { date: "2026-06-30", value: 89 },
      ],
    });
    expect(layout.target.anchor).toBe("end");
    expect(layout.target.labelX).toBeGreaterThan(layout.points[1]!.x);
  });
});

describe("charts of unusual histories", () => {
  it("without a warning threshold has no band", () => {
    expect(kpiHistoryLayout({ ...CONVERSION, warning: undefined }).band).toBeUndefined();
  });

  it("with one measurement shows a single point and no line", () => {
    const layout = kpiHistoryLayout({ ...CONVERSION, measurements: [{ date: "2026-10-31", value: 50 }] });
    expect(layout.points).toHaveLength(1);
    expect(layout.line).toBe("");
    expect(layout.xTicks).toEqual([{ x: layout.points[0]!.x, month: "Oct", year: "2026" }]);
  });

  it("over more than a year thins the month ticks from the newest back and marks the new year", () => {
    const measurements = Array.from({ length: 24 }, (_, i) => ({ date: `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-15`, value: 50 + i }));
    const layout = kpiHistoryLayout({ ...CONVERSION, measurements });
    expect(layout.xTicks.length).toBeLessThan(24);
    expect(layout.xTicks.at(-1)).toMatchObject({ month: "Dec", x: layout.points.at(-1)!.x });
    expect(layout.xTicks.filter((t) => t.year).map((t) => t.year)).toEqual(["2025", "2026"]);
  });

  it("never shows negative values on the axis of a KPI that cannot go below zero", () => {
    const layout = kpiHistoryLayout({ target: 4, warning: 6, formatValue: percent, measurements: [{ date: "2026-10-31", value: 0.5 }] });
    expect(layout.yTicks.every((t) => Number.parseFloat(t.label) >= 0)).toBe(true);
  });

  it("has the same size for every KPI, so the page does not shift as charts load", () => {
    const a = kpiHistoryLayout(CONVERSION);
    const b = kpiHistoryLayout({ target: 180, warning: 230, formatValue: (v) => `€${v}.00`, measurements: [{ date: "2026-10-31", value: 214 }] });
    expect([a.width, a.height]).toEqual([b.width, b.height]);
  });
});
