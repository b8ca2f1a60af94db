// The journey's overview and curve as files to download (overview.svg, overview.png, curve.svg, curve.png).
// The PNG is rendered at build time by resvg, so the download works without JavaScript and is the same file for
// everyone; resvg gets DejaVu Sans from the dejavu-fonts-ttf package and no system font, so it is also the same
// bytes on any machine.
import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { journeyExportSvg, type ExportKind } from "../../../views/journey-export.ts";
import { journeyPageView } from "../../../views/journey-page.ts";
import { journeyCacheKey, siteAnalysis, siteHistory } from "../../../views/site-content.ts";

export function exportPaths() {
  return siteAnalysis().journeys.map((j) => ({ params: { id: j.id }, cacheKey: journeyCacheKey(j.id) }));
}

export function exportSvg(id: string, kind: ExportKind): string {
  const analysis = siteAnalysis();
  const title = analysis.journey(id)!.journey.title;
  return journeyExportSvg(journeyPageView(analysis, siteHistory(), id).overview, title, kind);
}

const fonts = () => {
  const require = createRequire(join(process.cwd(), "package.json"));
  return ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
};

/** At twice the SVG's size, sharp on a projector. */
export function exportPng(id: string, kind: ExportKind): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(exportSvg(id, kind), {
    fitTo: { mode: "zoom", value: 2 },
    font: { loadSystemFonts: false, fontFiles: fonts(), defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  return new Uint8Array(resvg.render().asPng());
}

export const svgResponse = (svg: string) => new Response(svg, { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
export const pngResponse = (png: Uint8Array<ArrayBuffer>) => new Response(png, { headers: { "content-type": "image/png" } });
