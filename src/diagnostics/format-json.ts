import { countBySeverity, type Diagnostic } from "./diagnostic.ts";

export interface JsonReport {
  ok: boolean;
  errors: number;
  warnings: number;
  checked: { journeys: number; personas: number; kpis: number; files: number };
  diagnostics: Diagnostic[];
}

/** Stable machine-readable output: `ok` is false exactly when the exit code is 1. */
export function formatJson(diagnostics: readonly Diagnostic[], checked: JsonReport["checked"]): string {
  const { error, warning } = countBySeverity(diagnostics);
  const report: JsonReport = { ok: error === 0, errors: error, warnings: warning, checked, diagnostics: [...diagnostics] };
  return JSON.stringify(report, null, 2);
}
