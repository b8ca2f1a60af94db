import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { journeys } from "./support/examples.ts";

/** Commits that touched the example content, newest first, as git reports them. */
function contentCommits(): string[] {
  return execFileSync("git", ["log", "-n20", "--format=%s", "--", "journeys", "journeymap.config.yaml"], { encoding: "utf8" }).split("\n").filter(Boolean);
}

test("the What changed page lists the commits that changed the content, with links to what they changed", async ({ page, request }) => {
  const subjects = contentCommits();
  test.skip(subjects.length === 0, "not built from a git clone with history");
  await page.goto("changes/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What changed");
  // Each entry opens with what it changed; the commit's own message follows it, in git's order.
  await expect(page.locator(".change-message")).toHaveText(subjects.map((s) => `“${s}”`));
  await expect(page.locator(".change-subject")).toHaveCount(subjects.length);
  for (const href of await page.locator(".change-subject a, .change-lines a").evaluateAll((as) => as.slice(0, 6).map((a) => (a as HTMLAnchorElement).href))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test("a journey page shows its health and curve over the commits that touched it", async ({ page }) => {
  test.skip(contentCommits().length === 0, "not built from a git clone with history");
  const journey = journeys[0]!;
  await page.goto(`journeys/${journey.id}/`);
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toBeVisible();
  const entries = history.locator(".history-list li");
  expect(await entries.count()).toBeGreaterThan(0);
  await expect(entries.first().locator("svg.sparkline")).toBeVisible();
  await expect(entries.first()).toContainText(/Health \d+\/100/);
});
