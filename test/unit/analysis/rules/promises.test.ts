import { describe, expect, it } from "vitest";
import { fixture, lineOf } from "./findings.ts";

describe("message/inconsistent-promise [002]: two touchpoints promise different values for one key", () => {
  const { errors, journey } = fixture("promises");
  const found = () => journey("promises").of("message/inconsistent-promise");

  it("fires once per key, at the first touchpoint that disagrees, quoting both values", () => {
    expect(errors).toEqual([]);
    expect(found().map((g) => [g.touchpoint, g.stage])).toEqual([["confirmation", "buy"]]);
    expect(found()[0]!.location.line).toBe(lineOf(found()[0]!.location.file, "promises: { delivery: 5 working days }"));
    expect(found()[0]!.title).toBe("“Confirmation email” promises delivery “5 working days”, but “Product page” promised “2 working days”");
  });

  it("not for the same value written differently (case, spaces, a number as text), nor for a key promised alike", () => {
    expect(found().filter((g) => g.touchpoint === "cart" || g.touchpoint === "tracking")).toEqual([]);
  });
});
