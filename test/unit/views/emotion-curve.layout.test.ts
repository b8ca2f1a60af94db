import { describe, expect, it } from "vitest";
import { CURVE_HEIGHT, emotionCurveLayout } from "../../../src/views/emotion-curve.layout.ts";

const point = (column: number, emotion: number, momentOfTruth = false) => ({ column, id: `tp-${column}`, name: `Touchpoint ${column}`, emotion, momentOfTruth });

describe("the emotion curve's layout", () => {
  const layout = emotionCurveLayout([point(0, 1), point(1, -2, true), point(2, 2)], [{ id: "a", name: "A", start: 0, count: 2 }, { id: "b", name: "B", start: 2, count: 1 }], 3, 100);

  it("puts one point at the centre of each touchpoint's column, so it lines up with the map", () => {
    expect(layout.width).toBe(300);
    expect(layout.points.map((p) => p.x)).toEqual([50, 150, 250]);
  });

  it("maps +2 to the top and -2 to the bottom, with zero in the middle", () => {
    const y = Object.fromEntries(layout.levels.map((l) => [l.emotion, l.y]));
    expect(y[2]).toBeLessThan(y[0]!);
    expect(y[-2]).toBeGreaterThan(y[0]!);
    expect(layout.zeroY).toBe(CURVE_HEIGHT / 2);
    expect(layout.points[1]!.y).toBe(y[-2]);
    expect(layout.points[2]!.y).toBe(y[2]);
  });

  it("draws stage bands over their columns and names the weakest link", () => {
    expect(layout.bands.map((b) => [b.x, b.width])).toEqual([[0, 200], [200, 100]]);
    expect(layout.lowest).toEqual({ id: "tp-1", name: "Touchpoint 1", emotion: -2 });
  });

  it("leaves an empty stage's column without a point", () => {
    const gap = emotionCurveLayout([point(0, 0), point(2, 1)], [], 3, 100);
    expect(gap.points.map((p) => p.x)).toEqual([50, 250]);
    expect(gap.width).toBe(300);
  });

  it("draws no line for a single touchpoint, and nothing at all for none", () => {
    expect(emotionCurveLayout([point(0, 1)], [], 1, 100).line).toBe("");
    const empty = emotionCurveLayout([], [], 0, 100);
    expect(empty.points).toEqual([]);
    expect(empty.lowest).toBeUndefined();
  });

  it("is the same bytes every time (deterministic builds)", () => {
    const again = emotionCurveLayout([point(0, 1), point(1, -2, true), point(2, 2)], [{ id: "a", name: "A", start: 0, count: 2 }, { id: "b", name: "B", start: 2, count: 1 }], 3, 100);
    expect(JSON.stringify(again)).toBe(JSON.stringify(layout));
    expect(layout.line).toMatch(/^M50,\d+(\.\d+)?C/);
  });
});
