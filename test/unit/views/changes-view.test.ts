import { describe, expect, it } from "vitest";
import type { ContentDiff, KpiDiff } from "../../../src/analysis/content-diff.ts";
import type { HistoryAnalysis } from "../../../src/analysis/history.ts";
import { changesView } from "../../../src/views/history-view.ts";

const commit = { commit: "abcdef1234567", date: "2026-10-31T10:00:00Z", author: "Ana", subject: "October figures" };
const kpi = (actual: KpiDiff["actual"], fields: KpiDiff["fields"] = []): KpiDiff => ({ kind: "changed", id: "csat", name: "CSAT", fields, actual, status: { before: "at-risk", after: "at-risk" } });
const view = (diff: Partial<ContentDiff>) =>
  changesView({ journeys: new Map(), kpiTargets: new Map(), changes: [{ commit, diff: { journeys: [], personas: [], kpis: [], ...diff }, invalid: false }] } as HistoryAnalysis, (p) => p)[0]!;

describe("the What changed page, in a stakeholder's words", () => {
  it("shows a new measurement as a new measurement, not as a value that moved to itself", () => {
    const entry = view({ kpis: [kpi({ before: { date: "2026-09-30", value: 12.8 }, after: { date: "2026-10-31", value: 12.8 } })] });
    expect(entry.lines[0]).toEqual({ text: "KPI CSAT: a new measurement", details: ["new measurement: 12.8 on 2026-10-31 (previous: 12.8 on 2026-09-30)"], href: "/kpis/#kpi-csat" });
    expect(entry.headline).toBe("KPI CSAT: a new measurement");
  });

  it("calls a changed value on the same date a correction", () => {
    const entry = view({ kpis: [kpi({ before: { date: "2026-10-31", value: 12.8 }, after: { date: "2026-10-31", value: 13.1 } })] });
    expect(entry.lines[0]!.details).toEqual(["measurement of 2026-10-31 corrected: 12.8 → 13.1"]);
  });

  it("shows a changed field with its value before and after", () => {
    const entry = view({ kpis: [kpi(undefined, [{ field: "target", before: 60, after: 55 }, { field: "owner", before: "Sales", after: "E-commerce" }])] });
    expect(entry.lines[0]!.details).toEqual(["target 60 → 55", "owner “Sales” → “E-commerce”"]);
  });

  it("puts the change first and keeps the commit message beside it", () => {
    const entry = view({});
    expect(entry.headline).toBe("Wording and layout only");
    expect(entry.subject).toBe("October figures");
  });
});
