// `npm run build`: validate the content (same messages as `journeymap validate`), then build the site into a
// fresh folder and swap it in, so a failed build never leaves a half-written dist/.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { main } from "../src/cli/main.ts";

const out = resolve(process.env.ASTRO_OUT_DIR ?? "dist");
const building = `${out}.building`;
const args = process.env.JOURNEYMAP_DIR ? ["validate", "--dir", process.env.JOURNEYMAP_DIR] : ["validate"];

const valid = await main(args);
if (valid !== 0) {
  console.error("\nThe site was not built: fix the problems above first.");
  process.exit(valid);
}
rmSync(building, { recursive: true, force: true });
const astro = spawnSync("npx", ["astro", "build", ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, ASTRO_OUT_DIR: building } });
if (astro.status !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error("\nThe site build failed; the previous build in dist/ is untouched.");
  process.exit(astro.status ?? 1);
}
if (existsSync(out)) rmSync(out, { recursive: true, force: true });
renameSync(building, out);
const base = process.env.BASE_PATH ?? "/";
const preview = process.env.ASTRO_OUT_DIR ? `ASTRO_OUT_DIR=${process.env.ASTRO_OUT_DIR} npm run preview` : "npm run preview";
// Links are site-absolute (/journeys/…/), so opening dist/index.html as a file does not work: it needs a web server.
console.log(`Site written to ${out}\nView it: ${preview}, then open http://localhost:4321${base.startsWith("/") ? base : `/${base}`} (or serve the folder with any static web server).`);
