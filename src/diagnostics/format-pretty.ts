import { plural } from "../model/vocabulary.ts";
import { styleText } from "node:util";
import { countBySeverity, type Diagnostic } from "./diagnostic.ts";

export interface PrettyOptions {
  color: boolean;
  /** The source line for a code frame, when the file can be read. */
  sourceLine?: (file: string, line: number) => string | undefined;
}

type Style = Parameters<typeof styleText>[0];

/** `file:line:col severity message  rule`, a code frame with a caret under the value, and the hint. */
export function formatPretty(diagnostics: readonly Diagnostic[], options: PrettyOptions): string {
  const paint = (style: Style, text: string) => (options.color ? styleText(style, text, { validateStream: false }) : text);
  const blocks = diagnostics.map((d) => {
    const severity = d.severity === "error" ? paint(["red", "bold"], "error") : paint(["yellow", "bold"], "warning");
    const lines = [`${paint("bold", `${d.file}:${d.line}:${d.col}`)} ${severity} ${d.message}  ${paint("dim", d.rule)}`];
    const source = options.sourceLine?.(d.file, d.line);
    if (source !== undefined && source.trim() !== "") {
      const gutter = String(d.line);
      const width = d.endLine === d.line && d.endCol !== undefined ? Math.max(1, d.endCol - d.col) : 1;
      const expanded = source.replace(/\t/g, " ");
      lines.push(`  ${paint("dim", `${gutter} |`)} ${expanded}`);
      lines.push(`  ${" ".repeat(gutter.length)} ${paint("dim", "|")} ${" ".repeat(Math.max(0, d.col - 1))}${paint(d.severity === "error" ? "red" : "yellow", "^".repeat(width))}`);
    }
    if (d.hint) lines.push(`  ${paint("cyan", "hint:")} ${d.hint}`);
    return lines.join("\n");
  });
  return blocks.join("\n\n");
}

export function summaryLine(diagnostics: readonly Diagnostic[], counts: { journeys: number; personas: number; kpis: number; files: number }, color: boolean): string {
  const { error, warning } = countBySeverity(diagnostics);
  const what = `${plural(counts.journeys, "journey")}, ${plural(counts.personas, "persona")}, ${plural(counts.kpis, "KPI")} in ${plural(counts.files, "file")}`;
  const paint = (style: Style, text: string) => (color ? styleText(style, text, { validateStream: false }) : text);
  if (error === 0 && warning === 0) return paint("green", `✔ ${what}: no problems`);
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const tally = `${plural(error, "error")}, ${plural(warning, "warning")} in ${plural(files, "file")}`;
  return error > 0 ? paint("red", `✖ ${tally} (checked ${what})`) : paint("yellow", `⚠ ${tally} (checked ${what})`);
}

