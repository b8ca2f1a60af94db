import { z } from "zod";
import { ConfigSchema } from "./config.ts";
import { JourneySchema } from "./journey.ts";
import { KpiSchema } from "./kpi.ts";
import { PersonaSchema } from "./persona.ts";

/** The JSON Schema files editors use for completion and checks, generated from the zod model: file name → text. */
export function jsonSchemas(): Record<string, string> {
  const files: Record<string, [z.ZodType, string]> = {
    "journey.schema.json": [JourneySchema, "journeymap journey: a persona's stages and touchpoints"],
    "persona.schema.json": [PersonaSchema, "journeymap persona"],
    "kpi.schema.json": [KpiSchema, "journeymap KPI target with its measurements"],
    "config.schema.json": [ConfigSchema, "journeymap settings (journeymap.config.yaml)"],
  };
  const out: Record<string, string> = {};
  for (const [name, [schema, title]] of Object.entries(files)) {
    // draft-07: the draft the YAML language server supports best. `input`: what authors write, before defaults.
    const json = z.toJSONSchema(schema, { io: "input", target: "draft-07" });
    out[name] = `${JSON.stringify({ ...json, title }, null, 2)}\n`;
  }
  return out;
}
