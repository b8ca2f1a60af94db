// api/index.json: every journey, persona and KPI with links (see the README's "JSON API").
import { apiIndex, apiJson } from "../../views/api.ts";
import { href } from "../../views/href.ts";
import { siteAnalysis } from "../../views/site-content.ts";
import { siteSourceLinks } from "../../views/source-links.ts";

export function GET(): Response {
  const analysis = siteAnalysis();
  return new Response(apiJson(apiIndex(analysis, href, siteSourceLinks(analysis).commit?.full)), { headers: { "content-type": "application/json" } });
}
