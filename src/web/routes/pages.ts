import { Router } from 'express';
import type { Config } from '../../config.js';
import type { Category } from '../../content/model.js';
import type { ContentRepository } from '../../content/repository.js';
import type { ContentService } from '../../content/service.js';
import { NotFoundError } from '../../errors.js';
import type { I18n } from '../../i18n/index.js';
import { localeOf } from '../http/locals.js';
import { canonicalQuery } from '../middleware/canonical-query.js';
import { textParam } from '../request/query-params.js';
import type { SendPage } from '../views/render.js';
import { articlePage } from '../view-models/article-page.js';
import { breadcrumbList, questionListPage, webSite } from '../view-models/structured-data.js';
import {
  articlePath,
  categoryPath,
  homePath,
  noticePath,
  searchPath,
  sameForAll,
  type Alternates,
} from '../urls.js';

/**
 * Questions on one page of a category. Each comes with its whole answer (folded), so a page
 * of 25 stays small and quick to scan, while every real topic (12 questions at most) still
 * fits on one page.
 */
export const questionsPerPage = 25;
/** How many questions of each category the home page lists before "see all". */
const homeQuestionsPerCategory = 4;

const pageCount = (questions: number) => Math.max(1, Math.ceil(questions / questionsPerPage));

/** A category page's address: page 1 has no `?page`, so it keeps the address it always had. */
const categoryPagePath = (category: Category, page: number) =>
  page > 1 ? `${categoryPath(category)}?page=${page}` : categoryPath(category);

/**
 * The page a `?page` value asks for, and whether it is written the one way we link to.
 * Anything that is not a whole number is ignored (page 1), as on the search page, and a
 * repeated parameter counts by its first value; a number with no such page is not found.
 */
function requestedPage(
  value: unknown,
  count: number,
): { page: number; exact: boolean } | undefined {
  if (value === undefined) return { page: 1, exact: true };
  const text = textParam(value).trim();
  if (!/^\d+$/.test(text)) return { page: 1, exact: false };
  const page = Number(text);
  if (page < 1 || page > count) return undefined;
  return { page, exact: page > 1 && value === String(page) };
}

/** The same page number in each locale (or its last page), or the "not translated" notice. */
function pagedAlternates(repo: ContentRepository, category: Category, page: number): Alternates {
  return sameForAll((locale) => {
    const match = locale === category.locale ? category : repo.categoryById(locale, category.id);
    if (!match) return noticePath(locale, 'category', category.id);
    return categoryPagePath(match, Math.min(page, pageCount(repo.articlesIn(match).length)));
  });
}

/** Browsing pages: home, category and article. */
export function pagesRouter(
  content: ContentService,
  send: SendPage,
  config: Config,
  i18n: I18n,
): Router {
  const router = Router({ mergeParams: true });

  router.get('/', canonicalQuery(), (_req, res) => {
    const locale = localeOf(res);
    const repo = content.repo;
    const sections = repo.categories(locale).map((category) => {
      const articles = repo.articlesIn(category);
      return {
        category,
        url: categoryPath(category),
        count: articles.length,
        questions: articles
          .slice(0, homeQuestionsPerCategory)
          .map((a) => ({ title: a.title, url: articlePath(a, category) })),
      };
    });
    const site = webSite(
      i18n.t(locale)('site.name'),
      locale,
      config.siteUrl,
      homePath(locale),
      searchPath(locale),
    );
    send(
      res,
      'pages/home.njk',
      { alternates: sameForAll(homePath), shared: true, jsonLd: [site] },
      { sections },
    );
  });

  router.get('/:category', canonicalQuery('page'), (req, res) => {
    const locale = localeOf(res);
    const repo = content.repo;
    const category = repo.categoryBySlug(locale, req.params.category as string);
    if (!category) throw new NotFoundError();
    const all = repo.articlesIn(category);
    const count = pageCount(all.length);
    const asked = requestedPage(req.query.page, count);
    if (!asked) throw new NotFoundError();
    // One address per page: "?page=1", "?page=02", "?page=abc"… lead to it (and one cache entry).
    if (!asked.exact) return res.redirect(301, categoryPagePath(category, asked.page));
    const page = asked.page;
    const from = (page - 1) * questionsPerPage;
    const onPage = all.slice(from, from + questionsPerPage);
    const path = categoryPagePath(category, page);
    const questions = onPage.map((article) => ({ article, url: articlePath(article, category) }));
    const trail = [{ text: i18n.t(locale)('nav.home'), href: homePath(locale) }];
    send(
      res,
      'pages/category.njk',
      {
        alternates: pagedAlternates(repo, category, page),
        shared: true,
        jsonLd: [
          questionListPage(category.title, questions, config.siteUrl, path, from + 1),
          breadcrumbList(trail, { name: category.title, path }, config.siteUrl),
        ],
      },
      {
        trail,
        category,
        articles: questions,
        total: all.length,
        paging: {
          current: page,
          count,
          from: from + 1,
          to: from + onPage.length,
          href: (n: number) => categoryPagePath(category, n),
        },
        otherCategories: repo.categories(locale).filter((c) => c !== category),
      },
    );
  });

  // `?feedback=thanks`: where a vote leads (feedback route), the same page for every voter.
  router.get('/:category/:article', canonicalQuery('feedback'), (req, res) => {
    const locale = localeOf(res);
    const repo = content.repo;
    const category = repo.categoryBySlug(locale, req.params.category as string);
    const article = category && repo.articleBySlug(category, req.params.article as string);
    if (!category || !article) throw new NotFoundError();
    const { feedback } = req.query;
    if (feedback !== undefined && feedback !== 'thanks') {
      return res.redirect(301, articlePath(article, category));
    }
    const page = articlePage({ repo, i18n, siteUrl: config.siteUrl }, article, {
      kind: feedback === 'thanks' ? 'thanks' : 'form',
    });
    send(res, 'pages/article.njk', page.meta, page.data);
  });

  return router;
}
