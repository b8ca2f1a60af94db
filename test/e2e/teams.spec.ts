import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { examples } from "./support/examples.ts";

/** Every owner team of the examples, with the id its page has. */
const slug = (name: string) => name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
const owners = [...new Set([...examples.journeys.flatMap((j) => j.data.stages.flatMap((s) => s.touchpoints.map((t) => t.owner))), ...examples.kpis.map((k) => k.data.owner)].filter((o): o is string => Boolean(o)))];

test.describe("teams", () => {
  test("the index links a page for every owner team, and each page lists what the team owns", async ({ page }) => {
    await page.goto("teams/");
    await expect(page.locator(".teams-table tbody tr")).toHaveCount(owners.length);
    for (const owner of owners) {
      const response = await page.goto(`teams/${slug(owner)}/`);
      expect(response?.status(), owner).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(owner);
    }
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`the teams pages pass axe (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ["teams/", `teams/${slug(owners[0]!)}/`]) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
        expect(results.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
      }
    });
  }
});

test.describe("teams without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("read completely", async ({ page }) => {
    await page.goto(`teams/${slug(owners[0]!)}/`);
    await expect(page.locator("#touchpoints-heading")).toBeVisible();
    await expect(page.locator("#gaps-heading")).toBeVisible();
  });
});
