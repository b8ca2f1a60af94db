import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

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
  const files: ContentFile[] = [];
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (skippedName(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && isYamlName(entry.name)) files.push(classify(path, relative(dir, path).split(sep).join("/")));
    }
  };
  walk(dir);
  return files;
}

/** What a content file is, from where it sits under the content folder (`rel` is `/`-separated). */
export function classify(path: string, rel: string): ContentFile {
  const parts = rel.split("/");
  if (parts[0] === "personas") return { path, relative: rel, kind: "persona" };
  if (parts[0] === "kpis") return { path, relative: rel, kind: "kpi" };
  return { path, relative: rel, kind: "journey", area: parts.length > 1 ? parts[0] : undefined };
}
