import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { WCAG } from "./support/axe.ts";
import { journeys } from "./support/examples.ts";
import { HOSTILE_PATH } from "./support/sites.ts";

const JOURNEY = "online-store-purchase";

/** The touchpoint each gap in a journey's report is about, in report order. */
async function gapTouchpoints(page: Page): Promise<string[]> {
  return page.locator(".gap-report .gap-item[data-gap-touchpoint]").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.gapTouchpoint!));
}

test.describe("a journey's gap report", () => {
  test("is summed up above the map (health and counts, linking to it) and follows the map in full", async ({ page }) => {
    await page.goto(`journeys/${JOURNEY}/`);
    const report = page.getByRole("region", { name: "Gaps" });
    await expect(report).toBeVisible();
    await expect(report.locator(".health-number")).toHaveText(/^\d{1,3}$/);
    await expect(report.locator(".health-part")).toHaveCount(3);
    const counted = await report.locator(".gap-count").evaluateAll((els) => els.reduce((n, e) => n + Number((e as HTMLElement).dataset.count), 0));
    await expect(report.locator(".gap-item")).toHaveCount(counted);
    // The map stays first, so stakeholders see it at once; the header names the score and links to the report.
    const reportTop = (await report.boundingBox())!.y;
    const mapTop = (await page.locator("#map-heading").boundingBox())!.y;
    expect(reportTop).toBeGreaterThan(mapTop);
    const summary = page.locator(".journey-facts a[href='#gaps']");
    await expect(summary).toHaveText(`${await report.locator(".health-number").textContent()}/100`);
    // Info gaps are folded away below the errors and warnings.
    const fold = report.locator("details.gap-fold");
    await expect(fold).not.toHaveAttribute("open");
    await expect(fold.locator(".gap-item.severity-error, .gap-item.severity-warning")).toHaveCount(0);
  });

  test("clicking a gap opens its touchpoint's details, and the address names the touchpoint", async ({ page }) => {
    await page.goto(`journeys/${JOURNEY}/`);
    const shown = page.locator(".gap-report-list > .gap-list a[data-touchpoint-link]");
    const count = await shown.count();
    expect(count).toBeGreaterThan(3);
    const folded = page.locator(".gap-fold a[data-touchpoint-link]").first();
    for (const link of [shown.first(), shown.nth(1), shown.last(), folded]) {
      if (link === folded) await page.locator(".gap-fold summary").click();
      const id = (await link.getAttribute("data-touchpoint-link"))!;
      expect(await link.getAttribute("href")).toBe(`#${id}`);
      const name = (await page.locator(`th.tp-head[data-touchpoint="${id}"]`).getAttribute("data-name"))!;
      await link.click();
      const panel = page.locator("#tp-panel");
      await expect(panel).toBeVisible();
      await expect(panel.locator(".panel-title")).toHaveText(name);
      expect(new URL(page.url()).hash).toBe(`#${id}`);
      // The panel lists the touchpoint's gaps too.
      await expect(panel.locator(".tp-gaps li")).toHaveCount((await gapTouchpoints(page)).filter((t) => t === id).length);
      await page.keyboard.press("Escape");
      await expect(panel).toBeHidden();
      await expect(link).toBeFocused();
    }
  });

  test("a gap opens its touchpoint from the keyboard too", async ({ page }) => {
    await page.goto(`journeys/${JOURNEY}/`);
    const link = page.locator(".gap-report a[data-touchpoint-link]").first();
    const id = await link.getAttribute("data-touchpoint-link");
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#tp-panel")).toBeVisible();
    await expect(page.getByRole("button", { name: "Close details" })).toBeFocused();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
  });

  test("a KPI's gap leads to the KPI's card", async ({ page }) => {
    await page.goto(`journeys/${JOURNEY}/`);
    const link = page.locator(".gap-report a.gap-target[href*='/kpis/#kpi-']").first();
    const target = (await link.getAttribute("href"))!.split("#")[1]!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/kpis/#${target}$`));
    await expect(page.locator(`#${target}`)).toBeInViewport();
  });

  test("a gap's rule links to its line in the legend on /gaps/, which opens", async ({ page }) => {
    await page.goto(`journeys/${JOURNEY}/`);
    const rule = page.locator(".gap-report a.gap-rule").first();
    const id = (await rule.textContent())!;
    await rule.click();
    await expect(page).toHaveURL(/\/gaps\/#rule-/);
    const line = page.locator(`#rule-${id.replace("/", "-")}`);
    await expect(line).toBeVisible();
    await expect(line).toContainText(id);
  });
});

test.describe("gap badges on the map", () => {
  for (const journey of journeys) {
    test(`${journey.id}: each touchpoint's badge matches its gaps in the report`, async ({ page }) => {
      await page.goto(`journeys/${journey.id}/`);
      const perTouchpoint = new Map<string, number>();
      for (const id of await gapTouchpoints(page)) perTouchpoint.set(id, (perTouchpoint.get(id) ?? 0) + 1);
      const badges = await page.locator("th.tp-head[data-touchpoint]").evaluateAll((heads) =>
        heads.map((h) => {
          const badge = h.querySelector<HTMLElement>(".gap-badge");
          return { id: (h as HTMLElement).dataset.touchpoint!, count: badge ? Number(badge.dataset.gapCount) : 0, worst: badge?.dataset.gapWorst };
        }),
      );
      for (const { id, count, worst } of badges) {
        expect(count, id).toBe(perTouchpoint.get(id) ?? 0);
        if (count === 0) continue;
        const first = page.locator(`.gap-report .gap-item[data-gap-touchpoint="${id}"]`).first();
        expect(await first.getAttribute("data-severity"), id).toBe(worst);
        await expect(page.locator(`th.tp-head[data-touchpoint="${id}"] .gap-badge`)).toHaveAccessibleName(`${count} ${count === 1 ? "gap" : "gaps"}, worst: ${worst}`);
      }
    });
  }

  test("a badge leads to the touchpoint's gaps in the report and marks them all", async ({ page }) => {
    await page.goto(`journeys/${JOURNEY}/`);
    const badge = page.locator("th.tp-head .gap-badge[data-gap-count='2'], th.tp-head .gap-badge[data-gap-count='3']").first();
    const id = (await badge.locator("xpath=ancestor::th").getAttribute("data-touchpoint"))!;
    await badge.click();
    expect(new URL(page.url()).hash).toBe(`#gaps--${id}`);
    const items = page.locator(`.gap-report .gap-item[data-gap-touchpoint="${id}"]`);
    await expect(items.first()).toBeInViewport();
    await expect(page.locator(".gap-item.is-marked")).toHaveCount(await items.count());
  });
});

test.describe("the portfolio gap report", () => {
  test("is in the main navigation and lists every gap, grouped by severity", async ({ page }) => {
    await page.goto("");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Gaps" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gaps");
    await expect(page.getByRole("link", { name: "Gaps" })).toHaveAttribute("aria-current", "page");
    const groups = await page.locator("[data-filter-group]").evaluateAll((els) => els.map((e) => e.id));
    expect(groups).toEqual(["severity-error", "severity-warning", "severity-info"]);
    let total = 0;
    for (const journey of journeys) {
      await page.goto(`journeys/${journey.id}/`);
      total += await page.locator(".gap-report .gap-item").count();
    }
    await page.goto("gaps/");
    await expect(page.locator("[data-filter-item]")).toHaveCount(total);
  });

  test("filters narrow the list by team and severity, by mouse and by keyboard", async ({ page }) => {
    await page.goto("gaps/");
    const all = page.locator("[data-filter-item]");
    const total = await all.count();
    const visible = page.locator("[data-filter-item]:visible");

    await page.getByRole("combobox", { name: "Team" }).selectOption("Logistics");
    const logistics = await page.locator('[data-filter-item][data-team="Logistics"]').count();
    expect(logistics).toBeGreaterThan(0);
    await expect(visible).toHaveCount(logistics);
    await expect(page.locator('[data-filter-item]:visible:not([data-team="Logistics"])')).toHaveCount(0);
    await expect(page.getByRole("status")).toHaveText(`${logistics} of ${total} gaps`);
    expect(new URL(page.url()).searchParams.get("team")).toBe("Logistics");

    const severity = page.getByRole("combobox", { name: "Severity" });
    await severity.focus();
    await page.keyboard.press("ArrowDown");
    await expect(severity).toHaveValue("error");
    const errors = await page.locator('[data-filter-item][data-team="Logistics"][data-severity="error"]').count();
    await expect(visible).toHaveCount(errors);
    await expect(page.locator("#severity-warning")).toBeHidden();
    await expect(page.locator("#severity-error [data-filter-count]")).toHaveText(String(errors));

    // A team's list can be bookmarked.
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Team" })).toHaveValue("Logistics");
    await expect(visible).toHaveCount(errors);

    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(visible).toHaveCount(total);
    await expect(page.getByRole("status")).toHaveText("");
    expect(new URL(page.url()).search).toBe("");
  });

  test("filters by rule, and says so when nothing matches", async ({ page }) => {
    await page.goto("gaps/");
    await page.getByRole("combobox", { name: "Rule" }).selectOption("kpi/off-track");
    const offTrack = await page.locator('[data-filter-item][data-rule="kpi/off-track"]').count();
    await expect(page.locator("[data-filter-item]:visible")).toHaveCount(offTrack);
    await page.getByRole("combobox", { name: "Severity" }).selectOption("info");
    await expect(page.locator("[data-filter-item]:visible")).toHaveCount(0);
    await expect(page.getByText("No gap matches these filters.")).toBeVisible();
  });

  test("each gap links to its touchpoint on its journey's map, which opens there", async ({ page }) => {
    await page.goto("gaps/");
    const link = page.locator("[data-filter-item] a.gap-target[href*='/journeys/']").first();
    const href = (await link.getAttribute("href"))!;
    const id = href.split("#")[1]!;
    await link.click();
    await expect(page.locator("#tp-panel")).toBeVisible();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
  });

  test("the rule legend explains every rule a gap names", async ({ page }) => {
    await page.goto("gaps/");
    await page.getByText("What each rule checks").click();
    const rules = await page.locator("[data-filter-item]").evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.rule!))]);
    for (const rule of rules) await expect(page.locator(`#rule-${rule.replace("/", "-")}`)).toBeVisible();
  });
});

test("the home page cards show each journey's health and its gaps per severity", async ({ page }) => {
  await page.goto(`journeys/${JOURNEY}/`);
  const counts = await page.locator(".gap-report .gap-count").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.count));
  const score = await page.locator(".gap-report .health-number").textContent();
  await page.goto("");
  const card = page.locator(`.journey-card[data-journey="${JOURNEY}"]`);
  await expect(card.locator(".card-health strong")).toHaveText(score!);
  expect(await card.locator(".gap-count").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.count))).toEqual(counts);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the gap report shows the whole list, grouped by severity, and no filters", async ({ page }) => {
    await page.goto("gaps/");
    await expect(page.locator("[data-gap-filters]")).toBeHidden();
    const items = page.locator("[data-filter-item]");
    expect(await items.count()).toBeGreaterThan(10);
    await expect(page.locator("[data-filter-item]:visible")).toHaveCount(await items.count());
  });

  test("a map badge still leads to the touchpoint's gaps", async ({ page }) => {
    await page.goto(`journeys/${JOURNEY}/`);
    const badge = page.locator("th.tp-head .gap-badge").first();
    await badge.click();
    const anchor = new URL(page.url()).hash.slice(1);
    expect(anchor).toMatch(/^gaps--/);
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  });
});

// The tests' own site has 1,107 gaps and 211 opportunities (test/fixtures/hostile/area/long-backlog.yaml): more than a
// page of each, 200 to a page.
test.describe("long lists, cut into pages", () => {
  for (const list of [
    { path: "gaps/", title: "Gaps", range: /^Gaps 201–400 of \d,\d{3}, page 2 of \d+$/ },
    { path: "opportunities/", title: "Opportunities", range: /^Opportunities 201–211 of 211, page 2 of 2$/ },
  ]) {
    test(`${list.path}: a page after the first says where it is above the list and below it, and leads back and on`, async ({ page }) => {
      await page.goto(`${HOSTILE_PATH}${list.path}`);
      await expect(page).toHaveTitle(new RegExp(`^${list.title} ·`));
      const top = page.locator(".pager-top");
      await expect(top.getByRole("link", { name: "Previous page" })).toHaveCount(0);
      await top.getByRole("link", { name: "Next page" }).click();
      await expect(page).toHaveURL(new RegExp(`${list.path}page/2/$`));
      await expect(page).toHaveTitle(new RegExp(`^${list.title}, page 2 ·`));
      // Above the first group of the list, and again at its end, in the one navigation landmark.
      const box = await page.locator(".pager-top").boundingBox();
      const firstGroup = await page.locator("[data-filter-group]").first().boundingBox();
      expect(box!.y).toBeLessThan(firstGroup!.y);
      await expect(page.locator(".pager-top .muted")).toHaveText(list.range);
      await expect(page.getByRole("navigation", { name: /^Pages of / }).locator(".muted")).toHaveText(list.range);
      // On paper the place in the list stays and the links, which lead nowhere there, go.
      await page.emulateMedia({ media: "print" });
      await expect(page.locator(".pager-top .muted")).toBeVisible();
      expect(await page.locator(".pager a").count()).toBeGreaterThan(1);
      for (const link of await page.locator(".pager a").all()) await expect(link).toBeHidden();
      await page.emulateMedia({ media: "screen" });
      await page.locator(".pager-top").getByRole("link", { name: "Previous page" }).click();
      await expect(page).toHaveURL(new RegExp(`${list.path}$`));
    });

    test(`${list.path}page/2/ has no axe violations and fits a phone`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`${HOSTILE_PATH}${list.path}page/2/`);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")})`)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // The pager's links and place wrap between words, never inside one ("Previou / s page"), down to 320 px.
      await page.setViewportSize({ width: 320, height: 700 });
      const split = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".pager a, .pager .muted")].flatMap((box) => {
          const width = box.getBoundingClientRect().width;
          return box.textContent!.split(/\s+/).filter((word) => {
            const probe = document.createElement("span");
            probe.style.cssText = `position: absolute; white-space: nowrap; font: ${getComputedStyle(box).font}`;
            probe.textContent = word;
            document.body.append(probe);
            const wider = probe.getBoundingClientRect().width > width + 0.5;
            probe.remove();
            return wider;
          });
        }),
      );
      expect(split).toEqual([]);
    });
  }

  test("counts of a thousand and more group their thousands, in the text and the figures", async ({ page }) => {
    await page.goto(`${HOSTILE_PATH}gaps/`);
    await expect(page.locator(".page-head p")).toHaveText(/^\d,\d{3} places to act across 4 journeys/);
    await expect(page.locator(".pager-top .muted")).toHaveText(/^Gaps 1–200 of \d,\d{3}, page 1 of \d+$/);
  });

  test("on a phone no count is broken across lines, in the figures or the table of journeys", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ["gaps/", "opportunities/"]) {
      await page.goto(`${HOSTILE_PATH}${path}`);
      // A number on one line is one box of text; broken, it is a box a line.
      const broken = await page.locator(".figure-count, .journey-health td.num").evaluateAll((els) =>
        els
          .filter((e) => {
            const range = document.createRange();
            range.selectNodeContents(e);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          })
          .map((e) => e.textContent),
      );
      expect(await page.locator(".figure-count").count()).toBeGreaterThan(0);
      expect(broken, path).toEqual([]);
    }
  });
});
