import { foldedWords } from './fold.js';

/**
 * The editors' synonym groups (content/synonyms.md), folded: terms in either language that
 * mean the same ("2FA", "double authentification", "two-factor authentication"). When the
 * query holds a term of a group (all its words, in order), each of those query words also
 * stands for the group's one-word terms, so "double authentification" finds an article that
 * only says "2FA". A term of several words is not looked up word by word: "validation" alone
 * would make every word of "two-step verification" match an article about a "valid" code.
 */
export class Synonyms {
  private readonly groups: string[][][];

  constructor(groups: readonly (readonly string[])[] = []) {
    this.groups = groups.map((terms) =>
      terms.map((term) => foldedWords(term)).filter((words) => words.length > 0),
    );
  }

  /** The words the query word at `position` of `written` (every folded word) stands for. */
  relatedTo(written: readonly string[], position: number): string[] {
    const related = new Set<string>();
    for (const terms of this.groups) {
      const found = terms.find((words) => covers(written, position, words));
      if (!found) continue;
      for (const words of terms) {
        const [word, ...more] = words;
        if (words !== found && word !== undefined && more.length === 0) related.add(word);
      }
    }
    return [...related];
  }
}

/** Whether `words` occur in `written` as a run that includes `position`. */
function covers(written: readonly string[], position: number, words: readonly string[]): boolean {
  for (let start = position - words.length + 1; start <= position; start++) {
    if (start < 0 || start + words.length > written.length) continue;
    if (words.every((word, i) => written[start + i] === word)) return true;
  }
  return false;
}
