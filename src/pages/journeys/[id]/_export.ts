// The journey's overview and curve as SVG files to download (overview.svg, curve.svg). They use generic font
// families only and escape all content; the PNG downloads are drawn from them in the browser (png-export.ts).
import { journeyExportSvg, type ExportKind } from "../../../views/journey-export.ts";
import { journeyOverview } from "../../../views/journey-page.ts";
import { journeyCacheKey, siteAnalysis } from "../../../views/site-content.ts";

export function exportPaths() {
  return siteAnalysis().journeys.map((j) => ({ params: { id: j.id }, cacheKey: journeyCacheKey(j.id) }));
}

/** Only the overview's view (and the gap badges it shows), not the whole journey page's. */
export function exportSvg(id: string, kind: ExportKind): string {
  const analysis = siteAnalysis();
  const analysed = analysis.journey(id)!;
  return journeyExportSvg(journeyOverview(analysis, id), analysed.journey.title, kind);
}

export const svgResponse = (svg: string) => new Response(svg, { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
