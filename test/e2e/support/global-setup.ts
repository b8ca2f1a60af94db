import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { PORT } from "../../../playwright.config.ts";
import { BASE_PATH, BASE_DIST, HOSTILE_DIST, HOSTILE_PATH } from "./sites.ts";
import { serveStatic } from "./static-server.ts";

/** Builds the example site (as `npm run build` does), the same under a base path, and a site of the tests' own content (test/fixtures/hostile). */
export default async function globalSetup() {
  const build = (env: Record<string, string>) => {
    const run = spawnSync("node", ["scripts/build.ts"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
    if (run.status !== 0) throw new Error(`site build failed (${JSON.stringify(env)})`);
  };
  if (!process.env.E2E_SKIP_BUILD || !existsSync("dist")) {
    build({});
    build({ BASE_PATH, ASTRO_OUT_DIR: BASE_DIST });
    // Its search index in parts of 16 KB, one a document or so, so that the tests search across merged parts.
    build({ JOURNEYMAP_DIR: "test/fixtures/hostile", ASTRO_OUT_DIR: HOSTILE_DIST, BASE_PATH: HOSTILE_PATH, JOURNEYMAP_SEARCH_PART_BYTES: "16384" });
  }
  const server = await serveStatic({ "/": "dist", [BASE_PATH]: BASE_DIST, [HOSTILE_PATH]: HOSTILE_DIST }, PORT);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
