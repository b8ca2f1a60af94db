import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { indexContent } from "../../../src/analysis/content-index.ts";
import { asOfDate, findGaps } from "../../../src/analysis/find-gaps.ts";
import { journeyHealth } from "../../../src/analysis/health.ts";
import { kpiStatus } from "../../../src/analysis/kpi-status.ts";
import { loadContent } from "../../../src/load/load-content.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Tp { id: string; emotion?: number; owner?: string | null; channel?: string; control?: string; mot?: boolean; pains?: string[]; opportunities?: string[]; systems?: { name: string; data?: string[] }[]; needs?: string[]; evidence?: boolean; kpis?: string[] }

/** A one-journey content folder: stages of touchpoints with sensible, gap-free defaults unless a test says otherwise. */
function gaps(stages: { id: string; kpis?: string[]; single_channel?: boolean; touchpoints: Tp[] }[], options: { kpis?: Record<string, string>; config?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "journeymap-gaps-"));
  dirs.push(dir);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write("journeys/personas/p.yaml", "id: p\nname: P\nrole: Buyer\n");
  const kpis = options.kpis ?? { k: "target: 50\nmeasurements:\n  - { date: 2026-10-31, value: 60 }" };
  for (const [id, rest] of Object.entries(kpis)) write(`journeys/kpis/${id}.yaml`, `id: ${id}\nname: KPI ${id}\nunit: percent\ndirection: higher\n${rest}\n`);
  const tp = (t: Tp) => {
    const lines = [`      - id: ${t.id}`, `        name: Touchpoint ${t.id}`, `        channel: ${t.channel ?? "web"}`, `        emotion: ${t.emotion ?? 1}`];
    if (t.owner !== null) lines.push(`        owner: ${t.owner ?? "Team A"}`);
    if (t.control) lines.push(`        control: ${t.control}`);
    if (t.mot) lines.push("        moment_of_truth: true");
    if (t.pains) lines.push(`        pains: ${JSON.stringify(t.pains)}`);
    if (t.opportunities) lines.push(`        opportunities: ${JSON.stringify(t.opportunities)}`);
    lines.push(`        systems: ${JSON.stringify(t.systems ?? [{ name: "CRM" }])}`);
    if (t.needs) lines.push(`        needs: ${JSON.stringify(t.needs)}`);
    if (t.evidence) lines.push("        confidence: validated", "        evidence: [{ type: survey, text: 80% agree, source: Survey, date: 2026-10-01 }]");
    if (t.kpis) lines.push(`        kpis: ${JSON.stringify(t.kpis)}`);
    return lines.join("\n");
  };
  const body = stages.map((s) => [`  - id: ${s.id}`, `    name: Stage ${s.id}`, `    kpis: ${JSON.stringify(s.kpis ?? ["k"])}`, s.single_channel ? "    single_channel: true" : "", s.touchpoints.length ? "    touchpoints:" : "", ...s.touchpoints.map(tp)].filter(Boolean).join("\n"));
  write("journeys/area/j.yaml", `id: j\ntitle: J\npersona: p\nstages:\n${body.join("\n")}\n`);
  if (options.config) write("journeymap.config.yaml", options.config);
  const content = loadContent({ root: dir });
  expect(content.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const index = indexContent(content);
  const settings = content.config.gaps;
  const asOf = asOfDate(content);
  const statuses = new Map(content.kpis.map((k) => [k.data.id, kpiStatus(k.data, { asOf, staleAfterDays: settings.stale_after_days })]));
  const found = findGaps({ index, loaded: index.journeys.get("j")!, settings, asOf, kpiStatus: (id) => statuses.get(id) }).gaps;
  return Object.assign(found, { rules: found.map((g) => g.rule), index, statuses: [...statuses.values()].map((s) => s.status) });
}

const calm = (id: string, extra: Tp | object = {}): Tp => ({ id, ...extra });

describe("gap rules: each fires where it should and nowhere else", () => {
  it("a journey without problems has no gaps", () => {
    expect(gaps([{ id: "s", touchpoints: [calm("a"), calm("b", { channel: "email" })] }]).rules).toEqual([]);
  });

  it("kpi/off-track and kpi/at-risk follow the KPI's status, located at its latest value", () => {
    const off = gaps([{ id: "s", touchpoints: [calm("a"), calm("b", { channel: "email" })] }], { kpis: { k: "target: 50\nwarning: 40\nmeasurements:\n  - { date: 2026-10-31, value: 30 }" } });
    expect(off.rules).toEqual(["kpi/off-track"]);
    expect(off[0]).toMatchObject({ severity: "error", kpi: "k", stage: "s", location: { line: 8 } });
    expect(off[0]!.location.file).toMatch(/kpis\/k\.yaml$/);
    const risk = gaps([{ id: "s", touchpoints: [calm("a"), calm("b", { channel: "email" })] }], { kpis: { k: "target: 50\nwarning: 40\nmeasurements:\n  - { date: 2026-10-31, value: 40 }" } });
    expect(risk.rules).toEqual(["kpi/at-risk"]);
  });

  it("kpi/no-data for a KPI without measurements; kpi/stale when the latest is too old", () => {
    expect(gaps([{ id: "s", touchpoints: [calm("a"), calm("b", { channel: "email" })] }], { kpis: { k: "target: 50" } }).rules).toEqual(["kpi/no-data"]);
    const stale = gaps([{ id: "s", touchpoints: [calm("a"), calm("b", { channel: "email" })] }], {
      kpis: { k: "target: 50\nmeasurements:\n  - { date: 2026-01-31, value: 60 }", fresh: "target: 50\nmeasurements:\n  - { date: 2026-10-31, value: 60 }" },
    });
    // `fresh` sets the reference date (the newest in the content); `k` is 273 days older.
    expect(stale.rules).toEqual(["kpi/stale"]);
    expect(stale[0]!.title).toContain("273 days before 2026-10-31");
  });

  it("stage/no-kpi for a stage no KPI measures, not when a touchpoint's KPI does", () => {
    expect(gaps([{ id: "s", kpis: [], touchpoints: [calm("a"), calm("b", { channel: "email" })] }]).rules).toEqual(["stage/no-kpi"]);
    expect(gaps([{ id: "s", kpis: [], touchpoints: [calm("a", { kpis: ["k"] }), calm("b", { channel: "email" })] }]).rules).toEqual([]);
  });

  it("emotion rules: a negative moment of truth, the weakest link, and a sharp drop", () => {
    const found = gaps([{ id: "s", touchpoints: [calm("a", { emotion: 1 }), calm("b", { emotion: -1, mot: true, evidence: true, channel: "email" })] }]);
    expect(found.rules).toEqual(["emotion/negative-moment-of-truth", "emotion/sharp-drop", "emotion/weakest-link"]);
    expect(found.every((g) => g.touchpoint === "b")).toBe(true);
    // A drop of one point is not sharp; a positive moment of truth is fine.
    expect(gaps([{ id: "s", touchpoints: [calm("a", { emotion: 1 }), calm("b", { emotion: 0, mot: true, evidence: true, channel: "email" })] }]).rules).toEqual([]);
  });

  it("a sharp drop only into a negative step; a weakest link only when the lowest point is negative", () => {
    // From +2 to 0 is a cooling into a neutral step, and the lowest point (0) is not negative: nothing to report.
    expect(gaps([{ id: "s", touchpoints: [calm("a", { emotion: 2 }), calm("b", { emotion: 0, channel: "email" })] }]).rules).toEqual([]);
    // A well-run journey whose low point is neutral reports no weakest link.
    expect(gaps([{ id: "s", touchpoints: [calm("a", { emotion: 0 }), calm("b", { emotion: 1, channel: "email" })] }]).rules).toEqual([]);
    // Two steps share the lowest negative point: both are named.
    const two = gaps([{ id: "s", touchpoints: [calm("a", { emotion: -1 }), calm("b", { emotion: 1, channel: "email" }), calm("c", { emotion: -1 })] }]);
    expect(two.filter((g) => g.rule === "emotion/weakest-link").map((g) => g.touchpoint)).toEqual(["a", "c"]);
  });

  it("the sharp-drop threshold and each rule's severity come from the settings", () => {
    const stages = [{ id: "s", touchpoints: [calm("a", { emotion: 1 }), calm("b", { emotion: -1, channel: "email" })] }];
    const found = gaps(stages, { config: "gaps:\n  sharp_drop: 3\n  rules:\n    emotion/weakest-link: off\n" });
    expect(found.rules).toEqual([]);
    const raised = gaps(stages, { config: "gaps:\n  rules:\n    emotion/sharp-drop: error\n" });
    expect(raised.map((g) => [g.rule, g.severity])).toEqual([["emotion/sharp-drop", "error"], ["emotion/weakest-link", "info"]]);
  });

  it("pain/no-opportunity only when a pain has no opportunity", () => {
    expect(gaps([{ id: "s", touchpoints: [calm("a", { pains: ["Slow"] }), calm("b", { channel: "email" })] }]).rules).toEqual(["pain/no-opportunity"]);
    expect(gaps([{ id: "s", touchpoints: [calm("a", { pains: ["Slow"], opportunities: ["Cache"] }), calm("b", { channel: "email" })] }]).rules).toEqual([]);
  });

  it("owner/missing, and owner/silo-handoff only where the emotion falls into a negative step across teams", () => {
    expect(gaps([{ id: "s", touchpoints: [calm("a", { owner: null }), calm("b", { channel: "email" })] }]).rules).toEqual(["owner/missing"]);
    const handoff = gaps([{ id: "s", touchpoints: [calm("a", { emotion: 0 }), calm("b", { emotion: -1, owner: "Team B", channel: "email" })] }]);
    expect(handoff.rules).toEqual(["owner/silo-handoff", "emotion/weakest-link"]);
    expect(handoff[0]!.title).toContain("from Team A to Team B");
    expect(gaps([{ id: "s", touchpoints: [calm("a", { emotion: 0 }), calm("b", { emotion: 1, owner: "Team B", channel: "email" })] }]).rules).toEqual([]);
    // A recovery: Team B makes a negative step less negative.
    const recovery = gaps([{ id: "s", touchpoints: [calm("a", { emotion: -2, opportunities: ["x"] }), calm("b", { emotion: -1, owner: "Team B", channel: "email" })] }]);
    expect(recovery.rules).toEqual(["emotion/weakest-link"]);
  });

  it("system/missing for an owned step with no system; data/asked-again when nothing earlier captured the data", () => {
    expect(gaps([{ id: "s", touchpoints: [calm("a", { systems: [] }), calm("b", { channel: "email" })] }]).rules).toEqual(["system/missing"]);
    // Word of mouth has no system to speak of.
    expect(gaps([{ id: "s", touchpoints: [calm("a", { systems: [], channel: "word-of-mouth", control: "earned" }), calm("b")] }]).rules).toEqual([]);
    const asked = gaps([{ id: "s", touchpoints: [calm("a", { systems: [{ name: "Shop", data: ["Email address"] }] }), calm("b", { channel: "email", systems: [{ name: "shop" }], needs: ["email address", "order number"] })] }]);
    expect(asked.rules).toEqual(["data/asked-again"]);
    expect(asked[0]!.title).toContain("needs order number");
    // Captured earlier, but in a system this step does not use and that passes nothing on: asked again.
    const elsewhere = gaps([{ id: "s", touchpoints: [calm("a", { systems: [{ name: "Shop", data: ["Email address"] }] }), calm("b", { channel: "email", needs: ["email address"] })] }]);
    expect(elsewhere[0]!.title).toContain("which Shop captured earlier but does not pass on to CRM");
  });

  it("stage rules: an empty stage, a single-channel stage, a stage the business does not control", () => {
    expect(gaps([{ id: "s", touchpoints: [calm("a"), calm("b", { channel: "email" })] }, { id: "t", touchpoints: [] }]).rules).toEqual(["stage/empty"]);
    expect(gaps([{ id: "s", touchpoints: [calm("a"), calm("b")] }]).rules).toEqual(["stage/single-channel"]);
    // One channel by nature, and the stage says so.
    expect(gaps([{ id: "s", single_channel: true, touchpoints: [calm("a"), calm("b")] }]).rules).toEqual([]);
    const uncontrolled = gaps([{ id: "s", touchpoints: [calm("a", { control: "third-party" }), calm("b", { control: "earned", channel: "review-site" })] }]);
    expect(uncontrolled.rules).toEqual(["stage/uncontrolled"]);
    expect(gaps([{ id: "s", touchpoints: [calm("a", { control: "paid" }), calm("b", { control: "earned", channel: "review-site" })] }]).rules).toEqual([]);
  });

  it("evidence/unvalidated-moment-of-truth until a moment of truth has evidence", () => {
    expect(gaps([{ id: "s", touchpoints: [calm("a", { mot: true }), calm("b", { channel: "email" })] }]).rules).toEqual(["evidence/unvalidated-moment-of-truth"]);
    expect(gaps([{ id: "s", touchpoints: [calm("a", { mot: true, evidence: true }), calm("b", { channel: "email" })] }]).rules).toEqual([]);
  });

  it("lists errors first, then warnings, then info, each pointing at the YAML line it comes from", () => {
    const found = gaps([{ id: "s", touchpoints: [calm("a", { emotion: 2 }), calm("b", { emotion: -2, mot: true, owner: null, channel: "email" })] }]);
    expect(found.map((g) => g.severity)).toEqual(["error", "warning", "warning", "warning", "info"]);
    // Touchpoint b starts on line 15: `- id` 15, `emotion` 18, `moment_of_truth` 19.
    expect(found.map((g) => [g.rule, g.location.line])).toEqual([
      ["emotion/negative-moment-of-truth", 18],
      ["emotion/sharp-drop", 18],
      ["owner/missing", 15],
      ["evidence/unvalidated-moment-of-truth", 19],
      ["emotion/weakest-link", 18],
    ]);
  });
});

describe("the journey health score", () => {
  it("is 40% emotion, 30% KPIs on track, 30% gaps", () => {
    const found = gaps([{ id: "s", touchpoints: [calm("a", { emotion: 2 }), calm("b", { emotion: 0, channel: "email", pains: ["Slow"] })] }]);
    const journey = found.index.journeys.get("j")!.data;
    // Mean emotion +1 → 75; the one KPI is on track → 100; a pain with no opportunity (warning) → 97.
    expect(found.rules).toEqual(["pain/no-opportunity"]);
    expect(journeyHealth(journey, found.statuses, found)).toEqual({ emotion: 75, kpis: 100, gaps: 97, score: Math.round(0.4 * 75 + 30 + 0.3 * 97) });
  });

  it("counts moments of truth twice and at-risk KPIs half", () => {
    const found = gaps([{ id: "s", touchpoints: [calm("a", { emotion: 2 }), calm("b", { emotion: -1, mot: true, evidence: true, channel: "email" })] }], {
      kpis: { k: "target: 50\nwarning: 40\nmeasurements:\n  - { date: 2026-10-31, value: 45 }" },
    });
    const health = journeyHealth(found.index.journeys.get("j")!.data, found.statuses, found);
    expect(health.emotion).toBe(50); // (2 + 2×(−1)) / 3 = 0 → 50
    expect(health.kpis).toBe(50);
  });
});
