/** Where a page of a long list stands: its number of `count`, the items it shows (1-based) and its neighbours. */
export interface PageInfo {
  number: number;
  count: number;
  first: number;
  last: number;
  prev?: string;
  next?: string;
}

/**
 * Page `requested` (clamped to the pages there are) of `items`, `perPage` to a page: what it shows and where it
 * stands. Every list cut into pages (gaps, opportunities, channel matrices) slices the same way.
 */
export function pageOf<T>(items: readonly T[], perPage: number, requested: number, hrefOf: (n: number) => string): { items: T[]; page: PageInfo } {
  const count = Math.max(1, Math.ceil(items.length / perPage));
  const number = Math.min(Math.max(1, requested), count);
  const shown = items.slice((number - 1) * perPage, number * perPage);
  return {
    items: shown,
    page: {
      number,
      count,
      first: shown.length ? (number - 1) * perPage + 1 : 0,
      last: (number - 1) * perPage + shown.length,
      ...(number > 1 ? { prev: hrefOf(number - 1) } : {}),
      ...(number < count ? { next: hrefOf(number + 1) } : {}),
    },
  };
}
