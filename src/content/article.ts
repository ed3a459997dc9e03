import type { Locale } from '../i18n/locales.js';
import { toPlainText, type Markdown } from './markdown.js';
import type { Article } from './model.js';

/** What an article's answer is rendered with: shared by every article of one locale. */
export interface AnswerRendering {
  md: Markdown;
  /** Hidden text after external links, in the article's language. */
  externalLinkLabel: string;
}

type ArticleFields = Omit<Article, 'html' | 'embeddedHtml' | 'text'>;

/**
 * An article whose answer is rendered from its markdown when a page or search asks for it,
 * not at start: rendered pages are cached, so a large corpus starts fast and stays small.
 * (A class rather than object literals with getters: thousands of those are slow to create.)
 */
export class MarkdownArticle implements Article {
  readonly id: string;
  readonly locale: Locale;
  readonly slug: string;
  readonly title: string;
  readonly categoryId: string;
  readonly order: number;
  readonly keywords: string[];
  readonly updated: string;
  readonly sourcePath: string;
  #text: string | undefined;

  constructor(
    fields: ArticleFields,
    private readonly body: string,
    private readonly rendering: AnswerRendering,
  ) {
    this.id = fields.id;
    this.locale = fields.locale;
    this.slug = fields.slug;
    this.title = fields.title;
    this.categoryId = fields.categoryId;
    this.order = fields.order;
    this.keywords = fields.keywords;
    this.updated = fields.updated;
    this.sourcePath = fields.sourcePath;
  }

  get html(): string {
    return this.rendering.md.render(this.body, {
      externalLinkLabel: this.rendering.externalLinkLabel,
    });
  }

  get embeddedHtml(): string {
    return this.rendering.md.render(this.body, {
      externalLinkLabel: this.rendering.externalLinkLabel,
      headingShift: 1,
      idPrefix: `${this.slug}-`,
    });
  }

  /** Kept once worked out: read for every article only when the search index is built. */
  get text(): string {
    return (this.#text ??= toPlainText(this.rendering.md, this.body));
  }
}
