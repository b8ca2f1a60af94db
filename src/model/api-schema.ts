import { z } from "zod";
import { GAP_RULE_IDS } from "./gap-settings.ts";
import { JourneySchema } from "./journey.ts";
import { KPI_CADENCES, KPI_DIRECTIONS, KPI_UNITS, MeasurementSchema } from "./kpi.ts";
import { PersonaSchema } from "./persona.ts";

/**
 * The static JSON API the site publishes in `api/` (documented in the README): what BI tools and other sites read
 * instead of running the CLI. Versioned like `journeymap report --format json`: `version` goes up on a breaking change.
 * Its JSON Schema is generated from these schemas and published beside it, in `api/schema/`.
 */
export const API_VERSION = 1;

const Version = z.literal(API_VERSION).meta({ description: "The API's version; it changes only on a breaking change." });
const AsOf = z.iso.date().meta({ description: "The reference date the statuses and staleness are judged at, `YYYY-MM-DD`." });
const Page = z.string().meta({ description: "The page on the site, as a site-absolute path (with the base path)." });
const Api = z.string().meta({ description: "This item's own API document, as a site-absolute path." });
const Severity = z.enum(["error", "warning", "info"]);
const KpiStatusName = z.enum(["on-track", "at-risk", "off-track", "no-data"]);

export const HealthSchema = z.strictObject({
  score: z.number().meta({ description: "0–100: 40 % emotion, 30 % KPIs, 30 % gaps." }),
  emotion: z.number(),
  kpis: z.number(),
  gaps: z.number(),
});

export const GapSchema = z.strictObject({
  rule: z.enum(GAP_RULE_IDS),
  severity: Severity,
  title: z.string(),
  action: z.string().meta({ description: "The suggested action." }),
  stage: z.string().optional(),
  touchpoint: z.string().optional(),
  kpi: z.string().optional(),
  path: z.string().optional(),
  owner: z.string().optional().meta({ description: "The team that owns the fix." }),
  file: z.string(),
  line: z.int(),
  col: z.int(),
});

export const KpiStatusSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  unit: z.enum(KPI_UNITS),
  currency: z.string().optional(),
  direction: z.enum(KPI_DIRECTIONS),
  target: z.number(),
  warning: z.number().optional(),
  cadence: z.enum(KPI_CADENCES).optional(),
  status: KpiStatusName,
  latest: z.strictObject({ date: z.string(), value: z.number() }).optional(),
  trend: z.enum(["improving", "worsening", "flat", "unknown"]),
  stale: z.boolean(),
  age: z.int().optional().meta({ description: "Days from the latest measurement to `asOf`." }),
  owner: z.string().optional(),
  stage: z.string().optional().meta({ description: "The first stage of this journey the KPI measures." }),
});

const GapCounts = z.strictObject({ error: z.int(), warning: z.int(), info: z.int() });

/** `api/index.json`. */
export const ApiIndexSchema = z.strictObject({
  version: Version,
  title: z.string(),
  asOf: AsOf,
  commit: z.string().optional().meta({ description: "The commit the site was built from, when known." }),
  links: z.strictObject({ kpis: Api, gaps: Api, schemas: z.string().meta({ description: "The folder of the JSON Schemas." }) }),
  journeys: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      state: z.enum(["current", "future"]),
      area: z.string().optional(),
      personas: z.array(z.string()),
      health: z.number(),
      gaps: GapCounts,
      href: Page,
      api: Api,
    }),
  ),
  personas: z.array(z.strictObject({ id: z.string(), name: z.string(), role: z.string(), href: Page, api: Api })),
  kpis: z.array(z.strictObject({ id: z.string(), name: z.string(), status: KpiStatusName, href: Page })),
});

/** `api/journeys/<id>.json`: the journey as validated (defaults filled in), with its analysis. */
export const ApiJourneySchema = z.strictObject({
  version: Version,
  asOf: AsOf,
  id: z.string(),
  area: z.string().optional(),
  file: z.string().meta({ description: "The YAML file, relative to the content repository." }),
  href: Page,
  journey: JourneySchema,
  health: HealthSchema,
  gaps: z.array(GapSchema).meta({ description: "Open gaps, most severe first." }),
  accepted: z.array(GapSchema.extend({ reason: z.string() })).meta({ description: "Findings the authors accepted, with their reason." }),
  kpis: z.array(KpiStatusSchema),
  curve: z
    .array(
      z.strictObject({
        touchpoint: z.string(),
        name: z.string(),
        stage: z.string(),
        index: z.int().meta({ description: "0-based position along the journey." }),
        emotion: z.int().min(-2).max(2),
        momentOfTruth: z.boolean(),
        href: Page,
      }),
    )
    .meta({ description: "The emotion curve: one point per touchpoint, in journey order." }),
});

/** `api/personas/<id>.json`. */
export const ApiPersonaSchema = z.strictObject({
  version: Version,
  id: z.string(),
  file: z.string(),
  href: Page,
  persona: PersonaSchema,
  journeys: z.array(z.strictObject({ id: z.string(), title: z.string(), href: Page, api: Api })),
});

/** `api/kpis.json`. */
export const ApiKpisSchema = z.strictObject({
  version: Version,
  asOf: AsOf,
  kpis: z.array(
    KpiStatusSchema.omit({ stage: true }).extend({
      description: z.string().optional(),
      source: z.string().optional(),
      measurements: z.array(MeasurementSchema),
      journeys: z.array(z.string()).meta({ description: "Ids of the journeys it measures." }),
      href: Page,
    }),
  ),
});

/** `api/gaps.json`: every open gap of every journey. */
export const ApiGapsSchema = z.strictObject({
  version: Version,
  asOf: AsOf,
  totals: GapCounts.extend({ accepted: z.int() }),
  gaps: z.array(GapSchema.extend({ journey: z.string(), href: Page })),
});

export type ApiIndex = z.output<typeof ApiIndexSchema>;
export type ApiJourney = z.output<typeof ApiJourneySchema>;
export type ApiPersona = z.output<typeof ApiPersonaSchema>;
export type ApiKpis = z.output<typeof ApiKpisSchema>;
export type ApiGaps = z.output<typeof ApiGapsSchema>;

/** The API's JSON Schema files, published in `api/schema/`: file name → text. */
export function apiJsonSchemas(): Record<string, string> {
  const files: Record<string, [z.ZodType, string]> = {
    "index.schema.json": [ApiIndexSchema, "journeymap API: api/index.json"],
    "journey.schema.json": [ApiJourneySchema, "journeymap API: api/journeys/<id>.json"],
    "persona.schema.json": [ApiPersonaSchema, "journeymap API: api/personas/<id>.json"],
    "kpis.schema.json": [ApiKpisSchema, "journeymap API: api/kpis.json"],
    "gaps.schema.json": [ApiGapsSchema, "journeymap API: api/gaps.json"],
  };
  const out: Record<string, string> = {};
  for (const [name, [schema, title]] of Object.entries(files)) {
    // `input`: the content's own schemas transform (a single string becomes a list); what the API holds is
    // already the transformed form, which the input side accepts too.
    const json = z.toJSONSchema(schema, { io: "input", target: "draft-07", unrepresentable: "any" });
    out[name] = `${JSON.stringify({ ...json, title }, null, 2)}\n`;
  }
  return out;
}
