import { GAP_RULES, type Accepted, type GapRuleId, type GapSettings, type GapSeverity, type JourneyAccepted } from "../model/index.ts";
import type { Content, LoadedJourney } from "../model/content.ts";
import { formatPath, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { ContentIndex } from "./content-index.ts";
import { ALL_RULES } from "./gaps/all-rules.ts";
import { stepPath, type Finding, type GapContext, type Step } from "./gaps/rule.ts";
import type { KpiStatus } from "./kpi-status.ts";
import type { RedesignComparison } from "./redesign.ts";
import { t, type Locale } from "../i18n/index.ts";

export interface Gap extends Finding {
  rule: GapRuleId;
  severity: GapSeverity;
  journey: string;
}

/** A finding the authors accepted where it sits, with their reason: shown, but out of the health score and `--fail-on`. */
export interface AcceptedGap extends Gap {
  accepted: { reason: string };
}

export interface GapInput {
  index: ContentIndex;
  loaded: LoadedJourney;
  settings: GapSettings;
  /** The reference date for staleness, `YYYY-MM-DD`. */
  asOf: string;
  /** A KPI's status at `asOf`, honouring its cadence: computed once by the analysis; the KPI rules read it. */
  kpiStatus(id: string): KpiStatus | undefined;
  /** For a future-state journey: how it compares with the journey it redesigns. */
  redesign?: RedesignComparison;
  /** The language findings are written in; English by default. */
  locale?: Locale;
}

export interface JourneyFindings {
  /** Open findings, most severe first, then in rule order, then in the order of the journey. */
  gaps: Gap[];
  /** Findings an `accepted` item matched, in the same order. */
  accepted: AcceptedGap[];
  /** `accepted/unmatched` warnings: `accepted` items that match no finding any more, at the item. */
  unmatched: Diagnostic[];
}

export const SEVERITY_ORDER: readonly GapSeverity[] = ["error", "warning", "info"];

/** Every rule over one journey; findings the authors accepted are set apart, and acceptances that match nothing reported. */
export function findGaps(input: GapInput): JourneyFindings {
  const { loaded, settings } = input;
  const journeyId = loaded.data.id;
  const context = gapContext(input);
  const found: Gap[] = [];
  ALL_RULES.forEach((rule) => {
    const severity = severityOf(rule.id, settings);
    if (!severity) return;
    for (const finding of rule.check(context)) found.push({ ...finding, rule: rule.id, severity, journey: journeyId });
  });
  const rank = (g: Gap) => SEVERITY_ORDER.indexOf(g.severity);
  const ruleRank = (g: Gap) => ALL_RULES.findIndex((r) => r.id === g.rule);
  const sorted = found
    .map((gap, i) => ({ gap, i }))
    .sort((a, b) => rank(a.gap) - rank(b.gap) || ruleRank(a.gap) - ruleRank(b.gap) || a.i - b.i)
    .map(({ gap }) => gap);
  return applyAccepted(loaded, sorted, settings);
}

function severityOf(rule: GapRuleId, settings: GapSettings): GapSeverity | undefined {
  const chosen = settings.rules[rule];
  if (chosen === "off") return undefined;
  return chosen ?? GAP_RULES[rule];
}

function gapContext(input: GapInput): GapContext {
  const { loaded } = input;
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
    index: input.index,
    settings: input.settings,
    asOf: input.asOf,
    steps,
    kpiStatus: input.kpiStatus,
    redesign: input.redesign,
    locale: input.locale ?? "en",
    words: t(input.locale ?? "en").gaps,
    at: (path) => ({ file: loaded.file, ...loaded.at(path) }),
  };
}

/** An `accepted` item of the journey, with where it sits. */
interface Acceptance {
  item: Accepted | JourneyAccepted;
  path: readonly PropertyKey[];
  used: boolean;
}

/**
 * Where a finding is accepted: at its own location. A KPI finding → the journey's item naming that KPI;
 * a path finding → the path's (or its low step's); a touchpoint finding → the touchpoint's; a stage
 * finding → the stage's; anything else → the journey's items without `kpi`. A dropped touchpoint is
 * reported at the journey's `redesigns`, so the journey's items accept it too.
 */
function applyAccepted(loaded: LoadedJourney, gaps: Gap[], settings: GapSettings): JourneyFindings {
  const journey = loaded.data;
  const list = (items: readonly (Accepted | JourneyAccepted)[], path: readonly PropertyKey[]): Acceptance[] =>
    items.map((item, i) => ({ item, path: [...path, "accepted", i], used: false }));
  const byTouchpoint = new Map<string, Acceptance[]>();
  const byStage = new Map<string, Acceptance[]>();
  const byPath = new Map<string, Acceptance[]>();
  const all: Acceptance[] = [];
  const keep = <K>(map: Map<K, Acceptance[]>, key: K, items: Acceptance[]) => {
    if (!map.has(key)) map.set(key, items);
    all.push(...items);
  };
  journey.stages.forEach((stage, s) => {
    keep(byStage, stage.id, list(stage.accepted, ["stages", s]));
    stage.touchpoints.forEach((t, i) => keep(byTouchpoint, t.id, list(t.accepted, stepPath(s, i))));
  });
  journey.paths.forEach((p, i) => keep(byPath, p.id, list(p.accepted, ["paths", i])));
  const journeyItems = list(journey.accepted, []);
  all.push(...journeyItems);

  const candidates = (gap: Gap): Acceptance[] => {
    if (gap.kpi !== undefined) return journeyItems.filter((a) => "kpi" in a.item && a.item.kpi === gap.kpi);
    const plain = journeyItems.filter((a) => !("kpi" in a.item) || a.item.kpi === undefined);
    if (gap.path !== undefined) return [...(byPath.get(gap.path) ?? []), ...(gap.touchpoint ? (byTouchpoint.get(gap.touchpoint) ?? []) : [])];
    if (gap.touchpoint !== undefined) return byTouchpoint.get(gap.touchpoint) ?? [];
    if (gap.rule === "redesign/dropped-touchpoint") return [...plain, ...(gap.stage ? (byStage.get(gap.stage) ?? []) : [])];
    if (gap.stage !== undefined) return byStage.get(gap.stage) ?? [];
    return plain;
  };

  const open: Gap[] = [];
  const accepted: AcceptedGap[] = [];
  for (const gap of gaps) {
    const matches = candidates(gap).filter((a) => a.item.rule === gap.rule);
    if (matches.length === 0) {
      open.push(gap);
      continue;
    }
    for (const m of matches) m.used = true;
    accepted.push({ ...gap, accepted: { reason: matches[0]!.item.reason } });
  }
  const unmatched = all
    .filter((a) => !a.used)
    .map((a): Diagnostic => {
      const off = settings.rules[a.item.rule] === "off";
      const kpi = "kpi" in a.item && a.item.kpi ? ` about KPI \`${a.item.kpi}\`` : "";
      return {
        severity: "warning",
        rule: "accepted/unmatched",
        message: `accepted \`${a.item.rule}\`${kpi} matches no finding here any more`,
        hint: off
          ? `the rule is turned off in journeymap.config.yaml; remove this acceptance`
          : "the problem is fixed or has moved: remove this acceptance, or move it to where the finding is now",
        file: loaded.file,
        ...loaded.at(a.path),
        path: formatPath(a.path),
      };
    });
  return { gaps: open, accepted, unmatched };
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

export function ruleDescriptions(): { id: GapRuleId; severity: GapSeverity; description: string; concept: string }[] {
  return ALL_RULES.map((r) => ({ id: r.id, severity: GAP_RULES[r.id], description: r.description, concept: r.concept }));
}
