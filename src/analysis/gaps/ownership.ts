/**
 * Ownership rules [003]: different steps belong to different teams, and that causes silos. A handoff
 * between teams is a gap only where the customer feels it: the emotion falls into a negative step as
 * the owner changes. A recovery (the next team makes it better) or a handoff into a neutral or positive
 * step is teams working together, not a silo.
 */
import { signed } from "../../model/vocabulary.ts";
import { onStep, type GapRule } from "./rule.ts";

export const missingOwner: GapRule = {
  id: "owner/missing",
  description: "A touchpoint no team owns: nobody will fix it.",
  concept: "Ownership of each step [003]",
  check: (context) =>
    context.steps
      .filter((s) => !s.touchpoint.owner)
      .map((s) => ({
        title: context.words.missingOwner.title(s.touchpoint.name),
        action: context.words.missingOwner.action,
        stage: s.stage.id,
        touchpoint: s.touchpoint.id,
        location: context.at([...s.path, "id"]),
      })),
};

/** Team names compare as people write them: `E-commerce` and `e-commerce ` are one team. */
const team = (owner: string) => owner.trim().replace(/\s+/g, " ").toLowerCase();

export const siloHandoff: GapRule = {
  id: "owner/silo-handoff",
  description: "The emotion falls into a negative step where the owner team changes: a handoff between silos the customer feels.",
  concept: "Silos and handoffs between teams [002, 003]",
  check: (context) =>
    context.steps.slice(1).flatMap((s, i) => {
      const before = context.steps[i]!;
      const from = before.touchpoint.owner;
      const to = s.touchpoint.owner;
      if (!from || !to || team(from) === team(to)) return [];
      const emotion = s.touchpoint.emotion;
      if (emotion >= 0 || emotion >= before.touchpoint.emotion) return [];
      return [
        {
          title: context.words.siloHandoff.title(from, to, signed(before.touchpoint.emotion), before.touchpoint.name, signed(emotion), s.touchpoint.name),
          action: context.words.siloHandoff.action(from, to),
          ...onStep(s),
          location: context.at([...s.path, "owner"]),
        },
      ];
    }),
};
