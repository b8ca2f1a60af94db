import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildingFolder, removeInBackground, removeStale, swapIn } from "../../../scripts/site-folder.ts";

let parent = "";
afterEach(() => rmSync(parent, { recursive: true, force: true }));

function site(folder: string, marker: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "index.html"), marker);
}

/** A pid that surely runs no more: a process that has already exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
}

describe("the site folder of npm run build (issue 11.9)", () => {
  it("gives each build its own folder, never a shared dist.building", () => {
    parent = mkdtempSync(join(tmpdir(), "journeymap-site-"));
    const out = join(parent, "dist");
    const a = buildingFolder(out);
    const b = buildingFolder(out);
    expect(a).not.toBe(b);
    expect(a).not.toBe(`${out}.building`);
    expect(existsSync(a) && existsSync(b)).toBe(true);
  });

  it("swaps the new site in by moving the old one aside first; the old one is gone afterwards", () => {
    parent = mkdtempSync(join(tmpdir(), "journeymap-site-"));
    const out = join(parent, "dist");
    site(out, "old");
    const building = buildingFolder(out);
    site(building, "new");
    swapIn(building, out);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("new");
    expect(readdirSync(parent)).toEqual(["dist"]);
  });

  it("can leave the old site to a process of its own, which removes it after the swap", async () => {
    parent = mkdtempSync(join(tmpdir(), "journeymap-site-"));
    const out = join(parent, "dist");
    site(out, "old");
    for (let i = 0; i < 200; i++) writeFileSync(join(out, `page-${i}.html`), "old");
    const building = buildingFolder(out);
    site(building, "new");
    swapIn(building, out, process.pid, removeInBackground);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("new");
    await expect.poll(() => readdirSync(parent), { timeout: 10_000 }).toEqual(["dist"]);
  });

  it("removes what a killed build left behind, and leaves a running build's folder alone", () => {
    parent = mkdtempSync(join(tmpdir(), "journeymap-site-"));
    const out = join(parent, "dist");
    const dead = deadPid();
    const stale = buildingFolder(out, dead);
    site(`${out}.old-${dead}-abc123`, "old");
    // The search index written beside the output (src/views/pagefind-integration.ts), by `npm run build` and by astro.
    site(`${stale}.pagefind-${dead}-def456`, "index");
    site(`${out}.pagefind-${dead}-ghi789`, "index");
    const running = buildingFolder(out);
    site(`${running}.pagefind-${process.pid}-jkl012`, "index");
    site(join(parent, "unrelated"), "x");
    expect(removeStale(out).sort()).toHaveLength(4);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(`${running}.pagefind-${process.pid}-jkl012`)).toBe(true);
    expect(existsSync(join(parent, "unrelated"))).toBe(true);
  });

  it("two builds swapping at the same time both finish, and dist/ is always one whole site", async () => {
    parent = mkdtempSync(join(tmpdir(), "journeymap-site-"));
    const out = join(parent, "dist");
    site(out, "first");
    const script = `
      import { writeFileSync, mkdirSync } from "node:fs";
      import { join } from "node:path";
      import { buildingFolder, swapIn } from ${JSON.stringify(resolve("scripts/site-folder.ts"))};
      for (let i = 0; i < 30; i++) {
        const b = buildingFolder(process.argv[1]);
        for (let f = 0; f < 20; f++) writeFileSync(join(b, "page" + f + ".html"), String(process.pid));
        writeFileSync(join(b, "index.html"), String(process.pid));
        swapIn(b, process.argv[1]);
      }`;
    const run = () => new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, ["--input-type=module", "-e", script, out], { stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
      child.on("close", (code) => done({ code, stderr }));
    });
    const results = await Promise.all([run(), run()]);
    expect(results.map((r) => r.stderr)).toEqual(["", ""]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    const pages = readdirSync(out);
    expect(pages).toHaveLength(21);
    expect(new Set(pages.map((p) => readFileSync(join(out, p), "utf8"))).size).toBe(1);
    expect(readdirSync(parent)).toEqual(["dist"]);
  });
});
