import { z } from "zod";
import { JourneyAcceptedSchema } from "./accepted.ts";
import { IdSchema, TextSchema, idListSchema } from "./common.ts";
import { PathSchema } from "./path.ts";
import { StageSchema } from "./stage.ts";

export const JOURNEY_STATES = ["current", "future"] as const;

/** One persona's journey with the business, from its first contact to its last, stage by stage. */
export const JourneySchema = z.strictObject({
  id: IdSchema.meta({ description: "Unique across all journeys; the page is `/journeys/<id>/`." }),
  title: TextSchema.meta({ description: "e.g. `Buying a birthday gift online`." }),
  persona: idListSchema("The persona id, or a list of ids, this journey is for."),
  summary: TextSchema.optional().meta({ description: "The customer story: how the business helps this persona with a need." }),
  owner: TextSchema.optional().meta({ description: "The team or person who maintains this map." }),
  state: z.enum(JOURNEY_STATES).default("current").meta({
    description: "current (the journey today, default) or future (a redesign; name the journey it redesigns in `redesigns`).",
  }),
  redesigns: IdSchema.optional().meta({ description: "For a future-state journey: the id of the current-state journey it redesigns." }),
  area: TextSchema.optional().meta({ description: "Product area for grouping; defaults to the journey file's folder under the content folder." }),
  start: TextSchema.optional().meta({ description: "Where the journey starts: as early as possible." }),
  end: TextSchema.optional().meta({ description: "Where the journey ends: as late as possible." }),
  stages: z.array(StageSchema).min(1).meta({ description: "The stages, in order." }),
  paths: z.array(PathSchema).default([]).meta({ description: "The critical paths through the touchpoints, if the journey is not linear." }),
  accepted: z.array(JourneyAcceptedSchema).default([]).meta({
    description:
      "Journey-wide findings the team accepts, each with its reason; a KPI finding names its KPI: `- { rule: kpi/stale, kpi: bank-nps, reason: \"…\" }`.",
  }),
});

export type Journey = z.output<typeof JourneySchema>;
export type JourneyInput = z.input<typeof JourneySchema>;
