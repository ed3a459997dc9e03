import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/search/documents.js';
import { SearchEngine } from '../../src/search/engine.js';
import { searchLanguages } from '../../src/search/language.js';
import { parseQuery } from '../../src/search/query.js';
import { TitleMatcher } from '../../src/search/title-match.js';

const doc = (id: string, title: string, text = '', keywords: string[] = []): SearchDocument => ({
  id,
  title,
  url: `/en/help/${id}`,
  category: 'Help',
  categoryUrl: '/en/help',
  keywords,
  text,
});

// Neighbours that lunr alone scores above the article a query names: they repeat its words
// in the title, the keywords and the text.
const docs = [
  doc('ds', 'What is the Diploma Supplement?', 'A document issued with a degree.'),
  doc(
    'ds-issue',
    'How do universities issue a Diploma Supplement with each diploma?',
    'Universities issue the diploma supplement with the diploma: a diploma supplement per diploma.',
    ['diploma supplement', 'diploma'],
  ),
  doc('framework', 'Framework', 'European frameworks: a European framework of references.', [
    'european framework',
    'qualifications framework',
    'common reference',
  ]),
  doc('eqf', 'What is the European Qualifications Framework (EQF)?', 'Eight levels.'),
  doc('cefr', 'The Common European Framework of Reference for Languages (CEFR)', 'Six levels.'),
];
const language = searchLanguages.en;
const engine = new SearchEngine(docs, language);

function ranked(q: string): string[] {
  return engine.search(engine.expand(parseQuery(q, language).terms)).map((hit) => hit.doc.id);
}

describe('an article whose title the query names comes first', () => {
  it.each([
    ['diploma supplement', 'ds'],
    ['Diploma Supplements', 'ds'],
    ['what is the diploma supplement', 'ds'],
    ['european qualifications framework', 'eqf'],
    ['EQF', 'eqf'],
    ['common european framework of reference', 'cefr'],
    ['CEFR', 'cefr'],
  ])('"%s" → %s', (q, id) => {
    expect(ranked(q)[0]).toBe(id);
  });

  it('leaves the ranking alone when no title is named', () => {
    const titles = new TitleMatcher(docs, language);
    expect(titles.named(['european', 'framework']).size).toBe(0);
    expect(titles.named(['diploma']).size).toBe(0);
    // Two words whose initials are E and Q, but not all of EQF's letters.
    expect(titles.named(['european', 'qualifications'])).toEqual(new Set());
  });
});
