import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/search/documents.js';
import { buildIndex, fieldBoosts } from '../../src/search/index-builder.js';
import { searchLanguages } from '../../src/search/language.js';
import {
  allPostings,
  fieldsOf,
  french,
  loadIndex,
  postingOf,
  serializeIndex,
  vectorElementsOf,
  withInvertedIndex,
  type FieldPostings,
} from '../../src/search/lunr-internals.js';

// The shapes src/search/lunr-internals.ts assumes inside lunr, each checked on a real index:
// a lunr upgrade that moves or renames one fails here, naming it, before any query breaks.

const language = searchLanguages.en;
const doc = (id: string, title: string, text: string): SearchDocument => ({
  id,
  title,
  url: `/${id}`,
  category: 'Passwords',
  categoryUrl: '/passwords',
  keywords: [],
  text,
});
const docs = [
  doc('a', 'Reset a password', 'Choose a new password from the sign-in page.'),
  doc('b', 'Password rules', 'A password needs twelve characters; a password manager helps.'),
  doc('c', 'Change an email address', 'Open your account settings.'),
];
const index = buildIndex(docs, language);
const password = language.stem('password');
const refsOf = (results: lunr.Index.Result[]) => results.map((r) => r.ref).sort();

describe('lunr internals the search relies on', () => {
  it('lists the index fields in the order they were added', () => {
    expect(fieldsOf(index)).toEqual(Object.keys(fieldBoosts));
  });

  it('keeps a posting per term: a numeric column and, per field, an object keyed by ref', () => {
    const posting = postingOf(index, password);
    expect(posting, `no posting for "${password}"`).toBeDefined();
    expect(typeof posting?._index).toBe('number');
    expect(Object.keys(posting?.title ?? {}).sort()).toEqual(['0', '1']);
    expect(Object.keys(posting?.body ?? {}).sort()).toEqual(['0', '1']);
    expect(Object.keys(posting?.keywords ?? {})).toEqual([]);
  });

  it('answers undefined for a missing term, inherited keys included', () => {
    expect(postingOf(index, 'zebra')).toBeUndefined();
    expect(postingOf(index, 'constructor')).toBeUndefined();
    expect(postingOf(index, 'toString')).toBeUndefined();
  });

  it('iterates every posting', () => {
    const postings = [...allPostings(index)];
    expect(postings.length).toBe(serializeIndex(index).invertedIndex.length);
    expect(postings).toContain(postingOf(index, password));
  });

  it('keeps field vectors as [term column, weight, …] sorted by column', () => {
    const column = postingOf(index, password)?._index;
    const elements = Array.from(vectorElementsOf(index, 'title', '1'));
    expect(elements.length % 2).toBe(0);
    const columns = elements.filter((_, i) => i % 2 === 0);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
    const at = columns.indexOf(column ?? -1);
    expect(at, 'the term is in the title vector').toBeGreaterThanOrEqual(0);
    expect(elements[at * 2 + 1]).toBeGreaterThan(0);
    expect(vectorElementsOf(index, 'title', '99')).toEqual([]);
  });

  it('serializes to version, fields, vectors, postings and pipeline, and loads that back', () => {
    const serialized = serializeIndex(index);
    expect(serialized.version).toBe(lunr.version);
    expect(serialized.fields).toEqual(Object.keys(fieldBoosts));
    expect(serialized.fieldVectors[0]).toEqual([expect.any(String), expect.any(Array)]);
    expect(serialized.fieldVectors.map(([ref]) => ref)).toContain('title/0');
    expect(serialized.invertedIndex.find(([term]) => term === password)?.[1]).toEqual(
      postingOf(index, password),
    );
    expect(serialized.pipeline).toEqual(['stemmer-en-memo']);
    const loaded = loadIndex({
      ...serialized,
      // Vectors as typed-array views, as the index cache loads them.
      fieldVectors: serialized.fieldVectors.map(([ref, e]) => [ref, Float64Array.from(e)]),
    });
    expect(refsOf(loaded.search(password))).toEqual(refsOf(index.search(password)));
  });

  it('searches a view with a narrowed inverted index, leaving the index itself whole', () => {
    const original = postingOf(index, password);
    if (!original) throw new Error(`no posting for "${password}"`);
    const byField: Record<string, FieldPostings> = { title: { 1: original.title?.[1] ?? {} } };
    const narrowed = withInvertedIndex(index, {
      [password]: Object.assign(byField, { _index: original._index }),
    });
    expect(refsOf(narrowed.query((q) => q.term(password, { fields: ['title'] })))).toEqual(['1']);
    expect(refsOf(index.query((q) => q.term(password, { fields: ['title'] })))).toEqual(['0', '1']);
  });

  it('has lunr-languages’ French stop-word filter and stemmer', () => {
    expect(typeof french.stopWordFilter).toBe('function');
    expect(String(french.stemmer(new lunr.Token('authentification', {}), 0, []))).toBe('authentif');
    expect(french.stopWordFilter(new lunr.Token('les', {}), 0, [])).toBeUndefined();
  });
});
