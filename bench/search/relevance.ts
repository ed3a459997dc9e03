/**
 * Relevance: does the expected answer come first, or in the top three? The site's search
 * against the two engines people usually pick, each given the same articles (title,
 * keywords, plain text of the answer) and the same queries:
 *   - MiniSearch, configured as its documentation suggests for a site search: prefix and
 *     fuzzy (0.2) matching, title and keywords boosted ×2, accents folded;
 *   - lunr with lunr-languages (English pipeline; French stop words and stemmer), title
 *     boosted ×10 and keywords ×5, the query stripped of lunr's query syntax.
 * Two tables: the shipped content/ with the relevance suite of the tests, and the larger
 * corpus of bench/relevance/ (eight topics, 200 articles per locale, its own queries).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { projectRoot } from '../../src/config.js';
import { loadContent } from '../../src/content/loader.js';
import { ContentService } from '../../src/content/service.js';
import { locales, type Locale } from '../../src/i18n/locales.js';
import type { SearchDocument } from '../../src/search/documents.js';
import { IndexCache } from '../../src/search/index-cache.js';
import '../../src/search/lunr-internals.js'; // registers lunr-languages' French on lunr
import { SearchService } from '../../src/search/service.js';
import { searchDocuments } from '../../src/web/view-models/search-documents.js';
import { relevanceCases } from '../../test/search/relevance-cases.js';
import { table } from './report.js';

export interface RelevanceQuery {
  q: string;
  /** The articles that answer it: finding any one of them counts. */
  expected: string[];
}

interface RelevanceSet {
  label: string;
  contentDir: string;
  queries: Record<Locale, RelevanceQuery[]>;
}

/** Ranked article ids for a query, best first. */
type Ranker = (q: string) => string[];

interface Engine {
  name: string;
  build(content: ContentService, locale: Locale, cacheDir: string): Ranker;
}

export interface EngineScore {
  engine: string;
  locale: Locale;
  queries: number;
  success1: number;
  success3: number;
  /** Mean reciprocal rank of the first expected answer in the top 10. */
  mrr: number;
  /** Queries whose answer is not in the top 3, with what came first. */
  misses: { q: string; expected: string[]; got: string[] }[];
}

export interface SetScores {
  label: string;
  articles: Record<Locale, number>;
  scores: EngineScore[];
}

const relevanceDir = path.join(projectRoot, 'bench', 'relevance');

function corpusQueries(): Record<Locale, RelevanceQuery[]> {
  const queries: Record<Locale, RelevanceQuery[]> = { en: [], fr: [] };
  const dir = path.join(relevanceDir, 'queries');
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const topic = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<
      Locale,
      RelevanceQuery[]
    >;
    for (const locale of locales) queries[locale].push(...topic[locale]);
  }
  return queries;
}

function relevanceSets(): RelevanceSet[] {
  const suite = (locale: Locale) =>
    relevanceCases[locale].map(({ q, id }) => ({ q, expected: [id] }));
  return [
    {
      label: 'shipped content/, the relevance suite of test/search/',
      contentDir: path.join(projectRoot, 'content'),
      queries: { en: suite('en'), fr: suite('fr') },
    },
    {
      label: 'bench/relevance/ corpus',
      contentDir: path.join(relevanceDir, 'corpus'),
      queries: corpusQueries(),
    },
  ];
}

const site: Engine = {
  name: 'this site',
  build(content, locale, cacheDir) {
    const search = new SearchService(content, searchDocuments, new IndexCache(cacheDir));
    return (q) => search.search(locale, q, { perPage: 10 }).results.map((r) => r.id);
  },
};

const foldAccents = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const miniSearch: Engine = {
  name: 'MiniSearch 7',
  build(content, locale) {
    const index = new MiniSearch<SearchDocument>({
      fields: ['title', 'keywords', 'text'],
      extractField: (doc, field) =>
        field === 'keywords' ? doc.keywords.join(' ') : String(doc[field as keyof SearchDocument]),
      processTerm: foldAccents,
      searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2, keywords: 2 } },
    });
    index.addAll(searchDocuments(content.repo, locale));
    return (q) =>
      index
        .search(q)
        .slice(0, 10)
        .map((r) => String(r.id));
  },
};

// lunr-languages registers its French plugin as a property of lunr (see lunr-internals.ts).
const lunrFrench = (lunr as unknown as { fr: lunr.Builder.Plugin }).fr;

const lunrWithLanguages: Engine = {
  name: 'lunr 2 + lunr-languages',
  build(content, locale) {
    const documents = searchDocuments(content.repo, locale);
    const index = lunr(function () {
      if (locale === 'fr') this.use(lunrFrench);
      this.ref('id');
      this.field('title', { boost: 10 });
      this.field('keywords', { boost: 5 });
      this.field('text');
      for (const doc of documents) {
        this.add({
          id: doc.id,
          title: doc.title,
          keywords: doc.keywords.join(' '),
          text: doc.text,
        });
      }
    });
    return (q) => {
      // Visitors do not type lunr's query syntax: without this, "e-mail" or "2:00" throw.
      const plain = q.replace(/[:~^*+-]/g, ' ').trim();
      if (!plain) return [];
      return index
        .search(plain)
        .slice(0, 10)
        .map((r) => r.ref);
    };
  },
};

export const engines: Engine[] = [site, miniSearch, lunrWithLanguages];

function score(
  engine: string,
  locale: Locale,
  rank: Ranker,
  queries: RelevanceQuery[],
): EngineScore {
  let success1 = 0;
  let success3 = 0;
  let reciprocal = 0;
  const misses: EngineScore['misses'] = [];
  for (const { q, expected } of queries) {
    const got = rank(q).slice(0, 10);
    const at = got.findIndex((id) => expected.includes(id));
    if (at === 0) success1++;
    if (at >= 0 && at < 3) success3++;
    else misses.push({ q, expected, got: got.slice(0, 3) });
    if (at >= 0) reciprocal += 1 / (at + 1);
  }
  const n = queries.length;
  return {
    engine,
    locale,
    queries: n,
    success1: success1 / n,
    success3: success3 / n,
    mrr: reciprocal / n,
    misses,
  };
}

/** Scores every engine on both sets; each set's content is loaded once, as the site does. */
export async function measureRelevance(): Promise<SetScores[]> {
  const cacheRoot = mkdtempSync(path.join(os.tmpdir(), 'help-centre-relevance-'));
  try {
    const results: SetScores[] = [];
    for (const set of relevanceSets()) {
      const load = () => loadContent(set.contentDir, { externalLinkLabel: () => '' });
      const content = new ContentService(await load(), load);
      const scores: EngineScore[] = [];
      for (const locale of locales) {
        for (const engine of engines) {
          const cacheDir = path.join(cacheRoot, `${results.length}-${locale}`);
          const rank = engine.build(content, locale, cacheDir);
          scores.push(score(engine.name, locale, rank, set.queries[locale]));
        }
      }
      const articles = { en: 0, fr: 0 };
      for (const locale of locales) articles[locale] = content.repo.articles(locale).length;
      results.push({ label: set.label, articles, scores });
    }
    return results;
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
}

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

/** One table per set (engines × locale: success@1, success@3, MRR), then the site's misses. */
export function relevanceReport(sets: SetScores[]): string[] {
  const lines = [
    '## Relevance: success@1, success@3 and MRR@10, same text and queries for each engine',
  ];
  for (const set of sets) {
    const counts = locales
      .map(
        (l) =>
          `${l} ${set.articles[l]} articles, ${set.scores.find((s) => s.locale === l)?.queries ?? 0} queries`,
      )
      .join('; ');
    lines.push('', `### ${set.label} (${counts})`, '');
    const rows = set.scores.map((s) => [
      s.engine,
      s.locale,
      pct(s.success1),
      pct(s.success3),
      s.mrr.toFixed(3),
    ]);
    lines.push(table(['engine', 'locale', 'success@1', 'success@3', 'MRR'], rows));
    const misses = set.scores
      .filter((s) => s.engine === site.name)
      .flatMap((s) =>
        s.misses.map(
          (m) =>
            `- ${s.locale} "${m.q}" → expected ${m.expected.join(' or ')}; top 3: ${m.got.join(', ') || 'nothing'}`,
        ),
      );
    lines.push(
      '',
      misses.length ? `This site's misses (not in the top 3):` : 'This site: no miss in the top 3.',
    );
    lines.push(...misses);
  }
  return lines;
}
