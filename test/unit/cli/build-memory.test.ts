// `npm run build` preloads scripts/release-freed-memory.ts: on Linux the build runs with glibc's mmap threshold fixed
// (MALLOC_MMAP_THRESHOLD_), so the memory a page's bytes took goes back to the system when they are freed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const PRELOAD = resolve("scripts/release-freed-memory.ts");

function run(env: Record<string, string | undefined>) {
  const dir = mkdtempSync(join(tmpdir(), "journeymap-preload-"));
  const script = join(dir, "show.mjs");
  writeFileSync(script, "console.log(JSON.stringify({ pid: process.pid, threshold: process.env.MALLOC_MMAP_THRESHOLD_ ?? null, args: process.argv.slice(2), flags: process.execArgv.filter((f) => f.startsWith('--max')) }));\n");
  const clean = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const child = spawnSync(process.execPath, ["--max-semi-space-size=32", "--import", PRELOAD, script, "--force", "two words"], { env: clean, encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  expect(child.status, child.stderr).toBe(0);
  return { child, shown: JSON.parse(child.stdout) as { pid: number; threshold: string | null; args: string[]; flags: string[] } };
}

describe.runIf(process.platform === "linux" && typeof process.execve === "function")("the build's memory settings", () => {
  it("start the build again in the same process with the threshold set, keeping its flags and arguments", () => {
    const { child, shown } = run({ MALLOC_MMAP_THRESHOLD_: undefined });
    expect(shown.threshold).toBe(String(256 * 1024));
    expect(shown.pid).toBe(child.pid);
    expect(shown.args).toEqual(["--force", "two words"]);
    expect(shown.flags).toEqual(["--max-semi-space-size=32"]);
  });

  it("leave a threshold the user set alone", () => {
    const { shown } = run({ MALLOC_MMAP_THRESHOLD_: "65536" });
    expect(shown.threshold).toBe("65536");
  });
});
