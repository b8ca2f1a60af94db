import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { entriesOf, type PagefindData } from "../../src/scripts/search-entries.ts";
import { examples } from "./support/examples.ts";
import { BASE_DIST, BASE_PATH, HOSTILE_PATH } from "./support/sites.ts";

// A pain point of the example content, and where it lives: the search must lead there.
const journey = examples.journeys.find((j) => j.data.stages.some((s) => s.touchpoints.some((t) => t.pains.length > 0)))!.data;
const touchpoint = journey.stages.flatMap((s) => s.touchpoints).find((t) => t.pains.length > 0)!;
const pain = touchpoint.pains[0]!;
const phrase = pain.split(/\s+/).slice(0, 6).join(" ");

interface ResultData {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Searches through the Pagefind API in the page, as any script on the site could, and lists the results as the search box does. */
async function pagefindSearch(page: Page, base: string, term: string | null, filters: Record<string, string> = {}): Promise<ResultData[]> {
  const pages = (await page.evaluate(
    async ({ base, term, filters }) => {
      const pf = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
      const found = await pf.search(term, { filters });
      return Promise.all(found.results.slice(0, 50).map((r: { data(): Promise<unknown> }) => r.data()));
    },
    { base, term, filters },
  )) as PagefindData[];
  return pages
    .flatMap((d) => entriesOf(d, filters.kind, term !== null))
    .map((e) => ({ url: e.url, meta: { kind: e.kind, title: e.title, ...(e.context ? { context: e.context } : {}) }, filters: e.filters }));
}

test("the index is written into the build, in pagefind/", () => {
  for (const dist of ["dist", BASE_DIST]) {
    expect(existsSync(join(dist, "pagefind", "pagefind.js"))).toBe(true);
    expect(readdirSync(join(dist, "pagefind", "fragment")).length).toBeGreaterThan(10);
    // Only what the site's own search dialog uses is shipped.
    expect(existsSync(join(dist, "pagefind", "pagefind-ui.js"))).toBe(false);
  }
  // One index serves any base path: the result URLs carry none, pagefind.js adds the folder it was loaded from.
  const entry = JSON.parse(readFileSync(join("dist", "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, unknown> };
  expect(Object.keys(entry.languages)).toEqual(["en"]);
});

for (const base of ["/", BASE_PATH]) {
  test(`a pain point found through the Pagefind API leads to its touchpoint (base ${base})`, async ({ page }) => {
    await page.goto(base);
    const results = await pagefindSearch(page, base, phrase);
    expect(results[0]?.url).toBe(`${base}journeys/${journey.id}/#${touchpoint.id}`);
    expect(results[0]?.meta.kind).toBe("Touchpoint");
    expect(results[0]?.meta.title).toBe(touchpoint.name);
  });

  test(`the search box finds a pain point and opens its touchpoint (base ${base})`, async ({ page }) => {
    await page.goto(`${base}personas/`);
    await page.keyboard.press("/");
    const dialog = page.getByRole("dialog", { name: "Search the journeys" });
    await expect(dialog).toBeVisible();
    await expect(page.getByRole("searchbox", { name: /Search journeys/ })).toBeFocused();
    await page.keyboard.type(phrase);
    const first = dialog.locator(".search-results a").first();
    await expect(first).toHaveAttribute("href", `${base}journeys/${journey.id}/#${touchpoint.id}`);
    await expect(first).toContainText(touchpoint.name);
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${base}journeys/${journey.id}/#${touchpoint.id}$`));
    // The journey page opens the touchpoint's details from the address.
    await expect(page.locator("#tp-panel")).toBeVisible();
    await expect(page.locator("#tp-panel")).toContainText(pain);
  });
}

test("every kind of content is found: journeys, touchpoint fields, gaps, personas and KPIs", async ({ page }) => {
  await page.goto("");
  const persona = examples.personas[0]!.data;
  const kpi = examples.kpis[0]!.data;
  const withThought = journey.stages.flatMap((s) => s.touchpoints).find((t) => t.thinks)!;
  const withQuote = examples.journeys.flatMap((j) => j.data.stages.flatMap((s) => s.touchpoints)).find((t) => t.evidence.some((e) => e.type === "quote"))!;
  const quote = withQuote.evidence.find((e) => e.type === "quote")!.text;
  // A quoted phrase: Pagefind matches the words in that order.
  const firstWords = (s: string) => `"${s.replace(/[^\p{L}\p{N}\s-]/gu, " ").split(/\s+/).filter(Boolean).slice(0, 6).join(" ")}"`;
  const cases: [string, string, (r: ResultData) => boolean][] = [
    [journey.title, "Journey", (r) => r.url === `/journeys/${journey.id}/`],
    [firstWords(withThought.thinks!), "Touchpoint", (r) => r.url.endsWith(`#${withThought.id}`)],
    [firstWords(quote), "Touchpoint", (r) => r.url.endsWith(`#${withQuote.id}`)],
    [persona.role, "Persona", (r) => r.url === `/personas/${persona.id}/`],
    [kpi.name, "KPI", (r) => r.url === `/kpis/#kpi-${kpi.id}`],
    ["Logistics", "Touchpoint", (r) => r.meta.kind === "Touchpoint"],
    ["password", "Touchpoint", (r) => r.meta.kind === "Touchpoint"],
  ];
  for (const [term, kind, matches] of cases) {
    const results = await pagefindSearch(page, "/", term, { kind });
    expect(results.some(matches), `${kind} for “${term}”`).toBe(true);
  }
  const gaps = await pagefindSearch(page, "/", null, { kind: "Gap" });
  expect(gaps.length).toBeGreaterThan(0);
});

test("results can be narrowed by kind, journey, area and persona", async ({ page }) => {
  await page.goto("");
  const personaName = examples.personas.find((p) => p.data.id === journey.persona[0])!.data.name;
  const all = await pagefindSearch(page, "/", null, { journey: journey.title });
  expect(all.length).toBeGreaterThan(5);
  expect(all.every((r) => r.filters.journey?.includes(journey.title))).toBe(true);
  const byPersona = await pagefindSearch(page, "/", null, { persona: personaName, kind: "Touchpoint" });
  expect(byPersona.length).toBeGreaterThan(0);
  expect(byPersona.every((r) => r.meta.kind === "Touchpoint" && r.filters.persona?.includes(personaName))).toBe(true);

  // The dialog's filter lists are filled from the index.
  await page.keyboard.press("/");
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByLabel("Journey").locator("option", { hasText: journey.title })).toHaveCount(1);
  await dialog.getByLabel("Kind").selectOption("Persona");
  await expect(dialog.locator(".search-results a").first()).toHaveAttribute("href", /\/personas\/[a-z0-9-]+\/$/);
  await expect(dialog.locator(".search-status")).toContainText(`${examples.personas.length} result`);
  const area = examples.journeys[0]!.area;
  if (area) await expect(dialog.getByLabel("Area").locator("option", { hasText: area })).toHaveCount(1);
});

test("Escape closes the search and `/` typed into a field stays in the field", async ({ page }) => {
  await page.goto("");
  await page.getByLabel("Search", { exact: true }).first().fill("a/b");
  await expect(page.getByRole("dialog")).toBeHidden();
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("/");
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the open search with results passes axe (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("");
    await page.keyboard.press("/");
    await page.keyboard.type("delivery");
    await expect(page.locator(".search-results a").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")})`)).toEqual([]);
  });
}

test("without JavaScript the search is hidden and the home page lists every journey", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("");
  await expect(page.locator("[data-site-search]")).toBeHidden();
  await expect(page.locator(".journey-card")).toHaveCount(examples.journeys.length);
  await context.close();
});

test("hostile content stays text in the results", async ({ page }) => {
  const alerts: string[] = [];
  page.on("dialog", (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  await page.goto(HOSTILE_PATH);
  await page.keyboard.press("/");
  await page.keyboard.type("script");
  await expect(page.locator(".search-results a").first()).toBeVisible();
  expect(await page.locator(".search-results script, .search-results img, .search-results iframe").count()).toBe(0);
  expect(alerts).toEqual([]);
});

// The tests' own site is indexed in parts of 16 KB (test/e2e/support/global-setup.ts), as a large portfolio's is in
// parts of 5 MB: a search covers every part.
test("an index in parts is searched as one: results and filters come from every part", async ({ page }) => {
  const parts = (await (await page.request.get(`${HOSTILE_PATH}pagefind/parts.json`)).json()) as string[];
  expect(parts.length).toBeGreaterThan(2);
  await page.goto(HOSTILE_PATH);
  await page.keyboard.press("/");
  const journeys = page.locator('[data-search-filter="journey"] option');
  await expect(journeys).toHaveCount(5); // "every journey" and the four journeys, whichever part holds each
  await page.keyboard.type("backlog");
  await expect(page.locator(".search-results a").first()).toContainText("A long backlog");
  await page.locator('[data-search-form] input[name="q"]').fill("stages");
  await expect(page.locator(".search-results a").first()).toContainText("Ten stages");
});
