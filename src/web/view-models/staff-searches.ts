import type { QueryCount } from '../../feedback/store.js';
import type { Locale } from '../../i18n/locales.js';
import { searchPath } from '../urls.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';

/** A counted query as staff see it: the words, a link to today's results, its counts. */
export function queryRows(rows: readonly QueryCount[], locale: Locale, lang: Locale) {
  return rows.map((row) => ({
    query: row.query,
    url: searchPath(locale, row.query),
    countText: formatNumber(row.count, lang),
    resultsText: formatNumber(row.results, lang),
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
