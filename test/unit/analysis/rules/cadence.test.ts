import { describe, expect, it } from "vitest";
import { fixture } from "./findings.ts";

describe("kpi/stale [001, 003]: staleness follows the KPI's cadence", () => {
  const { errors, journey, statuses } = fixture("cadence");

  it("a quarterly KPI 80 days old and a yearly one 300 days old are current; monthly at 70 days and weekly at 16 are stale", () => {
    expect(errors).toEqual([]);
    expect(Object.fromEntries([...statuses].map(([id, s]) => [id, [s.age, s.staleAfterDays, s.stale]]))).toEqual({
      "monthly-70": [70, 62, true],
      "plain-70": [70, 62, true],
      "quarterly-80": [80, 184, false],
      "weekly-16": [16, 15, true],
      "yearly-300": [300, 400, false],
    });
  });

  it("reports the stale ones at their latest measurement's date, saying the cadence", () => {
    const found = journey("cadence").of("kpi/stale");
    expect(found.map((g) => g.kpi)).toEqual(["monthly-70", "plain-70", "weekly-16"]);
    expect(found[0]!.title).toBe("KPI monthly-70 was last measured on 2026-08-22, 70 days before 2026-10-31, and it is measured monthly");
    expect(found[1]!.title).toBe("KPI plain-70 was last measured on 2026-08-22, 70 days before 2026-10-31");
    expect(found[0]!.location).toMatchObject({ line: 8 });
    expect(found[0]!.location.file).toMatch(/kpis\/monthly-70\.yaml$/);
  });

  it("reads the statuses the analysis computed instead of computing its own", () => {
    const { journey: again } = fixture("cadence");
    // Same content, same answer; and a KPI rule never disagrees with the status it was given.
    expect(again("cadence").of("kpi/stale").map((g) => g.kpi)).toEqual(["monthly-70", "plain-70", "weekly-16"]);
  });
});
