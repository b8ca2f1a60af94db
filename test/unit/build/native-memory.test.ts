import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The build's native addons (rolldown, Astro's compiler, resvg) give freed memory back at once: mimalloc reads that
// option from the environment when an addon loads, so `npm run build` sets it before any module that loads one.

const ROOT = join(import.meta.dirname, "../../..");
const valueAfterImport = (env: Record<string, string>) =>
  execFileSync(process.execPath, ["--input-type=module", "-e", `await import(${JSON.stringify(join(ROOT, "scripts/native-memory.ts"))}); process.stdout.write(String(process.env.MIMALLOC_PURGE_DELAY))`], {
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
  });

describe("memory the native addons hold", () => {
  it("is given back at once unless the user chose otherwise", () => {
    expect(valueAfterImport({})).toBe("0");
    expect(valueAfterImport({ MIMALLOC_PURGE_DELAY: "250" })).toBe("250");
  });

  it("is set by the build before anything else is imported", () => {
    const imports = [...readFileSync(join(ROOT, "scripts/build.ts"), "utf8").matchAll(/^import .*$/gm)].map((m) => m[0]);
    expect(imports[0]).toBe('import "./native-memory.ts";');
  });
});
