// api/schema/<name>.schema.json: the API's JSON Schema, generated from src/model/api-schema.ts.
import type { APIContext } from "astro";
import { apiJsonSchemas } from "../../../model/api-schema.ts";

export function getStaticPaths() {
  return Object.keys(apiJsonSchemas()).map((file) => ({ params: { name: file.replace(/\.schema\.json$/, "") } }));
}

export function GET({ params }: APIContext): Response {
  return new Response(apiJsonSchemas()[`${params.name}.schema.json`], { headers: { "content-type": "application/schema+json" } });
}
