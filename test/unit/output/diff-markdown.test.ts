import { describe, expect, it } from "vitest";
import { edit } from "../support/temp-content.ts";
import { tempRepo } from "../support/temp-repo.ts";
import { runCli } from "../cli/run-cli.ts";

describe("diff Markdown", () => {
  it("shows a gap whose details changed as changed, not as one closed and one opened", async () => {
    const repo = tempRepo("test/fixtures/valid");
    // The drop into “Forced sign-up” grows from 3 to 4 points: the same gap at the same place, with a new title.
    const tp = "        control: paid\n        owner: Marketing\n        emotion: 1\n";
    edit(repo.dir, "journeys/shop/purchase.yaml", tp, tp.replace("emotion: 1", "emotion: 2"));
    repo.commit("A better ad");
    const json = JSON.parse((await runCli(["diff", "HEAD~1", "HEAD", "--format", "json"], repo.dir)).stdout);
    const gaps = json.journeys.find((j: { id: string }) => j.id === "purchase").gaps;
    expect(gaps.changed.map((c: { after: { rule: string } }) => c.after.rule)).toContain("emotion/sharp-drop");

    const { stdout } = await runCli(["diff", "HEAD~1", "HEAD"], repo.dir);
    const section = stdout.slice(stdout.indexOf("Gaps changed ("));
    expect(section).toMatch(/^Gaps changed \(\d+\):\n/);
    expect(section).toContain("- 🟠 Emotion drops 4 points from “Instagram ad” (+2) to “Forced sign-up” (−2) <sub>emotion/sharp-drop</sub> (was: Emotion drops 3 points from “Instagram ad” (+1) to “Forced sign-up” (−2))");
    expect(stdout).not.toMatch(/Gaps (opened|closed)[^]*Emotion drops/);
  });
});
