import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { kpiStatus } from "../../../src/analysis/kpi-status.ts";
import { discoverContent } from "../../../src/load/discover.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { JourneySchema, KpiSchema, PersonaSchema } from "../../../src/model/index.ts";

const content = loadContent();

describe("the example content a new user sees first", () => {
  it("is valid: no errors and no warnings", () => {
    expect(content.diagnostics).toEqual([]);
  });

  it("has at least three journeys from different areas, one of them a future state paired with its current state", () => {
    expect(content.journeys.length).toBeGreaterThanOrEqual(3);
    expect(new Set(content.journeys.map((j) => j.area)).size).toBeGreaterThanOrEqual(3);
    const future = content.journeys.find((j) => j.data.state === "future");
    expect(content.journeys.find((j) => j.data.id === future?.data.redesigns)?.data.state).toBe("current");
  });

  it("has at least three personas and a KPI for every stage, with several measurements, some on target and some off", () => {
    expect(content.personas.length).toBeGreaterThanOrEqual(3);
    const measured = new Set(content.kpis.flatMap((k) => k.data.stages));
    for (const { data: journey } of content.journeys) {
      for (const stage of journey.stages) {
        expect(stage.kpis.length > 0 || measured.has(`${journey.id}/${stage.id}`), `${journey.id}/${stage.id}`).toBe(true);
      }
    }
    for (const { data: kpi } of content.kpis) expect(kpi.measurements.length, kpi.id).toBeGreaterThanOrEqual(3);
    const statuses = new Set(content.kpis.map((k) => kpiStatus(k.data).status));
    expect(statuses).toContain("on-track");
    expect(statuses).toContain("off-track");
  });

  it("every file names its JSON Schema on the first line, so editors complete and check it", () => {
    for (const file of discoverContent(content.dir)) {
      const first = readFileSync(file.path, "utf8").split("\n")[0]!;
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(match, file.relative).not.toBeNull();
      const schema = resolve(dirname(file.path), match![1]!);
      expect(existsSync(schema), `${file.relative} → ${match![1]}`).toBe(true);
      expect(schema.endsWith(`${file.kind}.schema.json`), file.relative).toBe(true);
    }
  });
});

describe("the schemas", () => {
  it("turn single values into lists and fill in the documented defaults", () => {
    const tp = { id: "a", name: "A", channel: "web", emotion: 0, pains: "One pain", kpis: "k" };
    const journey = JourneySchema.parse({ id: "j", title: "J", persona: "p", stages: [{ id: "s", name: "S", touchpoints: [tp] }] });
    expect(journey).toMatchObject({ persona: ["p"], state: "current", paths: [] });
    expect(journey.stages[0]!.touchpoints[0]).toMatchObject({ pains: ["One pain"], kpis: ["k"], control: "owned", confidence: "hypothesis", moment_of_truth: false, evidence: [] });
    expect(PersonaSchema.parse({ id: "p", name: "P", role: "R", doubts: "Will it arrive?" }).doubts).toEqual(["Will it arrive?"]);
  });

  it("reject values outside the model", () => {
    const tp = (extra: object) => ({ id: "a", name: "A", channel: "web", emotion: 0, ...extra });
    const journey = (touchpoint: object) => ({ id: "j", title: "J", persona: "p", stages: [{ id: "s", name: "S", touchpoints: [touchpoint] }] });
    expect(JourneySchema.safeParse(journey(tp({ emotion: 3 }))).success).toBe(false);
    expect(JourneySchema.safeParse(journey(tp({ emotion: 1.5 }))).success).toBe(false);
    expect(JourneySchema.safeParse(journey(tp({ importance: 6 }))).success).toBe(false);
    expect(JourneySchema.safeParse(journey(tp({ control: "rented" }))).success).toBe(false);
    expect(JourneySchema.safeParse(journey(tp({ id: "Not An Id" }))).success).toBe(false);
    expect(JourneySchema.safeParse(journey(tp({ evidence: [{ type: "quote", text: "t", source: "s", date: "2026-1-1" }] }))).success).toBe(false);
    expect(JourneySchema.safeParse({ ...journey(tp({})), stages: [] }).success).toBe(false);
    expect(KpiSchema.safeParse({ id: "k", name: "K", unit: "percent", direction: "up", target: 1 }).success).toBe(false);
    expect(KpiSchema.safeParse({ id: "k", name: "K", unit: "currency", direction: "higher", target: 1 }).success).toBe(false);
    expect(PersonaSchema.safeParse({ id: "p", name: "P", role: "R", photo: "javascript:alert(1)" }).success).toBe(false);
  });
});
