// /journeys/<id>/overview.svg: see _export.ts.
import type { APIContext } from "astro";
import { exportPaths, exportSvg, svgResponse } from "./_export.ts";

export const getStaticPaths = exportPaths;

export const GET = ({ params }: APIContext) => svgResponse(exportSvg(params.id!, "overview"));
