import type { ContentRepository } from '../content/repository.js';
import type { ContentService } from '../content/service.js';
import { locales, type Locale } from '../i18n/locales.js';
import type { SearchDocument } from './documents.js';
import { namedByAddress } from './address-match.js';
import { SearchEngine, type SearchHit } from './engine.js';
import { foldedWords } from './fold.js';
import type { IndexCache } from './index-cache.js';
import { prepareSearchData } from './index-builder.js';
import { searchLanguages } from './language.js';
import { parseQuery, type WordExpansion } from './query.js';
import { Synonyms } from './synonyms.js';

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
  text: string;
  /** The query's folded words, stop words aside (parseQuery). */
  terms: string[];
  words: WordExpansion[];
  hits: SearchHit[];
}

export type DocumentsOf = (repo: ContentRepository, locale: Locale) => SearchDocument[];

/**
 * Search over the current content, one engine per locale, rebuilt whenever content reloads.
 * Nothing is memoised here: the page cache keeps the responses (results pages and
 * `/api/search`) that visitors ask for again.
 */
export class SearchService {
  private engines: Record<Locale, SearchEngine>;

  constructor(
    content: ContentService,
    private readonly documentsOf: DocumentsOf,
    private readonly indexCache?: IndexCache,
  ) {
    this.engines = this.build(content.repo);
    content.onReload((repo) => {
      this.engines = this.build(repo);
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
        return [locale, new SearchEngine(docs, language, data, new Synonyms(repo.synonyms))];
      }),
    ) as Record<Locale, SearchEngine>;
  }

  private ranked(locale: Locale, raw: string): Ranked {
    const engine = this.engines[locale];
    const { text, terms } = parseQuery(raw, engine.language);
    const words = engine.expand(terms, foldedWords(text));
    return { text, terms, words, hits: engine.search(words) };
  }

  /** How many articles a query finds (no page of results, so no snippets are made). */
  count(locale: Locale, raw: string): number {
    return this.ranked(locale, raw).hits.length;
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
      const { id, title, url, category, categoryUrl } = hit.doc;
      return { id, title, url, category, categoryUrl, snippet: engine.snippet(hit, ranked.words) };
    });
    return { query: ranked.text, total: ranked.hits.length, page, pageCount, results };
  }

  /**
   * The articles that the words of a page address leading nowhere most likely meant
   * ("eu-login/forgoten-password"): search's best hits whose title, keywords, topic or
   * address hold those words (address-match.ts).
   */
  likelyAnswers(locale: Locale, words: string, limit = 3): { title: string; url: string }[] {
    const { terms, hits } = this.ranked(locale, words);
    const docs = hits.map((hit) => hit.doc);
    return namedByAddress(docs, terms, this.engines[locale].language)
      .slice(0, limit)
      .map(({ title, url }) => ({ title, url }));
  }

  /**
   * Whether the query is written in this locale's words: the content uses each of them (stop
   * words aside). "mot de passe" is, in French; "authentificaton" is in no language.
   */
  usesOnlyKnownWords(locale: Locale, raw: string): boolean {
    const engine = this.engines[locale];
    const { terms } = parseQuery(raw, engine.language);
    return terms.length > 0 && terms.every((term) => engine.knows(term));
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
        const [word, ...more] = foldedWords(written);
        return word !== undefined && more.length === 0
          ? (corrections.get(word) ?? written)
          : written;
      })
      .join(' ');
    return this.ranked(locale, suggestion).hits.length > 0 ? suggestion : undefined;
  }
}
