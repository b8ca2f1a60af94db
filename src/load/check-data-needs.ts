import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { formatPath } from "../diagnostics/diagnostic.ts";
import { didYouMean, listSome } from "../diagnostics/suggest.ts";
import type { Content } from "../model/content.ts";
import { dataKey } from "../model/data-name.ts";

/**
 * `ref/unknown-data`: a touchpoint `needs` data that no system anywhere in its journey captures. Usually a
 * typo (`order nubmer`) or another word for the same thing (`postcode` / `zip code`); either way the
 * `data/asked-again` rule can never see it met. Names match as that rule matches them: case and plural aside.
 */
export function checkDataNeeds(content: Pick<Content, "journeys">): Diagnostic[] {
  return content.journeys.flatMap((doc) => {
    // A journey's findings depend on that journey alone: the dev server, which reloads only the saved file, reuses
    // the others' (keyed by the loaded data, which a changed file replaces).
    let found = checked.get(doc.data);
    if (!found || found.file !== doc.file) checked.set(doc.data, (found = { file: doc.file, diagnostics: journeyDataNeeds(doc) }));
    return found.diagnostics;
  });
}

const checked = new WeakMap<object, { file: string; diagnostics: Diagnostic[] }>();

function journeyDataNeeds(doc: Content["journeys"][number]): Diagnostic[] {
  const out: Diagnostic[] = [];
  {
    const captured = new Map<string, string>();
    for (const stage of doc.data.stages) {
      for (const touchpoint of stage.touchpoints) {
        for (const system of touchpoint.systems) for (const item of system.data ?? []) if (!captured.has(dataKey(item))) captured.set(dataKey(item), item);
      }
    }
    const names = [...new Set(captured.values())].sort();
    doc.data.stages.forEach((stage, s) =>
      stage.touchpoints.forEach((touchpoint, t) =>
        touchpoint.needs.forEach((need, i) => {
          if (captured.has(dataKey(need))) return;
          const guess = didYouMean(dataKey(need), [...captured.keys()]);
          const path = ["stages", s, "touchpoints", t, "needs", i];
          out.push({
            severity: "warning",
            rule: "ref/unknown-data",
            message: `\`${need}\` is captured by no system in journey \`${doc.data.id}\``,
            hint: guess
              ? `did you mean \`${captured.get(guess)}\`?`
              : names.length
                ? `data captured in this journey: ${listSome(names)}; or add it to the \`data\` of the system that captures it`
                : "list it under the `data` of the system that captures it",
            file: doc.file,
            ...doc.at(path),
            path: formatPath(path),
          });
        }),
      ),
    );
  }
  return out;
}
