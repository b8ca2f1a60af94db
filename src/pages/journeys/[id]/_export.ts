// The journey's overview and curve as files to download (overview.svg, overview.png, curve.svg, curve.png).
// The PNG is rendered at build time by resvg, so the download works without JavaScript and is the same file for
// everyone; resvg gets DejaVu Sans from the dejavu-fonts-ttf package and no system font, so it is also the same
// bytes on any machine.
import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { journeyExportSvg, type ExportKind } from "../../../views/journey-export.ts";
import { journeyOverview } from "../../../views/journey-page.ts";
import { journeyCacheKey, siteAnalysis } from "../../../views/site-content.ts";

export function exportPaths() {
  return siteAnalysis().journeys.map((j) => ({ params: { id: j.id }, cacheKey: journeyCacheKey(j.id) }));
}

// Each SVG is drawn once per build: its PNG is rendered from the same string.
const drawn = new Map<string, string>();

/** Only the overview's view (and the gap badges it shows), not the whole journey page's. */
export function exportSvg(id: string, kind: ExportKind): string {
  const key = `${id}\u0000${kind}`;
  const cached = drawn.get(key);
  if (cached !== undefined) return cached;
  const analysis = siteAnalysis();
  const analysed = analysis.journey(id)!;
  const overview = journeyOverview(analysis, id);
  const svg = journeyExportSvg(overview, analysed.journey.title, kind);
  drawn.set(key, svg);
  return svg;
}

let fontPaths: Record<"regular" | "bold" | "oblique", string> | undefined;
/** Resvg parses every font file it is given for every image: give it only the faces the SVG uses. */
const fonts = (svg: string) => {
  if (!fontPaths) {
    const require = createRequire(join(process.cwd(), "package.json"));
    const at = (f: string) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`);
    fontPaths = { regular: at("DejaVuSans.ttf"), bold: at("DejaVuSans-Bold.ttf"), oblique: at("DejaVuSans-Oblique.ttf") };
  }
  return [fontPaths.regular, ...(svg.includes('font-weight="bold"') ? [fontPaths.bold] : []), ...(svg.includes('font-style="italic"') ? [fontPaths.oblique] : [])];
};

/** At twice the SVG's size, sharp on a projector. */
export function exportPng(id: string, kind: ExportKind): Uint8Array<ArrayBuffer> {
  const svg = exportSvg(id, kind);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: { loadSystemFonts: false, fontFiles: fonts(svg), defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  return new Uint8Array(resvg.render().asPng());
}

export const svgResponse = (svg: string) => new Response(svg, { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
export const pngResponse = (png: Uint8Array<ArrayBuffer>) => new Response(png, { headers: { "content-type": "image/png" } });
