import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Journey, Kpi, Persona } from "../model/index.ts";
import type { Content } from "../model/content.ts";
import { sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { crossCheck, type PartialContent } from "./cross-check.ts";
import { discoverContent, type ContentFile } from "./discover.ts";
import { displayPath } from "./display-path.ts";
import { loadConfig } from "./load-config.ts";
import { fileLocator } from "./load-document.ts";
import { loadContentFile, type FileOutcome } from "./load-file.ts";
import { loadFilesInParallel } from "./load-parallel.ts";

export interface LoadOptions {
  /** Where `journeymap.config.yaml` is looked for; default the working directory. */
  root?: string;
  /** Content folder, overriding the config's `content`. */
  dir?: string;
  /** Paths in diagnostics are relative to this folder; default the working directory. */
  cwd?: string;
}

/** The whole content folder → validated model + every problem in every file. Never throws for author errors. */
export function loadContent(options: LoadOptions = {}): Content {
  const { content, files } = start(options);
  return finish(content, files.map((file) => loadContentFile(file, content.cwd)));
}

/** The same as `loadContent`, on every core for large content: what the CLI uses. */
export async function loadContentInParallel(options: LoadOptions & { minFilesForWorkers?: number } = {}): Promise<Content> {
  const { content, files } = start(options);
  return finish(content, await loadFilesInParallel(files, content.cwd, options.minFilesForWorkers));
}

function start(options: LoadOptions): { content: Content; files: ContentFile[] } {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root ?? ".");
  const { config, diagnostics } = loadConfig(root, cwd);
  const dir = options.dir ? resolve(cwd, options.dir) : resolve(root, config.content);
  const content: Content = {
    dir, cwd, config, journeys: [], personas: [], kpis: [], diagnostics, stats: { files: 0, bytes: 0 },
    broken: { journey: { count: 0, ids: new Set() }, persona: { count: 0, ids: new Set() }, kpi: { count: 0, ids: new Set() } },
  };
  if (existsSync(dir) && statSync(dir).isDirectory()) return { content, files: discoverContent(dir) };
  diagnostics.push({
    severity: "error",
    rule: "content/no-folder",
    message: `the content folder \`${displayPath(dir, cwd)}\` does not exist`,
    hint: "create it, or point to it with --dir or `content` in journeymap.config.yaml",
    file: displayPath(dir, cwd),
    line: 1,
    col: 1,
  });
  return { content, files: [] };
}

function finish(content: Content, outcomes: readonly FileOutcome[]): Content {
  const { diagnostics } = content;
  const folderMissing = diagnostics.some((d) => d.rule === "content/no-folder");
  const partial: PartialContent = { journeys: [], kpis: [] };
  for (const outcome of outcomes) add(content, outcome, partial);
  if (!folderMissing && content.journeys.length === 0 && !diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push({
      severity: "warning",
      rule: "content/no-journeys",
      message: `no journeys found in \`${displayPath(content.dir, content.cwd)}\``,
      hint: "add a journey file, e.g. journeys/<area>/<journey-id>.yaml",
      file: displayPath(content.dir, content.cwd),
      line: 1,
      col: 1,
    });
  }
  diagnostics.push(...crossCheck(content, partial));
  content.diagnostics = sortDiagnostics(diagnostics);
  return content;
}

function add(content: Content, { file, shown, bytes, data, brokenId, raw, diagnostics }: FileOutcome, partial: PartialContent): void {
  content.stats.files++;
  content.stats.bytes += bytes;
  content.diagnostics.push(...diagnostics);
  if (data === undefined) {
    content.broken[file.kind].count++;
    if (brokenId) content.broken[file.kind].ids.add(brokenId);
    if (raw !== undefined && file.kind !== "persona") partial[file.kind === "kpi" ? "kpis" : "journeys"].push({ doc: { data: raw, file: shown, at: fileLocator(file.path, shown) }, raw });
    return;
  }
  const at = fileLocator(file.path, shown);
  if (file.kind === "persona") content.personas.push({ data: data as Persona, file: shown, at });
  else if (file.kind === "kpi") content.kpis.push({ data: data as Kpi, file: shown, at });
  else content.journeys.push({ data: data as Journey, file: shown, at, area: (data as Journey).area ?? file.area });
}
