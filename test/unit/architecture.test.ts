import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The architecture the README promises, checked over the import graph: data flows one way, and the
// analysis runs once; pages, components and views only read its result.

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

interface Import {
  from: string;
  /** The module imported, relative to src/, with its extension. */
  module: string;
  names: string[];
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : []));
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, "utf8");
  const out: Import[] = [];
  for (const m of text.matchAll(/(?:import|export)\s+(type\s+)?(?:(\{[^}]*\}|\*\s+as\s+\w+|\w+)(?:\s*,\s*(\{[^}]*\}))?\s+from\s+)?["']([^"']+)["']/g)) {
    const spec = m[4]!;
    const names = [m[2], m[3]]
      .filter((x): x is string => !!x)
      .flatMap((group) => group.replace(/[{}]/g, "").split(","))
      .map((n) => n.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0]!)
      .filter(Boolean);
    const module = spec.startsWith(".") ? relative(SRC, resolve(dirname(file), spec)).split("\\").join("/") : spec;
    out.push({ from: relative(SRC, file).split("\\").join("/"), module, names });
  }
  return out;
}

const graph = files(SRC).flatMap(importsOf);
const inLayer = (prefixes: string[]) => graph.filter((i) => prefixes.some((p) => i.from.startsWith(p)));

describe("the architecture", () => {
  it("reads the graph it checks", () => {
    expect(graph.length).toBeGreaterThan(200);
    expect(graph.some((i) => i.from === "views/journey-map.ts" && i.module === "analysis/analyse.ts")).toBe(true);
  });

  it("no page, component, layout or view runs a gap rule, the gap engine, KPI status, health or the redesign comparison", () => {
    const forbidden = inLayer(["pages/", "components/", "layouts/", "views/"]).filter(
      (i) =>
        i.module.startsWith("analysis/gaps/") ||
        (i.module === "analysis/find-gaps.ts" && i.names.some((n) => ["journeyGaps", "findGaps", "asOfDate"].includes(n))) ||
        (i.module === "analysis/kpi-status.ts" && i.names.includes("kpiStatus")) ||
        (i.module === "analysis/health.ts" && i.names.includes("journeyHealth")) ||
        (i.module === "analysis/redesign.ts" && i.names.includes("compareRedesign")) ||
        (i.module === "analysis/analyse.ts" && i.names.includes("analyse") && !i.from.startsWith("views/site-content")),
    );
    expect(forbidden.map((i) => `${i.from} imports ${i.names.join(", ")} from ${i.module}`)).toEqual([]);
  });

  it("the report, the diff and the history read the one analysis: only analyse() runs the rules", () => {
    const callers = graph.filter((i) => i.module === "analysis/find-gaps.ts" && i.names.some((n) => n === "findGaps" || n === "journeyGaps")).map((i) => i.from);
    expect(callers).toEqual(["analysis/analyse.ts"]);
    const statusCallers = graph.filter((i) => i.module === "analysis/kpi-status.ts" && i.names.includes("kpiStatus")).map((i) => i.from);
    expect(statusCallers).toEqual(["analysis/analyse.ts"]);
  });

  it("the model, the loader and the analysis import nothing from Astro, the DOM, views, pages or the CLI", () => {
    const lower = inLayer(["model/", "load/", "analysis/", "diagnostics/"]);
    const wrong = lower.filter((i) => /^(astro|astro:|@astrojs)/.test(i.module) || /^(views|pages|components|layouts|scripts|cli|output)\//.test(i.module));
    expect(wrong.map((i) => `${i.from} imports ${i.module}`)).toEqual([]);
  });

  it("the output formats sit outside the analysis and never reach into the site", () => {
    const wrong = inLayer(["output/"]).filter((i) => /^(views|pages|components|layouts|scripts|cli)\//.test(i.module));
    expect(wrong.map((i) => `${i.from} imports ${i.module}`)).toEqual([]);
  });
});
