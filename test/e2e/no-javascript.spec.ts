import { expect, test } from "@playwright/test";
import { journeys } from "./support/examples.ts";

test.use({ javaScriptEnabled: false });

test("without JavaScript a journey page still shows the map, the curve and every detail", async ({ page }) => {
  const journey = journeys[0]!;
  await page.goto(`journeys/${journey.id}/`);
  await expect(page.locator(".map-scroll table.map")).toBeVisible();
  await expect(page.locator("#curve")).toBeVisible();
  await expect(page.locator("#curve .point")).toHaveCount(journey.touchpoints.length);
  await expect(page.locator("article.touchpoint-detail")).toHaveCount(journey.touchpoints.length);
  // Controls that need a script stay out of the way.
  await expect(page.locator("[data-map-toolbar]")).toBeHidden();
  await expect(page.locator("[data-mermaid-actions]")).toBeHidden();
  await expect(page.locator("[data-mermaid-source]")).toBeVisible();
  // A deep link still lands on the touchpoint's details.
  const id = journey.touchpoints[2]!;
  await page.goto(`journeys/${journey.id}/#${id}`);
  await expect(page.locator(`article#${id}`)).toBeInViewport();
});

test("without JavaScript the home page lists every journey", async ({ page }) => {
  await page.goto("");
  await expect(page.locator(".journey-card")).toHaveCount(journeys.length);
  await expect(page.locator("[data-portfolio-filters]")).toBeHidden();
});
