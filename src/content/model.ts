import type { Locale } from '../i18n/locales.js';

export interface Category {
  id: string;
  locale: Locale;
  slug: string;
  title: string;
  description: string;
  order: number;
  /** Optional intro paragraph(s), rendered from the file's markdown body. */
  introHtml: string;
  sourcePath: string;
}

export interface Article {
  id: string;
  locale: Locale;
  slug: string;
  title: string;
  categoryId: string;
  order: number;
  keywords: string[];
  /** ISO date (YYYY-MM-DD) of the last meaningful change. */
  updated: string;
  /** Answer as HTML for the article page (h2 headings, ids from the heading text). */
  readonly html: string;
  /** Answer as HTML nested under a question on a category page (headings one level down, ids prefixed). */
  readonly embeddedHtml: string;
  /** Answer as plain text, for search and structured data (worked out on first use). */
  readonly text: string;
  sourcePath: string;
}
