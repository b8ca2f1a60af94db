import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { edit } from "../support/temp-content.ts";
import { tempRepo } from "../support/temp-repo.ts";
import { runCli } from "./run-cli.ts";

const VALID = "test/fixtures/valid";
const JOURNEY = "journeys/shop/purchase.yaml";

describe("journeymap diff", () => {
  it("names a touchpoint whose emotion changed and a KPI whose actual moved, in Markdown and JSON", async () => {
    const repo = tempRepo(VALID);
    edit(repo.dir, JOURNEY, "emotion: -2", "emotion: 0");
    edit(repo.dir, "journeys/kpis/conversion.yaml", "{ date: 2026-09-30, value: 52 }", "{ date: 2026-09-30, value: 61 }");
    repo.commit("Guest checkout shipped");

    const md = await runCli(["diff", "HEAD~1"], repo.dir);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("- Touchpoint **Forced sign-up** (`sign-up`, stage `checkout`) changed: emotion −2 → 0");
    expect(md.stdout).toContain("**Checkout conversion** (`conversion`) changed: actual 52 (2026-09-30) → 61 (2026-09-30), now on track (was at risk)");
    expect(md.stdout).toMatch(/## Buying a gift online \(`purchase`\) changed · health \d+ → \d+/);
    expect(md.stdout).toContain("Gaps closed");

    const json = JSON.parse((await runCli(["diff", "HEAD~1", "HEAD", "--format", "json"], repo.dir)).stdout);
    const journey = json.journeys.find((j: { id: string }) => j.id === "purchase");
    expect(journey.touchpoints).toEqual([{ kind: "changed", id: "sign-up", name: "Forced sign-up", stage: "checkout", fields: [{ field: "emotion", before: -2, after: 0 }] }]);
    expect(journey.health.after).toBeGreaterThan(journey.health.before);
    expect(journey.gaps.closed.map((g: { rule: string }) => g.rule)).toContain("emotion/negative-moment-of-truth");
    expect(json.kpis).toEqual([{ kind: "changed", id: "conversion", name: "Checkout conversion", fields: [], actual: { before: { date: "2026-09-30", value: 52 }, after: { date: "2026-09-30", value: 61 } }, status: { before: "at-risk", after: "on-track" } }]);
  });

  it("reports touchpoints added, removed and renamed, and a KPI target moved", async () => {
    const repo = tempRepo(VALID);
    edit(repo.dir, JOURNEY, "      - id: social-ad\n        name: Instagram ad", "      - id: instagram-ad\n        name: Instagram ad");
    edit(repo.dir, JOURNEY, "[social-ad, pay, parcel]", "[instagram-ad, pay, parcel]");
    edit(repo.dir, JOURNEY, "      - id: pay\n        name: Payment\n        channel: web\n        owner: E-commerce\n        emotion: 0\n        kpis: conversion\n", "");
    edit(repo.dir, JOURNEY, "[instagram-ad, pay, parcel]", "[instagram-ad, parcel]");
    edit(repo.dir, JOURNEY, "  - id: delivery\n", "  - id: delivery\n");
    edit(repo.dir, JOURNEY, "        control: third-party\n        emotion: 2\n", "        control: third-party\n        emotion: 2\n      - id: review-request\n        name: Review request\n        channel: email\n        emotion: 1\n");
    edit(repo.dir, "journeys/kpis/conversion.yaml", "target: 60", "target: 55");
    repo.commit("Rework");

    const json = JSON.parse((await runCli(["diff", "HEAD~1", "HEAD", "--format", "json"], repo.dir)).stdout);
    const touchpoints = json.journeys.find((j: { id: string }) => j.id === "purchase").touchpoints.map((t: { kind: string; id: string; previousId?: string }) => [t.kind, t.id, t.previousId]);
    expect(touchpoints).toEqual([
      ["renamed", "instagram-ad", "social-ad"],
      ["removed", "pay", undefined],
      ["added", "review-request", undefined],
    ]);
    expect(json.kpis[0]).toMatchObject({ id: "conversion", fields: [{ field: "target", before: 60, after: 55 }] });
  });

  it("compares with the working tree by default, from where the branch left main", async () => {
    const repo = tempRepo(VALID);
    repo.git("checkout", "-q", "-b", "feature");
    edit(repo.dir, JOURNEY, "title: Buying a gift online\n", "title: Buying a gift online, quickly\n");
    repo.commit("Retitle");
    edit(repo.dir, JOURNEY, "name: Parcel arrives", "name: Parcel arrives on time");
    const { code, stdout } = await runCli(["diff"], repo.dir);
    expect(code).toBe(0);
    expect(stdout).toContain("with the working tree");
    expect(stdout).toContain("title “Buying a gift online” → “Buying a gift online, quickly”");
    expect(stdout).toContain("name “Parcel arrives” → “Parcel arrives on time”");
  });

  it("says clearly when it is not in a git repository, or a revision is missing", async () => {
    const outside = mkdtempSync(join(tmpdir(), "journeymap-nogit-"));
    try {
      const { code, stderr } = await runCli(["diff"], outside);
      expect(code).toBe(2);
      expect(stderr).toContain("this is not a git repository");
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    const repo = tempRepo(VALID);
    expect(await runCli(["diff", "no-such-branch"], repo.dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown revision `no-such-branch`") });
  });

  it("explains what to fetch in a shallow clone", async () => {
    const repo = tempRepo(VALID);
    edit(repo.dir, JOURNEY, "emotion: 2", "emotion: 1");
    repo.commit("Second");
    const clone = mkdtempSync(join(tmpdir(), "journeymap-shallow-"));
    try {
      repo.git("clone", "-q", "--depth=1", `file://${repo.dir}`, clone);
      const { code, stderr } = await runCli(["diff", "HEAD~1"], clone);
      expect(code).toBe(2);
      expect(stderr).toContain("is not in this shallow clone");
      expect(stderr).toContain("git fetch --deepen=50");
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
