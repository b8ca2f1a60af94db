import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/load/load-content.ts";
import { copyContent, edit, lineOf, write } from "../support/temp-content.ts";

const VALID = "test/fixtures/valid";
const JOURNEY = "shop/purchase.yaml";

function problems(dir: string) {
  return loadContent({ root: dir, dir }).diagnostics.map((d) => ({ ...d, file: d.file.slice(d.file.indexOf(dir.split("/").pop()!) + dir.split("/").pop()!.length + 1) }));
}

describe("checks across files", () => {
  it("the valid fixture has no problems and loads every file", () => {
    const content = loadContent({ root: VALID, dir: VALID });
    expect(content.diagnostics).toEqual([]);
    expect(content.journeys.map((j) => [j.data.id, j.area])).toEqual([["purchase-future", "shop"], ["purchase", "shop"]]);
    expect(content.personas).toHaveLength(2);
    expect(content.kpis).toHaveLength(3);
  });

  it("an unknown persona is reported at its line with a did-you-mean", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "persona: ana", "persona: anna");
    expect(problems(dir)).toContainEqual(expect.objectContaining({
      rule: "ref/unknown-persona", file: JOURNEY, line: lineOf(dir, JOURNEY, "persona: anna"), col: 10,
      message: "persona `anna` does not exist", hint: "did you mean `ana`?",
    }));
  });

  it("an unknown persona with no close match lists the known ones", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "persona: ana", "persona: [ana, zoe-kowalski]");
    expect(problems(dir)).toContainEqual(expect.objectContaining({ rule: "ref/unknown-persona", hint: "known personas: ana, leo", col: 16 }));
  });

  it("an unknown KPI on a stage or touchpoint is reported where it is named", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "kpis: conversion", "kpis: convertion");
    expect(problems(dir)).toContainEqual(expect.objectContaining({
      rule: "ref/unknown-kpi", line: lineOf(dir, JOURNEY, "kpis: convertion"), message: "KPI `convertion` does not exist", hint: "did you mean `conversion`?",
    }));
  });

  it("a duplicated touchpoint id is reported at the second one, naming the first's line", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "id: pay", "id: sign-up");
    const first = lineOf(dir, JOURNEY, "id: sign-up");
    const found = problems(dir).find((d) => d.rule === "ref/duplicate-id");
    expect(found).toMatchObject({ file: JOURNEY, message: `touchpoint id \`sign-up\` is already used at line ${first} of this journey` });
    expect(found!.line).toBeGreaterThan(first);
  });

  it("a touchpoint id the journey page already uses as an anchor is refused where it is written", () => {
    for (const [taken, what] of [["gaps", "a part of the journey page"], ["curve-part-2", "a part of the journey page"], ["sign-up-name", "the name of touchpoint `sign-up`"]] as const) {
      const dir = copyContent(VALID);
      edit(dir, JOURNEY, "id: pay", `id: ${taken}`);
      edit(dir, JOURNEY, "social-ad, pay,", `social-ad, ${taken},`);
      const found = problems(dir).filter((d) => d.rule === "ref/taken-anchor");
      expect(found).toEqual([expect.objectContaining({
        file: JOURNEY, line: lineOf(dir, JOURNEY, `id: ${taken}`), severity: "error",
        message: `touchpoint id \`${taken}\` is already the anchor of ${what}: a link to the touchpoint would land there`, hint: `choose another id, e.g. \`${taken}-step\``,
      })]);
    }
    // A stage's anchor is `stage-<id>`: a touchpoint may not take it, but may be called like the stage itself.
    const dir = copyContent(VALID);
    const stage = /- id: ([a-z0-9-]+)\n\s+name:/.exec(readFileSync(join(dir, JOURNEY), "utf8"))![1]!;
    edit(dir, JOURNEY, "id: pay", `id: stage-${stage}`);
    edit(dir, JOURNEY, "social-ad, pay,", `social-ad, stage-${stage},`);
    expect(problems(dir).filter((d) => d.rule === "ref/taken-anchor").map((d) => d.message)).toEqual([`touchpoint id \`stage-${stage}\` is already the anchor of stage \`${stage}\` on the map: a link to the touchpoint would land there`]);
  });

  it("a journey id used by two files is reported in the second file with the first's place", () => {
    const dir = copyContent(VALID);
    edit(dir, "shop/purchase-future.yaml", "id: purchase-future", "id: purchase");
    expect(problems(dir)).toContainEqual(expect.objectContaining({
      rule: "ref/duplicate-id", file: "shop/purchase.yaml", line: lineOf(dir, JOURNEY, "id: purchase"), col: 5,
      message: expect.stringMatching(/^journey id `purchase` is already used in \S*shop\/purchase-future\.yaml:1$/),
    }));
  });

  it("a future-state journey must name a current-state journey that exists", () => {
    const dir = copyContent(VALID);
    edit(dir, "shop/purchase-future.yaml", "redesigns: purchase", "redesigns: purchse");
    expect(problems(dir)).toContainEqual(expect.objectContaining({ rule: "ref/unknown-journey", message: "journey `purchse` does not exist", hint: "did you mean `purchase`?" }));
    edit(dir, "shop/purchase-future.yaml", "redesigns: purchse\n", "");
    expect(problems(dir)).toContainEqual(expect.objectContaining({ rule: "ref/future-without-current", line: lineOf(dir, "shop/purchase-future.yaml", "state: future") }));
  });

  it("a current-state journey cannot redesign another, and a redesign must target a current one", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "state: current", "state: current\nredesigns: purchase-future");
    const rules = problems(dir).map((d) => d.rule);
    expect(rules).toContain("ref/redesign-of-current");
    edit(dir, JOURNEY, "state: current", "state: future");
    expect(problems(dir).map((d) => d.rule)).toContain("ref/redesign-of-future");
  });

  it("an unknown channel gets a suggestion; custom channels come from the config", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "channel: social", "channel: socal");
    expect(problems(dir)).toContainEqual(expect.objectContaining({ rule: "ref/unknown-channel", message: "channel `socal` is not a known channel" }));
    expect(problems(dir).find((d) => d.rule === "ref/unknown-channel")?.hint).toMatch(/^did you mean `social`\?/);
    edit(dir, JOURNEY, "channel: socal", "channel: kiosk");
    write(dir, "journeymap.config.yaml", "content: .\nchannels:\n  - { id: kiosk, label: Kiosk, online: false }\n");
    // The config lives in the content folder here, so it is not a journey: keep it out by loading from a root.
    const rules = loadContent({ root: dir, dir }).diagnostics.filter((d) => d.rule === "ref/unknown-channel");
    expect(rules).toEqual([]);
  });

  it("a KPI's stage must exist in the journey it names", () => {
    const dir = copyContent(VALID);
    edit(dir, "kpis/conversion.yaml", "purchase/checkout", "purchase/chekout");
    expect(problems(dir)).toContainEqual(expect.objectContaining({ rule: "ref/unknown-stage", file: "kpis/conversion.yaml", line: 7, hint: "did you mean `purchase/checkout`?" }));
  });

  it("a path can only pass through touchpoints of its journey", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "[social-ad, pay, parcel]", "[social-ad, payment, parcel]");
    expect(problems(dir)).toContainEqual(expect.objectContaining({ rule: "ref/unknown-touchpoint", message: "touchpoint `payment` is not in journey `purchase`" }));
  });

  it("warns about a persona in no journey and a touchpoint marked validated without evidence", () => {
    const dir = copyContent(VALID);
    edit(dir, "shop/purchase-future.yaml", "persona: [ana, leo]", "persona: ana");
    edit(dir, JOURNEY, "emotion: 2", "emotion: 2\n        confidence: validated");
    const warnings = problems(dir).filter((d) => d.severity === "warning").map((d) => d.rule);
    expect(warnings.sort()).toEqual(["evidence/validated-without-evidence", "ref/unused-persona"]);
  });

  it("reports problems of every file in one run, sorted by file and line", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "emotion: 1", "emotion: banana");
    edit(dir, "kpis/reach.yaml", "unit: count", "unit: counts");
    edit(dir, "personas/leo.yaml", "role: Student", "rol: Student");
    const found = problems(dir).map((d) => `${d.file} ${d.rule}`);
    expect(found).toEqual([
      "kpis/reach.yaml schema/invalid-value",
      "personas/leo.yaml schema/unknown-field",
      "shop/purchase.yaml schema/invalid-type",
    ]);
  });
});

describe("a file that fails the schema still has its references checked (all problems in one run)", () => {
  it("an invalid emotion in one touchpoint and an unknown persona elsewhere are both reported", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "emotion: 1", "emotion: banana");
    edit(dir, JOURNEY, "persona: ana", "persona: anna");
    const found = problems(dir).filter((d) => d.file === JOURNEY);
    expect(found).toContainEqual(expect.objectContaining({ rule: "schema/invalid-type", line: lineOf(dir, JOURNEY, "emotion: banana") }));
    expect(found).toContainEqual(expect.objectContaining({
      rule: "ref/unknown-persona", line: lineOf(dir, JOURNEY, "persona: anna"), col: 10, message: "persona `anna` does not exist", hint: "did you mean `ana`?",
    }));
  });

  it("unknown KPIs, channels and path touchpoints of a broken journey are reported; badly formed ones only once", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "emotion: 1", "emotion: banana");
    edit(dir, JOURNEY, "kpis: [reach]", "kpis: [rech]");
    edit(dir, JOURNEY, "kpis: conversion", "kpis: Conversion");
    edit(dir, JOURNEY, "channel: delivery", "channel: delivry");
    edit(dir, JOURNEY, "[social-ad, pay, parcel]", "[social-ad, payment, parcel]");
    const rules = problems(dir).filter((d) => d.file === JOURNEY).map((d) => `${d.rule} ${d.message}`);
    expect(rules).toEqual(expect.arrayContaining([
      "ref/unknown-kpi KPI `rech` does not exist",
      "ref/unknown-channel channel `delivry` is not a known channel",
      "ref/unknown-touchpoint touchpoint `payment` is not in journey `purchase`",
    ]));
    // `Conversion` is not an id: the schema says so, and it is not reported again as an unknown KPI.
    expect(rules.filter((r) => r.includes("Conversion"))).toHaveLength(1);
  });

  it("a path's touchpoint is not called unknown when the touchpoint it names could not be read", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "id: pay", "id: Pay");
    edit(dir, JOURNEY, "[social-ad, pay, parcel]", "[social-ad, Pay, parcel]");
    const rules = problems(dir).filter((d) => d.file === JOURNEY).map((d) => d.rule);
    expect(rules).not.toContain("ref/unknown-touchpoint");
  });

  it("a KPI file that fails the schema still has its stage references checked", () => {
    const dir = copyContent(VALID);
    edit(dir, "kpis/conversion.yaml", "purchase/checkout", "purchase/chekout");
    edit(dir, "kpis/conversion.yaml", "unit: percent", "unit: percents");
    const rules = problems(dir).filter((d) => d.file === "kpis/conversion.yaml").map((d) => d.rule);
    expect(rules).toEqual(expect.arrayContaining(["schema/invalid-value", "ref/unknown-stage"]));
  });
});

describe("loading on every core", () => {
  it("gives exactly what loading on one thread gives, in the same order", async () => {
    const { loadContentInParallel } = await import("../../../src/load/load-content.ts");
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "emotion: 1", "emotion: banana");
    const strip = (c: ReturnType<typeof loadContent>) => ({ ...c, journeys: c.journeys.map((j) => ({ ...j, at: j.at(["stages", 0]) })), personas: c.personas.map((p) => p.data), kpis: c.kpis.map((k) => k.data) });
    const one = loadContent({ root: dir, dir });
    const all = await loadContentInParallel({ root: dir, dir, minFilesForWorkers: 0 });
    expect(strip(all)).toEqual(strip(one));
    expect(one.diagnostics.map((d) => d.rule)).toContain("schema/invalid-type");
  });

  it("a file a worker loaded is the same as one loaded here", async () => {
    const { loadFilesInParallel } = await import("../../../src/load/load-parallel.ts");
    const { loadContentFile } = await import("../../../src/load/load-file.ts");
    const { discoverContent } = await import("../../../src/load/discover.ts");
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "emotion: 1", "emotion: banana");
    const files = discoverContent(dir);
    const byWorkers = await loadFilesInParallel(files, process.cwd(), 0, { here: false });
    expect(byWorkers).toEqual(files.map((f) => loadContentFile(f, process.cwd())));
    expect(byWorkers.flatMap((o) => o.diagnostics.map((d) => d.rule))).toContain("schema/invalid-type");
  });

  it("workers started ahead of the load (as validate and report do) load the same files, and idle ones are stopped", async () => {
    const { loadFilesInParallel } = await import("../../../src/load/load-parallel.ts");
    const { prestartLoadWorkers, idleLoadWorkers, LOAD_THREADS } = await import("../../../src/load/load-workers.ts");
    const { loadContentFile } = await import("../../../src/load/load-file.ts");
    const { discoverContent } = await import("../../../src/load/discover.ts");
    const files = discoverContent(copyContent(VALID));
    prestartLoadWorkers();
    expect(idleLoadWorkers()).toBe(LOAD_THREADS - 1);
    const byWorkers = await loadFilesInParallel(files, process.cwd(), 0, { here: false });
    expect(idleLoadWorkers()).toBe(0);
    expect(byWorkers).toEqual(files.map((f) => loadContentFile(f, process.cwd())));
    // Too few files to share out: the workers started ahead are stopped, not left waiting.
    prestartLoadWorkers();
    expect(await loadFilesInParallel(files, process.cwd())).toEqual(byWorkers);
    expect(idleLoadWorkers()).toBe(0);
  });
});
