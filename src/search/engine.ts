import type lunr from 'lunr';
import { distance } from 'fastest-levenshtein';
import type { SearchDocument } from './documents.js';
import { prepareSearchData, type SearchData } from './index-builder.js';
import type { SearchLanguage } from './language.js';
import { NearWords } from './near-words.js';
import { candidatesOf, expandWord, runQuery, withRelated, type WordExpansion } from './query.js';
import { matchedWordsByRef, planQuery } from './query-plan.js';
import { buildSnippet } from './snippet.js';
import { Synonyms } from './synonyms.js';
import { TitleMatcher } from './title-match.js';
import type { Vocabulary } from './vocabulary.js';
import { familyOf, halvesOf, joinedWith } from './word-variants.js';

export interface SearchHit {
  doc: SearchDocument;
  score: number;
  /** How many of the query's words this document matched. */
  matchedWords: number;
}

/** One locale's index, display store and vocabulary. */
export class SearchEngine {
  /** Read by the query tests and the search benchmark, which time lunr on its own. */
  readonly index: lunr.Index;
  /** In index order: a lunr ref is a position in this list (see index-builder.ts). */
  private readonly docs: readonly SearchDocument[];
  private readonly vocabulary: Vocabulary;
  #stems: Set<string> | undefined;
  #wordsByStem: Map<string, string[]> | undefined;
  #nearWords: NearWords | undefined;
  #titles: TitleMatcher | undefined;

  constructor(
    docs: readonly SearchDocument[],
    readonly language: SearchLanguage,
    /** Index and vocabulary prepared earlier from the same documents (see IndexCache). */
    data: SearchData = prepareSearchData(docs, language),
    /** The editors' synonym groups: read at query time, so the index does not depend on them. */
    private readonly synonyms = new Synonyms(),
  ) {
    this.index = data.index;
    this.docs = docs;
    this.vocabulary = data.vocabulary;
  }

  /** Stems of every word in the content: a word with a known stem needs no correction. */
  private get stems(): Set<string> {
    // Worked out on the first "did you mean", not at start.
    return (this.#stems ??= new Set(
      [...this.vocabulary.words()].map(([word]) => this.language.stem(word)),
    ));
  }

  /**
   * Each query word's stems. `written` is every folded word of the query in order, stop words
   * and single letters included, so "log in" and "e mail" can be joined.
   */
  expand(terms: readonly string[], written: readonly string[] = terms): WordExpansion[] {
    const lexicon = { vocabulary: this.vocabulary, near: this.nearWords };
    return terms.map((term, i) => {
      const expansion = expandWord(term, this.language, lexicon, i === terms.length - 1);
      const synonyms = this.synonyms
        .relatedTo(written, written.indexOf(term))
        .filter((word) => !this.language.isStopWord(word))
        .map((word) => this.language.stem(word));
      return withRelated(expansion, this.relatedStems(term, written), synonyms);
    });
  }

  /** Stems of the content's words a query word stands for (word-variants.ts). */
  private relatedStems(term: string, written: readonly string[]): string[] {
    const { vocabulary, language } = this;
    const position = written.indexOf(term);
    const halves = halvesOf(term, vocabulary).filter(
      (half) => half.length >= 2 && !language.isStopWord(half),
    );
    const words = [
      ...joinedWith(written, position, vocabulary),
      ...halves,
      ...familyOf(term, language.locale, vocabulary),
    ];
    return [...new Set(words.map((word) => language.stem(word)))];
  }

  /** The content's words by length, for typos: worked out on the first query. */
  private get nearWords(): NearWords {
    return (this.#nearWords ??= new NearWords([...this.vocabulary.words()].map(([word]) => word)));
  }

  /**
   * Ranked hits: the articles whose title the query names first (title-match.ts), then
   * documents matching more of the words, then by lunr's score.
   */
  search(words: readonly WordExpansion[]): SearchHit[] {
    const plan = planQuery(this.index, candidatesOf(words));
    const results = runQuery(this.index, words, plan);
    // Only a query of several words needs to know which of them each document matched.
    const matched = words.length > 1 ? matchedWordsByRef(this.index, plan) : undefined;
    // lunr returns results by score: grouping them by how many words they matched keeps that
    // order within each group, so no second sort is needed.
    const groups: SearchHit[][] = Array.from({ length: words.length + 1 }, () => []);
    for (const result of results) {
      const doc = this.docs[Number(result.ref)];
      if (!doc) continue;
      const matchedWords = matched ? bitCount(matched.get(result.ref) ?? 0) : 1;
      groups[matchedWords]?.push({ doc, score: result.score, matchedWords });
    }
    const hits = groups.reverse().flat();
    const named = this.titles.named(words.map((word) => word.word));
    if (named.size === 0) return hits;
    return [
      ...hits.filter((hit) => named.has(hit.doc)),
      ...hits.filter((hit) => !named.has(hit.doc)),
    ];
  }

  /** The titles, for queries that name one: worked out on the first query. */
  private get titles(): TitleMatcher {
    return (this.#titles ??= new TitleMatcher(this.docs, this.language));
  }

  /** The answer's text around its matching words, with those words marked. */
  snippet(hit: SearchHit, words: readonly WordExpansion[]): string {
    return buildSnippet(hit.doc.text, this.markedWords(words));
  }

  /** The content's words a query marks in snippets: those with a stem it looked for. */
  private markedWords(words: readonly WordExpansion[]): ReadonlySet<string> {
    // One set per query, shared by the snippets of its results (a page asks for several).
    let marked = markedByQuery.get(words);
    if (!marked) {
      const found = new Set<string>();
      for (const stem of new Set(words.flatMap((word) => [...word.all]))) {
        for (const written of this.wordsByStem.get(stem) ?? []) found.add(written);
      }
      markedByQuery.set(words, (marked = found));
    }
    return marked;
  }

  /** The content's words by stem, worked out for the first snippet. */
  private get wordsByStem(): Map<string, string[]> {
    if (!this.#wordsByStem) {
      this.#wordsByStem = new Map();
      for (const [word] of this.vocabulary.words()) {
        const stem = this.language.stem(word);
        const same = this.#wordsByStem.get(stem);
        if (same) same.push(word);
        else this.#wordsByStem.set(stem, [word]);
      }
    }
    return this.#wordsByStem;
  }

  /** Whether the content uses this word (in some form). */
  knows(term: string): boolean {
    return this.stems.has(this.language.stem(term));
  }

  /**
   * "Did you mean": each unknown word (one whose stem the content never uses) mapped to the
   * closest word of this locale's own content (fewest edits, then the most frequent), in its
   * usual written form; nothing when some word has no close match.
   */
  correct(terms: readonly string[]): Map<string, string> | undefined {
    const corrections = new Map<string, string>();
    let unresolved = false;
    for (const term of terms) {
      if (this.knows(term)) continue;
      const limit = term.length >= 8 ? 3 : term.length >= 4 ? 2 : 1;
      let best: { display: string; d: number; count: number } | undefined;
      for (const [word, entry] of this.vocabulary.words()) {
        if (Math.abs(word.length - term.length) > limit) continue;
        const d = distance(word, term);
        if (d > limit) continue;
        if (!best || d < best.d || (d === best.d && entry.count > best.count)) {
          best = { display: entry.display, d, count: entry.count };
        }
      }
      if (best) corrections.set(term, best.display);
      else unresolved = true;
    }
    // Half a correction (one word fixed, another still unknown) would mislead more than help.
    return corrections.size > 0 && !unresolved ? corrections : undefined;
  }
}

const markedByQuery = new WeakMap<readonly WordExpansion[], ReadonlySet<string>>();

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}
