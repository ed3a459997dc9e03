/**
 * The benchmark's queries, built with a seeded PRNG from the corpus's own words so they
 * look like what visitors type: one word, three words of a title, a prefix still being
 * typed, and a word with a typing mistake (see bench/README.md, "Queries").
 */
import type { Locale } from '../../src/i18n/locales.js';
import type { SearchDocument } from '../../src/search/documents.js';
import { fold, foldedWords } from '../../src/search/fold.js';
import type { SearchLanguage } from '../../src/search/language.js';
import { parseQuery } from '../../src/search/query.js';
import { chance, int, pick, type Rng } from '../corpus/random.js';
import { itemAt } from '../../src/item-at.js';

export const kinds = ['1 word', '3 words', 'prefix', 'typo'] as const;
export type Kind = (typeof kinds)[number];

export interface BenchQuery {
  locale: Locale;
  kind: Kind;
  text: string;
}

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighbour(rng: Rng, letter: string): string {
  for (const row of keyboardRows) {
    const i = row.indexOf(letter);
    if (i < 0) continue;
    const options = [row[i - 1], row[i + 1]].filter((c): c is string => c !== undefined);
    return pick(rng, options);
  }
  return pick(rng, [...'etaoinsr']);
}

/** One typing mistake (not on the first letter): swap, drop, double-hit or transpose. */
function typo(rng: Rng, word: string): string {
  const i = int(rng, 1, word.length - 1);
  const c = word.charAt(i);
  switch (int(rng, 0, 3)) {
    case 0:
      return word.slice(0, i) + neighbour(rng, c) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + neighbour(rng, c) + word.slice(i);
    default:
      return i < word.length - 1
        ? word.slice(0, i) + word.charAt(i + 1) + c + word.slice(i + 2)
        : word.slice(0, -1);
  }
}

export interface QuerySet {
  measured: BenchQuery[];
  warmup: BenchQuery[];
}

interface CorpusWords {
  /** Each title's content words, in order (for "3 words" and two-word queries). */
  titles: string[][];
  titleWords: string[];
  allWords: string[];
  /** Every word the index could match once folded: a "typo" must not be one of them. */
  folded: Set<string>;
}

/** The content words of a locale's articles, lower-case and as written (accents kept). */
function corpusWords(docs: readonly SearchDocument[], language: SearchLanguage): CorpusWords {
  const isContentWord = (w: string) =>
    w.length >= 3 && /^\p{L}+$/u.test(w) && !language.isStopWord(fold(w));
  const written = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(isContentWord);

  const titleWordSet = new Set<string>();
  const allWordSet = new Set<string>();
  const folded = new Set<string>();
  const titles: string[][] = [];
  for (const doc of docs) {
    const t = written(doc.title);
    titles.push(t);
    for (const w of t) titleWordSet.add(w);
    for (const w of [...t, ...written(doc.keywords.join(' ')), ...written(doc.text)])
      allWordSet.add(w);
    for (const w of foldedWords(
      `${doc.title} ${doc.category} ${doc.keywords.join(' ')} ${doc.text}`,
    )) {
      folded.add(w);
    }
  }
  return { titles, titleWords: [...titleWordSet], allWords: [...allWordSet], folded };
}

/**
 * Distinct queries for one locale: distinct by their folded, non-stop words, so no two
 * measured queries are the same search.
 */
export function buildQueries(
  docs: readonly SearchDocument[],
  language: SearchLanguage,
  rng: Rng,
  perKind: number,
  warmupCount: number,
): QuerySet {
  const locale = language.locale;
  const { titles, titleWords, allWords, folded } = corpusWords(docs, language);
  const someWord = (minLength = 3) => {
    for (let tries = 0; tries < 100; tries++) {
      const w = chance(rng, 0.6) ? pick(rng, titleWords) : pick(rng, allWords);
      if (w.length >= minLength) return w;
    }
    return undefined;
  };
  // Visitors often leave accents out in French.
  const asTyped = (w: string) =>
    locale === 'fr' && chance(rng, 0.5) ? fold(w).replace(/\s+/g, '') : w;
  const twoFromTitle = (): [string, string] | undefined => {
    const t = pick(rng, titles);
    if (t.length < 2) return undefined;
    const i = int(rng, 0, t.length - 2);
    return [itemAt(t, i), itemAt(t, i + 1)];
  };

  const make: Record<Kind, () => string | undefined> = {
    '1 word': () => {
      const w = someWord();
      return w && asTyped(w);
    },
    '3 words': () => {
      const t = pick(rng, titles);
      if (t.length < 3) return undefined;
      const picks = new Set<number>();
      while (picks.size < 3) picks.add(int(rng, 0, t.length - 1));
      return [...picks]
        .sort((a, b) => a - b)
        .map((i) => asTyped(itemAt(t, i)))
        .join(' ');
    },
    prefix: () => {
      const k = int(rng, 2, 5);
      if (chance(rng, 0.4)) {
        const pair = twoFromTitle();
        if (!pair || pair[1].length < k + 1) return undefined;
        return `${asTyped(pair[0])} ${asTyped(pair[1]).slice(0, k)}`;
      }
      const w = someWord(k + 2);
      return w && asTyped(w).slice(0, k);
    },
    typo: () => {
      const pair = chance(rng, 0.5) ? twoFromTitle() : undefined;
      const w = pair ? pair[1] : someWord(5);
      if (!w || w.length < 5) return undefined;
      const wrong = typo(rng, asTyped(w));
      const f = fold(wrong).trim();
      if (!f || f.includes(' ') || folded.has(f)) return undefined;
      return pair ? `${asTyped(pair[0])} ${wrong}` : wrong;
    },
  };

  const seen = new Set<string>();
  const take = (kind: Kind, count: number): BenchQuery[] => {
    const out: BenchQuery[] = [];
    for (let tries = 0; out.length < count && tries < count * 200; tries++) {
      const text = make[kind]();
      if (!text) continue;
      const key = parseQuery(text, language).terms.join(' ');
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ locale, kind, text });
    }
    return out;
  };
  const measured = kinds.flatMap((kind) => take(kind, perKind));
  const warmup = kinds.flatMap((kind) => take(kind, Math.ceil(warmupCount / kinds.length)));
  return { measured, warmup };
}
