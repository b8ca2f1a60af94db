import type { GapRuleId, GapSeverity, Journey } from "../model/index.ts";
import type { Analysis } from "../analysis/analyse.ts";
import type { AcceptedGap, Gap } from "../analysis/find-gaps.ts";
import { href } from "./href.ts";
import { SEVERITY_ICONS } from "./gap-severity.ts";
import { t } from "../i18n/index.ts";

/** One gap as every report shows it: what, what to do, who, and where on the map or the KPI page. */
export interface GapItemView {
  rule: GapRuleId;
  /** Link to the rule's line in the legend on /gaps/. */
  ruleHref: string;
  severity: GapSeverity;
  severityLabel: string;
  icon: string;
  title: string;
  action: string;
  /** The team that owns the fix; absent when nobody does. */
  owner?: string;
  journey: { id: string; title: string; href: string };
  /** Where to look: the touchpoint's details, the KPI's card or the stage on the map. */
  target?: { kind: "touchpoint" | "kpi" | "stage" | "path"; kindLabel: string; label: string; href: string };
  /** The touchpoint it is about, for the map's badges and the detail cards. */
  touchpoint?: string;
  /** `journeys/retail/online-store-purchase.yaml:338`: where to fix it. */
  source: string;
  /** The id the map's badge for this touchpoint links to; set on the touchpoint's first (worst) gap. */
  anchor?: string;
  /** Why the authors accepted it, for an accepted finding. */
  acceptedReason?: string;
}

export interface GapItemOptions {
  /** Links to the journey's own map are plain `#fragments` when the list is on the journey page. */
  onJourneyPage: boolean;
}

/** The id of a rule's line in the legend: `rule-kpi-off-track`. */
export function ruleAnchor(rule: GapRuleId): string {
  return `rule-${rule.replace(/\//g, "-")}`;
}

/**
 * The id the map's gap badge links to. Touchpoint ids never hold two hyphens in a row, so this cannot
 * collide with a touchpoint's own id (its detail card).
 */
export function touchpointGapsAnchor(touchpoint: string): string {
  return `gaps--${touchpoint}`;
}

/** A journey's gaps as report items, in the order given. */
export function gapItems({ index, locale }: Pick<Analysis, "index" | "locale">, journey: Journey, gaps: readonly (Gap | AcceptedGap)[], options: GapItemOptions): GapItemView[] {
  const pathNames = new Map(journey.paths.map((p) => [p.id, p.name]));
  const stageNames = new Map(journey.stages.map((s) => [s.id, s.name]));
  const touchpointNames = new Map(journey.stages.flatMap((s) => s.touchpoints.map((t) => [t.id, t.name] as const)));
  const journeyHref = href(`/journeys/${journey.id}/`);
  const onMap = (fragment: string) => (options.onJourneyPage ? `#${fragment}` : `${journeyHref}#${fragment}`);
  const anchored = new Set<string>();
  const words = t(locale);
  const kinds = words.ui.gapItem.kinds;

  return gaps.map((gap) => {
    let target: GapItemView["target"];
    if (gap.touchpoint) {
      target = { kind: "touchpoint", kindLabel: kinds.touchpoint, label: touchpointNames.get(gap.touchpoint) ?? gap.touchpoint, href: onMap(gap.touchpoint) };
    } else if (gap.kpi) {
      target = { kind: "kpi", kindLabel: kinds.kpi, label: index.kpis.get(gap.kpi)?.data.name ?? gap.kpi, href: href(`/kpis/#kpi-${gap.kpi}`) };
    } else if (gap.path) {
      target = { kind: "path", kindLabel: kinds.path, label: pathNames.get(gap.path) ?? gap.path, href: onMap(`path-${gap.path}`) };
    } else if (gap.stage) {
      target = { kind: "stage", kindLabel: kinds.stage, label: stageNames.get(gap.stage) ?? gap.stage, href: onMap(`stage-${gap.stage}`) };
    }
    const anchor = options.onJourneyPage && gap.touchpoint && !anchored.has(gap.touchpoint) ? touchpointGapsAnchor(gap.touchpoint) : undefined;
    if (gap.touchpoint) anchored.add(gap.touchpoint);
    return {
      rule: gap.rule,
      ruleHref: href(`/gaps/#${ruleAnchor(gap.rule)}`),
      severity: gap.severity,
      severityLabel: words.severity.labels[gap.severity],
      icon: SEVERITY_ICONS[gap.severity],
      title: gap.title,
      action: gap.action,
      owner: gap.owner,
      journey: { id: journey.id, title: journey.title, href: journeyHref },
      target,
      touchpoint: gap.touchpoint,
      source: `${gap.location.file}:${gap.location.line}`,
      anchor,
      ...("accepted" in gap ? { acceptedReason: gap.accepted.reason } : {}),
    };
  });
}
