import { itemAt } from '../item-at.js';

/**
 * Typo tolerance without an automaton: the content's words bucketed by length, compared with
 * a query word by edit distance (insertion, deletion, substitution or swap of two neighbours,
 * each one edit). lunr's fuzzy token sets do the same by building an automaton that grows
 * fast with length and distance (milliseconds for a long word at two edits); this costs a
 * few nanoseconds for most words, which a cheap letter check rules out before any table.
 */
export class NearWords {
  private readonly byLength: { words: string[]; letters: number[] }[] = [];

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const bucket = (this.byLength[word.length] ??= { words: [], letters: [] });
      bucket.words.push(word);
      bucket.letters.push(lettersOf(word));
    }
  }

  /** Words within `maxEdits` edits of `word`, in no particular order. */
  find(word: string, maxEdits: number): string[] {
    const found: string[] = [];
    const letters = lettersOf(word);
    for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
      const bucket = this.byLength[length];
      if (!bucket) continue;
      bucket.words.forEach((other, i) => {
        // Each edit adds or removes at most two letters from the set of letters used.
        if (bitCount(letters ^ itemAt(bucket.letters, i)) > 2 * maxEdits) return;
        if (withinEdits(word, other, maxEdits)) found.push(other);
      });
    }
    return found;
  }
}

/** The letters (and digits) a word uses, one bit each (digits share bits: a loose check). */
function lettersOf(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) bits |= 1 << (word.charCodeAt(i) % 32);
  return bits;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * Whether two words are at most `max` edits apart (optimal string alignment distance), row by
 * row over the band |i - j| <= max (no cell outside it can be within reach), stopping at the
 * first row already out of reach.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const out = max + 1;
  const width = b.length + 1;
  // Three rows of the table: the one before last (for swaps), the last, and this one.
  let before = new Array<number>(width).fill(out);
  let previous = Array.from({ length: width }, (_, j) => (j <= max ? j : out));
  let current = new Array<number>(width).fill(out);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current[from - 1] = from === 1 && i <= max ? i : out;
    if (to < b.length) current[to + 1] = out;
    let best = out;
    for (let j = from; j <= to; j++) {
      const same = a.charCodeAt(i - 1) === b.charCodeAt(j - 1);
      let d = Math.min(
        itemAt(previous, j) + 1,
        itemAt(current, j - 1) + 1,
        itemAt(previous, j - 1) + (same ? 0 : 1),
      );
      const swapped =
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1);
      if (swapped) d = Math.min(d, itemAt(before, j - 2) + 1);
      current[j] = Math.min(d, out);
      best = Math.min(best, d);
    }
    if (best > max) return false;
    [before, previous, current] = [previous, current, before];
  }
  return itemAt(previous, b.length) <= max;
}
