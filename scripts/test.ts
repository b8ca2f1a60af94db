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
if (run("npx", ["vitest", "run", ...extra]) !== 0 && !existsSync(UNIT)) failedToRun++;

const hasE2e = existsSync("playwright.config.ts");
if (hasE2e) {
  if (!ensureChromium()) failedToRun++;
  else if (run("npx", ["playwright", "test"]) !== 0 && !existsSync(E2E)) failedToRun++;
}

let passed = 0;
let failed = failedToRun;
if (existsSync(UNIT)) {
  const unit = JSON.parse(readFileSync(UNIT, "utf8")) as { numPassedTests: number; numFailedTests: number };
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (hasE2e && existsSync(E2E)) {
  const e2e = JSON.parse(readFileSync(E2E, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
