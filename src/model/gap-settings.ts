import { z } from "zod";
import { DateSchema } from "./common.ts";

/** Every gap rule the analysis knows, with its default severity; ids are stable (reports and settings use them). */
export const GAP_RULES = {
  "kpi/off-track": "error",
  "kpi/at-risk": "warning",
  "kpi/no-data": "warning",
  "kpi/stale": "warning",
  "stage/no-kpi": "warning",
  "emotion/negative-moment-of-truth": "error",
  "emotion/weakest-link": "info",
  "emotion/sharp-drop": "warning",
  "pain/no-opportunity": "warning",
  "owner/missing": "warning",
  "owner/silo-handoff": "warning",
  "system/missing": "info",
  "data/asked-again": "warning",
  "stage/empty": "warning",
  "stage/single-channel": "info",
  "stage/uncontrolled": "warning",
  "evidence/unvalidated-moment-of-truth": "warning",
  "satisfaction/important-unsatisfied": "warning",
  "path/critical-low-point": "warning",
  "redesign/stage-worse": "error",
  "redesign/dropped-touchpoint": "warning",
  "message/inconsistent-promise": "warning",
} as const satisfies Record<string, GapSeverity>;

export type GapSeverity = "error" | "warning" | "info";
export type GapRuleId = keyof typeof GAP_RULES;
export const GAP_RULE_IDS = Object.keys(GAP_RULES) as GapRuleId[];

export const GapSettingsSchema = z.strictObject({
  stale_after_days: z.int().min(1).default(62).meta({
    description: "A KPI whose latest measurement is older than this many days (before `as_of`) is stale. Default 62: two monthly reports missed.",
  }),
  sharp_drop: z.int().min(1).max(4).default(2).meta({
    description: "An emotion drop of at least this many points between consecutive touchpoints is a gap. Default 2.",
  }),
  important_from: z.int().min(1).max(5).default(4).meta({
    description: "A touchpoint whose `importance` is at least this (1–5) counts as very important to customers. Default 4.",
  }),
  unsatisfied_up_to: z.int().min(1).max(5).default(2).meta({
    description:
      "A touchpoint whose `satisfaction` is at most this (1–5) leaves customers unsatisfied; very important and unsatisfied is the priority quadrant. Default 2.",
  }),
  critical_priority: z.int().min(1).default(3).meta({
    description: "A path whose `priority` is this or better (1 = most critical) is a critical path. Default 3: the top three.",
  }),
  critical_share: z.number().min(0).max(100).default(20).meta({
    description: "A path taken by at least this percent of customers (`share`) is a critical path, whatever its priority. Default 20.",
  }),
  critical_low: z.int().min(-2).max(2).default(-2).meta({
    description: "A critical path whose lowest step has this emotion or worse (-2…+2) is a gap. Default -2: very negative.",
  }),
  as_of: DateSchema.optional().meta({
    description: "The date staleness is measured from. Default: the newest date in the content (measurements and evidence), so builds stay reproducible.",
  }),
  rules: z
    .partialRecord(z.enum(GAP_RULE_IDS), z.enum(["error", "warning", "info", "off"]))
    .default({})
    .meta({ description: "Change a rule's severity, or turn it `off`, by rule id, e.g. `emotion/weakest-link: off`." }),
});

export type GapSettings = z.output<typeof GapSettingsSchema>;
