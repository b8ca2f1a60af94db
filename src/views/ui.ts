import { t, type Locale, type Messages } from "../i18n/index.ts";
import { formatCount } from "../i18n/plural.ts";
import { siteAnalysis } from "./site-content.ts";

/** The build's language (the analysis's): `<html lang>`, Intl formats and Pagefind's index. */
export function siteLocale(): Locale {
  return siteAnalysis().locale;
}

/** The message catalogue pages, components and layouts read their words from. */
export function ui(): Messages {
  return t(siteLocale());
}

/** A count as the site's language writes it (57,600 in English), for the figures pages show on their own. */
export function countText(n: number): string {
  return formatCount(siteLocale(), n);
}
