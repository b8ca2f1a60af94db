import { describe, expect, it } from "vitest";
import { copyContent, edit } from "../support/temp-content.ts";
import { runCli } from "./run-cli.ts";

const VALID = "test/fixtures/valid";

describe("journeymap report", () => {
  it("writes a Markdown report for a pull request: health, KPI table, gaps and the curve as mermaid", async () => {
    const { code, stdout } = await runCli(["report", "--dir", VALID]);
    expect(code).toBe(0);
    expect(stdout).toMatchSnapshot();
  });

  it("writes stable JSON for other tools", async () => {
    const { code, stdout } = await runCli(["report", "--dir", VALID, "--format", "json", "--journey", "purchase"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ version: 1, asOf: "2026-09-30", totals: { journeys: 1 } });
    const [journey] = report.journeys;
    expect(journey).toMatchObject({ id: "purchase", state: "current", file: "test/fixtures/valid/shop/purchase.yaml", personas: ["ana"] });
    expect(journey.health).toEqual({ score: expect.any(Number), emotion: expect.any(Number), kpis: expect.any(Number), gaps: expect.any(Number) });
    expect(journey.kpis.map((k: { id: string; status: string }) => [k.id, k.status])).toEqual([["reach", "on-track"], ["conversion", "at-risk"], ["delivery-time", "no-data"]]);
    expect(journey.gaps[0]).toEqual({
      rule: "emotion/negative-moment-of-truth",
      severity: "error",
      title: "Moment of truth “Forced sign-up” feels very negative (−2)",
      action: "Make this step the first one to redesign, and name the opportunity",
      stage: "checkout",
      touchpoint: "sign-up",
      owner: "E-commerce",
      file: "test/fixtures/valid/shop/purchase.yaml",
      line: 25,
      col: 18,
    });
    expect(journey.mermaid).toMatch(/^journey\n/);
    // Same input, same bytes.
    expect((await runCli(["report", "--dir", VALID, "--format", "json", "--journey", "purchase"])).stdout).toBe(stdout);
  });

  it("--fail-on makes CI fail when gaps of that severity exist; never is the default", async () => {
    expect((await runCli(["report", "--dir", VALID])).code).toBe(0);
    const failed = await runCli(["report", "--dir", VALID, "--fail-on", "error"]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/error gaps \(--fail-on error\)/);
    expect((await runCli(["report", "--dir", VALID, "--journey", "purchase-future", "--fail-on", "error"])).code).toBe(0);
    expect((await runCli(["report", "--dir", VALID, "--journey", "purchase-future", "--fail-on", "warning"])).code).toBe(1);
  });

  it("fixing a gap in the YAML removes it from the report", async () => {
    const dir = copyContent(VALID);
    const before = JSON.parse((await runCli(["report", "--dir", dir, "--format", "json", "--journey", "purchase"])).stdout);
    expect(before.journeys[0].gaps.map((g: { rule: string }) => g.rule)).toContain("pain/no-opportunity");
    edit(dir, "shop/purchase.yaml", "pains: [Has to create an account]", "pains: [Has to create an account]\n        opportunities: [Offer guest checkout]");
    edit(dir, "kpis/conversion.yaml", "{ date: 2026-09-30, value: 52 }", "{ date: 2026-09-30, value: 61 }");
    const after = JSON.parse((await runCli(["report", "--dir", dir, "--format", "json", "--journey", "purchase"])).stdout);
    const rules = after.journeys[0].gaps.map((g: { rule: string }) => g.rule);
    expect(rules).not.toContain("pain/no-opportunity");
    expect(rules).not.toContain("kpi/at-risk");
    expect(after.journeys[0].health.score).toBeGreaterThan(before.journeys[0].health.score);
  });

  it("refuses invalid content with its problems, and an unknown journey with a suggestion", async () => {
    const dir = copyContent(VALID);
    edit(dir, "shop/purchase.yaml", "emotion: 1", "emotion: banana");
    const invalid = await runCli(["report", "--dir", dir]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("`emotion` must be a whole number from -2 to 2");
    const unknown = await runCli(["report", "--dir", VALID, "--journey", "purchse"]);
    expect(unknown).toMatchObject({ code: 2, stderr: "journeymap: no journey `purchse`. Did you mean `purchase`? Journeys: purchase, purchase-future.\n" });
  });
});
