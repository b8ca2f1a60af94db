import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";

const VALID = "test/fixtures/valid";

describe("the analysis after one file changed (the dev server's save)", () => {
  it("keeps the analysis of every journey whose data and shared inputs are the same objects", () => {
    const content = loadContent({ root: VALID, dir: VALID });
    const first = analyse(content);
    const again = analyse(content);
    for (const j of first.journeys) expect(again.journey(j.id)!.gaps).toBe(j.gaps);
  });

  it("analyses again a journey whose data changed, and a redesign whose current journey changed", () => {
    const content = loadContent({ root: VALID, dir: VALID });
    const first = analyse(content);
    const purchase = content.journeys.find((j) => j.data.id === "purchase")!;
    const edited = structuredClone(purchase.data);
    edited.stages[0]!.touchpoints[0]!.emotion = -2;
    const changed = analyse({ ...content, journeys: content.journeys.map((j) => (j === purchase ? { ...purchase, data: edited } : j)) });
    expect(changed.journey("purchase")!.gaps).not.toBe(first.journey("purchase")!.gaps);
    expect(changed.journey("purchase")!.health.emotion).toBeLessThan(first.journey("purchase")!.health.emotion);
    // The redesign compares with today's journey, which changed: it is analysed again too.
    expect(changed.journey("purchase-future")!.redesign).not.toBe(first.journey("purchase-future")!.redesign);
  });

  it("analyses everything again when a shared input changes (a KPI)", () => {
    const content = loadContent({ root: VALID, dir: VALID });
    const first = analyse(content);
    const kpis = content.kpis.map((k) => ({ ...k, data: structuredClone(k.data) }));
    const changed = analyse({ ...content, kpis });
    for (const j of first.journeys) expect(changed.journey(j.id)!.gaps).not.toBe(j.gaps);
    expect(changed.journeys.map((j) => j.gaps)).toEqual(first.journeys.map((j) => j.gaps));
  });
});
