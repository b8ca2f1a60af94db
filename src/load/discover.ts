import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { hasControlCharacters } from "../diagnostics/safe-text.ts";
import { displayPath } from "./display-path.ts";
import { unreadable } from "./load-file.ts";

import type { ContentKind } from "../model/content.ts";

export interface ContentFile {
  /** Absolute path; for a file read from git, where it would be in the working tree. */
  path: string;
  /** Relative to the content folder, `/`-separated. */
  relative: string;
  kind: ContentKind;
  /** First folder under the content folder, for a journey: its product area. */
  area?: string;
  /** The file's bytes when they are held in memory (read from git objects); otherwise they are read from `path`. */
  bytes?: Uint8Array;
  /** The size, when known before reading: a file over the limit is refused without being read. */
  size?: number;
}

/** The settings file, when the content folder is the repository root. */
const CONFIG_FILE = "journeymap.config.yaml";
const YAML_FILE = /\.ya?ml$/i;

/** Hidden files and folders, `node_modules` and the settings file are never content. */
export function skippedName(name: string): boolean {
  return name.startsWith(".") || name === "node_modules" || name === CONFIG_FILE;
}

export function isYamlName(name: string): boolean {
  return YAML_FILE.test(name);
}

/** `personas/*.yaml`, `kpis/*.yaml`, and every other YAML file (in any subfolder) is a journey. Sorted, so output is stable. */
export function discoverContent(dir: string): ContentFile[] {
  return discoverChecked(dir, process.cwd()).files;
}

/** As many content files as any real content has, and then some; more is a mistake or an attack. */
export const MAX_CONTENT_FILES = 20_000;

/**
 * The content files of a folder in the working tree, with what was refused on the way: symbolic links are never
 * followed (a warning says which were skipped, an error when one points outside the repository), devices, pipes and
 * sockets are never opened, names with control characters are refused, unreadable folders are reported, and the
 * number of files is capped. Problems are diagnostics, never exceptions.
 */
export function discoverChecked(dir: string, cwd: string, repository?: string): { files: ContentFile[]; diagnostics: Diagnostic[] } {
  const files: ContentFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (path: string, severity: Diagnostic["severity"], rule: string, message: string, hint: string) =>
    diagnostics.push({ severity, rule, message, hint, file: displayPath(path, cwd), line: 1, col: 1 });
  let capped = false;
  const walk = (folder: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      diagnostics.push(unreadable(displayPath(folder, cwd), error, "folder"));
      return;
    }
    for (const entry of entries) {
      if (skippedName(entry.name)) continue;
      const path = join(folder, entry.name);
      if (hasControlCharacters(entry.name)) {
        report(path, "error", "file/bad-name", "the name contains control characters (a newline, an escape…), so it is not read", "rename it with letters, digits and hyphens");
        continue;
      }
      if (entry.isDirectory()) walk(path);
      else if (entry.isSymbolicLink()) link(path, entry.name);
      else if (!isYamlName(entry.name)) continue;
      else if (!entry.isFile()) report(path, "error", "file/not-regular", "this is not a regular file (a device, a pipe or a socket), so it is not read", "content files are plain YAML files: remove it");
      else if (files.length >= MAX_CONTENT_FILES) capped = true;
      else files.push(classify(path, relative(dir, path).split(sep).join("/")));
    }
  };
  const link = (path: string, name: string) => {
    let target: string | undefined;
    try {
      target = realpathSync(path);
    } catch {
      // A dangling link: nothing is read through it.
    }
    if (target !== undefined && repository !== undefined && !isInside(repository, target)) {
      report(path, "error", "file/outside-repository", "this is a symbolic link to a place outside the repository; it is not followed", "content lives in the repository: replace the link with the file itself");
    } else if (isYamlName(name) || (target !== undefined && isDirectory(target))) {
      report(path, "warning", "file/link-skipped", "this is a symbolic link; links are not followed, so it was skipped", "move or copy the file here instead of linking to it");
    }
  };
  walk(dir);
  if (capped) report(dir, "error", "content/too-many-files", `the content has more than ${MAX_CONTENT_FILES} files; only the first ${MAX_CONTENT_FILES} were read`, "keep the content folder to journeys, personas and KPIs");
  return { files, diagnostics };
}

/** True when `path` is `folder` or inside it (both absolute; real paths when links matter). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What a content file is, from where it sits under the content folder (`rel` is `/`-separated). */
export function classify(path: string, rel: string): ContentFile {
  const parts = rel.split("/");
  if (parts[0] === "personas") return { path, relative: rel, kind: "persona" };
  if (parts[0] === "kpis") return { path, relative: rel, kind: "kpi" };
  return { path, relative: rel, kind: "journey", area: parts.length > 1 ? parts[0] : undefined };
}

/** The repository a folder belongs to: the nearest folder upwards holding `.git` (no git process needed), else none. */
export function repositoryOf(start: string): string | undefined {
  for (let folder = start; ; ) {
    try {
      statSync(join(folder, ".git"));
      return realpathSync(folder);
    } catch {
      // not here
    }
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
