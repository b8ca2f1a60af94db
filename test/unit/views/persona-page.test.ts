import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateContent } from "../../../bench/generate-content.ts";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { CURVES_SHOWN, personaPageView, personaSummaries } from "../../../src/views/persona-page.ts";

const fixture = analyse(loadContent({ root: "test/fixtures/valid", dir: "test/fixtures/valid" }));
const examples = analyse(loadContent({ root: "." }));

describe("the persona page", () => {
  it("overlays the curves of the first journeys only, and links every other journey of the persona", () => {
    const dir = mkdtempSync(join(tmpdir(), "jm-personas-"));
    try {
      generateContent(dir, 120, 5);
      const analysis = analyse(loadContent({ root: dir, dir }));
      const view = personaPageView(analysis, "persona-3");
      const all = [...analysis.index.journeysOf("persona-3")].map((j) => j.title).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
      expect(all.length).toBeGreaterThan(CURVES_SHOWN);
      expect(view.journeys.map((j) => j.title)).toEqual(all.slice(0, CURVES_SHOWN));
      expect(view.chart.curves).toHaveLength(CURVES_SHOWN);
      expect(view.more.map((j) => j.title)).toEqual(all.slice(CURVES_SHOWN));
      // Numbers in titles read in their order: journey 13 before journey 103.
      expect(view.journeys.map((j) => j.title)).toEqual([3, 13, 23, 33, 43, 53, 63, 73].map((n) => `Generated journey ${n}`));
      expect(view.more.map((j) => j.title)).toEqual([83, 93, 103, 113].map((n) => `Generated journey ${n}`));
      expect(view.more[0]!.href).toMatch(/^\/journeys\/journey-\d+\/$/);
      expect(view.text.journeysBadge).toBe(`In ${all.length} journeys`);
      expect(view.text.more).toBe(`The chart shows the first ${CURVES_SHOWN} journeys by title; ${all.length - CURVES_SHOWN} more journeys with this persona:`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("lists exactly the journeys that name the persona, whether alone or among others", () => {
    expect(personaPageView(fixture, "ana").journeys.map((j) => j.id)).toEqual(["purchase", "purchase-future"]);
    expect(personaPageView(fixture, "leo").journeys.map((j) => j.id)).toEqual(["purchase-future"]);
    expect(personaPageView(examples, "busy-gift-shopper").journeys.map((j) => j.id)).toEqual(["online-store-purchase", "online-store-purchase-future"]);
    expect(personaPageView(examples, "finance-admin").journeys.map((j) => j.id)).toEqual(["b2b-subscription"]);
  });

  it("shows each journey's state, touchpoint count and its own curve", () => {
    const [current, future] = personaPageView(fixture, "ana").journeys;
    expect(current).toMatchObject({ title: "Buying a gift online", state: "current", touchpoints: 4, curve: { style: "solid" } });
    expect(future).toMatchObject({ state: "future", touchpoints: 1, curve: { style: "dashed" } });
  });

  it("points out where each curve starts, dips lowest and ends, or its only touchpoint", () => {
    const [current, future] = personaPageView(fixture, "ana").journeys;
    expect(current!.landmarks.map((l) => [l.label, l.point.id, l.point.emotion])).toEqual([["Starts", "social-ad", 1], ["Lowest", "sign-up", -2], ["Ends", "parcel", 2]]);
    expect(future!.landmarks.map((l) => [l.label, l.point.id])).toEqual([["Only", "guest-checkout"]]);
  });

  it("describes every curve in text: where it starts, its lowest point and where it ends", () => {
    const { chartDescription } = personaPageView(fixture, "ana");
    expect(chartDescription).toContain("Buying a gift online (current state, solid line, 4 touchpoints): starts +1 at Instagram ad, lowest −2 at Forced sign-up, ends +2 at Parcel arrives.");
    expect(chartDescription).toContain("Buying a gift online (redesign) (future state, dashed line, 1 touchpoint): +1 at Guest checkout.");
  });

  it("leaves out empty profile sections and the empathy map when the persona has none", () => {
    const ana = personaPageView(fixture, "ana");
    expect(ana.lists.map((l) => l.id)).toEqual(["goals", "doubts"]);
    expect(ana.empathy).toBeUndefined();
    const sanne = personaPageView(examples, "busy-gift-shopper");
    expect(sanne.lists.map((l) => l.id)).toEqual(["goals", "motivations", "challenges", "doubts"]);
    expect(sanne.empathy?.map((q) => q.id)).toEqual(["says", "thinks", "does", "feels"]);
    expect(sanne.initials).toBe("SV");
  });

  it("an unknown persona is an error, not an empty page", () => {
    expect(() => personaPageView(fixture, "nobody")).toThrow("no persona `nobody`");
  });
});

describe("the persona index", () => {
  it("has a card per persona, by name, with its journey count and first goals", () => {
    expect(personaSummaries(fixture)).toEqual([
      { id: "ana", name: "Ana Ruiz", role: "Nurse, buys gifts online", initials: "AR", meta: undefined, quote: undefined, goals: ["Find a gift in ten minutes"], moreGoals: 0, moreText: "and 0 more", journeys: 2, journeysText: "In 2 journeys" },
      { id: "leo", name: "Leo Marchetti", role: "Student", initials: "LM", meta: undefined, quote: undefined, goals: [], moreGoals: 0, moreText: "and 0 more", journeys: 1, journeysText: "In 1 journey" },
    ]);
    const sanne = personaSummaries(examples).find((p) => p.id === "busy-gift-shopper");
    expect(sanne).toMatchObject({ meta: "41 · Utrecht, the Netherlands", journeys: 2, moreGoals: 1, moreText: "and 1 more" });
    expect(sanne?.goals).toHaveLength(2);
  });
});
