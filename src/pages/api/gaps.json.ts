// api/gaps.json: every open gap of every journey.
import { apiGaps, apiJson } from "../../views/api.ts";
import { href } from "../../views/href.ts";
import { siteAnalysis } from "../../views/site-content.ts";

export function GET(): Response {
  return new Response(apiJson(apiGaps(siteAnalysis(), href)), { headers: { "content-type": "application/json" } });
}
