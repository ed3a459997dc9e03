import { locales, type Locale } from '../i18n/locales.js';
import type { Article, Category } from './model.js';

// One collator per language: String#localeCompare sets one up on every call, which is what
// sorting thousands of titles would spend most of its time on.
const collators = Object.fromEntries(
  locales.map((locale) => [locale, new Intl.Collator(locale)]),
) as Record<Locale, Intl.Collator>;

type Ordered = { order: number; title: string; locale: Locale };
const byOrder = (a: Ordered, b: Ordered) =>
  a.order - b.order || collators[a.locale].compare(a.title, b.title);

/** Read-only, indexed view of the loaded content; built once per (re)load. */
export class ContentRepository {
  readonly version: string;
  readonly loadedAt: Date;
  private readonly categoryList = new Map<Locale, Category[]>();
  private readonly articleList = new Map<Locale, Article[]>();
  private readonly categoriesBySlug = new Map<string, Category>();
  private readonly categoriesById = new Map<string, Category>();
  private readonly articlesBySlug = new Map<string, Article>();
  private readonly articlesById = new Map<string, Article>();
  private readonly articlesByCategory = new Map<string, Article[]>();

  constructor(
    categories: Category[],
    articles: Article[],
    version: string,
    /** Groups of terms search treats as one (content/synonyms.md). */
    readonly synonyms: readonly (readonly string[])[] = [],
  ) {
    this.version = version;
    this.loadedAt = new Date();
    for (const category of [...categories].sort(byOrder)) {
      push(this.categoryList, category.locale, category);
      this.categoriesBySlug.set(`${category.locale}/${category.slug}`, category);
      this.categoriesById.set(`${category.locale}/${category.id}`, category);
    }
    for (const article of articles) {
      push(this.articlesByCategory, `${article.locale}/${article.categoryId}`, article);
    }
    // Each category's articles in order; each locale's list runs category by category.
    for (const list of this.articlesByCategory.values()) list.sort(byOrder);
    const sortedCategories = [...this.categoryList.values()].flat();
    for (const article of sortedCategories.flatMap((category) => this.articlesIn(category))) {
      push(this.articleList, article.locale, article);
      this.articlesBySlug.set(`${article.locale}/${article.categoryId}/${article.slug}`, article);
      this.articlesById.set(`${article.locale}/${article.id}`, article);
    }
  }

  categories(locale: Locale): readonly Category[] {
    return this.categoryList.get(locale) ?? [];
  }

  articles(locale: Locale): readonly Article[] {
    return this.articleList.get(locale) ?? [];
  }

  categoryBySlug(locale: Locale, slug: string): Category | undefined {
    return this.categoriesBySlug.get(`${locale}/${slug}`);
  }

  categoryById(locale: Locale, id: string): Category | undefined {
    return this.categoriesById.get(`${locale}/${id}`);
  }

  articlesIn(category: Category): readonly Article[] {
    return this.articlesByCategory.get(`${category.locale}/${category.id}`) ?? [];
  }

  articleBySlug(category: Category, slug: string): Article | undefined {
    return this.articlesBySlug.get(`${category.locale}/${category.id}/${slug}`);
  }

  articleById(locale: Locale, id: string): Article | undefined {
    return this.articlesById.get(`${locale}/${id}`);
  }

  /** The category an article belongs to (the loader guarantees it exists). */
  categoryOf(article: Article): Category {
    const category = this.categoryById(article.locale, article.categoryId);
    if (!category) throw new Error(`Article ${article.id} has no category ${article.categoryId}`);
    return category;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
