import type { Journey } from "../model/index.ts";

/**
 * The journey as a mermaid `journey` diagram: stages become sections, touchpoints tasks, personas actors,
 * and emotion -2..+2 becomes mermaid's score 1..5. Mermaid's syntax has no escaping, so characters
 * that end a name or start a comment are replaced, and so are `<` and `>`, which mermaid would read as HTML.
 */
export function mermaidJourney(journey: Journey, actors: readonly string[]): string {
  // `%%` starts a comment or a directive (`%%{init: …}%%`), and braces only matter inside one: a title that
  // was nothing but a directive becomes "untitled" instead of a parse error.
  const clean = (text: string) =>
    text.replace(/%%+/g, " ").replace(/[{}]/g, " ").replace(/[:;#\n\r]+/g, " ").replace(/</g, "‹").replace(/>/g, "›").replace(/\s+/g, " ").trim() || "untitled";
  const who = actors.map(clean).join(", ");
  const lines = ["journey", `  title ${clean(journey.title)}`];
  for (const stage of journey.stages) {
    if (stage.touchpoints.length === 0) continue;
    lines.push(`  section ${clean(stage.name)}`);
    for (const tp of stage.touchpoints) lines.push(`    ${clean(tp.name)}: ${tp.emotion + 3}${who ? `: ${who}` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Mermaid refuses to render a diagram longer than this (its `maxTextSize` default). */
export const MERMAID_MAX_TEXT = 50_000;
