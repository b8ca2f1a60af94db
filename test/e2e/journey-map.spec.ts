import { expect, test } from "@playwright/test";
import { journeys } from "./support/examples.ts";

for (const journey of journeys) {
  test(`${journey.id}: the map has a column and a curve point per touchpoint`, async ({ page }) => {
    await page.goto(`journeys/${journey.id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(journey.title);
    const columns = page.locator("table.map th.tp-head[data-touchpoint]");
    await expect(columns).toHaveCount(journey.touchpoints.length);
    expect(await columns.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.touchpoint))).toEqual(journey.touchpoints);
    await expect(page.locator("#curve .point")).toHaveCount(journey.touchpoints.length);
    // Each point sits over the centre of its column.
    const heads = await columns.evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return r.left + r.width / 2; }));
    const points = await page.locator("#curve .point .dot").evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return r.left + r.width / 2; }));
    points.forEach((x, i) => expect(Math.abs(x - heads[i]!)).toBeLessThan(2));
  });
}

const JOURNEY = "online-store-purchase";

test("hovering a touchpoint shows its tooltip and lights up its point on the curve", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  const head = page.locator("th.tp-head").nth(2);
  const id = await head.getAttribute("data-touchpoint");
  await head.hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText((await head.getAttribute("data-name"))!);
  await expect(page.locator(`#curve .point[data-touchpoint="${id}"]`)).toHaveClass(/is-highlighted/);
});

test("hovering a point on the curve highlights its column", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  const point = page.locator("#curve .point").nth(4);
  await point.hover();
  const id = await point.getAttribute("data-touchpoint");
  await expect(page.locator(`th.tp-head[data-touchpoint="${id}"]`)).toHaveClass(/is-highlighted/);
  await expect(page.getByRole("tooltip")).toBeVisible();
});

test("keyboard focus on a touchpoint shows its tooltip; Enter opens the detail panel and Escape returns focus", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  const link = page.locator("a.tp-link").first();
  await link.focus();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await page.keyboard.press("Enter");
  const panel = page.locator("#tp-panel");
  await expect(panel).toBeVisible();
  await expect(page.getByRole("button", { name: "Close details" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(link).toBeFocused();
});

test("clicking a touchpoint opens its details with a deep link, and the link opens them on load", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  const head = page.locator("th.tp-head").nth(5);
  const id = (await head.getAttribute("data-touchpoint"))!;
  const name = (await head.getAttribute("data-name"))!;
  await head.locator("a").click();
  const panel = page.locator("#tp-panel");
  await expect(panel).toBeVisible();
  await expect(panel.locator(".panel-title")).toHaveText(name);
  await expect(panel).toContainText("Channel");
  expect(new URL(page.url()).hash).toBe(`#${id}`);

  await page.goto(`journeys/${JOURNEY}/#${id}`);
  await expect(page.locator("#tp-panel")).toBeVisible();
  await expect(page.locator("#tp-panel .panel-title")).toHaveText(name);
  await page.getByRole("button", { name: "Close details" }).click();
  await expect(page.locator("#tp-panel")).toBeHidden();
  expect(new URL(page.url()).hash).toBe("");
});

test("clicking a point on the curve opens that touchpoint", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  const point = page.locator("#curve .point").nth(3);
  const id = await point.getAttribute("data-touchpoint");
  await point.click();
  await expect(page.locator("#tp-panel")).toBeVisible();
  expect(new URL(page.url()).hash).toBe(`#${id}`);
});

test("filters by channel, owner and confidence dim the other touchpoints, by mouse or keyboard", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  const heads = page.locator("th.tp-head[data-touchpoint]");
  const total = await heads.count();
  const webCount = await page.locator('th.tp-head[data-channel="web"]').count();
  await page.getByRole("combobox", { name: "Channel" }).selectOption("web");
  await expect(page.getByRole("status").filter({ hasText: "touchpoints match" })).toHaveText(`${webCount} of ${total} touchpoints match`);
  await expect(page.locator('th.tp-head[data-channel="web"].is-dimmed')).toHaveCount(0);
  await expect(page.locator("th.tp-head.is-dimmed")).toHaveCount(total - webCount);

  await page.getByRole("combobox", { name: "Channel" }).selectOption("");
  const owner = page.getByRole("combobox", { name: "Owner" });
  await owner.focus();
  await page.keyboard.press("ArrowDown");
  const chosen = await owner.inputValue();
  const ownerCount = await page.locator(`th.tp-head[data-owner="${chosen}"]`).count();
  await expect(page.locator("th.tp-head.is-dimmed")).toHaveCount(total - ownerCount);

  await owner.selectOption("");
  await page.getByRole("combobox", { name: "Confidence" }).selectOption("validated");
  const validated = await page.locator('th.tp-head[data-confidence="validated"]').count();
  await expect(page.locator("th.tp-head.is-dimmed")).toHaveCount(total - validated);
  await expect(page.locator("#curve .point.is-dimmed")).toHaveCount(total - validated);
});

test("lanes can be switched off and on", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  const row = page.locator('tr[data-lane="thinks"]');
  await expect(row).toBeVisible();
  await page.getByText("Lanes", { exact: true }).click();
  const box = page.getByRole("checkbox", { name: "Thinks" });
  await box.uncheck();
  await expect(row).toBeHidden();
  await box.focus();
  await page.keyboard.press("Space");
  await expect(row).toBeVisible();
});

test("empty lanes are left out of the map", async ({ page }) => {
  await page.goto("hostile/journeys/hostile-journey/");
  await expect(page.locator('tr[data-lane="highlights"]')).toHaveCount(0);
  await expect(page.locator('tr[data-lane="pains"]')).toHaveCount(1);
});

test("a future-state journey shows the current-state curve for comparison", async ({ page }) => {
  const future = journeys.find((j) => j.state === "future")!;
  await page.goto(`journeys/${future.id}/`);
  await expect(page.getByRole("heading", { name: "Compared with today" })).toBeVisible();
  // Today's curve is drawn on the overview's own stage axis, under the redesign's.
  await expect(page.locator("#overview .ov-line.compare")).toHaveCount(1);
  await expect(page.locator("#overview .ov-dot.compare").first()).toBeVisible();
  await expect(page.locator(".stage-compare tbody tr").first()).toBeVisible();
});
