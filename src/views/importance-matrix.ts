import type { JourneyAnalysis } from "../analysis/analyse.ts";
import type { Quadrant } from "../analysis/importance.ts";
import type { GapSettings } from "../model/index.ts";
import { t, type Locale } from "../i18n/index.ts";

export interface MatrixCell {
  importance: number;
  satisfaction: number;
  quadrant: Quadrant;
  touchpoints: { id: string; number: number; name: string }[];
}

export interface ImportanceMatrixView {
  /** Rows from importance 5 (top) to 1, columns satisfaction 1 to 5. */
  rows: MatrixCell[][];
  /** The steps to act on first: important to customers and unsatisfying today [003]. */
  priority: { id: string; number: number; name: string; importance: number; satisfaction: number }[];
  placed: number;
  /** Touchpoints without both scores, so the reader knows the matrix is partial. */
  missing: number;
  quadrants: { id: Quadrant; label: string; note: string }[];
  summary: string;
}


/**
 * Importance × satisfaction [003]: each step's relative importance to the customer against how satisfied they are
 * with it today, on the analysis's quadrants (thresholds from the gap settings).
 */
export function importanceMatrixView(analysed: JourneyAnalysis, settings: Pick<GapSettings, "important_from" | "unsatisfied_up_to">, locale: Locale = "en"): ImportanceMatrixView | undefined {
  const words = t(locale).ui.importance;
  const QUADRANTS: Record<Quadrant, { label: string; note: string }> = words.quadrants;
  const numbers = new Map(analysed.journey.stages.flatMap((s) => s.touchpoints).map((t, i) => [t.id, i + 1]));
  const total = numbers.size;
  if (analysed.positions.length === 0) return undefined;
  const quadrant = (importance: number, satisfaction: number): Quadrant => {
    const important = importance >= settings.important_from;
    const unsatisfied = satisfaction <= settings.unsatisfied_up_to;
    return important ? (unsatisfied ? "priority" : "strength") : unsatisfied ? "low-priority" : "overserved";
  };
  const rows = [5, 4, 3, 2, 1].map((importance) =>
    [1, 2, 3, 4, 5].map((satisfaction) => ({
      importance,
      satisfaction,
      quadrant: quadrant(importance, satisfaction),
      touchpoints: analysed.positions
        .filter((p) => p.importance === importance && p.satisfaction === satisfaction)
        .map((p) => ({ id: p.touchpoint, number: numbers.get(p.touchpoint)!, name: p.name })),
    })),
  );
  const priority = analysed.positions
    .filter((p) => p.quadrant === "priority")
    .map((p) => ({ id: p.touchpoint, number: numbers.get(p.touchpoint)!, name: p.name, importance: p.importance, satisfaction: p.satisfaction }))
    .sort((a, b) => b.importance - a.importance || a.satisfaction - b.satisfaction || a.number - b.number);
  return {
    rows,
    priority,
    placed: analysed.positions.length,
    missing: total - analysed.positions.length,
    quadrants: (Object.keys(QUADRANTS) as Quadrant[]).map((id) => ({ id, ...QUADRANTS[id] })),
    summary:
      priority.length > 0
        ? words.summary(priority.length, priority.map((p) => p.name).join(", "))
        : words.none,
  };
}
