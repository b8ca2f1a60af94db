import { spawnSync } from "node:child_process";
import { join, relative, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { hasControlCharacters } from "../diagnostics/safe-text.ts";
import type { Content } from "../model/content.ts";
import { ConfigSchema } from "../model/index.ts";
import { classify, isYamlName, skippedName, type ContentFile } from "./discover.ts";
import { displayPath } from "./display-path.ts";
import { CONFIG_FILE, configFromBytes, type ConfigResult } from "./load-config.ts";
import { loadSource } from "./load-content.ts";
import { loadContentFile, type FileOutcome } from "./load-file.ts";
import { MAX_FILE_BYTES } from "./source-file.ts";

/** As many content files as any real content has, and then some; more is a mistake or an attack. */
export const MAX_CONTENT_FILES = 20_000;
/** Blobs are read in batches of about this many bytes, so no single read buffers the whole content. */
const BATCH_BYTES = 32 * 1024 * 1024;

export interface RevisionOptions {
  /** The repository's top folder. */
  root: string;
  commit: string;
  /** The working directory and the content folder, as absolute paths in the working tree: the same places are read at the commit. */
  cwd: string;
  dir: string;
  /** Blobs and loaded files shared between revisions (the history reads the same blob at many commits). */
  cache?: RevisionCache;
}

export interface RevisionCache {
  blobs: Map<string, Uint8Array>;
  outcomes: Map<string, FileOutcome>;
}

export function revisionCache(): RevisionCache {
  return { blobs: new Map(), outcomes: new Map() };
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  size: number;
  /** `/`-separated, from the repository's top. */
  path: string;
}

/**
 * The content as it was at a commit, read from git objects only (`git ls-tree`, `git cat-file --batch`): nothing is
 * checked out, so no symbolic link of an old commit is ever followed. The limits of the working tree apply: 1 MiB per
 * file, at most MAX_CONTENT_FILES files, regular files only. A symbolic link or a submodule is skipped with a note.
 * Positions work as in the working tree: the blobs stay in memory.
 */
export function contentAtRevision(options: RevisionOptions): Content {
  const { root, commit, cwd, dir } = options;
  const cache = options.cache ?? revisionCache();
  const inRepo = (path: string) => relative(root, path).split(sep).join("/");
  const dirInRepo = inRepo(dir);
  const configInRepo = inRepo(join(cwd, CONFIG_FILE));
  const notes: Diagnostic[] = [];
  const shownOf = (repoPath: string) => displayPath(join(root, ...repoPath.split("/")), cwd);
  const note = (repoPath: string, rule: string, message: string, hint: string, severity: Diagnostic["severity"] = "warning") =>
    notes.push({ severity, rule, message, hint, file: shownOf(repoPath), line: 1, col: 1 });

  const listing = git(root, ["ls-tree", "-r", "-l", "-z", "--full-tree", commit, "--", dirInRepo || ".", configInRepo]);
  if (!listing.ok) throw new Error(`git ls-tree failed at ${commit}: ${listing.stderr.trim()}`);
  const entries = parseTree(listing.stdout.toString("utf8"));

  const prefix = dirInRepo ? `${dirInRepo}/` : "";
  const wanted: { entry: TreeEntry; file: ContentFile }[] = [];
  let configEntry: TreeEntry | undefined;
  let folderFound = false;
  for (const entry of entries) {
    if (entry.path === configInRepo) {
      if (regular(entry)) configEntry = entry;
      else note(entry.path, "file/link-skipped", `the settings file is ${kindOf(entry)} at this commit; it was skipped and the default settings used`, "settings are read from a regular file only");
      continue;
    }
    if (entry.path === dirInRepo) {
      note(entry.path, "file/link-skipped", `the content folder is ${kindOf(entry)} at this commit; it was skipped`, "content is read from regular files inside the repository only");
      continue;
    }
    if (!entry.path.startsWith(prefix)) continue;
    const rel = entry.path.slice(prefix.length);
    const parts = rel.split("/");
    if (parts.some(skippedName)) continue;
    folderFound = true;
    if (hasControlCharacters(rel)) {
      note(entry.path, "file/bad-name", "the name contains control characters (a newline, an escape…), so it is not read", "rename it with letters, digits and hyphens", "error");
      continue;
    }
    if (!regular(entry)) {
      if (entry.type === "commit" || isYamlName(rel)) {
        note(entry.path, "file/link-skipped", `\`${rel}\` is ${kindOf(entry)} at this commit; it was skipped`, "content is read from regular files inside the repository only");
      }
      continue;
    }
    if (!isYamlName(rel)) continue;
    const file = classify(join(root, ...entry.path.split("/")), rel);
    file.size = entry.size;
    wanted.push({ entry, file });
  }
  if (wanted.length > MAX_CONTENT_FILES) {
    note(dirInRepo || ".", "content/too-many-files", `the content has ${wanted.length} files at this commit, over the limit of ${MAX_CONTENT_FILES}; only the first ${MAX_CONTENT_FILES} were read`, "keep the content folder to journeys, personas and KPIs", "error");
    wanted.length = MAX_CONTENT_FILES;
  }

  const toRead = [...(configEntry ? [configEntry] : []), ...wanted.map((w) => w.entry)].filter((e) => e.size <= MAX_FILE_BYTES && !cache.blobs.has(e.object));
  readBlobs(root, toRead, cache.blobs);

  let config: ConfigResult = { config: ConfigSchema.parse({}), root: cwd, diagnostics: [] };
  if (configEntry) {
    const shown = shownOf(configEntry.path);
    const bytes = cache.blobs.get(configEntry.object);
    config = bytes ? configFromBytes(cwd, shown, bytes) : { ...config, diagnostics: [{ severity: "error", rule: "file/too-large", message: `the settings file is over the ${MAX_FILE_BYTES / 1024} KiB limit at this commit`, hint: "the defaults were used", file: shown, line: 1, col: 1 }] };
  }
  const files = wanted.map(({ entry, file }) => {
    const bytes = cache.blobs.get(entry.object);
    return bytes ? { ...file, bytes } : file;
  });
  const objects = new Map(wanted.map(({ entry, file }) => [file.path, entry.object]));
  // A revision from before the content folder existed simply has no content, which is not a problem.
  const content = loadSource({ dir, cwd, config, files, diagnostics: notes }, (file, at) => {
    const key = `${objects.get(file.path)}\0${file.path}\0${file.kind}\0${at}`;
    let outcome = cache.outcomes.get(key);
    if (!outcome) {
      // A file over the limit has no bytes: it is refused on its size alone, never read (and never from the disk).
      outcome = file.bytes || (file.size ?? 0) > MAX_FILE_BYTES ? loadContentFile(file, at) : missingObject(file, at);
      cache.outcomes.set(key, outcome);
    }
    return outcome;
  });
  if (!folderFound && files.length === 0) content.diagnostics = content.diagnostics.filter((d) => d.rule !== "content/no-journeys");
  return content;
}

function regular(entry: TreeEntry): boolean {
  return entry.type === "blob" && (entry.mode === "100644" || entry.mode === "100755");
}

function kindOf(entry: TreeEntry): string {
  if (entry.mode === "120000") return "a symbolic link";
  if (entry.type === "commit") return "a submodule";
  return `not a regular file (mode ${entry.mode})`;
}

/** `<mode> <type> <object> <size>\t<path>\0` records of `git ls-tree -r -l -z`. */
function parseTree(text: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of text.split("\0")) {
    if (!record) continue;
    const tab = record.indexOf("\t");
    const [mode = "", type = "", object = "", size = ""] = record.slice(0, tab).split(/ +/);
    entries.push({ mode, type, object, size: size === "-" ? 0 : Number(size), path: record.slice(tab + 1) });
  }
  return entries;
}

function missingObject(file: ContentFile, cwd: string): FileOutcome {
  const shown = displayPath(file.path, cwd);
  return { file, shown, bytes: 0, diagnostics: [{ severity: "error", rule: "file/unreadable", message: "the file's content is missing from this clone", hint: "fetch the full history: `git fetch --unshallow`", file: shown, line: 1, col: 1 }] };
}

/** Blob contents by object id, with `git cat-file --batch`: one process per batch of about BATCH_BYTES, however many files. */
function readBlobs(root: string, entries: readonly TreeEntry[], into: Map<string, Uint8Array>): void {
  const unique = [...new Map(entries.map((e) => [e.object, e])).values()];
  for (let start = 0; start < unique.length; ) {
    let bytes = 0;
    let end = start;
    while (end < unique.length && (end === start || bytes + unique[end]!.size <= BATCH_BYTES)) bytes += unique[end++]!.size;
    const batch = unique.slice(start, end).map((e) => e.object);
    start = end;
    const run = spawnSync("git", ["cat-file", "--batch"], { cwd: root, input: `${batch.join("\n")}\n`, maxBuffer: bytes + batch.length * 128 + 1024 });
    if (run.status !== 0 || !run.stdout) throw new Error(`git cat-file failed: ${run.stderr?.toString().trim()}`);
    const out = run.stdout;
    let at = 0;
    for (const id of batch) {
      const eol = out.indexOf(0x0a, at);
      const header = out.subarray(at, eol).toString("utf8").split(" ");
      at = eol + 1;
      if (header[1] === "missing") continue;
      const size = Number(header[2]);
      into.set(id, new Uint8Array(out.subarray(at, at + size)));
      at += size + 1;
    }
  }
}

function git(root: string, args: readonly string[]): { ok: boolean; stdout: Buffer; stderr: string } {
  const run = spawnSync("git", ["--literal-pathspecs", ...args], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
  return { ok: run.status === 0, stdout: run.stdout ?? Buffer.alloc(0), stderr: run.stderr?.toString() ?? "" };
}
