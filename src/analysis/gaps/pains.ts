/** Pain points and opportunities [000, 004]: a pain with no opportunity or action planned is a gap the map names. */
import type { GapRule } from "./rule.ts";

export const painWithoutOpportunity: GapRule = {
  id: "pain/no-opportunity",
  description: "A touchpoint with pain points and no opportunity or action planned.",
  concept: "Pain points and opportunities [004]",
  check: (context) =>
    context.steps
      .filter((s) => s.touchpoint.pains.length > 0 && s.touchpoint.opportunities.every((o) => o.status === "dropped"))
      .map((s) => ({
        title: context.words.painWithoutOpportunity.title(s.touchpoint.name, s.touchpoint.pains.length, s.touchpoint.pains[0]!),
        action: context.words.painWithoutOpportunity.action,
        stage: s.stage.id,
        touchpoint: s.touchpoint.id,
        owner: s.touchpoint.owner,
        location: context.at([...s.path, "pains"]),
      })),
};
