import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    // The JSON report feeds the `N passed, N failed` line that CI prints.
    reporters: ["default", ["json", { outputFile: "test-results/unit.json" }]],
    testTimeout: 20_000,
  },
});
