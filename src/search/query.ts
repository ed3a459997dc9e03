import type lunr from 'lunr';
import { foldedWords } from './fold.js';
import type { SearchLanguage } from './language.js';
import type { NearWords } from './near-words.js';
import { indexFor } from './query-narrowing.js';
import { planQuery, routeOrder, type Candidate, type QueryPlan, type Route } from './query-plan.js';
import type { Vocabulary } from './vocabulary.js';

const maxQueryLength = 200;
const maxQueryTerms = 10;
/** Longer words are not fuzzed: they are pasted strings rather than mistyped words. */
const maxFuzzyWordLength = 24;
const maxPrefixExpansions = 30;
const maxFuzzyExpansions = 20;
/** A word the content uses fewer times than this may itself be a typo: it is fuzzed too. */
const rareWordCount = 3;
/** A compound's other spelling, a word of the same family or a synonym: half the word's worth. */
const relatedBoost = 5;

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
export function editDistanceFor(word: string): number {
  if (word.length > maxFuzzyWordLength) return 0;
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/** The indexed stems one query word may match, by route. */
export interface WordExpansion {
  word: string;
  exact: string;
  prefix: string[];
  fuzzy: string[];
  /** Stems of the content's words this word stands for beyond its own (word-variants.ts). */
  related: string[];
  /** Stems of the words of the editors' synonyms for this word (synonyms.ts). */
  synonyms: string[];
  /** The word itself occurs in the content (so its prefix matches weigh less). */
  complete: boolean;
  /** The last word of the query: the one being typed. */
  last: boolean;
  /** Every stem above: a document matching any of them matched this word. */
  all: Set<string>;
}

/** Where a query word's expansions are looked up: the content's own words. */
export interface Lexicon {
  vocabulary: Vocabulary;
  near: NearWords;
}

/**
 * A word's stems. The word being typed (the last) and words the content does not use are
 * read as beginnings of words; words the content does not use (or hardly) as typos. A
 * complete word anywhere else is taken as typed: expanding it would only add look-ups.
 */
export function expandWord(
  word: string,
  language: SearchLanguage,
  { vocabulary, near }: Lexicon,
  last = true,
): WordExpansion {
  const exact = language.stem(word);
  const stems = (words: string[]) => [...new Set(words.map((w) => language.stem(w)))];
  const known = vocabulary.get(word);
  const complete = known !== undefined;
  // Two letters left behind mid-query are a foreign word ("mot de passe" on the English
  // site) far more often than an unfinished one: only the word being typed expands from two.
  const prefix =
    word.length >= (last ? 2 : 3) && (last || !complete)
      ? stems(vocabulary.withPrefix(word, maxPrefixExpansions))
      : [];
  const distance = (known?.count ?? 0) < rareWordCount ? editDistanceFor(word) : 0;
  const typos = distance > 0 ? near.find(word, distance) : [];
  // The most frequent first, as for prefixes.
  const count = (w: string) => vocabulary.get(w)?.count ?? 0;
  typos.sort((a, b) => count(b) - count(a));
  const fuzzy = stems(typos.slice(0, maxFuzzyExpansions));
  return {
    word,
    exact,
    prefix,
    fuzzy,
    related: [],
    synonyms: [],
    complete,
    last,
    all: new Set([exact, ...prefix, ...fuzzy]),
  };
}

/** The expansion with more stems it stands for (compounds, word families, synonyms). */
export function withRelated(
  expansion: WordExpansion,
  related: readonly string[],
  synonyms: readonly string[] = [],
): WordExpansion {
  const more = related.filter((stem) => stem !== expansion.exact);
  const alike = synonyms.filter((stem) => stem !== expansion.exact && !more.includes(stem));
  if (more.length === 0 && alike.length === 0) return expansion;
  const all = new Set([...expansion.all, ...more, ...alike]);
  return { ...expansion, related: more, synonyms: alike, all };
}

/**
 * Every stem the words may match, once each. Within a word a stem counts by its strongest
 * route (exact ×10; a related word, looked up as exact, ×5, a synonym's word ×1; prefix ×4 on the word being typed, ×2 on an unfinished word, ×1 on a
 * complete one; typo ×1); a stem several words reach adds up their boosts and remembers
 * them all.
 */
export function candidatesOf(words: readonly WordExpansion[]): Candidate[] {
  const byStem = new Map<string, Candidate>();
  words.forEach((expansion, i) => {
    const prefixBoost = expansion.complete ? 1 : expansion.last ? 4 : 2;
    const routes = new Map<string, [Route, number]>();
    for (const stem of expansion.fuzzy) routes.set(stem, ['fuzzy', 1]);
    for (const stem of expansion.prefix) routes.set(stem, ['prefix', prefixBoost]);
    for (const stem of expansion.synonyms) routes.set(stem, ['exact', 1]);
    for (const stem of expansion.related) routes.set(stem, ['exact', relatedBoost]);
    routes.set(expansion.exact, ['exact', 10]);
    for (const [stem, [route, boost]] of routes) {
      const known = byStem.get(stem);
      if (!known) byStem.set(stem, { stem, route, boost, words: 1 << i });
      else {
        known.boost += boost;
        known.words |= 1 << i;
        if (routeOrder[route] < routeOrder[known.route]) known.route = route;
      }
    }
  });
  return [...byStem.values()];
}

/**
 * Builds the lunr query from folded words, never from lunr's query syntax, so characters
 * such as ":" "+" "~" "^" "*" typed by a visitor can neither fail nor steer it. What is
 * looked up, and in which fields, is chosen within a posting budget (see query-plan.ts).
 */
export function runQuery(
  index: lunr.Index,
  words: readonly WordExpansion[],
  plan: QueryPlan = planQuery(index, candidatesOf(words)),
): lunr.Index.Result[] {
  if (plan.clauses.length === 0) return [];
  return indexFor(index, plan).query((query) => {
    for (const { term, fields, boost } of plan.clauses) {
      query.term(term, { usePipeline: false, fields, boost });
    }
  });
}
