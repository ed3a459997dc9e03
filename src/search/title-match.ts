import type { SearchDocument } from './documents.js';
import { foldedWords } from './fold.js';
import type { SearchLanguage } from './language.js';

/** An acronym given in a title: "European Qualifications Framework (EQF)". */
const acronymInTitle = /\(([\p{L}\p{N}]{2,8})\)/u;

interface Title {
  doc: SearchDocument;
  /** Stems of the title's words that are not stop words. */
  stems: Set<string>;
  /** The acronym's folded letters, or undefined. */
  acronym: string | undefined;
}

/**
 * The articles a query names: lunr scores a long title holding every word of the query, or
 * a short one holding one of them, close to the title that is the query itself. A title is
 * named when the query has exactly its words (stop words aside, any order and any
 * inflection), when the query is the title's acronym, or when the query spells out that
 * acronym (its words are the title's, and their initials hold the acronym's letters in order
 * from the first word). Those articles come first.
 */
export class TitleMatcher {
  private readonly titles: Title[];

  constructor(
    docs: readonly SearchDocument[],
    private readonly language: SearchLanguage,
  ) {
    this.titles = docs.map((doc) => {
      const acronym = acronymInTitle.exec(doc.title)?.[1];
      return {
        doc,
        stems: new Set(this.stemsOf(foldedWords(doc.title))),
        acronym: acronym === undefined ? undefined : foldedWords(acronym).join(''),
      };
    });
  }

  private stemsOf(words: readonly string[]): string[] {
    return words
      .filter((word) => !this.language.isStopWord(word))
      .map((word) => this.language.stem(word));
  }

  /** The documents whose title the query (folded words, stop words removed) names. */
  named(words: readonly string[]): Set<SearchDocument> {
    const named = new Set<SearchDocument>();
    if (words.length === 0) return named;
    const stems = new Set(this.stemsOf(words));
    const joined = words.join('');
    for (const title of this.titles) {
      const { acronym } = title;
      const inTitle = [...stems].every((stem) => title.stems.has(stem));
      if (
        (inTitle && stems.size === title.stems.size) ||
        (acronym !== undefined && (joined === acronym || (inTitle && spells(words, acronym))))
      ) {
        named.add(title.doc);
      }
    }
    return named;
  }
}

/** Whether the words' initials hold the acronym's letters in order, the first word's first. */
function spells(words: readonly string[], acronym: string): boolean {
  if (words[0]?.[0] !== acronym[0]) return false;
  let next = 0;
  for (const word of words) if (word[0] === acronym[next]) next++;
  return next >= acronym.length;
}
