/**
 * Systems and data rules [000, 003]: the technology behind each step and the data passed between systems
 * [000]; information that must carry across steps (order numbers, contact data) so the customer never
 * repeats it [003]. Data is available at a step only when an earlier step captured it in a system this
 * step uses, or in a system that passes it on (`sends_to`, followed through any number of systems).
 */
import { dataKey } from "../../model/data-name.ts";
import { onStep, type GapContext, type GapRule } from "./rule.ts";

export const missingSystem: GapRule = {
  id: "system/missing",
  description: "A touchpoint with no system behind it: nothing records what happens there.",
  concept: "Technology behind each step [000]",
  check: (context) =>
    context.steps
      .filter((s) => s.touchpoint.systems.length === 0 && s.touchpoint.control !== "earned" && s.touchpoint.channel !== "word-of-mouth")
      .map((s) => ({
        title: context.words.missingSystem.title(s.touchpoint.name),
        action: context.words.missingSystem.action,
        stage: s.stage.id,
        touchpoint: s.touchpoint.id,
        owner: s.touchpoint.owner,
        location: context.at([...s.path, "id"]),
      })),
};

/** System names compare ignoring case and surrounding space. */
export const systemKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** Each system and every system its data reaches through `sends_to` (itself included), across the whole journey. */
export function dataFlow(context: Pick<GapContext, "steps">): (system: string) => Set<string> {
  const sends = new Map<string, Set<string>>();
  for (const s of context.steps) {
    for (const system of s.touchpoint.systems) {
      const targets = sends.get(systemKey(system.name)) ?? new Set<string>();
      for (const to of system.sends_to) targets.add(systemKey(to));
      sends.set(systemKey(system.name), targets);
    }
  }
  const reach = new Map<string, Set<string>>();
  return (name) => {
    const from = systemKey(name);
    const known = reach.get(from);
    if (known) return known;
    const seen = new Set<string>([from]);
    const queue = [from];
    while (queue.length > 0) {
      for (const to of sends.get(queue.shift()!) ?? []) {
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    reach.set(from, seen);
    return seen;
  };
}

export const dataAskedAgain: GapRule = {
  id: "data/asked-again",
  description:
    "A touchpoint needs data that no earlier touchpoint captured in a system this one uses, or in one that passes it on (`sends_to`): the customer has to repeat it.",
  concept: "Data carried across steps [000, 003]",
  check: (context) => {
    const reaches = dataFlow(context);
    /** Data captured so far: its key → the systems (with their display names) that hold it. */
    const captured = new Map<string, Map<string, string>>();
    return context.steps.flatMap((s) => {
      const here = new Set(s.touchpoint.systems.map((system) => systemKey(system.name)));
      const findings = s.touchpoint.needs.flatMap((item, i) => {
        const holders = [...(captured.get(dataKey(item)) ?? new Map<string, string>())];
        if (holders.some(([key]) => [...reaches(key)].some((to) => here.has(to)))) return [];
        const uses = s.touchpoint.systems.map((system) => system.name);
        const words = context.words.dataAskedAgain;
        const where = uses.length ? uses.join(", ") : words.here;
        const title =
          holders.length > 0 ? words.notPassed(s.touchpoint.name, item, holders.map(([, name]) => name).join(", "), where) : words.notCaptured(s.touchpoint.name, item);
        const action = holders.length > 0 ? words.passOn(holders[0]![1], item, where) : words.capture(item);
        return [{ title, action, ...onStep(s), location: context.at([...s.path, "needs", i]) }];
      });
      for (const system of s.touchpoint.systems) {
        for (const item of system.data ?? []) {
          const holders = captured.get(dataKey(item)) ?? new Map<string, string>();
          if (!holders.has(systemKey(system.name))) holders.set(systemKey(system.name), system.name);
          captured.set(dataKey(item), holders);
        }
      }
      return findings;
    });
  },
};
