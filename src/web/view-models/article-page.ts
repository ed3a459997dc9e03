import type { Article } from '../../content/model.js';
import type { ContentRepository } from '../../content/repository.js';
import type { I18n } from '../../i18n/index.js';
import { articleAlternates, articlePath, categoryPath } from '../urls.js';
import type { PageMeta } from '../views/render.js';
import { feedbackView, type FeedbackState } from './feedback-form.js';
import { faqPage } from './structured-data.js';

const relatedQuestionCount = 5;

/**
 * What views/pages/article.njk shows: the answer, the questions after it and the "Was this helpful?" section in the state asked for. The article
 * route renders it, and so does the feedback route when a comment must be corrected.
 */
export function articlePage(
  deps: { repo: ContentRepository; i18n: I18n; siteUrl: string },
  article: Article,
  feedback: FeedbackState,
): { meta: PageMeta; data: Record<string, unknown> } {
  const { repo, i18n } = deps;
  const locale = article.locale;
  const t = i18n.t(locale);
  const category = repo.categoryOf(article);
  // The questions that follow this one in the category, wrapping around.
  const all = repo.articlesIn(category);
  const at = all.indexOf(article);
  const related = [...all.slice(at + 1), ...all.slice(0, at)]
    .slice(0, relatedQuestionCount)
    .map((a) => ({ title: a.title, url: articlePath(a, category) }));
  return {
    meta: {
      alternates: articleAlternates(repo, article),
      shared: true,
      jsonLd: faqPage([article], deps.siteUrl, articlePath(article, category)),
    },
    data: {
      category,
      categoryUrl: categoryPath(category),
      article,
      related,
      otherCategories: repo.categories(locale).filter((c) => c !== category),
      feedback: feedbackView(t, locale, article.id, feedback),
    },
  };
}
