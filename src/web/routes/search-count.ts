import { Router } from 'express';
import type { SearchCounter } from '../../feedback/search-counter.js';
import { isLocale } from '../../i18n/locales.js';
import type { SearchService } from '../../search/service.js';
import { cacheControl } from '../http/cache-control.js';
import { canonicalQuery } from '../middleware/canonical-query.js';
import { searchRequest } from '../request/search-request.js';
import { searchCountPrefix } from '../urls.js';

/**
 * The count endpoint: `GET /internal/search-count/{lang}/search?q=…` counts what the results
 * page `/{lang}/search?q=…` would count, renders nothing and answers 204. nginx sends it a
 * copy (`mirror`) of every results-page request, answered from its cache or not, so counts
 * stay exact behind it; nginx refuses the address from outside (deploy/nginx.conf).
 */
export function searchCountRouter(
  search: SearchService,
  counter: Pick<SearchCounter, 'count'>,
): Router {
  const router = Router();
  // An address the results page would redirect (made-up parameters) is not a search: the
  // address it redirects to is, and gets its own copy.
  router.get(
    `${searchCountPrefix}/:locale/search`,
    canonicalQuery('q', 'page'),
    (req, res, next) => {
      const { locale } = req.params;
      if (!isLocale(locale)) return next();
      const asked = searchRequest(req.query);
      if (req.method === 'GET' && asked.page === 1) {
        const result = search.search(locale, asked.q, { perPage: 1 });
        if (result.query) counter.count(locale, result.query, result.total);
      }
      res.set('Cache-Control', cacheControl.perVisitor).status(204).end();
    },
  );
  return router;
}
