import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture, lineOf } from "./findings.ts";

describe("satisfaction/important-unsatisfied [003]: the priority quadrant", () => {
  const { errors, journey } = fixture("priorities");

  it("fires at the satisfaction of a step rated important ≥ 4 and satisfied ≤ 2, and nowhere else", () => {
    expect(errors).toEqual([]);
    const found = journey("priorities").of("satisfaction/important-unsatisfied");
    expect(found.map((g) => [g.touchpoint, g.severity])).toEqual([["checkout", "warning"]]);
    expect(found[0]!.title).toBe("“Checkout” matters a lot to customers (importance 5/5) and leaves them unsatisfied (satisfaction 2/5)");
    const { file, line, col } = found[0]!.location;
    expect(line).toBe(lineOf(file, "id: checkout,"));
    expect(col).toBe(lineText(file, line).indexOf("satisfaction: 2") + "satisfaction: ".length + 1);
  });
});

describe("path/critical-low-point [000, 002]: a high-priority path whose lowest step is very negative", () => {
  const { journey } = fixture("priorities");

  it("fires for a path critical by priority and one critical by share, at the low step's entry in the path", () => {
    const found = journey("priorities").of("path/critical-low-point");
    expect(found.map((g) => [g.path, g.touchpoint, g.stage])).toEqual([
      ["main", "checkout", "buy"],
      ["help", "support", "after"],
    ]);
    expect(found[0]!.title).toBe("Critical path “Ad to order” (10% of customers, priority 1) bottoms out at “Checkout” (−2)");
    expect(found[1]!.title).toContain("35% of customers, priority 7");
    expect(found[0]!.location.line).toBe(lineOf(found[0]!.location.file, "id: main,"));
  });

  it("not for a path that is neither high priority nor common, nor a critical one whose low point is only −1", () => {
    expect(journey("priorities").of("path/critical-low-point").filter((g) => g.path === "niche" || g.path === "calm")).toEqual([]);
  });
});

const lineText = (file: string, line: number) => readFileSync(file, "utf8").split("\n")[line - 1]!;
