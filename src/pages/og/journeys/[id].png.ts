// og/journeys/<id>.png: the journey's emotion curve as the link preview image, rendered at build time by resvg
// (no browser, no font needed) off the main thread. SiteMeta points og:image at it on the journey's page. (Rendering
// them in a worker thread instead saved nothing on two cores busy with the pages and the search index, and held 1 GB
// of images: resvg's and zlib's own threads hold one image at a time.)
import type { APIContext } from "astro";
import { takeOgPng } from "../../../views/og-image.ts";
import { journeyCacheKey, siteAnalysis } from "../../../views/site-content.ts";

export function getStaticPaths() {
  return siteAnalysis().journeys.map((j) => ({ params: { id: j.id }, cacheKey: journeyCacheKey(j.id) }));
}

export async function GET({ params }: APIContext): Promise<Response> {
  return new Response(await takeOgPng(siteAnalysis().journey(params.id!)!.journey), { headers: { "content-type": "image/png" } });
}
