import { z } from "zod";
import { acceptedListSchema } from "./accepted.ts";
import { IdSchema, TextSchema, idListSchema } from "./common.ts";
import { TouchpointSchema } from "./touchpoint.ts";

/** An ordered phase of the relationship; teams name their own (awareness, onboarding, renewal, …). */
export const StageSchema = z.strictObject({
  id: IdSchema.meta({ description: "Unique within the journey, e.g. `consideration`." }),
  name: TextSchema.meta({ description: "The stage as the map shows it, e.g. `Consideration`." }),
  goal: TextSchema.optional().meta({ description: "What the customer wants to achieve in this stage." }),
  description: TextSchema.optional().meta({ description: "Context for the stage." }),
  kpis: idListSchema("Ids of the KPI targets that measure this stage.").default([]),
  touchpoints: z.array(TouchpointSchema).default([]).meta({ description: "The touchpoints of this stage, in the order the customer meets them." }),
  single_channel: z.boolean().default(false).meta({
    description:
      "true when one channel is this stage's nature (an in-person visit, an in-app order): it is then not reported as served by a single channel. Default false.",
  }),
  accepted: acceptedListSchema("this stage (not about one of its touchpoints)"),
});

export type Stage = z.output<typeof StageSchema>;
export type StageInput = z.input<typeof StageSchema>;
