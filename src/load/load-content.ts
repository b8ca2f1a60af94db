import { realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { Journey, Kpi, Persona } from "../model/index.ts";
import type { Content, Position } from "../model/content.ts";
import { sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { crossCheck, type PartialContent } from "./cross-check.ts";
import { discoverChecked, isInside, repositoryOf, type ContentFile } from "./discover.ts";
import { displayPath } from "./display-path.ts";
import { loadConfig, type ConfigResult } from "./load-config.ts";
import { fileLocator } from "./load-document.ts";
import { loadContentFile, readContentFile, type FileOutcome } from "./load-file.ts";
import { loadFilesInParallel } from "./load-parallel.ts";

export interface LoadOptions {
  /** Where `journeymap.config.yaml` is looked for; default the working directory. */
  root?: string;
  /** Content folder, overriding the config's `content`. */
  dir?: string;
  /** Paths in diagnostics are relative to this folder; default the working directory. */
  cwd?: string;
}

/** Content files found somewhere (the working tree, or git objects at a revision), ready to load. */
export interface ContentSource {
  /** Absolute content folder (for a revision: where it is in the working tree). */
  dir: string;
  cwd: string;
  config: ConfigResult;
  files: ContentFile[];
  /** Problems found while finding the files: a missing folder, skipped links. */
  diagnostics: Diagnostic[];
}

/** The whole content folder → validated model + every problem in every file. Never throws for author errors. */
export function loadContent(options: LoadOptions = {}): Content {
  return loadSource(workingTree(options));
}

/** The same as `loadContent`, on every core for large content: what the CLI uses. */
export async function loadContentInParallel(options: LoadOptions & { minFilesForWorkers?: number } = {}): Promise<Content> {
  const source = workingTree(options);
  return finish(source, await loadFilesInParallel(source.files, source.cwd, options.minFilesForWorkers));
}

/**
 * Content from files already found, read from disk or from memory. `load` may be given to reuse the outcome of a file
 * seen before (the history loads the same blob at many commits).
 */
export function loadSource(source: ContentSource, load: (file: ContentFile, cwd: string) => FileOutcome = loadContentFile): Content {
  return finish(source, source.files.map((file) => load(file, source.cwd)));
}

/** What a load keeps of each file for the next one (the dev server): its outcome and its size, time and inode then. */
export interface LoadMemo {
  files: Map<string, { stamp: string; outcome: FileOutcome }>;
}

export function loadMemo(): LoadMemo {
  return { files: new Map() };
}

/**
 * `loadContent` for a content folder loaded before (the dev server, after a save): a file whose size, modification
 * time and inode are unchanged, and that `changed` does not name, keeps its outcome (and its position index), so only
 * the edited file is read and validated again; the cross-file checks run on the whole content as always.
 */
export function loadContentReusing(options: LoadOptions, memo: LoadMemo, changed: ReadonlySet<string> = new Set()): Content {
  const next: LoadMemo["files"] = new Map();
  const content = loadSource(workingTree(options), (file, cwd) => {
    let stamp = "";
    try {
      const stat = statSync(file.path);
      stamp = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
    } catch {
      // unreadable: loaded again, and the loader says why
    }
    const kept = memo.files.get(file.path);
    const outcome = kept && stamp && kept.stamp === stamp && !changed.has(file.path) ? kept.outcome : loadContentFile(file, cwd);
    next.set(file.path, { stamp, outcome });
    return outcome;
  });
  memo.files = next;
  return content;
}

function workingTree(options: LoadOptions): ContentSource {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root ?? ".");
  const repository = repositoryOf(root);
  const config = loadConfig(root, cwd, repository);
  // `--dir` is the caller's own choice; the config's `content` comes with the repository, so it must stay inside it.
  const fromConfig = !options.dir;
  const dir = options.dir ? resolve(cwd, options.dir) : resolve(root, config.config.content);
  // A problem with the config's `content` is reported at that line of the config.
  const where = fromConfig && config.file && config.at ? { file: config.file, ...config.at(["content"]) } : undefined;
  let real: string | undefined;
  try {
    real = realpathSync(dir);
  } catch {
    // missing: reported below
  }
  if (real === undefined || !statSync(real).isDirectory()) return { dir, cwd, config, files: [], diagnostics: [{ ...noFolder(dir, cwd), ...where }] };
  if (fromConfig && !isInside(repository ?? realpathSync(root), real)) {
    return { dir, cwd, config, files: [], diagnostics: [{
      severity: "error", rule: "file/outside-repository", message: `the content folder \`${displayPath(dir, cwd)}\` is outside the repository`,
      hint: "`content` names a folder inside the repository, e.g. `journeys`", file: displayPath(dir, cwd), line: 1, col: 1, ...where,
    }] };
  }
  const found = discoverChecked(dir, cwd, repository);
  return { dir, cwd, config, files: found.files, diagnostics: found.diagnostics };
}

export function noFolder(dir: string, cwd: string): Diagnostic {
  return {
    severity: "error",
    rule: "content/no-folder",
    message: `the content folder \`${displayPath(dir, cwd)}\` does not exist`,
    hint: "create it, or point to it with --dir or `content` in journeymap.config.yaml",
    file: displayPath(dir, cwd),
    line: 1,
    col: 1,
  };
}

function finish(source: ContentSource, outcomes: readonly FileOutcome[]): Content {
  const diagnostics = [...source.config.diagnostics, ...source.diagnostics];
  const content: Content = {
    dir: source.dir, cwd: source.cwd, config: source.config.config, journeys: [], personas: [], kpis: [], diagnostics, stats: { files: 0, bytes: 0 },
    broken: { journey: { count: 0, ids: new Set() }, persona: { count: 0, ids: new Set() }, kpi: { count: 0, ids: new Set() } },
  };
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

const digests = new WeakMap<object, string>();

/** SHA-1 of the file a loaded journey, persona or KPI (its `data`) was read from, when known. */
export function sourceDigest(data: object): string | undefined {
  return digests.get(data);
}

/** One locator per outcome: an outcome reused by `loadContentReusing` keeps its position index. */
const locators = new WeakMap<FileOutcome, (path: readonly PropertyKey[]) => Position>();

function add(content: Content, outcome: FileOutcome, partial: PartialContent): void {
  const { file, shown, bytes, data, brokenId, raw, diagnostics } = outcome;
  content.stats.files++;
  content.stats.bytes += bytes;
  content.diagnostics.push(...diagnostics);
  // Positions are looked up on demand: from the bytes in memory, or by reading the file again.
  let at = locators.get(outcome);
  if (!at) {
    at = fileLocator(() => {
      const read = readContentFile(file, shown);
      return read.ok ? read.bytes : undefined;
    }, shown);
    locators.set(outcome, at);
  }
  if (outcome.digest && data !== null && typeof data === "object") digests.set(data, outcome.digest);
  if (data === undefined) {
    content.broken[file.kind].count++;
    if (brokenId) content.broken[file.kind].ids.add(brokenId);
    if (raw !== undefined && file.kind !== "persona") partial[file.kind === "kpi" ? "kpis" : "journeys"].push({ doc: { data: raw, file: shown, at }, raw });
    return;
  }
  if (file.kind === "persona") content.personas.push({ data: data as Persona, file: shown, at });
  else if (file.kind === "kpi") content.kpis.push({ data: data as Kpi, file: shown, at });
  else content.journeys.push({ data: data as Journey, file: shown, at, area: (data as Journey).area ?? file.area });
}
