import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { gapText, kpiPageView, type KpiCardView, type KpiPageView } from "../../../src/views/kpi-page.ts";
import { copyContent, edit, write } from "../support/temp-content.ts";

const VALID = "test/fixtures/valid";
const RETURNS = `id: returns
title: Returning a gift
persona: ana
stages:
  - id: send-back
    name: Send back
    kpis: [reach]
    touchpoints:
      - { id: label, name: Return label, channel: email, emotion: 0 }
`;

function pageOf(dir: string): KpiPageView {
  return kpiPageView(analyse(loadContent({ root: dir, dir })));
}

function card(view: KpiPageView, id: string): KpiCardView {
  const found = view.groups.flatMap((g) => g.kpis).find((k) => k.id === id);
  if (!found) throw new Error(`no card for ${id}`);
  return found;
}

describe("the KPI page on the example content", () => {
  const view = kpiPageView(analyse(loadContent({ root: "." })));
  const cards = view.groups.flatMap((g) => g.kpis);

  it("shows every KPI exactly once, as a card a badge can link to", () => {
    expect(cards).toHaveLength(29);
    expect(new Set(cards.map((c) => c.id)).size).toBe(29);
  });

  it("sums up how many KPIs are on track, at risk, off track and without data", () => {
    expect(view.summary.map((s) => [s.label, s.count])).toEqual([["On track", 9], ["At risk", 9], ["Off track", 11], ["No data", 0]]);
    expect(view.asOf).toBe("18 Nov 2026");
  });

  it("lists what needs attention: every off-track KPI, then every at-risk one", () => {
    expect(view.attention.map((a) => [a.label, a.kpis.length])).toEqual([["Off track", 11], ["At risk", 9]]);
  });

  it("groups KPIs by journey in the home page's order, leaving out a redesign whose KPIs all sit under today's journey", () => {
    expect(view.groups.map((g) => g.journey?.id)).toEqual(["account-opening", "compra-online-tienda-hogar", "online-store-purchase", "b2b-subscription"]);
    expect(view.journeys).toBe(4);
  });

  it("puts the worst KPIs first within a journey", () => {
    for (const group of view.groups) {
      const order = group.kpis.map((k) => ["off-track", "at-risk", "no-data", "on-track"].indexOf(k.status));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it("tells how far the worst banking KPI misses its target, in points and relative to the target", () => {
    const opening = card(view, "account-opening-completion-rate");
    expect(opening).toMatchObject({ status: "off-track", statusLabel: "Off track", target: "70%", warning: "60%", latest: { value: "54.8%", date: "31 Oct 2026" } });
    expect(opening.gap).toBe("15.2 points below target (−22%)");
    expect(opening.directionLabel).toBe("Higher is better");
  });

  it("files a KPI shared by today's journey and its redesign under today's, naming the redesign's stage as the future state", () => {
    const retail = view.groups.find((g) => g.journey?.id === "online-store-purchase")!;
    const checkout = retail.kpis.find((k) => k.id === "checkout-conversion-rate")!;
    expect(checkout.measures).toEqual([
      { journeyId: "online-store-purchase", journeyName: undefined, stages: [{ id: "purchase", name: "Purchase" }] },
      { journeyId: "online-store-purchase-future", journeyName: "the future state", stages: [{ id: "purchase", name: "Purchase" }] },
    ]);
  });

  it("describes each chart in words, listing the measurements with their notes", () => {
    const chart = card(view, "checkout-conversion-rate").chart!;
    expect(chart.title).toBe("Checkout conversion rate over time");
    expect(chart.description).toMatch(/^8 measurements, oldest first: 31 Mar 2026: [\d.]+%; /);
    expect(chart.description).toContain("Target 55%; at risk down to 48%; higher is better.");
    expect(chart.layout.points).toHaveLength(8);
    expect(card(view, "average-handle-time").chart!.description).toMatch(/Target 7 min; at risk up to 9 min; lower is better\.$/);
  });

  it("writes money in the KPI's currency", () => {
    expect(card(view, "cost-per-trial")).toMatchObject({ unit: "Currency (EUR)", target: "€180", gap: "€34 above target (+19%)", directionLabel: "Lower is better" });
  });
});

describe("the KPI page on a small content folder", () => {
  it("shows a KPI without measurements as having no data: no latest value, no gap, no chart", () => {
    const delivery = card(pageOf(VALID), "delivery-time");
    expect(delivery).toMatchObject({ status: "no-data", statusLabel: "No data", measurements: [] });
    expect(delivery.latest).toBeUndefined();
    expect(delivery.gap).toBeUndefined();
    expect(delivery.chart).toBeUndefined();
  });

  it("orders a journey's KPIs at risk, then without data, then on track", () => {
    const view = pageOf(VALID);
    expect(view.groups.map((g) => [g.title, g.kpis.map((k) => k.id)])).toEqual([["Buying a gift online", ["conversion", "delivery-time", "reach"]]]);
    expect(view.groups[0]!.counts.map((c) => c.count)).toEqual([1, 1, 0, 1]);
  });

  it("counts a stage measured through one of its touchpoints", () => {
    expect(card(pageOf(VALID), "conversion").measures).toEqual([{ journeyId: "purchase", journeyName: undefined, stages: [{ id: "checkout", name: "Checkout" }] }]);
  });

  it("collects KPIs that measure no stage under their own heading, after the journeys", () => {
    const dir = copyContent(VALID);
    write(dir, "kpis/nps.yaml", "id: nps\nname: Net Promoter Score\nunit: score\ndirection: higher\ntarget: 30\n");
    const view = pageOf(dir);
    expect(view.groups.at(-1)).toMatchObject({ title: "Not tied to a stage", kpis: [{ id: "nps", measures: [] }] });
    expect(view.groups.at(-1)!.journey).toBeUndefined();
  });

  it("files a KPI shared with a redesign under today's journey even when the redesign's area sorts first", () => {
    const dir = copyContent(VALID);
    edit(dir, "shop/purchase-future.yaml", "redesigns: purchase", "redesigns: purchase\narea: gifts");
    edit(dir, "shop/purchase-future.yaml", "    name: Checkout", "    name: Checkout\n    kpis: [conversion]");
    const view = pageOf(dir);
    expect(view.groups.map((g) => g.journey?.id)).toEqual(["purchase"]);
    expect(card(view, "conversion").measures.map((m) => m.journeyName)).toEqual([undefined, "the future state"]);
  });

  it("names another journey by its title when it is not a redesign of the card's journey", () => {
    const dir = copyContent(VALID);
    write(dir, "shop/returns.yaml", RETURNS);
    const reach = card(pageOf(dir), "reach");
    expect(reach.measures.map((m) => [m.journeyName, m.stages[0]!.name])).toEqual([[undefined, "Discover"], ["Returning a gift", "Send back"]]);
  });
});

describe("the gap to the target in words", () => {
  const percent = { unit: "percent" as const };

  it("speaks of percentage points for percentages, and of one point in the singular", () => {
    expect(gapText(percent, { gap: -4.2, relativeGap: -0.06 })).toBe("4.2 points below target (−6%)");
    expect(gapText(percent, { gap: 1, relativeGap: 0.02 })).toBe("1 point above target (+2%)");
  });

  it("uses the KPI's unit otherwise, and whole percents once the gap is 10 % or more", () => {
    expect(gapText({ unit: "days" }, { gap: 3.4, relativeGap: 1.133 })).toBe("3.4 days above target (+113%)");
  });

  it("says a KPI exactly on target is on target", () => {
    expect(gapText(percent, { gap: 0, relativeGap: 0 })).toBe("On target");
  });

  it("leaves out the relative gap against a target of zero, and says nothing without data", () => {
    expect(gapText({ unit: "count" }, { gap: 3 })).toBe("3 above target");
    expect(gapText(percent, {})).toBeUndefined();
  });
});
