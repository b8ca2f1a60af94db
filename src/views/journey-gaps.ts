import type { GapSeverity } from "../model/index.ts";
import type { ContentIndex } from "../analysis/content-index.ts";
import { journeyGaps } from "../analysis/find-gaps.ts";
import { journeyKpis } from "../analysis/gaps/journey-kpis.ts";
import { journeyHealth } from "../analysis/health.ts";
import { gapItems, touchpointGapsAnchor, type GapItemView } from "./gap-item.ts";
import { SEVERITY_ICONS, gapsText, severityCounts, type SeverityCount } from "./gap-severity.ts";
import { healthView, type HealthView } from "./health-view.ts";

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
}

/** Past this many gaps the info ones fold away, so errors and warnings stay in view above the map. */
export const FOLD_AFTER = 8;

/** The journey page's gap report: health, counts, the ranked gaps, and each touchpoint's share for the map. */
export function journeyGapsView(index: ContentIndex, journeyId: string): JourneyGapsView {
  const loaded = index.journeys.get(journeyId);
  if (!loaded) throw new Error(`no journey \`${journeyId}\``);
  const journey = loaded.data;
  const gaps = journeyGaps(index, journeyId);
  const items = gapItems(index, journey, gaps, { onJourneyPage: true });
  const fold = items.length > FOLD_AFTER;
  const folded = fold ? items.filter((i) => i.severity === "info") : [];

  const byTouchpoint: Record<string, TouchpointGaps> = {};
  for (const item of items) {
    if (!item.touchpoint) continue;
    const entry = byTouchpoint[item.touchpoint];
    if (entry) entry.items.push(item);
    // Items come most severe first, so the first one names the worst severity.
    else byTouchpoint[item.touchpoint] = { count: 0, worst: item.severity, icon: SEVERITY_ICONS[item.severity], label: "", href: `#${touchpointGapsAnchor(item.touchpoint)}`, items: [item] };
  }
  for (const entry of Object.values(byTouchpoint)) {
    entry.count = entry.items.length;
    entry.label = `${gapsText(entry.count)}, worst: ${entry.worst}`;
  }

  return {
    health: healthView(journeyHealth(index, journey, gaps), journeyKpis(index, journey).length),
    total: items.length,
    counts: severityCounts(gaps),
    shown: fold ? items.filter((i) => i.severity !== "info") : items,
    folded,
    foldedLabel: `${folded.length} more, for information`,
    byTouchpoint,
  };
}
