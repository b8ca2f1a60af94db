import type { Content } from "../model/content.ts";
import type { HistoryCommit } from "../load/git-history.ts";
import { analyse, type Analysis } from "./analyse.ts";
import { diffContent, type ContentDiff } from "./content-diff.ts";

export interface JourneyAtCommit {
  commit: HistoryCommit;
  title: string;
  health: number;
  emotions: number[];
}

export interface KpiAtCommit {
  commit: HistoryCommit;
  target: number;
  warning?: number;
}

export interface HistoryAnalysis {
  /** Per journey id: its state at each commit where it existed, oldest first. */
  journeys: Map<string, JourneyAtCommit[]>;
  /** Per KPI id: its target at each commit where it changed (and the first), oldest first. */
  kpiTargets: Map<string, KpiAtCommit[]>;
  /** What each commit changed against the one before it, newest first (the oldest against nothing). */
  changes: { commit: HistoryCommit; diff: ContentDiff; invalid: boolean }[];
}

/** Health, curves and KPI targets over the content's commits, and what each commit changed: one analysis per commit. */
export function analyseHistory(commits: readonly (HistoryCommit & { content: Content })[]): HistoryAnalysis {
  const oldestFirst = [...commits].reverse();
  const journeys = new Map<string, JourneyAtCommit[]>();
  const kpiTargets = new Map<string, KpiAtCommit[]>();
  const changes: HistoryAnalysis["changes"] = [];
  let previous: Analysis | undefined;
  for (const { content, ...commit } of oldestFirst) {
    const analysis = analyse(content);
    for (const j of analysis.journeys) {
      const entry = { commit, title: j.journey.title, health: j.health.score, emotions: j.journey.stages.flatMap((s) => s.touchpoints.map((t) => t.emotion)) };
      journeys.set(j.id, [...(journeys.get(j.id) ?? []), entry]);
    }
    for (const { kpi } of analysis.kpis) {
      const list = kpiTargets.get(kpi.id) ?? [];
      const last = list.at(-1);
      if (!last || last.target !== kpi.target || last.warning !== kpi.warning) list.push({ commit, target: kpi.target, warning: kpi.warning });
      kpiTargets.set(kpi.id, list);
    }
    const empty = previous ?? analyse({ ...content, journeys: [], personas: [], kpis: [] });
    changes.push({ commit, diff: diffContent(empty, analysis), invalid: content.diagnostics.some((d) => d.severity === "error") });
    previous = analysis;
  }
  return { journeys, kpiTargets, changes: changes.reverse() };
}
