// Validation throughput on a large generated content set, against the floor of plain `yaml.parse` on the same files.
// Run: npm run bench:validate [-- --journeys 1000 --touchpoints 40 --runs 5]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { loadContent, loadContentInParallel } from "../src/load/load-content.ts";
import { generateContent } from "./generate-content.ts";
import { benchHostile } from "./hostile.bench.ts";

const { values } = parseArgs({ options: { journeys: { type: "string", default: "1000" }, touchpoints: { type: "string", default: "40" }, runs: { type: "string", default: "5" } } });
const journeys = Number(values.journeys);
const touchpoints = Number(values.touchpoints);
const runs = Number(values.runs);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (fn: () => void) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

const dir = mkdtempSync(join(tmpdir(), "journeymap-bench-"));
try {
  const { files, bytes } = generateContent(dir, journeys, touchpoints);
  const mb = bytes / 1e6;
  const allFiles = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? allFiles(join(d, f)) : [join(d, f)]));
  const paths = allFiles(dir).sort();

  const parseTimes: number[] = [];
  const validateTimes: number[] = [];
  const parallelTimes: number[] = [];
  let problems = 0;
  for (let i = 0; i < runs; i++) {
    // Interleaved so all see the same machine state.
    parseTimes.push(time(() => paths.forEach((p) => parse(readFileSync(p, "utf8")))));
    validateTimes.push(time(() => (problems = loadContent({ root: dir, dir }).diagnostics.length)));
    const t0 = performance.now();
    problems += (await loadContentInParallel({ root: dir, dir })).diagnostics.length;
    parallelTimes.push(performance.now() - t0);
  }
  const cli: number[] = [];
  for (let i = 0; i < Math.min(3, runs); i++) {
    cli.push(time(() => spawnSync(process.execPath, ["bin/journeymap.mjs", "validate", "--dir", dir], { stdio: "ignore" })));
  }
  const floor = median(parseTimes);
  const inProcess = median(validateTimes);
  console.log(`content: ${journeys} journeys x ${touchpoints} touchpoints, ${files} files, ${mb.toFixed(1)} MB (median of ${runs} runs)`);
  console.log(`yaml.parse floor:       ${floor.toFixed(0)} ms  (${(mb / (floor / 1000)).toFixed(1)} MB/s)`);
  const cliTime = median(cli);
  const parallel = median(parallelTimes);
  console.log(`validate, one thread:   ${inProcess.toFixed(0)} ms  (${(mb / (inProcess / 1000)).toFixed(1)} MB/s)  ${(inProcess / floor).toFixed(2)}x the floor`);
  console.log(`validate, all cores:    ${parallel.toFixed(0)} ms  (${(mb / (parallel / 1000)).toFixed(1)} MB/s)  ${(parallel / floor).toFixed(2)}x the floor`);
  console.log(`journeymap validate:    ${cliTime.toFixed(0)} ms  (${(mb / (cliTime / 1000)).toFixed(1)} MB/s)  ${(cliTime / floor).toFixed(2)}x the floor  (the CLI as users run it, Node start-up included)`);
  console.log(`problems found: ${problems} (expected 0)`);
  console.log(`cores: ${availableParallelism()}`);
  // The target is the validation itself (read, parse, schema, cross-file checks) on all cores; the CLI line adds Node's start-up.
  const ok = parallel < 3000 && parallel / floor <= 3 && problems === 0;
  console.log(ok ? "target met: validation under 3 s and within 3x of plain parsing" : "TARGET MISSED: want validation under 3 s and within 3x of plain parsing");
  // Hostile files near the size limit (issue 11.1): typo suggestions and field lookups must stay linear.
  const hostileOk = benchHostile(Math.min(3, runs));
  process.exitCode = ok && hostileOk ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
