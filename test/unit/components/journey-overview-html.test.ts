import { afterEach, describe, expect, it } from "vitest";
import { journeyOverviewHtml } from "../../../src/components/journey-overview-html.ts";
import { journeyOverview } from "../../../src/views/journey-page.ts";
import { bumpContentVersion, siteAnalysis } from "../../../src/views/site-content.ts";
import { copyContent } from "../support/temp-content.ts";

const saved = process.env.JOURNEYMAP_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.JOURNEYMAP_DIR;
  else process.env.JOURNEYMAP_DIR = saved;
  bumpContentVersion();
});

function overview() {
  process.env.JOURNEYMAP_DIR = copyContent("test/fixtures/valid");
  bumpContentVersion();
  return journeyOverview(siteAnalysis(), "purchase");
}

describe("the journey at a glance, written as text", () => {
  it("scrolls inside a labelled region a keyboard can reach only past eight stages", () => {
    const view = overview();
    expect(journeyOverviewHtml(view, "Buying").value).toContain('<div class="overview-frame"><div class="overview-grid"');
    const stages = Array.from({ length: 9 }, (_, i) => ({ ...view.stages[i % view.stages.length]!, id: `stage-${i}` }));
    const wide = journeyOverviewHtml({ ...view, stages }, "Buying").value;
    expect(wide).toMatch(/<div class="overview-frame wide" role="region" tabindex="0" aria-label="[^"]*Buying[^"]*"><div class="overview-grid" style="--stages: 9"/);
    expect(wide.match(/<h3 class="ov-stage-head/g)).toHaveLength(9);
  });

  it("puts the page's actions in the heading row and escapes what the content says", () => {
    const view = overview();
    const hostile = `<script>alert("x")</script>`;
    const out = journeyOverviewHtml({ ...view, start: hostile, description: hostile }, hostile, '<ul class="overview-export"></ul>').value;
    expect(out).toContain('<h2 id="overview-heading">');
    expect(out).toMatch(/<\/h2>(?:<ul class="overview-legend"[^]*?<\/ul>)?<ul class="overview-export"><\/ul><a class="overview-skip no-print"/);
    // In text: escaped. In a quoted attribute (the chart's label) only & and " need escaping, as Astro does.
    expect(out.replace(/"[^"]*"/g, '""')).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(out).toContain('aria-label="Emotion curve of <script>alert(&quot;x&quot;)</script>"');
  });
});
