/**
 * Consistent messaging [002]: customers meet the brand on many channels and expect one story; a product page
 * that promises delivery in two days and a confirmation email that says five is an inconsistent message.
 * Touchpoints state what they promise under `promises`, as key: value.
 */
import type { GapRule } from "./rule.ts";

/** Values compare as a reader reads them: `2 working days` = `2  Working days`, `4.95` = 4.95. */
const normal = (value: string | number) => String(value).trim().replace(/\s+/g, " ").toLowerCase();

export const inconsistentPromise: GapRule = {
  id: "message/inconsistent-promise",
  description: "Two touchpoints of a journey promise different values for the same promise key: an inconsistent message.",
  concept: "Consistent messaging across channels [002]",
  check: (context) => {
    const first = new Map<string, { value: string | number; name: string }>();
    const reported = new Set<string>();
    return context.steps.flatMap((s) =>
      Object.entries(s.touchpoint.promises).flatMap(([key, value]) => {
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, { value, name: s.touchpoint.name });
          return [];
        }
        if (normal(earlier.value) === normal(value) || reported.has(key)) return [];
        reported.add(key);
        return [
          {
            title: context.words.inconsistentPromise.title(s.touchpoint.name, key, String(value), earlier.name, String(earlier.value)),
            action: context.words.inconsistentPromise.action(key),
            stage: s.stage.id,
            touchpoint: s.touchpoint.id,
            ...(s.touchpoint.owner ? { owner: s.touchpoint.owner } : {}),
            location: context.at([...s.path, "promises", key]),
          },
        ];
      }),
    );
  },
};
