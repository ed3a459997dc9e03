import type { RequestHandler } from 'express';
import type { SearchCounter } from '../../feedback/search-counter.js';
import { locales } from '../../i18n/locales.js';

/**
 * Set by a proxy that counts results pages itself (deploy/nginx.conf logs each one it answers,
 * and the instance given SEARCH_LOG counts them, feedback/search-log.ts): the app then does
 * not count the page again.
 */
export const searchCountedHeader = 'x-search-counted';

const resultsPage = new RegExp(`^/(${locales.join('|')})/search$`);

/**
 * Counts every results page answered (200, or 304 to a browser that has it) that the search
 * route marked as a search (page 1 of a query), from the page cache or not: it sits before
 * the page cache and counts when the answer has gone. Suggestions (/api/search) and later
 * pages are not searches.
 */
export function countSearches(counter: Pick<SearchCounter, 'count'>): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' && resultsPage.test(req.path) && !req.get(searchCountedHeader)) {
      res.once('finish', () => {
        const mark = res.locals.searchCount;
        if (mark && (res.statusCode === 200 || res.statusCode === 304)) {
          counter.count(mark.locale, mark.query, mark.results);
        }
      });
    }
    next();
  };
}
