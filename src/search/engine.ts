import type lunr from 'lunr';
import { distance } from 'fastest-levenshtein';
import type { SearchDocument } from './documents.js';
import { prepareSearchData, type SearchData } from './index-builder.js';
import type { SearchLanguage } from './language.js';
import { expandWord, runQuery, type WordExpansion } from './query.js';
import { buildSnippet } from './snippet.js';
import type { Vocabulary } from './vocabulary.js';

export interface SearchHit {
  doc: SearchDocument;
  score: number;
  /** How many of the query's words this document matched. */
  matchedWords: number;
}

/** One locale's index, display store and vocabulary. */
export class SearchEngine {
  private readonly index: lunr.Index;
  /** In index order: a lunr ref is a position in this list (see index-builder.ts). */
  private readonly docs: readonly SearchDocument[];
  private readonly vocabulary: Vocabulary;
  #stems: Set<string> | undefined;

  constructor(
    docs: readonly SearchDocument[],
    readonly language: SearchLanguage,
    /** Index and vocabulary prepared earlier from the same documents (see IndexCache). */
    data: SearchData = prepareSearchData(docs, language),
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

  expand(terms: readonly string[]): WordExpansion[] {
    return terms.map((term) => expandWord(term, this.language, this.vocabulary));
  }

  /** Ranked hits: documents matching more of the words first, then by lunr's score. */
  search(words: readonly WordExpansion[]): SearchHit[] {
    return runQuery(this.index, words)
      .flatMap((result) => {
        const doc = this.docs[Number(result.ref)];
        if (!doc) return [];
        const matched = Object.keys(result.matchData.metadata);
        const matchedWords = words.filter((w) => matched.some((stem) => w.all.has(stem))).length;
        return [{ doc, score: result.score, matchedWords }];
      })
      .sort((a, b) => b.matchedWords - a.matchedWords || b.score - a.score);
  }

  /** The answer's text around its matching words, with those words marked. */
  snippet(hit: SearchHit, words: readonly WordExpansion[]): string {
    return buildSnippet(hit.doc.text, (word) => {
      const stem = this.language.stem(word);
      return words.some((w) => w.all.has(stem));
    });
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
      if (this.stems.has(this.language.stem(term))) continue;
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
