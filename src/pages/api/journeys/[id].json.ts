// api/journeys/<id>.json: the journey with its analysis. The dev server serves it from here; a build writes it
// without a route (src/views/journey-files-integration.ts), with the same bytes.
import type { APIContext } from "astro";
import { href } from "../../../views/href.ts";
import { devJourneyPaths, journeyFileText } from "../../../views/journey-files.ts";
import { siteAnalysis } from "../../../views/site-content.ts";

export const getStaticPaths = () => devJourneyPaths(import.meta.env.DEV);

export function GET({ params }: APIContext): Response {
  return new Response(journeyFileText(siteAnalysis(), params.id!, "api", href), { headers: { "content-type": "application/json" } });
}
