/**
 * Stage rules [001, 002, 003]: every stage should be mapped, measured, reachable through the channels
 * customers prefer (omnichannel, online and offline [002]) and at least partly in the business's hands
 * (some touchpoints are not under its control [002]). A stage that is one channel by nature (an in-person
 * visit, an in-app order) says so with `single_channel: true`.
 */
import { channelLabel } from "../../model/channel.ts";
import type { GapRule } from "./rule.ts";

export const emptyStage: GapRule = {
  id: "stage/empty",
  description: "A stage with no touchpoints.",
  concept: "Stages from start to end [003]",
  check: (context) =>
    context.journey.stages.flatMap((stage, s) =>
      stage.touchpoints.length > 0
        ? []
        : [{ title: context.words.emptyStage.title(stage.name), action: context.words.emptyStage.action, stage: stage.id, location: context.at(["stages", s, "id"]) }],
    ),
};

export const singleChannelStage: GapRule = {
  id: "stage/single-channel",
  description:
    "A stage served by a single channel, with more than one touchpoint: customers who prefer another channel have no way through. Not reported when the stage says `single_channel: true`.",
  concept: "Channels and omnichannel consistency [001, 002]",
  check: (context) =>
    context.journey.stages.flatMap((stage, s) => {
      if (stage.single_channel) return [];
      const channels = new Set(stage.touchpoints.map((t) => t.channel));
      if (stage.touchpoints.length < 2 || channels.size !== 1) return [];
      const first = context.index.channel([...channels][0]!);
      const channel = channelLabel(first.id, first.label, context.locale);
      return [
        {
          title: context.words.singleChannel.title(stage.name, channel, stage.touchpoints.length),
          action: context.words.singleChannel.action,
          stage: stage.id,
          location: context.at(["stages", s, "id"]),
        },
      ];
    }),
};

export const uncontrolledStage: GapRule = {
  id: "stage/uncontrolled",
  description: "A stage whose touchpoints are all earned or third-party: the business controls none of it.",
  concept: "Touchpoints outside the business's control [002]",
  check: (context) =>
    context.journey.stages.flatMap((stage, s) => {
      if (stage.touchpoints.length === 0 || stage.touchpoints.some((t) => t.control === "owned" || t.control === "paid")) return [];
      return [
        {
          title: context.words.uncontrolled.title(stage.name),
          action: context.words.uncontrolled.action,
          stage: stage.id,
          location: context.at(["stages", s, "id"]),
        },
      ];
    }),
};
