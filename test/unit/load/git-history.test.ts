import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseHistory } from "../../../src/analysis/history.ts";
import { contentHistory } from "../../../src/load/git-history.ts";
import { changesView, journeyHistoryView } from "../../../src/views/history-view.ts";
import { copyContent, edit } from "../support/temp-content.ts";
import { tempRepo } from "../support/temp-repo.ts";

const VALID = "test/fixtures/valid";

describe("the content's history from git", () => {
  it("gives the content at each commit that touched it, and what each changed", () => {
    const repo = tempRepo(VALID);
    edit(repo.dir, "journeys/shop/purchase.yaml", "emotion: -2", "emotion: 0");
    repo.commit("Sign-up is optional now");
    edit(repo.dir, "journeys/kpis/conversion.yaml", "target: 60", "target: 55");
    repo.commit("Lower the conversion target");
    const history = contentHistory(repo.dir, join(repo.dir, "journeys"));
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.commits.map((c) => c.subject)).toEqual(["Lower the conversion target", "Sign-up is optional now", "First journeys"]);
    const analysis = analyseHistory(history.commits);
    const health = analysis.journeys.get("purchase")!.map((s) => s.health);
    expect(health).toHaveLength(3);
    expect(health[1]).toBeGreaterThan(health[0]!);
    expect(analysis.kpiTargets.get("conversion")!.map((t) => t.target)).toEqual([60, 55]);

    const view = journeyHistoryView(analysis, { available: true, partial: false }, "purchase");
    expect(view.points.map((p) => p.subject)).toEqual(["First journeys", "Sign-up is optional now", "Lower the conversion target"]);
    expect(view.healthLine?.dots).toHaveLength(3);
    const changes = changesView(analysis, (p) => p);
    expect(changes[0]!.lines).toContainEqual({ text: "KPI Checkout conversion", details: ["target 60 → 55"], href: "/kpis/#kpi-conversion" });
    // What changed comes first, in a stakeholder's words; the commit message is kept beside it.
    expect(changes[1]!.headline).toMatch(/^Journey Buying a gift online: 1 touchpoint changed; .*gaps? closed \(health \d+ → \d+\)/);
    expect(changes[1]!.subject).toBe("Sign-up is optional now");
    expect(changes[1]!.lines[0]!.details).toContain("Forced sign-up: emotion −2 → 0");
    expect(changes[2]!.lines.map((l) => l.text)).toContain("Journey Buying a gift online added with 4 touchpoints");
  });

  it("is unavailable, with the reason, outside git", () => {
    const dir = copyContent(VALID);
    expect(contentHistory(dir, dir)).toEqual({ available: false, reason: "the site was not built from a git repository" });
  });

  it("works from a shallow clone and says it is partial", () => {
    const repo = tempRepo(VALID);
    edit(repo.dir, "journeys/shop/purchase.yaml", "emotion: 2", "emotion: 1");
    repo.commit("Second");
    const clone = mkdtempSync(join(tmpdir(), "journeymap-shallow-"));
    try {
      repo.git("clone", "-q", "--depth=1", `file://${repo.dir}`, clone);
      const history = contentHistory(clone, join(clone, "journeys"));
      expect(history).toMatchObject({ available: true, partial: true });
      expect(history.available && history.commits.map((c) => c.subject)).toEqual(["Second"]);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
