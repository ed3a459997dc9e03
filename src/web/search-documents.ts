import type { ContentRepository } from '../content/repository.js';
import type { Locale } from '../i18n/locales.js';
import type { SearchDocument } from '../search/documents.js';
import { articlePath, categoryPath } from './urls.js';

/** The search display store for one locale: what a result shows and where it links. */
export function searchDocuments(repo: ContentRepository, locale: Locale): SearchDocument[] {
  return repo.articles(locale).map((article) => {
    const category = repo.categoryOf(article);
    return {
      id: article.id,
      title: article.title,
      url: articlePath(article, category),
      category: category.title,
      categoryUrl: categoryPath(category),
      keywords: article.keywords,
      text: article.text,
    };
  });
}
