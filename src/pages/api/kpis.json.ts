// api/kpis.json: every KPI with its status and measurements.
import { apiJson, apiKpis } from "../../views/api.ts";
import { href } from "../../views/href.ts";
import { siteAnalysis } from "../../views/site-content.ts";

export function GET(): Response {
  return new Response(apiJson(apiKpis(siteAnalysis(), href)), { headers: { "content-type": "application/json" } });
}
