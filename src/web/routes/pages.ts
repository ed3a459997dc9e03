import { Router, type Response } from 'express';
import type { Config } from '../../config.js';
import type { ContentService } from '../../content/service.js';
import { NotFoundError } from '../../errors.js';
import type { Locale } from '../../i18n/locales.js';
import type { SendPage } from '../render.js';
import { faqPage } from '../structured-data.js';
import {
  articleAlternates,
  articlePath,
  categoryAlternates,
  categoryPath,
  homePath,
  sameForAll,
} from '../urls.js';

/** How many questions of each category the home page lists before "see all". */
const homeQuestionsPerCategory = 4;
const relatedQuestionCount = 5;

export const localeOf = (res: Response) => res.locals.locale as Locale;

/** Browsing pages: home, category and article. */
export function pagesRouter(content: ContentService, send: SendPage, config: Config): Router {
  const router = Router({ mergeParams: true });

  router.get('/', (_req, res) => {
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
    send(res, 'pages/home.njk', { alternates: sameForAll(homePath), shared: true }, { sections });
  });

  router.get('/:category', (req, res) => {
    const locale = localeOf(res);
    const repo = content.repo;
    const category = repo.categoryBySlug(locale, req.params.category as string);
    if (!category) throw new NotFoundError();
    const articles = repo.articlesIn(category).map((article) => ({
      article,
      url: articlePath(article, category),
    }));
    const path = categoryPath(category);
    send(
      res,
      'pages/category.njk',
      {
        alternates: categoryAlternates(repo, category),
        shared: true,
        jsonLd: faqPage(repo.articlesIn(category), config.siteUrl, path),
      },
      {
        category,
        articles,
        otherCategories: repo.categories(locale).filter((c) => c !== category),
      },
    );
  });

  router.get('/:category/:article', (req, res) => {
    const locale = localeOf(res);
    const repo = content.repo;
    const category = repo.categoryBySlug(locale, req.params.category as string);
    const article = category && repo.articleBySlug(category, req.params.article as string);
    if (!category || !article) throw new NotFoundError();
    // The questions that follow this one in the category, wrapping around.
    const all = repo.articlesIn(category);
    const at = all.indexOf(article);
    const related = [...all.slice(at + 1), ...all.slice(0, at)]
      .slice(0, relatedQuestionCount)
      .map((a) => ({ title: a.title, url: articlePath(a, category) }));
    const path = articlePath(article, category);
    send(
      res,
      'pages/article.njk',
      {
        alternates: articleAlternates(repo, article),
        shared: true,
        jsonLd: faqPage([article], config.siteUrl, path),
      },
      {
        category,
        categoryUrl: categoryPath(category),
        article,
        related,
        otherCategories: repo.categories(locale).filter((c) => c !== category),
      },
    );
  });

  return router;
}
