import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { GAPS_PER_PAGE, JOURNEY_ROWS, gapPageCount, gapReportView } from "../../../src/views/gap-report.ts";
import { CARDS_PER_AREA, HOME_CARDS, areaListings, portfolioView } from "../../../src/views/portfolio.ts";
import { OPPORTUNITIES_PER_PAGE, opportunityBacklogView, opportunityPageCount } from "../../../src/views/opportunities.ts";
import { MEASURES_SHOWN, kpiPageView } from "../../../src/views/kpi-page.ts";
import { generateContent } from "../../../bench/generate-content.ts";

// A portfolio large enough that every aggregate page has to cut its lists: 60 journeys in one area.
const dir = mkdtempSync(join(tmpdir(), "journeymap-bounded-"));
generateContent(dir, 60, 15);
const analysis = analyse(loadContent({ root: dir, dir, cwd: dir }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("aggregate pages stay bounded as the portfolio grows", () => {
  it("cuts the gap list into pages that together hold every gap once, most severe first", () => {
    const total = analysis.journeys.reduce((n, j) => n + j.gaps.length, 0);
    expect(total).toBeGreaterThan(GAPS_PER_PAGE * 2);
    const pages = gapPageCount(analysis);
    expect(pages).toBe(Math.ceil(total / GAPS_PER_PAGE));
    const seen: string[] = [];
    const severities: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const view = gapReportView(analysis, n);
      const items = view.groups.flatMap((g) => g.items);
      expect(items.length).toBeLessThanOrEqual(GAPS_PER_PAGE);
      expect(view.page).toMatchObject({ number: n, count: pages });
      expect(Boolean(view.page.prev)).toBe(n > 1);
      expect(Boolean(view.page.next)).toBe(n < pages);
      seen.push(...items.map((i) => `${i.journey.id}|${i.rule}|${i.title}|${i.source}`));
      severities.push(...items.map((i) => i.severity));
    }
    expect(seen).toHaveLength(total);
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    expect(severities.map((s) => rank[s]!)).toEqual([...severities.map((s) => rank[s]!)].sort((a, b) => a - b));
    expect(gapReportView(analysis, 2).page.prev).toBe("/gaps/");
  });

  it("shows the least healthy journeys in the health table, not all of them", () => {
    const view = gapReportView(analysis, 1);
    expect(view.journeyCount).toBe(60);
    expect(view.journeys).toHaveLength(Math.min(JOURNEY_ROWS, 60));
    const scores = view.journeys.map((j) => j.health.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it("shows a large area's least healthy cards on the home page and every journey on the area's own pages", () => {
    const home = portfolioView(analysis);
    const cards = home.areas.flatMap((a) => a.journeys);
    expect(cards.length).toBeLessThanOrEqual(CARDS_PER_AREA * home.areas.length);
    expect(cards.length).toBeLessThanOrEqual(Math.max(HOME_CARDS, 3 * home.areas.length));
    for (const area of home.areas) expect(area.total).toBeGreaterThanOrEqual(area.journeys.length);
    const listings = areaListings(analysis);
    expect(new Set(listings.flatMap((a) => a.journeys.map((j) => j.id))).size).toBe(60);
    for (const area of home.areas) {
      // The home page's "All N journeys" link leads to a listing with exactly those N journeys.
      const listing = listings.find((l) => l.slug === area.slug)!;
      expect(area.href).toBe(`/areas/${area.slug}/`);
      expect(listing.journeys).toHaveLength(area.total);
      expect(area.journeys.every((j) => listing.journeys.includes(j) || listing.journeys.some((l) => l.id === j.id))).toBe(true);
    }
    expect(home.areas.some((a) => a.total > a.journeys.length)).toBe(true);
  });

  it("lists journeys by title with numbers in numeric order: journey 2 before journey 10", () => {
    const titles = areaListings(analysis).flatMap((a) => a.journeys.map((j) => j.title));
    const number = (title: string) => Number(/(\d+)$/.exec(title)![1]);
    for (const area of areaListings(analysis)) {
      const numbers = area.journeys.map((j) => number(j.title));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
    expect(titles.length).toBe(60);
  });

  it("cuts the opportunity backlog into pages that together hold every opportunity once", () => {
    const total = opportunityBacklogView(analysis, 1).total;
    const pages = opportunityPageCount(analysis);
    expect(pages).toBe(Math.max(1, Math.ceil(total / OPPORTUNITIES_PER_PAGE)));
    let seen = 0;
    for (let n = 1; n <= pages; n++) {
      const items = opportunityBacklogView(analysis, n).groups.flatMap((g) => g.items).length;
      expect(items).toBeLessThanOrEqual(OPPORTUNITIES_PER_PAGE);
      seen += items;
    }
    expect(seen).toBe(total);
  });

  it("lists a shared KPI's first journeys on its card and counts the rest", () => {
    const cards = kpiPageView(analysis).groups.flatMap((g) => g.kpis);
    const shared = cards.find((k) => k.moreJourneys > 0)!;
    expect(shared.measures).toHaveLength(MEASURES_SHOWN);
    expect(shared.measures.length + shared.moreJourneys).toBeGreaterThan(MEASURES_SHOWN);
  });
});
