import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.ts";
import { loadContent } from "../../../src/load/load-content.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JOURNEYS_PER_MATRIX, channelMatrixView, type ChannelMatrixView } from "../../../src/views/channel-matrix.ts";
import { generateContent } from "../../../bench/generate-content.ts";

const fixtureAnalysis = analyse(loadContent({ root: "test/fixtures/valid", dir: "test/fixtures/valid" }));
const fixture = channelMatrixView(fixtureAnalysis, "current");
const fixtureFuture = channelMatrixView(fixtureAnalysis, "future");
const examplesAnalysis = analyse(loadContent({ root: "." }));
const examples = channelMatrixView(examplesAnalysis, "current");
const examplesFuture = channelMatrixView(examplesAnalysis, "future");

/** The cell of a channel in a journey's stage. */
function cell(view: ChannelMatrixView, channel: string, journey: string, stage: string) {
  const row = view.groups.flatMap((g) => g.rows).find((r) => r.channel.id === channel);
  const column = view.columns.findIndex((c) => c.journeyId === journey && c.stageId === stage);
  if (column < 0) throw new Error(`no stage ${journey}/${stage}`);
  return row?.cells[column];
}

describe("the channel × stage matrix", () => {
  it("has a column per stage of every journey, today's journeys apart from future-state designs", () => {
    expect(fixture.journeys.map((j) => [j.id, j.stages.map((s) => s.id)])).toEqual([["purchase", ["discover", "checkout", "delivery"]]]);
    expect(fixture.columns.map((c) => [c.stageName, c.journeyIndex, c.first])).toEqual([["Discover", 0, true], ["Checkout", 0, false], ["Delivery", 0, false]]);
    expect(fixtureFuture.journeys.map((j) => j.id)).toEqual(["purchase-future"]);
    expect([fixture.title, fixtureFuture.title]).toEqual(["Today's journeys", "Future-state designs"]);
  });

  it("lists online channels first, then offline, the most used first", () => {
    expect(fixture.groups.map((g) => [g.label, g.rows.map((r) => [r.channel.label, r.total])])).toEqual([
      ["Online", [["Website", 2], ["Social media", 1]]],
      ["Offline", [["Delivery", 1]]],
    ]);
  });

  it("counts a channel's touchpoints in a stage, averages their emotion and links to the first", () => {
    expect(cell(fixture, "web", "purchase", "checkout")).toMatchObject({
      count: 2, average: -1, level: -1, journeyId: "purchase", firstTouchpoint: "sign-up",
      label: "2 touchpoints, average emotion −1", names: ["Forced sign-up", "Payment"],
    });
    expect(cell(fixtureFuture, "web", "purchase-future", "checkout")).toMatchObject({ count: 1, average: 1, label: "1 touchpoint, emotion +1" });
    expect(cell(fixture, "web", "purchase", "discover")).toBeUndefined();
  });

  it("summarises the channels used, the online share and each journey's most used channel", () => {
    expect(fixture.summary).toEqual({
      channels: { total: 3, online: 2, offline: 1 },
      touchpoints: { total: 4, online: 3, offline: 1, onlinePercent: 75 },
      top: [{ journeyId: "purchase", title: "Buying a gift online", channels: ["Website"], count: 2, touchpoints: 4 }],
    });
  });

  it("on the examples, accounts for every touchpoint of every journey exactly once", () => {
    const rows = examples.groups.flatMap((g) => g.rows);
    const counted = rows.flatMap((r) => r.cells).reduce((n, c) => n + (c?.count ?? 0), 0);
    expect(counted).toBe(examples.summary.touchpoints.total);
    expect(examples.journeys.map((j) => j.id)).toEqual(["account-opening", "compra-online-tienda-hogar", "online-store-purchase", "b2b-subscription"]);
    expect(examplesFuture.journeys.map((j) => j.id)).toEqual(["online-store-purchase-future"]);
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

  it("puts at most JOURNEYS_PER_MATRIX journeys in one matrix, the rest on further pages", () => {
    const dir = mkdtempSync(join(tmpdir(), "journeymap-channels-"));
    try {
      generateContent(dir, JOURNEYS_PER_MATRIX * 2 + 1, 5);
      const analysis = analyse(loadContent({ root: dir, dir, cwd: dir }));
      const first = channelMatrixView(analysis, "current", 1);
      const last = channelMatrixView(analysis, "current", 3);
      expect(first.journeys).toHaveLength(JOURNEYS_PER_MATRIX);
      expect(first.page).toMatchObject({ number: 1, count: 3, next: "/channels/current/2/" });
      expect(last.journeys).toHaveLength(1);
      expect(last.page.prev).toBe("/channels/current/2/");
      expect(first.journeyCount).toBe(JOURNEYS_PER_MATRIX * 2 + 1);
      expect(first.summary.touchpoints.total).toBe((JOURNEYS_PER_MATRIX * 2 + 1) * 5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
