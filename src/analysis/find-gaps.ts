import { GAP_RULES, type GapRuleId, type GapSettings, type GapSeverity } from "../model/index.ts";
import type { Content, LoadedJourney } from "../model/content.ts";
import type { ContentIndex } from "./content-index.ts";
import { ALL_RULES } from "./gaps/all-rules.ts";
import { stepPath, type Finding, type GapContext, type Step } from "./gaps/rule.ts";

export interface Gap extends Finding {
  rule: GapRuleId;
  severity: GapSeverity;
  journey: string;
}

export const SEVERITY_ORDER: readonly GapSeverity[] = ["error", "warning", "info"];

/** The journey's gaps, most severe first, then in the order of the journey. */
export function journeyGaps(index: ContentIndex, journeyId: string): Gap[] {
  const loaded = index.journeys.get(journeyId);
  if (!loaded) return [];
  const settings = index.content.config.gaps;
  const context = gapContext(index, loaded, settings);
  const gaps: Gap[] = [];
  ALL_RULES.forEach((rule) => {
    const severity = severityOf(rule.id, settings);
    if (!severity) return;
    for (const finding of rule.check(context)) gaps.push({ ...finding, rule: rule.id, severity, journey: journeyId });
  });
  const rank = (g: Gap) => SEVERITY_ORDER.indexOf(g.severity);
  const ruleRank = (g: Gap) => ALL_RULES.findIndex((r) => r.id === g.rule);
  return gaps
    .map((gap, i) => ({ gap, i }))
    .sort((a, b) => rank(a.gap) - rank(b.gap) || ruleRank(a.gap) - ruleRank(b.gap) || a.i - b.i)
    .map(({ gap }) => gap);
}

function severityOf(rule: GapRuleId, settings: GapSettings): GapSeverity | undefined {
  const chosen = settings.rules[rule];
  if (chosen === "off") return undefined;
  return chosen ?? GAP_RULES[rule];
}

function gapContext(index: ContentIndex, loaded: LoadedJourney, settings: GapSettings): GapContext {
  const journey = loaded.data;
  const steps: Step[] = [];
  journey.stages.forEach((stage, stageIndex) =>
    stage.touchpoints.forEach((touchpoint, indexInStage) =>
      steps.push({ touchpoint, stage, stageIndex, indexInStage, index: steps.length, path: stepPath(stageIndex, indexInStage) }),
    ),
  );
  return {
    journey,
    loaded,
    index,
    settings,
    asOf: asOfDate(index.content),
    steps,
    at: (path) => ({ file: loaded.file, ...loaded.at(path) }),
  };
}

/** The reference date for staleness: the setting, else the newest date in the content, so a rebuild gives the same answer. */
export function asOfDate(content: Content): string {
  if (content.config.gaps.as_of) return content.config.gaps.as_of;
  let newest = "";
  for (const { data } of content.kpis) for (const m of data.measurements) if (m.date > newest) newest = m.date;
  for (const { data } of content.journeys) {
    for (const stage of data.stages) for (const tp of stage.touchpoints) for (const e of tp.evidence) if (e.date > newest) newest = e.date;
  }
  return newest || "1970-01-01";
}

export function countBySeverity(gaps: readonly { severity: GapSeverity }[]): Record<GapSeverity, number> {
  const counts: Record<GapSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const gap of gaps) counts[gap.severity]++;
  return counts;
}

export function ruleDescriptions(): { id: GapRuleId; severity: GapSeverity; description: string }[] {
  return ALL_RULES.map((r) => ({ id: r.id, severity: GAP_RULES[r.id], description: r.description }));
}
