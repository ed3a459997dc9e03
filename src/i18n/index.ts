import i18next, { type TFunction } from 'i18next';
import FsBackend, { type FsBackendOptions } from 'i18next-fs-backend';
import path from 'node:path';
import { defaultLocale, locales, type Locale } from './locales.js';

export type Translate = TFunction;

export interface I18n {
  /** A translate function bound to one locale. */
  t(locale: Locale): Translate;
}

export async function createI18n(localesDir: string): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(FsBackend).init<FsBackendOptions>({
    backend: { loadPath: path.join(localesDir, '{{lng}}', '{{ns}}.json') },
    supportedLngs: [...locales],
    preload: [...locales],
    lng: defaultLocale,
    // A missing string is a bug caught by the key-parity test, not something to paper over.
    fallbackLng: false,
    ns: ['common'],
    defaultNS: 'common',
    // Autoescaping happens in the templates; escaping here too would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const bound = new Map(locales.map((locale) => [locale, instance.getFixedT(locale)]));
  return {
    t: (locale) => bound.get(locale) as Translate,
  };
}
