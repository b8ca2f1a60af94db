import type { Analysis } from "../analysis/analyse.ts";
import { pageOf, type PageInfo } from "./paging.ts";
import type { GapSeverity, OpportunityStatus } from "../model/index.ts";
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
  return Math.max(1, Math.ceil(backlogBase(analysis).items.length / OPPORTUNITIES_PER_PAGE));
}

/** Every opportunity across the journeys, by status, those fixing the worst gaps and lowest moments first. */
export function opportunityBacklogView(analysis: Analysis, pageNumber = 1): OpportunityBacklogView {
  const { locale } = analysis;
  const words = t(locale);
  const OPPORTUNITY_STATUS_LABELS = Object.fromEntries(STATUS_ORDER.map((s) => [s, opportunityStatusLabel(s, locale)])) as Record<OpportunityStatus, string>;
  const { items, ranked, unaddressed, perStatus } = backlogBase(analysis);
  const { items: onPage, page } = pageOf(ranked, OPPORTUNITIES_PER_PAGE, pageNumber, opportunityPageHref);
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
    total: items.length,
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

/** Every opportunity ranked once per analysis: each page of the backlog only slices it. */
interface BacklogBase {
  items: OpportunityItem[];
  ranked: OpportunityItem[];
  unaddressed: number;
  perStatus: Map<OpportunityStatus, number>;
}
const bases = new WeakMap<Analysis, BacklogBase>();

function backlogBase(analysis: Analysis): BacklogBase {
  const cached = bases.get(analysis);
  if (cached) return cached;
  const { locale } = analysis;
  const words = t(locale);
  const OPPORTUNITY_STATUS_LABELS = Object.fromEntries(STATUS_ORDER.map((s) => [s, opportunityStatusLabel(s, locale)])) as Record<OpportunityStatus, string>;
  const items: OpportunityItem[] = [];
  let unaddressed = 0;
  for (const j of analysis.journeys) {
    const journeyHref = href(`/journeys/${j.id}/`);
    for (const stage of j.journey.stages) {
      for (const tp of stage.touchpoints) {
        if (tp.pains.length > 0 && tp.opportunities.length === 0) unaddressed++;
        const gaps = j.gaps
          .filter((g) => g.touchpoint === tp.id)
          .map((g) => ({ severity: g.severity, icon: SEVERITY_ICONS[g.severity], label: words.severity.labels[g.severity], title: g.title, rule: g.rule }));
        for (const o of tp.opportunities) {
          const team = o.owner ?? tp.owner;
          items.push({
            text: o.text,
            status: o.status,
            statusLabel: OPPORTUNITY_STATUS_LABELS[o.status],
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
            gaps,
          });
        }
      }
    }
  }
  const worst = (i: OpportunityItem) => Math.min(3, ...i.gaps.map((g) => SEVERITY_RANK[g.severity]));
  const urgency = (a: OpportunityItem, b: OpportunityItem) =>
    worst(a) - worst(b) || Number(b.touchpoint.momentOfTruth) - Number(a.touchpoint.momentOfTruth) || a.touchpoint.emotion - b.touchpoint.emotion || compareText(a.journey.title, b.journey.title);
  // Ranked once (status, then urgency), then cut into pages, so the page stays small however many there are.
  const ranked = STATUS_ORDER.flatMap((status) => items.filter((i) => i.status === status).sort(urgency));
  const perStatus = new Map<OpportunityStatus, number>();
  for (const i of items) perStatus.set(i.status, (perStatus.get(i.status) ?? 0) + 1);
  const base = { items, ranked, unaddressed, perStatus };
  bases.set(analysis, base);
  return base;
}
