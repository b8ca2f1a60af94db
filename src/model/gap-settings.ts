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
  as_of: DateSchema.optional().meta({
    description: "The date staleness is measured from. Default: the newest date in the content (measurements and evidence), so builds stay reproducible.",
  }),
  rules: z
    .partialRecord(z.enum(GAP_RULE_IDS), z.enum(["error", "warning", "info", "off"]))
    .default({})
    .meta({ description: "Change a rule's severity, or turn it `off`, by rule id, e.g. `emotion/weakest-link: off`." }),
});

export type GapSettings = z.output<typeof GapSettingsSchema>;
