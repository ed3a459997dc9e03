import { itemAt } from '../item-at.js';
import type { SearchDocument } from './documents.js';
import { foldedWords } from './fold.js';

interface Entry {
  /** The most frequent written form (accents kept), for "did you mean". */
  display: string;
  count: number;
}

/** A vocabulary as stored beside a cached index: [word, display form, count], by word. */
export type SerializedVocabulary = [string, string, number][];

/**
 * Every folded word of one locale's content. Prefix and typo expansion run against these
 * whole words (not against lunr's stems, which are shorter than what people type), and each
 * expansion is capped so no query can fan out without bound.
 */
export class Vocabulary {
  private readonly entries = new Map<string, Entry>();
  private readonly sorted: string[];

  private constructor(entries: Iterable<[string, Entry]>) {
    for (const [word, entry] of entries) this.entries.set(word, entry);
    this.sorted = [...this.entries.keys()].sort();
  }

  static fromDocuments(docs: readonly SearchDocument[]): Vocabulary {
    // Count each written form first: a corpus repeats a few thousand words, so folding the
    // distinct forms (not every occurrence) keeps this cheap.
    const written = new Map<string, number>();
    for (const doc of docs) {
      const source = `${doc.title} ${doc.category} ${doc.keywords.join(' ')} ${doc.text}`;
      for (const form of source.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
        if (form) written.set(form, (written.get(form) ?? 0) + 1);
      }
    }
    const entries = new Map<string, Entry & { best: number }>();
    for (const [form, count] of written) {
      for (const folded of foldedWords(form)) {
        const entry = entries.get(folded);
        if (!entry) entries.set(folded, { display: form, count, best: count });
        else {
          entry.count += count;
          if (count > entry.best) [entry.display, entry.best] = [form, count];
        }
      }
    }
    return new Vocabulary(entries);
  }

  static fromJSON(serialized: SerializedVocabulary): Vocabulary {
    return new Vocabulary(serialized.map(([word, display, count]) => [word, { display, count }]));
  }

  toJSON(): SerializedVocabulary {
    return this.sorted.map((word) => {
      const { display, count } = this.entries.get(word) as Entry;
      return [word, display, count];
    });
  }

  get(word: string): Entry | undefined {
    return this.entries.get(word);
  }

  words(): IterableIterator<[string, Entry]> {
    return this.entries.entries();
  }

  /** Words starting with `prefix`, the most frequent first, at most `limit`. */
  withPrefix(prefix: string, limit: number): string[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (itemAt(this.sorted, mid) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < this.sorted.length; i++) {
      const word = itemAt(this.sorted, i);
      if (!word.startsWith(prefix)) break;
      found.push(word);
    }
    return this.mostFrequent(found, limit);
  }

  private mostFrequent(words: string[], limit: number): string[] {
    if (words.length <= limit) return words;
    const count = (w: string) => this.entries.get(w)?.count ?? 0;
    return words.sort((a, b) => count(b) - count(a)).slice(0, limit);
  }
}
