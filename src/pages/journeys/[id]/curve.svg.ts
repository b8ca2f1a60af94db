// /journeys/<id>/curve.svg: the journey's emotion curve alone as an SVG file to download, with generic font families
// only and all content escaped (src/views/journey-export.ts); the PNG downloads are drawn from it in the browser
// (png-export.ts). The dev server serves it from here; a build writes it without a route
// (src/views/journey-files-integration.ts), with the same bytes.
import type { APIContext } from "astro";
import { href } from "../../../views/href.ts";
import { devJourneyPaths, journeyFileText } from "../../../views/journey-files.ts";
import { siteAnalysis } from "../../../views/site-content.ts";

export const getStaticPaths = () => devJourneyPaths(import.meta.env.DEV);

export const GET = ({ params }: APIContext) =>
  new Response(journeyFileText(siteAnalysis(), params.id!, "curve", href), { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
