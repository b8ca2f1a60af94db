// og/journeys/<id>.png: the journey's emotion curve as the link preview image, rendered at build time by resvg
// (no browser, no font needed). SiteMeta points og:image at it on the journey's page.
import type { APIContext } from "astro";
import { Resvg } from "@resvg/resvg-js";
import { ogCurveSvg } from "../../../views/og-image.ts";
import { journeyCacheKey, siteAnalysis } from "../../../views/site-content.ts";

export function getStaticPaths() {
  return siteAnalysis().journeys.map((j) => ({ params: { id: j.id }, cacheKey: journeyCacheKey(j.id) }));
}

export function GET({ params }: APIContext): Response {
  const journey = siteAnalysis().journey(params.id!)!.journey;
  const png = new Resvg(ogCurveSvg(journey), { font: { loadSystemFonts: false } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
}
