import type { Analysis } from "../analysis/analyse.ts";
import type { SiteHistory } from "./site-content.ts";
import { journeyGapsView, type JourneyGapsView } from "./journey-gaps.ts";
import { journeyHistoryView, type JourneyHistoryView } from "./history-view.ts";
import { journeyMapView, type JourneyMapView } from "./journey-map.ts";
import { journeyPathsView, type PathView } from "./journey-paths.ts";
import { journeyOverviewView, type JourneyOverviewView } from "./journey-overview.ts";
import { importanceMatrixView, type ImportanceMatrixView } from "./importance-matrix.ts";
import { t } from "../i18n/index.ts";

/** Everything the journey page shows: the map, the gap report, the critical paths and the history. */
export interface JourneyPageView {
  /** The journey at a glance, first on the page. */
  overview: JourneyOverviewView;
  map: JourneyMapView;
  /** Importance × satisfaction, when touchpoints state both. */
  importance?: ImportanceMatrixView;
  gaps: JourneyGapsView;
  paths: PathView[];
  history: JourneyHistoryView;
  /** `4 stages · 18 touchpoints · 1 moment of truth`. */
  shape: string;
}

/** The overview alone, for the embed page and the downloads: without the map, the report or the history. */
export function journeyOverview(analysis: Analysis, journeyId: string): JourneyOverviewView {
  return overviewWith(analysis, journeyId, journeyGapsView(analysis, journeyId));
}

function overviewWith(analysis: Analysis, journeyId: string, gaps: JourneyGapsView): JourneyOverviewView {
  return journeyOverviewView(analysis.journey(journeyId)!, gaps.byTouchpoint, (id) => analysis.index.personas.get(id)?.data.name ?? id, analysis.locale);
}

export function journeyPageView(analysis: Analysis, history: SiteHistory, journeyId: string): JourneyPageView {
  const map = journeyMapView(analysis, journeyId);
  const moments = map.momentsOfTruth;
  const gaps = journeyGapsView(analysis, journeyId);
  return {
    overview: overviewWith(analysis, journeyId, gaps),
    map,
    importance: importanceMatrixView(analysis.journey(journeyId)!, analysis.settings, analysis.locale),
    gaps,
    paths: journeyPathsView(analysis.journey(journeyId)!),
    history: journeyHistoryView(history.analysis, history.availability, journeyId),
    shape: t(analysis.locale).ui.journey.shapeText(map.stages.length, map.touchpoints.length, moments),
  };
}
