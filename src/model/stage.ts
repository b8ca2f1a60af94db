import { z } from "zod";
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
});

export type Stage = z.output<typeof StageSchema>;
export type StageInput = z.input<typeof StageSchema>;
