import { Router } from 'express';
import type { I18n } from '../../i18n/index.js';
import { defaultLocale, isLocale, locales, type Locale } from '../../i18n/locales.js';
import type { SearchService } from '../../search/service.js';
import { cacheControl, sameForEveryone } from '../http/cache-control.js';
import { canonicalQuery } from '../middleware/canonical-query.js';
import { intParam, textParam } from '../request/query-params.js';

/** What GET /api/search answers (200). */
export interface SearchApiBody {
  query: string;
  total: number;
  results: { id: string; title: string; url: string; category: string; snippet: string }[];
}

/**
 * JSON search for the suggestions script: same ranking as the results page, the same for
 * every visitor. (The app sets "json escape": echoed text never reads as markup.)
 */
export function apiRouter(search: SearchService, i18n: I18n): Router {
  const router = Router();
  router.get('/api/search', canonicalQuery('lang', 'q', 'limit'), (req, res) => {
    const lang = textParam(req.query.lang);
    if (!isLocale(lang)) {
      const locale = (req.acceptsLanguages(...locales) as Locale | false) || defaultLocale;
      res.status(400).set('Cache-Control', cacheControl.perVisitor).vary('Accept-Language');
      return res.json({ error: i18n.t(locale)('search.invalidLanguage') });
    }
    const limit = intParam(req.query.limit, 5, 1, 20);
    const page = search.search(lang, textParam(req.query.q), { perPage: limit });
    sameForEveryone(res, cacheControl.searchApi);
    const body: SearchApiBody = {
      query: page.query,
      total: page.total,
      results: page.results.map(({ id, title, url, category, snippet }) => ({
        id,
        title,
        url,
        category,
        snippet,
      })),
    };
    res.json(body);
  });
  return router;
}
