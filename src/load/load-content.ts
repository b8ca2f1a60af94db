import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { JourneySchema, KpiSchema, PersonaSchema, type Config, type Journey, type Kpi, type Persona } from "../model/index.ts";
import { sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { crossCheck } from "./cross-check.ts";
import { discoverContent, type ContentFile, type ContentKind } from "./discover.ts";
import { displayPath } from "./display-path.ts";
import { loadConfig } from "./load-config.ts";
import { loadDocument, type Loaded } from "./load-document.ts";

export interface LoadedJourney extends Loaded<Journey> {
  /** Product area: the `area` field, else the journey's folder under the content folder. */
  area?: string;
}

export interface Content {
  /** Absolute content folder. */
  dir: string;
  config: Config;
  journeys: LoadedJourney[];
  personas: Loaded<Persona>[];
  kpis: Loaded<Kpi>[];
  /** Every problem found, sorted by file and position. */
  diagnostics: Diagnostic[];
  stats: { files: number; bytes: number };
  /** Files that failed to load, by kind, with their ids where readable: cross-file checks skip what depends on them. */
  broken: Record<ContentKind, { count: number; ids: Set<string> }>;
}

export interface LoadOptions {
  /** Where `journeymap.config.yaml` is looked for; default the working directory. */
  root?: string;
  /** Content folder, overriding the config's `content`. */
  dir?: string;
}

/** The whole content folder → validated model + every problem in every file. Never throws for author errors. */
export function loadContent(options: LoadOptions = {}): Content {
  const root = resolve(options.root ?? process.cwd());
  const { config, diagnostics } = loadConfig(root);
  const dir = options.dir ? resolve(options.dir) : resolve(root, config.content);
  const content: Content = {
    dir, config, journeys: [], personas: [], kpis: [], diagnostics, stats: { files: 0, bytes: 0 },
    broken: { journey: { count: 0, ids: new Set() }, persona: { count: 0, ids: new Set() }, kpi: { count: 0, ids: new Set() } },
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    diagnostics.push({
      severity: "error",
      rule: "content/no-folder",
      message: `the content folder \`${displayPath(dir)}\` does not exist`,
      hint: "create it, or point to it with --dir or `content` in journeymap.config.yaml",
      file: displayPath(dir),
      line: 1,
      col: 1,
    });
    return content;
  }
  for (const file of discoverContent(dir)) loadFile(file, content);
  if (content.journeys.length === 0 && !diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push({
      severity: "warning",
      rule: "content/no-journeys",
      message: `no journeys found in \`${displayPath(dir)}\``,
      hint: "add a journey file, e.g. journeys/<area>/<journey-id>.yaml",
      file: displayPath(dir),
      line: 1,
      col: 1,
    });
  }
  diagnostics.push(...crossCheck(content));
  content.diagnostics = sortDiagnostics(diagnostics);
  return content;
}

function loadFile(file: ContentFile, content: Content): void {
  const bytes = readFileSync(file.path);
  content.stats.files++;
  content.stats.bytes += bytes.length;
  const shown = displayPath(file.path);
  const note = (result: { brokenId?: string; diagnostics: Diagnostic[]; loaded?: unknown }) => {
    content.diagnostics.push(...result.diagnostics);
    if (result.loaded) return;
    content.broken[file.kind].count++;
    if (result.brokenId) content.broken[file.kind].ids.add(result.brokenId);
  };
  if (file.kind === "persona") {
    const result = loadDocument(shown, bytes, PersonaSchema);
    note(result);
    if (result.loaded) content.personas.push(result.loaded);
  } else if (file.kind === "kpi") {
    const result = loadDocument(shown, bytes, KpiSchema);
    note(result);
    if (result.loaded) content.kpis.push(result.loaded);
  } else {
    const result = loadDocument(shown, bytes, JourneySchema);
    note(result);
    if (result.loaded) content.journeys.push({ ...result.loaded, area: result.loaded.data.area ?? file.area });
  }
}
