/**
 * The site's language: `locale` in journeymap.config.yaml, overridden for one build (or one report) by the
 * JOURNEYMAP_LOCALE environment variable. It sets the UI's words, how dates and numbers are written, the gap rules'
 * titles and actions and the report's Markdown; the content stays in whatever language its authors wrote it.
 */
export const LOCALES = ["en", "es", "it"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale in effect: JOURNEYMAP_LOCALE when it names a supported language (`es`, `it`, `en`; case and a region such
 * as `es-ES` are ignored), else the config's `locale`, else English.
 */
export function resolveLocale(configured: Locale | undefined, env: Record<string, string | undefined> = process.env): Locale {
  const fromEnv = env.JOURNEYMAP_LOCALE?.trim().toLowerCase().split(/[-_]/)[0];
  if (isLocale(fromEnv)) return fromEnv;
  return configured ?? DEFAULT_LOCALE;
}

/** The BCP 47 tag Intl formats with. English keeps en-GB (day month year, as the site always wrote). */
export const INTL_TAGS: Record<Locale, string> = { en: "en-GB", es: "es-ES", it: "it-IT" };
