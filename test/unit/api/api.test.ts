import { join, relative, resolve } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { ApiGapsSchema, ApiIndexSchema, ApiJourneySchema, ApiKpisSchema, ApiPersonaSchema, apiJsonSchemas } from "../../../src/model/api-schema.ts";
import { buildReport } from "../../../src/output/report-json.ts";
import { copyContent } from "../support/temp-content.ts";
import { apiGaps, apiGapsJsonParts, apiIndex, apiJourney, apiJson, apiKpis, apiPersona } from "../../../src/views/api.ts";

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

  it("api/gaps.json written a journey at a time is the same text as written whole", () => {
    for (const dir of ["test/fixtures/valid", "test/fixtures/hostile", "test/fixtures/rules"]) {
      const fixture = analyse(loadContent({ cwd: ROOT, dir }));
      const parts = [...apiGapsJsonParts(fixture, href)];
      expect(parts.join(""), dir).toBe(apiJson(apiGaps(fixture, href)));
      expect(parts.length, dir).toBeGreaterThan(2);
      // No journeys, no gaps: still the whole document.
      const none = { ...fixture, journeys: [] };
      expect([...apiGapsJsonParts(none, href)].join("")).toBe(apiJson(apiGaps(none, href)));
    }
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
      const first = Buffer.from(await ogPng(j.journey));
      expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
      expect(Buffer.compare(first, Buffer.from(await ogPng(j.journey)))).toBe(0);
    }
  });

  it("draws the same bytes on the build's worker thread as on this one", async () => {
    const { ogCurveSvg, ogPng, pngOfSvg } = await import("../../../src/views/og-image.ts");
    const { handOverOgDrawer, startOgDrawer } = await import("../../../src/views/og-drawer.ts");
    const drawer = startOgDrawer(() => Promise.reject(new Error("drawn on this thread")));
    let drawn = 0;
    handOverOgDrawer({ draw: (svg) => (drawn++, drawer.draw(svg)), stop: () => drawer.stop() });
    try {
      const journeys = analysis.journeys.map((j) => j.journey);
      const fromWorker = await Promise.all(journeys.map((j) => ogPng(j)));
      expect(drawn).toBe(journeys.length);
      for (const [i, j] of journeys.entries()) expect(Buffer.compare(Buffer.from(fromWorker[i]!), Buffer.from(await pngOfSvg(ogCurveSvg(j))))).toBe(0);
      await expect(drawer.draw("<svg")).rejects.toThrow();
    } finally {
      handOverOgDrawer(undefined);
      await drawer.stop();
    }
  });

  it("draws on this thread, with the same bytes, when the worker cannot start", async () => {
    const { ogCurveSvg, pngOfSvg } = await import("../../../src/views/og-image.ts");
    const { startOgDrawer } = await import("../../../src/views/og-drawer.ts");
    let fallbacks = 0;
    const drawer = startOgDrawer((svg) => (fallbacks++, pngOfSvg(svg)), new URL("./no-such-worker.mjs", import.meta.url));
    try {
      const svg = ogCurveSvg(analysis.journeys[0]!.journey);
      const [a, b] = await Promise.all([drawer.draw(svg), drawer.draw(svg)]);
      const c = await drawer.draw(svg);
      expect(fallbacks).toBe(3);
      const expected = Buffer.from(await pngOfSvg(svg));
      for (const png of [a, b, c]) expect(Buffer.compare(Buffer.from(png), expected)).toBe(0);
    } finally {
      await drawer.stop();
    }
  });

  it("names files inside the content's repository, whatever folder the build runs from", () => {
    // The fixture copied outside any repository and built from this one: files are relative to the content folder.
    const dir = copyContent("test/fixtures/valid");
    const outside = analyse(loadContent({ dir, cwd: ROOT }));
    const journey = outside.journeys.find((j) => j.gaps.length > 0)!;
    expect(journey.loaded.file).toMatch(/^\/|^\.\./);
    const doc = apiJourney(outside, journey.id, href);
    expect(doc.file).toBe(relative(dir, resolve(ROOT, journey.loaded.file)));
    expect(doc.file).not.toMatch(/^\/|\.\./);
    expect(doc.gaps.map((g) => g.file)).toEqual(journey.gaps.map(() => doc.file));
    const gaps = apiGaps(outside, href).gaps.filter((g) => g.journey === journey.id);
    expect(gaps.map((g) => g.file)).toEqual(journey.gaps.map(() => doc.file));
    const persona = outside.content.personas[0]!;
    expect(apiPersona(outside, persona.data.id, href).file).toBe(relative(dir, resolve(ROOT, persona.file)));
    // In a repository they are relative to its top folder: the examples here, built from the repository's root.
    expect(apiJourney(analysis, analysis.journeys[0]!.id, href).file).toBe(analysis.journeys[0]!.loaded.file);
  });

  it("writes a well-formed PNG: checked chunks whose pixels are exactly what resvg drew", async () => {
    const { Resvg } = await import("@resvg/resvg-js");
    const { crc32, inflateSync } = await import("node:zlib");
    const { ogCurveSvg, ogPng, OG_WIDTH, OG_HEIGHT } = await import("../../../src/views/og-image.ts");
    const journey = analysis.journeys[0]!.journey;
    const png = Buffer.from(await ogPng(journey));
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const chunks: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const type = png.toString("latin1", at + 4, at + 8);
      const data = png.subarray(at + 8, at + 8 + length);
      expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      chunks.push({ type, data });
      at += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    expect([...chunks[0]!.data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    const rows = inflateSync(chunks[1]!.data);
    const stride = OG_WIDTH * 4;
    expect(rows.length).toBe((stride + 1) * OG_HEIGHT);
    const drawn = new Resvg(ogCurveSvg(journey), { font: { loadSystemFonts: false }, fitTo: { mode: "width", value: OG_WIDTH } }).render().pixels;
    for (let y = 0; y < OG_HEIGHT; y++) {
      expect(rows[y * (stride + 1)], `filter of row ${y}`).toBe(0);
      if (Buffer.compare(rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), drawn.subarray(y * stride, (y + 1) * stride)) !== 0) expect.fail(`row ${y} differs`);
    }
  });
});
