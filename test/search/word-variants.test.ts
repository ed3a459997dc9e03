import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/search/documents.js';
import { Vocabulary } from '../../src/search/vocabulary.js';
import { familyOf, halvesOf, joinedWith } from '../../src/search/word-variants.js';

const vocabularyOf = (text: string) =>
  Vocabulary.fromDocuments([
    { id: 'a', title: '', url: '', category: '', categoryUrl: '', keywords: [], text },
  ] satisfies SearchDocument[]);

const en = vocabularyOf(
  'registration registered verification verified general generation login log email mail ' +
    'smartphone smart phone password pass station stationery',
);
const fr = vocabularyOf('authentification authentificateur vérification inscription identité');

describe('word families, found among the content’s words', () => {
  it.each([
    ['register', ['registration', 'registered']],
    ['verify', ['verification', 'verified']],
  ])('en: "%s" finds %j', (word, family) => {
    expect(familyOf(word, 'en', en).sort()).toEqual(family.sort());
  });

  it('fr: "authentifier" finds "authentification" and "authentificateur"', () => {
    expect(familyOf('authentifier', 'fr', fr).sort()).toEqual([
      'authentificateur',
      'authentification',
    ]);
    expect(familyOf('verifier', 'fr', fr)).toEqual(['verification']);
  });

  it('keeps unrelated words with a common beginning apart', () => {
    expect(familyOf('general', 'en', en)).toEqual([]);
    expect(familyOf('station', 'en', en)).toEqual([]);
    expect(familyOf('identifier', 'fr', fr)).toEqual([]);
    // A short beginning is never enough: "pass" and "password".
    expect(familyOf('pass', 'en', en)).toEqual([]);
  });
});

describe('compounds typed apart or together', () => {
  it('joins neighbouring words into a word of the content', () => {
    expect(joinedWith(['log', 'in'], 0, en)).toEqual(['login']);
    expect(joinedWith(['e', 'mail'], 1, en)).toEqual(['email']);
    expect(joinedWith(['smart', 'phone'], 1, en)).toEqual(['smartphone']);
    expect(joinedWith(['forgotten', 'password'], 1, en)).toEqual([]);
  });

  it('splits a word whose two halves are words of the content', () => {
    expect(halvesOf('smartphone', en)).toEqual(['smart', 'phone']);
    expect(halvesOf('phone', en)).toEqual([]);
  });
});
