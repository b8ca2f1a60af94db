import type { GapRuleId, GapSettings, Journey, Stage, Touchpoint } from "../../model/index.ts";
import type { LoadedJourney, Position } from "../../model/content.ts";
import type { ContentIndex } from "../content-index.ts";

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
  /** The team that owns the fix: the touchpoint's or the KPI's owner. */
  owner?: string;
  location: Location;
}

export interface GapRule {
  id: GapRuleId;
  /** What the rule looks for, for the README and the report's legend. */
  description: string;
  check(context: GapContext): Finding[];
}

export function stepPath(stageIndex: number, indexInStage: number): readonly PropertyKey[] {
  return ["stages", stageIndex, "touchpoints", indexInStage];
}
