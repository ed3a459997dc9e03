import { Router } from 'express';
import type { ContentService } from '../../content/service.js';
import { otherLocales } from '../../i18n/locales.js';
import type { SearchService } from '../../search/service.js';
import { canonicalQuery } from '../middleware/canonical-query.js';
import { searchRequest } from '../request/search-request.js';
import type { SendPage } from '../views/render.js';
import { articlePath, categoryPath, sameForAll, searchPath } from '../urls.js';
import { localeOf } from '../http/locals.js';

const perPage = 10;
const popularPerCategory = 3;

/** The search results page: results, the empty state, and help when nothing matches. */
export function searchRouter(
  content: ContentService,
  search: SearchService,
  send: SendPage,
): Router {
  const router = Router({ mergeParams: true });
  router.get('/search', canonicalQuery('q', 'page'), (req, res) => {
    const locale = localeOf(res);
    const asked = searchRequest(req.query);
    const result = search.search(locale, asked.q, { page: asked.page, perPage });
    const repo = content.repo;
    const topics = repo.categories(locale).map((category) => ({
      category,
      url: categoryPath(category),
      questions: repo
        .articlesIn(category)
        .slice(0, popularPerCategory)
        .map((a) => ({ title: a.title, url: articlePath(a, category) })),
    }));
    const isEmpty = result.query === '';
    const noResults = !isEmpty && result.total === 0;
    // Page 1 of a query is a search to count (middleware/search-count.ts); later pages are not.
    // The header says so to nginx, which logs it for the pages it answers from its cache
    // (feedback/search-log.ts); its cached copies keep it.
    if (!isEmpty && asked.page === 1) {
      res.locals.searchCount = { locale, query: result.query, results: result.total };
      res.set('X-Search-Results', String(result.total));
    }
    // Answers in the other languages, for a visitor who searched in the wrong one.
    const elsewhere = noResults
      ? otherLocales(locale)
          .map((other) => ({
            locale: other,
            results: search.search(other, result.query, { perPage: 5 }).results,
            queryInItsWords: search.usesOnlyKnownWords(other, result.query),
          }))
          .filter((other) => other.results.length > 0)
      : [];
    // A query written in another language's words is not misspelt: no "did you mean" for
    // "mot de passe" on the English site (it would offer "not do page").
    const otherLanguage = elsewhere.some((other) => other.queryInItsWords);
    const suggestion =
      noResults && !otherLanguage ? search.didYouMean(locale, result.query) : undefined;
    const pageUrl = (page: number) => `${searchPath(locale, result.query)}&page=${page}`;
    send(
      res,
      'pages/search.njk',
      {
        alternates: sameForAll((l) => searchPath(l, result.query)),
        shared: true,
        noindex: true,
        searchQuery: result.query,
      },
      {
        result,
        isEmpty,
        noResults,
        topics,
        from: (result.page - 1) * perPage + 1,
        to: (result.page - 1) * perPage + result.results.length,
        pages: Array.from({ length: result.pageCount }, (_, i) => ({
          number: i + 1,
          url: pageUrl(i + 1),
        })),
        suggestion: suggestion && { text: suggestion, url: searchPath(locale, suggestion) },
        elsewhere,
      },
    );
  });
  return router;
}
