// og/journeys/<id>.png: the journey's emotion curve as the link preview image, rendered by resvg (no browser, no font
// needed). SiteMeta points og:image at it on the journey's page. The dev server serves it from here; a build draws it
// on a worker thread and writes it without a route (src/views/journey-files-integration.ts), with the same bytes.
import type { APIContext } from "astro";
import { devJourneyPaths, journeyOgPng } from "../../../views/journey-files.ts";
import { siteAnalysis } from "../../../views/site-content.ts";

export const getStaticPaths = () => devJourneyPaths(import.meta.env.DEV);

export async function GET({ params }: APIContext): Promise<Response> {
  return new Response(await journeyOgPng(siteAnalysis(), params.id!), { headers: { "content-type": "image/png" } });
}
