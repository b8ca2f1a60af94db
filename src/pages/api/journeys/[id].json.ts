// api/journeys/<id>.json: the journey with its analysis.
import type { APIContext } from "astro";
import { apiJourney, apiJson } from "../../../views/api.ts";
import { href } from "../../../views/href.ts";
import { journeyCacheKey, siteAnalysis } from "../../../views/site-content.ts";

export function getStaticPaths() {
  return siteAnalysis().journeys.map((j) => ({ params: { id: j.id }, cacheKey: journeyCacheKey(j.id) }));
}

export function GET({ params }: APIContext): Response {
  return new Response(apiJson(apiJourney(siteAnalysis(), params.id!, href)), { headers: { "content-type": "application/json" } });
}
