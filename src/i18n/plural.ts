import { INTL_TAGS, type Locale } from "./locale.ts";

const rules = new Map<Locale, Intl.PluralRules>();

/** The plural category of a count in a language (Intl.PluralRules): `one` or `other` for en, es and it. */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(INTL_TAGS[locale])));
  return r.select(count);
}

/** The word for a count: `one` when the language's rules say so, `other` otherwise. */
export function pick(locale: Locale, count: number, one: string, other: string): string {
  return pluralCategory(locale, count) === "one" ? one : other;
}

const counts = new Map<Locale, Intl.NumberFormat>();

/**
 * A count as the language writes it, grouped so a large one reads at a glance: 57,600 (en), 57.600 (es, it); Spanish
 * and Italian leave four digits ungrouped (2000).
 */
export function formatCount(locale: Locale, n: number): string {
  let f = counts.get(locale);
  if (!f) counts.set(locale, (f = new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: 2 })));
  return f.format(n);
}

/** `1 día`, `3 giorni`, `57,600 warnings`: the count and its word. */
export function count(locale: Locale, n: number, one: string, other: string): string {
  return `${formatCount(locale, n)} ${pick(locale, n, one, other)}`;
}
