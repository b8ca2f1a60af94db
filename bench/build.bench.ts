// The site build at scale (issue 14), against a bare Astro project that renders as many pages with the same Node and
// the same node_modules, measured in the same run. Content comes from generate-content.ts (40 touchpoints a journey).
// For each size it prints the wall time of `npm run build` (validation, pages, search index) and of the bare build,
// their ratio, the peak memory of each (all its processes together: Pagefind indexes in one of its own), and the
// largest page; every build starts on a quiet disk (see settle); then, for the smallest size, it edits one journey, rebuilds incrementally, and checks that the result
// is byte for byte what a clean build gives.
//
// Run: npm run bench:build [-- --journeys 100,1000 --runs 3 --touchpoints 40]
// Three runs by default: the machines this runs on are shared, and one run's ratio moves by a fifth with their load.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateContent } from "./generate-content.ts";

const { values } = parseArgs({
  options: {
    journeys: { type: "string", default: "100,1000" },
    touchpoints: { type: "string", default: "40" },
    runs: { type: "string", default: "3" },
    incremental: { type: "boolean", default: true },
  },
  allowNegative: true,
});
const sizes = values.journeys.split(",").map(Number).filter((n) => n > 0);
const touchpoints = Number(values.touchpoints);
const runs = Math.max(1, Number(values.runs));
const ROOT = resolve(import.meta.dirname, "..");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => (xs.length > 1 ? ` (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})` : "");

interface Run {
  seconds: number;
  /** Peak resident memory of all the run's processes together (the build and Pagefind's indexer beside it), MB. */
  peakMb: number;
  /** Peak resident memory of its largest process (GNU time's figure), MB. */
  largestMb: number;
  stdout: string;
  status: number;
}

/** The resident memory of a process and all its descendants, KB, read from /proc (Linux). */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent's pid is the second field after the command name, which may itself hold spaces and brackets.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  let total = 0;
  for (const todo = [root]; todo.length > 0; ) {
    const pid = todo.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // Gone already.
    }
    todo.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command under GNU time for its wall time and largest process, and samples the memory of all its processes
 * together every 100 ms: Pagefind indexes in a process of its own while the pages render.
 */
function timed(command: string[], cwd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((done) => {
    const child = spawn("/usr/bin/time", ["-f", "\n@@time %e %M", ...command], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let peakKb = 0;
    const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 100);
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (status) => {
      clearInterval(sampler);
      const m = /@@time ([\d.]+) (\d+)/.exec(stderr);
      if (status !== 0) process.stderr.write(stderr.slice(-4000));
      const largestMb = Number(m?.[2] ?? NaN) / 1024;
      done({ seconds: Number(m?.[1] ?? NaN), peakMb: Math.max(peakKb / 1024, largestMb), largestMb, stdout: stdout + stderr, status: status ?? 1 });
    });
  });
}

/**
 * Waits until the disk is quiet before a timed build: the previous site that `npm run build` removes in a process of
 * its own once the new one is in place (`<out>.old-*`) is gone, and what the last build wrote is flushed (sync).
 * Without this the build timed next, often the bare one, shared the disk with the last one's leftovers: at N = 1,000
 * the bare build took 9.0-9.5 s (median) that way against 6.8-7.0 s on its own, which flattered the ratio.
 */
async function settle(outs: string[]): Promise<void> {
  const leftovers = () => outs.flatMap((out) => {
    try {
      return readdirSync(dirname(out)).filter((name) => name.startsWith(`${basename(out)}.old-`));
    } catch {
      return [];
    }
  });
  for (const started = Date.now(); leftovers().length > 0 && Date.now() - started < 120_000; ) await new Promise((done) => setTimeout(done, 200));
  spawnSync("sync");
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** What the routes wrote (pages and endpoints), leaving out bundled assets, the search index and public/. */
function routeOutputs(out: string): string[] {
  return files(out).filter((f) => {
    const rel = relative(out, f);
    return !rel.startsWith("_astro/") && !rel.startsWith("pagefind/") && rel !== "favicon.svg";
  });
}

/** A bare Astro project: one dynamic route with `pages` paths, each page `bytes` long. */
function bareProject(dir: string, pages: number, bytes: number): void {
  mkdirSync(join(dir, "src/pages"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bare", type: "module", private: true }));
  writeFileSync(join(dir, "astro.config.mjs"), `export default { outDir: "dist", build: { format: "directory" }, devToolbar: { enabled: false } };\n`);
  writeFileSync(
    join(dir, "src/pages/[id].astro"),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: "page-" + i } }));
}
const { id } = Astro.params;
const filler = "lorem ipsum ".repeat(${Math.max(0, Math.round(bytes / 12))});
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{id}</title></head><body><h1>{id}</h1><p>{filler}</p></body></html>
`,
  );
}

const digestOf = (file: string) => createHash("sha1").update(readFileSync(file)).digest("hex");

const work = mkdtempSync(join(tmpdir(), "journeymap-bench-build-"));
const env = (content: string, out: string, cache: string) => ({ JOURNEYMAP_DIR: content, ASTRO_OUT_DIR: out, JOURNEYMAP_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: "1" });
// Exactly what a user runs (package.json's build script, with its Node flags).
const build = ["npm", "run", "--silent", "build", "--"];
const bareBuild = [process.execPath, join(ROOT, "node_modules/astro/bin/astro.mjs"), "build"];
let failed = false;
try {
  for (const [i, n] of sizes.entries()) {
    const content = join(work, `content-${n}`);
    const { files: written, bytes } = generateContent(content, n, touchpoints);
    console.log(`\nN = ${n} journeys x ${touchpoints} touchpoints: ${written} files, ${(bytes / 1e6).toFixed(1)} MB of YAML`);
    const out = join(work, `out-${n}`);
    const cache = join(work, `cache-${n}`);
    const ours: Run[] = [];
    const bare: Run[] = [];
    const bareSameBytes: Run[] = [];
    let pages = 0;
    let avgBytes = 0;
    let avgHtml = 0;
    for (let r = 0; r < runs; r++) {
      // Interleaved, so each pair sees the same machine; each build starts on a quiet disk.
      await settle([out]);
      const run = await timed([...build, "--force"], ROOT, env(content, out, cache));
      if (run.status !== 0) throw new Error(`npm run build failed at N = ${n}`);
      ours.push(run);
      const outputs = routeOutputs(out);
      pages = outputs.length;
      const html = outputs.filter((f) => f.endsWith(".html"));
      avgHtml = html.reduce((sum, f) => sum + statSync(f).size, 0) / html.length;
      // The bare project of the same bytes writes as many bytes in all as the routes did (pages, images, JSON, SVG).
      avgBytes = outputs.reduce((sum, f) => sum + statSync(f).size, 0) / outputs.length;
      for (const [list, size, name] of [[bare, 100, "bare"], [bareSameBytes, avgBytes, "bare-bytes"]] as const) {
        const project = join(work, `${name}-${n}-${r}`);
        bareProject(project, pages, size);
        await settle([out]);
        const b = await timed(bareBuild, project, { ASTRO_TELEMETRY_DISABLED: "1" });
        if (b.status !== 0) throw new Error(`the bare build failed at N = ${n}`);
        list.push(b);
        rmSync(project, { recursive: true, force: true });
      }
    }
    const html = routeOutputs(out).filter((f) => f.endsWith(".html")).map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size);
    const t = median(ours.map((r) => r.seconds));
    const tb = median(bare.map((r) => r.seconds));
    const tbb = median(bareSameBytes.map((r) => r.seconds));
    const mem = Math.max(...ours.map((r) => r.peakMb));
    const largest = Math.max(...ours.map((r) => r.largestMb));
    console.log(`pages (routes' outputs): ${pages}, ${((avgBytes * pages) / 1e6).toFixed(0)} MB in all; HTML pages average ${(avgHtml / 1024).toFixed(0)} KB`);
    console.log(`npm run build:              ${t.toFixed(1)} s${spread(ours.map((r) => r.seconds))}  peak ${mem.toFixed(0)} MB, all processes together (the largest ${largest.toFixed(0)} MB)`);
    console.log(`bare Astro, ${pages} pages:      ${tb.toFixed(1)} s${spread(bare.map((r) => r.seconds))}  peak ${Math.max(...bare.map((r) => r.peakMb)).toFixed(0)} MB`);
    console.log(`bare Astro, same bytes:     ${tbb.toFixed(1)} s${spread(bareSameBytes.map((r) => r.seconds))}  peak ${Math.max(...bareSameBytes.map((r) => r.peakMb)).toFixed(0)} MB`);
    console.log(`ratio: ${(t / tb).toFixed(1)}x the bare build (${(t / tbb).toFixed(1)}x the bare build of the same bytes)`);
    console.log(`largest pages: ${html.slice(0, 3).map((h) => `/${relative(out, h.f)} ${(h.size / 1024 / 1024).toFixed(2)} MB`).join(", ")}`);
    const over = html.filter((h) => h.size > 1024 * 1024).length;
    console.log(`pages over 1 MB of HTML: ${over}`);
    const targets = t / tb <= 5 && mem < 1536;
    console.log(n >= 1000 ? (targets ? "targets met: at most 5x the bare build, peak memory (all processes) under 1.5 GB" : "TARGETS MISSED: want at most 5x the bare build and peak memory (all processes) under 1.5 GB") : "");
    if (n >= 1000 && !targets) failed = true;

    if (i === 0 && values.incremental) {
      // Edit one journey, rebuild on the cache of the last build, and compare with a clean build of the same content.
      const edited = join(content, "area-1/journey-1.yaml");
      writeFileSync(edited, readFileSync(edited, "utf8").replace("title: Generated journey 1\n", "title: Generated journey 1, edited\n"));
      const incOut = join(work, `inc-${n}`);
      await settle([out]);
      const inc = await timed(build, ROOT, env(content, incOut, cache));
      const cleanOut = join(work, `clean-${n}`);
      await settle([incOut]);
      const clean = await timed([...build, "--force"], ROOT, env(content, cleanOut, join(work, `cache-clean-${n}`)));
      if (inc.status !== 0 || clean.status !== 0) throw new Error("the incremental check's builds failed");
      // Astro renders four pages at a time, so a rendered page's log line may be split by others; a restored page's
      // is written in one go. Every journey has one page: those not restored were rendered.
      const restored = (inc.stdout.match(/\/journeys\/[^/]+\/index\.html \(restored\)/g) ?? []).length;
      const rendered = n - restored;
      const a = files(incOut).map((f) => relative(incOut, f));
      const b = files(cleanOut).map((f) => relative(cleanOut, f));
      const differing = a.length !== b.length ? ["(different file lists)"] : a.filter((f) => digestOf(join(incOut, f)) !== digestOf(join(cleanOut, f)));
      console.log(`incremental rebuild after editing one journey: ${inc.seconds.toFixed(1)} s (clean: ${clean.seconds.toFixed(1)} s); journey pages rendered ${rendered} of ${n} (${((rendered / n) * 100).toFixed(1)}%), restored ${restored}`);
      console.log(differing.length === 0 ? `byte-identical to a clean build: ${a.length} files` : `DIFFERS from a clean build: ${differing.slice(0, 5).join(", ")}${differing.length > 5 ? ` and ${differing.length - 5} more` : ""}`);
      if (differing.length > 0 || rendered / n >= 0.1) failed = true;
    }
    rmSync(content, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
