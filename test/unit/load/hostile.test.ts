import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { didYouMean, Suggester } from "../../../src/diagnostics/suggest.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { HOSTILE, writeHostile } from "../../fixtures/hostile/generate.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** CPU time, not wall time: the bound holds on a busy machine too. Before issue 11.1 these took 38–62 s. */
function validate(name: string) {
  dir = mkdtempSync(join(tmpdir(), "journeymap-hostile-"));
  const bytes = writeHostile(dir, name);
  const before = process.cpuUsage();
  const content = loadContent({ root: dir, dir });
  const used = process.cpuUsage(before);
  return { bytes, ms: (used.user + used.system) / 1000, diagnostics: content.diagnostics };
}

describe("hostile files near the 1 MiB limit validate in bounded time (issue 11.1)", () => {
  it.each(Object.keys(HOSTILE))("%s", (name) => {
    const { bytes, ms, diagnostics } = validate(name);
    expect(bytes).toBeGreaterThan(900 * 1024);
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(ms).toBeLessThan(2500);
    expect(diagnostics.length).toBeGreaterThan(0);
  });

  it("a mapping full of unknown fields reports the first 20, then how many more", () => {
    const { diagnostics } = validate("unknown-keys");
    const unknown = diagnostics.filter((d) => d.rule === "schema/unknown-field");
    expect(unknown).toHaveLength(21);
    expect(unknown[0]).toMatchObject({ message: "touchpoint `t`: unknown field `emotionn0`", line: 13, col: 9 });
    expect(unknown.at(-1)).toMatchObject({ message: "touchpoint `t`: and 39,980 more unknown fields in this mapping", line: 33 });
  });
});

describe("typo suggestions stay cheap", () => {
  it("suggest only for words of an id's length, compared with candidates of a close length", () => {
    expect(didYouMean("emtion", ["emotion", "name"])).toBe("emotion");
    expect(didYouMean(`${"a".repeat(100)}x`, ["a".repeat(100)])).toBeUndefined();
    expect(didYouMean("abc", ["a-very-long-candidate", "abd"])).toBe("abd");
  });

  it("prefer the earlier candidate on a tie, as before", () => {
    expect(didYouMean("cat", ["bat", "cut"])).toBe("bat");
  });

  it("stop suggesting past a fixed amount of work", () => {
    const suggester = new Suggester(Array.from({ length: 100 }, (_, i) => `id-${i}`), 150);
    expect(suggester.suggest("id-1x")).toBeDefined();
    expect(suggester.suggest("id-2x")).toBeUndefined();
  });
});
