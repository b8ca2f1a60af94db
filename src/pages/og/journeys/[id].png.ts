// og/journeys/<id>.png: the journey's emotion curve as the link preview image, rendered at build time by resvg
// (no browser, no font needed) off the main thread: `npm run build` draws them on a worker thread, started as each
// journey's page renders (src/views/og-drawer.ts). SiteMeta points og:image at it on the journey's page.
import type { APIContext } from "astro";
import { takeOgPng } from "../../../views/og-image.ts";
import { journeyCacheKey, siteAnalysis } from "../../../views/site-content.ts";

export function getStaticPaths() {
  return siteAnalysis().journeys.map((j) => ({ params: { id: j.id }, cacheKey: journeyCacheKey(j.id) }));
}

export async function GET({ params }: APIContext): Promise<Response> {
  return new Response(await takeOgPng(siteAnalysis().journey(params.id!)!.journey), { headers: { "content-type": "image/png" } });
}
