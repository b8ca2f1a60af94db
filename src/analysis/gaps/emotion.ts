import { signed } from "../../model/vocabulary.ts";
import type { GapRule } from "./rule.ts";


export const negativeMomentOfTruth: GapRule = {
  id: "emotion/negative-moment-of-truth",
  description: "A moment of truth where the customer feels negative: where customers are lost.",
  check: (context) =>
    context.steps
      .filter((s) => s.touchpoint.moment_of_truth && s.touchpoint.emotion < 0)
      .map((s) => ({
        title: `Moment of truth “${s.touchpoint.name}” feels ${s.touchpoint.emotion === -2 ? "very negative" : "negative"} (${signed(s.touchpoint.emotion)})`,
        action: s.touchpoint.opportunities.length > 0 ? `Prioritise: ${s.touchpoint.opportunities[0]}` : "Make this step the first one to redesign, and name the opportunity",
        stage: s.stage.id,
        touchpoint: s.touchpoint.id,
        owner: s.touchpoint.owner,
        location: context.at([...s.path, "emotion"]),
      })),
};

export const weakestLink: GapRule = {
  id: "emotion/weakest-link",
  description: "The journey's lowest point: one frustrating step spoils the whole experience.",
  check: (context) => {
    const negative = context.steps.filter((s) => s.touchpoint.emotion < 0);
    if (negative.length === 0) return [];
    const low = Math.min(...negative.map((s) => s.touchpoint.emotion));
    return negative
      .filter((s) => s.touchpoint.emotion === low)
      .map((s) => ({
        title: `Weakest link: “${s.touchpoint.name}” (${signed(low)}) is the lowest point of the journey`,
        action: "Fix the lowest point first: it colours how the whole journey is remembered",
        stage: s.stage.id,
        touchpoint: s.touchpoint.id,
        owner: s.touchpoint.owner,
        location: context.at([...s.path, "emotion"]),
      }));
  },
};

export const sharpDrop: GapRule = {
  id: "emotion/sharp-drop",
  description: "Emotion falls by `sharp_drop` points or more from one touchpoint to the next.",
  check: (context) =>
    context.steps.slice(1).flatMap((s, i) => {
      const before = context.steps[i]!;
      const drop = before.touchpoint.emotion - s.touchpoint.emotion;
      if (drop < context.settings.sharp_drop) return [];
      return [
        {
          title: `Emotion drops ${drop} points from “${before.touchpoint.name}” (${signed(before.touchpoint.emotion)}) to “${s.touchpoint.name}” (${signed(s.touchpoint.emotion)})`,
          action: "Look at what the customer expected after the previous step and did not get",
          stage: s.stage.id,
          touchpoint: s.touchpoint.id,
          owner: s.touchpoint.owner,
          location: context.at([...s.path, "emotion"]),
        },
      ];
    }),
};
