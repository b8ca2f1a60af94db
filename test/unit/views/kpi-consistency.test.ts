import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { buildReport } from "../../../src/output/report-json.ts";
import { journeyMapView } from "../../../src/views/journey-map.ts";
import { kpiPageView } from "../../../src/views/kpi-page.ts";
import { copyContent, edit, write } from "../support/temp-content.ts";

// A monthly KPI last measured in September, read on 2026-12-31: stale. The report, the KPI page and the
// journey map must all say so, because they all read the one analysis.
function staleContent(): string {
  const dir = copyContent("test/fixtures/valid");
  edit(dir, "kpis/conversion.yaml", "direction: higher", "direction: higher\ncadence: monthly");
  write(dir, "journeymap.config.yaml", "title: Stale check\ncontent: .\ngaps:\n  as_of: 2026-12-31\n");
  return dir;
}

describe("one status and staleness for every KPI, wherever it is shown", () => {
  it("the report, the KPI page and the journey map agree, a stale KPI included", () => {
    const dir = staleContent();
    const analysis = analyse(loadContent({ root: dir, dir, cwd: dir }));
    expect(analysis.asOf).toBe("2026-12-31");
    const report = buildReport(analysis);
    const page = kpiPageView(analysis);
    const cards = new Map(page.groups.flatMap((g) => g.kpis).map((k) => [k.id, k]));
    for (const journey of report.journeys) {
      const map = journeyMapView(analysis, journey.id);
      const chips = new Map([...map.stages.flatMap((s) => s.kpis), ...map.columns.flatMap((c) => c.kpis)].map((k) => [k.id, k]));
      for (const kpi of journey.kpis) {
        expect(cards.get(kpi.id)?.status, kpi.id).toBe(kpi.status);
        expect(Boolean(cards.get(kpi.id)?.stale), kpi.id).toBe(kpi.stale);
        if (chips.has(kpi.id)) expect(chips.get(kpi.id)).toMatchObject({ status: kpi.status, stale: kpi.stale });
      }
    }
    const conversion = report.journeys.flatMap((j) => j.kpis).find((k) => k.id === "conversion")!;
    expect(conversion).toMatchObject({ stale: true, cadence: "monthly", age: 92 });
    expect(cards.get("conversion")!.stale).toMatch(/^Stale: last measured 92 days before 31 Dec 2026, measured monthly$/);
    expect(page.stale.map((k) => k.id)).toContain("conversion");
  });
});
