import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/search/documents.js';
import { SearchEngine } from '../../src/search/engine.js';
import { foldedWords } from '../../src/search/fold.js';
import { searchLanguages } from '../../src/search/language.js';
import { prepareSearchData } from '../../src/search/index-builder.js';
import { parseQuery } from '../../src/search/query.js';
import { Synonyms } from '../../src/search/synonyms.js';

const doc = (id: string, title: string, text: string): SearchDocument => ({
  id,
  title,
  url: `/fr/aide/${id}`,
  category: 'Aide',
  categoryUrl: '/fr/aide',
  keywords: [],
  text,
});

// An article that keeps the English acronym, and a neighbour that says "authentification".
const docs = [
  doc('pourquoi-2fa', 'Pourquoi utiliser la 2FA ?', 'La 2FA protège votre compte.'),
  doc('mot-de-passe', 'Authentification par mot de passe', 'Votre mot de passe.'),
];
const language = searchLanguages.fr;
const groups = [['2FA', 'A2F', 'double authentification', 'authentification à deux facteurs']];

function ranked(synonyms: Synonyms, q: string): string[] {
  const engine = new SearchEngine(docs, language, prepareSearchData(docs, language), synonyms);
  const { text, terms } = parseQuery(q, language);
  return engine.search(engine.expand(terms, foldedWords(text))).map((hit) => hit.doc.id);
}

describe('the editors’ synonyms', () => {
  it('lead a query to an article that only uses another term of the group', () => {
    expect(ranked(new Synonyms(), 'double authentification')[0]).toBe('mot-de-passe');
    expect(ranked(new Synonyms(groups), 'double authentification')[0]).toBe('pourquoi-2fa');
    expect(ranked(new Synonyms(groups), 'A2F')).toEqual(['pourquoi-2fa']);
  });

  it('apply only to a whole term, and lead to the group’s one-word terms', () => {
    const synonyms = new Synonyms(groups);
    expect(synonyms.relatedTo(['double', 'authentification'], 1)).toEqual(['2fa', 'a2f']);
    expect(synonyms.relatedTo(['authentification'], 0)).toEqual([]);
    expect(synonyms.relatedTo(['la', '2fa'], 1)).toEqual(['a2f']);
  });
});
