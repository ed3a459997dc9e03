import type { Article, Category } from '../../content/model.js';
import type { ParityReport } from '../../content/parity.js';
import type { ContentRepository } from '../../content/repository.js';
import { locales, type Locale } from '../../i18n/locales.js';
import { articlePath, categoryPath } from '../urls.js';
import { formatDate } from '../../i18n/format.js';

/** One language's version of a question or topic: where it is, and when it last changed. */
interface Version {
  locale: Locale;
  title: string;
  url: string;
  /** Articles only: their `updated` date, formatted. */
  dateText?: string;
  dateTime?: string;
}

function version(repo: ContentRepository, item: Article | Category, lang: Locale): Version {
  const isArticle = 'updated' in item;
  return {
    locale: item.locale,
    title: item.title,
    url: isArticle ? articlePath(item, repo.categoryOf(item)) : categoryPath(item),
    ...(isArticle && { dateText: formatDate(item.updated, lang), dateTime: item.updated }),
  };
}

/** The item as staff reading `lang` know it: its title in their language when there is one. */
function titleFor(versions: Version[], lang: Locale): { title: string; titleLocale: Locale } {
  const shown = versions.find((v) => v.locale === lang) ?? versions[0];
  return { title: shown?.title ?? '', titleLocale: shown?.locale ?? lang };
}

/**
 * `npm run content:check`'s translation report as a page: what exists in one language only
 * (with a link to what exists), and which translations are older than the other language's
 * version (both dates, both links).
 */
export function contentReport(repo: ContentRepository, report: ParityReport, lang: Locale) {
  const find = (kind: 'article' | 'category', locale: Locale, id: string) =>
    kind === 'article' ? repo.articleById(locale, id) : repo.categoryById(locale, id);
  const untranslated = report.untranslated.map((entry) => {
    const versions = entry.presentIn.flatMap((locale) => {
      const item = find(entry.kind, locale, entry.id);
      return item ? [version(repo, item, lang)] : [];
    });
    return {
      kind: entry.kind,
      id: entry.id,
      ...titleFor(versions, lang),
      versions,
      missingIn: locales.filter((locale) => !entry.presentIn.includes(locale)),
    };
  });
  const outdated = report.outdated.flatMap((entry) => {
    const newer = repo.articleById(entry.newer, entry.id);
    const older = repo.articleById(entry.older, entry.id);
    if (!newer || !older) return [];
    const versions = [version(repo, newer, lang), version(repo, older, lang)];
    return [{ id: entry.id, ...titleFor(versions, lang), newer: versions[0], older: versions[1] }];
  });
  return {
    untranslatedArticles: untranslated.filter((u) => u.kind === 'article'),
    untranslatedCategories: untranslated.filter((u) => u.kind === 'category'),
    outdated,
  };
}
