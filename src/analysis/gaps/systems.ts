import type { GapRule } from "./rule.ts";

export const missingSystem: GapRule = {
  id: "system/missing",
  description: "A touchpoint with no system behind it: nothing records what happens there.",
  check: (context) =>
    context.steps
      .filter((s) => s.touchpoint.systems.length === 0 && s.touchpoint.control !== "earned" && s.touchpoint.channel !== "word-of-mouth")
      .map((s) => ({
        title: `No system behind “${s.touchpoint.name}”`,
        action: "Name the system that records this step and the data it passes on under `systems`",
        stage: s.stage.id,
        touchpoint: s.touchpoint.id,
        owner: s.touchpoint.owner,
        location: context.at([...s.path, "id"]),
      })),
};

/** Data is compared case-insensitively: `Order number` captured earlier satisfies `order number` needed later. */
export const dataAskedAgain: GapRule = {
  id: "data/asked-again",
  description: "A touchpoint needs data that no earlier touchpoint's systems captured: the customer has to repeat it.",
  check: (context) => {
    const captured = new Set<string>();
    return context.steps.flatMap((s) => {
      const missing = s.touchpoint.needs.filter((item) => !captured.has(item.toLowerCase()));
      for (const system of s.touchpoint.systems) for (const item of system.data ?? []) captured.add(item.toLowerCase());
      return missing.map((item) => ({
        title: `“${s.touchpoint.name}” needs ${item}, which no earlier step captured: the customer has to give it again`,
        action: `Capture ${item} earlier and pass it on, or look it up from the systems that have it`,
        stage: s.stage.id,
        touchpoint: s.touchpoint.id,
        owner: s.touchpoint.owner,
        location: context.at([...s.path, "needs", s.touchpoint.needs.indexOf(item)]),
      }));
    });
  },
};
