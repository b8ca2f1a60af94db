import { en, type Messages } from "./en.ts";
import { es } from "./es.ts";
import { it } from "./it.ts";
import type { Locale } from "./locale.ts";

export { LOCALES, DEFAULT_LOCALE, INTL_TAGS, isLocale, resolveLocale, type Locale } from "./locale.ts";
export type { Messages } from "./en.ts";

export const CATALOGUES: Record<Locale, Messages> = { en, es, it };

/** The message catalogue of a language: every UI word, the gap rules' titles and actions, the report's Markdown. */
export function t(locale: Locale = "en"): Messages {
  return CATALOGUES[locale] ?? en;
}
