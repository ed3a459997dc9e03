import { describe, expect, it } from 'vitest';
import { fold } from '../../src/search/fold.js';
import { buildIndex } from '../../src/search/index-builder.js';
import { searchLanguages } from '../../src/search/language.js';
import { serializeIndex } from '../../src/search/lunr-internals.js';

const doc = (title: string, text: string) => ({
  id: 'doc',
  title,
  url: '/x',
  category: 'Topic',
  categoryUrl: '/t',
  keywords: [],
  text,
});

describe('index and query pipelines', () => {
  it.each([
    ['fr', 'Comment décrire mes compétences numériques ?', 'Élève, évaluation et téléchargement.'],
    ['en', 'How do I download the authentication app?', 'Passwords, devices and settings.'],
  ] as const)(
    'index %s words exactly as queries stem them (one stemmer, after folding)',
    (locale, title, text) => {
      const language = searchLanguages[locale];
      const index = buildIndex([doc(title, text)], language);
      const terms = serializeIndex(index).invertedIndex.map(([term]) => term);
      const expected = fold(`${title} ${text} Topic`)
        .split(' ')
        .filter((w) => w && !language.isStopWord(w))
        .map((w) => language.stem(w));
      expect(terms.sort()).toEqual([...new Set(expected)].sort());
    },
  );

  it('folds accents, case, ligatures and apostrophes the same way everywhere', () => {
    expect(fold('ÉLÈVE l’Œuvre Straße')).toBe('eleve l oeuvre strasse');
    expect(searchLanguages.fr.stem(fold('élève'))).toBe(searchLanguages.fr.stem('eleve'));
    expect(searchLanguages.fr.stem(fold('Compétences'))).toBe(
      searchLanguages.fr.stem('competence'),
    );
  });
});
