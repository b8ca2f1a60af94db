import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { formatPath } from "../diagnostics/diagnostic.ts";
import { didYouMean, listSome } from "../diagnostics/suggest.ts";
import type { Content } from "../model/content.ts";

/**
 * `ref/unknown-persona` for the keys of a touchpoint's `emotions`: each must be one of the journey's own
 * personas, or its curve would be drawn for somebody the journey is not about.
 */
export function checkPersonaEmotions(content: Pick<Content, "journeys">): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const doc of content.journeys) {
    const personas = doc.data.persona;
    doc.data.stages.forEach((stage, s) =>
      stage.touchpoints.forEach((touchpoint, t) => {
        for (const id of Object.keys(touchpoint.emotions ?? {})) {
          if (personas.includes(id)) continue;
          const path = ["stages", s, "touchpoints", t, "emotions", id];
          const guess = didYouMean(id, personas);
          out.push({
            severity: "error",
            rule: "ref/unknown-persona",
            message: `\`emotions\` names persona \`${id}\`, which is not a persona of journey \`${doc.data.id}\``,
            hint: guess ? `did you mean \`${guess}\`?` : `the journey's personas: ${listSome(personas)}; add it to \`persona\` first`,
            file: doc.file,
            ...doc.at(path),
            path: formatPath(path),
          });
        }
      }),
    );
  }
  return out;
}
