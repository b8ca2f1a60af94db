/**
 * Emotion rules [001, 003, 004]: how the customer feels along the journey, on the −2…+2 scale.
 * Moments of truth are where a bad experience loses the customer [004]; the weakest link is the one
 * frustrating step that spoils the whole experience [003]. Both only matter where the feeling is negative:
 * a well-run journey with a neutral low point reports nothing.
 */
import { emotionLabel, signed } from "../../model/vocabulary.ts";
import { onStep, type GapRule } from "./rule.ts";

export const negativeMomentOfTruth: GapRule = {
  id: "emotion/negative-moment-of-truth",
  description: "A moment of truth where the customer feels negative: where customers are lost.",
  concept: "Moments of truth [004]",
  check: (context) =>
    context.steps
      .filter((s) => s.touchpoint.moment_of_truth && s.touchpoint.emotion < 0)
      .map((s) => ({
        title: context.words.negativeMomentOfTruth.title(s.touchpoint.name, emotionLabel(s.touchpoint.emotion, context.locale).toLowerCase(), signed(s.touchpoint.emotion)),
        action:
          s.touchpoint.opportunities.length > 0
            ? context.words.negativeMomentOfTruth.prioritise(s.touchpoint.opportunities[0]!.text)
            : context.words.negativeMomentOfTruth.action,
        ...onStep(s),
        location: context.at([...s.path, "emotion"]),
      })),
};

export const weakestLink: GapRule = {
  id: "emotion/weakest-link",
  description: "The journey's lowest point, when it is negative: one frustrating step spoils the whole experience.",
  concept: "The weakest link [003]",
  check: (context) => {
    if (context.steps.length === 0) return [];
    const low = Math.min(...context.steps.map((s) => s.touchpoint.emotion));
    if (low >= 0) return [];
    return context.steps
      .filter((s) => s.touchpoint.emotion === low)
      .map((s) => ({
        title: context.words.weakestLink.title(s.touchpoint.name, signed(low)),
        action: context.words.weakestLink.action,
        ...onStep(s),
        location: context.at([...s.path, "emotion"]),
      }));
  },
};

export const sharpDrop: GapRule = {
  id: "emotion/sharp-drop",
  description: "Emotion falls by `sharp_drop` points or more from one touchpoint to the next, into a negative step.",
  concept: "The emotion curve's dips [001, 004]",
  check: (context) =>
    context.steps.slice(1).flatMap((s, i) => {
      const before = context.steps[i]!;
      const drop = before.touchpoint.emotion - s.touchpoint.emotion;
      // From +2 to 0 is a cooling, not a gap: only a fall into a negative step hurts.
      if (drop < context.settings.sharp_drop || s.touchpoint.emotion >= 0) return [];
      return [
        {
          title: context.words.sharpDrop.title(drop, before.touchpoint.name, signed(before.touchpoint.emotion), s.touchpoint.name, signed(s.touchpoint.emotion)),
          action: context.words.sharpDrop.action,
          ...onStep(s),
          location: context.at([...s.path, "emotion"]),
        },
      ];
    }),
};
