/** Hypotheses and evidence [000, 004]: maps are hypotheses until checked with real customers, above all at moments of truth. */
import type { GapRule } from "./rule.ts";

export const unvalidatedMomentOfTruth: GapRule = {
  id: "evidence/unvalidated-moment-of-truth",
  description: "A moment of truth that is still a hypothesis: the most important steps deserve evidence.",
  concept: "Hypotheses validated with customers [004]",
  check: (context) =>
    context.steps
      .filter((s) => s.touchpoint.moment_of_truth && (s.touchpoint.confidence === "hypothesis" || s.touchpoint.evidence.length === 0))
      .map((s) => ({
        title: context.words.unvalidated.title(s.touchpoint.name, s.touchpoint.evidence.length === 0),
        action: context.words.unvalidated.action,
        stage: s.stage.id,
        touchpoint: s.touchpoint.id,
        owner: s.touchpoint.owner,
        location: context.at([...s.path, "moment_of_truth"]),
      })),
};
