import type { GapRule } from "./rule.ts";

export const missingOwner: GapRule = {
  id: "owner/missing",
  description: "A touchpoint no team owns: nobody will fix it.",
  check: (context) =>
    context.steps
      .filter((s) => !s.touchpoint.owner)
      .map((s) => ({
        title: `Nobody owns “${s.touchpoint.name}”`,
        action: "Name the team responsible under `owner`",
        stage: s.stage.id,
        touchpoint: s.touchpoint.id,
        location: context.at([...s.path, "id"]),
      })),
};

export const siloHandoff: GapRule = {
  id: "owner/silo-handoff",
  description: "Consecutive touchpoints owned by different teams where the customer feels negative: a handoff between silos.",
  check: (context) =>
    context.steps.slice(1).flatMap((s, i) => {
      const before = context.steps[i]!;
      const from = before.touchpoint.owner;
      const to = s.touchpoint.owner;
      if (!from || !to || from === to) return [];
      if (before.touchpoint.emotion >= 0 && s.touchpoint.emotion >= 0) return [];
      return [
        {
          title: `Handoff from ${from} to ${to} between “${before.touchpoint.name}” and “${s.touchpoint.name}” at a negative moment`,
          action: `Agree one joint metric and what passes across: ${from} and ${to} together own this step`,
          stage: s.stage.id,
          touchpoint: s.touchpoint.id,
          owner: to,
          location: context.at([...s.path, "owner"]),
        },
      ];
    }),
};
