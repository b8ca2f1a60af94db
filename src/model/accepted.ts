import { z } from "zod";
import { IdSchema, TextSchema } from "./common.ts";
import { GAP_RULE_IDS } from "./gap-settings.ts";

const rule = z.enum(GAP_RULE_IDS).meta({
  description: "The id of the gap rule whose finding is accepted here, e.g. `owner/silo-handoff`.",
});
const reason = TextSchema.min(10).meta({
  description: "Why the team accepts it (at least 10 characters): what was decided, by whom, until when. Shown next to the finding.",
});

/**
 * A finding the team has looked at and accepts, with its reason: like a lint suppression with a justification.
 * It sits where the finding is: on the touchpoint, the stage or the path the finding is about.
 */
export const AcceptedSchema = z.strictObject({ rule, reason }).meta({
  description: "An accepted finding: `{ rule: <gap rule id>, reason: <why> }`. It leaves the health score and `--fail-on`, and stays visible as accepted.",
});

/** On a journey, an accepted finding may name the KPI it is about (KPI findings are accepted per journey). */
export const JourneyAcceptedSchema = z
  .strictObject({
    rule,
    reason,
    kpi: IdSchema.optional().meta({ description: "For a KPI finding (`kpi/…` rules): the id of the KPI it is about." }),
  })
  .meta({
    description:
      "An accepted journey-wide finding: `{ rule, reason }`, or for a KPI finding `{ rule, kpi, reason }`. It leaves the health score and `--fail-on`, and stays visible as accepted.",
  });

export function acceptedListSchema(where: string) {
  return z.array(AcceptedSchema).default([]).meta({
    description: `Findings about ${where} that the team accepts, each with its reason, e.g. \`- { rule: owner/silo-handoff, reason: "…" }\`.`,
  });
}

export type Accepted = z.output<typeof AcceptedSchema>;
export type JourneyAccepted = z.output<typeof JourneyAcceptedSchema>;
