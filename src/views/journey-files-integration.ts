import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Analysis } from "../analysis/analyse.ts";
import { apiGapsJsonParts } from "./api.ts";
import { JOURNEY_FILE_KINDS, journeyFilePath, journeyFileTexts, journeyOgPng } from "./journey-files.ts";
import { startJourneyFilesWriter } from "./journey-files-writer.ts";
import { hrefUnder } from "./href.ts";
import { journeyCacheKey, siteAnalysis } from "./site-content.ts";

/**
 * `astro build`: writes each journey's JSON document, SVG downloads and link preview (journey-files.ts), and
 * `api/gaps.json`, straight into the output, not through Astro's routes. A route's file passes through a Response, is encoded, copied and read back
 * before Astro writes it, and leaves those buffers to the collector: for these 4,000 files of a 1,000-journey build,
 * 3.5 s of the main thread, 2.6 s of the collector's threads and 1.8 s of the file system's. The bytes are the same
 * (the routes still serve them in `npm run dev`).
 *
 * Like the pages, the files of a journey whose incremental key is unchanged are copied from the previous build: they
 * are kept in the cache folder under that key and a digest of the code that writes them, so no preview is drawn
 * twice. `--force` writes them afresh, as it renders every page. Previews still to draw are sent to the preview worker
 * when the build starts, so they are drawn on the other core while the pages render. When the pages are done the main
 * thread makes the texts and a thread of its own writes them (journey-files-writer.ts): at N = 1,000 the build then
 * waits 2.1 s for these files instead of 3.2–5 s.
 */
export function journeyFilesIntegration(): AstroIntegration {
  let cacheRoot = "";
  let base = "/";
  let planned: Plan | undefined;
  return {
    name: "journeymap-journey-files",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheRoot = join(fileURLToPath(config.cacheDir), "journey-files");
        // This module runs outside Vite, so the base path comes from Astro's config, not import.meta.env.
        base = config.base;
      },
      "astro:build:start": () => {
        planned = plan(siteAnalysis(), cacheRoot, process.argv.includes("--force"));
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const work = planned ?? plan(siteAnalysis(), cacheRoot, process.argv.includes("--force"));
        planned = undefined;
        const out = fileURLToPath(dir);
        const { written, copied } = await writeJourneyFiles(work, out, hrefUnder(base));
        writeParts(join(out, "api", "gaps.json"), apiGapsJsonParts(work.analysis, hrefUnder(base)));
        logger.info(`journey files: ${written} journeys written, ${copied} copied from the previous build, and api/gaps.json, in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

interface Plan {
  analysis: Analysis;
  cacheRoot: string;
  journeys: { id: string; entry: string; cached: boolean; og?: Promise<Uint8Array<ArrayBuffer>> }[];
}

/** Which journeys' files the cache holds; the previews of the others start drawing now. */
function plan(analysis: Analysis, cacheRoot: string, force: boolean): Plan {
  const code = codeDigest();
  const journeys = analysis.journeys.map(({ journey }) => {
    const entry = join(cacheRoot, createHash("sha256").update(code).update("\0").update(journeyCacheKey(journey.id)).digest("hex").slice(0, 32));
    const cached = !force && existsSync(entry);
    const og = cached ? undefined : journeyOgPng(analysis, journey.id);
    og?.catch(() => {}); // a failure is reported when the preview is written
    return { id: journey.id, entry, cached, og };
  });
  return { analysis, cacheRoot, journeys };
}

/** Journeys whose files are being written at once: the main thread makes the next ones' text meanwhile. */
const IN_FLIGHT = 32;

async function writeJourneyFiles({ analysis, cacheRoot, journeys }: Plan, out: string, href: (path: string) => string): Promise<{ written: number; copied: number }> {
  mkdirSync(cacheRoot, { recursive: true });
  let written = 0;
  let copied = 0;
  const writer = startJourneyFilesWriter();
  try {
    const running = new Set<Promise<void>>();
    for (const journey of journeys) {
      const job = { outs: JOURNEY_FILE_KINDS.map((kind) => join(out, journeyFilePath(kind, journey.id))), entry: journey.entry, names: JOURNEY_FILE_KINDS };
      const fresh = async () => {
        const texts = journeyFileTexts(analysis, journey.id, href);
        const og = await (journey.og ?? journeyOgPng(analysis, journey.id));
        await writer.run({ ...job, files: JOURNEY_FILE_KINDS.map((kind) => (kind === "og" ? og : texts[kind])) });
        written++;
      };
      // A cached entry that cannot be copied (another build of the same site removed it meanwhile) is written afresh.
      const task = journey.cached ? writer.run(job).then((outcome) => (outcome === "copied" ? void copied++ : fresh())) : fresh();
      running.add(task);
      void task.finally(() => running.delete(task)).catch(() => {});
      if (running.size >= IN_FLIGHT) await Promise.race(running);
    }
    await Promise.all(running);
  } finally {
    await writer.stop();
  }
  // Entries this build did not use are of content or code that is gone, and so is a half-written one of a killed
  // build; one that another running build is writing (named after its process) is left to it.
  const used = new Set(journeys.map((j) => relative(cacheRoot, j.entry)));
  for (const name of readdirSync(cacheRoot)) {
    const writer = /\.(\d+)$/.exec(name)?.[1];
    if (!used.has(name) && !(writer && isRunning(Number(writer)))) rmSync(join(cacheRoot, name), { recursive: true, force: true });
  }
  return { written, copied };
}

/** Writes a text given in parts, one after the other, so that the whole is never held at once. */
function writeParts(file: string, parts: Iterable<string>): void {
  mkdirSync(join(file, ".."), { recursive: true });
  const fd = openSync(file, "w");
  try {
    for (const part of parts) {
      const bytes = Buffer.from(part);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    }
  } finally {
    closeSync(fd);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

let digest: string | undefined;

/** A digest of the code that makes the files (src/) and of the installed packages (package-lock.json). */
function codeDigest(): string {
  if (digest) return digest;
  const src = fileURLToPath(new URL("../", import.meta.url));
  const hash = createHash("sha256");
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(src, path)).update("\0").update(readFileSync(path)).update("\0");
    }
  };
  walk(src);
  const lock = join(src, "..", "package-lock.json");
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return (digest = hash.digest("hex"));
}
