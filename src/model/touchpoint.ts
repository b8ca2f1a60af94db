import { z } from "zod";
import { ChannelSchema } from "./channel.ts";
import { acceptedListSchema } from "./accepted.ts";
import { IdSchema, StatementsSchema, TextSchema, idListSchema } from "./common.ts";
import { EvidenceSchema } from "./evidence.ts";
import { SystemSchema } from "./system.ts";
import { EMOTION_MAX, EMOTION_MIN } from "./vocabulary.ts";

export const CONTROLS = ["owned", "paid", "earned", "third-party"] as const;
export const CONFIDENCES = ["hypothesis", "validated"] as const;
/** Suggested categories (seed 001); any other lower-case id is a custom category. */
export const KNOWN_CATEGORIES = [
  "before-purchase",
  "during-purchase",
  "after-purchase",
  "marketing-reach",
  "sales-interaction",
  "customer-initiated",
  "feedback",
] as const;

const ScaleSchema = z.int().min(1).max(5);

/** Where an opportunity stands on the backlog [004: opportunities and actions]. */
export const OPPORTUNITY_STATUSES = ["idea", "planned", "in-progress", "done", "dropped"] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** An idea or action for a touchpoint: a plain sentence is an idea nobody has taken on yet. */
export const OpportunitySchema = z.union([
  TextSchema.transform((text): Opportunity => ({ text, status: "idea" })),
  z.strictObject({
    text: TextSchema.meta({ description: "The idea or action, in a sentence." }),
    owner: TextSchema.optional().meta({ description: "The team that takes it on; default the touchpoint's owner." }),
    status: z.enum(OPPORTUNITY_STATUSES).default("idea").meta({ description: "idea (default), planned, in-progress, done or dropped." }),
  }),
]);
export type Opportunity = { text: string; owner?: string; status: OpportunityStatus };

/** Any interaction between the business and the customer that affects how they think and feel. */
export const TouchpointSchema = z.strictObject({
  id: IdSchema.meta({ description: "Unique within the journey; the map links to it as `#id`." }),
  name: TextSchema.meta({ description: "What the customer meets, e.g. `Product page`, `Welcome call`." }),
  description: TextSchema.optional().meta({ description: "A sentence or two of context." }),
  channel: ChannelSchema,
  category: z.union([z.enum(KNOWN_CATEGORIES), IdSchema]).optional().meta({
    description:
      "Grouping of the touchpoint: before-purchase, during-purchase, after-purchase, marketing-reach, sales-interaction, customer-initiated, feedback, or a custom id.",
  }),
  control: z.enum(CONTROLS).default("owned").meta({
    description:
      "Who controls it: owned (the business), paid (bought media), earned (press, shares), third-party (reviews, marketplaces, carriers). Default: owned.",
  }),
  owner: TextSchema.optional().meta({ description: "The team responsible for this touchpoint, e.g. `E-commerce`." }),
  does: TextSchema.optional().meta({ description: "What the customer does here." }),
  thinks: TextSchema.optional().meta({ description: "What the customer thinks here, in their words." }),
  feels: TextSchema.optional().meta({ description: "How the customer feels here, in words." }),
  emotion: z.int().min(EMOTION_MIN).max(EMOTION_MAX).meta({
    description: "How the customer feels, from -2 (very negative) through 0 (neutral) to +2 (very positive).",
  }),
  emotions: z
    .record(IdSchema, z.int().min(EMOTION_MIN).max(EMOTION_MAX))
    .optional()
    .meta({
      description:
        "For a journey with several personas: how each feels here, by persona id, e.g. `{ ops-lead: -1, finance-admin: 1 }`. `emotion` stays the touchpoint's overall score; a persona not listed feels `emotion`.",
    }),
  pains: StatementsSchema.default([]).meta({ description: "Pain points: what frustrates or blocks the customer." }),
  highlights: StatementsSchema.default([]).meta({ description: "Bright spots: what works well and delights." }),
  opportunities: z
    .union([z.array(OpportunitySchema), OpportunitySchema])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .default([])
    .meta({
      description:
        "Ideas and actions to improve this touchpoint: a sentence, or `{ text, owner, status }` to track it on the opportunity backlog (status: idea, planned, in-progress, done, dropped).",
    }),
  moment_of_truth: z.boolean().default(false).meta({
    description: "true when a bad experience here loses the customer and a good one wins them (default false).",
  }),
  importance: ScaleSchema.optional().meta({ description: "How much this step matters to the customer, 1 (little) to 5 (a lot)." }),
  satisfaction: ScaleSchema.optional().meta({ description: "How satisfied customers are with it today, 1 (not at all) to 5 (fully)." }),
  systems: z.array(SystemSchema).default([]).meta({ description: "The systems behind this touchpoint and the data each passes on." }),
  needs: StatementsSchema.default([]).meta({
    description: "Data this step needs that the customer should not have to give again, e.g. `order number`.",
  }),
  evidence: z.array(EvidenceSchema).default([]).meta({ description: "Quotes, photos, videos, survey results, analytics, research notes." }),
  confidence: z.enum(CONFIDENCES).default("hypothesis").meta({
    description: "hypothesis (default: what the team believes) or validated (checked with real customers; add evidence).",
  }),
  kpis: idListSchema("Ids of the KPIs measured at this touchpoint.").default([]),
  promises: z
    .record(IdSchema, z.union([TextSchema, z.number()]))
    .default({})
    .meta({
      description:
        "What this touchpoint promises the customer, as key: value, e.g. `{ delivery: 2 working days, shipping-cost: 4.95 }`. Two touchpoints promising different values for one key are an inconsistent message.",
    }),
  accepted: acceptedListSchema("this touchpoint"),
});

export type Touchpoint = z.output<typeof TouchpointSchema>;
export type TouchpointInput = z.input<typeof TouchpointSchema>;
