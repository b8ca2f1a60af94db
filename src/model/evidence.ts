import { z } from "zod";
import { DateSchema, TextSchema } from "./common.ts";

export const EVIDENCE_TYPES = ["quote", "photo", "video", "survey", "analytics", "research"] as const;

/** Proof that a touchpoint is as described: what turns a hypothesis into a validated finding (seed 004). */
export const EvidenceSchema = z.strictObject({
  type: z.enum(EVIDENCE_TYPES).meta({
    description:
      "quote (a customer's words), photo, video, survey (a result), analytics (a measured figure) or research (a field note, e.g. AEIOU observations).",
  }),
  text: TextSchema.meta({ description: "The quote, the figure or what the photo/video/note shows." }),
  source: TextSchema.meta({ description: "Where it comes from: interview id, survey name, dashboard, study." }),
  date: DateSchema.meta({ description: "When it was collected, `YYYY-MM-DD`." }),
  url: z.url({ protocol: /^https?$/ }).optional().meta({ description: "An http(s) link to the recording, photo, dashboard or report." }),
});

export type Evidence = z.output<typeof EvidenceSchema>;
export type EvidenceInput = z.input<typeof EvidenceSchema>;
