import type lunr from 'lunr';
import { foldedWords } from './fold.js';
import type { SearchLanguage } from './language.js';
import type { Vocabulary } from './vocabulary.js';

const maxQueryLength = 200;
const maxQueryTerms = 10;
/** Longer words are not fuzzed: lunr's fuzzy automaton grows with length and distance. */
const maxFuzzyWordLength = 24;
const maxPrefixExpansions = 30;
const maxFuzzyExpansions = 20;

/** What visitors type, reduced to the folded words that can match. */
export interface ParsedQuery {
  /** The text as shown back to the visitor (spaces collapsed, capped at 200 characters). */
  text: string;
  /** Folded, de-duplicated words that are not stop words (at most ten; a lone stop word is kept). */
  terms: string[];
}

export function parseQuery(raw: string, language: SearchLanguage): ParsedQuery {
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, maxQueryLength);
  const words = [...new Set(foldedWords(text))];
  // Single letters are mostly the leftovers of contractions ("can't" → "can" + "t").
  const terms = words
    .filter((word) => !language.isStopWord(word) && (word.length > 1 || /\d/.test(word)))
    .slice(0, maxQueryTerms);
  // Typing "te" on the way to "télécharger": a lone stop word may be the start of a word.
  const last = words[words.length - 1];
  if (terms.length === 0 && last) terms.push(last);
  return { text, terms };
}

/** Typo tolerance: one edit from 4 letters, two from 8, never more. */
function editDistanceFor(word: string): number {
  if (word.length > maxFuzzyWordLength) return 0;
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/** The indexed stems one query word may match, by route. */
export interface WordExpansion {
  word: string;
  exact: string;
  prefix: string[];
  fuzzy: string[];
  /** The word itself occurs in the content (so its prefix matches weigh less). */
  complete: boolean;
  /** Every stem above: a document matching any of them matched this word. */
  all: Set<string>;
}

export function expandWord(
  word: string,
  language: SearchLanguage,
  vocabulary: Vocabulary,
): WordExpansion {
  const exact = language.stem(word);
  const stems = (words: string[]) => [...new Set(words.map((w) => language.stem(w)))];
  const prefix = word.length >= 2 ? stems(vocabulary.withPrefix(word, maxPrefixExpansions)) : [];
  // A complete word ("app") still may be the start of a longer one ("application"), but
  // matching it whole should count for more.
  const complete = vocabulary.get(word) !== undefined;
  const distance = editDistanceFor(word);
  const fuzzy = distance > 0 ? stems(vocabulary.near(word, distance, maxFuzzyExpansions)) : [];
  return { word, exact, prefix, fuzzy, complete, all: new Set([exact, ...prefix, ...fuzzy]) };
}

/**
 * Builds the lunr query from folded words, never from lunr's query syntax, so characters
 * such as ":" "+" "~" "^" "*" typed by a visitor can neither fail nor steer it. Each word
 * adds three alternatives: its stem (strongest), the stems of the words it begins (search
 * as you type, strongest on the last word) and of the words a typo away.
 */
export function runQuery(index: lunr.Index, words: readonly WordExpansion[]): lunr.Index.Result[] {
  if (words.length === 0) return [];
  const last = words[words.length - 1];
  return index.query((query) => {
    for (const expansion of words) {
      query.term(expansion.exact, { usePipeline: false, boost: 10 });
      if (expansion.prefix.length) {
        const boost = expansion.complete ? 1 : expansion === last ? 4 : 2;
        query.term(expansion.prefix, { usePipeline: false, boost });
      }
      if (expansion.fuzzy.length) query.term(expansion.fuzzy, { usePipeline: false, boost: 1 });
    }
  });
}
