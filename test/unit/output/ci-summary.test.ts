import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ciSummary, pullRequestNumber } from "../../../scripts/ci-summary.ts";
import { COMMENT_MARKER, commentBody, jobSummary, runUrl, siteUrl } from "../../../src/output/ci-summary.ts";
import { COMMENT_LIMIT, JOB_SUMMARY_LIMIT } from "../../../src/output/markdown.ts";
import { edit } from "../support/temp-content.ts";
import { tempRepo } from "../support/temp-repo.ts";

const VALID = "test/fixtures/valid";
const quiet = () => {};

/** The fixture in a repository, on a branch off main. */
function branch() {
  const repo = tempRepo(VALID);
  repo.git("checkout", "-q", "-b", "feature");
  return repo;
}

describe("npm run ci:summary", () => {
  it("a one-touchpoint change: the semantic diff first, then the gaps of that journey only, one line for the rest", async () => {
    const repo = branch();
    edit(repo.dir, "journeys/shop/purchase-future.yaml", "name: Guest checkout", "name: Guest checkout in one step");
    const { code, markdown } = await ciSummary(repo.dir, {}, quiet);
    expect(code).toBe(0);
    expect(markdown.startsWith(`${COMMENT_MARKER}\n# What this change does to the journeys\n`)).toBe(true);
    const gaps = markdown.indexOf("# Gaps in the journey this change touches");
    expect(gaps).toBeGreaterThan(markdown.indexOf("name “Guest checkout” → “Guest checkout in one step”"));
    const sections = markdown.slice(gaps).split("\n").filter((l) => l.startsWith("## "));
    expect(sections).toEqual([expect.stringMatching(/^## Buying a gift online \(redesign\) · health \d+\/100$/)]);
    expect(markdown).not.toContain("purchase.yaml:");
    expect(markdown).toMatch(/\nThe other journey, not touched by this change: 1 error, \d+ warnings, \d+ info\.\n/);
    expect(markdown).not.toContain("The site as published");
  });

  it("no change: no gap table, only the total", async () => {
    const { markdown } = await ciSummary(branch().dir, {}, quiet);
    expect(markdown).toContain("No change to journeys, personas or KPIs.");
    expect(markdown).toContain("No journey's content or gaps changed.");
    expect(markdown).toMatch(/The other 2 journeys, not touched by this change: 1 error, \d+ warnings, \d+ info\./);
    expect(markdown).not.toContain("| Severity |");
  });

  it("without a base to compare to, the gaps of every journey", async () => {
    const repo = branch();
    const { code, markdown } = await ciSummary(repo.dir, { GITHUB_BASE_REF: "no-such-branch" }, quiet);
    expect(code).toBe(0);
    expect(markdown).toContain("The semantic diff is not available");
    expect(markdown).toContain("# Journey report");
    expect(markdown.split("\n").filter((l) => l.startsWith("## "))).toHaveLength(2);
    expect(markdown).not.toContain("The other");
  });

  it("links the published site and the touched journey's page", async () => {
    const repo = branch();
    edit(repo.dir, "journeys/shop/purchase-future.yaml", "name: Guest checkout", "name: Guest checkout in one step");
    const { markdown } = await ciSummary(repo.dir, { JOURNEYMAP_SITE_URL: "https://cx.example.com/maps" }, quiet);
    expect(markdown).toContain("The site as published from the main branch: https://cx.example.com/maps/ · [Buying a gift online (redesign)](https://cx.example.com/maps/journeys/purchase-future/)");
  });

  it("knows the GitHub Pages address, the run's page and the pull request from the Actions environment", () => {
    const actions = { GITHUB_ACTIONS: "true", GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "Northwind/journeys", GITHUB_RUN_ID: "42" };
    expect(siteUrl(actions)).toBe("https://northwind.github.io/journeys/");
    expect(siteUrl({ ...actions, GITHUB_REPOSITORY: "northwind/northwind.github.io" })).toBe("https://northwind.github.io/");
    expect(siteUrl({ ...actions, JOURNEYMAP_SITE_URL: "https://cx.example.com" })).toBe("https://cx.example.com/");
    expect(siteUrl({ JOURNEYMAP_SITE_URL: "javascript:alert(1)" })).toBeUndefined();
    expect(siteUrl({})).toBeUndefined();
    expect(runUrl(actions)).toBe("https://github.com/Northwind/journeys/actions/runs/42");

    const dir = mkdtempSync(join(tmpdir(), "journeymap-event-"));
    const event = (payload: unknown) => {
      writeFileSync(join(dir, "event.json"), JSON.stringify(payload));
      return pullRequestNumber({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: join(dir, "event.json") });
    };
    expect(event({ number: 7, pull_request: { number: 7 } })).toBe(7);
    expect(event({ number: "7; rm -rf /" })).toBeUndefined();
    expect(event({ number: 1.5 })).toBeUndefined();
    expect(pullRequestNumber({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: join(dir, "event.json") })).toBeUndefined();
  });

  it("caps the comment below GitHub's limit with a link to the job summary, and the job summary at 1 MiB", () => {
    const journey = (i: number) => [`## Journey ${i}`, "", "| Severity | Gap |", "| --- | --- |", ...Array.from({ length: 40 }, (_, g) => `| 🟠 warning | Gap ${g} of journey ${i} |`), "", "<details><summary>Emotion curve</summary>", "", "```mermaid", "journey", "```", "", "</details>", ""];
    const long = [COMMENT_MARKER, "# Journey report", "", ...Array.from({ length: 100 }, (_, i) => journey(i)).flat()].join("\n");
    expect(long.length).toBeGreaterThan(65_536);
    const comment = commentBody(long, "https://github.com/o/r/actions/runs/42");
    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(comment.startsWith(COMMENT_MARKER)).toBe(true);
    expect(comment).toMatch(/so it is cut here\.\*\* The whole report is in the job summary: https:\/\/github\.com\/o\/r\/actions\/runs\/42\.\n$/);
    expect(commentBody("short\n")).toBe("short\n");

    const huge = long.repeat(20);
    expect(Buffer.byteLength(huge)).toBeGreaterThan(JOB_SUMMARY_LIMIT);
    const summary = jobSummary(huge);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT);
    expect(summary).toContain("longer than a job summary can hold (1 MiB)");
  });
});
