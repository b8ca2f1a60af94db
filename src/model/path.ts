import { z } from "zod";
import { acceptedListSchema } from "./accepted.ts";
import { IdSchema, TextSchema, idListSchema } from "./common.ts";

/** A route through the journey's touchpoints: customers enter from different places and skip steps (seeds 000, 001, 002). */
export const PathSchema = z.strictObject({
  id: IdSchema.meta({ description: "Unique within the journey, e.g. `social-ad-to-checkout`." }),
  name: TextSchema.meta({ description: "e.g. `From an Instagram ad to first order`." }),
  description: TextSchema.optional().meta({ description: "Who takes this path and why it matters." }),
  touchpoints: z.array(IdSchema).min(2).meta({ description: "Ids of the touchpoints on this path, in the order taken." }),
  priority: z.int().min(1).optional().meta({ description: "Rank among the journey's critical paths, 1 = most critical." }),
  share: z.number().min(0).max(100).optional().meta({ description: "Percent of customers who take this path." }),
  kpis: idListSchema("Ids of the KPIs that measure this path's effectiveness.").default([]),
  accepted: acceptedListSchema("this path"),
});

export type Path = z.output<typeof PathSchema>;
export type PathInput = z.input<typeof PathSchema>;
