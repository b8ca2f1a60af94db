import { distance } from "fastest-levenshtein";

/** Ids and field names are short; a longer word is no typo of one, and comparing it would cost length². */
export const MAX_SUGGEST_LENGTH = 64;
/** Edit-distance computations one suggester may spend in all: a hostile file cannot make suggestions quadratic. */
const DEFAULT_BUDGET = 100_000;

/**
 * "Did you mean" over one set of candidates, indexed once by length: only candidates whose length is within the
 * allowed number of edits are compared, words longer than MAX_SUGGEST_LENGTH get no suggestion, and the total work
 * is capped (past the budget, no more suggestions: the hint then lists the known values instead).
 */
export class Suggester {
  readonly #byLength = new Map<number, { word: string; order: number }[]>();
  #budget: number;

  constructor(candidates: Iterable<string>, budget = DEFAULT_BUDGET) {
    this.#budget = budget;
    let order = 0;
    for (const word of candidates) {
      order++;
      if (word.length > MAX_SUGGEST_LENGTH + Math.floor(MAX_SUGGEST_LENGTH / 3)) continue;
      let bucket = this.#byLength.get(word.length);
      if (!bucket) this.#byLength.set(word.length, (bucket = []));
      bucket.push({ word, order });
    }
  }

  /** The closest candidate when it is plausibly a typo: within a third of the word's length (at least 2 edits). */
  suggest(input: string): string | undefined {
    if (input.length === 0 || input.length > MAX_SUGGEST_LENGTH) return undefined;
    const lower = input.toLowerCase();
    const allowed = Math.max(2, Math.floor(input.length / 3));
    let best: { word: string; order: number; distance: number } | undefined;
    for (let length = Math.max(0, lower.length - allowed); length <= lower.length + allowed; length++) {
      for (const candidate of this.#byLength.get(length) ?? []) {
        if (this.#budget-- <= 0) return undefined;
        const d = distance(lower, candidate.word);
        if (d > allowed) continue;
        if (!best || d < best.distance || (d === best.distance && candidate.order < best.order)) best = { ...candidate, distance: d };
      }
    }
    return best?.word;
  }
}

/** The closest candidate when it is plausibly a typo: within a third of the word's length (at least 2 edits). */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  return new Suggester(candidates).suggest(input);
}

/** `a, b, c` or `a, b, c, … (12 in all)` so a hint stays one line. */
export function listSome(values: readonly string[], max = 8): string {
  const shown = values.slice(0, max).join(", ");
  return values.length > max ? `${shown}, … (${values.length} in all)` : shown;
}
