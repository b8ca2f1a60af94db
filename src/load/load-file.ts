import { readFileSync } from "node:fs";
import type { z } from "zod";
import { JourneySchema, KpiSchema, PersonaSchema } from "../model/index.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { ContentKind } from "../model/content.ts";
import type { ContentFile } from "./discover.ts";
import { displayPath } from "./display-path.ts";
import { loadDocument } from "./load-document.ts";

const SCHEMAS: Record<ContentKind, z.ZodType> = { journey: JourneySchema, persona: PersonaSchema, kpi: KpiSchema };

/** What loading one content file gives; plain data, so it can cross a worker thread. */
export interface FileOutcome {
  file: ContentFile;
  /** The path as diagnostics show it. */
  shown: string;
  bytes: number;
  data?: unknown;
  brokenId?: string;
  /** Plain value of a file that parsed but failed the schema. */
  raw?: unknown;
  diagnostics: Diagnostic[];
}

export function loadContentFile(file: ContentFile, cwd: string): FileOutcome {
  const bytes = readFileSync(file.path);
  const shown = displayPath(file.path, cwd);
  const { loaded, brokenId, raw, diagnostics } = loadDocument(shown, bytes, SCHEMAS[file.kind]);
  return { file, shown, bytes: bytes.length, data: loaded?.data, brokenId, raw, diagnostics };
}
