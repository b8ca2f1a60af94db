// Gap and edit-link positions for files that loaded on the fast path (issue 14): building yaml's node tree for each
// file against the block index (src/load/block-locator.ts), asking what a build asks: each touchpoint's id and
// emotion. Run: node bench/positions.bench.ts [--journeys 200 --runs 5]
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { load } from "js-yaml";
import { parseDocument } from "yaml";
import { blockLocator } from "../src/load/block-locator.ts";
import { SourceFile } from "../src/load/source-file.ts";
import { locate } from "../src/load/yaml-document.ts";
import { generateContent } from "./generate-content.ts";

const { values } = parseArgs({ options: { journeys: { type: "string", default: "200" }, runs: { type: "string", default: "5" } } });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dir = mkdtempSync(join(tmpdir(), "journeymap-positions-"));
try {
  generateContent(dir, Number(values.journeys), 40);
  const texts = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.parentPath.includes("area-"))
    .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
  const asks = (text: string) => {
    const data = load(text) as { stages: { touchpoints: unknown[] }[] };
    return data.stages.flatMap((s, i) => s.touchpoints.flatMap((_, t) => [["stages", i, "touchpoints", t, "id"], ["stages", i, "touchpoints", t, "emotion"]]));
  };
  const paths = texts.map(asks);
  const times = { yaml: [] as number[], block: [] as number[], jsYaml: [] as number[] };
  for (let r = 0; r < Number(values.runs); r++) {
    let t0 = performance.now();
    texts.forEach((text, i) => {
      const source = new SourceFile("f", text);
      const doc = parseDocument(text, { uniqueKeys: false });
      for (const p of paths[i]!) locate(doc, source, p);
    });
    times.yaml.push(performance.now() - t0);
    t0 = performance.now();
    texts.forEach((text, i) => {
      const at = blockLocator(text)!;
      for (const p of paths[i]!) if (!at(p)) throw new Error("not answered");
    });
    times.block.push(performance.now() - t0);
    t0 = performance.now();
    texts.forEach((text) => load(text));
    times.jsYaml.push(performance.now() - t0);
  }
  const per = (ms: number) => `${((ms / texts.length) * 1000).toFixed(0)} µs a file`;
  console.log(`${texts.length} journeys x 40 touchpoints, ${paths[0]!.length} positions a file, medians of ${values.runs} runs:`);
  console.log(`yaml node tree + locate: ${median(times.yaml).toFixed(0)} ms (${per(median(times.yaml))})`);
  console.log(`block index:             ${median(times.block).toFixed(0)} ms (${per(median(times.block))})`);
  console.log(`(js-yaml load, for scale: ${median(times.jsYaml).toFixed(0)} ms)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
