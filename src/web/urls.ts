import type { Article, Category } from '../content/model.js';
import type { ContentRepository } from '../content/repository.js';
import { localePrefix, locales, type Locale } from '../i18n/locales.js';

/** Every page's path in each locale: the language switch and hreflang links use it. */
export type Alternates = Record<Locale, string>;

export const homePath = (locale: Locale) => `/${locale}/`;
export const categoryPath = (category: Category) => `/${category.locale}/${category.slug}`;
export const articlePath = (article: Article, category: Category) =>
  `${categoryPath(category)}/${article.slug}`;
export const searchPath = (locale: Locale, query?: string) =>
  query ? `/${locale}/search?q=${encodeURIComponent(query)}` : `/${locale}/search`;
export type NoticeKind = 'category' | 'article';
export const noticePath = (locale: Locale, kind: NoticeKind, id: string) =>
  `/${locale}/notice/${kind}/${id}`;

/** The staff pages (behind the staff sign-in), in the order of their navigation. */
export const staffPaths = {
  overview: '/admin',
  survey: '/admin/survey',
  feedback: '/admin/feedback',
  searches: '/admin/searches',
  content: '/admin/content',
} as const;
export type StaffPage = keyof typeof staffPaths;

/**
 * Where the language switch leads: `/language/fr/…` remembers the choice (for "/"), then goes
 * to the page. Pages outside the locale prefix (the staff pages) are linked as they are.
 */
export const languageSwitchPath = (target: string) =>
  localePrefix.test(target) ? `/language${target}` : target;

export function sameForAll(build: (locale: Locale) => string): Alternates {
  return Object.fromEntries(locales.map((l) => [l, build(l)])) as Alternates;
}

/** The category in each locale, or the "not translated" notice where it is missing. */
export function categoryAlternates(repo: ContentRepository, category: Category): Alternates {
  return sameForAll((locale) => {
    const match = locale === category.locale ? category : repo.categoryById(locale, category.id);
    return match ? categoryPath(match) : noticePath(locale, 'category', category.id);
  });
}

export function articleAlternates(repo: ContentRepository, article: Article): Alternates {
  return sameForAll((locale) => {
    const match = locale === article.locale ? article : repo.articleById(locale, article.id);
    return match
      ? articlePath(match, repo.categoryOf(match))
      : noticePath(locale, 'article', article.id);
  });
}
