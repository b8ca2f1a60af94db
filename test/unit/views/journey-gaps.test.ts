import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { countBySeverity } from "../../../src/analysis/find-gaps.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { FOLD_AFTER, journeyGapsView } from "../../../src/views/journey-gaps.ts";
import { healthBand } from "../../../src/views/health-view.ts";

const VALID = "test/fixtures/valid";
const index = analyse(loadContent({ root: VALID, dir: VALID }));

describe("the gap report on a journey page", () => {
  const view = journeyGapsView(index, "purchase");
  const gaps = index.journey("purchase")!.gaps;
  const all = [...view.shown, ...view.folded];

  it("ranks every gap most severe first, as the analysis does", () => {
    expect(view.total).toBe(gaps.length);
    expect(all.map((g) => [g.rule, g.title])).toEqual(gaps.map((g) => [g.rule, g.title]));
    expect(all[0]).toMatchObject({ severity: "error", severityLabel: "Error", icon: "✕", rule: "emotion/negative-moment-of-truth" });
  });

  it("shows errors and warnings in full and folds the info ones away when the list is long", () => {
    expect(gaps.length).toBeGreaterThan(FOLD_AFTER);
    expect(view.shown.map((g) => g.severity)).not.toContain("info");
    expect(view.shown).toHaveLength(gaps.filter((g) => g.severity !== "info").length);
    expect(view.folded.every((g) => g.severity === "info")).toBe(true);
    expect(view.foldedLabel).toBe(`${view.folded.length} more, for information`);
  });

  it("does not fold a short list", () => {
    const short = journeyGapsView(index, "purchase-future");
    expect(short.total).toBeLessThanOrEqual(FOLD_AFTER);
    expect(short.folded).toEqual([]);
    expect(short.shown.map((g) => g.severity)).toContain("info");
  });

  it("counts the gaps per severity, zeros included", () => {
    const counts = countBySeverity(gaps);
    expect(view.counts.map((c) => [c.severity, c.count])).toEqual([["error", counts.error], ["warning", counts.warning], ["info", counts.info]]);
    expect(view.counts[0]!.text).toBe(counts.error === 1 ? "1 error" : `${counts.error} errors`);
    expect(view.counts[2]!.text).toBe(`${counts.info} info`);
  });

  it("links a touchpoint's gap to its details on the map, a KPI's to its card and a stage's to the stage", () => {
    const moment = all.find((g) => g.rule === "emotion/negative-moment-of-truth")!;
    expect(moment.target).toEqual({ kind: "touchpoint", kindLabel: "Touchpoint", label: "Forced sign-up", href: "#sign-up" });
    const kpi = all.find((g) => g.rule === "kpi/at-risk")!;
    expect(kpi.target).toEqual({ kind: "kpi", kindLabel: "KPI", label: "Checkout conversion", href: "/kpis/#kpi-conversion" });
    const stage = all.find((g) => g.rule === "stage/uncontrolled")!;
    expect(stage.target).toEqual({ kind: "stage", kindLabel: "Stage", label: "Delivery", href: "#stage-delivery" });
  });

  it("names the team that owns the fix, the rule and the line to edit", () => {
    const moment = all.find((g) => g.rule === "emotion/negative-moment-of-truth")!;
    expect(moment.owner).toBe("E-commerce");
    expect(moment.source).toMatch(/^test\/fixtures\/valid\/shop\/purchase\.yaml:\d+$/);
    expect(moment.ruleHref).toBe("/gaps/#rule-emotion-negative-moment-of-truth");
    expect(all.find((g) => g.rule === "owner/missing")!.owner).toBeUndefined();
  });

  it("gives each touchpoint with gaps a badge: how many, the worst, and a link to the first of them", () => {
    const signUp = view.byTouchpoint["sign-up"]!;
    const ofSignUp = gaps.filter((g) => g.touchpoint === "sign-up");
    expect(signUp.count).toBe(ofSignUp.length);
    expect(signUp.worst).toBe("error");
    expect(signUp.label).toBe(`${ofSignUp.length} gaps, worst: error`);
    expect(signUp.href).toBe("#gaps--sign-up");
    const anchored = all.filter((g) => g.anchor === "gaps--sign-up");
    expect(anchored).toHaveLength(1);
    expect(anchored[0]).toBe(signUp.items[0]);
    expect(anchored[0]!.severity).toBe("error");
    // Touchpoint badges add up to the gaps that are about a touchpoint.
    const badged = Object.values(view.byTouchpoint).reduce((n, t) => n + t.count, 0);
    expect(badged).toBe(gaps.filter((g) => g.touchpoint).length);
    expect(view.byTouchpoint.pay).toMatchObject({ count: 1, worst: "info", label: "1 gap, worst: info" });
  });

  it("shows the health score with its three parts and how each is computed", () => {
    const health = index.journey("purchase")!.health;
    expect(view.health.score).toBe(health.score);
    expect(view.health.parts.map((p) => [p.label, p.value, p.weight])).toEqual([
      ["Emotion", health.emotion, "40 %"],
      ["KPIs", health.kpis, "30 %"],
      ["Gaps", health.gaps, "30 %"],
    ]);
    expect(view.health.parts[1]!.note).toBe("Share of its 3 KPIs on track; at risk counts half");
    expect(view.health.text).toBe(`Health ${health.score} out of 100, ${view.health.band.label.toLowerCase()}`);
  });

  it("says so when no KPI measures the journey, rather than showing a 0", () => {
    const kpis = journeyGapsView(index, "purchase-future").health.parts.find((p) => p.id === "kpis")!;
    expect(kpis.value).toBeUndefined();
    expect(kpis.note).toMatch(/^No KPI measures this journey yet/);
  });
});

describe("health bands", () => {
  it("are good from 75, fair from 50 and poor below, each with its own shape", () => {
    expect([100, 75, 74, 50, 49, 0].map((s) => healthBand(s).label)).toEqual(["Good", "Good", "Fair", "Fair", "Poor", "Poor"]);
    expect(new Set([healthBand(80).icon, healthBand(60).icon, healthBand(10).icon]).size).toBe(3);
  });
});
