/**
 * Search folding: the one normalisation applied to content at index time and to what
 * visitors type at query time, so "élève", "Eleve" and "ÉLÈVE" are the same word.
 * Accents and case are dropped, ligatures spelt out, and everything that is not a
 * letter or digit (apostrophes included, so "l’évaluation" gives "l" + "evaluation")
 * becomes a word break.
 */
// Letters that Unicode decomposition does not reduce to ASCII.
const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };

/** Folds one character; the result may be empty (a combining mark) or longer (a ligature). */
export function foldChar(char: string): string {
  const lower = char.toLowerCase();
  const ligature = ligatures[lower];
  if (ligature) return ligature;
  const bare = lower.normalize('NFKD').replace(/\p{M}+/gu, '');
  return /^[a-z0-9]*$/.test(bare) ? bare : ' ';
}

export function fold(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
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
