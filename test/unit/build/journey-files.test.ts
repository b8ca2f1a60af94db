import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { afterEach, describe, expect, it } from "vitest";
import { journeyFilesIntegration } from "../../../src/views/journey-files-integration.ts";
import { JOURNEY_FILE_KINDS, journeyFilePath, journeyFileText, journeyOgPng } from "../../../src/views/journey-files.ts";
import { bumpContentVersion, siteAnalysis } from "../../../src/views/site-content.ts";
import { copyContent, edit } from "../support/temp-content.ts";

// A build writes each journey's JSON document, SVG downloads and link preview itself (not through routes), and copies
// those of an unchanged journey from the previous build: the files must be the routes' bytes either way.

const saved = { dir: process.env.JOURNEYMAP_DIR, argv: process.argv };
const temp: string[] = [];
afterEach(() => {
  if (saved.dir === undefined) delete process.env.JOURNEYMAP_DIR;
  else process.env.JOURNEYMAP_DIR = saved.dir;
  process.argv = saved.argv;
  bumpContentVersion();
  for (const dir of temp.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "journeymap-journey-files-"));
  temp.push(dir);
  return dir;
};

/** Runs the integration's hooks as `astro build` does; returns what it logged. */
async function build(cache: string, out: string, base = "/", meanwhile?: () => void): Promise<string> {
  const hooks = journeyFilesIntegration().hooks as Record<string, (options: unknown) => unknown>;
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m) } as unknown as Parameters<NonNullable<AstroIntegration["hooks"]["astro:build:done"]>>[0]["logger"];
  await hooks["astro:config:done"]!({ config: { cacheDir: pathToFileURL(`${cache}/`), base } });
  await hooks["astro:build:start"]!({});
  meanwhile?.();
  await hooks["astro:build:done"]!({ dir: pathToFileURL(`${out}/`), logger });
  return logged.join("\n");
}

const bytes = (out: string, kind: (typeof JOURNEY_FILE_KINDS)[number], id: string) => readFileSync(join(out, journeyFilePath(kind, id)));

describe("a journey's files in a build", () => {
  it("are the routes' bytes, under the base path, and copied from the cache for journeys that did not change", async () => {
    const content = copyContent("test/fixtures/valid");
    // A third journey, which nothing else refers to.
    writeFileSync(join(content, "shop/standalone.yaml"), readFileSync(join(content, "shop/purchase.yaml"), "utf8").replace(/^id: purchase$/m, "id: standalone"));
    process.env.JOURNEYMAP_DIR = content;
    bumpContentVersion();
    const cache = folder();
    const first = folder();
    expect(await build(cache, first, "/sub/")).toMatch(/^journey files: (\d+) journeys written, 0 copied/);
    const analysis = siteAnalysis();
    const ids = analysis.journeys.map((j) => j.id);
    expect(ids.length).toBeGreaterThan(2);
    const href = (path: string) => `/sub${path}`;
    for (const id of ids) {
      expect(bytes(first, "api", id).toString()).toBe(journeyFileText(analysis, id, "api", href));
      expect(bytes(first, "overview", id).toString()).toBe(journeyFileText(analysis, id, "overview", href));
      expect(bytes(first, "curve", id).toString()).toBe(journeyFileText(analysis, id, "curve", href));
      expect(Buffer.compare(bytes(first, "og", id), Buffer.from(await journeyOgPng(analysis, id)))).toBe(0);
    }
    expect(JSON.parse(bytes(first, "api", ids[0]!).toString()).href).toBe(`/sub/journeys/${ids[0]}/`);

    // Nothing changed: every journey is copied, with the same bytes.
    const second = folder();
    expect(await build(cache, second, "/sub/")).toContain(`0 journeys written, ${ids.length} copied`);
    for (const id of ids) for (const kind of JOURNEY_FILE_KINDS) expect(bytes(second, kind, id).equals(bytes(first, kind, id))).toBe(true);

    // One journey edited: it (and the journey that redesigns it) is written again, the others copied; the cache keeps
    // only what this build used.
    edit(content, "shop/purchase.yaml", "title: Buying a gift online", "title: Buying a gift online, edited");
    bumpContentVersion(join(content, "shop/purchase.yaml"));
    const third = folder();
    const log = await build(cache, third, "/sub/");
    const [, written, copied] = /(\d+) journeys written, (\d+) copied/.exec(log)!.map(Number);
    expect(written).toBe(2);
    expect(copied).toBe(ids.length - 2);
    expect(bytes(third, "og", "standalone").equals(bytes(first, "og", "standalone"))).toBe(true);
    expect(JSON.parse(bytes(third, "api", "purchase").toString()).journey.title).toBe("Buying a gift online, edited");
    expect(readdirSync(join(cache, "journey-files"))).toHaveLength(ids.length);

    // An entry removed while the build runs (by another build of the same site) is written afresh; what a killed
    // build left half-written is removed, what a running one is writing is not.
    const entries = join(cache, "journey-files");
    const killed = join(entries, "0123456789abcdef.999999999");
    const running = join(entries, `0123456789abcdef.${process.ppid}`);
    for (const dir of [killed, running]) mkdirSync(dir);
    const fourth = folder();
    const removed = await build(cache, fourth, "/sub/", () => rmSync(join(entries, readdirSync(entries).filter((n) => !n.includes(".")).sort()[0]!), { recursive: true }));
    expect(removed).toContain(`1 journeys written, ${ids.length - 1} copied`);
    for (const id of ids) for (const kind of JOURNEY_FILE_KINDS) expect(bytes(fourth, kind, id).equals(bytes(third, kind, id))).toBe(true);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(running)).toBe(true);

    // --force writes every journey afresh, as it renders every page.
    process.argv = [...saved.argv, "--force"];
    expect(await build(cache, folder(), "/sub/")).toContain(`${ids.length} journeys written, 0 copied`);
  });

  it("come from routes in the dev server only", async () => {
    const { devJourneyPaths } = await import("../../../src/views/journey-files.ts");
    process.env.JOURNEYMAP_DIR = copyContent("test/fixtures/valid");
    bumpContentVersion();
    expect(devJourneyPaths(false)).toEqual([]);
    expect(devJourneyPaths(true).map((p) => p.params.id)).toEqual(siteAnalysis().journeys.map((j) => j.id));
  });
});
