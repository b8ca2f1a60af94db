import { plural } from "../model/vocabulary.ts";
import { styleText } from "node:util";
import { countBySeverity, type Diagnostic } from "./diagnostic.ts";
import { safePath, visible } from "./safe-text.ts";

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
    // Everything from a file or its name is printed with control characters made visible (see safe-text.ts).
    const lines = [`${paint("bold", `${safePath(d.file)}:${d.line}:${d.col}`)} ${severity} ${visible(d.message, false)}  ${paint("dim", d.rule)}`];
    const source = options.sourceLine?.(d.file, d.line);
    if (source !== undefined && source.trim() !== "") {
      const gutter = String(d.line);
      const width = d.endLine === d.line && d.endCol !== undefined ? Math.max(1, d.endCol - d.col) : 1;
      // Escapes are wider than the characters they show: the caret is placed on the escaped text.
      const shown = (text: string) => visible(text.replace(/\t/g, " "), false);
      const before = shown(source.slice(0, Math.max(0, d.col - 1))).length;
      const marked = Math.max(1, shown(source.slice(Math.max(0, d.col - 1), d.col - 1 + width)).length);
      lines.push(`  ${paint("dim", `${gutter} |`)} ${shown(source)}`);
      lines.push(`  ${" ".repeat(gutter.length)} ${paint("dim", "|")} ${" ".repeat(before)}${paint(d.severity === "error" ? "red" : "yellow", "^".repeat(marked))}`);
    }
    if (d.hint) lines.push(`  ${paint("cyan", "hint:")} ${visible(d.hint, false)}`);
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

