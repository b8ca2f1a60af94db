// api/personas/<id>.json: the persona and the journeys they appear in.
import type { APIContext } from "astro";
import { apiJson, apiPersona } from "../../../views/api.ts";
import { href } from "../../../views/href.ts";
import { siteAnalysis } from "../../../views/site-content.ts";

export function getStaticPaths() {
  return siteAnalysis().content.personas.map((p) => ({ params: { id: p.data.id } }));
}

export function GET({ params }: APIContext): Response {
  return new Response(apiJson(apiPersona(siteAnalysis(), params.id!, href)), { headers: { "content-type": "application/json" } });
}
