// `npm run build`: validate the content (same messages as `journeymap validate`), then build the site into a
// folder of its own and swap it in, so a failed or killed build never leaves a half-written dist/, and two builds
// started together do not share a folder (scripts/site-folder.ts).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { main } from "../src/cli/main.ts";
import { buildingFolder, removeStale, swapIn } from "./site-folder.ts";

const out = resolve(process.env.ASTRO_OUT_DIR ?? "dist");
const args = process.env.JOURNEYMAP_DIR ? ["validate", "--dir", process.env.JOURNEYMAP_DIR] : ["validate"];

const valid = await main(args);
if (valid !== 0) {
  console.error("\nThe site was not built: fix the problems above first.");
  process.exit(valid);
}
removeStale(out);
const building = buildingFolder(out);
// Asynchronous, so a Ctrl-C or a kill reaches the handlers below: they stop Astro and remove this build's folder.
const astro = spawn("npx", ["astro", "build", ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, ASTRO_OUT_DIR: building } });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    astro.kill(signal);
    rmSync(building, { recursive: true, force: true });
    console.error(`\nThe site build was stopped (${signal}); the previous build in ${out} is untouched.`);
    process.exit(130);
  });
}
const status = await new Promise<number>((done) => astro.on("close", (code) => done(code ?? 1)));
if (status !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\nThe site build failed; the previous build in ${out} is untouched.`);
  process.exit(status);
}
swapIn(building, out);
const base = process.env.BASE_PATH ?? "/";
const preview = process.env.ASTRO_OUT_DIR ? `ASTRO_OUT_DIR=${process.env.ASTRO_OUT_DIR} npm run preview` : "npm run preview";
// Links are site-absolute (/journeys/…/), so opening dist/index.html as a file does not work: it needs a web server.
console.log(`Site written to ${out}\nView it: ${preview}, then open http://localhost:4321${base.startsWith("/") ? base : `/${base}`} (or serve the folder with any static web server).`);
