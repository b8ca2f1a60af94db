import type { Analysis } from "../analysis/analyse.ts";
import { t } from "../i18n/index.ts";
import { codeOwnersFor, handleName, readCodeOwners, type CodeOwners } from "../import/codeowners.ts";
import { idFromName } from "../import/common.ts";
import { emotionLabel, signed } from "../model/vocabulary.ts";
import { href } from "./href.ts";
import { compareText } from "../i18n/text-order.ts";

/**
 * Owner teams across journeys: what each team owns (touchpoints, KPIs), the gaps it is to fix and the opportunities on
 * its touchpoints, all read from the one analysis; and, when the repository has a CODEOWNERS file, the reviewers of
 * each journey file and the owners that match no team in it.
 */

export interface TeamTouchpoint {
  journey: string;
  journeyTitle: string;
  stage: string;
  name: string;
  emotion: number;
  emotionText: string;
  href: string;
}

export interface TeamPage {
  id: string;
  name: string;
  href: string;
  /** The CODEOWNERS handle that matches the team, when there is one. */
  handle?: string;
  touchpoints: TeamTouchpoint[];
  kpis: { id: string; name: string; status: string; statusLabel: string; href: string }[];
  gaps: { severity: string; severityLabel: string; title: string; action: string; journeyTitle: string; href: string; rule: string }[];
  opportunities: { text: string; touchpoint: string; journeyTitle: string; href: string }[];
  /** How many of each the team has in all: the lists above keep the first TEAM_LIST_LIMIT, worst first. */
  totals: { touchpoints: number; kpis: number; gaps: number; opportunities: number };
}

/** A team page stays readable and small at any scale: each list keeps its first 100, the most urgent first. */
export const TEAM_LIST_LIMIT = 100;

export interface TeamsView {
  teams: TeamPage[];
  /** Absent when the repository has no CODEOWNERS file. */
  codeowners?: {
    file: string;
    journeys: { title: string; file: string; href: string; reviewers: string[] }[];
    /** Owner names in the content that match no team handle of CODEOWNERS. */
    unmatched: { name: string; href: string }[];
  };
}

const SEVERITY_ORDER = ["error", "warning", "info"];

/** The teams index and every team page read one view: built once per analysis (CODEOWNERS read once too). */
const built = new WeakMap<Analysis, TeamsView>();

export function teamsView(analysis: Analysis, codeowners?: CodeOwners): TeamsView {
  if (codeowners) return buildTeamsView(analysis, codeowners);
  let view = built.get(analysis);
  if (!view) built.set(analysis, (view = buildTeamsView(analysis, readCodeOwners(analysis.content.cwd))));
  return view;
}

function buildTeamsView(analysis: Analysis, codeowners: CodeOwners | undefined): TeamsView {
  const words = t(analysis.locale);
  const teams = new Map<string, TeamPage>();
  const team = (name: string): TeamPage => {
    const id = idFromName(name, "team");
    let page = teams.get(id);
    if (!page) {
      page = { id, name, href: href(`/teams/${id}/`), touchpoints: [], kpis: [], gaps: [], opportunities: [], totals: { touchpoints: 0, kpis: 0, gaps: 0, opportunities: 0 } };
      teams.set(id, page);
    }
    return page;
  };
  for (const j of analysis.journeys) {
    const journeyHref = href(`/journeys/${j.id}/`);
    for (const stage of j.journey.stages) {
      for (const tp of stage.touchpoints) {
        const tpHref = `${journeyHref}#${tp.id}`;
        // An opportunity belongs to the team that took it on, else to the touchpoint's team.
        for (const o of tp.opportunities) {
          const owner = o.owner ?? tp.owner;
          if (owner) team(owner).opportunities.push({ text: o.text, touchpoint: tp.name, journeyTitle: j.journey.title, href: tpHref });
        }
        if (!tp.owner) continue;
        const page = team(tp.owner);
        page.touchpoints.push({ journey: j.id, journeyTitle: j.journey.title, stage: stage.name, name: tp.name, emotion: tp.emotion, emotionText: `${signed(tp.emotion)} ${emotionLabel(tp.emotion, analysis.locale).toLowerCase()}`, href: tpHref });
      }
    }
    for (const gap of j.gaps) {
      if (!gap.owner) continue;
      team(gap.owner).gaps.push({ severity: gap.severity, severityLabel: words.severity.labels[gap.severity].toLowerCase(), title: gap.title, action: gap.action, journeyTitle: j.journey.title, rule: gap.rule, href: gap.touchpoint ? `${journeyHref}#${gap.touchpoint}` : `${journeyHref}#gaps` });
    }
  }
  for (const k of analysis.kpis) {
    if (!k.kpi.owner) continue;
    team(k.kpi.owner).kpis.push({ id: k.id, name: k.kpi.name, status: k.status.status, statusLabel: words.kpiStatus[k.status.status], href: href(`/kpis/#kpi-${k.id}`) });
  }
  const sorted = [...teams.values()].sort((a, b) => compareText(a.name, b.name));
  for (const t of sorted) {
    t.gaps.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    t.totals = { touchpoints: t.touchpoints.length, kpis: t.kpis.length, gaps: t.gaps.length, opportunities: t.opportunities.length };
    if (t.touchpoints.length > TEAM_LIST_LIMIT) t.touchpoints = [...t.touchpoints].sort((a, b) => a.emotion - b.emotion).slice(0, TEAM_LIST_LIMIT);
    t.gaps = t.gaps.slice(0, TEAM_LIST_LIMIT);
    t.kpis = t.kpis.slice(0, TEAM_LIST_LIMIT);
    t.opportunities = t.opportunities.slice(0, TEAM_LIST_LIMIT);
  }
  if (!codeowners) return { teams: sorted };
  const handles = new Map<string, string>();
  for (const rule of codeowners.rules) for (const owner of rule.owners) if (owner.startsWith("@")) handles.set(handleName(owner), owner);
  for (const t of sorted) t.handle = handles.get(t.id);
  return {
    teams: sorted,
    codeowners: {
      file: codeowners.file,
      journeys: analysis.journeys
        .map((j) => ({ title: j.journey.title, file: j.loaded.file, href: href(`/journeys/${j.id}/`), reviewers: codeOwnersFor(codeowners, j.loaded.file, analysis.content.cwd) }))
        .sort((a, b) => (a.file < b.file ? -1 : 1)),
      unmatched: sorted.filter((t) => !t.handle).map((t) => ({ name: t.name, href: t.href })),
    },
  };
}
