import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { examples, journeys } from "./support/examples.ts";
import { WCAG } from "./support/axe.ts";


const pages = [
  "",
  ...journeys.map((j) => `journeys/${j.id}/`),
  "personas/",
  ...examples.personas.map((p) => `personas/${p.data.id}/`),
  "channels/",
  "kpis/",
  "changes/",
  "gaps/",
  "opportunities/",
  "teams/",
  ...journeys.map((j) => `journeys/${j.id}/embed/`),
];

for (const scheme of ["light", "dark"] as const) {
  for (const path of pages) {
    test(`/${path} has no axe violations (${scheme} theme)`, async ({ page }) => {
      test.setTimeout(90_000); // axe takes a while on a map of 20 touchpoints
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")})`)).toEqual([]);
    });
  }
}

test("the open detail panel passes axe too", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`journeys/${journeys[0]!.id}/#${journeys[0]!.touchpoints[0]}`);
  await expect(page.locator("#tp-panel")).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`)).toEqual([]);
});

test("every page can be navigated from the keyboard: a skip link, then the main navigation", async ({ page }) => {
  await page.goto("");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("on a phone, every target is at least 24 by 24 px or spaced as far apart (WCAG 2.5.8)", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const found: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
    for (const v of results.violations) found.push(`/${path}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  }
  expect(found).toEqual([]);
});
