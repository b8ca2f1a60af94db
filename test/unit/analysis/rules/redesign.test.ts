import { describe, expect, it } from "vitest";
import { fixture, lineOf } from "./findings.ts";

describe("redesign regressions: a future state that is worse than today", () => {
  const { errors, journey } = fixture("redesign");

  it("redesign/stage-worse: an error at the stage whose lowest point falls, though its mean rises", () => {
    expect(errors).toEqual([]);
    const found = journey("tomorrow").of("redesign/stage-worse");
    expect(found.map((g) => [g.stage, g.severity])).toEqual([["buy", "error"]]);
    expect(found[0]!.title).toBe("The redesign makes stage “Buy” worse than today: lowest point −2 against −1 today");
    expect(found[0]!.location.line).toBe(lineOf(found[0]!.location.file, "id: buy"));
  });

  it("redesign/dropped-touchpoint: a dropped moment of truth and a dropped KPI touchpoint, at `redesigns`; not a plain one", () => {
    const found = journey("tomorrow").of("redesign/dropped-touchpoint");
    expect(found.map((g) => [g.stage, g.touchpoint])).toEqual([
      ["after", undefined],
      ["after", undefined],
    ]);
    expect(found.map((g) => g.title)).toEqual([
      "The redesign drops “Delivery call” (`delivery-call`, stage After), which today is a moment of truth",
      "The redesign drops “Loyalty mail” (`loyalty-mail`, stage After), which today is measured by k",
    ]);
    expect(found.every((g) => g.location.line === lineOf(g.location.file, "redesigns: today"))).toBe(true);
  });

  it("today's journey, compared with nothing, has no redesign findings", () => {
    const today = journey("today").gaps.filter((g) => g.rule.startsWith("redesign/"));
    expect(today).toEqual([]);
  });
});
