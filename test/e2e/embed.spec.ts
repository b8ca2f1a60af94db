import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { examples, journeys } from "./support/examples.ts";
import { HOSTILE_PATH } from "./support/sites.ts";
import { WCAG } from "./support/axe.ts";

// Export and embed (issue 10, item 6): the overview as SVG files (and PNGs the browser draws from them), an embed page per journey, and the
// Mermaid diagram drawn legibly.
const names = (id: string) =>
  examples.journeys
    .find((j) => j.data.id === id)!
    .data.stages.flatMap((s) => s.touchpoints.map((t) => t.name));
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

for (const journey of journeys) {
  test(`${journey.id}: the embed page shows the overview alone, with a way to the full map`, async ({ page }) => {
    await page.goto(`journeys/${journey.id}/embed/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(journey.title);
    for (const name of names(journey.id)) await expect(page.locator("#overview")).toContainText(name);
    await expect(page.locator("#overview .ov-svg")).toBeVisible();
    // No site chrome: navigation, search, theme toggle, footer; no detailed map; no script at all.
    await expect(page.locator("nav, .site-header, .site-footer, [data-site-search], table.map, script")).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    const back = page.getByRole("link", { name: /Open the full map/ });
    await expect(back).toHaveAttribute("target", "_blank");
    expect(new URL((await back.getAttribute("href"))!, page.url()).pathname).toBe(`/journeys/${journey.id}/`);
    // A touchpoint in the embed opens its details on the full page, in a new tab.
    const first = page.locator("#overview a[data-touchpoint-link]").first();
    const opened = await first.evaluate((a: HTMLAnchorElement) => ({ href: a.href, target: a.target || document.querySelector("base")!.target }));
    expect(new URL(opened.href).pathname).toBe(`/journeys/${journey.id}/`);
    expect(new URL(opened.href).hash).toBe(`#${journey.touchpoints[0]}`);
    expect(opened.target).toBe("_blank");
  });
}

for (const scheme of ["light", "dark"] as const) {
  test(`the embed pages have no axe violations with WCAG 2.2 AA (${scheme} theme)`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const journey of journeys) {
      await page.goto(`journeys/${journey.id}/embed/`);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${journey.id} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")})`)).toEqual([]);
    }
  });
}

test("an embed page in a narrow iframe does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto(`journeys/${journeys[0]!.id}/embed/`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

for (const journey of journeys) {
  test(`${journey.id}: the overview and the curve download as SVG that parses, names every touchpoint, and as PNG`, async ({ page, request }) => {
    await page.goto(`journeys/${journey.id}/`);
    const exports = page.getByRole("list", { name: "Download and share" });
    const hrefs = await exports.getByRole("link").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.getAttribute("download")]));
    expect(hrefs).toEqual([
      [`/journeys/${journey.id}/overview.svg`, `${journey.id}-overview.svg`],
      [`/journeys/${journey.id}/curve.svg`, `${journey.id}-curve.svg`],
      [`/journeys/${journey.id}/embed/`, null],
      ["#mermaid-heading", null],
    ]);
    for (const [kind, label] of [["overview", "PNG of the overview"], ["curve", "PNG of the curve"]] as const) {
      const svg = await (await request.get(`journeys/${journey.id}/${kind}.svg`)).text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        return { error: doc.querySelector("parsererror")?.textContent ?? null, root: doc.documentElement.localName, text: [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" ") };
      }, svg);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe("svg");
      // Names wrap over lines: compare with the spaces evened out.
      const text = parsed.text.replace(/\s+/g, " ");
      if (kind === "overview") for (const name of names(journey.id)) expect(text).toContain(name.replace(/\s+/g, " "));

      // The browser draws the PNG from the SVG, at twice its size for a sharp slide.
      const [download] = await Promise.all([page.waitForEvent("download"), exports.getByRole("button", { name: label }).click()]);
      expect(download.suggestedFilename()).toBe(`${journey.id}-${kind}.png`);
      const png = readFileSync((await download.path())!);
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      expect(png.readUInt32BE(16)).toBe(Math.round(2 * Number(/width="([\d.]+)"/.exec(svg)![1])));
      expect(png.readUInt32BE(20)).toBe(Math.round(2 * Number(/height="([\d.]+)"/.exec(svg)![1])));
      // Not a blank canvas: the picture has more than one colour.
      const colours = await page.evaluate(async (bytes) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: "image/png" }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d")!;
        context.drawImage(bitmap, 0, 0);
        const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < data.length && seen.size < 10; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        return seen.size;
      }, [...png]);
      expect(colours).toBeGreaterThan(2);
    }
  });
}

test("without JavaScript the PNG buttons are hidden and the SVG downloads remain", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`journeys/${journeys[0]!.id}/`);
  const exports = page.getByRole("list", { name: "Download and share" });
  await expect(exports.getByRole("button")).toHaveCount(0);
  await expect(exports.getByRole("link", { name: "SVG of the overview" })).toBeVisible();
  await context.close();
});

test("the downloads of hostile content carry its names as text, escaped, and no markup of theirs", async ({ page, request }) => {
  const svg = await (await request.get(`${HOSTILE_PATH}journeys/hostile-journey/overview.svg`)).text();
  await page.goto(`${HOSTILE_PATH}journeys/hostile-journey/embed/`);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      elements: [...new Set([...doc.querySelectorAll("*")].map((e) => e.localName))].sort(),
      text: [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" "),
      title: doc.querySelector("title")?.textContent,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.elements).toEqual(["circle", "desc", "line", "path", "rect", "svg", "text", "title"]);
  expect(parsed.text.replace(/\s+/g, " ")).toContain("<script>alert('tp')</script>");
  expect(parsed.title).toContain("Journey <script>alert('journey')</script>");
  expect(svg).not.toMatch(/<script|<img/i);
});

test("Mermaid: the diagram renders at its natural size in a scroller, its text as large as the page's", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`journeys/${journeys[0]!.id}/`);
  await page.getByRole("button", { name: "Show the diagram" }).click();
  const output = page.getByRole("region", { name: /Rendered Mermaid diagram/ });
  await expect(output.locator("svg")).toBeVisible({ timeout: 20_000 });
  const sizes = await output.evaluate((box) => {
    const svg = box.querySelector("svg")!;
    const viewBox = svg.viewBox.baseVal;
    const texts = [...svg.querySelectorAll("text")].filter((t) => t.textContent?.trim()).map((t) => parseFloat(getComputedStyle(t).fontSize));
    return { drawn: svg.getBoundingClientRect().width, natural: viewBox.width, scrolls: box.scrollWidth > box.clientWidth, smallestText: Math.min(...texts) };
  });
  // Not shrunk to the panel: drawn at its own width, so the box scrolls sideways for a long journey.
  expect(sizes.drawn).toBeGreaterThanOrEqual(sizes.natural - 1);
  expect(sizes.scrolls).toBe(true);
  // Mermaid's own sizes (13–14 px), not the ~6 px of a diagram squeezed into the panel.
  expect(sizes.smallestText).toBeGreaterThanOrEqual(12);
  await expect(output).toHaveAttribute("tabindex", "0");
});
