import type { Diagnostic } from "./diagnostic.ts";
import { visible } from "./safe-text.ts";

// Escaping as GitHub's toolkit does (actions/toolkit, core/src/command.ts).
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions workflow commands: each problem becomes an annotation on the pull request's line. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const props = [`file=${visible(d.file, false)}`, `line=${d.line}`, `col=${d.col}`];
      if (d.endLine !== undefined) props.push(`endLine=${d.endLine}`);
      if (d.endCol !== undefined && d.endLine === d.line) props.push(`endColumn=${d.endCol}`);
      props.push(`title=${d.rule}`);
      // Control characters from content become visible text first; the toolkit's escaping then covers the rest.
      const body = d.hint ? `${visible(d.message, false)}\nhint: ${visible(d.hint, false)}` : visible(d.message, false);
      return `::${d.severity} ${props.map((p) => { const i = p.indexOf("="); return `${p.slice(0, i)}=${escapeProperty(p.slice(i + 1))}`; }).join(",")}::${escapeData(body)}`;
    })
    .join("\n");
}
