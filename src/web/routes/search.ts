import { Router } from 'express';
import type { ContentService } from '../../content/service.js';
import type { RenderPage } from '../render.js';
import { categoryPath, sameForAll, searchPath } from '../urls.js';
import { localeOf } from './pages.js';

/** First-value-only reading of a query parameter: arrays and nested objects are ignored. */
export function queryText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function searchRouter(content: ContentService, render: RenderPage): Router {
  const router = Router({ mergeParams: true });
  router.get('/search', (req, res) => {
    const locale = localeOf(res);
    const query = queryText(req.query.q).trim();
    const categories = content.repo
      .categories(locale)
      .map((category) => ({ category, url: categoryPath(category) }));
    res.send(
      render(
        'pages/search.njk',
        locale,
        {
          alternates: sameForAll((l) => searchPath(l, query)),
          noindex: true,
          searchQuery: query,
        },
        { query, categoryLinks: categories },
      ),
    );
  });
  return router;
}
