import { Router } from 'express';
import type { ContentRepository } from '../../content/repository.js';
import type { ContentService } from '../../content/service.js';
import { NotFoundError } from '../../errors.js';
import { locales, type Locale } from '../../i18n/locales.js';
import { canonicalQuery } from '../middleware/canonical-query.js';
import type { SendPage } from '../views/render.js';
import { articleAlternates, categoryAlternates, type Alternates } from '../urls.js';
import { localeOf } from '../http/locals.js';

interface Original {
  locale: Locale;
  title: string;
  alternates: Alternates;
}

function findOriginal(repo: ContentRepository, kind: string, id: string): Original | undefined {
  for (const locale of locales) {
    if (kind === 'article') {
      const article = repo.articleById(locale, id);
      if (article)
        return { locale, title: article.title, alternates: articleAlternates(repo, article) };
    } else if (kind === 'category') {
      const category = repo.categoryById(locale, id);
      if (category) {
        return { locale, title: category.title, alternates: categoryAlternates(repo, category) };
      }
    }
  }
  return undefined;
}

/**
 * Where the language switch leads when a page has no translation: a notice in the visitor's
 * language offering the original, never a 404.
 */
export function noticeRouter(content: ContentService, send: SendPage): Router {
  const router = Router({ mergeParams: true });
  router.get('/notice/:kind/:id', canonicalQuery(), (req, res) => {
    const locale = localeOf(res);
    const { kind, id } = req.params as { kind: string; id: string };
    const original = findOriginal(content.repo, kind, id);
    if (!original) throw new NotFoundError();
    const translated = original.alternates[locale];
    // Translated since the link was made: go straight to the translation.
    if (!translated.includes('/notice/')) return res.redirect(302, translated);
    send(
      res,
      'pages/notice.njk',
      { alternates: original.alternates, noindex: true, shared: true },
      {
        original,
        originalUrl: original.alternates[original.locale],
      },
    );
  });
  return router;
}
