import type { GapRuleId, GapSeverity, Journey } from "../model/index.ts";
import { pageOf, type PageInfo } from "./paging.ts";
import type { Analysis } from "../analysis/analyse.ts";
import { SEVERITY_ORDER, ruleDescriptions, type Gap } from "../analysis/find-gaps.ts";
import { formatDate } from "../model/vocabulary.ts";
import { t } from "../i18n/index.ts";
import { gapItems, ruleAnchor, type GapItemView } from "./gap-item.ts";
import { SEVERITY_ICONS, SEVERITY_LABELS, SEVERITY_PLURALS, gapsText, severityCounts, type SeverityCount } from "./gap-severity.ts";
import { href } from "./href.ts";
import { healthView, type HealthView } from "./health-view.ts";
import { compareText } from "../i18n/text-order.ts";

/** A gap on the portfolio report, with the values the filters match on. */
export interface ReportItem extends GapItemView {
  /** The owner team, or `-` for none: the team filter's value. */
  team: string;
}

export interface ReportGroup {
  severity: GapSeverity;
  /** `Errors`, `Warnings`, `Info`. */
  label: string;
  icon: string;
  items: ReportItem[];
}

export interface ReportJourney {
  id: string;
  title: string;
  future: boolean;
  href: string;
  health: HealthView;
  counts: SeverityCount[];
}

export interface ReportRule {
  id: GapRuleId;
  anchor: string;
  /** As the settings have it; absent when `journeymap.config.yaml` turns the rule off. */
  severity?: GapSeverity;
  severityLabel: string;
  icon: string;
  description: string;
  /** How many gaps it found across all journeys. */
  count: number;
}

export interface FilterOption {
  value: string;
  label: string;
}

export interface GapReportView {
  total: number;
  /** Findings accepted in the YAML across all journeys (listed on each journey's page). */
  accepted: number;
  /** `31 Oct 2026`: the date staleness is measured from. */
  asOf: string;
  counts: SeverityCount[];
  /** Most severe first; without JavaScript this is the whole list. */
  groups: ReportGroup[];
  /** The list is cut into pages of GAPS_PER_PAGE, most severe first, so the page stays small at any scale. */
  page: PageInfo;
  /** Least healthy journeys shown in the table; all of them have their own report on their page. */
  journeysShown: number;
  journeyCount: number;
  /** Least healthy first: where to look first. */
  journeys: ReportJourney[];
  rules: ReportRule[];
  filters: { severities: FilterOption[]; rules: FilterOption[]; teams: FilterOption[]; journeys: FilterOption[] };
}

export const NO_TEAM = "-";
export const GAPS_PER_PAGE = 200;
/** Rows of the health table: the least healthy journeys are where to look first. */
export const JOURNEY_ROWS = 50;

/** `/gaps/`, `/gaps/page/2/`… */
export function gapPageHref(n: number): string {
  return href(n <= 1 ? "/gaps/" : `/gaps/page/${n}/`);
}

/** How many pages the portfolio's gap list takes. */
export function gapPageCount(analysis: Analysis): number {
  return Math.max(1, Math.ceil(analysis.journeys.reduce((n, j) => n + j.gaps.length, 0) / GAPS_PER_PAGE));
}

/** Every gap across the portfolio, grouped by severity, with what the filters and the rule legend need. */
export function gapReportView(analysis: Analysis, pageNumber = 1): GapReportView {
  const { index, locale } = analysis;
  const words = t(locale);
  const { rules, journeys, counts, total, reportJourneys, accepted, ranked, ruleTotals } = reportBase(analysis);
  const { items: entries, page } = pageOf(ranked, GAPS_PER_PAGE, pageNumber, gapPageHref);
  const onPage = reportItems(analysis, entries);
  const groups = SEVERITY_ORDER.map((severity) => ({
    severity,
    label: words.severity.plurals[severity],
    icon: SEVERITY_ICONS[severity],
    items: onPage.filter((i) => i.severity === severity),
  })).filter((g) => g.items.length > 0);

  // The filters act on the page shown, so their counts are the page's.
  const perRule = countOf(onPage, (i) => i.rule);
  const perTeam = countOf(onPage, (i) => i.team);
  const perJourney = countOf(onPage, (i) => i.journey.id);
  const teams = [...perTeam.keys()].filter((t) => t !== NO_TEAM).sort((a, b) => compareText(a, b));

  return {
    total,
    asOf: formatDate(analysis.asOf, locale),
    accepted,
    counts,
    groups,
    page,
    journeysShown: Math.min(JOURNEY_ROWS, reportJourneys.length),
    journeyCount: reportJourneys.length,
    journeys: reportJourneys.slice(0, JOURNEY_ROWS),
    rules: rules.map((r) => {
      const chosen = index.content.config.gaps.rules[r.id] ?? r.severity;
      const severity = chosen === "off" ? undefined : chosen;
      return {
        id: r.id,
        anchor: ruleAnchor(r.id),
        severity,
        severityLabel: severity ? words.severity.labels[severity] : words.severity.off,
        icon: severity ? SEVERITY_ICONS[severity] : "–",
        description: r.description,
        count: ruleTotals.get(r.id) ?? 0,
      };
    }),
    filters: {
      severities: groups.map((g) => ({ value: g.severity, label: `${g.label} (${g.items.length})` })),
      rules: rules.filter((r) => perRule.has(r.id)).map((r) => ({ value: r.id, label: `${r.id} (${perRule.get(r.id)})` })),
      teams: [
        ...teams.map((t) => ({ value: t, label: `${t} (${perTeam.get(t)})` })),
        ...(perTeam.has(NO_TEAM) ? [{ value: NO_TEAM, label: `${words.ui.gapsPage.noTeam} (${perTeam.get(NO_TEAM)})` }] : []),
      ],
      journeys: journeys.filter((j) => perJourney.has(j.id)).map((j) => ({ value: j.id, label: `${j.journey.title} (${gapsText(perJourney.get(j.id) ?? 0, locale)})` })),
    },
  };
}

function countOf<T>(list: readonly T[], pick: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of list) counts.set(pick(item), (counts.get(pick(item)) ?? 0) + 1);
  return counts;
}

/** A gap in the portfolio's ranking: the gap and its journey, made into a report item only on its page. */
interface RankedGap {
  gap: Gap;
  journey: Journey;
}

/**
 * The report items of one page, in ranking order. Made per page rather than for the whole ranking once: at 1,000
 * journeys the items of all 67,600 gaps took 33 MB that stayed for the whole build.
 */
function reportItems(analysis: Analysis, entries: readonly RankedGap[]): ReportItem[] {
  const byJourney = new Map<Journey, Gap[]>();
  for (const { gap, journey } of entries) {
    const gaps = byJourney.get(journey);
    if (gaps) gaps.push(gap);
    else byJourney.set(journey, [gap]);
  }
  const itemOf = new Map<Gap, ReportItem>();
  for (const [journey, gaps] of byJourney) {
    gapItems(analysis, journey, gaps, { onJourneyPage: false }).forEach((item, i) => itemOf.set(gaps[i]!, { ...item, team: item.owner ?? NO_TEAM }));
  }
  return entries.map(({ gap }) => itemOf.get(gap)!);
}

/** Every gap of the portfolio ranked once per analysis: each page of the list only slices it. */
const bases = new WeakMap<Analysis, ReturnType<typeof buildBase>>();

function reportBase(analysis: Analysis): ReturnType<typeof buildBase> {
  let base = bases.get(analysis);
  if (!base) bases.set(analysis, (base = buildBase(analysis)));
  return base;
}

function buildBase(analysis: Analysis) {
  const { locale } = analysis;
  const words = t(locale);
  const rules = ruleDescriptions().map((r) => ({ ...r, description: words.rules[r.id] }));
  const ruleRank = new Map(rules.map((r, i) => [r.id, i]));
  const journeys = [...analysis.journeys].sort((a, b) => compareText(a.journey.title, b.journey.title) || compareText(a.id, b.id));
  const all: Gap[] = [];
  const entries: RankedGap[] = [];
  const reportJourneys: ReportJourney[] = [];
  let accepted = 0;
  for (const { journey, gaps, health, kpis, accepted: acceptedGaps } of journeys) {
    all.push(...gaps);
    accepted += acceptedGaps.length;
    for (const gap of gaps) entries.push({ gap, journey });
    reportJourneys.push({
      id: journey.id,
      title: journey.title,
      future: journey.state === "future",
      href: href(`/journeys/${journey.id}/#gaps`),
      health: healthView(health, kpis.length, locale),
      counts: severityCounts(gaps, locale),
    });
  }
  // Least healthy first: where to look first. Sort is stable, so ties keep title order.
  reportJourneys.sort((a, b) => a.health.score - b.health.score);
  // Within a severity: by rule, in the analysis's order, then by journey (already in title order); sort is stable.
  const byRule = (a: RankedGap, b: RankedGap) => (ruleRank.get(a.gap.rule) ?? 0) - (ruleRank.get(b.gap.rule) ?? 0);
  const ranked = SEVERITY_ORDER.flatMap((severity) => entries.filter((e) => e.gap.severity === severity).sort(byRule));
  return { rules, journeys, counts: severityCounts(all, locale), total: entries.length, reportJourneys, accepted, ranked, ruleTotals: countOf(entries, (e) => e.gap.rule) };
}
