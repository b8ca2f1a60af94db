import { expect, test } from "@playwright/test";
import { HOSTILE_PATH } from "./support/sites.ts";

// Ids that are JavaScript's own names (issue 11.7): the hostile site has a journey, stage, touchpoint,
// persona and KPI called `constructor`. Before, the site build died on them with a TypeError.
test("a journey, stage, touchpoint, persona and KPI called constructor build and show as plain ids", async ({ page }) => {
  const response = await page.goto(`${HOSTILE_PATH}journeys/constructor/`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("h1")).toHaveText("A journey called constructor");
  await expect(page.locator(".ov-touchpoints")).toContainText("Touchpoint called constructor");
  // The persona called constructor gets its own curve from `emotions: { constructor: -1 }`.
  await expect(page.locator(".overview-legend")).toContainText("Connie Structor");
  await expect(page.locator("#constructor")).toHaveCount(1);
  expect((await page.goto(`${HOSTILE_PATH}personas/constructor/`))?.status()).toBe(200);
  expect((await page.goto(`${HOSTILE_PATH}kpis/`))?.status()).toBe(200);
  await expect(page.locator("#kpi-constructor")).toHaveCount(1);
});
