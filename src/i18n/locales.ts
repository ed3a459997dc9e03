/**
 * The site's languages: the one list every part of the site reads (routes, templates,
 * content, stores, search). The first is the default (x-default, fallback for negotiation).
 * Adding a language: see the README, "Adding a language".
 */
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = locales[0];

/** Each language's Intl tag: the regional conventions its dates and numbers follow. */
export const intlTags: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** A path that starts with a language segment: "/fr", "/fr/…" or "/fr?…" (group 1: the language). */
export const localePrefix = new RegExp(`^/(${locales.join('|')})(?=[/?]|$)`);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The site's other languages, in list order: where the language switch leads. */
export function otherLocales(locale: Locale): Locale[] {
  return locales.filter((other) => other !== locale);
}
