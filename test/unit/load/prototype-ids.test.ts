import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/load/load-content.ts";
import { runCli } from "../cli/run-cli.ts";
import { copyContent, edit, write } from "../support/temp-content.ts";

const VALID = "test/fixtures/valid";
const JOURNEY = "shop/purchase.yaml";

/** `constructor` is the one name of Object.prototype that is also a valid id (issue 11.7). */
describe("ids that are JavaScript's own names are plain ids", () => {
  it("a custom channel, a persona, a KPI, a stage and a touchpoint called `constructor` validate, with no false warning", async () => {
    const dir = copyContent(VALID);
    write(dir, "journeymap.config.yaml", "content: .\nchannels:\n  - { id: constructor, label: Constructor, online: false }\n");
    edit(dir, "personas/leo.yaml", "id: leo", "id: constructor");
    edit(dir, "shop/purchase-future.yaml", "persona: [ana, leo]", "persona: [ana, constructor]");
    edit(dir, "kpis/reach.yaml", "id: reach", "id: constructor");
    edit(dir, JOURNEY, "kpis: [reach]", "kpis: [constructor]");
    edit(dir, JOURNEY, "id: discover", "id: constructor");
    edit(dir, JOURNEY, "id: social-ad", "id: constructor");
    edit(dir, JOURNEY, "channel: social", "channel: constructor");
    edit(dir, JOURNEY, "[social-ad, pay, parcel]", "[constructor, pay, parcel]");
    const content = loadContent({ root: dir, dir });
    expect(content.diagnostics.filter((d) => d.rule !== "ref/unused-kpi")).toEqual([]);
    const run = await runCli(["validate", "--dir", "."], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("an unknown `constructor` reference is reported as unknown, not found on Object.prototype", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "persona: ana", "persona: [ana, constructor]");
    edit(dir, JOURNEY, "channel: social", "channel: constructor");
    edit(dir, JOURNEY, "kpis: [reach]", "kpis: [constructor]");
    const rules = loadContent({ root: dir, dir }).diagnostics.map((d) => `${d.rule} ${d.message}`);
    expect(rules).toEqual(expect.arrayContaining([
      "ref/unknown-persona persona `constructor` does not exist",
      "ref/unknown-channel channel `constructor` is not a known channel",
      "ref/unknown-kpi KPI `constructor` does not exist",
    ]));
  });

  it("fields named `constructor`, `toString` or `__proto__` are unknown fields, reported without a crash", () => {
    const dir = copyContent(VALID);
    edit(dir, JOURNEY, "state: current", "state: current\nconstructor: 1\ntoString: x\nhasOwnProperty: [1]");
    edit(dir, JOURNEY, "emotion: 1", "emotion: 1\n        constructor: { a: 1 }");
    const found = loadContent({ root: dir, dir }).diagnostics.filter((d) => d.rule === "schema/unknown-field").map((d) => d.message);
    expect(found).toEqual(expect.arrayContaining(["unknown field `constructor`", "unknown field `toString`", "unknown field `hasOwnProperty`", "touchpoint `social-ad`: unknown field `constructor`"]));
  });
});

describe("settings keyed by JavaScript's own names", () => {
  it("a gap rule called `constructor` or `toString` is an unknown rule, reported at its line", () => {
    const dir = copyContent(VALID);
    write(dir, "journeymap.config.yaml", "content: .\ngaps:\n  rules:\n    constructor: off\n    toString: off\n");
    const found = loadContent({ root: dir, dir }).diagnostics.filter((d) => d.file.endsWith("journeymap.config.yaml"));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.severity === "error" && d.line >= 4)).toBe(true);
  });
});
