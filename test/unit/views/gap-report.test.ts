import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { ruleDescriptions } from "../../../src/analysis/find-gaps.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { gapReportView, NO_TEAM } from "../../../src/views/gap-report.ts";
import { copyContent, write } from "../support/temp-content.ts";

const VALID = "test/fixtures/valid";

describe("the portfolio gap report on the example content", () => {
  const index = analyse(loadContent({ root: "." }));
  const view = gapReportView(index);
  const items = view.groups.flatMap((g) => g.items);
  const expected = index.journeys.flatMap((j) => j.gaps);

  it("lists every gap of every journey once, grouped by severity, most severe first", () => {
    expect(view.total).toBe(expected.length);
    expect(items).toHaveLength(expected.length);
    expect(view.groups.map((g) => g.severity)).toEqual(["error", "warning", "info"]);
    expect(view.groups.map((g) => g.label)).toEqual(["Errors", "Warnings", "Info"]);
    for (const group of view.groups) expect(group.items.every((i) => i.severity === group.severity)).toBe(true);
    expect(view.counts.map((c) => c.count)).toEqual(view.groups.map((g) => g.items.length));
  });

  it("orders a severity's gaps by rule, so like reads next to like", () => {
    const order = ruleDescriptions().map((r) => r.id);
    for (const group of view.groups) {
      const ranks = group.items.map((i) => order.indexOf(i.rule));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("links each gap to its journey's map: the touchpoint's details, or the KPI's card", () => {
    const touchpointGap = items.find((i) => i.target?.kind === "touchpoint")!;
    expect(touchpointGap.target!.href).toBe(`/journeys/${touchpointGap.journey.id}/#${touchpointGap.touchpoint}`);
    const kpiGap = items.find((i) => i.target?.kind === "kpi")!;
    expect(kpiGap.target!.href).toMatch(/^\/kpis\/#kpi-[a-z0-9-]+$/);
    expect(items.every((i) => i.anchor === undefined)).toBe(true);
  });

  it("puts the least healthy journey first, each linking to its own gap report", () => {
    const scores = view.journeys.map((j) => j.health.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(view.journeys).toHaveLength(index.content.journeys.length);
    for (const j of view.journeys) expect(j.href).toBe(`/journeys/${j.id}/#gaps`);
    expect(view.journeys.find((j) => j.id === "online-store-purchase-future")!.future).toBe(true);
  });

  it("offers each team its own list, with how many gaps are theirs", () => {
    const teams = view.filters.teams.filter((t) => t.value !== NO_TEAM);
    expect(teams.map((t) => t.value)).toEqual([...new Set(items.flatMap((i) => (i.owner ? [i.owner] : [])))].sort((a, b) => a.localeCompare(b)));
    const logistics = view.filters.teams.find((t) => t.value === "Logistics")!;
    expect(logistics.label).toBe(`Logistics (${items.filter((i) => i.team === "Logistics").length})`);
  });

  it("describes every rule in the legend, with how many gaps it found", () => {
    expect(view.rules.map((r) => r.id)).toEqual(ruleDescriptions().map((r) => r.id));
    expect(view.rules.reduce((n, r) => n + r.count, 0)).toBe(view.total);
    expect(view.rules[0]).toMatchObject({ anchor: "rule-kpi-off-track", severity: "error", severityLabel: "Error" });
    // Only rules that found something are worth filtering on.
    expect(view.filters.rules.map((r) => r.value)).toEqual(view.rules.filter((r) => r.count > 0).map((r) => r.id));
  });
});

describe("the portfolio gap report on small content", () => {
  it("lets gaps nobody owns be filtered as 'No team'", () => {
    const view = gapReportView(analyse(loadContent({ root: VALID, dir: VALID })));
    const unowned = view.groups.flatMap((g) => g.items).filter((i) => !i.owner);
    expect(unowned.length).toBeGreaterThan(0);
    expect(unowned.every((i) => i.team === NO_TEAM)).toBe(true);
    expect(view.filters.teams.at(-1)).toEqual({ value: NO_TEAM, label: `No team (${unowned.length})` });
  });

  it("shows a rule's severity as the settings have it, and a rule turned off as off", () => {
    const dir = copyContent(VALID);
    write(dir, "journeymap.config.yaml", "content: .\ngaps:\n  rules:\n    emotion/weakest-link: off\n    system/missing: warning\n");
    const view = gapReportView(analyse(loadContent({ root: dir })));
    expect(view.rules.find((r) => r.id === "emotion/weakest-link")).toMatchObject({ severity: undefined, severityLabel: "Off", count: 0 });
    expect(view.rules.find((r) => r.id === "system/missing")).toMatchObject({ severity: "warning", severityLabel: "Warning" });
    expect(view.groups.flatMap((g) => g.items).filter((i) => i.rule === "system/missing").every((i) => i.severity === "warning")).toBe(true);
  });
});
