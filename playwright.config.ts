import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "./scripts/ensure-chromium.ts";

export const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: "test/e2e",
  globalSetup: "./test/e2e/support/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // Not test-results/ itself: Playwright empties its output folder, and the unit report lives there.
  outputDir: "test-results/playwright",
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: "chromium",
    launchOptions: {
      executablePath: CHROMIUM,
      // Root in CI needs --no-sandbox; the network flags keep Chromium from calling home on a closed network.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
});
