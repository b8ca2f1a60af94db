// /journeys/<id>/overview.png: see _export.ts.
import type { APIContext } from "astro";
import { exportPaths, exportPng, pngResponse } from "./_export.ts";

export const getStaticPaths = exportPaths;

export const GET = ({ params }: APIContext) => pngResponse(exportPng(params.id!, "overview"));
