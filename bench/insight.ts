// Precision of the gap report on the audit set (test/fixtures/audit): journeys written as a CX consultant would,
// with problems planted on purpose, near misses and a well-run control journey; the answer key is expected.yaml.
// Pure scoring, shared by the benchmark (bench/insight.bench.ts) and its gate (test/unit/analysis/audit.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { analyse, type Analysis, type Gap } from "../src/analysis/analyse.ts";
import { loadContent } from "../src/load/load-content.ts";
import type { Content } from "../src/model/content.ts";

/** The checkout; the audit set's paths are relative to it. */
export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Where `journeymap.config.yaml` of the audit set is (its `content` is the folder one level down). */
export const AUDIT_ROOT = "test/fixtures/audit";
export const KEY_FILE = "expected.yaml";

export const TARGETS = { recall: 0.95, falseAlarmsPerJourney: 1, controlFindings: 0 } as const;

/** The location keys an answer-key entry may name; a finding matches when it has the same value for each named one. */
export const LOCATION_KEYS = ["touchpoint", "stage", "kpi", "path"] as const;
type LocationKey = (typeof LOCATION_KEYS)[number];

export interface KeyEntry extends Partial<Record<LocationKey, string>> {
  journey: string;
  rule: string;
  /** In one sentence, as a consultant would write it. */
  why: string;
}

export interface AnswerKey {
  control: string;
  planted: KeyEntry[];
  accepted: KeyEntry[];
  near_misses: KeyEntry[];
}

/** What a finding looks like to the scoring: the gap, and whether the authors accepted it. */
type Finding = Gap & { accepted?: { reason: string } };

export interface Missed {
  entry: KeyEntry;
  /** Why it was not counted: what the report said instead. */
  reason: string;
}

export interface JourneyScore {
  id: string;
  planted: KeyEntry[];
  found: KeyEntry[];
  missed: Missed[];
  /** Open findings no planted entry explains. */
  falseAlarms: Gap[];
  /** Near misses the report flagged anyway, with the findings that did. */
  nearMisses: { entry: KeyEntry; findings: Gap[] }[];
  /** Findings the authors accepted that show as accepted. */
  acceptedShown: KeyEntry[];
  /** Accepted entries that did not show as accepted. */
  acceptedMissed: Missed[];
  /** Every finding, open or accepted. */
  findings: number;
  control: boolean;
}

export interface AuditScore {
  journeys: JourneyScore[];
  planted: number;
  found: number;
  recall: number;
  falseAlarms: number;
  falseAlarmsPerJourney: number;
  control: { id: string; findings: Finding[] };
  nearMissesReported: number;
  acceptedMissed: number;
  /** Validation errors of the audit content: the set must be valid for its score to mean anything. */
  errors: string[];
  /** Entries of the answer key that name a journey, touchpoint, stage, KPI or path the content does not have. */
  keyErrors: string[];
  verdict: { ok: boolean; failures: string[] };
}

export function loadAnswerKey(root = join(REPO_ROOT, AUDIT_ROOT)): AnswerKey {
  const raw = parse(readFileSync(join(root, KEY_FILE), "utf8")) as Partial<AnswerKey>;
  return { control: raw.control ?? "", planted: raw.planted ?? [], accepted: raw.accepted ?? [], near_misses: raw.near_misses ?? [] };
}

export function loadAudit(root = AUDIT_ROOT, cwd = REPO_ROOT): Content {
  return loadContent({ root, cwd });
}

/** Loads the audit set, analyses it once and scores the report against the answer key. */
export function runAudit(): AuditScore {
  const content = loadAudit();
  return scoreAudit(content, analyse(content), loadAnswerKey());
}

export function matches(entry: KeyEntry, gap: Gap): boolean {
  return gap.journey === entry.journey && gap.rule === entry.rule && LOCATION_KEYS.every((k) => entry[k] === undefined || gap[k] === entry[k]);
}

export function scoreAudit(content: Content, analysis: Analysis, key: AnswerKey): AuditScore {
  const errors = content.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line}:${d.col} ${d.rule} ${d.message}`);
  const keyErrors = checkKey(analysis, key);
  const journeys = analysis.journeys.map((j): JourneyScore => {
    const open: Gap[] = j.gaps;
    const accepted: Finding[] = j.accepted;
    const mine = (entries: KeyEntry[]) => entries.filter((e) => e.journey === j.id);
    const planted = mine(key.planted);
    const found: KeyEntry[] = [];
    const missed: Missed[] = [];
    for (const entry of planted) {
      if (open.some((g) => matches(entry, g))) found.push(entry);
      else missed.push({ entry, reason: missReason(entry, open, accepted) });
    }
    const acceptedShown: KeyEntry[] = [];
    const acceptedMissed: Missed[] = [];
    for (const entry of mine(key.accepted)) {
      if (accepted.some((g) => matches(entry, g)) && !open.some((g) => matches(entry, g))) acceptedShown.push(entry);
      else acceptedMissed.push({ entry, reason: open.some((g) => matches(entry, g)) ? "reported as an open finding, not as accepted" : missReason(entry, open, accepted) });
    }
    const falseAlarms = open.filter((g) => !planted.some((e) => matches(e, g)));
    const nearMisses = mine(key.near_misses).flatMap((entry) => {
      const findings = open.filter((g) => matches(entry, g));
      return findings.length > 0 ? [{ entry, findings }] : [];
    });
    return { id: j.id, planted, found, missed, falseAlarms, nearMisses, acceptedShown, acceptedMissed, findings: open.length + accepted.length, control: j.id === key.control };
  });
  const sum = (f: (j: JourneyScore) => number) => journeys.reduce((n, j) => n + f(j), 0);
  const planted = sum((j) => j.planted.length);
  const found = sum((j) => j.found.length);
  const falseAlarms = sum((j) => j.falseAlarms.length);
  const controlJourney = analysis.journey(key.control);
  const control = { id: key.control, findings: controlJourney ? [...controlJourney.gaps, ...controlJourney.accepted] : [] };
  const score: Omit<AuditScore, "verdict"> = {
    journeys,
    planted,
    found,
    recall: planted === 0 ? 0 : found / planted,
    falseAlarms,
    falseAlarmsPerJourney: journeys.length === 0 ? 0 : falseAlarms / journeys.length,
    control,
    nearMissesReported: sum((j) => j.nearMisses.length),
    acceptedMissed: sum((j) => j.acceptedMissed.length),
    errors,
    keyErrors,
  };
  return { ...score, verdict: verdict(score) };
}

function verdict(score: Omit<AuditScore, "verdict">): AuditScore["verdict"] {
  const failures: string[] = [];
  if (score.recall < TARGETS.recall) failures.push(`recall ${percent(score.recall)} is below ${percent(TARGETS.recall)}`);
  if (score.falseAlarmsPerJourney > TARGETS.falseAlarmsPerJourney) {
    failures.push(`${score.falseAlarmsPerJourney.toFixed(1)} false alarms per journey, more than ${TARGETS.falseAlarmsPerJourney}`);
  }
  if (score.control.findings.length > TARGETS.controlFindings) failures.push(`the control journey has ${count(score.control.findings.length, "finding")}`);
  return { ok: failures.length === 0, failures };
}

/** What the report said instead of the planted finding: the nearest thing, so a miss reads as a diagnosis. */
function missReason(entry: KeyEntry, open: Gap[], accepted: Finding[]): string {
  if (accepted.some((g) => matches(entry, g))) return "reported, but as accepted";
  const sameRule = open.filter((g) => g.rule === entry.rule);
  if (sameRule.length > 0) return `${entry.rule} reported elsewhere: ${sameRule.map(location).join(", ")}`;
  const here = open.filter((g) => LOCATION_KEYS.some((k) => entry[k] !== undefined && g[k] === entry[k]) && LOCATION_KEYS.every((k) => entry[k] === undefined || g[k] === undefined || g[k] === entry[k]));
  if (here.length > 0) return `not reported; here the report has ${[...new Set(here.map((g) => g.rule))].join(", ")}`;
  return `${entry.rule} reported nothing in this journey`;
}

/** Every answer-key entry names things the content has, so a typo in the key never passes for a miss or a near miss. */
function checkKey(analysis: Analysis, key: AnswerKey): string[] {
  const problems: string[] = [];
  if (!analysis.journey(key.control)) problems.push(`control: journey \`${key.control}\` does not exist`);
  const sections: [string, KeyEntry[]][] = [["planted", key.planted], ["accepted", key.accepted], ["near_misses", key.near_misses]];
  for (const [section, entries] of sections) {
    entries.forEach((e, i) => {
      const where = `${section}[${i}] (${e.journey} ${e.rule})`;
      const j = analysis.journey(e.journey);
      if (!j) return problems.push(`${where}: journey \`${e.journey}\` does not exist`);
      if (!e.why) problems.push(`${where}: no \`why\``);
      const stages = j.journey.stages;
      // A dropped touchpoint or a redesigned stage is named in today's journey: look there too.
      const current = j.current?.stages ?? [];
      const touchpoints = new Set([...stages, ...current].flatMap((s) => s.touchpoints.map((t) => t.id)));
      if (e.touchpoint && !touchpoints.has(e.touchpoint)) problems.push(`${where}: touchpoint \`${e.touchpoint}\` does not exist`);
      if (e.stage && ![...stages, ...current].some((s) => s.id === e.stage)) problems.push(`${where}: stage \`${e.stage}\` does not exist`);
      if (e.path && !j.journey.paths.some((p) => p.id === e.path)) problems.push(`${where}: path \`${e.path}\` does not exist`);
      if (e.kpi && !analysis.kpi(e.kpi)) problems.push(`${where}: KPI \`${e.kpi}\` does not exist`);
      return undefined;
    });
  }
  return problems;
}

export function location(gap: Gap): string {
  const parts = LOCATION_KEYS.flatMap((k) => (gap[k] !== undefined ? [`${k} ${gap[k]}`] : []));
  return parts.length > 0 ? parts.join(", ") : "journey";
}

export function describeEntry(entry: KeyEntry): string {
  const parts = LOCATION_KEYS.flatMap((k) => (entry[k] !== undefined ? [`${k} ${entry[k]}`] : []));
  return `${entry.rule} at ${parts.length > 0 ? parts.join(", ") : "journey"}`;
}

export const percent = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The three headline figures, as the README quotes them. */
export function headline(score: AuditScore): string[] {
  return [
    `recall ${percent(score.recall)} (${score.found}/${score.planted})`,
    `false alarms ${score.falseAlarmsPerJourney.toFixed(1)} per journey (${score.falseAlarms} in ${count(score.journeys.length, "journey")})`,
    `control journey: ${count(score.control.findings.length, "finding")}`,
  ];
}

/** Everything that keeps the audit from passing, one line each: what the test prints when it fails. */
export function problems(score: AuditScore): string[] {
  const lines: string[] = [];
  lines.push(...score.errors.map((e) => `invalid audit content: ${e}`));
  lines.push(...score.keyErrors.map((e) => `answer key: ${e}`));
  for (const j of score.journeys) {
    lines.push(...j.missed.map((m) => `missed in ${j.id}: ${describeEntry(m.entry)} (${m.reason})`));
    lines.push(...j.falseAlarms.map((g) => `false alarm in ${j.id}: ${g.rule} at ${location(g)}: ${g.title}`));
    lines.push(...j.nearMisses.flatMap((n) => n.findings.map((g) => `near miss reported in ${j.id}: ${g.rule} at ${location(g)}: ${g.title} (it is not a gap: ${n.entry.why})`)));
    lines.push(...j.acceptedMissed.map((m) => `accepted finding in ${j.id}: ${describeEntry(m.entry)} ${m.reason}`));
  }
  lines.push(...score.control.findings.filter((g) => "accepted" in g).map((g) => `accepted finding on the control journey: ${g.rule} at ${location(g)}`));
  return lines;
}
