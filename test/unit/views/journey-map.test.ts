import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { COLUMN_WIDTH, journeyMapView } from "../../../src/views/journey-map.ts";
import { mermaidJourney } from "../../../src/output/mermaid-journey.ts";
import { copyContent, edit } from "../support/temp-content.ts";

const VALID = "test/fixtures/valid";
const index = analyse(loadContent({ root: VALID, dir: VALID }));

describe("the journey map's view", () => {
  const view = journeyMapView(index, "purchase");

  it("has one column per touchpoint in journey order, each knowing its stage", () => {
    expect(view.columns.map((c) => [c.id, c.stageId, c.index])).toEqual([
      ["social-ad", "discover", 0],
      ["sign-up", "checkout", 1],
      ["pay", "checkout", 2],
      ["parcel", "delivery", 3],
    ]);
    expect(view.stages.map((s) => [s.id, s.start, s.count])).toEqual([["discover", 0, 1], ["checkout", 1, 2], ["delivery", 3, 1]]);
  });

  it("places a curve point over each column and marks moments of truth", () => {
    expect(view.curve.points.map((p) => p.x)).toEqual([0.5, 1.5, 2.5, 3.5].map((i) => i * COLUMN_WIDTH));
    expect(view.curve.points.filter((p) => p.momentOfTruth).map((p) => p.id)).toEqual(["sign-up"]);
    expect(view.curve.lowest?.id).toBe("sign-up");
  });

  it("hides lanes with nothing in them and keeps the ones with content", () => {
    const lanes = Object.fromEntries(view.lanes.map((l) => [l.id, l.empty]));
    expect(lanes).toMatchObject({ emotion: false, pains: false, owner: false, kpis: false, does: true, thinks: true, highlights: true, systems: true });
    expect(view.visibleLanes.map((l) => l.id)).toEqual(["emotion", "pains", "owner", "kpis"]);
    expect(view.touchpoints).toHaveLength(4);
    expect(view.momentsOfTruth).toBe(1);
  });

  it("resolves channels, KPI status and the stage's KPIs from both directions", () => {
    expect(view.columns[3]!.channel).toEqual({ id: "delivery", label: "Delivery", online: false });
    expect(view.columns[2]!.kpis).toEqual([{ id: "conversion", name: "Checkout conversion", status: "at-risk", stale: false }]);
    // `conversion` names purchase/checkout in its `stages`; the stage itself lists none.
    expect(view.stages[1]!.kpis.map((k) => k.id)).toEqual(["conversion"]);
    expect(view.stages[2]!.kpis).toEqual([{ id: "delivery-time", name: "Delivery time", status: "no-data", stale: false }]);
  });

  it("offers filters only for values present on the map", () => {
    expect(view.filters.channels.map((c) => c.id)).toEqual(["social", "web", "delivery"]);
    expect(view.filters.owners).toEqual(["E-commerce", "Marketing"]);
    expect(view.filters.confidences).toEqual(["hypothesis"]);
  });

  it("shows a stage with no touchpoints as one empty column, so it stays on the map", () => {
    const dir = copyContent(VALID);
    edit(dir, "shop/purchase.yaml", "  - id: delivery\n", "  - id: returns\n    name: Returns\n  - id: delivery\n");
    const withEmpty = journeyMapView(analyse(loadContent({ root: dir, dir })), "purchase");
    const empty = withEmpty.columns.find((c) => c.stageId === "returns")!;
    expect(empty.placeholder).toBe(true);
    expect(withEmpty.curve.points).toHaveLength(4);
    expect(withEmpty.curve.width).toBe(5 * COLUMN_WIDTH);
  });

  it("compares a future-state journey with the current one, stage by stage", () => {
    const future = journeyMapView(index, "purchase-future");
    expect(future.comparison?.journey.id).toBe("purchase");
    expect(future.comparison?.redesign.stages).toEqual([
      { id: "checkout", name: "Checkout", current: -1, future: 1, gain: 2, currentLowest: -2, futureLowest: 1 },
      { id: "discover", name: "Discover", current: 1, future: undefined, gain: undefined, currentLowest: 1, futureLowest: undefined },
      { id: "delivery", name: "Delivery", current: 2, future: undefined, gain: undefined, currentLowest: 2, futureLowest: undefined },
    ]);
    expect(future.comparison?.redesign).toMatchObject({ added: [{ id: "guest-checkout" }], changed: [] });
    expect(future.comparison?.redesign.removed.map((t) => t.id)).toEqual(["social-ad", "sign-up", "pay", "parcel"]);
    expect(view.redesignedBy).toEqual([{ id: "purchase-future", title: "Buying a gift online (redesign)" }]);
  });
});

describe("the mermaid journey diagram", () => {
  it("maps stages to sections, touchpoints to tasks, emotion -2..+2 to 1..5 and personas to actors", () => {
    expect(mermaidJourney(index.journey("purchase")!.journey, ["Ana Ruiz"])).toBe(
      [
        "journey",
        "  title Buying a gift online",
        "  section Discover",
        "    Instagram ad: 4: Ana Ruiz",
        "  section Checkout",
        "    Forced sign-up: 1: Ana Ruiz",
        "    Payment: 3: Ana Ruiz",
        "  section Delivery",
        "    Parcel arrives: 5: Ana Ruiz",
        "",
      ].join("\n"),
    );
  });

  it("cannot be broken by names with mermaid syntax in them", () => {
    const journey = structuredClone(index.journey("purchase")!.journey);
    journey.title = "A: title; with # comment\nand a newline";
    journey.stages[0]!.touchpoints[0]!.name = "Task: 5: injected";
    const text = mermaidJourney(journey, ["Me: you"]);
    expect(text).toContain("  title A title with comment and a newline\n");
    expect(text).toContain("    Task 5 injected: 4: Me you\n");
  });
});

describe("the journey's critical paths", () => {
  it("lists each path's steps in order with their emotion, its lowest point and KPIs, most critical first", async () => {
    const { journeyPathsView } = await import("../../../src/views/journey-paths.ts");
    const [path] = journeyPathsView(index.journey("purchase")!);
    expect(path).toMatchObject({ id: "ad-to-parcel", name: "From the ad to the parcel" });
    expect(path!.steps.map((s) => [s.id, s.emotion])).toEqual([["social-ad", 1], ["pay", 0], ["parcel", 2]]);
    expect(path!.lowest).toEqual({ id: "pay", name: "Payment", emotion: 0 });
  });
});
