import { describe, expect, it } from "vitest";
import { fixture } from "./findings.ts";

describe("owner/silo-handoff [002, 003]: a fall into a negative step across a change of owner team", () => {
  const { errors, journey } = fixture("handoffs");

  it("fires once, at the later touchpoint's owner, naming both teams", () => {
    expect(errors).toEqual([]);
    const found = journey("handoffs").of("owner/silo-handoff");
    expect(found.map((g) => g.touchpoint)).toEqual(["onboarding-call"]);
    expect(found[0]).toMatchObject({ severity: "warning", stage: "all", owner: "Service", location: { line: 11 } });
    expect(found[0]!.title).toContain("from Sales to Service");
  });

  it("not on a step that stays as low, a recovery, a handoff into a neutral or positive step, or one team spelled two ways", () => {
    const quiet = ["first-invoice", "delivery", "welcome-pack", "returns-form", "returns-label", "refund"];
    expect(journey("handoffs").of("owner/silo-handoff").filter((g) => quiet.includes(g.touchpoint!))).toEqual([]);
  });
});
