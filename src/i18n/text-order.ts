/**
 * The order names are listed in, on every page and in every report: one collation whatever the machine's locale, so
 * a build gives the same bytes on any runner, with numbers in numeric order ("Journey 2" before "Journey 10").
 */
const collator = new Intl.Collator("en", { numeric: true });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
