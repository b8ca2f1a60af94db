import { closest, distance } from "fastest-levenshtein";

/** The closest candidate when it is plausibly a typo: within a third of the word's length (at least 2 edits). */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = input.toLowerCase();
  const best = closest(lower, [...candidates]);
  const allowed = Math.max(2, Math.floor(input.length / 3));
  return distance(lower, best) <= allowed ? best : undefined;
}

/** `a, b, c` or `a, b, c, … (12 in all)` so a hint stays one line. */
export function listSome(values: readonly string[], max = 8): string {
  const shown = values.slice(0, max).join(", ");
  return values.length > max ? `${shown}, … (${values.length} in all)` : shown;
}
