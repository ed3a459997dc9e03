import { Router } from 'express';
import type { I18n } from '../../i18n/index.js';
import { defaultLocale, isLocale, locales, type Locale } from '../../i18n/locales.js';
import type { SearchService } from '../../search/service.js';
import { compressBytes, sendCompressed, type PageCache } from '../page-cache.js';
import { intParam, textParam } from '../query-params.js';

/** Suggestions change only with the content: a minute in the browser is plenty. */
export const searchApiCacheControl = 'public, max-age=60';

/** JSON with <, > and & escaped (as Express's "json escape"): echoed text never reads as markup. */
function escapedJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * JSON search for the suggestions script: same ranking as the results page. The same for
 * every visitor, so each answer is serialised and compressed once and kept in the page cache.
 */
export function apiRouter(search: SearchService, i18n: I18n, cache: PageCache): Router {
  const router = Router();
  router.get('/api/search', (req, res) => {
    const lang = textParam(req.query.lang);
    if (!isLocale(lang)) {
      const locale = (req.acceptsLanguages(...locales) as Locale | false) || defaultLocale;
      res.status(400).set('Cache-Control', 'no-store');
      return res.json({ error: i18n.t(locale)('search.invalidLanguage') });
    }
    const limit = intParam(req.query.limit, 5, 1, 20);
    const page = search.search(lang, textParam(req.query.q), { perPage: limit });
    const answer = cache.search(
      cache.key(`api\u0000${lang}\u0000${limit}\u0000${page.query}`),
      cache.key(req.originalUrl),
      () =>
        compressBytes(
          Buffer.from(
            escapedJson({
              query: page.query,
              total: page.total,
              results: page.results.map(({ id, title, url, category, snippet }) => ({
                id,
                title,
                url,
                category,
                snippet,
              })),
            }),
          ),
        ),
    );
    res.set('Cache-Control', searchApiCacheControl);
    sendCompressed(req, res, answer, 'json');
  });
  return router;
}
