// `npm run build`: validate the content (same messages as `journeymap validate`), then build the site into a
// folder of its own and swap it in, so a failed or killed build never leaves a half-written dist/, and two builds
// started together do not share a folder (scripts/site-folder.ts).
//
// Astro runs in this process, so the content validated here is the content the pages render: it is loaded and
// analysed once per build (site-content.ts takes it over). Pages about one journey are rendered again only when
// what they read changed (Astro's incremental build, keyed by journeyCacheKey); `--force` renders every page.
// First: it sets how the native addons give memory back, which they read when they load.
import "./native-memory.ts";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { processIo } from "../src/cli/io.ts";
import { validate, type Validation } from "../src/cli/validate-command.ts";
import { handOverOgDrawer, startOgDrawer } from "../src/views/og-drawer.ts";
import { pngOfSvg } from "../src/views/og-image.ts";
import { handOverContent } from "../src/views/site-content.ts";
import { buildingFolder, removeInBackground, removeStale, swapIn } from "./site-folder.ts";

const chosenOut = process.env.ASTRO_OUT_DIR;
const out = resolve(chosenOut ?? "dist");
const args = process.env.JOURNEYMAP_DIR ? ["validate", "--dir", process.env.JOURNEYMAP_DIR] : ["validate"];
const force = process.argv.includes("--force");

const io = processIo();
let validation: Validation;
try {
  validation = await validate(args.slice(1), io);
} catch (error) {
  // As `journeymap validate` reports an internal fault (src/cli/main.ts).
  io.err(`journeymap: internal error: ${error instanceof Error ? error.message : String(error)}\n  Please report this with the command you ran.`);
  validation = { status: 70 };
}
if (validation.status !== 0 || !validation.content) {
  console.error("\nThe site was not built: fix the problems above first.");
  process.exit(validation.status || 1);
}
handOverContent(validation.content, validation.analysis);
// Each site (output folder, content folder, base path) has its cache of pages (astro.config.mjs); builds into
// temporary folders (the budgets check, the tests) leave theirs behind, so caches unused for a week are removed.
pruneCaches(resolve("node_modules/.astro"), 7 * 24 * 3600 * 1000);
// The output's parent may not exist yet (ASTRO_OUT_DIR=test-results/sites/base in a fresh clone).
mkdirSync(dirname(out), { recursive: true });
removeStale(out);
const building = buildingFolder(out);
// A Ctrl-C or a kill reaches the handlers below between two pages: they remove this build's folder.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    rmSync(building, { recursive: true, force: true });
    console.error(`\nThe site build was stopped (${signal}); the previous build in ${out} is untouched.`);
    process.exit(130);
  });
}
// astro.config.mjs reads these: where to write, and where the incremental cache of this output lives.
process.env.ASTRO_OUT_DIR = building;
process.env.JOURNEYMAP_SITE_OUT = out;
let status = 0;
// Link previews are drawn on a worker thread of their own while this one renders the pages (src/views/og-drawer.ts).
handOverOgDrawer(startOgDrawer(pngOfSvg));
try {
  const { build } = await import("astro");
  await build({ force });
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  status = 1;
}
if (status !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\nThe site build failed; the previous build in ${out} is untouched.`);
  process.exit(status);
}
swapIn(building, out, process.pid, removeInBackground);
const base = process.env.BASE_PATH ?? "/";
const preview = chosenOut ? `ASTRO_OUT_DIR=${chosenOut} npm run preview` : "npm run preview";
// Links are site-absolute (/journeys/…/), so opening dist/index.html as a file does not work: it needs a web server.
console.log(`Site written to ${out}\nView it: ${preview}, then open http://localhost:4321${base.startsWith("/") ? base : `/${base}`} (or serve the folder with any static web server).`);
// Astro's build leaves handles open (its file watchers and workers); the site is written, so end here.
process.exit(0);

function pruneCaches(folder: string, maxAgeMs: number): void {
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((n) => /^journeymap-[0-9a-f]{16}$/.test(n));
  } catch {
    return;
  }
  for (const name of names) {
    const cache = resolve(folder, name);
    try {
      const used = statSync(resolve(cache, "incremental-build.json")).mtimeMs;
      if (Date.now() - used > maxAgeMs) rmSync(cache, { recursive: true, force: true });
    } catch {
      // no manifest: a build that is still running or was killed before it wrote one; left alone
    }
  }
}
