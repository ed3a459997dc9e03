/** The longest query kept, in characters: enough for a question, too short for a letter. */
export const storedQueryMaxLength = 100;

const emailLike = /\S+@\S+/gu;
// Five digits or more, spaces, dots, dashes, slashes and brackets between them allowed:
// phone, ID and card numbers. A year or an error code (four digits or fewer) stays.
const digitRun = /\+?\d(?:[\s./()-]*\d){4,}/gu;
const controlCharacters = /\p{Cc}/gu;

/**
 * A search query as it may be stored: without what could identify someone (email addresses,
 * long digit runs), in lower case, spaces collapsed, cut to a bounded length. Empty when
 * nothing is left.
 */
export function scrubQuery(raw: string): string {
  const scrubbed = raw
    .normalize('NFC')
    .replace(controlCharacters, ' ')
    .replace(emailLike, ' ')
    .replace(digitRun, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
  // By code points, so a cut never splits a character in two.
  return Array.from(scrubbed).slice(0, storedQueryMaxLength).join('').trim();
}
