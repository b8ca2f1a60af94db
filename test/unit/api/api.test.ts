import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { ApiGapsSchema, ApiIndexSchema, ApiJourneySchema, ApiKpisSchema, ApiPersonaSchema, apiJsonSchemas } from "../../../src/model/api-schema.ts";
import { buildReport } from "../../../src/output/report-json.ts";
import { apiGaps, apiIndex, apiJourney, apiJson, apiKpis, apiPersona } from "../../../src/views/api.ts";

const ROOT = join(import.meta.dirname, "../../..");
const analysis = analyse(loadContent({ cwd: ROOT }));
const href = (path: string) => `/base${path}`;
const schemas = Object.fromEntries(Object.entries(apiJsonSchemas()).map(([name, text]) => [name, JSON.parse(text) as object]));
const validator = (name: string) => new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schemas[name]!);

describe("the JSON API", () => {
  it("index.json lists every journey, persona and KPI with links under the base path", () => {
    const index = apiIndex(analysis, href, "abc");
    expect(index.version).toBe(buildReport(analysis).version);
    expect(index.journeys.map((j) => j.id)).toEqual(analysis.journeys.map((j) => j.id));
    expect(index.journeys[0]!.api).toBe(`/base/api/journeys/${analysis.journeys[0]!.id}.json`);
    expect(index.personas).toHaveLength(analysis.content.personas.length);
    expect(index.kpis).toHaveLength(analysis.kpis.length);
    expect(ApiIndexSchema.safeParse(index).success).toBe(true);
    expect(validator("index.schema.json")(JSON.parse(apiJson(index)))).toBe(true);
  });

  it("each journey document holds the report's analysis and its curve, and validates against the published schema", () => {
    const validate = validator("journey.schema.json");
    for (const j of analysis.journeys) {
      const doc = JSON.parse(apiJson(apiJourney(analysis, j.id, href)));
      expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(ApiJourneySchema.safeParse(doc).success).toBe(true);
      const report = buildReport(analysis, [j.id]).journeys[0]!;
      expect(doc.health).toEqual(report.health);
      expect(doc.gaps).toEqual(report.gaps);
      expect(doc.kpis).toEqual(report.kpis);
      expect(doc.curve.map((p: { emotion: number }) => p.emotion)).toEqual(j.journey.stages.flatMap((s) => s.touchpoints.map((t) => t.emotion)));
    }
  });

  it("persona, KPI and gap documents validate too", () => {
    const persona = validator("persona.schema.json");
    for (const p of analysis.content.personas) {
      const doc = JSON.parse(apiJson(apiPersona(analysis, p.data.id, href)));
      expect(persona(doc), JSON.stringify(persona.errors?.slice(0, 3))).toBe(true);
      expect(ApiPersonaSchema.safeParse(doc).success).toBe(true);
    }
    const kpis = JSON.parse(apiJson(apiKpis(analysis, href)));
    expect(validator("kpis.schema.json")(kpis)).toBe(true);
    expect(ApiKpisSchema.safeParse(kpis).success).toBe(true);
    const gaps = JSON.parse(apiJson(apiGaps(analysis, href)));
    expect(validator("gaps.schema.json")(gaps)).toBe(true);
    expect(ApiGapsSchema.safeParse(gaps).success).toBe(true);
    expect(gaps.gaps).toHaveLength(analysis.journeys.reduce((n, j) => n + j.gaps.length, 0));
  });

  it("the schema rejects a document of another version or with a field it does not know", () => {
    const validate = validator("journey.schema.json");
    const doc = JSON.parse(apiJson(apiJourney(analysis, analysis.journeys[0]!.id, href)));
    expect(validate({ ...doc, version: 2 })).toBe(false);
    expect(validate({ ...doc, extra: true })).toBe(false);
  });

  it("is byte-stable: the same analysis gives the same text", () => {
    const again = analyse(loadContent({ cwd: ROOT }));
    expect(apiJson(apiGaps(again, href))).toBe(apiJson(apiGaps(analysis, href)));
    expect(apiJson(apiJourney(again, analysis.journeys[0]!.id, href))).toBe(apiJson(apiJourney(analysis, analysis.journeys[0]!.id, href)));
  });
});

describe("the link preview image", () => {
  it("renders each journey's curve to the same PNG bytes every time, without a browser or a font", async () => {
    const { ogCurveSvg, ogPng, OG_WIDTH, OG_HEIGHT } = await import("../../../src/views/og-image.ts");
    for (const j of analysis.journeys) {
      expect(ogCurveSvg(j.journey)).not.toContain("<text");
      const first = Buffer.from(ogPng(j.journey));
      expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
      expect(Buffer.compare(first, Buffer.from(ogPng(j.journey)))).toBe(0);
    }
  });
});
