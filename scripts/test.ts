// `npm test`: unit tests (vitest), then browser tests (Playwright) against the built site, then one summary line
// `N passed, N failed` over both, which CI reads. Exit code 1 when anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium } from "./ensure-chromium.ts";

const UNIT = "test-results/unit.json";
const E2E = "test-results/e2e.json";
rmSync("test-results", { recursive: true, force: true });

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "inherit" }).status ?? 1;
const extra = process.argv.slice(2);

let failedToRun = 0;
const unitStatus = run("npx", ["vitest", "run", ...extra]);
if (unitStatus !== 0 && !existsSync(UNIT)) failedToRun++;

const hasE2e = existsSync("playwright.config.ts");
let e2eStatus = 0;
if (hasE2e) {
  if (!ensureChromium()) failedToRun++;
  else {
    e2eStatus = run("npx", ["playwright", "test"]);
    if (e2eStatus !== 0 && !existsSync(E2E)) failedToRun++;
  }
}

let passed = 0;
let failed = failedToRun;
// A run that failed without a failing test (a suite that could not load, a global setup that threw, such as a
// site build that broke) is a failure too: the summary must never say "0 failed" for tests that did not run.
if (existsSync(UNIT)) {
  const unit = JSON.parse(readFileSync(UNIT, "utf8")) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites?: number };
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unitStatus !== 0 && unit.numFailedTests === 0) failed += Math.max(1, unit.numFailedTestSuites ?? 0);
}
if (hasE2e && existsSync(E2E)) {
  const e2e = JSON.parse(readFileSync(E2E, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] };
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  if (e2eStatus !== 0 && e2e.stats.unexpected === 0) failed += Math.max(1, e2e.errors?.length ?? 0);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
