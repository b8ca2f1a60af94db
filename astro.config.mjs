// @ts-check
import { defineConfig } from "astro/config";
import { contentIntegration } from "./src/views/content-integration.ts";
import { pagefindIntegration } from "./src/views/pagefind-integration.ts";

// BASE_PATH serves the site under a sub-path, e.g. /repo-name/ for GitHub Pages project sites.
export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  // ASTRO_OUT_DIR lets checks build elsewhere without touching dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? "dist",
  devToolbar: { enabled: false },
  integrations: [contentIntegration(), pagefindIntegration()],
});
