import { expect, test, type Page } from "@playwright/test";
import { examples, journeys } from "./support/examples.ts";

// Keyboard use of the journey page (issue 10, item 7): focus never on the body, skip links past the overview and
// the map, Escape for every popover, a touchpoint panel that keeps Tab inside until closed.
const JOURNEY = "online-store-purchase";
const journey = journeys.find((j) => j.id === JOURNEY)!;
const touchpointName = (id: string) =>
  examples.journeys
    .find((j) => j.data.id === JOURNEY)!
    .data.stages.flatMap((s) => s.touchpoints)
    .find((t) => t.id === id)!.name;

/** What has focus, in words a failure message can show. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60)}"`;
  });

/** Presses Tab until `done` holds, failing if focus ever lands on the body; returns how many presses it took. */
async function tabUntil(page: Page, done: () => Promise<boolean>, limit = 600, key = "Tab"): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(key);
    expect(await focused(page), `${key} ${presses} left focus on the body`).not.toBe("body");
    if (await done()) return presses;
  }
  throw new Error(`not reached in ${limit} Tabs`);
}

const isFocused = (page: Page, name: string | RegExp, role: "link" | "button" = "link") => () =>
  page.getByRole(role, { name, exact: typeof name === "string" }).first().evaluate((el) => el === document.activeElement).catch(() => false);

test("the diagram is a few Tabs from the top: the overview links to it (Tab counts before and after are logged)", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`journeys/${JOURNEY}/`);
  const button = page.getByRole("button", { name: "Show the diagram" });
  // Tab alone, through every link of the page: what it took before the shortcut existed (186 when the issue was filed).
  const tabOnly = await tabUntil(page, () => button.evaluate((el) => el === document.activeElement));

  await page.goto(`journeys/${JOURNEY}/`);
  const toShortcut = await tabUntil(page, isFocused(page, "Mermaid"));
  await page.keyboard.press("Enter");
  const toButton = await tabUntil(page, () => button.evaluate((el) => el === document.activeElement));
  const withShortcut = toShortcut + toButton;
  test.info().annotations.push({ type: "tabs to the diagram", description: `Tab only: ${tabOnly}; with the overview's Mermaid link: ${withShortcut} Tabs and one Enter` });
  console.log(`Tabs to "Show the diagram" on ${JOURNEY}: ${tabOnly} by Tab alone, ${withShortcut} (+1 Enter) through the overview's Mermaid link`);
  expect(withShortcut).toBeLessThanOrEqual(30);
  expect(withShortcut).toBeLessThan(tabOnly / 5);
});

test("Show the diagram keeps focus while mermaid loads and renders, and Hide keeps it too", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  const button = page.getByRole("button", { name: "Show the diagram" });
  await button.focus();
  // Record every focus change from now on: none may reach the body.
  await page.evaluate(() => {
    (window as unknown as { focusLog: string[] }).focusLog = [];
    const log = () => (window as unknown as { focusLog: string[] }).focusLog.push(document.activeElement === document.body ? "body" : (document.activeElement?.tagName ?? "none"));
    document.addEventListener("focusout", () => setTimeout(log));
    document.addEventListener("focusin", log);
  });
  await page.keyboard.press("Enter");
  await expect(page.locator("#mermaid-output svg")).toBeVisible({ timeout: 20_000 });
  const toggle = page.locator("[data-mermaid-render]");
  await expect(toggle).toHaveText("Hide the diagram");
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Enter");
  await expect(page.locator("#mermaid-output")).toBeHidden();
  await expect(toggle).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { focusLog: string[] }).focusLog)).not.toContain("body");
});

test("skip links jump over the overview, then over the detailed map", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  await tabUntil(page, isFocused(page, "Skip to the detailed map"));
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip past the detailed map" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  // Focus is past the map: neither in its table nor in its toolbar.
  const where = await page.evaluate(() => {
    const el = document.activeElement!;
    return { inMap: !!el.closest("table.map, [data-map-toolbar]"), afterMap: !!(document.getElementById("map-end")!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) };
  });
  expect(where).toEqual({ inMap: false, afterMap: true });
});

test("Escape closes the Lanes menu and puts focus back on its button; a click elsewhere closes it too", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  const menu = page.locator("details.lanes-menu");
  const summary = menu.locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("open", "");
  await page.keyboard.press("Tab");
  await expect(menu.locator("input").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).not.toHaveAttribute("open", "");
  await expect(summary).toBeFocused();

  await summary.click();
  await expect(menu).toHaveAttribute("open", "");
  await page.locator("h1").click();
  await expect(menu).not.toHaveAttribute("open", "");
});

test("on a phone, Escape closes the navigation menu and returns focus to it", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("");
  const menu = page.locator("details.nav-menu");
  const summary = menu.locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(menu.getByRole("link", { name: "Personas" })).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(menu).not.toHaveAttribute("open", "");
  await expect(summary).toBeFocused();
  // Tabbing out of the open menu closes it, so it never covers the page.
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("open", "");
  await tabUntil(page, () => menu.evaluate((el) => !el.contains(document.activeElement)), 20);
  await expect(menu).not.toHaveAttribute("open", "");
});

test("Escape closes the search dialog, back to its button, and leaves an open touchpoint panel alone", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/#${journey.touchpoints[1]}`);
  await expect(page.locator("#tp-panel")).toBeVisible();
  const opener = page.locator("[data-search-open]");
  await opener.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-search-dialog]")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator("[data-search-dialog]")).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(page.locator("#tp-panel")).toBeVisible();
});

test("Escape hides the tooltip of a focused touchpoint", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  await page.locator("a.tp-link").nth(2).focus();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("tooltip")).toBeHidden();
  await expect(page.locator("a.tp-link").nth(2)).toBeFocused();
});

test("the touchpoint panel keeps Tab inside until it is closed, then returns focus to the touchpoint that opened it", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  const id = journey.touchpoints[4]!;
  // Opened from the overview's list of names.
  const opener = page.locator(`#overview a[data-touchpoint-link="${id}"]`).first();
  await opener.focus();
  await page.keyboard.press("Enter");
  const panel = page.locator("#tp-panel");
  await expect(panel).toBeVisible();
  await expect(panel.locator(".panel-title")).toHaveText(touchpointName(id));
  await expect(page.getByRole("button", { name: "Close details" })).toBeFocused();
  const inPanel = () => page.evaluate(() => document.getElementById("tp-panel")!.contains(document.activeElement));
  const stops = await panel.evaluate((el) => el.querySelectorAll("a[href], button, [tabindex='0'], summary").length);
  for (let i = 0; i < stops + 3; i++) {
    await page.keyboard.press("Tab");
    expect(await inPanel(), `Tab ${i + 1} left the panel for ${await focused(page)}`).toBe(true);
  }
  for (let i = 0; i < stops + 3; i++) {
    await page.keyboard.press("Shift+Tab");
    expect(await inPanel(), `Shift+Tab ${i + 1} left the panel for ${await focused(page)}`).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(opener).toBeFocused();

  // Opened from the map's own column, closed with its button.
  const head = page.locator(`th.tp-head[data-touchpoint="${id}"] a.tp-link`);
  await head.focus();
  await page.keyboard.press("Enter");
  await expect(panel).toBeVisible();
  await page.keyboard.press("Enter"); // the close button has focus
  await expect(panel).toBeHidden();
  await expect(head).toBeFocused();
});

test("a keyboard walks map → touchpoint panel → close → diagram without focus ever landing on the body", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`journeys/${JOURNEY}/`);
  await tabUntil(page, isFocused(page, "Skip to the detailed map"));
  await page.keyboard.press("Enter");
  await tabUntil(page, () => page.evaluate(() => document.activeElement?.classList.contains("tp-link") ?? false));
  await page.keyboard.press("Enter");
  await expect(page.locator("#tp-panel")).toBeVisible();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Escape");
  await expect(page.locator("#tp-panel")).toBeHidden();
  expect(await focused(page)).toContain(`"${touchpointName(journey.touchpoints[0]!)}"`);
  // Back up to the skip link before the map, and over the map.
  await tabUntil(page, isFocused(page, "Skip past the detailed map"), 600, "Shift+Tab");
  await page.keyboard.press("Enter");
  await tabUntil(page, () => page.getByRole("button", { name: "Show the diagram" }).evaluate((el) => el === document.activeElement));
  await page.keyboard.press("Enter");
  await expect(page.locator("#mermaid-output svg")).toBeVisible({ timeout: 20_000 });
  expect(await focused(page)).toContain("Hide the diagram");
});

test("a malformed fragment does not throw in the page's scripts, and the map still works", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`journeys/${JOURNEY}/#%E0%A4%A`);
  await page.locator("a.tp-link").first().focus();
  await expect(page.getByRole("tooltip")).toBeVisible();
  await page.evaluate(() => (location.hash = "%E0%A4%A"));
  await page.locator("a.tp-link").first().press("Enter");
  await expect(page.locator("#tp-panel")).toBeVisible();
  expect(errors).toEqual([]);
});
