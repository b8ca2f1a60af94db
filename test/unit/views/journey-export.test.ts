import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { escapeXml, journeyExportSvg, wrap } from "../../../src/views/journey-export.ts";
import { journeyGapsView } from "../../../src/views/journey-gaps.ts";
import { journeyOverviewView } from "../../../src/views/journey-overview.ts";

function overviewOf(dir: string, id: string) {
  const analysis = analyse(loadContent({ root: dir, dir }));
  const view = journeyOverviewView(analysis.journey(id)!, journeyGapsView(analysis, id).byTouchpoint, (p) => analysis.index.personas.get(p)?.data.name ?? p);
  return { view, journey: analysis.journey(id)!.journey };
}

/** Text content of the SVG's <text> elements, unescaped as an XML reader would. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&"));

describe("the journey's overview as an SVG file", () => {
  const { view, journey } = overviewOf("test/fixtures/valid", "purchase");
  const svg = journeyExportSvg(view, journey.title, "overview");

  it("is a standalone SVG with a title, a description and generic fonts only", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="[\d.]+" viewBox="0 0 \d+ [\d.]+" role="img" font-family="sans-serif"/);
    expect(svg).toContain(`<title>${escapeXml(journey.title)}: the journey at a glance</title>`);
    expect(svg).toContain("<desc>");
    expect([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1])).toEqual(["sans-serif"]);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
  });

  it("names every stage and every touchpoint, numbered as on the curve", () => {
    const all = texts(svg).join("\n");
    for (const stage of journey.stages) expect(all).toContain(stage.name);
    const touchpoints = journey.stages.flatMap((s) => s.touchpoints);
    for (const t of touchpoints) expect(all.replace(/\n/g, " ")).toContain(t.name);
    // A numbered marker per touchpoint on the curve, and the same number in the list.
    for (let i = 1; i <= touchpoints.length; i++) expect(texts(svg).filter((t) => t === String(i)).length).toBeGreaterThanOrEqual(2);
  });

  it("the curve alone leaves out the names and is shorter", () => {
    const curve = journeyExportSvg(view, journey.title, "curve");
    const height = (s: string) => Number(/height="([\d.]+)"/.exec(s)![1]);
    expect(height(curve)).toBeLessThan(height(svg));
    expect(texts(curve).join(" ")).not.toContain(journey.stages[0]!.touchpoints[0]!.name);
    expect(curve).toContain("<path d=\"M");
  });

  it("gives the same bytes for the same content", () => {
    expect(journeyExportSvg(overviewOf("test/fixtures/valid", "purchase").view, journey.title, "overview")).toBe(svg);
  });
});

describe("author text in the SVG", () => {
  const { view, journey } = overviewOf("test/fixtures/hostile", "hostile-journey");
  const svg = journeyExportSvg(view, journey.title, "overview");

  it("is escaped: a name cannot open an element, an attribute or an entity", () => {
    expect(svg).not.toMatch(/<(script|img|svg\/)/i);
    expect([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]).filter((tag) => !["svg", "title", "desc", "rect", "text", "line", "circle", "path"].includes(tag!))).toEqual([]);
    expect(texts(svg).join(" ")).toContain("<script>alert('tp')</script>");
  });

  it("drops the characters XML forbids and escapes the five it reserves", () => {
    expect(escapeXml(`a\u0001b <c> & "d" 'e' \uD800f`)).toBe("ab &lt;c&gt; &amp; &quot;d&quot; &apos;e&apos; f");
    expect(escapeXml("😀 ok")).toBe("😀 ok");
  });
});

describe("wrapping names to a stage's column", () => {
  it("breaks between words, cuts a word longer than a line and ends a cut-off text with an ellipsis", () => {
    expect(wrap("Track the parcel online", 72, 10)).toEqual(["Track the", "parcel", "online"]);
    expect(wrap("Supercalifragilistic", 60, 10)).toEqual(["Supercalif", "ragilistic"]);
    expect(wrap("one two three four five six", 60, 10, 2)).toHaveLength(2);
    expect(wrap("one two three four five six", 60, 10, 2)[1]).toMatch(/…$/);
  });
});
