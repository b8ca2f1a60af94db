// How well the gap report finds what a CX consultant would find, on the audit set in test/fixtures/audit:
// recall of the planted problems (at the right location), false alarms per journey, and the control journey.
// Run: npm run bench:insight. Always exits 0 (it is a benchmark); test/unit/analysis/audit.test.ts is the gate.
import { describeEntry, headline, location, percent, runAudit, TARGETS } from "./insight.ts";

const score = runAudit();

if (score.errors.length > 0) {
  console.log(`The audit content does not validate (${score.errors.length} errors); the figures below are not meaningful:`);
  for (const e of score.errors) console.log(`  ${e}`);
  console.log("");
}
if (score.keyErrors.length > 0) {
  console.log("The answer key (expected.yaml) names things the content does not have:");
  for (const e of score.keyErrors) console.log(`  ${e}`);
  console.log("");
}

const rows = score.journeys.map((j) => ({
  journey: j.control ? `${j.id} (control)` : j.id,
  planted: String(j.planted.length),
  found: String(j.found.length),
  missed: String(j.missed.length),
  "false alarms": String(j.falseAlarms.length),
  "near misses hit": String(j.nearMisses.length),
  accepted: String(j.acceptedShown.length),
}));
const columns = Object.keys(rows[0] ?? { journey: "" }) as (keyof (typeof rows)[number])[];
const width = (c: (typeof columns)[number]) => Math.max(c.length, ...rows.map((r) => r[c].length));
const line = (cells: Record<string, string>) => columns.map((c, i) => (i === 0 ? cells[c]!.padEnd(width(c)) : cells[c]!.padStart(width(c)))).join("  ");
console.log(line(Object.fromEntries(columns.map((c) => [c, c]))));
console.log(columns.map((c) => "-".repeat(width(c))).join("  "));
for (const row of rows) console.log(line(row));
console.log("");

for (const j of score.journeys) {
  const details = [
    ...j.missed.map((m) => `  missed       ${describeEntry(m.entry)}: ${m.reason}`),
    ...j.falseAlarms.map((g) => `  false alarm  ${g.rule} at ${location(g)}: ${g.title}`),
    ...j.nearMisses.flatMap((n) => n.findings.map((g) => `  near miss    ${g.rule} at ${location(g)}: ${g.title}  (not a gap: ${n.entry.why})`)),
    ...j.acceptedMissed.map((m) => `  accepted?    ${describeEntry(m.entry)}: ${m.reason}`),
  ];
  if (details.length === 0) continue;
  console.log(`${j.id}${j.control ? " (control)" : ""}`);
  for (const d of details) console.log(d);
  console.log("");
}

for (const h of headline(score)) console.log(h);
console.log(`near misses reported: ${score.nearMissesReported}; accepted findings not shown as accepted: ${score.acceptedMissed}`);
console.log(
  score.verdict.ok
    ? `target met: recall ≥ ${percent(TARGETS.recall)}, ≤ ${TARGETS.falseAlarmsPerJourney} false alarm per journey, no finding on the control journey`
    : `TARGET MISSED: ${score.verdict.failures.join("; ")} (want recall ≥ ${percent(TARGETS.recall)}, ≤ ${TARGETS.falseAlarmsPerJourney} false alarm per journey, no finding on the control journey)`,
);
