import { describe, expect, it } from "vitest";
import { CADENCE_STALE_AFTER_DAYS, kpiStatus } from "../../../src/analysis/kpi-status.ts";
import type { Kpi } from "../../../src/model/index.ts";

type Target = Pick<Kpi, "direction" | "target" | "warning">;

const CONVERSION: Target = { direction: "higher", target: 60, warning: 50 };
const HANDLE_TIME: Target = { direction: "lower", target: 7, warning: 9 };

function latest(kpi: Target, value: number) {
  return kpiStatus({ ...kpi, measurements: [{ date: "2026-09-30", value: 1 }, { date: "2026-10-31", value }] });
}

describe("a KPI where higher is better (conversion: target 60, at risk down to 50)", () => {
  it("is on track when the latest value equals the target, or beats it", () => {
    expect(latest(CONVERSION, 60).status).toBe("on-track");
    expect(latest(CONVERSION, 60.1).status).toBe("on-track");
  });

  it("is at risk just below the target and still at risk on the warning threshold itself", () => {
    expect(latest(CONVERSION, 59.9).status).toBe("at-risk");
    expect(latest(CONVERSION, 50).status).toBe("at-risk");
  });

  it("is off track just past the warning threshold", () => {
    expect(latest(CONVERSION, 49.9).status).toBe("off-track");
  });

  it("reports the gap to the target, absolute and relative", () => {
    const status = latest(CONVERSION, 54);
    expect(status.gap).toBeCloseTo(-6);
    expect(status.relativeGap).toBeCloseTo(-0.1);
  });
});

describe("a KPI where lower is better (handle time: target 7, at risk up to 9)", () => {
  it("is on track on the target and below it", () => {
    expect(latest(HANDLE_TIME, 7).status).toBe("on-track");
    expect(latest(HANDLE_TIME, 6.9).status).toBe("on-track");
  });

  it("is at risk just above the target and on the warning threshold", () => {
    expect(latest(HANDLE_TIME, 7.1).status).toBe("at-risk");
    expect(latest(HANDLE_TIME, 9).status).toBe("at-risk");
  });

  it("is off track just past the warning threshold", () => {
    expect(latest(HANDLE_TIME, 9.1).status).toBe("off-track");
  });

  it("has a positive gap when above the target, whatever the direction", () => {
    expect(latest(HANDLE_TIME, 8.4).gap).toBeCloseTo(1.4);
    expect(latest(HANDLE_TIME, 8.4).relativeGap).toBeCloseTo(0.2);
  });
});

describe("a KPI without a warning threshold", () => {
  it("is off track as soon as it misses the target, in either direction", () => {
    expect(latest({ direction: "higher", target: 6 }, 5.9).status).toBe("off-track");
    expect(latest({ direction: "lower", target: 8 }, 8.1).status).toBe("off-track");
  });

  it("is on track on the target", () => {
    expect(latest({ direction: "higher", target: 6 }, 6).status).toBe("on-track");
  });
});

describe("the measurement a KPI is judged on", () => {
  it("is the newest one, not the best or the worst", () => {
    const status = kpiStatus({ ...CONVERSION, measurements: [{ date: "2026-08-31", value: 70 }, { date: "2026-09-30", value: 40 }, { date: "2026-10-31", value: 55 }] });
    expect(status).toMatchObject({ status: "at-risk", latest: { date: "2026-10-31", value: 55 } });
  });

  it("is missing for a KPI with no measurements, which has no data, no gap and no latest value", () => {
    expect(kpiStatus({ ...CONVERSION, measurements: [] })).toEqual({ status: "no-data", trend: "unknown", stale: false });
  });

  it("tells the trend from the last two measurements, honouring the direction", () => {
    const two = (direction: "higher" | "lower", a: number, b: number) =>
      kpiStatus({ direction, target: 50, measurements: [{ date: "2026-09-30", value: a }, { date: "2026-10-31", value: b }] }).trend;
    expect(two("higher", 40, 45)).toBe("improving");
    expect(two("higher", 45, 40)).toBe("worsening");
    expect(two("lower", 45, 40)).toBe("improving");
    expect(two("lower", 40, 40)).toBe("flat");
    expect(kpiStatus({ direction: "higher", target: 1, measurements: [{ date: "2026-10-31", value: 1 }] }).trend).toBe("unknown");
  });

  it("is stale when the latest measurement is older than the limit before the reference date, and not on the limit", () => {
    const kpi = { direction: "higher" as const, target: 1, measurements: [{ date: "2026-08-31", value: 1 }] };
    expect(kpiStatus(kpi, { asOf: "2026-10-31", staleAfterDays: 61 })).toMatchObject({ age: 61, stale: false });
    expect(kpiStatus(kpi, { asOf: "2026-11-01", staleAfterDays: 61 })).toMatchObject({ age: 62, stale: true });
    expect(kpiStatus(kpi).stale).toBe(false);
  });

  it("follows the KPI's cadence when it has one: two periods plus a grace, whatever the setting", () => {
    const measured = (cadence: "weekly" | "monthly" | "quarterly" | "yearly" | undefined, date: string) =>
      kpiStatus({ direction: "higher", target: 1, cadence, measurements: [{ date, value: 1 }] }, { asOf: "2026-10-31", staleAfterDays: 62 });
    expect(CADENCE_STALE_AFTER_DAYS).toEqual({ weekly: 15, monthly: 62, quarterly: 184, yearly: 400 });
    // A quarterly KPI 80 days old is current; a monthly one 70 days old is stale.
    expect(measured("quarterly", "2026-08-12")).toMatchObject({ age: 80, staleAfterDays: 184, stale: false });
    expect(measured("monthly", "2026-08-22")).toMatchObject({ age: 70, staleAfterDays: 62, stale: true });
    expect(measured("weekly", "2026-10-16")).toMatchObject({ age: 15, stale: false });
    expect(measured("weekly", "2026-10-15")).toMatchObject({ age: 16, stale: true });
    expect(measured("yearly", "2025-09-26")).toMatchObject({ age: 400, stale: false });
    // Without a cadence, the setting decides.
    expect(measured(undefined, "2026-08-22")).toMatchObject({ age: 70, staleAfterDays: 62, stale: true });
    expect(kpiStatus({ direction: "higher", target: 1, cadence: "quarterly", measurements: [{ date: "2026-08-12", value: 1 }] }, { asOf: "2026-10-31" }).stale).toBe(false);
    // Without a reference date nothing is stale, cadence or not.
    expect(kpiStatus({ direction: "higher", target: 1, cadence: "weekly", measurements: [{ date: "2020-01-01", value: 1 }] }).stale).toBe(false);
  });

  it("has no relative gap when the target is zero, since a share of zero means nothing", () => {
    const status = latest({ direction: "lower", target: 0, warning: 2 }, 1);
    expect(status).toMatchObject({ status: "at-risk", gap: 1 });
    expect(status.relativeGap).toBeUndefined();
  });
});
