import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { loadContent } from "../../src/load/load-content.ts";
import { derivedAnchors, isJourneyPageAnchor } from "../../src/model/page-anchors.ts";
import { BASE_DIST, HOSTILE_DIST } from "./support/sites.ts";

// A touchpoint's id is its anchor on the journey page, so the loader refuses ids the page uses for its own parts
// (ref/taken-anchor). That list must hold every id the page gives: on every built journey page, each id is a
// touchpoint's, one the page makes from the journey's ids, one of the page's own, or a face symbol's (the face icons'
// and the curve points' eyes and mouth: jm_face_…, jm_point_…, an underscore no content id may hold); none twice.
const sites = [
  { dist: "dist", content: loadContent() },
  { dist: BASE_DIST, content: loadContent() },
  { dist: HOSTILE_DIST, content: loadContent({ root: "test/fixtures/hostile", dir: "test/fixtures/hostile" }) },
];

for (const { dist, content } of sites) {
  test(`every id on the journey pages of ${dist} is one the loader knows the page uses, and none is there twice`, () => {
    expect(content.journeys.length).toBeGreaterThan(0);
    for (const { data: journey } of content.journeys) {
      const html = readFileSync(join(dist, "journeys", journey.id, "index.html"), "utf8");
      const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"'));
      expect(ids.length).toBeGreaterThan(10);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), journey.id).toEqual([]);
      const touchpoints = new Set(journey.stages.flatMap((s) => s.touchpoints.map((t) => t.id)));
      const derived = derivedAnchors(journey);
      const unknown = ids.filter((id) => !touchpoints.has(id) && !derived.has(id) && !id.startsWith("gaps--") && !/^jm_(?:face|point)_/.test(id) && !isJourneyPageAnchor(id));
      expect(unknown, `ids of ${journey.id} missing from src/model/page-anchors.ts`).toEqual([]);
    }
  });

  test(`every face icon and curve point on the journey and embed pages of ${dist} points at a shape drawn on the same page`, () => {
    for (const { data: journey } of content.journeys) {
      for (const page of ["index.html", "embed/index.html"]) {
        const html = readFileSync(join(dist, "journeys", journey.id, page), "utf8");
        const uses = [...html.matchAll(/<use href="#([^"]+)"/g)].map((m) => m[1]!);
        expect(uses.length, `${journey.id}/${page}`).toBeGreaterThan(0);
        for (const id of new Set(uses)) expect(html, `${journey.id}/${page}: #${id}`).toMatch(new RegExp(`<(?:symbol|g) id="${id}"`));
      }
    }
  });
}
