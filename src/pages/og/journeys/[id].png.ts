// og/journeys/<id>.png: the journey's emotion curve as the link preview image, rendered at build time by resvg
// (no browser, no font needed). SiteMeta points og:image at it on the journey's page. (Rendering them in a worker
// thread instead saved nothing on two cores busy with the pages and the search index, and held 1 GB of images.)
import type { APIContext } from "astro";
import { ogPng } from "../../../views/og-image.ts";
import { journeyCacheKey, siteAnalysis } from "../../../views/site-content.ts";

export function getStaticPaths() {
  return siteAnalysis().journeys.map((j) => ({ params: { id: j.id }, cacheKey: journeyCacheKey(j.id) }));
}

export function GET({ params }: APIContext): Response {
  return new Response(ogPng(siteAnalysis().journey(params.id!)!.journey), { headers: { "content-type": "image/png" } });
}
