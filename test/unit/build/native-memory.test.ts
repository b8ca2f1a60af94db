import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The build's native addons (rolldown, Astro's compiler) give freed memory back at once: mimalloc reads that option
// from the environment when an addon loads, so `npm run build` sets it before any module that loads one, after
// loading resvg, which keeps mimalloc's own delay (it frees and takes again about 1 MB per preview).

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

  it("is given back at once by the addons loaded after it, but not by resvg, loaded before", () => {
    // Each addon is loaded through process.dlopen: the hook notes the variable as each one loads.
    const dir = mkdtempSync(join(tmpdir(), "journeymap-dlopen-"));
    try {
      const hook = join(dir, "hook.cjs");
      writeFileSync(hook, `const load = process.dlopen; process.dlopen = function (m, file, ...rest) { process.stderr.write(require("path").basename(file) + "=" + process.env.MIMALLOC_PURGE_DELAY + "\\n"); return load.call(this, m, file, ...rest); };`);
      const run = spawnSync(process.execPath, ["--require", hook, "--input-type=module", "-e", `await import(${JSON.stringify(join(ROOT, "scripts/native-memory.ts"))}); await import("@astrojs/compiler-binding");`], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "" },
        encoding: "utf8",
      });
      expect(run.status).toBe(0);
      const loads = run.stderr.trim().split("\n");
      expect(loads.find((l) => l.startsWith("resvgjs."))).toMatch(/=undefined$/);
      expect(loads.find((l) => l.startsWith("astro."))).toMatch(/=0$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is set by the build before anything else is imported", () => {
    const imports = [...readFileSync(join(ROOT, "scripts/build.ts"), "utf8").matchAll(/^import .*$/gm)].map((m) => m[0]);
    expect(imports[0]).toBe('import "./native-memory.ts";');
  });
});
