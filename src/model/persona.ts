import { z } from "zod";
import { IdSchema, StatementsSchema, TextSchema } from "./common.ts";

export const EmpathyMapSchema = z.strictObject({
  says: StatementsSchema.default([]).meta({ description: "What they say out loud." }),
  thinks: StatementsSchema.default([]).meta({ description: "What they think but may not say." }),
  does: StatementsSchema.default([]).meta({ description: "What they do: habits, workarounds." }),
  feels: StatementsSchema.default([]).meta({ description: "What they feel: worries, hopes." }),
});

/** One kind of customer, described from research (seeds 001, 004). */
export const PersonaSchema = z.strictObject({
  id: IdSchema.meta({ description: "Unique across personas; journeys name it in `persona`." }),
  name: TextSchema.meta({ description: "A fictitious name, e.g. `Maya Okafor`." }),
  role: TextSchema.meta({ description: "Job title or role in life, e.g. `Operations manager at a 40-person agency`." }),
  age: z.int().min(0).max(120).optional().meta({ description: "Age in years." }),
  location: TextSchema.optional().meta({ description: "Where they live or work." }),
  background: TextSchema.optional().meta({ description: "Education, family, work: what shapes how they decide." }),
  income: TextSchema.optional().meta({ description: "Income level as text, e.g. `€45,000 a year` or `upper-middle`." }),
  goals: StatementsSchema.default([]).meta({ description: "What they want to achieve." }),
  motivations: StatementsSchema.default([]).meta({ description: "Why they act." }),
  challenges: StatementsSchema.default([]).meta({ description: "Personal or professional challenges." }),
  doubts: StatementsSchema.default([]).meta({ description: "The doubts that stop them acting." }),
  quote: TextSchema.optional().meta({ description: "A line that sums them up, in their words." }),
  empathy: EmpathyMapSchema.optional().meta({ description: "Empathy map: says, thinks, does, feels." }),
  // An https URL or a path under public/; never a protocol-relative `//host/…`, which would load over any scheme from anywhere.
  photo: z.string().regex(/^(https:\/\/\S+|\/(?!\/)[^:\s]*|[^/:\s][^:\s]*)$/).optional().meta({ description: "Path under public/ (e.g. `/personas/maya.jpg`) or an https URL." }),
});

export type Persona = z.output<typeof PersonaSchema>;
export type PersonaInput = z.input<typeof PersonaSchema>;
