import { beforeAll, describe, expect, it } from 'vitest';
import type lunr from 'lunr';
import type { SearchDocument } from '../../src/search/documents.js';
import { SearchEngine } from '../../src/search/engine.js';
import { searchLanguages } from '../../src/search/language.js';
import { compactIndex, loadCompactIndex } from '../../src/search/index-builder.js';
import { candidatesOf, parseQuery } from '../../src/search/query.js';
import { planQuery, postingBudget, postingsOf } from '../../src/search/query-plan.js';
import { Vocabulary } from '../../src/search/vocabulary.js';
import { itemAt } from '../../src/item-at.js';

/**
 * Query building on a corpus larger than the posting budget: every document holds
 * "europass" (title and body); a few hold rarer words. What is checked is counted (postings,
 * hits), never timed.
 */
const language = searchLanguages.en;
const size = postingBudget + 500;
const topics = ['password', 'download', 'certificate', 'language'];

const doc = (i: number, title: string, text: string, keywords: string[] = []): SearchDocument => ({
  id: `doc-${i}`,
  title,
  url: `/en/help/doc-${i}`,
  category: 'Help',
  categoryUrl: '/en/help',
  keywords,
  text,
});

const docs: SearchDocument[] = Array.from({ length: size }, (_, i) => {
  const topic = itemAt(topics, i % topics.length);
  return doc(i, `Europass ${topic} question`, `Europass explains the ${topic} steps.`);
});
// Rare words, alone or together, for ranking and expansion.
docs.push(
  doc(size, 'Europass authenticator reset', 'Reset the authenticator with your phone.'),
  doc(size + 1, 'Europass authenticator', 'The authenticator app.'),
  doc(size + 2, 'Europass phone', 'A phone reset.'),
  doc(size + 3, 'Europass télécharger', 'Télécharger l’application.'),
  doc(size + 4, 'Europass echo', 'Europass, europass, EUROPASS!'),
);

let engine: SearchEngine;
let index: lunr.Index;

beforeAll(() => {
  engine = new SearchEngine(docs, language);
  index = engine.index;
});

const search = (q: string) => engine.search(engine.expand(parseQuery(q, language).terms));
const planFor = (q: string) =>
  planQuery(index, candidatesOf(engine.expand(parseQuery(q, language).terms)));

describe('query words', () => {
  it('caps a query at 200 characters and 10 words', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}ord`);
    const parsed = parseQuery(words.join(' '), language);
    expect(parsed.terms).toHaveLength(10);
    expect(parseQuery('x'.repeat(500), language).text).toHaveLength(200);
  });

  it('reads the last word, and a word the content does not use, as the start of a word', () => {
    const [reset, authent] = engine.expand(['reset', 'authent']);
    expect(reset?.prefix).toEqual([]);
    expect(authent?.prefix).toContain(language.stem('authenticator'));
    const [unfinished] = engine.expand(['authent', 'reset']);
    expect(unfinished?.prefix).toContain(language.stem('authenticator'));
  });

  it('corrects typos only in words the content does not use: one edit from 4 letters, two from 8', () => {
    const [known, typo, longTypo, short] = engine.expand([
      'password',
      'phome',
      'authenticatr',
      'phx',
    ]);
    expect(known?.fuzzy).toEqual([]);
    expect(typo?.fuzzy).toContain(language.stem('phone'));
    expect(longTypo?.fuzzy).toContain(language.stem('authenticator'));
    expect(engine.expand(['authentxcxtr'])[0]?.fuzzy).toEqual([]);
    expect(short?.fuzzy).toEqual([]);
  });
});

describe('posting budget', () => {
  it('never plans more postings than the budget when a cheaper plan exists', () => {
    for (const q of ['europass password', 'europass download certificate language', 'pass']) {
      expect(planFor(q).postings, q).toBeLessThanOrEqual(postingBudget);
    }
  });

  it('looks up rare words everywhere and common ones only where the budget allows', () => {
    const plan = planFor('europass authenticator');
    const authenticator = plan.clauses.find((c) => c.term === language.stem('authenticator'));
    expect(authenticator?.fields.sort()).toEqual(['body', 'title']);
    const [titlePostings] = postingsOf(index, language.stem('europass'));
    expect(titlePostings).toBeGreaterThan(postingBudget);
    expect(plan.clauses.some((c) => c.term === language.stem('europass'))).toBe(false);
  });

  it('still finds a word present in every document, within the budget, strongest first', () => {
    const plan = planFor('europass');
    expect(plan.clauses).toHaveLength(1);
    // The cheapest field: the body (the last documents do not repeat it there)…
    expect(plan.clauses[0]?.fields).toEqual(['body']);
    // …cut down to the documents where it weighs most.
    expect(plan.postings).toBe(postingBudget);
    const hits = search('europass');
    expect(hits).toHaveLength(postingBudget);
    expect(hits[0]?.doc.id).toBe(`doc-${size + 4}`);
  });

  it('answers the same from an index loaded from the cache as from the one built', () => {
    const { compact, vectorElements } = compactIndex(index);
    const loaded = new SearchEngine(docs, language, {
      index: loadCompactIndex(compact, vectorElements),
      vocabulary: Vocabulary.fromDocuments(docs),
    });
    for (const q of ['europass', 'europass authenticator', 'telecharg', 'authenticator reset']) {
      const words = engine.expand(parseQuery(q, language).terms);
      const ids = (e: SearchEngine) => e.search(words).map((hit) => hit.doc.id);
      expect(ids(loaded), q).toEqual(ids(engine));
    }
  });

  it('returns no more hits than the postings it planned', () => {
    for (const q of ['password download', 'authenticator reset phone', 'europass phone']) {
      expect(search(q).length, q).toBeLessThanOrEqual(planFor(q).postings);
    }
  });
});

describe('ranking', () => {
  it('puts documents matching more of the words first', () => {
    const hits = search('authenticator reset phone');
    expect(hits[0]?.doc.id).toBe(`doc-${size}`);
    expect(hits.map((h) => h.matchedWords)).toEqual(
      [...hits.map((h) => h.matchedWords)].sort((a, b) => b - a),
    );
    expect(hits[0]?.matchedWords).toBe(3);
  });

  it('finds the word being typed from its first letters, accents or not', () => {
    expect(search('telecharg').map((h) => h.doc.id)).toContain(`doc-${size + 3}`);
    expect(search('authen').map((h) => h.doc.id)).toEqual(
      expect.arrayContaining([`doc-${size}`, `doc-${size + 1}`]),
    );
  });
});
