import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

import type { ContentKind } from "../model/content.ts";

export interface ContentFile {
  /** Absolute path. */
  path: string;
  /** Relative to the content folder, `/`-separated. */
  relative: string;
  kind: ContentKind;
  /** First folder under the content folder, for a journey: its product area. */
  area?: string;
}

/** The settings file, when the content folder is the repository root. */
const CONFIG_FILE = "journeymap.config.yaml";
const YAML_FILE = /\.ya?ml$/i;

/** `personas/*.yaml`, `kpis/*.yaml`, and every other YAML file (in any subfolder) is a journey. Sorted, so output is stable. */
export function discoverContent(dir: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules" || entry.name === CONFIG_FILE) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && YAML_FILE.test(entry.name)) files.push(classify(path, relative(dir, path).split(sep).join("/")));
    }
  };
  walk(dir);
  return files;
}

function classify(path: string, rel: string): ContentFile {
  const parts = rel.split("/");
  if (parts[0] === "personas") return { path, relative: rel, kind: "persona" };
  if (parts[0] === "kpis") return { path, relative: rel, kind: "kpi" };
  return { path, relative: rel, kind: "journey", area: parts.length > 1 ? parts[0] : undefined };
}
