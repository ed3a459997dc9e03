import { LRUCache } from 'lru-cache';
import type { ContentRepository } from '../content/repository.js';
import type { ContentService } from '../content/service.js';
import { locales, type Locale } from '../i18n/locales.js';
import type { SearchDocument } from './documents.js';
import { SearchEngine, type SearchHit } from './engine.js';
import { foldedWords } from './fold.js';
import type { IndexCache } from './index-cache.js';
import { prepareSearchData } from './index-builder.js';
import { searchLanguages } from './language.js';
import { parseQuery, type WordExpansion } from './query.js';

export interface SearchResult {
  id: string;
  title: string;
  url: string;
  category: string;
  categoryUrl: string;
  /** Escaped text with <mark> around matched words. */
  snippet: string;
}

export interface SearchPage {
  query: string;
  total: number;
  page: number;
  pageCount: number;
  results: SearchResult[];
}

interface Ranked {
  words: WordExpansion[];
  hits: SearchHit[];
  snippets: Map<string, string>;
}

export type DocumentsOf = (repo: ContentRepository, locale: Locale) => SearchDocument[];

/**
 * Search over the current content, one engine per locale, rebuilt whenever content reloads.
 * Recent queries are memoised (bounded) by their folded words, so "Élève " and "eleve"
 * share an entry.
 */
export class SearchService {
  private engines: Record<Locale, SearchEngine>;
  private readonly cache = new LRUCache<string, Ranked>({ max: 2000 });

  constructor(
    content: ContentService,
    private readonly documentsOf: DocumentsOf,
    private readonly indexCache?: IndexCache,
  ) {
    this.engines = this.build(content.repo);
    content.onReload((repo) => {
      this.engines = this.build(repo);
      this.cache.clear();
    });
  }

  private build(repo: ContentRepository): Record<Locale, SearchEngine> {
    return Object.fromEntries(
      locales.map((locale) => {
        const docs = this.documentsOf(repo, locale);
        const language = searchLanguages[locale];
        let data = this.indexCache?.load(locale, repo.version, docs);
        if (!data) {
          data = prepareSearchData(docs, language);
          this.indexCache?.save(locale, repo.version, docs, data);
        }
        return [locale, new SearchEngine(docs, language, data)];
      }),
    ) as Record<Locale, SearchEngine>;
  }

  private ranked(locale: Locale, raw: string): Ranked & { text: string } {
    const engine = this.engines[locale];
    const { text, terms } = parseQuery(raw, engine.language);
    const key = `${locale}\u0000${terms.join(' ')}`;
    let ranked = this.cache.get(key);
    if (!ranked) {
      const words = engine.expand(terms);
      ranked = { words, hits: engine.search(words), snippets: new Map() };
      this.cache.set(key, ranked);
    }
    return { ...ranked, text };
  }

  /** One page of results (page numbers start at 1 and are clamped to the last page). */
  search(
    locale: Locale,
    raw: string,
    options: { page?: number; perPage?: number } = {},
  ): SearchPage {
    const perPage = options.perPage ?? 10;
    const ranked = this.ranked(locale, raw);
    const pageCount = Math.max(1, Math.ceil(ranked.hits.length / perPage));
    const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pageCount);
    const slice = ranked.hits.slice((page - 1) * perPage, page * perPage);
    const engine = this.engines[locale];
    const results = slice.map((hit) => {
      let snippet = ranked.snippets.get(hit.doc.id);
      if (snippet === undefined) {
        snippet = engine.snippet(hit, ranked.words);
        ranked.snippets.set(hit.doc.id, snippet);
      }
      const { id, title, url, category, categoryUrl } = hit.doc;
      return { id, title, url, category, categoryUrl, snippet };
    });
    return { query: ranked.text, total: ranked.hits.length, page, pageCount, results };
  }

  /** A corrected query built from the locale's own words, offered only if it finds something. */
  didYouMean(locale: Locale, raw: string): string | undefined {
    const engine = this.engines[locale];
    const { text, terms } = parseQuery(raw, engine.language);
    const corrections = engine.correct(terms);
    if (!corrections) return undefined;
    // Replace only the misspelt words, keeping the rest of what the visitor typed.
    const suggestion = text
      .split(' ')
      .map((written) => {
        const folded = foldedWords(written);
        return folded.length === 1 ? (corrections.get(folded[0] as string) ?? written) : written;
      })
      .join(' ');
    return this.ranked(locale, suggestion).hits.length > 0 ? suggestion : undefined;
  }
}
