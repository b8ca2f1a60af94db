// A touchpoint's id is its anchor on the journey page (`/journeys/<id>/#<touchpoint>`), which gives its own parts
// ids too. A touchpoint may not take one of them: the link would land on that part, and the page would have the id
// twice. test/e2e/page-anchors.spec.ts checks every built journey page against this list.

const FIXED = new Set([
  "comparison-heading", "curve", "curve-above", "curve-below", "curve-desc", "curve-title", "details-heading",
  "filter-channel", "filter-confidence", "filter-owner", "gaps", "gaps-heading", "history-chart-title",
  "history-heading", "main", "map-end", "map-heading", "mermaid-heading", "mermaid-output", "ov-above", "ov-below",
  "overview", "overview-heading", "paths-heading", "priorities", "priorities-heading", "search-title",
  "site-search-area", "site-search-journey", "site-search-kind", "site-search-persona", "site-search-q", "tp-panel",
  "tp-panel-title", "tp-tooltip",
]);
/** The printed parts of the curve, and the history's curves (one per commit). */
const PATTERNS = [/^curve-part-\d+(?:-(?:above|below|desc|title))?$/, /^history-[0-9a-f]{7,40}-(?:above|below|t)$/];

/** Whether the journey page uses this id for a part of its own, whatever the journey holds. */
export function isJourneyPageAnchor(id: string): boolean {
  return FIXED.has(id) || PATTERNS.some((p) => p.test(id));
}

/** Whether an id has the form of one `derivedAnchors` makes (most ids do not, and then it need not be built). */
export function mayBeDerivedAnchor(id: string): boolean {
  return id.startsWith("stage-") || id.startsWith("overview-stage-") || id.startsWith("path-") || id.endsWith("-name");
}

/** The ids the page makes from a journey's stages, paths and touchpoints, with what each one marks. */
export function derivedAnchors(journey: { stages: readonly { id?: string; touchpoints: readonly { id?: string }[] }[]; paths: readonly { id?: string }[] }): Map<string, string> {
  const out = new Map<string, string>();
  for (const stage of journey.stages) {
    if (stage.id === undefined) continue;
    out.set(`stage-${stage.id}`, `stage \`${stage.id}\` on the map`);
    out.set(`overview-stage-${stage.id}`, `stage \`${stage.id}\` in the overview`);
    for (const t of stage.touchpoints) if (t.id !== undefined) out.set(`${t.id}-name`, `the name of touchpoint \`${t.id}\``);
  }
  for (const path of journey.paths) if (path.id !== undefined) out.set(`path-${path.id}`, `path \`${path.id}\``);
  return out;
}
