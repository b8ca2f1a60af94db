// Validation throughput on a large generated content set, against the floor of `js-yaml` loading the same files
// (the fastest YAML library; issue 14 set it as the floor). `yaml.parse` is about 15x slower, printed for scale. The
// loader's own block reader (src/load/block-parse.ts), which reads plain block YAML faster than js-yaml, is printed
// too: the parse alone, without the schema or anything else.
// Run: npm run bench:validate [-- --journeys 1000 --touchpoints 40 --runs 5]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CORE_SCHEMA, load } from "js-yaml";
import { parse } from "yaml";
import { loadContent, loadContentInParallel } from "../src/load/load-content.ts";
import { parseBlockYaml } from "../src/load/block-parse.ts";
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

  const floorTimes: number[] = [];
  const parseTimes: number[] = [];
  const blockTimes: number[] = [];
  const validateTimes: number[] = [];
  const parallelTimes: number[] = [];
  let problems = 0;
  for (let i = 0; i < runs; i++) {
    // Interleaved so all see the same machine state.
    floorTimes.push(time(() => paths.forEach((p) => load(readFileSync(p, "utf8"), { schema: CORE_SCHEMA }))));
    if (i < 2) parseTimes.push(time(() => paths.forEach((p) => parse(readFileSync(p, "utf8")))));
    blockTimes.push(time(() => paths.forEach((p) => parseBlockYaml(readFileSync(p, "utf8")))));
    validateTimes.push(time(() => (problems = loadContent({ root: dir, dir }).diagnostics.length)));
    const t0 = performance.now();
    problems += (await loadContentInParallel({ root: dir, dir })).diagnostics.length;
    parallelTimes.push(performance.now() - t0);
  }
  const cli: number[] = [];
  for (let i = 0; i < Math.min(3, runs); i++) {
    cli.push(time(() => spawnSync(process.execPath, ["bin/journeymap.mjs", "validate", "--dir", dir], { stdio: "ignore" })));
  }
  const floor = median(floorTimes);
  const spread = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
  const inProcess = median(validateTimes);
  console.log(`content: ${journeys} journeys x ${touchpoints} touchpoints, ${files} files, ${mb.toFixed(1)} MB (median of ${runs} runs)`);
  console.log(`js-yaml floor:          ${floor.toFixed(0)} ms  (${(mb / (floor / 1000)).toFixed(1)} MB/s)  runs ${spread(floorTimes)}`);
  console.log(`(yaml.parse, for scale: ${median(parseTimes).toFixed(0)} ms, ${(median(parseTimes) / floor).toFixed(1)}x the floor)`);
  console.log(`(the block reader alone: ${median(blockTimes).toFixed(0)} ms, ${(median(blockTimes) / floor).toFixed(2)}x the floor)`);
  const cliTime = median(cli);
  const parallel = median(parallelTimes);
  console.log(`validate, one thread:   ${inProcess.toFixed(0)} ms  (${(mb / (inProcess / 1000)).toFixed(1)} MB/s)  ${(inProcess / floor).toFixed(2)}x the floor  runs ${spread(validateTimes)}`);
  console.log(`validate, all cores:    ${parallel.toFixed(0)} ms  (${(mb / (parallel / 1000)).toFixed(1)} MB/s)  ${(parallel / floor).toFixed(2)}x the floor  runs ${spread(parallelTimes)}`);
  console.log(`journeymap validate:    ${cliTime.toFixed(0)} ms  (${(mb / (cliTime / 1000)).toFixed(1)} MB/s)  ${(cliTime / floor).toFixed(2)}x the floor  (the CLI as users run it, Node start-up included)  runs ${spread(cli)}`);
  console.log(`problems found: ${problems} (expected 0)`);
  console.log(`cores: ${availableParallelism()}`);
  // The target (issue 14): `journeymap validate` as users run it within 1.5x of the js-yaml floor of the same run.
  const ok = cliTime / floor <= 1.5 && problems === 0;
  console.log(ok ? "target met: journeymap validate within 1.5x of the js-yaml floor" : "TARGET MISSED: want journeymap validate within 1.5x of the js-yaml floor");
  // Hostile files near the size limit (issue 11.1): typo suggestions and field lookups must stay linear.
  const hostileOk = benchHostile(Math.min(3, runs));
  process.exitCode = ok && hostileOk ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
