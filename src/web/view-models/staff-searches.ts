import type { QueryCount } from '../../feedback/store.js';
import { otherLocales, type Locale } from '../../i18n/locales.js';
import { searchPath } from '../urls.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';

/** A counted query as staff see it: the words, a link to today's results, its counts. */
const queryRow = (row: QueryCount, locale: Locale, lang: Locale) => ({
  query: row.query,
  url: searchPath(locale, row.query),
  countText: formatNumber(row.count, lang),
  resultsText: formatNumber(row.results, lang),
});

export function queryRows(rows: readonly QueryCount[], locale: Locale, lang: Locale) {
  return rows.map((row) => queryRow(row, locale, lang));
}

/**
 * Searches that found nothing, with what they find today, here and in each other language:
 * editors see which still need an answer, and which were typed in another language.
 */
export function unansweredRows(
  rows: readonly QueryCount[],
  locale: Locale,
  lang: Locale,
  resultsToday: (locale: Locale, query: string) => number,
) {
  return rows.map((row) => ({
    ...queryRow(row, locale, lang),
    todayText: formatNumber(resultsToday(locale, row.query), lang),
    elsewhere: otherLocales(locale).map((other) => ({
      locale: other,
      todayText: formatNumber(resultsToday(other, row.query), lang),
    })),
  }));
}

export function searchTotalsView(
  totals: { searches: number; withoutResults: number },
  lang: Locale,
) {
  return {
    searches: formatNumber(totals.searches, lang),
    withoutResults: formatNumber(totals.withoutResults, lang),
    withoutResultsShare: totals.searches
      ? formatPercent(totals.withoutResults / totals.searches, lang)
      : undefined,
  };
}
