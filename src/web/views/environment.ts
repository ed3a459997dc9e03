import nunjucks from 'nunjucks';
import type { Config } from '../../config.js';
import { intlTags, locales, type Locale } from '../../i18n/locales.js';
import type { AssetManifest } from './assets.js';

// Made once per locale: building an Intl formatter costs far more than using one.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** "2026-11-28" → "28 November 2026" / "28 novembre 2026" (dates are calendar days, UTC). */
export function formatDate(isoDate: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTags[locale], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * JSON for a <script type="application/ld+json"> block: "<" is escaped so no content can
 * close the element early.
 */
export function jsonForScript(value: unknown): nunjucks.runtime.SafeString {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, '');
  return new nunjucks.runtime.SafeString(json);
}

/** 2000 → "2,000" / "2 000". */
export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlTags[locale]);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** 0.256 → "25.6%" / "25,6 %" (one decimal at most, as Intl writes it for the locale). */
export function formatPercent(share: number, locale: Locale): string {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlTags[locale], {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    percentFormats.set(locale, format);
  }
  return format.format(share);
}

const filters: Record<string, (...args: never[]) => unknown> = {
  date: formatDate,
  numberFormat: formatNumber,
  percentFormat: formatPercent,
  jsonScript: jsonForScript,
};

export function createViews(config: Config, assets: AssetManifest): nunjucks.Environment {
  const loader = new nunjucks.FileSystemLoader(config.viewsDir, {
    // Re-read templates on every render while developing; compile once in production.
    noCache: config.watch,
  });
  const env = new nunjucks.Environment(loader, {
    autoescape: true,
    // An undefined value in a template is a bug: tests fail on it, visitors never see it fail.
    throwOnUndefined: config.env === 'test',
    trimBlocks: true,
    lstripBlocks: true,
  });
  for (const [name, filter] of Object.entries(filters)) {
    env.addFilter(name, filter as (...args: unknown[]) => unknown);
  }
  env.addGlobal('asset', (name: string) => assets.get(name));
  env.addGlobal('locales', locales);
  return env;
}
