// og/journeys/<id>.png: the journey's emotion curve as the link preview image, rendered at build time by resvg
// (no browser, no font needed), in a worker thread while the pages render (og-images-ahead.ts). SiteMeta points
// og:image at it on the journey's page.
import type { APIContext } from "astro";
import { ogImage } from "../../../views/og-images-ahead.ts";
import { journeyCacheKey, siteAnalysis } from "../../../views/site-content.ts";

export function getStaticPaths() {
  return siteAnalysis().journeys.map((j) => ({ params: { id: j.id }, cacheKey: journeyCacheKey(j.id) }));
}

export async function GET({ params }: APIContext): Promise<Response> {
  const png = await ogImage(siteAnalysis().journey(params.id!)!.journey);
  return new Response(png, { headers: { "content-type": "image/png" } });
}
