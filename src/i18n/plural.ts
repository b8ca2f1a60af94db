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

/** `1 día`, `3 giorni`: the count and its word. */
export function count(locale: Locale, n: number, one: string, other: string): string {
  return `${n} ${pick(locale, n, one, other)}`;
}
