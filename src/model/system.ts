import { z } from "zod";
import { StatementsSchema, TextSchema } from "./common.ts";

/** A system behind a touchpoint and the data it passes on (seed 000: "technology and data between systems"). */
export const SystemSchema = z.strictObject({
  name: TextSchema.meta({ description: "The system, e.g. `Shopify`, `Salesforce CRM`, `Core banking`." }),
  data: StatementsSchema.optional().meta({
    description: "Data this system captures or passes on at this step, e.g. `order number`, `email address`.",
  }),
  action: TextSchema.optional().meta({
    description: "How the data is passed on, e.g. `webhook to CRM`, `nightly batch export`.",
  }),
});

export type System = z.output<typeof SystemSchema>;
export type SystemInput = z.input<typeof SystemSchema>;
