import type { Analysis } from "../analysis/analyse.ts";
import { pageOf, type PageInfo } from "./paging.ts";
import type { GapSeverity, Opportunity, OpportunityStatus, Stage, Touchpoint } from "../model/index.ts";
import { emotionLabel, opportunityStatusLabel, signed } from "../model/vocabulary.ts";
import { SEVERITY_ICONS } from "./gap-severity.ts";
import { t } from "../i18n/index.ts";
import { href } from "./href.ts";
import { compareText } from "../i18n/text-order.ts";

/** One opportunity on the backlog, with what it would fix. */
export interface OpportunityItem {
  text: string;
  status: OpportunityStatus;
  statusLabel: string;
  /** The team that took it on, else the touchpoint's team; `-` for none (the filter's value). */
  team: string;
  teamLabel?: string;
  journey: { id: string; title: string; href: string };
  touchpoint: { id: string; name: string; href: string; emotion: number; emotionText: string; momentOfTruth: boolean };
  stage: string;
  /** The pain points of its touchpoint: what it addresses. */
  pains: string[];
  /** The open gaps at its touchpoint, worst first. */
  gaps: { severity: GapSeverity; icon: string; label: string; title: string; rule: string }[];
}

export interface OpportunityGroup {
  status: OpportunityStatus;
  label: string;
  items: OpportunityItem[];
}

export interface OpportunityBacklogView {
  total: number;
  counts: { status: OpportunityStatus; label: string; count: number }[];
  groups: OpportunityGroup[];
  /** Past OPPORTUNITIES_PER_PAGE the backlog continues on further pages, in the same order. */
  page: PageInfo;
  /** Pains with no opportunity at all: the backlog's blind spots. */
  unaddressed: number;
  filters: { teams: { value: string; label: string }[]; statuses: { value: string; label: string }[]; journeys: { value: string; label: string }[] };
}

/** The order a team works down the backlog: what is moving, what is planned, new ideas; done and dropped last. */
const STATUS_ORDER: readonly OpportunityStatus[] = ["in-progress", "planned", "idea", "done", "dropped"];
const SEVERITY_RANK: Record<GapSeverity, number> = { error: 0, warning: 1, info: 2 };
export const NO_TEAM = "-";
export const OPPORTUNITIES_PER_PAGE = 200;

/** `/opportunities/`, `/opportunities/page/2/`… */
export function opportunityPageHref(n: number): string {
  return href(n <= 1 ? "/opportunities/" : `/opportunities/page/${n}/`);
}

/** How many pages the backlog takes. */
export function opportunityPageCount(analysis: Analysis): number {
  return Math.max(1, Math.ceil(backlogBase(analysis).total / OPPORTUNITIES_PER_PAGE));
}

/** Every opportunity across the journeys, by status, those fixing the worst gaps and lowest moments first. */
export function opportunityBacklogView(analysis: Analysis, pageNumber = 1): OpportunityBacklogView {
  const { locale } = analysis;
  const words = t(locale);
  const OPPORTUNITY_STATUS_LABELS = Object.fromEntries(STATUS_ORDER.map((s) => [s, opportunityStatusLabel(s, locale)])) as Record<OpportunityStatus, string>;
  const { total, ranked, unaddressed, perStatus } = backlogBase(analysis);
  const { items: entries, page } = pageOf(ranked, OPPORTUNITIES_PER_PAGE, pageNumber, opportunityPageHref);
  const onPage = opportunityItems(analysis, entries);
  const groups = STATUS_ORDER.map((status) => ({ status, label: OPPORTUNITY_STATUS_LABELS[status], items: onPage.filter((i) => i.status === status) })).filter((g) => g.items.length > 0);
  // The filters act on the page shown, so their counts are the page's.
  const count = (pick: (i: OpportunityItem) => string) => {
    const out = new Map<string, number>();
    for (const i of onPage) out.set(pick(i), (out.get(pick(i)) ?? 0) + 1);
    return out;
  };
  const perTeam = count((i) => i.team);
  const perJourney = count((i) => i.journey.id);
  return {
    total,
    counts: STATUS_ORDER.map((status) => ({ status, label: OPPORTUNITY_STATUS_LABELS[status], count: perStatus.get(status) ?? 0 })),
    groups,
    page,
    unaddressed,
    filters: {
      teams: [
        ...[...perTeam.keys()].filter((t) => t !== NO_TEAM).sort((a, b) => compareText(a, b)).map((t) => ({ value: t, label: `${t} (${perTeam.get(t)})` })),
        ...(perTeam.has(NO_TEAM) ? [{ value: NO_TEAM, label: `${words.ui.opportunities.noTeam} (${perTeam.get(NO_TEAM)})` }] : []),
      ],
      statuses: groups.map((g) => ({ value: g.status, label: `${g.label} (${g.items.length})` })),
      journeys: analysis.journeys.filter((j) => perJourney.has(j.id)).map((j) => ({ value: j.id, label: `${j.journey.title} (${words.ui.opportunities.count(perJourney.get(j.id)!)})` })),
    },
  };
}

/** An opportunity in the backlog's ranking, made into an item only on its page. */
interface RankedOpportunity {
  journey: Analysis["journeys"][number];
  stage: Stage;
  touchpoint: Touchpoint;
  opportunity: Opportunity;
  /** The rank of the worst open gap at its touchpoint (3 for none). */
  worst: number;
}

/** Every opportunity ranked once per analysis: each page of the backlog only slices it. */
interface BacklogBase {
  total: number;
  ranked: RankedOpportunity[];
  unaddressed: number;
  perStatus: Map<OpportunityStatus, number>;
}
const bases = new WeakMap<Analysis, BacklogBase>();

function backlogBase(analysis: Analysis): BacklogBase {
  const cached = bases.get(analysis);
  if (cached) return cached;
  const entries: RankedOpportunity[] = [];
  let unaddressed = 0;
  for (const journey of analysis.journeys) {
    for (const stage of journey.journey.stages) {
      for (const touchpoint of stage.touchpoints) {
        if (touchpoint.pains.length > 0 && touchpoint.opportunities.length === 0) unaddressed++;
        if (touchpoint.opportunities.length === 0) continue;
        const worst = Math.min(3, ...journey.gaps.filter((g) => g.touchpoint === touchpoint.id).map((g) => SEVERITY_RANK[g.severity]));
        for (const opportunity of touchpoint.opportunities) entries.push({ journey, stage, touchpoint, opportunity, worst });
      }
    }
  }
  const urgency = (a: RankedOpportunity, b: RankedOpportunity) =>
    a.worst - b.worst ||
    Number(b.touchpoint.moment_of_truth) - Number(a.touchpoint.moment_of_truth) ||
    a.touchpoint.emotion - b.touchpoint.emotion ||
    compareText(a.journey.journey.title, b.journey.journey.title);
  // Ranked once (status, then urgency), then cut into pages, so the page stays small however many there are.
  const ranked = STATUS_ORDER.flatMap((status) => entries.filter((e) => e.opportunity.status === status).sort(urgency));
  const perStatus = new Map<OpportunityStatus, number>();
  for (const e of entries) perStatus.set(e.opportunity.status, (perStatus.get(e.opportunity.status) ?? 0) + 1);
  const base = { total: entries.length, ranked, unaddressed, perStatus };
  bases.set(analysis, base);
  return base;
}

/**
 * The items of one page of the backlog. Made per page rather than for the whole backlog once: at 1,000 journeys the
 * items of every opportunity took 20 MB that stayed for the whole build.
 */
function opportunityItems({ locale }: Analysis, entries: readonly RankedOpportunity[]): OpportunityItem[] {
  const words = t(locale);
  return entries.map(({ journey: j, stage, touchpoint: tp, opportunity: o }) => {
    const journeyHref = href(`/journeys/${j.id}/`);
    const team = o.owner ?? tp.owner;
    return {
      text: o.text,
      status: o.status,
      statusLabel: opportunityStatusLabel(o.status, locale),
      team: team ?? NO_TEAM,
      teamLabel: team,
      journey: { id: j.id, title: j.journey.title, href: journeyHref },
      touchpoint: {
        id: tp.id,
        name: tp.name,
        href: `${journeyHref}#${tp.id}`,
        emotion: tp.emotion,
        emotionText: `${signed(tp.emotion)} ${emotionLabel(tp.emotion, locale).toLowerCase()}`,
        momentOfTruth: tp.moment_of_truth,
      },
      stage: stage.name,
      pains: tp.pains,
      gaps: j.gaps
        .filter((g) => g.touchpoint === tp.id)
        .map((g) => ({ severity: g.severity, icon: SEVERITY_ICONS[g.severity], label: words.severity.labels[g.severity], title: g.title, rule: g.rule })),
    };
  });
}
