// Budgets for a journey page, measured on a build of a generated 60-touchpoint journey:
// initial JavaScript ≤ 30 KB gzipped (mermaid excluded: it loads on demand), HTML ≤ 100 KB gzipped.
// Prints the figures; exits 1 when a budget is exceeded.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { generateContent } from "../bench/generate-content.ts";

const JS_BUDGET = 30 * 1024;
const HTML_BUDGET = 100 * 1024;

const work = mkdtempSync(join(tmpdir(), "journeymap-budgets-"));
try {
  const content = join(work, "journeys");
  const out = join(work, "dist");
  generateContent(content, 1, 60);
  const build = spawnSync("node", ["scripts/build.ts"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, JOURNEYMAP_DIR: content, ASTRO_OUT_DIR: out } });
  if (build.status !== 0) throw new Error("the budget site did not build");

  const page = join(out, "journeys", "journey-0", "index.html");
  const html = readFileSync(page, "utf8");
  const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
  const scripts = initialScripts(html, out);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join("\n");
  const jsBytes = [...scripts].reduce((n, file) => n + gz(readFileSync(file)), 0) + gz(inlineJs);
  const htmlBytes = gz(html);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows = [
    ["journey page HTML (60 touchpoints), gzipped", htmlBytes, HTML_BUDGET],
    [`initial JavaScript (${scripts.size} module ${scripts.size === 1 ? "file" : "files"} and inline scripts), gzipped`, jsBytes, JS_BUDGET],
  ] as const;
  let over = false;
  for (const [what, value, budget] of rows) {
    const ok = value <= budget;
    over ||= !ok;
    console.log(`${ok ? "✔" : "✖"} ${what}: ${kb(value)} of ${kb(budget)}`);
  }
  console.log("layout shift from the charts: checked in the browser tests (test/e2e/site.spec.ts)");
  process.exitCode = over ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Module scripts the page loads and everything they import statically; `import()` (mermaid) is on demand. */
function initialScripts(html: string, root: string): Set<string> {
  const files = new Set<string>();
  const target = (from: string, spec: string) => (spec.startsWith("/") ? join(root, spec) : resolve(from, spec));
  const imports = (code: string, from: string) =>
    [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => target(from, m[1]!));
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const next of imports(readFileSync(file, "utf8"), dirname(file))) visit(next);
  };
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) visit(target(root, m[1]!));
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) for (const next of imports(m[1] ?? "", root)) visit(next);
  return files;
}
