import { intlTags, type Locale } from './locales.js';

/**
 * Dates and numbers as each language writes them, for pages and staff views. Building an
 * Intl formatter costs far more than using one: each is made once per locale and kind.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  locale: Locale,
  make: (tag: string) => T,
): T {
  const id = `${key}/${locale}`;
  let format = formatters.get(id) as T | undefined;
  if (!format) formatters.set(id, (format = make(intlTags[locale])));
  return format;
}

/** French writes the first day of a month as an ordinal, "1er mars"; Intl writes "1 mars". */
function dayParts(format: Intl.DateTimeFormat, date: Date, locale: Locale): string {
  return format
    .formatToParts(date)
    .map(({ type, value }) => (locale === 'fr' && type === 'day' && value === '1' ? '1er' : value))
    .join('');
}

/** "2026-11-28" → "28 November 2026" / "28 novembre 2026"; "1er mars" (dates are calendar days, UTC). */
export function formatDate(isoDate: string, locale: Locale): string {
  const format = formatter(
    'date',
    locale,
    (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
  );
  return dayParts(format, new Date(`${isoDate}T00:00:00Z`), locale);
}

/** "2026-03-04T09:05:00Z" → "4 Mar 2026, 09:05 UTC" / "4 mars 2026, 09:05 UTC". */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const format = formatter(
    'dateTime',
    locale,
    (tag) =>
      new Intl.DateTimeFormat(tag, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'UTC',
        timeZoneName: 'short',
      }),
  );
  return dayParts(format, date, locale);
}

/** 2000 → "2,000" / "2 000". */
export function formatNumber(value: number, locale: Locale): string {
  return formatter('number', locale, (tag) => new Intl.NumberFormat(tag)).format(value);
}

/** 3.456 → "3.5" / "3,5": one decimal, for averages. */
export function formatDecimal(value: number, locale: Locale): string {
  return formatter(
    'decimal',
    locale,
    (tag) => new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  ).format(value);
}

/** 0.256 → "25.6%" / "25,6 %" (one decimal at most, as Intl writes it for the locale). */
export function formatPercent(share: number, locale: Locale): string {
  return formatter(
    'percent',
    locale,
    (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }),
  ).format(share);
}
