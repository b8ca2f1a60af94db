import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Config } from "./config.ts";
import type { Journey } from "./journey.ts";
import type { Kpi } from "./kpi.ts";
import type { Persona } from "./persona.ts";

/** The kinds of content file: where a file sits decides which schema checks it. */
export type ContentKind = "journey" | "persona" | "kpi";

/** A 1-based place in a source file. */
export interface Position {
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

/** A validated document with the way back to its source lines. */
export interface Loaded<T> {
  data: T;
  file: string;
  at(path: readonly PropertyKey[]): Position;
}

export interface LoadedJourney extends Loaded<Journey> {
  /** Product area: the `area` field, else the journey's folder under the content folder. */
  area?: string;
}

/** The whole content folder, loaded: what the analysis, the CLI and the site start from. */
export interface Content {
  /** Absolute content folder. */
  dir: string;
  /** The folder diagnostics' paths are relative to. */
  cwd: string;
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
