// api/gaps.json: every open gap of every journey. The dev server serves it from here; a build writes it without a
// route, a journey at a time (src/views/journey-files-integration.ts), with the same bytes.
import { apiGapsJsonParts } from "../../views/api.ts";
import { href } from "../../views/href.ts";
import { siteAnalysis } from "../../views/site-content.ts";

export const getStaticPaths = () => (import.meta.env.DEV ? [{ params: { aggregate: "gaps" } }] : []);

export function GET(): Response {
  return new Response([...apiGapsJsonParts(siteAnalysis(), href)].join(""), { headers: { "content-type": "application/json" } });
}
