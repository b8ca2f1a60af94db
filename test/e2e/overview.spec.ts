import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { WCAG } from "./support/axe.ts";
import { examples, journeys } from "./support/examples.ts";
import { HOSTILE_PATH } from "./support/sites.ts";

/** Every touchpoint name and the whole curve in the overview, inside the screen's width, none of it clipped. */
async function overviewFits(page: Page, width: number) {
  const frame = page.locator(".overview-frame");
  const metrics = await frame.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }));
  expect(metrics.scroll).toBeLessThanOrEqual(metrics.client);
  expect(metrics.right).toBeLessThanOrEqual(width);
  const names = await page.locator(".ov-touchpoints .ov-name > a[data-touchpoint-link]").evaluateAll((els) => els.map((e) => ({ text: e.textContent, right: e.getBoundingClientRect().right, width: e.getBoundingClientRect().width })));
  for (const n of names) {
    expect(n.width, n.text ?? "").toBeGreaterThan(0);
    expect(n.right, n.text ?? "").toBeLessThanOrEqual(width);
  }
  const chart = await page.locator(".ov-chart").boundingBox();
  expect(chart!.x).toBeGreaterThanOrEqual(0);
  expect(chart!.x + chart!.width).toBeLessThanOrEqual(width);
  return names.map((n) => n.text);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the journey overview at 1440×900 (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ viewport: { width: 1440, height: 900 }, javaScriptEnabled });
    for (const journey of journeys) {
      test(`${journey.id}: every touchpoint name and the whole curve fit the screen's width`, async ({ page }) => {
        await page.goto(`journeys/${journey.id}/`);
        const names = await overviewFits(page, 1440);
        expect(names).toHaveLength(journey.touchpoints.length);
        await expect(page.locator(".ov-marker")).toHaveCount(journey.touchpoints.length);
        // The overview comes before the detailed map.
        const overview = await page.locator("#overview").boundingBox();
        const map = await page.locator("#map-heading").boundingBox();
        expect(overview!.y).toBeLessThan(map!.y);
        expect(overview!.y).toBeLessThan(900);
      });
    }
  });
}

test.describe("the overview's curves", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("a future-state journey draws today's curve under the redesign, with a legend and the gain per stage", async ({ page }) => {
    const future = journeys.find((j) => j.state === "future")!;
    await page.goto(`journeys/${future.id}/`);
    await expect(page.locator(".overview-legend")).toContainText("Today");
    await expect(page.locator(".overview-legend")).toContainText("Redesign");
    await expect(page.locator(".ov-line.compare")).toHaveCount(1);
    await expect(page.locator(".ov-change").first()).toContainText("vs today");
  });

  test("a journey whose touchpoints tell its personas apart draws a curve per persona", async ({ page }) => {
    const journey = examples.journeys.find((j) => j.data.persona.length > 1 && j.data.stages.some((s) => s.touchpoints.some((t) => t.emotions)))!;
    await page.goto(`journeys/${journey.data.id}/`);
    await expect(page.locator(".ov-line.persona")).toHaveCount(journey.data.persona.length);
    for (const id of journey.data.persona) {
      const name = examples.personas.find((p) => p.data.id === id)!.data.name;
      await expect(page.locator(".overview-legend")).toContainText(name);
    }
  });

  test("a marker and a name in the overview lead to the touchpoint's details", async ({ page }) => {
    const journey = journeys[0]!;
    await page.goto(`journeys/${journey.id}/`);
    await page.locator(".ov-touchpoints a").first().click();
    await expect(page).toHaveURL(new RegExp(`#${journey.touchpoints[0]}$`));
  });
});

test.describe("phones, 390 px wide", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const pages = ["", ...journeys.map((j) => `journeys/${j.id}/`), "personas/", ...examples.personas.map((p) => `personas/${p.data.id}/`), "channels/", "kpis/", "gaps/", "opportunities/", "changes/", "teams/"];
  for (const path of pages) {
    test(`/${path} is never wider than the screen`, async ({ page }) => {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
    });
  }

  test("a journey's first screen shows its title and the start of its map; the header takes under half of it", async ({ page }) => {
    for (const journey of journeys) {
      await page.goto(`journeys/${journey.id}/`);
      const title = await page.locator("h1").boundingBox();
      const overview = await page.locator("#overview").boundingBox();
      expect(title!.y + title!.height).toBeLessThan(844);
      expect(overview!.y, journey.id).toBeLessThan(844 / 2 + 80);
      const header = await page.locator(".site-header").boundingBox();
      expect(header!.height).toBeLessThan(844 / 4);
    }
  });

  test("the sections open from a menu, without JavaScript too", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${test.info().project.use.baseURL}gaps/`);
    await expect(page.locator(".site-nav")).toBeHidden();
    await page.locator(".nav-menu summary").click();
    await expect(page.locator(".nav-menu").getByRole("link", { name: "Opportunities" })).toBeVisible();
    await context.close();
  });
});

test.describe("paper", () => {
  test("a printed journey opens on the overview, then the map in parts whose stage and touchpoint rows repeat", async ({ page }) => {
    const journey = journeys[0]!;
    await page.goto(`journeys/${journey.id}/`);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".overview-map")).toBeVisible();
    await expect(page.locator(".map-scroll")).toBeHidden();
    const parts = page.locator(".map-part");
    expect(await parts.count()).toBeGreaterThanOrEqual(1);
    let columns = 0;
    for (const part of await parts.all()) {
      await expect(part.locator("thead tr.stage-row")).toHaveCount(1);
      const heads = await part.locator("thead th.tp-head").count();
      expect(heads).toBeLessThanOrEqual(12);
      columns += heads;
      expect(await part.locator("thead").evaluate((el) => getComputedStyle(el).display)).toBe("table-header-group");
    }
    expect(columns).toBe(journey.touchpoints.length);
    // Every page's footer: what it is, when and from which commit it was built, and its number.
    const footer = await page.locator("head style").evaluateAll((els) => els.map((e) => e.textContent ?? "").join("\n"));
    expect(footer).toContain('counter(page) " of " counter(pages)');
    expect(footer).toMatch(/built \d{1,2} \w{3} \d{4}/);
  });
});

test("the map's filters are kept in the address and cleared with one button", async ({ page }) => {
  const journey = journeys[0]!;
  await page.goto(`journeys/${journey.id}/`);
  const clear = page.locator("[data-filter-clear]");
  await expect(clear).toBeHidden();
  await page.locator("#filter-channel").selectOption({ index: 1 });
  const channel = await page.locator("#filter-channel").inputValue();
  expect(new URL(page.url()).searchParams.get("channel")).toBe(channel);
  const dimmed = await page.locator(".map-scroll th.tp-head.is-dimmed").count();
  expect(dimmed).toBeGreaterThan(0);
  // A bookmarked address opens the map highlighted the same way.
  await page.reload();
  await expect(page.locator("#filter-channel")).toHaveValue(channel);
  await expect(page.locator(".map-scroll th.tp-head.is-dimmed")).toHaveCount(dimmed);
  await clear.click();
  await expect(page.locator(".map-scroll th.tp-head.is-dimmed")).toHaveCount(0);
  expect(new URL(page.url()).search).toBe("");
  await expect(clear).toBeHidden();
});

test.describe("a journey of more than eight stages", () => {
  const path = `${HOSTILE_PATH}journeys/ten-stages/`;

  test("on a laptop its overview scrolls sideways in a region a keyboard reaches and moves; the page does not", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(path);
    const frame = page.getByRole("region", { name: /Ten stages/ }).and(page.locator(".overview-frame"));
    await expect(frame).toHaveAttribute("tabindex", "0");
    await expect(page.locator(".ov-stage-head")).toHaveCount(10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
    // Tab from the overview's heading row: past its links, the next stop is the scrolling region.
    await page.locator(".overview-skip").focus();
    await page.keyboard.press("Tab");
    await expect(frame).toBeFocused();
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth && el.scrollLeft === 0)).toBe(true);
    const last = page.locator(".ov-stage-head").last();
    await expect(last).not.toBeInViewport();
    // The arrow keys scroll the focused region sideways, as they scroll a page; the emotion scale stays in view.
    for (let i = 0; i < 60; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => frame.evaluate((el) => Math.round(el.scrollLeft + el.clientWidth - el.scrollWidth))).toBe(0);
    await expect(last).toBeInViewport();
    const scale = await page.locator(".ov-scale").boundingBox();
    const box = await frame.boundingBox();
    expect(Math.round(scale!.x)).toBe(Math.round(box!.x + 1));
  });

  test("on a phone its stages stack and its curve fits the screen: nothing scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const frame = page.locator(".overview-frame");
    expect(await frame.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const markers = await page.locator(".ov-marker").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(markers).toHaveLength(10);
    for (const right of markers) expect(right).toBeLessThanOrEqual(390);
    // Scrolling nothing, the overview is no tab stop and no region "that scrolls sideways"; the map still is.
    await expect(frame).not.toHaveAttribute("tabindex");
    await expect(page.getByRole("region", { name: /overview.*scrolls|scrolls.*overview/i })).toHaveCount(0);
    await expect(frame).not.toHaveAttribute("role");
    await page.locator(".overview-skip").focus();
    await page.keyboard.press("Tab");
    await expect(frame).not.toBeFocused();
    await expect(page.locator(".map-scroll")).toHaveAttribute("tabindex", "0");
    await expect(page.locator(".map-scroll")).toHaveAttribute("role", "region");
    // Widened until the stages stand side by side and overflow again, it is a tab stop again.
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(frame).toHaveAttribute("tabindex", "0");
    await expect(frame).toHaveAttribute("role", "region");
  });

  test("on paper every stage fits the page's width", async ({ page }) => {
    // The width of the printed page: A3 landscape inside 10 mm margins (map.css's @page), 400 mm at 96 px an inch.
    await page.setViewportSize({ width: 1512, height: 1000 });
    await page.emulateMedia({ media: "print" });
    await page.goto(path);
    const frame = page.locator(".overview-frame");
    expect(await frame.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const right = await frame.evaluate((el) => el.getBoundingClientRect().right);
    const heads = await page.locator(".ov-stage-head").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(heads).toHaveLength(10);
    for (const r of heads) expect(r).toBeLessThanOrEqual(right);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`it has no axe violations (${scheme} theme)`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")})`)).toEqual([]);
    });
  }
});

test("a map that fits the screen is no tab stop; narrowed until it scrolls sideways, it is one again", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${HOSTILE_PATH}journeys/hostile-journey/`);
  const map = page.locator(".map-scroll");
  expect(await map.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(map).not.toHaveAttribute("tabindex");
  await expect(map).not.toHaveAttribute("role");
  await expect(map).not.toHaveAttribute("aria-label");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await map.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(map).toHaveAttribute("tabindex", "0");
  await expect(map).toHaveAttribute("role", "region");
  await expect(map).toHaveAttribute("aria-label", /scrolls/);
});
