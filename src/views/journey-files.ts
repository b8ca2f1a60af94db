import type { Analysis } from "../analysis/analyse.ts";
import { apiJourney, apiJson, type Href } from "./api.ts";
import { journeyExportSvg } from "./journey-export.ts";
import { journeyOverview } from "./journey-page.ts";
import { ogPng } from "./og-image.ts";
import { siteAnalysis } from "./site-content.ts";

/**
 * The files about one journey that are not pages: its JSON document, its overview and curve as SVG downloads and its
 * link preview. The build writes them itself (journey-files-integration.ts); the dev server serves the same bytes
 * from routes (src/pages/api/journeys, src/pages/journeys/[id]/*.svg.ts, src/pages/og).
 */
export type JourneyFileKind = "api" | "overview" | "curve" | "og";
export type JourneyTextKind = Exclude<JourneyFileKind, "og">;

export const JOURNEY_FILE_KINDS: readonly JourneyFileKind[] = ["api", "overview", "curve", "og"];

/** Where each file lives in the site, relative to its root (the routes' paths). */
export function journeyFilePath(kind: JourneyFileKind, id: string): string {
  switch (kind) {
    case "api":
      return `api/journeys/${id}.json`;
    case "overview":
    case "curve":
      return `journeys/${id}/${kind}.svg`;
    case "og":
      return `og/journeys/${id}.png`;
  }
}

/** The text of a journey's JSON document or SVG download; `href` puts site paths under the base path. */
export function journeyFileText(analysis: Analysis, id: string, kind: JourneyTextKind, href: Href): string {
  if (kind === "api") return apiJson(apiJourney(analysis, id, href));
  // Only the overview's view (and the gap badges it shows), not the whole journey page's.
  return journeyExportSvg(journeyOverview(analysis, id), analysis.journey(id)!.journey.title, kind);
}

/** The three texts at once, as the build writes them: the overview's view is made once for both SVGs. */
export function journeyFileTexts(analysis: Analysis, id: string, href: Href): Record<JourneyTextKind, string> {
  const overview = journeyOverview(analysis, id);
  const title = analysis.journey(id)!.journey.title;
  return { api: journeyFileText(analysis, id, "api", href), overview: journeyExportSvg(overview, title, "overview"), curve: journeyExportSvg(overview, title, "curve") };
}

/** The journey's link preview as PNG bytes (drawn on the build's preview worker when there is one). */
export function journeyOgPng(analysis: Analysis, id: string): Promise<Uint8Array<ArrayBuffer>> {
  return ogPng(analysis.journey(id)!.journey);
}

/** The routes' paths: every journey in the dev server, none in a build (which writes the files itself). */
export function devJourneyPaths(dev: boolean): { params: { id: string } }[] {
  return dev ? siteAnalysis().journeys.map(({ journey }) => ({ params: { id: journey.id } })) : [];
}
