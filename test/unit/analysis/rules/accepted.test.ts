import { describe, expect, it } from "vitest";
import { fixture, lineOf } from "./findings.ts";

describe("accepted findings: accepted at their location, with a reason", () => {
  const { errors, journey } = fixture("accepted");

  it("an accepted finding moves to `accepted` with its reason, and out of `gaps`", () => {
    expect(errors).toEqual([]);
    const { gaps, accepted } = journey("accepted");
    expect(accepted.map((g) => [g.rule, g.touchpoint ?? g.stage, g.kpi, g.accepted.reason])).toEqual([
      ["kpi/off-track", "store", "csat", "Survey changed in Q3; the new baseline is agreed with the board"],
      ["owner/silo-handoff", "fitting", undefined, "Tailoring joins the store team in January, see plan 2027"],
      ["stage/single-channel", "store", undefined, "The store visit is in person by nature; signed off by retail ops"],
    ]);
    const open = gaps.map((g) => g.rule);
    expect(open).not.toContain("kpi/off-track");
    expect(open).not.toContain("owner/silo-handoff");
    expect(open).not.toContain("stage/single-channel");
  });

  it("an acceptance that matches nothing is an `accepted/unmatched` warning at the item", () => {
    const { unmatched } = journey("accepted");
    expect(unmatched.map((d) => [d.rule, d.severity, d.path, d.message])).toEqual([
      ["accepted/unmatched", "warning", "stages[0].accepted[1]", "accepted `owner/missing` matches no finding here any more"],
      ["accepted/unmatched", "warning", "stages[0].touchpoints[2].accepted[0]", "accepted `owner/silo-handoff` matches no finding here any more"],
      ["accepted/unmatched", "warning", "accepted[1]", "accepted `kpi/off-track` about KPI `nps` matches no finding here any more"],
    ]);
    const file = unmatched[1]!.file;
    expect(unmatched[1]!.line).toBe(lineOf(file, "Copied from the fitting room"));
  });

  it("is specific to the location: a touchpoint's finding accepted on its stage stays open", () => {
    expect(journey("accepted").gaps.filter((g) => g.rule === "owner/missing").map((g) => g.touchpoint)).toEqual(["mirror"]);
  });
});
