import type { Article } from '../../content/model.js';
import { newerTranslations } from '../../content/parity.js';
import type { ContentRepository } from '../../content/repository.js';
import type { I18n } from '../../i18n/index.js';
import type { Locale } from '../../i18n/locales.js';
import { articleAlternates, articlePath, categoryPath, homePath } from '../urls.js';
import { formatDate } from '../../i18n/format.js';
import type { PageMeta } from '../views/render.js';
import { feedbackView, type FeedbackState } from './feedback-form.js';
import { breadcrumbList, faqPage, type Crumb } from './structured-data.js';

const relatedQuestionCount = 5;

/** A newer version of the article in another language, for the notice under its title. */
export interface NewerVersion {
  locale: Locale;
  url: string;
  /** That language's name, in the page's language ("French" / « anglais »). */
  language: string;
  /** The link, in that version's own language, as its readers say it. */
  linkText: string;
}

/**
 * What views/pages/article.njk shows: the answer, the questions after it, the notice of any
 * newer translation and the "Was this helpful?" section in the state asked for. The article
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
  const newerVersions = newerTranslations(repo, article).map((other): NewerVersion => ({
    locale: other.locale,
    url: articlePath(other, repo.categoryOf(other)),
    language: t(`language.name.${other.locale}`),
    linkText: i18n.t(other.locale)('article.outdated.read', {
      date: formatDate(other.updated, other.locale),
    }),
  }));
  const path = articlePath(article, category);
  const trail: Crumb[] = [
    { text: t('nav.home'), href: homePath(locale) },
    { text: category.title, href: categoryPath(category) },
  ];
  return {
    meta: {
      alternates: articleAlternates(repo, article),
      shared: true,
      jsonLd: [
        faqPage([article], deps.siteUrl, path),
        breadcrumbList(trail, { name: article.title, path }, deps.siteUrl),
      ],
    },
    data: {
      trail,
      category,
      categoryUrl: categoryPath(category),
      article,
      related,
      otherCategories: repo.categories(locale).filter((c) => c !== category),
      newerVersions,
      feedback: feedbackView(t, locale, article.id, feedback),
    },
  };
}
