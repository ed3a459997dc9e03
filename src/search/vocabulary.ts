import lunr from 'lunr';
import type { SearchDocument } from './documents.js';

// Parts of lunr's TokenSet API that @types/lunr leaves out.
const TokenSet = lunr.TokenSet as typeof lunr.TokenSet & {
  fromArray(sortedWords: string[]): lunr.TokenSet;
  fromFuzzyString(word: string, editDistance: number): lunr.TokenSet;
};
import { foldedWords } from './fold.js';

interface Entry {
  /** The most frequent written form (accents kept), for "did you mean". */
  display: string;
  count: number;
}

/**
 * Every folded word of one locale's content. Prefix and typo expansion run against these
 * whole words (not against lunr's stems, which are shorter than what people type), and each
 * expansion is capped so no query can fan out without bound.
 */
export class Vocabulary {
  private readonly entries = new Map<string, Entry>();
  private readonly sorted: string[];
  private readonly tokenSet: lunr.TokenSet;

  constructor(docs: readonly SearchDocument[]) {
    const forms = new Map<string, Map<string, number>>();
    for (const doc of docs) {
      const source = `${doc.title} ${doc.category} ${doc.keywords.join(' ')} ${doc.text}`;
      for (const written of source.split(/[^\p{L}\p{N}]+/u)) {
        for (const folded of foldedWords(written)) {
          const counts = forms.get(folded) ?? new Map<string, number>();
          const lower = written.toLowerCase();
          counts.set(lower, (counts.get(lower) ?? 0) + 1);
          forms.set(folded, counts);
        }
      }
    }
    for (const [folded, counts] of forms) {
      let display = folded;
      let best = 0;
      let total = 0;
      for (const [form, count] of counts) {
        total += count;
        if (count > best) [display, best] = [form, count];
      }
      this.entries.set(folded, { display, count: total });
    }
    this.sorted = [...this.entries.keys()].sort();
    this.tokenSet = TokenSet.fromArray(this.sorted);
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
      if ((this.sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < this.sorted.length && (this.sorted[i] as string).startsWith(prefix); i++) {
      found.push(this.sorted[i] as string);
    }
    return this.mostFrequent(found, limit);
  }

  /** Words within `editDistance` edits of `word` (lunr's automaton), most frequent first. */
  near(word: string, editDistance: number, limit: number): string[] {
    const found = this.tokenSet.intersect(TokenSet.fromFuzzyString(word, editDistance)).toArray();
    return this.mostFrequent(found, limit);
  }

  private mostFrequent(words: string[], limit: number): string[] {
    if (words.length <= limit) return words;
    const count = (w: string) => this.entries.get(w)?.count ?? 0;
    return words.sort((a, b) => count(b) - count(a)).slice(0, limit);
  }
}
