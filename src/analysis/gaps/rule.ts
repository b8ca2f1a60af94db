import type { GapRuleId, GapSettings, Journey, Stage, Touchpoint } from "../../model/index.ts";
import type { LoadedJourney, Position } from "../../model/content.ts";
import type { ContentIndex } from "../content-index.ts";
import type { KpiStatus } from "../kpi-status.ts";
import type { RedesignComparison } from "../redesign.ts";
import type { Locale, Messages } from "../../i18n/index.ts";

/** A touchpoint with where it sits: what most rules walk over. */
export interface Step {
  touchpoint: Touchpoint;
  stage: Stage;
  stageIndex: number;
  /** Index within its stage. */
  indexInStage: number;
  /** Index within the whole journey. */
  index: number;
  path: readonly PropertyKey[];
}

export interface GapContext {
  journey: Journey;
  loaded: LoadedJourney;
  index: ContentIndex;
  settings: GapSettings;
  /** The reference date for staleness, `YYYY-MM-DD`. */
  asOf: string;
  steps: Step[];
  /** A KPI's status at the reference date, honouring its cadence: computed once, by the caller. */
  kpiStatus(id: string): KpiStatus | undefined;
  /** For a future-state journey: how it compares with the journey it redesigns. */
  redesign?: RedesignComparison;
  /** The analysis's language: findings are written in it (their ids, positions and severities never change). */
  locale: Locale;
  /** The rules' titles and actions in that language, from the message catalogue. */
  words: Messages["gaps"];
  /** Where a path of the journey's YAML is: `file:line:col`. */
  at(path: readonly PropertyKey[]): Location;
}

export interface Location extends Position {
  file: string;
}

/** What a rule finds; the engine adds the rule id, the severity and the journey. */
export interface Finding {
  /** One line, in plain language, quoting names. */
  title: string;
  /** What to do about it. */
  action: string;
  stage?: string;
  touchpoint?: string;
  kpi?: string;
  /** The critical path the finding is about. */
  path?: string;
  /** The team that owns the fix: the touchpoint's or the KPI's owner. */
  owner?: string;
  location: Location;
}

export interface GapRule {
  id: GapRuleId;
  /** What the rule looks for, for the README and the report's legend. */
  description: string;
  /** The concept it comes from and its seed, e.g. `Importance × satisfaction [003]`: for the README and the report's legend. */
  concept: string;
  check(context: GapContext): Finding[];
}

export function stepPath(stageIndex: number, indexInStage: number): readonly PropertyKey[] {
  return ["stages", stageIndex, "touchpoints", indexInStage];
}

/** The fields every touchpoint finding repeats. */
export function onStep(step: Step): Pick<Finding, "stage" | "touchpoint" | "owner"> {
  return { stage: step.stage.id, touchpoint: step.touchpoint.id, ...(step.touchpoint.owner ? { owner: step.touchpoint.owner } : {}) };
}
