import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { channelMatrixView, type ChannelMatrixView } from "../../../src/views/channel-matrix.ts";

const fixture = channelMatrixView(analyse(loadContent({ root: "test/fixtures/valid", dir: "test/fixtures/valid" })));
const examples = channelMatrixView(analyse(loadContent({ root: "." })));

/** The cell of a channel in a journey's stage. */
function cell(view: ChannelMatrixView, channel: string, journey: string, stage: string) {
  const row = view.groups.flatMap((g) => g.rows).find((r) => r.channel.id === channel);
  const column = view.columns.findIndex((c) => c.journeyId === journey && c.stageId === stage);
  if (column < 0) throw new Error(`no stage ${journey}/${stage}`);
  return row?.cells[column];
}

describe("the channel × stage matrix", () => {
  it("has a column per stage of every journey, journeys by area then title", () => {
    expect(fixture.journeys.map((j) => [j.id, j.stages.map((s) => s.id)])).toEqual([
      ["purchase", ["discover", "checkout", "delivery"]],
      ["purchase-future", ["checkout"]],
    ]);
    expect(fixture.columns.map((c) => [c.stageName, c.journeyIndex, c.first])).toEqual([
      ["Discover", 0, true], ["Checkout", 0, false], ["Delivery", 0, false], ["Checkout", 1, true],
    ]);
  });

  it("lists online channels first, then offline, the most used first", () => {
    expect(fixture.groups.map((g) => [g.label, g.rows.map((r) => [r.channel.label, r.total])])).toEqual([
      ["Online", [["Website", 3], ["Social media", 1]]],
      ["Offline", [["Delivery", 1]]],
    ]);
  });

  it("counts a channel's touchpoints in a stage, averages their emotion and links to the first", () => {
    expect(cell(fixture, "web", "purchase", "checkout")).toMatchObject({
      count: 2, average: -1, level: -1, journeyId: "purchase", firstTouchpoint: "sign-up",
      label: "2 touchpoints, average emotion −1", names: ["Forced sign-up", "Payment"],
    });
    expect(cell(fixture, "web", "purchase-future", "checkout")).toMatchObject({ count: 1, average: 1, label: "1 touchpoint, emotion +1" });
    expect(cell(fixture, "web", "purchase", "discover")).toBeUndefined();
  });

  it("summarises the channels used, the online share and each journey's most used channel", () => {
    expect(fixture.summary).toEqual({
      channels: { total: 3, online: 2, offline: 1 },
      touchpoints: { total: 5, online: 4, offline: 1, onlinePercent: 80 },
      top: [
        { journeyId: "purchase", title: "Buying a gift online", channels: ["Website"], count: 2, touchpoints: 4 },
        { journeyId: "purchase-future", title: "Buying a gift online (redesign)", channels: ["Website"], count: 1, touchpoints: 1 },
      ],
    });
  });

  it("on the examples, accounts for every touchpoint of every journey exactly once", () => {
    const rows = examples.groups.flatMap((g) => g.rows);
    const counted = rows.flatMap((r) => r.cells).reduce((n, c) => n + (c?.count ?? 0), 0);
    expect(counted).toBe(examples.summary.touchpoints.total);
    expect(examples.journeys.map((j) => j.id)).toEqual(["account-opening", "online-store-purchase", "online-store-purchase-future", "b2b-subscription"]);
    expect(rows.every((r) => r.cells.length === examples.columns.length)).toBe(true);
  });

  it("on the examples, the store's consideration pages average out to +0.4 and link to the first visit", () => {
    expect(cell(examples, "web", "online-store-purchase", "consideration")).toMatchObject({
      count: 5, average: 0.4, level: 0, firstTouchpoint: "first-visit", label: "5 touchpoints, average emotion +0.4",
    });
  });

  it("on the examples, a custom channel from the config is placed by its own online flag", () => {
    const offline = examples.groups.find((g) => !g.online)!.rows.map((r) => r.channel.id);
    expect(offline).toContain("atm");
    expect(cell(examples, "atm", "account-opening", "first-months")).toMatchObject({ count: 1, average: 0, level: 0 });
    expect(examples.groups.map((g) => g.label)).toEqual(["Online", "Offline"]);
  });

  it("shades a half-way average away from zero, so a mild dip is not shown as neutral", () => {
    expect(cell(examples, "app", "account-opening", "application")).toMatchObject({ count: 2, average: -0.5, level: -1 });
    expect(cell(examples, "in-person", "account-opening", "verification")).toMatchObject({ count: 2, average: 0.5, level: 1 });
  });
});
