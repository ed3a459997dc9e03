/**
 * Search folding: the one normalisation applied to content at index time and to what
 * visitors type at query time, so "élève", "Eleve" and "ÉLÈVE" are the same word.
 * Accents and case are dropped, ligatures spelt out, and everything that is not a
 * letter or digit (apostrophes included, so "l’évaluation" gives "l" + "evaluation")
 * becomes a word break.
 */
// Letters that Unicode decomposition does not reduce to ASCII.
const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

const ligaturePattern = new RegExp(`[${Object.keys(ligatures).join('')}]`, 'g');

/** The folded text: lowercase ASCII letters and digits, single spaces between words. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(ligaturePattern, (letter) => ligatures[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, ' ');
}

/** Folds one character; the result may be empty (a combining mark) or longer ("œ" → "oe"). */
export function foldChar(char: string): string {
  return fold(char);
}

/** Folded words of a text, in order. */
export function foldedWords(text: string): string[] {
  return fold(text).split(' ').filter(Boolean);
}

/**
 * The folded text with, for each folded character, the index of the original character it
 * came from: snippets find words in folded text and cut the original at the same place.
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldChar(char);
    for (let i = 0; i < f.length; i++) origin.push(index);
    folded += f;
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}
