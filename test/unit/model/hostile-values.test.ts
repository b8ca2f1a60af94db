import { describe, expect, it } from "vitest";
import { KpiSchema, PersonaSchema } from "../../../src/model/index.ts";

const persona = (photo: string) => PersonaSchema.safeParse({ id: "p", name: "P", role: "Buyer", photo }).success;
const kpi = (value: number) =>
  KpiSchema.safeParse({ id: "k", name: "K", unit: "count", direction: "higher", target: 10, measurements: [{ date: "2026-10-31", value }] }).success;

describe("values that would harm the site are refused by the schema", () => {
  it("a persona photo is an https URL or a path under public/, never protocol-relative", () => {
    expect(persona("https://example.com/sanne.jpg")).toBe(true);
    expect(persona("/personas/sanne.jpg")).toBe(true);
    expect(persona("personas/sanne.jpg")).toBe(true);
    expect(persona("//evil.example/x.png")).toBe(false);
    expect(persona("http://example.com/x.png")).toBe(false);
    expect(persona("javascript:alert(1)")).toBe(false);
  });

  it("a KPI value is one a chart can draw", () => {
    expect(kpi(54.2)).toBe(true);
    expect(kpi(-1e15)).toBe(true);
    expect(kpi(1.79e308)).toBe(false);
    expect(kpi(-1.79e308)).toBe(false);
  });
});
