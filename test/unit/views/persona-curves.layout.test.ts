import { describe, expect, it } from "vitest";
import { personaCurvesLayout, type OverlayInput } from "../../../src/views/persona-curves.layout.ts";

const journey = (id: string, emotions: number[]): OverlayInput => ({
  id,
  title: id,
  points: emotions.map((emotion, i) => ({ id: `${id}-${i}`, name: `Step ${i + 1}`, emotion })),
});

describe("the persona's curves overlaid on one chart", () => {
  it("stretches every journey from the plot's left edge (first touchpoint) to its right edge (last)", () => {
    const { plot, curves } = personaCurvesLayout([journey("short", [0, 1, -1]), journey("long", [1, 0, 0, 2, -2, 1])], 720, 300);
    for (const curve of curves) {
      expect(curve.points[0]).toMatchObject({ t: 0, x: plot.left });
      expect(curve.points.at(-1)).toMatchObject({ t: 1, x: plot.right });
    }
    expect(curves[0]!.points.map((p) => p.t)).toEqual([0, 0.5, 1]);
    expect(curves[1]!.points[2]!.x).toBeCloseTo(plot.left + (plot.right - plot.left) * 0.4, 1);
  });

  it("puts a journey of a single touchpoint in the middle, as a marker without a line", () => {
    const { plot, curves } = personaCurvesLayout([journey("one", [2])]);
    expect(curves[0]!.points).toEqual([expect.objectContaining({ t: 0.5, x: (plot.left + plot.right) / 2 })]);
    expect(curves[0]!.line).toBe("");
    expect(curves[0]!.marker).not.toBe("");
  });

  it("maps +2 to the top of the plot, -2 to the bottom and 0 half-way between", () => {
    const { plot, zeroY, levels, curves } = personaCurvesLayout([journey("swing", [2, -2])], 720, 300);
    expect(curves[0]!.points.map((p) => p.y)).toEqual([plot.top, plot.bottom]);
    expect(zeroY).toBe((plot.top + plot.bottom) / 2);
    expect(levels.map((l) => l.emotion)).toEqual([2, 1, 0, -1, -2]);
    expect(levels[0]!.y).toBe(plot.top);
  });

  it("tints the area above zero and below it, meeting at the zero line", () => {
    const { plot, zeroY, zones } = personaCurvesLayout([], 720, 300);
    expect(zones.positive).toEqual({ x: plot.left, y: plot.top, width: plot.right - plot.left, height: zeroY - plot.top });
    expect(zones.negative).toEqual({ x: plot.left, y: zeroY, width: plot.right - plot.left, height: plot.bottom - zeroY });
  });

  it("gives each curve its own line style and marker, so they differ without colour", () => {
    const { curves } = personaCurvesLayout(["a", "b", "c", "d"].map((id) => journey(id, [0, 1])));
    expect(curves.map((c) => c.style)).toEqual(["solid", "dashed", "dotted", "dash-dot"]);
    expect(new Set(curves.map((c) => c.dash)).size).toBe(4);
    expect(new Set(curves.map((c) => c.marker)).size).toBe(4);
    expect(curves.every((c) => c.line.startsWith("M"))).toBe(true);
  });

  it("names each curve's start, first lowest point and end", () => {
    const { curves } = personaCurvesLayout([journey("dip", [1, -2, 0, -2, 2])]);
    expect(curves[0]).toMatchObject({ start: { name: "Step 1" }, lowest: { name: "Step 2", emotion: -2 }, end: { name: "Step 5", emotion: 2 } });
  });

  it("labels the x axis from the first to the last touchpoint", () => {
    const { ticks, plot } = personaCurvesLayout([]);
    expect(ticks.filter((t) => t.label).map((t) => [t.x, t.label])).toEqual([
      [plot.left, "First touchpoint"],
      [(plot.left + plot.right) / 2, "Halfway"],
      [plot.right, "Last touchpoint"],
    ]);
  });
});

describe("the persona's journeys aligned by stage", () => {
  const staged = (id: string, stages: [string, number[]][]): OverlayInput => ({
    id,
    title: id,
    points: stages.flatMap(([band, emotions]) => emotions.map((emotion, i) => ({ id: `${id}-${band}-${i}`, name: `${band} ${i}`, emotion, band }))),
  });

  it("puts each journey's touchpoints inside the band of their stage, however many each stage has", () => {
    const bands = [{ key: "buy", label: "Buy" }, { key: "use", label: "Use" }];
    const today = staged("today", [["buy", [0, -1, -2]], ["use", [1]]]);
    const redesign = staged("redesign", [["buy", [1]], ["use", [2, 1]]]);
    const { curves, bands: placed, plot } = personaCurvesLayout([today, redesign], 720, 300, bands);
    const mid = (plot.left + plot.right) / 2;
    expect(placed.map((b) => b.label)).toEqual(["Buy", "Use"]);
    expect(placed[1]!.x).toBeCloseTo(mid, 1);
    // Every "buy" point left of the middle, every "use" point right of it, in both journeys.
    for (const curve of curves) {
      for (const p of curve.points) expect(p.name.startsWith("buy") ? p.x < mid : p.x > mid).toBe(true);
    }
    // A stage's single touchpoint sits in the middle of its band.
    expect(curves[0]!.points.at(-1)!.t).toBeCloseTo(0.75, 3);
    expect(curves[1]!.points[0]!.t).toBeCloseTo(0.25, 3);
  });
});
