// The gate on the gap report's precision: on the audit set (test/fixtures/audit), recall of the planted problems
// at the right location ≥ 95%, at most 1 false alarm per journey, nothing on the control journey, no near miss
// reported, accepted findings shown as accepted. `npm run bench:insight` prints the same figures in full.
import { describe, expect, it } from "vitest";
import { analyse, type Analysis, type Gap } from "../../../src/analysis/analyse.ts";
import { GAP_RULE_IDS } from "../../../src/model/index.ts";
import { loadAnswerKey, loadAudit, problems, scoreAudit, TARGETS, type AnswerKey } from "../../../bench/insight.ts";

const content = loadAudit();
const analysis = analyse(content);
const key = loadAnswerKey();
const score = scoreAudit(content, analysis, key);
const report = () => ["", ...problems(score)].join("\n  ");

describe("the audit set", () => {
  it("is valid content, so the score measures the rules and not a typo", () => {
    const errors = content.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`);
    expect(errors).toEqual([]);
    expect(content.journeys.length).toBeGreaterThanOrEqual(7);
    // The config applies: the reference date is fixed, so staleness does not depend on the day the test runs.
    expect(analysis.asOf).toBe("2026-10-31");
  });

  it("has an answer key that names only what the content has", () => {
    expect(score.keyErrors).toEqual([]);
    expect(analysis.journey(key.control)).toBeDefined();
  });

  it("plants every kind of gap the rules know", () => {
    const planted = new Set([...key.planted, ...key.accepted].map((e) => e.rule));
    expect(GAP_RULE_IDS.filter((rule) => !planted.has(rule))).toEqual([]);
  });
});

describe("the gap report on the audit set", () => {
  it(`finds at least ${TARGETS.recall * 100}% of the planted problems at the right location`, () => {
    expect(score.recall, `recall ${score.found}/${score.planted}${report()}`).toBeGreaterThanOrEqual(TARGETS.recall);
  });

  it(`raises at most ${TARGETS.falseAlarmsPerJourney} false alarm per journey`, () => {
    expect(score.falseAlarmsPerJourney, `${score.falseAlarms} false alarms in ${score.journeys.length} journeys${report()}`).toBeLessThanOrEqual(
      TARGETS.falseAlarmsPerJourney,
    );
  });

  it("reports nothing on the well-run control journey", () => {
    expect(score.control.findings.map((g) => `${g.rule}: ${g.title}`), report()).toEqual([]);
  });

  it("reports none of the near misses", () => {
    expect(score.nearMissesReported, report()).toBe(0);
  });

  it("shows accepted findings as accepted, not as open findings", () => {
    expect(score.acceptedMissed, report()).toBe(0);
    expect(score.journeys.reduce((n, j) => n + j.acceptedShown.length, 0)).toBe(key.accepted.length);
  });
});

describe("the scoring", () => {
  // The scoring itself must be able to fail: a lost finding lowers recall, an extra one is a false alarm.
  const withGaps = (edit: (id: string, gaps: Gap[]) => Gap[]): Analysis => {
    const journeys = analysis.journeys.map((j) => ({ ...j, gaps: edit(j.id, j.gaps) }));
    return { ...analysis, journeys, journey: (id) => journeys.find((j) => j.id === id) };
  };
  const first = key.planted[0]!;

  it("counts a planted problem reported at another place as missed, and that finding as a false alarm", () => {
    const moved = withGaps((id, gaps) =>
      gaps.map((g) => (id === first.journey && g.rule === first.rule && g.touchpoint === first.touchpoint ? { ...g, touchpoint: "somewhere-else" } : g)),
    );
    const s = scoreAudit(content, moved, key);
    expect(s.found).toBe(score.found - 1);
    expect(s.falseAlarms).toBe(score.falseAlarms + 1);
    expect(s.journeys.find((j) => j.id === first.journey)!.missed[0]!.reason).toContain("reported elsewhere");
  });

  it("counts a finding on the control journey and a reported near miss", () => {
    const nearMiss = key.near_misses.find((e) => e.touchpoint)!;
    const template = analysis.journeys.flatMap((j) => j.gaps)[0]!;
    const noisy = withGaps((id, gaps) => {
      if (id === key.control) return [...gaps, { ...template, journey: id }];
      if (id === nearMiss.journey) return [...gaps, { ...template, journey: id, rule: nearMiss.rule as Gap["rule"], touchpoint: nearMiss.touchpoint }];
      return gaps;
    });
    const s = scoreAudit(content, noisy, key);
    expect(s.control.findings).toHaveLength(1);
    expect(s.nearMissesReported).toBe(1);
    expect(s.verdict.ok).toBe(false);
  });

  it("matches on the keys the answer key names, and only those", () => {
    const entry = key.planted.find((e) => e.path && e.touchpoint)!;
    const onlyPath: AnswerKey = { ...key, planted: key.planted.map((e) => (e === entry ? { ...e, touchpoint: undefined } : e)) };
    expect(scoreAudit(content, analysis, onlyPath).found).toBe(score.found);
  });
});
