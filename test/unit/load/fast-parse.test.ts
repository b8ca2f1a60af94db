import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The fast path must read plain content files with the block reader and leave only the rest to js-yaml: the speed
// of `journeymap validate` rests on it (bench/validate.bench.ts), and nothing else would notice if it stopped.
const jsYamlLoad = vi.hoisted(() => ({ calls: 0 }));
vi.mock("js-yaml", async (original) => {
  const actual = await original<typeof import("js-yaml")>();
  return {
    ...actual,
    load: (...args: Parameters<typeof actual.load>) => {
      jsYamlLoad.calls++;
      return actual.load(...args);
    },
  };
});

const { fastParse } = await import("../../../src/load/fast-parse.ts");

describe("the fast path", () => {
  beforeEach(() => {
    jsYamlLoad.calls = 0;
  });

  it("reads a plain content file without js-yaml", () => {
    const text = readFileSync("test/fixtures/valid/shop/purchase.yaml", "utf8");
    expect(fastParse(text)).toMatchObject({ id: "purchase" });
    expect(jsYamlLoad.calls).toBe(0);
  });

  it("hands what the block reader declines to js-yaml, with the same result", () => {
    expect(fastParse("id: a\nsteps: [1, [2, 3]]\n")).toEqual({ id: "a", steps: [1, [2, 3]] });
    expect(jsYamlLoad.calls).toBe(1);
  });

  it("leaves anchors and broken files to the slow path", () => {
    expect(fastParse("a: &x 1\nb: *x\n")).toBeUndefined();
    expect(fastParse("a: [1,\n")).toBeUndefined();
  });
});
