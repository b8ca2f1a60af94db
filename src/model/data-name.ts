/**
 * The one way data names are compared (`needs` against a system's `data`): case-insensitive, trimmed,
 * spaces collapsed, and each word singular, so `Order Numbers` meets `order number` (seed 003:
 * information that must carry across steps).
 */
export function dataKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name.trim().toLowerCase().split(/\s+/).filter(Boolean).map(singular).join(" ");
    // The same few names recur in every journey; an unbounded stream of new ones is not kept.
    if (keys.size < 10_000) keys.set(name, key);
  }
  return key;
}

const keys = new Map<string, string>();

/** An English plural made singular, by the common endings only: names are short nouns, not prose. */
function singular(word: string): string {
  if (word.length <= 2) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(ss|us|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}
