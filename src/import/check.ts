import { existsSync, readFileSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { classify, discoverContent, type ContentFile } from "../load/discover.ts";
import { displayPath } from "../load/display-path.ts";
import { loadConfig } from "../load/load-config.ts";
import { loadSource } from "../load/load-content.ts";
import type { Content } from "../model/content.ts";

/**
 * Validation of the content as it would be after an import, before anything is written: the changed files are held in
 * memory and checked with everything else, with the same rules and messages as `journeymap validate`.
 */
export interface ContentPlace {
  cwd: string;
  /** `--dir`, else `content` in the config. */
  dir?: string;
}

export function contentDir({ cwd, dir }: ContentPlace): string {
  return dir ? resolve(cwd, dir) : resolve(cwd, loadConfig(cwd, cwd).config.content);
}

/** The content with `changes` (absolute path → new text) laid over the working tree. */
export function contentWith(place: ContentPlace, changes: ReadonlyMap<string, string> = new Map()): Content {
  const config = loadConfig(place.cwd, place.cwd);
  const dir = contentDir(place);
  const files: ContentFile[] = existsSync(dir) && statSync(dir).isDirectory() ? discoverContent(dir) : [];
  const encoder = new TextEncoder();
  for (const [path, text] of changes) {
    const rel = relative(dir, path).split(sep).join("/");
    if (rel.startsWith("..")) continue;
    const bytes = encoder.encode(text);
    const known = files.find((f) => f.path === path);
    if (known) known.bytes = bytes;
    else files.push({ ...classify(path, rel), bytes });
  }
  files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return loadSource({ dir, cwd: place.cwd, config, files, diagnostics: [] });
}

/** Errors `after` has that `before` had not: what the import would break (problems already there are not its doing). */
export function newErrors(before: Content, after: Content): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.file}\u0000${d.rule}\u0000${d.message}`;
  const old = new Set(before.diagnostics.filter((d) => d.severity === "error").map(key));
  return after.diagnostics.filter((d) => d.severity === "error" && !old.has(key(d)));
}

/** Source lines for code frames: the planned text of a changed file, else the file on disk. */
export function sourceLines(cwd: string, changes: ReadonlyMap<string, string>): (file: string, line: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file)) {
      const path = resolve(cwd, file);
      let text = changes.get(path);
      if (text === undefined) {
        try {
          text = readFileSync(path, "utf8");
        } catch {
          text = undefined;
        }
      }
      cache.set(file, text?.split(/\r?\n/));
    }
    return cache.get(file)?.[line - 1];
  };
}

export function shown(path: string, cwd: string): string {
  return displayPath(path, cwd);
}
