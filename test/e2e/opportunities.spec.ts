import { expect, test } from "@playwright/test";
import { examples } from "./support/examples.ts";

const opportunities = examples.journeys.flatMap((j) => j.data.stages.flatMap((s) => s.touchpoints.flatMap((t) => t.opportunities.map((o) => ({ ...o, team: o.owner ?? t.owner ?? "-" })))));

test("the opportunity backlog lists every opportunity of every journey, by status", async ({ page }) => {
  await page.goto("opportunities/");
  await expect(page.locator("[data-filter-item]")).toHaveCount(opportunities.length);
  const statuses = await page.locator("[data-filter-item]").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status));
  const order = ["in-progress", "planned", "idea", "done", "dropped"];
  expect(statuses.map((s) => order.indexOf(s!))).toEqual([...statuses.map((s) => order.indexOf(s!))].sort((a, b) => a - b));
  for (const status of new Set(opportunities.map((o) => o.status))) {
    await expect(page.locator(`[data-filter-item][data-status="${status}"]`)).toHaveCount(opportunities.filter((o) => o.status === status).length);
  }
});

test("filters by team, keeps the choice in the address, and clears", async ({ page }) => {
  const team = opportunities.find((o) => o.owner)!.owner!;
  await page.goto("opportunities/");
  const clear = page.getByRole("button", { name: "Clear filters" });
  await expect(clear).toBeHidden();
  await page.getByRole("combobox", { name: "Team" }).selectOption(team);
  await expect(page.locator("[data-filter-item]:visible")).toHaveCount(opportunities.filter((o) => o.team === team).length);
  expect(new URL(page.url()).searchParams.get("team")).toBe(team);
  await page.reload();
  await expect(page.locator("[data-filter-item]:visible")).toHaveCount(opportunities.filter((o) => o.team === team).length);
  await clear.click();
  await expect(page.locator("[data-filter-item]:visible")).toHaveCount(opportunities.length);
});

test("reads completely without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${test.info().project.use.baseURL}opportunities/`);
  await expect(page.locator("[data-filter-item]")).toHaveCount(opportunities.length);
  await expect(page.locator("form[data-filter-form]")).toBeHidden();
  await context.close();
});
