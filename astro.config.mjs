// @ts-check
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { defineConfig } from "astro/config";
import { contentIntegration } from "./src/views/content-integration.ts";
import { mermaidIntegration } from "./src/views/mermaid-integration.ts";
import { pagefindIntegration } from "./src/views/pagefind-integration.ts";
import { journeyFilesIntegration } from "./src/views/journey-files-integration.ts";

// BASE_PATH serves the site under a sub-path, e.g. /repo-name/ for GitHub Pages project sites.
const base = process.env.BASE_PATH ?? "/";
// ASTRO_OUT_DIR lets checks build elsewhere without touching dist/ (scripts/build.ts points it at the build's own
// folder and names the final one in JOURNEYMAP_SITE_OUT).
const outDir = process.env.ASTRO_OUT_DIR ?? "dist";
// The incremental build keeps the pages of the last build in the cache folder. One cache per site (output folder,
// content folder, base path), so builds of other sites, such as the tests', neither evict nor overwrite its pages.
const site = [resolve(process.env.JOURNEYMAP_SITE_OUT ?? outDir), resolve(process.env.JOURNEYMAP_DIR || "."), base].join("\0");
// JOURNEYMAP_CACHE_DIR puts it elsewhere (the build benchmark uses a temporary folder).
const cacheDir = process.env.JOURNEYMAP_CACHE_DIR || `./node_modules/.astro/journeymap-${createHash("sha256").update(site).digest("hex").slice(0, 16)}/`;

export default defineConfig({
  base,
  trailingSlash: "always",
  // Four pages at a time: a page renders while the files of the previous ones are written (the build waited on the
  // disk for a fifth of its time rendering one page at a time).
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  // Scoped styles mark their elements with a class instead of a data-astro-cid-* attribute: the same look (every page
  // compared pixel for pixel, on screen and in print), 4% less HTML.
  scopedStyleStrategy: "class",
  outDir,
  cacheDir,
  devToolbar: { enabled: false },
  // Pages about one journey say what they depend on (journeyCacheKey in src/views/site-content.ts); Astro copies such
  // a page from the previous build when that and its code are unchanged.
  experimental: { incrementalBuild: true },
  integrations: [contentIntegration(), mermaidIntegration(), pagefindIntegration(), journeyFilesIntegration()],
});
