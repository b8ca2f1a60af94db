import { readFileSync } from "node:fs";
import { join } from "node:path";
import { indexContent } from "../../../../src/analysis/content-index.ts";
import { asOfDate, findGaps, type Gap, type JourneyFindings } from "../../../../src/analysis/find-gaps.ts";
import { kpiStatus } from "../../../../src/analysis/kpi-status.ts";
import { compareRedesign } from "../../../../src/analysis/redesign.ts";
import type { GapRuleId } from "../../../../src/model/index.ts";
import { loadContent } from "../../../../src/load/load-content.ts";

export const RULES_FIXTURES = join(import.meta.dirname, "../../../fixtures/rules");

/**
 * The rule engine over one fixture folder of `test/fixtures/rules/`, as the analysis runs it: statuses computed
 * once at the reference date, the redesign comparison for a future-state journey.
 */
export function fixture(name: string) {
  const content = loadContent({ root: join(RULES_FIXTURES, name) });
  const index = indexContent(content);
  const settings = content.config.gaps;
  const asOf = settings.as_of ?? asOfDate(content);
  const statuses = new Map(content.kpis.map((k) => [k.data.id, kpiStatus(k.data, { asOf, staleAfterDays: settings.stale_after_days })]));
  const journey = (id: string): JourneyFindings & { of(rule: GapRuleId): Gap[] } => {
    const loaded = index.journeys.get(id);
    if (!loaded) throw new Error(`no journey ${id} in ${name}`);
    const data = loaded.data;
    const current = data.state === "future" && data.redesigns ? index.journeys.get(data.redesigns)?.data : undefined;
    const found = findGaps({ index, loaded, settings, asOf, kpiStatus: (k) => statuses.get(k), redesign: current ? compareRedesign(current, data) : undefined });
    return { ...found, of: (rule) => found.gaps.filter((g) => g.rule === rule) };
  };
  return { content, errors: content.diagnostics.filter((d) => d.severity === "error"), journey, statuses };
}

/** The 1-based line of the first `needle` in a fixture file (a path as a finding's location gives it). */
export function lineOf(file: string, needle: string): number {
  const text = readFileSync(file, "utf8");
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`\`${needle}\` not in ${file}`);
  return text.slice(0, at).split("\n").length;
}
