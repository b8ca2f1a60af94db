import type { GapSeverity } from "../model/index.ts";
import type { Analysis } from "../analysis/analyse.ts";
import { gapItems, touchpointGapsAnchor, type GapItemView } from "./gap-item.ts";
import { SEVERITY_ICONS, gapsText, severityCounts, type SeverityCount } from "./gap-severity.ts";
import { healthView, type HealthView } from "./health-view.ts";
import { t } from "../i18n/index.ts";

/** What the map shows for one touchpoint: a badge with the count and the worst severity, and the gaps in its card. */
export interface TouchpointGaps {
  count: number;
  worst: GapSeverity;
  icon: string;
  /** `2 gaps, worst: error`: the badge's accessible text. */
  label: string;
  /** Where the badge leads: the touchpoint's first (worst) gap in the report. */
  href: string;
  items: GapItemView[];
}

export interface JourneyGapsView {
  health: HealthView;
  total: number;
  counts: SeverityCount[];
  /** Listed in full, most severe first. */
  shown: GapItemView[];
  /** Info gaps, folded away when the list is long; empty otherwise. */
  folded: GapItemView[];
  /** `2 more, for information`: the fold's summary. */
  foldedLabel: string;
  byTouchpoint: Record<string, TouchpointGaps>;
  /** Findings the authors accepted in the YAML, each with its reason: listed, never counted. */
  accepted: GapItemView[];
  /** `2 accepted findings`. */
  acceptedLabel: string;
}

/** Past this many gaps the info ones fold away, so errors and warnings stay in view above the map. */
export const FOLD_AFTER = 8;

/** The journey page's gap report: health, counts, the ranked gaps, and each touchpoint's share for the map. */
export function journeyGapsView(analysis: Analysis, journeyId: string): JourneyGapsView {
  const analysed = analysis.journey(journeyId);
  if (!analysed) throw new Error(`no journey \`${journeyId}\``);
  const { journey, gaps } = analysed;
  const items = gapItems(analysis, journey, gaps, { onJourneyPage: true });
  const fold = items.length > FOLD_AFTER;
  const folded = fold ? items.filter((i) => i.severity === "info") : [];

  // No prototype: a touchpoint called `constructor` is a key like any other.
  const byTouchpoint: Record<string, TouchpointGaps> = Object.create(null);
  for (const item of items) {
    if (!item.touchpoint) continue;
    const entry = byTouchpoint[item.touchpoint];
    if (entry) entry.items.push(item);
    // Items come most severe first, so the first one names the worst severity.
    else byTouchpoint[item.touchpoint] = { count: 0, worst: item.severity, icon: SEVERITY_ICONS[item.severity], label: "", href: `#${touchpointGapsAnchor(item.touchpoint)}`, items: [item] };
  }
  for (const entry of Object.values(byTouchpoint)) {
    entry.count = entry.items.length;
    entry.label = t(analysis.locale).ui.gapReport.badge(gapsText(entry.count, analysis.locale), analysis.locale === "en" ? entry.worst : t(analysis.locale).severity.labels[entry.worst].toLowerCase());
  }

  return {
    health: healthView(analysed.health, analysed.kpis.length, analysis.locale),
    total: items.length,
    counts: severityCounts(gaps, analysis.locale),
    shown: fold ? items.filter((i) => i.severity !== "info") : items,
    folded,
    foldedLabel: t(analysis.locale).ui.gapReport.folded(folded.length),
    byTouchpoint,
    accepted: gapItems(analysis, journey, analysed.accepted, { onJourneyPage: true }),
    acceptedLabel: t(analysis.locale).ui.gapReport.accepted(analysed.accepted.length),
  };
}
