import { distance } from 'fastest-levenshtein';
import type { SearchDocument } from './documents.js';
import { foldedWords } from './fold.js';
import type { SearchLanguage } from './language.js';
import { editDistanceFor } from './query.js';

/** At most this many of the best hits are compared with the address. */
const maxCompared = 50;

/**
 * Whether the words of a page address that leads nowhere name this document: its title,
 * keywords, topic and own address hold (in some form, or within a typo) at least two of
 * them and two thirds of them. Answer text does not count: "no such page" would name any
 * article that says "such" and "page".
 */
function namedBy(doc: SearchDocument, terms: readonly string[], language: SearchLanguage) {
  const words = foldedWords([doc.title, ...doc.keywords, doc.category, doc.url].join(' '));
  const stems = new Set(words.map((word) => language.stem(word)));
  const resembles = (term: string) =>
    stems.has(language.stem(term)) ||
    words.some(
      (word) =>
        Math.abs(word.length - term.length) <= 2 && distance(word, term) <= editDistanceFor(term),
    );
  const named = terms.filter(resembles).length;
  return named >= 2 && named * 3 >= terms.length * 2;
}

/** The documents, among search's best hits, that the address words name, best first. */
export function namedByAddress(
  docs: readonly SearchDocument[],
  terms: readonly string[],
  language: SearchLanguage,
): SearchDocument[] {
  if (terms.length < 2) return [];
  return docs.slice(0, maxCompared).filter((doc) => namedBy(doc, terms, language));
}
