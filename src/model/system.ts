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
  sends_to: StatementsSchema.default([]).meta({
    description:
      "Systems this one passes the data it holds on to, by name, e.g. `[CRM]` for a web form whose entries reach the CRM. A later step that uses the CRM then has that data. Names match ignoring case.",
  }),
});

export type System = z.output<typeof SystemSchema>;
export type SystemInput = z.input<typeof SystemSchema>;
