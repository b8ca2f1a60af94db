// From a save to the changed page in the dev server (issue 14.4): starts `astro dev` on a copy of the content, edits
// one journey's title, and does what the open page does: waits for the dev server's reload message on its websocket,
// then fetches the page (again, until the new title shows); prints the median and the spread over several saves, and
// the time of one render of the page without a change, for comparison. Targets: under 150 ms on the examples, under
// 500 ms at N = 1,000.
//
// Run: npm run bench:dev [-- --journeys 1000 --saves 7]   (without --journeys: the examples in journeys/)
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateContent } from "./generate-content.ts";

const { values } = parseArgs({ options: { journeys: { type: "string" }, saves: { type: "string", default: "7" }, port: { type: "string", default: "4391" } } });
const ROOT = resolve(import.meta.dirname, "..");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const work = mkdtempSync(join(tmpdir(), "journeymap-bench-dev-"));
const content = join(work, "content");
let file: string;
let page: string;
if (values.journeys) {
  generateContent(content, Number(values.journeys), 40);
  file = join(content, "area-1/journey-1.yaml");
  page = "/journeys/journey-1/";
} else {
  cpSync(join(ROOT, "journeys"), content, { recursive: true });
  file = join(content, "retail/online-store-purchase.yaml");
  page = "/journeys/online-store-purchase/";
}
const original = readFileSync(file, "utf8");
const title = /^title: (.*)$/m.exec(original)?.[1] ?? "";
const url = `http://127.0.0.1:${values.port}${page}`;
const server = spawn(process.execPath, [join(ROOT, "node_modules/astro/bin/astro.mjs"), "dev", "--port", values.port, "--host", "127.0.0.1"], {
  cwd: ROOT,
  env: { ...process.env, JOURNEYMAP_DIR: content, ASTRO_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "pipe"],
});
let serverErr = "";
server.stderr.on("data", (c: Buffer) => (serverErr += c.toString()));

async function fetchText(): Promise<string | undefined> {
  try {
    const res = await fetch(url);
    return res.ok ? await res.text() : undefined;
  } catch {
    return undefined;
  }
}

try {
  const started = performance.now();
  while ((await fetchText()) === undefined) {
    if (performance.now() - started > 120_000) throw new Error(`the dev server did not answer within 2 minutes\n${serverErr.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`dev server ready; first render of ${page} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // A few renders to warm up Vite's module graph, as an author's second look at the page would.
  const renders: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await fetchText();
    renders.push(performance.now() - t0);
  }
  // The page's own reload channel: Vite's websocket, which says "full-reload" after a save.
  const socket = new WebSocket(`ws://127.0.0.1:${values.port}/`, "vite-hmr");
  await new Promise((ok, fail) => {
    socket.addEventListener("open", ok, { once: true });
    socket.addEventListener("error", fail, { once: true });
  });
  let reloaded: (() => void) | undefined;
  socket.addEventListener("message", (event) => {
    if (String(event.data).includes('"full-reload"')) reloaded?.();
  });
  const times: number[] = [];
  for (let s = 0; s < Number(values.saves); s++) {
    const marker = `${title} (save ${s} ${Date.now()})`;
    const reload = new Promise<void>((ok) => (reloaded = ok));
    const t0 = performance.now();
    writeFileSync(file, original.replace(/^title: .*$/m, `title: ${marker}`));
    await Promise.race([reload, new Promise((r) => setTimeout(r, 10_000))]);
    const escaped = marker.replace(/&/g, "&amp;").replace(/</g, "&lt;");
    for (;;) {
      const text = await fetchText();
      if (text?.includes(escaped)) break;
      if (performance.now() - t0 > 30_000) throw new Error("the change did not show within 30 s");
    }
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 300));
  }
  socket.close();
  console.log(`one render of the page without a change: ${median(renders).toFixed(0)} ms (median of ${renders.length})`);
  const target = values.journeys && Number(values.journeys) >= 1000 ? 500 : 150;
  const m = median(times);
  console.log(`${values.journeys ? `N = ${values.journeys} generated journeys` : "the examples"}: a save shows on the page in ${m.toFixed(0)} ms (median of ${times.length}; ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms)`);
  console.log(m < target ? `target met: under ${target} ms` : `TARGET MISSED: want under ${target} ms`);
  process.exitCode = m < target ? 0 : 1;
} finally {
  server.kill("SIGTERM");
  writeFileSync(file, original);
  rmSync(work, { recursive: true, force: true });
}
