import type { Article } from '../../content/model.js';
import type { ContentRepository } from '../../content/repository.js';
import type { Locale } from '../../i18n/locales.js';
import type { SearchDocument } from '../../search/documents.js';
import { articlePath, categoryPath } from '../urls.js';

/** What a search result shows for one article, and where it links. */
class ArticleSearchDocument implements SearchDocument {
  readonly id: string;
  readonly title: string;
  readonly keywords: string[];

  constructor(
    private readonly article: Article,
    readonly url: string,
    readonly category: string,
    readonly categoryUrl: string,
  ) {
    this.id = article.id;
    this.title = article.title;
    this.keywords = article.keywords;
  }

  // Read only to build the index (not when it comes from the cache) and for snippets.
  get text(): string {
    return this.article.text;
  }
}

/** The search display store for one locale. */
export function searchDocuments(repo: ContentRepository, locale: Locale): SearchDocument[] {
  return repo.articles(locale).map((article) => {
    const category = repo.categoryOf(article);
    return new ArticleSearchDocument(
      article,
      articlePath(article, category),
      category.title,
      categoryPath(category),
    );
  });
}
