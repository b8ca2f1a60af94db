export type Severity = "error" | "warning";

/** A problem found in the content, as data; formatters decide how it reads. */
export interface Diagnostic {
  severity: Severity;
  /** Namespaced rule id, e.g. `schema/unknown-field`, `ref/unknown-persona`. */
  rule: string;
  /** One sentence that quotes the offending value. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Path of the file, relative to the working directory, with `/` separators. */
  file: string;
  /** 1-based position of the offending value. */
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  /** Where in the document, e.g. `stages[1].touchpoints[0].emotion`. */
  path?: string;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  let error = 0;
  let warning = 0;
  for (const d of diagnostics) d.severity === "error" ? error++ : warning++;
  return { error, warning };
}

/** File order, then position: the order an author fixes things in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule),
  );
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}
