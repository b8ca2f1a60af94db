import { expect, test } from "@playwright/test";
import { journeys } from "./support/examples.ts";
import { BASE_PATH, HOSTILE_PATH } from "./support/sites.ts";

test("the home page has a card per journey with its curve, and filters by persona, state and text", async ({ page }) => {
  await page.goto("");
  const cards = page.locator(".journey-card");
  await expect(cards).toHaveCount(journeys.length);
  await expect(cards.first().locator("svg.sparkline")).toBeVisible();
  await page.getByRole("combobox", { name: "State" }).selectOption("future");
  await expect(page.locator(".journey-card:visible")).toHaveCount(journeys.filter((j) => j.state === "future").length);
  await page.getByRole("combobox", { name: "State" }).selectOption("");
  await page.getByRole("searchbox", { name: "Search" }).fill("bank account");
  await expect(page.locator(".journey-card:visible")).toHaveCount(1);
  await page.getByRole("searchbox", { name: "Search" }).fill("zzzz-nothing");
  await expect(page.getByText("No journey matches these filters.")).toBeVisible();
});

test("every link on every page leads somewhere", async ({ page, request }) => {
  const seen = new Set<string>();
  const queue = ["/"];
  while (queue.length > 0) {
    const path = queue.shift()!;
    await page.goto(path);
    const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      const url = new URL(link);
      if (url.host !== new URL(page.url()).host) continue;
      const target = url.pathname;
      if (seen.has(target)) continue;
      seen.add(target);
      const response = await request.get(target);
      expect(response.status(), `${target} linked from ${path}`).toBe(200);
      // Pages are followed; files (the SVG and PNG downloads, the feed, the JSON) only need to be there.
      if (target.endsWith("/")) queue.push(target);
    }
  }
  expect(seen.size).toBeGreaterThan(journeys.length + 3);
});

test("the site works under a base path (GitHub Pages project sites)", async ({ page, request }) => {
  await page.goto(BASE_PATH);
  const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const internal = links.filter((h) => h.startsWith("/"));
  expect(internal.length).toBeGreaterThan(4);
  for (const href of internal) expect(href.startsWith(BASE_PATH), href).toBe(true);
  await page.locator(".journey-card a").first().click();
  await expect(page.locator(".map-scroll table.map")).toBeVisible();
  for (const asset of await page.locator("link[rel=stylesheet], script[src]").evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? e.getAttribute("src")!))) {
    expect((await request.get(asset)).status(), asset).toBe(200);
  }
});

test("nothing an author writes runs as script or renders as markup", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const path of ["", "journeys/hostile-journey/", "journeys/hostile-journey/#tp-one", "personas/mallory/", "personas/", "kpis/", "channels/", "gaps/"]) {
    await page.goto(`${HOSTILE_PATH}${path}`);
    await page.waitForLoadState("networkidle");
  }
  await page.goto(`${HOSTILE_PATH}journeys/hostile-journey/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Journey <script>alert('journey')</script> : with ; mermaid # breakers");
  await expect(page.locator("main script:not([type=module]):not([src])")).toHaveCount(0);
  await expect(page.locator("main img, main iframe")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("the mermaid diagram is offered as text, copies, and renders only when asked for", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.goto(`journeys/${journeys[0]!.id}/`);
  const source = await page.locator("[data-mermaid-source]").textContent();
  expect(source).toMatch(/^journey\n  title /);
  const before = requested.length;
  await page.getByRole("button", { name: "Copy diagram source" }).click();
  await expect(page.getByText("Copied.", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(source);
  await page.getByRole("button", { name: "Show the diagram" }).click();
  await expect(page.locator("#mermaid-output svg")).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("#mermaid-output")).toContainText(journeys[0]!.title.slice(0, 20));
  expect(requested.length).toBeGreaterThan(before);
});

test("the charts cause no layout shift", async ({ page }) => {
  for (const path of [`journeys/${journeys[0]!.id}/`, "", "kpis/"]) {
    await page.goto(path);
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; sources: string[] }[]>((resolve) => {
          const found: { value: number; sources: string[] }[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
              const sources = (entry.sources ?? []).map((s) => {
                const node = s.node as Element | undefined;
                return node ? `${node.nodeName.toLowerCase()}${node.closest?.("svg") ? " (in an svg)" : ""}` : "?";
              });
              found.push({ value: entry.value, sources });
            }
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(found), 500);
        }),
    );
    // Charts have their size before they are drawn: nothing they contain may move.
    expect(shifts.flatMap((s) => s.sources).filter((s) => s.startsWith("svg") || s.includes("(in an svg)")), path).toEqual([]);
    // And the page as a whole stays far below the 0.1 a "good" page may shift (Core Web Vitals).
    expect(shifts.reduce((n, s) => n + s.value, 0), path).toBeLessThan(0.01);
  }
});

test("the theme toggle switches between light and dark and remembers the choice", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.reload();
  expect(await background()).toBe(dark);
});

test("the tests' own content (hostile text, ten channels tied as a journey's most used) never makes a page wider than the screen", async ({ page }) => {
  test.setTimeout(60_000);
  const paths = ["", "journeys/hostile-journey/", "journeys/ten-stages/", "personas/", "personas/mallory/", "kpis/", "channels/", "gaps/", "opportunities/", "teams/"];
  const wide: string[] = [];
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of paths) {
      await page.goto(`${HOSTILE_PATH}${path}`);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > width) wide.push(`/${path} at ${width} px: ${scroll} px`);
    }
  }
  expect(wide).toEqual([]);
});
